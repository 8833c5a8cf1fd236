#include "core/flows/settlement/settlementflow.h"

#include "core/flows/laneclients.h"
#include "core/flows/schedule.h"
#include "core/flows/settlement/settlementjobs.h"
#include "core/flows/settlement/settlementsteps.h"

namespace Quayside {

void registerSettlementFlow(StepRegistry &registry, const Connections &connections, const SettlementSettings &settings)
{
    const auto odoo = [connections](const StepEnvironment &env) {
        return laneClient<Connectors::OdooClient>(env, connections.odoo, QStringLiteral("odoo"));
    };
    const auto shopify = [connections](const StepEnvironment &env) {
        return laneClient<Connectors::ShopifyClient>(env, connections.shopify, QStringLiteral("shopify"));
    };
    registry.add(SettlementJobs::Flow, SettlementJobs::PollStep, [shopify, settings](const StepEnvironment &env) {
        return std::make_unique<PollPayoutsStep>(shopify(env),
            settings,
            env,
            FlowSchedule::source(env.readState, SettlementJobs::Flow, settings.pollIntervalMs));
    });
    registry.add(SettlementJobs::Flow, SettlementJobs::ReadStep, [shopify](const StepEnvironment &env) {
        return std::make_unique<ReadPayoutStep>(shopify(env));
    });
    registry.add(SettlementJobs::Flow, SettlementJobs::MatchStep, [odoo, settings](const StepEnvironment &env) {
        return std::make_unique<MatchPayoutStep>(odoo(env), settings, env);
    });
}

QList<NewJob> settlementFlowRecurringJobs(const SettlementSettings &settings)
{
    if (!settings.enabled)
        return {};
    return { SettlementJobs::firstPoll() };
}

} // namespace Quayside
