#include "core/flows/fulfilment/pollshipmentsstep.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/orders/orderjobs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
QDateTime parse(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODate);
}
} // namespace

PollShipmentsStep::PollShipmentsStep(
    std::unique_ptr<Connectors::FulfilmentProvider> provider, std::function<FlowSchedule()> schedule)
    : m_provider(std::move(provider))
    , m_schedule(std::move(schedule))
{ }

NewJob PollShipmentsStep::firstPoll()
{
    NewJob j;
    j.flow = OrderJobs::Flow;
    j.step = FulfilmentJobs::PollStep;
    j.lane = FulfilmentJobs::ShipBobLane;
    j.partitionKey = QStringLiteral("poll:shipbob:shipments");
    j.correlationId = QStringLiteral("intake:shipbob:shipments");
    j.payload = QJsonDocument(QJsonObject { { QStringLiteral("since"), QString() } }).toJson(QJsonDocument::Compact);
    return j;
}

EventIntake PollShipmentsStep::intakeFor(
    const QString &source, const Connectors::ProviderOrder &order, const Connectors::ProviderShipment &s)
{
    const QString gid = FulfilmentJobs::orderGidFor(order.referenceId);
    QJsonArray lines;
    for (const auto &l : s.lines)
        lines.append(QJsonObject { { QStringLiteral("sku"), l.sku }, { QStringLiteral("quantity"), l.quantity } });
    const QJsonObject payload { { QStringLiteral("orderGid"), gid },
        { QStringLiteral("name"), order.orderNumber },
        { QStringLiteral("providerOrderId"), order.id },
        { QStringLiteral("shipmentId"), s.id },
        { QStringLiteral("state"), s.state },
        { QStringLiteral("rawStatus"), s.rawStatus },
        { QStringLiteral("at"), iso(s.at) },
        { QStringLiteral("carrier"), s.carrier },
        { QStringLiteral("trackingNumber"), s.trackingNumber },
        { QStringLiteral("trackingUrl"), s.trackingUrl },
        { QStringLiteral("lines"), lines } };
    EventIntake intake;
    intake.event.source = source;
    intake.event.topic = QStringLiteral("shipment/status");
    intake.event.entityId = QString::number(s.id);
    intake.event.sourceVersion = s.state + QLatin1Char('@') + iso(s.at);
    intake.event.correlationId = order.orderNumber;
    intake.event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    intake.jobs << FulfilmentJobs::jobFor(
        FulfilmentJobs::ApplyShipmentStep, OrderJobs::OdooLane, gid, order.orderNumber, payload);
    return intake;
}

QList<EventIntake> PollShipmentsStep::intakesFor(const QString &source, const QList<Connectors::ProviderOrder> &orders)
{
    QList<EventIntake> out;
    for (const auto &order : orders) {
        bool numeric = false;
        order.referenceId.toLongLong(&numeric);
        if (!numeric)
            continue; // not one of ours (created in ShipBob's app or by another integration)
        for (const auto &s : order.shipments)
            out << intakeFor(source, order, s);
    }
    return out;
}

void PollShipmentsStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject state = QJsonDocument::fromJson(job.payload).object();
    const QString since = state.value(QStringLiteral("since")).toString();
    const int page = std::max(1, state.value(QStringLiteral("page")).toInt(1));
    const QDateTime from = since.isEmpty() ? QDateTime() : parse(since).addMSecs(-kOverlapMs);
    const QString source = m_provider->sourceName();
    const FlowSchedule schedule = m_schedule();
    m_provider->ordersUpdatedSince(from,
        page,
        [state, since, page, source, schedule, done](
            Connectors::ProviderResult r, QList<Connectors::ProviderOrder> orders, bool more) {
            if (!r.ok) {
                done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
                return;
            }
            StepResult result = StepResult::done();
            QDateTime watermark = parse(state.value(QStringLiteral("pageWatermark")).toString());
            if (!watermark.isValid())
                watermark = parse(since);
            for (const auto &order : orders)
                if (order.lastUpdate.isValid() && (!watermark.isValid() || order.lastUpdate > watermark))
                    watermark = order.lastUpdate;
            result.events << intakesFor(source, orders);
            NewJob next = firstPoll();
            if (more) {
                // The same window, next page, right away; the watermark moves once the window is read.
                next.payload = QJsonDocument(QJsonObject { { QStringLiteral("since"), since },
                                                 { QStringLiteral("page"), page + 1 },
                                                 { QStringLiteral("pageWatermark"), iso(watermark) } })
                                   .toJson(QJsonDocument::Compact);
            } else {
                next.payload = QJsonDocument(QJsonObject { { QStringLiteral("since"), iso(watermark) } })
                                   .toJson(QJsonDocument::Compact);
                next.notBeforeMs = schedule.nextRunMs(QDateTime::currentMSecsSinceEpoch());
                if (watermark.isValid())
                    result.cursors << qMakePair(cursorName(), iso(watermark));
            }
            result.followUps << next;
            done(result);
        });
}

FetchThreePlOrderStep::FetchThreePlOrderStep(std::unique_ptr<Connectors::FulfilmentProvider> provider)
    : m_provider(std::move(provider))
{ }

void FetchThreePlOrderStep::run(const JobRecord &job, StepCallback done)
{
    const QString referenceId
        = QJsonDocument::fromJson(job.payload).object().value(QStringLiteral("referenceId")).toString();
    if (referenceId.isEmpty()) {
        done(StepResult::failure(ErrorClass::Validation, QStringLiteral("The job names no 3PL order reference")));
        return;
    }
    m_provider->ordersByReference(referenceId,
        [done, source = m_provider->sourceName()](
            Connectors::ProviderResult r, QList<Connectors::ProviderOrder> orders) {
            if (!r.ok) {
                done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
                return;
            }
            StepResult result = StepResult::done();
            result.events << PollShipmentsStep::intakesFor(source, orders);
            done(result);
        });
}

} // namespace Quayside
