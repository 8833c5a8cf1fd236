#pragma once

#include "core/store/database.h"

#include <QIODevice>
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

// Which entries to read: each set part must match (action and actor exactly, text anywhere in the
// target, note, actor or the before/after states, case-insensitively for ASCII).
struct AuditFilter
{
    QString action;
    QString actor;
    QString text;
    bool operator==(const AuditFilter &) const = default;
};

// Append-only operator audit trail. Each entry's hash covers the previous entry's hash, so editing or
// deleting a row breaks the chain, which verify() detects.
class AuditLog
{
public:
    static inline const QString kLockKey = QStringLiteral("quayside:audit"); // Database::lockKey of the chain
    // Appends inside the caller's open write transaction, so the action and its record commit together.
    static std::optional<StoreError> append(QSqlDatabase db, AuditEntry entry);
    static QList<AuditEntry> entries(QSqlDatabase db, int limit = 1000, qint64 beforeId = 0);
    // Newest first: entries older than `beforeId` (0: from the newest), or newer than `afterId`.
    static QList<AuditEntry> entries(
        QSqlDatabase db, const AuditFilter &filter, int limit, qint64 beforeId, qint64 afterId = 0);
    // The distinct actions and actors recorded, sorted, for filters.
    static QStringList distinctValues(QSqlDatabase db, const QString &column);
    // Every entry the filter matches, oldest first, as CSV (RFC 4180, UTF-8, header row). A field that
    // a spreadsheet would run as a formula (= + - @ first) is prefixed with ' so opening it is safe.
    static bool writeCsv(QSqlDatabase db, const AuditFilter &filter, QIODevice *out, QString *error);
    // writeCsv to `path` on a connection of its own, so it may run on any thread; the file appears
    // whole or not at all (QSaveFile).
    static bool exportCsv(
        const DatabaseConfig &database, const AuditFilter &filter, const QString &path, QString *error);
    // The id of the first entry whose hash does not match, or 0 when the chain is intact.
    static qint64 verify(QSqlDatabase db, QString *problem = nullptr);
    static QString computeHash(const AuditEntry &e);
};

} // namespace Quayside
