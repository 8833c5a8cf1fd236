#pragma once

#include <QString>
#include <QStringList>

namespace Quayside::Platform {

// "host:pid:nonce", naming the lease owner so a restarted process can tell its dead predecessor's leases
// (same host, pid gone) from a live worker's.
QString workerIdentity(const QString &role);
// Whether a lease owner named by workerIdentity() on this host is a process that no longer runs.
// ownLive: identities this process still uses; any other identity with our pid is a former incarnation
// (containers reuse pids across restarts).
bool isDeadLocalOwner(const QString &owner, const QStringList &ownLive);

} // namespace Quayside::Platform
