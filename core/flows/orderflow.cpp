#include "core/flows/orderflow.h"

#include "core/flows/fulfilment/fulfilmentflow.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/orders/pollordersstep.h"

namespace Quayside {

void registerOrderFlow(
    StepRegistry &registry, const Connections &connections, qint64 pollIntervalMs, const RoutingRules &routing)
{
    registry.add(OrderJobs::Flow, OrderJobs::PollStep, [connections, pollIntervalMs](const StepEnvironment &env) {
        auto schedule = [read = env.readState, pollIntervalMs] {
            return FlowSchedule::current(read,
                OrderJobs::Flow,
                pollIntervalMs > 0 ? std::optional(FlowSchedule::every(pollIntervalMs)) : std::nullopt);
        };
        return std::make_unique<PollOrdersStep>(
            std::make_unique<Connectors::ShopifyClient>(env.network, connections.shopify, env.context), schedule);
    });
    registry.add(OrderJobs::Flow, OrderJobs::CreateSaleOrderStep, [connections](const StepEnvironment &env) {
        return std::make_unique<CreateSaleOrderStep>(
            std::make_unique<Connectors::OdooClient>(env.network, connections.odoo, env.context));
    });
    FulfilmentSettings fulfilment;
    fulfilment.shipmentPollMs = pollIntervalMs;
    fulfilment.routing = routing;
    registerFulfilmentFlow(registry, connections, fulfilment);
}

QList<NewJob> orderFlowRecurringJobs()
{
    return QList<NewJob> { PollOrdersStep::firstPoll() } + fulfilmentRecurringJobs();
}

} // namespace Quayside
