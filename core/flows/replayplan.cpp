#include "core/flows/replayplan.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/fulfilment/shipmentstate.h"
#include "core/flows/inventory/catalogplan.h"
#include "core/flows/inventory/inventoryjobs.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/returns/aftersalesjobs.h"

#include <QJsonArray>

namespace Quayside {

namespace {

QString field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

// Items in the payload's "lines": [{"sku","quantity"}].
int itemCount(const QJsonObject &payload)
{
    int n = 0;
    for (const QJsonValue &l : payload.value(QStringLiteral("lines")).toArray())
        n += l.toObject().value(QStringLiteral("quantity")).toInt();
    return n;
}

QString money(const QJsonObject &set)
{
    const QJsonObject m = set.value(QStringLiteral("shopMoney")).toObject();
    return m.isEmpty() ? QString() : field(m, "amount") + QLatin1Char(' ') + field(m, "currencyCode");
}

} // namespace

QList<PlannedWrite> ReplayPlan::forStep(const QString &step, const QJsonObject &payload)
{
    const QString shopify = QStringLiteral("Shopify");
    const QString odoo = QStringLiteral("Odoo");
    const QString shipBob = QStringLiteral("ShipBob");
    // The order as the operator knows it; a generic word when the payload has no name (a bulk preview).
    const QString name = field(payload, "name");
    const QString order = name.isEmpty() ? tr("the order") : tr("order %1").arg(name);

    if (step == OrderJobs::CreateSaleOrderStep) {
        const int lines = int(
            payload.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray().size());
        const QString total = money(payload.value(QStringLiteral("totalPriceSet")).toObject());
        const QString change = lines > 0
            ? tr("Create the sale order for %1 (%n line(s), %2) and confirm it", nullptr, lines).arg(order, total)
            : tr("Create the sale order for %1 and confirm it").arg(order);
        return {
            { odoo,
                tr("Find the customer by e-mail, or create them"),
                tr("An existing customer is reused, never copied.") },
            { odoo,
                change,
                tr("If Odoo already has a sale order from this Shopify order, it is kept: no second one is made.") },
        };
    }
    if (step == FulfilmentJobs::RouteStep)
        return { { QStringLiteral("Quayside"),
            tr("Decide where %1 is fulfilled (ShipBob or the internal warehouse)").arg(order),
            tr("An earlier decision for this order is kept.") } };
    if (step == FulfilmentJobs::CreateStep)
        return { { shipBob,
            tr("Create the fulfilment order for %1").arg(order),
            tr("ShipBob refuses a second order with the same Shopify order id; the existing one is used.") } };
    if (step == FulfilmentJobs::ApplyShipmentStep) {
        const auto state = shipmentStateFromString(field(payload, "state"));
        if (!state || !ShipmentStateMachine::hasShipped(*state))
            return { { QStringLiteral("Quayside"),
                tr("Record the shipment status \"%1\" of %2").arg(field(payload, "state"), order),
                tr("A status older than the one recorded changes nothing.") } };
        const QString tracking = field(payload, "trackingNumber");
        return { { odoo,
            tr("Validate the delivery of %1: %n item(s) shipped", nullptr, itemCount(payload)).arg(order)
                + (tracking.isEmpty() ? QString() : tr(", tracking %1").arg(tracking)),
            tr("The delivery carries the shipment's tracking reference, so a second one is never validated.") } };
    }
    if (step == FulfilmentJobs::FulfillStep) {
        const QString tracking = field(payload, "trackingNumber");
        const QString what = payload.contains(QStringLiteral("deliveredTotals"))
            ? tr("Fulfil %1 up to what Odoo has delivered").arg(order)
            : tr("Fulfil %1: %n item(s)", nullptr, itemCount(payload)).arg(order);
        return { { shopify,
            what + (tracking.isEmpty() ? QString() : tr(", tracking %1 %2").arg(field(payload, "carrier"), tracking)),
            tr("Quantities already fulfilled under this tracking number are not fulfilled again.") } };
    }
    if (step == FulfilmentJobs::CancelStep)
        return {
            { shipBob,
                tr("Cancel the fulfilment order of %1 if nothing has shipped").arg(order),
                tr("An order already cancelled stays cancelled; one that shipped goes back to this queue.") },
            { odoo,
                tr("Then cancel the sale orders of %1").arg(order),
                tr("Sale orders already cancelled are left as they are.") },
        };
    if (step == AfterSalesJobs::CancelSaleOrderStep)
        return { { odoo,
            tr("Cancel every sale order made from %1 (unlocking locked ones)").arg(order),
            tr("Sale orders already cancelled are left as they are.") } };
    if (step == AfterSalesJobs::InvoiceStep)
        return { { odoo,
            tr("Create and post the customer invoice of %1, once every line can be invoiced").arg(order),
            tr("One invoice per order: a posted invoice ends the step, a draft one is posted.") } };
    if (step == AfterSalesJobs::CreditNoteStep) {
        const QString amount = field(payload, "amount");
        return { { odoo,
            amount.isEmpty() ? tr("Create and post the credit note of a refund of %1").arg(order)
                             : tr("Create and post a credit note of %1 for the refund of %2").arg(amount, order),
            tr("The credit note names the Shopify refund, so a refund is never credited twice.") } };
    }
    if (step == AfterSalesJobs::ReturnPickingStep)
        return {
            { odoo,
                tr("Receive the return of %1: a return of %n item(s) from its deliveries", nullptr, itemCount(payload))
                    .arg(order),
                tr("The return names the Shopify return, so it is found again, not made twice.") },
            { shipBob,
                tr("Then, for orders ShipBob fulfils, create the return order there"),
                tr("Looked up by the Shopify return's id first.") },
        };
    if (step == FulfilmentJobs::ReturnStep)
        return { { shipBob,
            tr("Create the return order of %1: %n item(s)", nullptr, itemCount(payload)).arg(order),
            tr("Looked up by the Shopify return's id first; ShipBob refuses a second one.") } };
    if (step == InventoryJobs::PushStep) {
        const int n = int(payload.value(QStringLiteral("items")).toArray().size());
        return { { shopify,
            n > 0 ? tr("Set the available quantity of %n SKU and location pair(s) that differ from Odoo", nullptr, n)
                  : tr("Set the available quantities that differ from Odoo"),
            tr("Each quantity is an absolute figure, compared before it is set, so a repeat writes nothing new.") } };
    }
    if (step == InventoryJobs::ReconcileShopifyStep)
        return { { shopify,
            tr("Only when inventory correction is on: set Shopify's available quantities to Odoo's figures"),
            tr("Absolute figures: a repeat writes nothing new.") } };
    if (step == InventoryJobs::CatalogWriteShopifyStep) {
        const int n = int(CatalogPlan::shopifyUpdatesFrom(payload).size());
        return { { shopify,
            n > 0 ? tr("Update the titles and prices of %n product(s) to Odoo's", nullptr, n)
                  : tr("Update product titles and prices to Odoo's"),
            tr("Absolute values: a repeat writes the same again.") } };
    }
    if (step == InventoryJobs::CatalogWriteOdooStep) {
        const int n = int(CatalogPlan::odooWritesFrom(payload).size());
        return { { odoo,
            n > 0 ? tr("Write the names and prices of %n product(s) from Shopify", nullptr, n)
                  : tr("Write product names and prices from Shopify"),
            tr("Absolute values: a repeat writes the same again.") } };
    }
    if (step == OrderJobs::SubscribeWebhooksStep)
        return {
            { shopify, tr("Create the missing order webhook subscriptions"), tr("Existing subscriptions are kept.") }
        };
    // Polls, fetches, reconciliation reads and catalog reads only read; what they find is recorded in
    // Quayside's store, where a repeat is a duplicate and adds nothing.
    return {};
}

} // namespace Quayside
