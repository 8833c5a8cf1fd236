#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/connections.h"
#include "core/flows/settlement/settlementsettings.h"

namespace Quayside {

// Shopify Payments payouts against Odoo's books, in batch (default 06:00): poll_payouts → read_payout →
// match_payout (settlementsteps.h).
void registerSettlementFlow(StepRegistry &registry, const Connections &connections, const SettlementSettings &settings);
QList<NewJob> settlementFlowRecurringJobs(const SettlementSettings &settings);

} // namespace Quayside
