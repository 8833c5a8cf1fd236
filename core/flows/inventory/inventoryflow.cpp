#include "core/flows/inventory/inventoryflow.h"

#include "core/flows/inventory/catalogsteps.h"
#include "core/flows/inventory/catalogwritesteps.h"
#include "core/flows/inventory/inventoryjobs.h"
#include "core/flows/inventory/reconcilesteps.h"
#include "core/flows/inventory/stocksteps.h"
#include "core/flows/laneclients.h"

namespace Quayside {

void registerInventoryFlow(StepRegistry &registry, const Connections &connections, const InventorySettings &settings)
{
    // One client per system and lane for all inventory steps: they share Shopify's cost bucket model and
    // Odoo's concurrency cap and session instead of each believing it has them to itself.
    const auto odoo = [connections](const StepEnvironment &env) {
        return laneClient<Connectors::OdooClient>(env, connections.odoo, QStringLiteral("odoo"));
    };
    const auto shopify = [connections](const StepEnvironment &env) {
        return laneClient<Connectors::ShopifyClient>(env, connections.shopify, QStringLiteral("shopify"));
    };
    registry.add(InventoryJobs::Flow, InventoryJobs::PollOdooStep, [odoo, settings](const StepEnvironment &env) {
        return std::make_unique<PollOdooStockStep>(odoo(env),
            settings,
            env,
            FlowSchedule::source(env.readState, QStringLiteral("inventory"), settings.stockPollIntervalMs));
    });
    registry.add(InventoryJobs::Flow, InventoryJobs::PushStep, [shopify, settings](const StepEnvironment &env) {
        return std::make_unique<PushStockStep>(shopify(env), settings, env);
    });
    registry.add(InventoryJobs::Flow, InventoryJobs::ReconcileOdooStep, [odoo, settings](const StepEnvironment &env) {
        return std::make_unique<ReconcileOdooStep>(odoo(env), settings, env);
    });
    registry.add(
        InventoryJobs::Flow, InventoryJobs::ReconcileThreePlStep, [connections, settings](const StepEnvironment &env) {
            return std::make_unique<ReconcileThreePlStep>(
                std::make_unique<Connectors::ShipBobInventoryReader>(
                    env.network, connections.shipbobUrl, connections.shipbobToken, env.context),
                settings);
        });
    registry.add(
        InventoryJobs::Flow, InventoryJobs::ReconcileShopifyStep, [shopify, settings](const StepEnvironment &env) {
            return std::make_unique<ReconcileShopifyStep>(shopify(env),
                settings,
                env,
                FlowSchedule::source(env.readState, QStringLiteral("reconciliation"), settings.reconcileIntervalMs));
        });
    registry.add(InventoryJobs::Flow, InventoryJobs::CatalogOdooStep, [odoo](const StepEnvironment &env) {
        return std::make_unique<CatalogOdooStep>(odoo(env));
    });
    registry.add(
        InventoryJobs::Flow, InventoryJobs::CatalogShopifyStep, [shopify, settings](const StepEnvironment &env) {
            return std::make_unique<CatalogShopifyStep>(shopify(env),
                settings,
                FlowSchedule::source(env.readState, QStringLiteral("catalog"), settings.catalogIntervalMs));
        });
    registry.add(InventoryJobs::Flow, InventoryJobs::CatalogWriteShopifyStep, [shopify](const StepEnvironment &env) {
        return std::make_unique<CatalogWriteShopifyStep>(shopify(env));
    });
    registry.add(InventoryJobs::Flow, InventoryJobs::CatalogWriteOdooStep, [odoo](const StepEnvironment &env) {
        return std::make_unique<CatalogWriteOdooStep>(odoo(env));
    });
}

QList<NewJob> inventoryFlowRecurringJobs()
{
    return { InventoryJobs::firstStockPoll(), InventoryJobs::firstReconcile(), InventoryJobs::firstCatalogSync() };
}

} // namespace Quayside
