#include "core/flows/orders/pollordersstep.h"

#include "core/flows/orders/orderjobs.h"
#include "core/flows/returns/aftersalesjobs.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside {

namespace {
// The later of two ISO 8601 timestamps; an empty one counts as the earliest.
QString later(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return QDateTime::fromString(b, Qt::ISODate) > QDateTime::fromString(a, Qt::ISODate) ? b : a;
}
} // namespace

PollOrdersStep::PollOrdersStep(Connectors::ShopifyClient *client, std::function<FlowSchedule()> schedule)
    : m_client(client)
    , m_schedule(std::move(schedule))
{
    QFile f(QStringLiteral(":/shopify/orders_since.graphql"));
    if (f.open(QIODevice::ReadOnly))
        m_document = QString::fromUtf8(f.readAll());
}

NewJob PollOrdersStep::firstPoll()
{
    NewJob j;
    j.flow = OrderJobs::Flow;
    j.step = OrderJobs::PollStep;
    j.lane = OrderJobs::ShopifyLane;
    j.partitionKey = QStringLiteral("poll:shopify:orders");
    j.correlationId = QStringLiteral("intake:shopify:orders");
    j.payload = QJsonDocument(QJsonObject { { QStringLiteral("since"), QString() } }).toJson(QJsonDocument::Compact);
    return j;
}

void PollOrdersStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject state = QJsonDocument::fromJson(job.payload).object();
    const QString since = state.value(QStringLiteral("since")).toString();
    const QString after = state.value(QStringLiteral("after")).toString();
    QDateTime from = since.isEmpty() ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
                                     : QDateTime::fromString(since, Qt::ISODate).addMSecs(-kOverlapMs);
    const QString filter = QStringLiteral("updated_at:>='%1'").arg(from.toUTC().toString(Qt::ISODate));
    QJsonObject variables {
        { QStringLiteral("first"), 5 }, { QStringLiteral("lines"), 10 }, { QStringLiteral("q"), filter }
    };
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);

    m_client->query(m_document, variables, kRequestedCost, [this, job, since, done](Connectors::ShopifyResult r) {
        if (!r.ok) {
            done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
            return;
        }
        const QJsonObject orders = r.data.value(QStringLiteral("orders")).toObject();
        const QJsonArray nodes = orders.value(QStringLiteral("nodes")).toArray();
        const QJsonObject page = orders.value(QStringLiteral("pageInfo")).toObject();
        StepResult result = StepResult::done();
        QString watermark = since;
        for (const QJsonValue &v : nodes) {
            const QJsonObject order = v.toObject();
            const QString updatedAt = order.value(QStringLiteral("updatedAt")).toString();
            watermark = later(watermark, updatedAt);
            result.events << OrderJobs::intakeFor(m_client->config().shopDomain, order);
            // After the order's own event, so its jobs come after create_sale_order in the partition.
            result.events << AfterSalesJobs::intakesFor(m_client->config().shopDomain, order);
        }
        NewJob next = firstPoll();
        const QString pageWatermark
            = QJsonDocument::fromJson(job.payload).object().value(QStringLiteral("pageWatermark")).toString();
        watermark = later(watermark, pageWatermark);
        if (page.value(QStringLiteral("hasNextPage")).toBool()) {
            // The same window, next page, right away; the watermark only moves once the window is read.
            next.payload = QJsonDocument(QJsonObject { { QStringLiteral("since"), since },
                                             { QStringLiteral("after"), page.value(QStringLiteral("endCursor")) },
                                             { QStringLiteral("pageWatermark"), watermark } })
                               .toJson(QJsonDocument::Compact);
        } else {
            next.payload
                = QJsonDocument(QJsonObject { { QStringLiteral("since"), watermark } }).toJson(QJsonDocument::Compact);
            next.notBeforeMs = m_schedule().nextRunMs(QDateTime::currentMSecsSinceEpoch());
            if (!watermark.isEmpty())
                result.cursors << qMakePair(cursorName(), watermark);
        }
        result.followUps << next;
        done(result);
    });
}

} // namespace Quayside
