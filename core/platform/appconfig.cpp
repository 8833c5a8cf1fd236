#include "core/platform/appconfig.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace Quayside {

QString AppPaths::defaultDatabase() const
{
    return QDir(dataDir).filePath(QStringLiteral("quayside.sqlite"));
}

AppPaths AppPaths::resolve(const QString &overrideDir)
{
    AppPaths p;
    p.dataDir = overrideDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : overrideDir;
    p.dataDir = QDir(p.dataDir).absolutePath();
    p.logDir = QDir(p.dataDir).filePath(QStringLiteral("logs"));
    return p;
}

bool AppPaths::ensureWritable(QString *error) const
{
    for (const QString &dir : { dataDir, logDir }) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QStringLiteral("Cannot create the folder %1. Choose another with --data-dir.")
                             .arg(QDir::toNativeSeparators(dir));
            return false;
        }
        QFile probe(QDir(dir).filePath(QStringLiteral(".write-test")));
        if (!probe.open(QIODevice::WriteOnly) || probe.write("ok", 2) != 2) {
            if (error)
                *error = QStringLiteral("The folder %1 is not writable (%2). Choose another with --data-dir.")
                             .arg(QDir::toNativeSeparators(dir), probe.errorString());
            return false;
        }
        probe.close();
        probe.remove();
    }
    return true;
}

QList<LaneConfig> defaultLanes(int odooConcurrency, int shipbobRequestsPerMinute)
{
    LaneConfig shopify;
    shopify.name = QStringLiteral("shopify");
    shopify.maxInFlight = 4;
    LaneConfig odoo;
    odoo.name = QStringLiteral("odoo");
    odoo.maxInFlight = odooConcurrency; // Odoo's workers are the bottleneck; a cap per database keeps it responsive
    LaneConfig shipbob;
    shipbob.name = QStringLiteral("shipbob");
    shipbob.ratePerSecond = shipbobRequestsPerMinute / 60.0;
    shipbob.burst = std::max(5, shipbobRequestsPerMinute / 30);
    // Two in flight fill the default window; a larger allowance needs more to stay busy.
    shipbob.maxInFlight = std::clamp(shipbobRequestsPerMinute / 75, 2, 8);
    return { shopify, odoo, shipbob };
}

} // namespace Quayside
