#include "core/flows/fulfilment/pickupsteps.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/fulfilment/routingrules.h"
#include "core/flows/odooquery.h"
#include "core/flows/orders/orderjobs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside {

using Connectors::OdooResult;
using Connectors::ShopifyResult;
using namespace OdooQuery;

namespace {
bool finished(const QString &state)
{
    return state == QLatin1String("done") || state == QLatin1String("cancel");
}

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

struct PollPickupsStep::Run
{
    StepCallback done;
    QHash<QString, QJsonObject> open; // order gid -> pickup state
    QHash<int, QJsonArray> pickingsBySaleOrder; // sale.order id -> [{id, state}]
    QHash<int, QList<QJsonObject>> movesByPicking; // picking id -> its moves {picked, state}

    void fail(const OdooResult &r, const QString &what)
    {
        done(StepResult::failure(r.ambiguous ? ErrorClass::Transient : r.errorClass,
            QStringLiteral("Pickups: %1: %2").arg(what, r.message)));
    }
};

PollPickupsStep::PollPickupsStep(
    Connectors::OdooClient *client, std::function<FlowSchedule()> schedule, StepEnvironment env)
    : m_client(client)
    , m_schedule(std::move(schedule))
    , m_env(std::move(env))
{ }

NewJob PollPickupsStep::firstPoll()
{
    return NewJob { .flow = OrderJobs::Flow,
        .step = FulfilmentJobs::PollPickupsStep,
        .lane = OrderJobs::OdooLane,
        .partitionKey = QStringLiteral("poll:odoo:pickups"),
        .correlationId = QStringLiteral("intake:odoo:pickups"),
        .payload = "{}" };
}

void PollPickupsStep::run(const JobRecord &, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    QJsonArray saleOrders;
    const QHash<QString, QJsonObject> pickups
        = m_env.readStatesOfKind ? m_env.readStatesOfKind(FulfilmentJobs::PickupKind) : QHash<QString, QJsonObject>();
    for (auto it = pickups.cbegin(); it != pickups.cend(); ++it) {
        const int saleOrder = it.value().value(QStringLiteral("saleOrderId")).toInt();
        if (it.value().value(QStringLiteral("closed")).toBool() || saleOrder <= 0)
            continue;
        run->open.insert(it.key(), it.value());
        saleOrders.append(saleOrder);
    }
    if (saleOrders.isEmpty()) {
        finish(run);
        return;
    }
    m_client->call(QStringLiteral("stock.picking"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("sale_id"), QStringLiteral("in"), saleOrders),
                       term(QStringLiteral("picking_type_code"), QStringLiteral("="), QStringLiteral("outgoing")) }),
            fields({ "id", "sale_id", "state" })),
        [this, run](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("reading the pickups' pickings"));
                return;
            }
            for (const QJsonValue &v : r.value.toArray())
                run->pickingsBySaleOrder[idOf(v.toObject().value(QStringLiteral("sale_id")))].append(v);
            readMoves(run);
        });
}

void PollPickupsStep::readMoves(std::shared_ptr<Run> run)
{
    QJsonArray pending;
    for (const QJsonArray &pickings : std::as_const(run->pickingsBySaleOrder))
        for (const QJsonValue &p : pickings)
            if (!finished(p.toObject().value(QStringLiteral("state")).toString()))
                pending.append(p.toObject().value(QStringLiteral("id")));
    if (pending.isEmpty()) {
        finish(run);
        return;
    }
    m_client->call(QStringLiteral("stock.move"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("picking_id"), QStringLiteral("in"), pending) }),
            fields({ "picking_id", "picked", "state" })),
        [this, run](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("reading what the store team has picked"));
                return;
            }
            for (const QJsonValue &v : r.value.toArray())
                run->movesByPicking[idOf(v.toObject().value(QStringLiteral("picking_id")))] << v.toObject();
            finish(run);
        });
}

void PollPickupsStep::finish(std::shared_ptr<Run> run)
{
    StepResult result = StepResult::done();
    const QString source = QStringLiteral("odoo:") + m_client->config().database;
    for (auto it = run->open.cbegin(); it != run->open.cend(); ++it) {
        const QString &gid = it.key();
        const QJsonObject &pickup = it.value();
        const QJsonArray pickings = run->pickingsBySaleOrder.value(pickup.value(QStringLiteral("saleOrderId")).toInt());
        if (pickings.isEmpty())
            continue; // not confirmed in Odoo yet
        bool allFinished = true;
        for (const QJsonValue &v : pickings) {
            const QJsonObject picking = v.toObject();
            const QString state = picking.value(QStringLiteral("state")).toString();
            allFinished = allFinished && finished(state);
            if (finished(state) || pickup.contains(QStringLiteral("readyAt")))
                continue;
            const QList<QJsonObject> moves = run->movesByPicking.value(picking.value(QStringLiteral("id")).toInt());
            bool picked = false;
            for (const QJsonObject &m : moves) {
                if (m.value(QStringLiteral("state")).toString() == QLatin1String("cancel"))
                    continue;
                picked = m.value(QStringLiteral("picked")).toBool();
                if (!picked)
                    break;
            }
            if (!picked)
                continue;
            const QString name = pickup.value(QStringLiteral("name")).toString();
            const QJsonObject payload { { QStringLiteral("orderGid"), gid },
                { QStringLiteral("name"), name },
                { QStringLiteral("pickingId"), picking.value(QStringLiteral("id")) } };
            EventIntake intake;
            intake.event.source = source;
            intake.event.topic = QStringLiteral("pickup/ready");
            intake.event.entityId = QString::number(picking.value(QStringLiteral("id")).toInt());
            intake.event.sourceVersion = QStringLiteral("picked");
            intake.event.correlationId = name;
            intake.event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
            intake.jobs << FulfilmentJobs::jobFor(
                FulfilmentJobs::ReadyForPickupStep, OrderJobs::ShopifyLane, gid, name, payload);
            result.events << intake;
        }
        if (allFinished)
            result.state << StateWrite { FulfilmentJobs::PickupKind,
                gid,
                QJsonObject { { QStringLiteral("closed"), true }, { QStringLiteral("closedAt"), nowStamp() } } };
    }
    NewJob next = firstPoll();
    next.notBeforeMs = m_schedule().nextRunMs(QDateTime::currentMSecsSinceEpoch());
    result.followUps << next;
    run->done(result);
}

MarkReadyForPickupStep::MarkReadyForPickupStep(Connectors::ShopifyClient *client, StepEnvironment env)
    : m_client(client)
    , m_env(std::move(env))
    , m_readDocument(Connectors::ShopifyClient::document(QStringLiteral("fulfillment_orders_for_order")))
    , m_prepareDocument(Connectors::ShopifyClient::document(QStringLiteral("fulfillment_order_prepared_for_pickup")))
{ }

void MarkReadyForPickupStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    const QString gid = payload.value(QStringLiteral("orderGid")).toString();
    const QString name = payload.value(QStringLiteral("name")).toString();
    if (gid.isEmpty()) {
        done(StepResult::failure(ErrorClass::Validation, QStringLiteral("The pickup job names no Shopify order")));
        return;
    }
    const QJsonObject pickup = m_env.readState(FulfilmentJobs::PickupKind, gid);
    if (pickup.contains(QStringLiteral("readyAt")) || pickup.value(QStringLiteral("closed")).toBool()) {
        done(StepResult::done());
        return;
    }
    const auto fail = [done, name](const ShopifyResult &r, const QString &what) {
        done(StepResult::failure(
            r.errorClass, QStringLiteral("Order %1: %2: %3").arg(name, what, r.message), r.retryAfterMs));
    };
    const auto ready = [gid]() {
        StepResult result = StepResult::done();
        result.state << StateWrite {
            FulfilmentJobs::PickupKind, gid, QJsonObject { { QStringLiteral("readyAt"), nowStamp() } }
        };
        return result;
    };
    m_client->query(m_readDocument,
        QJsonObject { { QStringLiteral("id"), gid } },
        538,
        [this, done, name, fail, ready](ShopifyResult r) {
            if (!r.ok) {
                fail(r, QStringLiteral("reading the order's fulfilment orders"));
                return;
            }
            QJsonArray open;
            int pickups = 0;
            int prepared = 0;
            const QJsonArray nodes = r.data.value(QStringLiteral("order"))
                                         .toObject()
                                         .value(QStringLiteral("fulfillmentOrders"))
                                         .toObject()
                                         .value(QStringLiteral("nodes"))
                                         .toArray();
            for (const QJsonValue &v : nodes) {
                const QJsonObject fo = v.toObject();
                if (!RoutingRules::isPickup(fo))
                    continue;
                ++pickups;
                const QString status = fo.value(QStringLiteral("status")).toString();
                if (status == QLatin1String("OPEN"))
                    open.append(
                        QJsonObject { { QStringLiteral("fulfillmentOrderId"), fo.value(QStringLiteral("id")) } });
                prepared += status == QLatin1String("IN_PROGRESS");
            }
            if (pickups == 0) {
                done(StepResult::failure(ErrorClass::Business,
                    QStringLiteral("Order %1: Shopify has no local pickup for this order any more").arg(name)));
                return;
            }
            if (open.isEmpty()) {
                // Prepared already (an earlier answer was lost); or collected or cancelled since, when there
                // is nothing to announce any more.
                done(prepared > 0 ? ready() : StepResult::done());
                return;
            }
            m_client->query(m_prepareDocument,
                QJsonObject { { QStringLiteral("input"),
                    QJsonObject { { QStringLiteral("lineItemsByFulfillmentOrder"), open } } } },
                10,
                [done, name, fail, ready](ShopifyResult p) {
                    if (!p.ok) {
                        fail(p, QStringLiteral("marking it ready for pickup")); // the retry reads first
                        return;
                    }
                    const QJsonArray errors
                        = p.userErrors(QStringLiteral("fulfillmentOrderLineItemsPreparedForPickup"));
                    if (!errors.isEmpty()) {
                        done(StepResult::failure(ErrorClass::Business,
                            QStringLiteral("Order %1: Shopify refused to mark it ready for pickup: %2")
                                .arg(name, errors.first().toObject().value(QStringLiteral("message")).toString())));
                        return;
                    }
                    done(ready());
                });
        });
}

} // namespace Quayside
