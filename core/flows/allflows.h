#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/connections.h"

#include <QJsonObject>

namespace Quayside {

// Every flow of the product on one set of connections: the order lifecycle (intake, fulfilment, after-
// sales) and inventory (stock push, reconciliation, catalog). `settings` holds the configuration file's
// flow sections ("routing", "inventory"); what is missing or unreadable keeps its default, with a warning.
void registerAllFlows(StepRegistry &registry, const Connections &connections, const QJsonObject &settings = {});
// The first jobs of every recurring chain (polls, reconciliation, catalog) and the start-up checks.
QList<NewJob> allRecurringJobs(const Connections &connections = {});

} // namespace Quayside
