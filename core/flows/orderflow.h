#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/connections.h"
#include "core/flows/fulfilment/routingrules.h"

namespace Quayside {

// The order flow's steps, bound to the connections they use. Each lane worker gets its own clients
// (created in its thread by the registry's factories). `pollIntervalMs` (tests) overrides the
// default poll intervals while the store holds no schedule; 0 keeps the defaults of FlowSchedule.
void registerOrderFlow(StepRegistry &registry,
    const Connections &connections,
    qint64 pollIntervalMs = 0,
    const RoutingRules &routing = {});
// The Odoo side of cancellations, invoicing, refunds and returns (part of registerOrderFlow).
void registerAfterSales(StepRegistry &registry, const Connections &connections);
// Jobs that must always exist for the flow to run (the Shopify poll; the webhook subscription check when a
// callback is configured); the engine adds any that are missing at start.
QList<NewJob> orderFlowRecurringJobs(const Connections &connections = {});

} // namespace Quayside
