#include "core/flows/allflows.h"

#include "core/flows/inventory/inventoryflow.h"
#include "core/flows/orderflow.h"
#include "core/flows/privacy.h"
#include "core/flows/settlement/settlementflow.h"
#include "core/logging/logging.h"

namespace Quayside {

namespace {
SettlementSettings settlementSettings(const QJsonObject &settings)
{
    QString error;
    const SettlementSettings s
        = SettlementSettings::fromJson(settings.value(QStringLiteral("settlement")).toObject(), &error);
    if (!error.isEmpty())
        qCWarning(lcApp).noquote() << "Settlement settings:" << error;
    return s;
}
} // namespace

void registerAllFlows(StepRegistry &registry, const Connections &connections, const QJsonObject &settings)
{
    RoutingRules routing;
    if (settings.contains(QStringLiteral("routing"))) {
        QString error;
        routing = RoutingRules::fromJson(settings.value(QStringLiteral("routing")).toObject(), &error);
        if (!error.isEmpty())
            qCWarning(lcApp).noquote() << "Routing settings:" << error;
    }
    InventorySettings inventory = InventorySettings::defaults();
    if (settings.contains(QStringLiteral("inventory"))) {
        QString error;
        inventory = InventorySettings::fromJson(settings.value(QStringLiteral("inventory")).toObject(), &error);
        if (!error.isEmpty())
            qCWarning(lcApp).noquote() << "Inventory settings:" << error;
    }
    // The location map already says which Odoo warehouse stands behind each of the retailer's own Shopify
    // locations; a 3PL's centre takes no visitors. routing.pickupWarehouses overrides it.
    for (const InventoryLocation &l : std::as_const(inventory.locations))
        if (l.shipbobFulfillmentCenterId == 0 && !l.shopifyLocation.isEmpty()
            && !routing.pickupWarehouses.contains(l.shopifyLocation))
            routing.pickupWarehouses.insert(l.shopifyLocation, l.odooWarehouse);
    registerOrderFlow(registry, connections, 0, routing);
    registerInventoryFlow(registry, connections, inventory);
    registerSettlementFlow(registry, connections, settlementSettings(settings));
    Privacy::registerPrivacyFlow(registry);
}

QList<NewJob> allRecurringJobs(const Connections &connections, const QJsonObject &settings)
{
    return orderFlowRecurringJobs(connections) + inventoryFlowRecurringJobs()
        + settlementFlowRecurringJobs(settlementSettings(settings));
}

} // namespace Quayside
