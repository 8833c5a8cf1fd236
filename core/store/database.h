#pragma once

#include "core/store/storeerror.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Quayside {

enum class Dialect { Sqlite, Postgres };

struct DatabaseConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    // PostgreSQL (team mode); the password never comes from a URL stored in settings but from the keychain.
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;

    static DatabaseConfig sqlite(const QString &path);
    // "postgresql://user@host:port/db" or a path / "sqlite:///path" for SQLite.
    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);
    QString describe() const; // for logs and the status bar: never contains the password
    QString url() const; // what fromUrl reads back, without the password
};

// A QSqlDatabase per thread: QtSql connections must never cross threads, so every worker opens its own
// under a unique name and closes it when it ends.
class Database
{
public:
    // Opens an existing or new store and brings its schema up to date. Refuses (and never touches) files
    // that are not Quayside stores, are corrupt, or were written by a newer Quayside.
    static std::optional<StoreError> openAndMigrate(
        const DatabaseConfig &config, const QString &connectionName, bool verifyIntegrity = true);
    // Opens a connection to an already migrated store.
    static std::optional<StoreError> open(const DatabaseConfig &config, const QString &connectionName);
    static QSqlDatabase connection(const QString &connectionName);
    static void close(const QString &connectionName);
    // SQLite: when the write-ahead log has grown past `limitBytes`, checkpoints it and truncates it to
    // zero. *trimmed says whether it did (false: small enough, or a reader still holds an old snapshot).
    static std::optional<StoreError> trimWriteAheadLog(
        const DatabaseConfig &config, const QString &connectionName, qint64 limitBytes, bool *trimmed);
    static Dialect dialectOf(const QSqlDatabase &db);

    // Serialises the writers of one key until the end of the current transaction. SQLite's BEGIN
    // IMMEDIATE already admits one writer at a time; PostgreSQL's READ COMMITTED lets transactions
    // interleave, so read-modify-write sequences (audit chain, flow-state merge, a partition's job ids)
    // take a transaction-scoped advisory lock there.
    static std::optional<StoreError> lockKey(QSqlDatabase db, const QString &key);
    // Holds `key` for this connection's session until unlockSession or the connection ends (PostgreSQL:
    // a session advisory lock, released by the server when a worker dies). Always true on SQLite, where
    // one process owns the store.
    static bool tryLockSession(QSqlDatabase db, const QString &key);
    static void unlockSession(QSqlDatabase db, const QString &key);

    static constexpr int kApplicationId = 0x51594144; // "QYAD": marks a SQLite file as ours
};

// A write transaction. SQLite gets BEGIN IMMEDIATE so that two writers queue on the busy timeout rather
// than failing when a read lock would have to be upgraded.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, Dialect dialect);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    std::optional<StoreError> begin();
    std::optional<StoreError> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_open = false;
};

} // namespace Quayside
