#include "core/flows/fulfilment/fulfilmentflow.h"

#include "core/connectors/shipbob/shipbobclient.h"
#include "core/flows/fulfilment/applyshipmentstep.h"
#include "core/flows/fulfilment/fulfillinshopifystep.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/fulfilment/pickupsteps.h"
#include "core/flows/fulfilment/polldeliveriesstep.h"
#include "core/flows/fulfilment/pollshipmentsstep.h"
#include "core/flows/fulfilment/routeorderstep.h"
#include "core/flows/fulfilment/threeplsteps.h"
#include "core/flows/laneclients.h"
#include "core/flows/orders/orderjobs.h"

namespace Quayside {

namespace {
std::unique_ptr<Connectors::ShipBobClient> shipBob(const Connections &c, const StepEnvironment &env)
{
    Connectors::ShipBobConfig config;
    if (c.shipbobUrl.isValid() && !c.shipbobUrl.isEmpty())
        config.baseUrl = c.shipbobUrl;
    config.token = c.shipbobToken;
    config.channelId = c.shipbobChannelId;
    config.requestsPerMinute = c.shipbobRequestsPerMinute;
    config.timeoutMs = c.shipbobTimeoutMs;
    return std::make_unique<Connectors::ShipBobClient>(env.network, config, env.context);
}
} // namespace

void registerFulfilmentFlow(StepRegistry &registry, const Connections &connections, const FulfilmentSettings &settings)
{
    const QString flow = OrderJobs::Flow;
    registry.add(flow, FulfilmentJobs::RouteStep, [settings](const StepEnvironment &env) {
        return std::make_unique<RouteOrderStep>(settings.routing, env.readState);
    });
    registry.add(flow, FulfilmentJobs::CreateStep, [connections](const StepEnvironment &env) {
        return std::make_unique<Create3plOrderStep>(shipBob(connections, env), env.readState, env.publishedMapping);
    });
    registry.add(flow, FulfilmentJobs::PollStep, [connections, settings](const StepEnvironment &env) {
        return std::make_unique<PollShipmentsStep>(shipBob(connections, env),
            FlowSchedule::source(env.readState, QStringLiteral("shipments"), settings.shipmentPollMs));
    });
    registry.add(flow, FulfilmentJobs::FetchOrderStep, [connections](const StepEnvironment &env) {
        return std::make_unique<FetchThreePlOrderStep>(shipBob(connections, env));
    });
    registry.add(flow, FulfilmentJobs::PollDeliveriesStep, [connections, settings](const StepEnvironment &env) {
        return std::make_unique<PollInternalDeliveriesStep>(
            laneClient<Connectors::OdooClient>(env, connections.odoo, QStringLiteral("odoo")),
            FlowSchedule::source(env.readState, QStringLiteral("shipments"), settings.shipmentPollMs),
            env);
    });
    registry.add(flow, FulfilmentJobs::PollPickupsStep, [connections, settings](const StepEnvironment &env) {
        return std::make_unique<PollPickupsStep>(
            laneClient<Connectors::OdooClient>(env, connections.odoo, QStringLiteral("odoo")),
            FlowSchedule::source(env.readState, QStringLiteral("shipments"), settings.shipmentPollMs),
            env);
    });
    registry.add(flow, FulfilmentJobs::ReadyForPickupStep, [connections](const StepEnvironment &env) {
        return std::make_unique<MarkReadyForPickupStep>(
            laneClient<Connectors::ShopifyClient>(env, connections.shopify, QStringLiteral("shopify")), env);
    });
    registry.add(flow, FulfilmentJobs::ApplyShipmentStep, [connections](const StepEnvironment &env) {
        return std::make_unique<ApplyShipmentStep>(
            laneClient<Connectors::OdooClient>(env, connections.odoo, QStringLiteral("odoo")),
            env.readState,
            env.publishedMapping);
    });
    registry.add(flow, FulfilmentJobs::FulfillStep, [connections, settings](const StepEnvironment &env) {
        return std::make_unique<FulfillInShopifyStep>(
            laneClient<Connectors::ShopifyClient>(env, connections.shopify, QStringLiteral("shopify")),
            settings.notifyCustomer,
            env.publishedMapping);
    });
    registry.add(flow, FulfilmentJobs::CancelStep, [connections](const StepEnvironment &env) {
        return std::make_unique<CancelAt3plStep>(shipBob(connections, env));
    });
    registry.add(flow, FulfilmentJobs::ReturnStep, [connections](const StepEnvironment &env) {
        return std::make_unique<Create3plReturnStep>(shipBob(connections, env));
    });
}

QList<NewJob> fulfilmentRecurringJobs()
{
    return { PollShipmentsStep::firstPoll(), PollInternalDeliveriesStep::firstPoll(), PollPickupsStep::firstPoll() };
}

} // namespace Quayside
