#pragma once

#include "core/engine/engine.h"

#include <QString>

namespace Quayside {

// Where Quayside keeps its files, and the engine configuration derived from the command line.
struct AppPaths
{
    QString dataDir; // store, logs
    QString logDir;
    QString defaultDatabase() const;

    // The platform's per-user data folder unless overridden; errors name the folder.
    static AppPaths resolve(const QString &overrideDir);
    // Creates the folders and proves they can be written to.
    bool ensureWritable(QString *error) const;
};

// The lanes every installation has: one per connected system. Several shops or 3PL accounts add lanes.
// The lanes follow the connections' limits: Odoo's calls in flight, ShipBob's request window.
QList<LaneConfig> defaultLanes(int odooConcurrency = 4, int shipbobRequestsPerMinute = 150);

} // namespace Quayside
