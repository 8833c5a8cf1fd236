#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/connections.h"
#include "core/flows/inventory/inventorysettings.h"

namespace Quayside {

// The inventory flow (Odoo stock → Shopify, near real-time, plus the three-way reconciliation) and the
// catalog link, bound to the connections and settings they use.
void registerInventoryFlow(StepRegistry &registry, const Connections &connections, const InventorySettings &settings);
// The stock poll, the reconciliation and the catalog sync: one chain each.
QList<NewJob> inventoryFlowRecurringJobs();

} // namespace Quayside
