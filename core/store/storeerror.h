#pragma once

#include <QSqlError>
#include <QString>

namespace Quayside {

// What went wrong with the store, classified so the engine can decide: pause and wait (locked, disk
// full, read-only), or stop and tell the user (corrupt, foreign or newer file).
struct StoreError
{
    enum class Kind {
        CannotOpen,
        NotWritable,
        NotAQuaysideDatabase,
        Corrupt,
        NewerSchema,
        Locked,
        DiskFull,
        ReadOnly,
        Migration,
        Query,
    };
    Kind kind = Kind::Query;
    QString message;

    // True when waiting can fix it without the user changing anything but the environment.
    bool isTransient() const { return kind == Kind::Locked || kind == Kind::DiskFull || kind == Kind::ReadOnly; }
    static StoreError fromSql(const QSqlError &error, const QString &context);
};

QString toString(StoreError::Kind kind);

} // namespace Quayside
