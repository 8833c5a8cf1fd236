#pragma once

#include "core/store/database.h"

#include <QList>
#include <QString>

namespace Quayside {

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString action; // "job.replay", "job.resolve", "mapping.publish", ...
    QString target; // "job:42"
    QString before; // JSON of what the action changed, before and after
    QString after;
    QString note;
    QString prevHash;
    QString hash;
};

// Append-only operator audit trail. Each entry's hash covers the previous entry's hash, so editing or
// deleting a row breaks the chain, which verify() detects.
class AuditLog
{
public:
    // Appends inside the caller's open write transaction, so the action and its record commit together.
    static std::optional<StoreError> append(QSqlDatabase db, AuditEntry entry);
    static QList<AuditEntry> entries(QSqlDatabase db, int limit = 1000, qint64 beforeId = 0);
    // The id of the first entry whose hash does not match, or 0 when the chain is intact.
    static qint64 verify(QSqlDatabase db, QString *problem = nullptr);
    static QString computeHash(const AuditEntry &e);
};

} // namespace Quayside
