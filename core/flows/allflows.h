#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/connections.h"

#include <QJsonObject>

namespace Quayside {

// Every flow of the product on one set of connections: the order lifecycle (intake, fulfilment, after-
// sales), inventory (stock push, reconciliation, catalog) and settlement (payouts against the books).
// `settings` holds the configuration file's flow sections ("routing", "inventory", "settlement"); what is missing or
// unreadable keeps its default, with a warning.
void registerAllFlows(StepRegistry &registry, const Connections &connections, const QJsonObject &settings = {});
// The first jobs of every recurring chain (polls, reconciliation, catalog, settlement) and the start-up
// checks; `settings` as for registerAllFlows (a disabled settlement has no poll).
QList<NewJob> allRecurringJobs(const Connections &connections = {}, const QJsonObject &settings = {});

} // namespace Quayside
