#include "core/store/storeerror.h"

namespace Quayside {

StoreError StoreError::fromSql(const QSqlError &error, const QString &context)
{
    StoreError e;
    const QString native = error.nativeErrorCode();
    bool ok = false;
    const int code = native.toInt(&ok) & 0xff; // SQLite primary result code (extended codes keep it low)
    const QString text = error.text().toLower();
    if (ok && (code == 5 || code == 6))
        e.kind = Kind::Locked; // SQLITE_BUSY, SQLITE_LOCKED
    else if (ok && code == 13)
        e.kind = Kind::DiskFull; // SQLITE_FULL
    else if (ok && code == 8)
        e.kind = Kind::ReadOnly; // SQLITE_READONLY
    else if (ok && (code == 11 || code == 26))
        e.kind = Kind::Corrupt; // SQLITE_CORRUPT, SQLITE_NOTADB
    else if (native == QLatin1String("53100"))
        e.kind = Kind::DiskFull; // PostgreSQL disk_full
    else if (native == QLatin1String("25006"))
        e.kind = Kind::ReadOnly; // PostgreSQL read_only_sql_transaction
    else if (native == QLatin1String("55P03") || native == QLatin1String("40P01") || native == QLatin1String("40001"))
        e.kind = Kind::Locked; // lock_not_available, deadlock, serialization failure: try again
    else if (text.contains(QLatin1String("database is locked")))
        e.kind = Kind::Locked;
    else if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("no space")))
        e.kind = Kind::DiskFull;
    else if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        e.kind = Kind::ReadOnly;
    e.message = context + QStringLiteral(": ") + error.text().trimmed();
    return e;
}

QString toString(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::CannotOpen:
        return QStringLiteral("cannot_open");
    case StoreError::Kind::NotWritable:
        return QStringLiteral("not_writable");
    case StoreError::Kind::NotAQuaysideDatabase:
        return QStringLiteral("not_a_quayside_database");
    case StoreError::Kind::Corrupt:
        return QStringLiteral("corrupt");
    case StoreError::Kind::NewerSchema:
        return QStringLiteral("newer_schema");
    case StoreError::Kind::Locked:
        return QStringLiteral("locked");
    case StoreError::Kind::DiskFull:
        return QStringLiteral("disk_full");
    case StoreError::Kind::ReadOnly:
        return QStringLiteral("read_only");
    case StoreError::Kind::Migration:
        return QStringLiteral("migration");
    case StoreError::Kind::Query:
        return QStringLiteral("query");
    }
    return QStringLiteral("query");
}

} // namespace Quayside
