#include "core/flows/fulfilment/polldeliveriesstep.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/odooquery.h"
#include "core/flows/orders/orderjobs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside {

using Connectors::OdooResult;
using namespace OdooQuery;

namespace {
const QString kOriginPrefix = QStringLiteral("Shopify "); // CreateSaleOrderStep::originFor

} // namespace

struct PollInternalDeliveriesStep::Run
{
    StepCallback done;
    QString since;
    QString watermark;
    QJsonArray pickings;
    QHash<int, QString> gidBySaleOrder; // sale.order id -> Shopify gid (internal route only)
    QHash<int, QString> nameBySaleOrder; // sale.order id -> Shopify order name
    QHash<int, QHash<QString, int>> deliveredBySaleOrder; // sale.order id -> sku -> delivered
};

PollInternalDeliveriesStep::PollInternalDeliveriesStep(
    Connectors::OdooClient *client, std::function<FlowSchedule()> schedule, StepEnvironment env)
    : m_client(client)
    , m_schedule(std::move(schedule))
    , m_env(std::move(env))
{ }

NewJob PollInternalDeliveriesStep::firstPoll()
{
    return NewJob { .flow = OrderJobs::Flow,
        .step = FulfilmentJobs::PollDeliveriesStep,
        .lane = OrderJobs::OdooLane,
        .partitionKey = QStringLiteral("poll:odoo:deliveries"),
        .correlationId = QStringLiteral("intake:odoo:deliveries"),
        .payload = "{}" };
}

void PollInternalDeliveriesStep::fail(std::shared_ptr<Run> run, const OdooResult &r, const QString &what)
{
    run->done(StepResult::failure(r.ambiguous ? ErrorClass::Transient : r.errorClass,
        QStringLiteral("Internal deliveries: %1: %2").arg(what, r.message)));
}

void PollInternalDeliveriesStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    run->since = QJsonDocument::fromJson(job.payload).object().value(QStringLiteral("since")).toString();
    if (run->since.isEmpty()) {
        // Connected just now: report from here on, not the warehouse's history.
        run->watermark = odooStamp(QDateTime::currentDateTimeUtc());
        finish(run);
        return;
    }
    run->watermark = run->since;
    const QDateTime from = fromOdooStamp(run->since);
    m_client->call(QStringLiteral("stock.picking"),
        QStringLiteral("search_read"),
        {},
        searchRead(
            domain({ term(QStringLiteral("picking_type_code"), QStringLiteral("="), QStringLiteral("outgoing")),
                term(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("done")),
                term(QStringLiteral("date_done"), QStringLiteral(">="), odooStamp(from.addMSecs(-kOverlapMs))) }),
            fields({ "id", "name", "sale_id", "carrier_tracking_ref", "carrier_id", "date_done" }),
            QStringLiteral("date_done asc, id asc")),
        [this, run](OdooResult r) {
            if (!r.ok) {
                fail(run, r, QStringLiteral("reading done deliveries"));
                return;
            }
            run->pickings = r.value.toArray();
            for (const auto &p : std::as_const(run->pickings))
                run->watermark = qMax(run->watermark, p.toObject().value(QStringLiteral("date_done")).toString());
            readOrders(run);
        });
}

void PollInternalDeliveriesStep::readOrders(std::shared_ptr<Run> run)
{
    QJsonArray ids;
    for (const auto &p : std::as_const(run->pickings))
        if (const int so = idOf(p.toObject().value(QStringLiteral("sale_id"))); so > 0 && !ids.contains(so))
            ids.append(so);
    if (ids.isEmpty()) {
        finish(run);
        return;
    }
    m_client->call(QStringLiteral("sale.order"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("id"), QStringLiteral("in"), ids) }),
            fields({ "id", "origin", "client_order_ref" })),
        [this, run](OdooResult r) {
            if (!r.ok) {
                fail(run, r, QStringLiteral("reading their sale orders"));
                return;
            }
            for (const auto &v : r.value.toArray()) {
                const QJsonObject so = v.toObject();
                const QString origin = so.value(QStringLiteral("origin")).toString();
                if (!origin.startsWith(kOriginPrefix))
                    continue; // not a Shopify order
                const QString gid = origin.mid(kOriginPrefix.size());
                // ShipBob's deliveries are done by apply_shipment, which reports them itself. A pickup's
                // picking is done when the buyer collects it: that fulfils it in Shopify too.
                const QJsonObject state
                    = m_env.readState ? m_env.readState(FulfilmentJobs::OrderKind, gid) : QJsonObject();
                const QString route = state.value(QStringLiteral("route")).toString();
                if (route != FulfilmentJobs::RouteInternal && route != FulfilmentJobs::RoutePickup)
                    continue;
                const int id = so.value(QStringLiteral("id")).toInt();
                run->gidBySaleOrder.insert(id, gid);
                run->nameBySaleOrder.insert(id, so.value(QStringLiteral("client_order_ref")).toString());
            }
            readDelivered(run);
        });
}

void PollInternalDeliveriesStep::readDelivered(std::shared_ptr<Run> run)
{
    if (run->gidBySaleOrder.isEmpty()) {
        finish(run);
        return;
    }
    QJsonArray ids;
    for (auto it = run->gidBySaleOrder.cbegin(); it != run->gidBySaleOrder.cend(); ++it)
        ids.append(it.key());
    m_client->call(QStringLiteral("sale.order.line"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("order_id"), QStringLiteral("in"), ids) }),
            fields({ "order_id", "product_id", "qty_delivered" })),
        [this, run](OdooResult r) {
            if (!r.ok) {
                fail(run, r, QStringLiteral("reading delivered quantities"));
                return;
            }
            const QJsonArray lines = r.value.toArray();
            QJsonArray products;
            for (const auto &v : lines)
                if (const int p = idOf(v.toObject().value(QStringLiteral("product_id")));
                    p > 0 && !products.contains(p))
                    products.append(p);
            m_client->call(QStringLiteral("product.product"),
                QStringLiteral("search_read"),
                {},
                searchRead(domain({ term(QStringLiteral("id"), QStringLiteral("in"), products) }),
                    fields({ "id", "default_code" })),
                [this, run, lines](OdooResult p) {
                    if (!p.ok) {
                        fail(run, p, QStringLiteral("reading the products delivered"));
                        return;
                    }
                    QHash<int, QString> skuOf;
                    for (const auto &v : p.value.toArray())
                        skuOf.insert(v.toObject().value(QStringLiteral("id")).toInt(),
                            v.toObject().value(QStringLiteral("default_code")).toString());
                    for (const auto &v : lines) {
                        const QJsonObject line = v.toObject();
                        const QString sku = skuOf.value(idOf(line.value(QStringLiteral("product_id"))));
                        if (sku.isEmpty())
                            continue; // the shipping line, a product without SKU
                        run->deliveredBySaleOrder[idOf(line.value(QStringLiteral("order_id")))][sku]
                            += int(line.value(QStringLiteral("qty_delivered")).toDouble());
                    }
                    finish(run);
                });
        });
}

void PollInternalDeliveriesStep::finish(std::shared_ptr<Run> run)
{
    StepResult result = StepResult::done();
    const QString source = QStringLiteral("odoo:") + m_client->config().database;
    for (const auto &v : std::as_const(run->pickings)) {
        const QJsonObject picking = v.toObject();
        const int so = idOf(picking.value(QStringLiteral("sale_id")));
        if (!run->gidBySaleOrder.contains(so))
            continue;
        const QString gid = run->gidBySaleOrder.value(so);
        const QString name = run->nameBySaleOrder.value(so);
        QJsonObject delivered;
        const auto &bySku = run->deliveredBySaleOrder.value(so);
        for (auto it = bySku.cbegin(); it != bySku.cend(); ++it)
            delivered.insert(it.key(), it.value());
        const QString tracking = picking.value(QStringLiteral("carrier_tracking_ref")).toString();
        const QJsonObject payload { { QStringLiteral("orderGid"), gid },
            { QStringLiteral("name"), name },
            { QStringLiteral("pickingId"), picking.value(QStringLiteral("id")) },
            { QStringLiteral("deliveredTotals"), delivered },
            { QStringLiteral("trackingNumber"), tracking },
            { QStringLiteral("carrier"), picking.value(QStringLiteral("carrier_id")).toArray().at(1).toString() } };
        EventIntake intake;
        intake.event.source = source;
        intake.event.topic = QStringLiteral("picking/done");
        intake.event.entityId = QString::number(picking.value(QStringLiteral("id")).toInt());
        intake.event.sourceVersion = picking.value(QStringLiteral("date_done")).toString();
        intake.event.correlationId = name;
        intake.event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        intake.jobs << FulfilmentJobs::jobFor(FulfilmentJobs::FulfillStep, OrderJobs::ShopifyLane, gid, name, payload);
        result.events << intake;
    }
    NewJob next = firstPoll();
    next.payload
        = QJsonDocument(QJsonObject { { QStringLiteral("since"), run->watermark } }).toJson(QJsonDocument::Compact);
    next.notBeforeMs = m_schedule().nextRunMs(QDateTime::currentMSecsSinceEpoch());
    result.followUps << next;
    result.cursors << qMakePair(cursorName(), run->watermark);
    run->done(result);
}

} // namespace Quayside
