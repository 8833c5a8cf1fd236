#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/connections.h"
#include "core/flows/fulfilment/routingrules.h"

namespace Quayside {

struct FulfilmentSettings
{
    RoutingRules routing;
    qint64 shipmentPollMs = 0; // 0: the stored "shipments" schedule or its default
    bool notifyCustomer = true; // Shopify e-mails the customer the tracking number
};

// The fulfilment steps of the orders flow: route_order, create_3pl_order, poll_3pl_shipments, apply_shipment,
// fulfill_in_shopify, cancel_at_3pl, create_3pl_return, and for local pickups poll_pickups and
// mark_ready_for_pickup.
void registerFulfilmentFlow(StepRegistry &registry, const Connections &connections, const FulfilmentSettings &settings);
QList<NewJob> fulfilmentRecurringJobs();

} // namespace Quayside
