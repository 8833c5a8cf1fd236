#include "core/flows/fulfilment/applyshipmentstep.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/fulfilment/shipmentstate.h"
#include "core/flows/odooquery.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/orders/orderjobs.h"
#include "core/mapping/mappingcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside {

using Connectors::OdooResult;

struct ApplyShipmentStep::Run
{
    JobRecord job;
    QJsonObject payload;
    QString name;
    QString orderGid;
    QString shipmentKey;
    QString tracking;
    QJsonObject shipmentState; // what is stored
    StateWrite write; // the shipment's new state (may be empty)
    int saleOrderId = 0;
    int pickingId = 0;
    QString pickingName;
    QJsonObject mapped; // the mapping's values for the delivery
    StepCallback done;

    void fail(const OdooResult &r, const QString &what)
    {
        const ErrorClass c = r.ambiguous ? ErrorClass::Transient : r.errorClass;
        done(StepResult::failure(c, QStringLiteral("Order %1: %2: %3").arg(name, what, r.message)));
    }
    void business(const QString &message)
    {
        done(StepResult::failure(ErrorClass::Business, QStringLiteral("Order %1: %2").arg(name, message)));
    }
    StepResult result(QList<NewJob> followUps = {}) const
    {
        StepResult r = StepResult::done(std::move(followUps));
        if (!write.fields.isEmpty())
            r.state << write;
        return r;
    }
};

namespace {
using OdooQuery::term;

using OdooQuery::idOf;
} // namespace

ApplyShipmentStep::ApplyShipmentStep(Connectors::OdooClient *client, StateReader readState, MappingSource mappings)
    : m_client(client)
    , m_readState(std::move(readState))
    , m_mappings(orShippedDefaults(std::move(mappings)))
{ }

void ApplyShipmentStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->job = job;
    run->payload = QJsonDocument::fromJson(job.payload).object();
    run->name = run->payload.value(QStringLiteral("name")).toString();
    run->orderGid = run->payload.value(QStringLiteral("orderGid")).toString();
    run->shipmentKey = QString::number(run->payload.value(QStringLiteral("shipmentId")).toInteger());
    run->tracking = run->payload.value(QStringLiteral("trackingNumber")).toString();
    run->done = std::move(done);
    const auto incoming = shipmentStateFromString(run->payload.value(QStringLiteral("state")).toString());
    if (run->orderGid.isEmpty() || !incoming) {
        run->done(StepResult::failure(
            ErrorClass::Validation, QStringLiteral("Order %1: the shipment report is unreadable").arg(run->name)));
        return;
    }
    run->shipmentState = m_readState(FulfilmentJobs::ShipmentKind, run->shipmentKey);
    std::optional<ShipmentStatus> current;
    if (const auto s = shipmentStateFromString(run->shipmentState.value(QStringLiteral("state")).toString()))
        current = ShipmentStatus { *s,
            QDateTime::fromString(run->shipmentState.value(QStringLiteral("stateAt")).toString(), Qt::ISODate) };
    const ShipmentStatus reported { *incoming,
        QDateTime::fromString(run->payload.value(QStringLiteral("at")).toString(), Qt::ISODate) };
    ShipmentState effective = current ? current->state : reported.state;
    run->write.kind = FulfilmentJobs::ShipmentKind;
    run->write.key = run->shipmentKey;
    if (ShipmentStateMachine::accepts(current, reported)) {
        effective = reported.state;
        run->write.fields = QJsonObject { { QStringLiteral("orderGid"), run->orderGid },
            { QStringLiteral("state"), toString(reported.state) },
            { QStringLiteral("stateAt"), run->payload.value(QStringLiteral("at")) },
            { QStringLiteral("rawStatus"), run->payload.value(QStringLiteral("rawStatus")) },
            { QStringLiteral("providerOrderId"), run->payload.value(QStringLiteral("providerOrderId")) } };
        if (!run->tracking.isEmpty()) {
            run->write.fields.insert(QStringLiteral("tracking"), run->tracking);
            run->write.fields.insert(QStringLiteral("carrier"), run->payload.value(QStringLiteral("carrier")));
            run->write.fields.insert(QStringLiteral("trackingUrl"), run->payload.value(QStringLiteral("trackingUrl")));
        }
        if (!run->shipmentState.contains(QStringLiteral("odooPickingDone")))
            run->write.fields.insert(QStringLiteral("odooPickingDone"), false);
    }
    if (!ShipmentStateMachine::hasShipped(effective)
        || run->shipmentState.value(QStringLiteral("odooPickingDone")).toBool() || run->tracking.isEmpty()) {
        run->done(run->result());
        return;
    }
    const auto mapping
        = applyFlowMapping(m_mappings, Mapping::MappingCatalog::odooPicking(), run->payload, run->name, run->done);
    if (!mapping)
        return;
    run->mapped = mapping->values;
    findSaleOrder(run);
}

void ApplyShipmentStep::findSaleOrder(std::shared_ptr<Run> run)
{
    run->saleOrderId
        = m_readState(FulfilmentJobs::OrderKind, run->orderGid).value(QStringLiteral("odooOrderId")).toInt();
    if (run->saleOrderId) {
        findPicking(run);
        return;
    }
    m_client->call(QStringLiteral("sale.order"),
        QStringLiteral("search_read"),
        {},
        OdooQuery::searchRead(
            OdooQuery::domain(
                { term(QStringLiteral("origin"), QStringLiteral("="), CreateSaleOrderStep::originFor(run->orderGid)),
                    term(QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancel")) }),
            OdooQuery::fields({ "id" }),
            QStringLiteral("id asc")),
        [this, run](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("finding the sale order"));
                return;
            }
            const QJsonArray found = r.value.toArray();
            if (found.isEmpty()) {
                run->business(QStringLiteral("ShipBob shipped it, but Odoo has no sale order for it"));
                return;
            }
            run->saleOrderId = found.first().toObject().value(QStringLiteral("id")).toInt();
            findPicking(run);
        });
}

void ApplyShipmentStep::findPicking(std::shared_ptr<Run> run)
{
    m_client->call(QStringLiteral("stock.picking"),
        QStringLiteral("search_read"),
        {},
        OdooQuery::searchRead(OdooQuery::listOf(term(QStringLiteral("sale_id"), QStringLiteral("="), run->saleOrderId)),
            OdooQuery::fields({ "id", "name", "state", "carrier_tracking_ref", "picking_type_code" }),
            QStringLiteral("id asc")),
        [this, run](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("finding the delivery in Odoo"));
                return;
            }
            QJsonObject mine, open;
            for (const auto &v : r.value.toArray()) {
                const QJsonObject p = v.toObject();
                if (p.value(QStringLiteral("picking_type_code")).toString() != QLatin1String("outgoing"))
                    continue;
                const QString state = p.value(QStringLiteral("state")).toString();
                const QString ref = p.value(QStringLiteral("carrier_tracking_ref")).toString();
                if (ref == run->tracking && state != QLatin1String("cancel") && mine.isEmpty())
                    mine = p;
                else if (ref.isEmpty() && state != QLatin1String("done") && state != QLatin1String("cancel")
                    && open.isEmpty())
                    open = p;
            }
            const QJsonObject target = mine.isEmpty() ? open : mine;
            if (target.isEmpty()) {
                run->business(
                    QStringLiteral("ShipBob shipped shipment %1 (tracking %2), but the sale order has no open "
                                   "delivery in Odoo to validate")
                        .arg(run->shipmentKey, run->tracking));
                return;
            }
            run->pickingId = target.value(QStringLiteral("id")).toInt();
            run->pickingName = target.value(QStringLiteral("name")).toString();
            if (target.value(QStringLiteral("state")).toString() == QLatin1String("done"))
                finish(run); // validated by an earlier attempt
            else
                readMoves(run);
        });
}

void ApplyShipmentStep::readMoves(std::shared_ptr<Run> run)
{
    m_client->call(QStringLiteral("stock.move"),
        QStringLiteral("search_read"),
        {},
        OdooQuery::searchRead(
            OdooQuery::listOf(term(QStringLiteral("picking_id"), QStringLiteral("="), run->pickingId)),
            OdooQuery::fields({ "id", "product_id", "product_uom_qty", "state" }),
            QStringLiteral("id asc")),
        [this, run](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("reading the delivery's moves"));
                return;
            }
            const QJsonArray moves = r.value.toArray();
            QJsonArray productIds;
            for (const auto &m : moves)
                productIds.append(idOf(m.toObject().value(QStringLiteral("product_id"))));
            m_client->call(QStringLiteral("product.product"),
                QStringLiteral("search_read"),
                {},
                OdooQuery::searchRead(OdooQuery::listOf(term(QStringLiteral("id"), QStringLiteral("in"), productIds)),
                    OdooQuery::fields({ "id", "default_code" })),
                [this, run, moves](OdooResult p) {
                    if (!p.ok) {
                        run->fail(p, QStringLiteral("reading the delivery's products"));
                        return;
                    }
                    QHash<int, QString> skuOf;
                    for (const auto &v : p.value.toArray())
                        skuOf.insert(v.toObject().value(QStringLiteral("id")).toInt(),
                            v.toObject().value(QStringLiteral("default_code")).toString());
                    QHash<QString, double> shipped;
                    for (const auto &l : run->payload.value(QStringLiteral("lines")).toArray())
                        shipped[l.toObject().value(QStringLiteral("sku")).toString()]
                            += l.toObject().value(QStringLiteral("quantity")).toDouble();
                    // Shipped quantities go to the moves of their SKU in order; anything over the demand to
                    // the last of them; moves of SKUs not in this shipment get nothing (→ backorder).
                    QList<QPair<int, double>> plan;
                    QHash<QString, int> lastIndex;
                    double total = 0;
                    for (const auto &m : moves) {
                        const QJsonObject move = m.toObject();
                        const QString state = move.value(QStringLiteral("state")).toString();
                        if (state == QLatin1String("done") || state == QLatin1String("cancel"))
                            continue;
                        const QString sku = skuOf.value(idOf(move.value(QStringLiteral("product_id"))));
                        const double take
                            = std::min(shipped.value(sku), move.value(QStringLiteral("product_uom_qty")).toDouble());
                        shipped[sku] = shipped.value(sku) - take;
                        total += take;
                        lastIndex.insert(sku, int(plan.size()));
                        plan << qMakePair(move.value(QStringLiteral("id")).toInt(), take);
                    }
                    for (auto it = lastIndex.cbegin(); it != lastIndex.cend(); ++it)
                        if (shipped.value(it.key()) > 0) {
                            plan[it.value()].second += shipped.value(it.key());
                            total += shipped.value(it.key());
                        }
                    if (total <= 0) {
                        run->business(QStringLiteral("none of the SKUs ShipBob shipped in shipment %1 is on Odoo "
                                                     "delivery %2")
                                          .arg(run->shipmentKey, run->pickingName));
                        return;
                    }
                    setQuantities(run, plan);
                });
        });
}

void ApplyShipmentStep::setQuantities(std::shared_ptr<Run> run, QList<QPair<int, double>> moves)
{
    if (moves.isEmpty()) {
        // Mark the picking as this shipment's before validating it: a re-run finds it by the reference.
        QJsonObject vals = run->mapped;
        vals.insert(QStringLiteral("carrier_tracking_ref"), run->tracking);
        m_client->call(QStringLiteral("stock.picking"),
            QStringLiteral("write"),
            QJsonArray { run->pickingId },
            { { QStringLiteral("vals"), vals } },
            [this, run](OdooResult r) {
                if (!r.ok) {
                    run->fail(r, QStringLiteral("writing the tracking reference on the delivery"));
                    return;
                }
                validate(run);
            });
        return;
    }
    const auto [moveId, quantity] = moves.takeFirst();
    m_client->call(QStringLiteral("stock.move"),
        QStringLiteral("write"),
        QJsonArray { moveId },
        { { QStringLiteral("vals"),
            QJsonObject { { QStringLiteral("quantity"), quantity }, { QStringLiteral("picked"), quantity > 0 } } } },
        [this, run, moves](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("setting the shipped quantities on the delivery"));
                return;
            }
            setQuantities(run, moves);
        });
}

void ApplyShipmentStep::validate(std::shared_ptr<Run> run)
{
    m_client->call(QStringLiteral("stock.picking"),
        QStringLiteral("button_validate"),
        QJsonArray { run->pickingId },
        { { QStringLiteral("context"), QJsonObject { { QStringLiteral("skip_sms"), true } } } },
        [this, run](OdooResult r) {
            if (!r.ok) {
                if (r.ambiguous) {
                    checkDone(run); // it may be done: look
                    return;
                }
                run->fail(r, QStringLiteral("validating delivery %1").arg(run->pickingName));
                return;
            }
            followWizard(run, r.value, 0);
        });
}

void ApplyShipmentStep::followWizard(std::shared_ptr<Run> run, const QJsonValue &answer, int round)
{
    const QJsonObject action = answer.toObject();
    const QString model = action.value(QStringLiteral("res_model")).toString();
    if (!answer.isObject() || model.isEmpty() || round >= 4) {
        checkDone(run); // True, or an action that does not stop the validation: re-read the state
        return;
    }
    QJsonObject context = action.value(QStringLiteral("context")).toObject();
    context.insert(QStringLiteral("skip_sms"), true);
    auto next = [this, run, round](OdooResult r) {
        if (!r.ok) {
            run->fail(r, QStringLiteral("completing the validation of delivery %1").arg(run->pickingName));
            return;
        }
        followWizard(run, r.value, round + 1);
    };
    if (model == QLatin1String("stock.backorder.confirmation")) {
        // A split shipment: the rest stays to ship in a backorder.
        QJsonObject vals;
        if (context.contains(QStringLiteral("default_pick_ids")))
            vals.insert(QStringLiteral("pick_ids"), context.value(QStringLiteral("default_pick_ids")));
        else
            vals.insert(QStringLiteral("pick_ids"), OdooQuery::linkTo(run->pickingId));
        m_client->call(QStringLiteral("stock.backorder.confirmation"),
            QStringLiteral("create"),
            {},
            { { QStringLiteral("vals_list"), QJsonArray { vals } }, { QStringLiteral("context"), context } },
            [this, run, context, next](OdooResult r) {
                if (!r.ok) {
                    run->fail(r, QStringLiteral("opening the backorder wizard of delivery %1").arg(run->pickingName));
                    return;
                }
                const int wizard = r.value.isArray() ? r.value.toArray().at(0).toInt() : r.value.toInt();
                m_client->call(QStringLiteral("stock.backorder.confirmation"),
                    QStringLiteral("process"),
                    QJsonArray { wizard },
                    { { QStringLiteral("context"), context } },
                    next);
            });
        return;
    }
    if (model == QLatin1String("confirm.stock.sms")) {
        m_client->call(QStringLiteral("confirm.stock.sms"),
            QStringLiteral("dont_send_sms"),
            QJsonArray { action.value(QStringLiteral("res_id")).toInt() },
            { { QStringLiteral("context"), context } },
            next);
        return;
    }
    checkDone(run);
}

void ApplyShipmentStep::checkDone(std::shared_ptr<Run> run)
{
    m_client->call(QStringLiteral("stock.picking"),
        QStringLiteral("search_read"),
        {},
        OdooQuery::searchRead(OdooQuery::listOf(term(QStringLiteral("id"), QStringLiteral("="), run->pickingId)),
            OdooQuery::fields({ "state" })),
        [this, run](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("reading back delivery %1").arg(run->pickingName));
                return;
            }
            const QString state = r.value.toArray().at(0).toObject().value(QStringLiteral("state")).toString();
            if (state == QLatin1String("done")) {
                finish(run);
                return;
            }
            run->done(StepResult::failure(ErrorClass::Transient,
                QStringLiteral("Order %1: delivery %2 is still '%3' after validation")
                    .arg(run->name, run->pickingName, state)));
        });
}

void ApplyShipmentStep::finish(std::shared_ptr<Run> run)
{
    run->write.kind = FulfilmentJobs::ShipmentKind;
    run->write.key = run->shipmentKey;
    run->write.fields.insert(QStringLiteral("odooPickingDone"), true);
    run->write.fields.insert(QStringLiteral("odooPickingId"), run->pickingId);
    QList<NewJob> next;
    if (run->shipmentState.value(QStringLiteral("shopifyFulfillmentId")).toString().isEmpty()) {
        QJsonObject payload { { QStringLiteral("orderGid"), run->orderGid },
            { QStringLiteral("name"), run->name },
            { QStringLiteral("shipmentId"), run->payload.value(QStringLiteral("shipmentId")) },
            { QStringLiteral("carrier"), run->payload.value(QStringLiteral("carrier")) },
            { QStringLiteral("trackingNumber"), run->tracking },
            { QStringLiteral("trackingUrl"), run->payload.value(QStringLiteral("trackingUrl")) },
            { QStringLiteral("lines"), run->payload.value(QStringLiteral("lines")) } };
        next << FulfilmentJobs::jobFor(
            FulfilmentJobs::FulfillStep, OrderJobs::ShopifyLane, run->orderGid, run->job.correlationId, payload);
    }
    run->done(run->result(next));
}

} // namespace Quayside
