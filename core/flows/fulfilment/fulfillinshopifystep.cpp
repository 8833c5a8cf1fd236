#include "core/flows/fulfilment/fulfillinshopifystep.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/mapping/mappingcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace Quayside {

using Connectors::ShopifyResult;

struct FulfillInShopifyStep::Run
{
    JobRecord job;
    QJsonObject payload;
    QString name;
    QString orderGid;
    QString tracking;
    QString fulfillmentId; // ours, once known
    QHash<QString, int> shipped; // sku -> quantity in this shipment, or delivered in total (upToDelivered)
    bool upToDelivered = false; // an internal delivery: fulfil up to Odoo's delivered totals
    int rounds = 0;
    QString refusal; // Shopify's userError on the last create, if any
    QJsonObject mapped; // the mapping's FulfillmentInput fields
    StepCallback done;

    void fail(const ShopifyResult &r, const QString &what)
    {
        done(StepResult::failure(
            r.errorClass, QStringLiteral("Order %1: %2: %3").arg(name, what, r.message), r.retryAfterMs));
    }
};

FulfillInShopifyStep::FulfillInShopifyStep(
    Connectors::ShopifyClient *client, bool notifyCustomer, MappingSource mappings)
    : m_client(client)
    , m_notifyCustomer(notifyCustomer)
    , m_mappings(orShippedDefaults(std::move(mappings)))
    , m_stateDocument(Connectors::ShopifyClient::document(QStringLiteral("order_fulfillment_state")))
    , m_createDocument(Connectors::ShopifyClient::document(QStringLiteral("fulfillment_create")))
{ }

void FulfillInShopifyStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->job = job;
    run->payload = QJsonDocument::fromJson(job.payload).object();
    run->name = run->payload.value(QStringLiteral("name")).toString();
    run->orderGid = run->payload.value(QStringLiteral("orderGid")).toString();
    run->tracking = run->payload.value(QStringLiteral("trackingNumber")).toString();
    run->done = std::move(done);
    for (const auto &l : run->payload.value(QStringLiteral("lines")).toArray())
        run->shipped[l.toObject().value(QStringLiteral("sku")).toString()]
            += l.toObject().value(QStringLiteral("quantity")).toInt();
    const QJsonObject delivered = run->payload.value(QStringLiteral("deliveredTotals")).toObject();
    run->upToDelivered = run->payload.contains(QStringLiteral("deliveredTotals"));
    for (auto it = delivered.begin(); it != delivered.end(); ++it)
        run->shipped[it.key()] = it.value().toInt();
    if (run->orderGid.isEmpty() || (run->tracking.isEmpty() && !run->upToDelivered)) {
        run->done(StepResult::failure(ErrorClass::Validation,
            QStringLiteral("Order %1: the shipment to fulfil has no order or no tracking number").arg(run->name)));
        return;
    }
    QJsonObject record = run->payload;
    record.insert(QStringLiteral("notifyCustomer"), m_notifyCustomer);
    const auto mapping
        = applyFlowMapping(m_mappings, Mapping::MappingCatalog::shopifyFulfillment(), record, run->name, run->done);
    if (!mapping)
        return;
    run->mapped = mapping->values;
    readState(run);
}

void FulfillInShopifyStep::readState(std::shared_ptr<Run> run)
{
    m_client->query(
        m_stateDocument, QJsonObject { { QStringLiteral("id"), run->orderGid } }, 660, [this, run](ShopifyResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("reading the order's fulfilments in Shopify"));
                return;
            }
            const QJsonObject order = r.data.value(QStringLiteral("order")).toObject();
            if (order.isEmpty()) {
                run->done(StepResult::failure(
                    ErrorClass::Business, QStringLiteral("Order %1: Shopify no longer has this order").arg(run->name)));
                return;
            }
            // What this tracking number already covers.
            QHash<QString, int> need = run->shipped;
            for (const auto &f : order.value(QStringLiteral("fulfillments")).toArray()) {
                const QJsonObject fulfillment = f.toObject();
                if (fulfillment.value(QStringLiteral("status")).toString() == QLatin1String("CANCELLED"))
                    continue;
                // A shipment counts the fulfilments under its tracking number; an internal delivery counts
                // them all, since it fulfils up to what Odoo has delivered in total.
                bool ours = run->upToDelivered;
                for (const auto &t : fulfillment.value(QStringLiteral("trackingInfo")).toArray())
                    ours = ours || t.toObject().value(QStringLiteral("number")).toString() == run->tracking;
                if (!ours)
                    continue;
                run->fulfillmentId = fulfillment.value(QStringLiteral("id")).toString();
                for (const auto &li : fulfillment.value(QStringLiteral("fulfillmentLineItems"))
                                          .toObject()
                                          .value(QStringLiteral("nodes"))
                                          .toArray()) {
                    const QString sku = li.toObject()
                                            .value(QStringLiteral("lineItem"))
                                            .toObject()
                                            .value(QStringLiteral("sku"))
                                            .toString();
                    need[sku] = need.value(sku) - li.toObject().value(QStringLiteral("quantity")).toInt();
                }
            }
            // Take what is still needed from the open fulfillment orders, grouped by location (one
            // fulfillmentCreate may only cover one location).
            QMap<QString, QJsonArray> byLocation; // location -> [{fulfillmentOrderId, fulfillmentOrderLineItems}]
            for (const auto &fo :
                order.value(QStringLiteral("fulfillmentOrders")).toObject().value(QStringLiteral("nodes")).toArray()) {
                const QJsonObject fulfillmentOrder = fo.toObject();
                const QString status = fulfillmentOrder.value(QStringLiteral("status")).toString();
                if (status != QLatin1String("OPEN") && status != QLatin1String("IN_PROGRESS"))
                    continue;
                QJsonArray items;
                for (const auto &li : fulfillmentOrder.value(QStringLiteral("lineItems"))
                                          .toObject()
                                          .value(QStringLiteral("nodes"))
                                          .toArray()) {
                    const QJsonObject item = li.toObject();
                    const QString sku
                        = item.value(QStringLiteral("lineItem")).toObject().value(QStringLiteral("sku")).toString();
                    const int take = std::min(need.value(sku), item.value(QStringLiteral("remainingQuantity")).toInt());
                    if (take <= 0)
                        continue;
                    need[sku] -= take;
                    items.append(QJsonObject { { QStringLiteral("id"), item.value(QStringLiteral("id")) },
                        { QStringLiteral("quantity"), take } });
                }
                if (items.isEmpty())
                    continue;
                const QString location = fulfillmentOrder.value(QStringLiteral("assignedLocation"))
                                             .toObject()
                                             .value(QStringLiteral("location"))
                                             .toObject()
                                             .value(QStringLiteral("id"))
                                             .toString();
                byLocation[location].append(QJsonObject {
                    { QStringLiteral("fulfillmentOrderId"), fulfillmentOrder.value(QStringLiteral("id")) },
                    { QStringLiteral("fulfillmentOrderLineItems"), items } });
            }
            if (byLocation.isEmpty() || ++run->rounds > 5) {
                finish(run); // all of it fulfilled (by us or by someone in Shopify)
                return;
            }
            // The mapping's fields (carrier, URL, notifyCustomer), then what the flow owns.
            QJsonObject fulfillment { { QStringLiteral("notifyCustomer"), m_notifyCustomer } };
            for (auto it = run->mapped.constBegin(); it != run->mapped.constEnd(); ++it)
                fulfillment.insert(it.key(), it.value());
            QJsonObject tracking = fulfillment.value(QStringLiteral("trackingInfo")).toObject();
            if (!run->tracking.isEmpty())
                tracking.insert(QStringLiteral("number"), run->tracking);
            if (!tracking.isEmpty())
                fulfillment.insert(QStringLiteral("trackingInfo"), tracking);
            fulfillment.insert(QStringLiteral("lineItemsByFulfillmentOrder"), byLocation.first());
            m_client->query(m_createDocument,
                QJsonObject { { QStringLiteral("fulfillment"), fulfillment } },
                10,
                [this, run](ShopifyResult c) {
                    if (!c.ok) {
                        run->fail(c, QStringLiteral("creating the fulfilment in Shopify")); // the retry reads first
                        return;
                    }
                    const QJsonArray errors = c.userErrors(QStringLiteral("fulfillmentCreate"));
                    if (!errors.isEmpty()) {
                        // Maybe our own create, sent twice by the transport (the first one closed the
                        // fulfillment order): look again before calling it a refusal.
                        run->refusal = errors.first().toObject().value(QStringLiteral("message")).toString();
                        readState(run);
                        return;
                    }
                    run->fulfillmentId = c.data.value(QStringLiteral("fulfillmentCreate"))
                                             .toObject()
                                             .value(QStringLiteral("fulfillment"))
                                             .toObject()
                                             .value(QStringLiteral("id"))
                                             .toString();
                    readState(run); // another location left, or done
                });
        });
}

void FulfillInShopifyStep::finish(std::shared_ptr<Run> run)
{
    StepResult result = StepResult::done();
    if (run->upToDelivered) { // an internal delivery: no 3PL shipment to note it on
        run->done(result);
        return;
    }
    result.state << StateWrite { FulfilmentJobs::ShipmentKind,
        QString::number(run->payload.value(QStringLiteral("shipmentId")).toInteger()),
        QJsonObject { { QStringLiteral("shopifyFulfillmentId"),
            run->fulfillmentId.isEmpty() ? QJsonValue(QStringLiteral("none")) : QJsonValue(run->fulfillmentId) } } };
    run->done(result);
}

} // namespace Quayside
