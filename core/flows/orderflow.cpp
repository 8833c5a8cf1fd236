#include "core/flows/orderflow.h"

#include "core/flows/inventory/inventoryflow.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/orders/pollordersstep.h"

namespace Quayside {

void registerOrderFlow(StepRegistry &registry, const Connections &connections, qint64 pollIntervalMs)
{
    registry.add(OrderJobs::Flow, OrderJobs::PollStep, [connections, pollIntervalMs](const StepEnvironment &env) {
        return std::make_unique<PollOrdersStep>(
            std::make_unique<Connectors::ShopifyClient>(env.network, connections.shopify, env.context), pollIntervalMs);
    });
    registry.add(OrderJobs::Flow, OrderJobs::CreateSaleOrderStep, [connections](const StepEnvironment &env) {
        return std::make_unique<CreateSaleOrderStep>(
            std::make_unique<Connectors::OdooClient>(env.network, connections.odoo, env.context));
    });
    // Inventory and catalog (INVENTORY); the lead replaces the defaults with the persisted settings.
    registerInventoryFlow(registry, connections, InventorySettings::defaults());
}

QList<NewJob> orderFlowRecurringJobs()
{
    return QList<NewJob> { PollOrdersStep::firstPoll() } + inventoryFlowRecurringJobs();
}

} // namespace Quayside
