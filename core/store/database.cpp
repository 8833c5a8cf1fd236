#include "core/store/database.h"

#include "core/logging/logging.h"
#include "core/store/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Quayside {

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig c;
    c.dialect = Dialect::Sqlite;
    c.sqlitePath = path;
    return c;
}

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url, QString *error)
{
    if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2) {
            if (error)
                *error = QStringLiteral("Expected postgresql://user@host:port/database, got %1")
                             .arg(u.toDisplayString(QUrl::RemovePassword));
            return std::nullopt;
        }
        if (!u.password().isEmpty()) {
            // A URL ends up in settings, configuration files, shell history and `ps`; libpq reads the
            // password from PGPASSFILE (or ~/.pgpass) instead.
            if (error)
                *error = QStringLiteral("The database URL must not contain a password; put it in the file "
                                        "PGPASSFILE names (or ~/.pgpass)");
            return std::nullopt;
        }
        DatabaseConfig c;
        c.dialect = Dialect::Postgres;
        c.host = u.host();
        c.port = u.port(5432);
        c.databaseName = u.path().mid(1);
        c.user = u.userName();
        return c;
    }
    QString path = url;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = QUrl(url).toLocalFile();
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("No database path given");
        return std::nullopt;
    }
    return sqlite(path);
}

QString DatabaseConfig::describe() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(sqlitePath));
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

QString DatabaseConfig::url() const
{
    if (dialect == Dialect::Sqlite)
        return sqlitePath;
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setHost(host);
    u.setPort(port);
    u.setPath(QLatin1Char('/') + databaseName);
    return u.toString();
}

namespace {

std::optional<StoreError> exec(QSqlDatabase &db, const QString &sql, const QString &context)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return StoreError::fromSql(q.lastError(), context);
    return std::nullopt;
}

std::optional<StoreError> checkSqliteLocation(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return StoreError { StoreError::Kind::CannotOpen, QStringLiteral("%1 is not a file").arg(path) };
        if (!info.isWritable())
            return StoreError { StoreError::Kind::ReadOnly, QStringLiteral("The database %1 is read-only").arg(path) };
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return StoreError { StoreError::Kind::CannotOpen,
                QStringLiteral("Cannot read %1: %2").arg(path, probe.errorString()) };
        return std::nullopt;
    }
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        return StoreError { StoreError::Kind::NotWritable,
            QStringLiteral("Cannot create the data folder %1").arg(dir) };
    const QFileInfo dirInfo(dir);
    if (!dirInfo.isWritable())
        return StoreError { StoreError::Kind::NotWritable,
            QStringLiteral("The data folder %1 is not writable").arg(dir) };
    return std::nullopt;
}

std::optional<StoreError> openConnection(const DatabaseConfig &config, const QString &name, QSqlDatabase *out)
{
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    QSqlDatabase db;
    if (config.dialect == Dialect::Sqlite) {
        if (auto error = checkSqliteLocation(config.sqlitePath))
            return error;
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.databaseName);
        db.setUserName(config.user);
        db.setPassword(config.password);
    }
    if (!db.isValid())
        return StoreError { StoreError::Kind::CannotOpen,
            QStringLiteral("The Qt SQL driver for %1 is not installed").arg(config.describe()) };
    if (!db.open())
        return StoreError::fromSql(db.lastError(), QStringLiteral("Opening %1").arg(config.describe()));
    *out = db;
    return std::nullopt;
}

std::optional<StoreError> configureSqlite(QSqlDatabase &db, const DatabaseConfig &config)
{
    // WAL lets readers (the console) run beside the writer; NORMAL sync in WAL mode survives a killed
    // process without losing commits. Intake re-polls with an overlap window, which covers the last
    // commits an OS crash could drop.
    for (const auto &pragma : { QStringLiteral("PRAGMA journal_mode=WAL"),
             QStringLiteral("PRAGMA synchronous=NORMAL"),
             QStringLiteral("PRAGMA foreign_keys=ON") }) {
        if (auto error = exec(db, pragma, QStringLiteral("Configuring %1").arg(config.describe())))
            return error;
    }
    return std::nullopt;
}

} // namespace

std::optional<StoreError> Database::trimWriteAheadLog(
    const DatabaseConfig &config, const QString &connectionName, qint64 limitBytes, bool *trimmed)
{
    // SQLite's automatic checkpoints copy the log back but restart it only when no reader holds an old
    // snapshot; with consoles polling every second and lanes writing, that moment may never come and the
    // log grows until the disk is full. A TRUNCATE checkpoint waits (busy timeout) for that moment.
    *trimmed = false;
    if (config.dialect != Dialect::Sqlite || QFileInfo(config.sqlitePath + QStringLiteral("-wal")).size() < limitBytes)
        return std::nullopt;
    // Writers wait while the checkpoint waits for readers, so it waits briefly and tries again later
    // rather than holding the lanes up for the whole busy timeout.
    QSqlQuery q(connection(connectionName));
    int busyTimeout = 10000;
    if (q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next())
        busyTimeout = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA busy_timeout=500"));
    const bool ran = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next();
    const QSqlError error = q.lastError();
    *trimmed = ran && q.value(0).toInt() == 0; // 1: a reader still holds an old snapshot
    q.finish();
    q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeout));
    if (!ran)
        return StoreError::fromSql(error, QStringLiteral("Trimming the write-ahead log"));
    return std::nullopt;
}

std::optional<StoreError> Database::open(const DatabaseConfig &config, const QString &connectionName)
{
    QSqlDatabase db;
    if (auto error = openConnection(config, connectionName, &db))
        return error;
    return config.dialect == Dialect::Sqlite ? configureSqlite(db, config) : std::nullopt;
}

std::optional<StoreError> Database::openAndMigrate(
    const DatabaseConfig &config, const QString &connectionName, bool verifyIntegrity)
{
    const bool existed = config.dialect == Dialect::Sqlite && QFileInfo::exists(config.sqlitePath)
        && QFileInfo(config.sqlitePath).size() > 0;
    QSqlDatabase db;
    if (auto error = openConnection(config, connectionName, &db))
        return error;

    if (config.dialect == Dialect::Sqlite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            auto e = StoreError::fromSql(q.lastError(), QStringLiteral("Reading %1").arg(config.describe()));
            if (e.kind == StoreError::Kind::Query)
                e.kind = StoreError::Kind::Corrupt;
            e.message = QStringLiteral("%1 is damaged or not a database; it was left untouched (%2)")
                            .arg(config.sqlitePath, e.message);
            return e;
        }
        const int appId = q.value(0).toInt();
        q.finish();
        if (existed && appId != kApplicationId && !db.tables().isEmpty()) {
            return StoreError { StoreError::Kind::NotAQuaysideDatabase,
                QStringLiteral("%1 is a database of another program; it was left untouched").arg(config.sqlitePath) };
        }
        if (existed && verifyIntegrity) {
            if (!q.exec(QStringLiteral("PRAGMA quick_check")))
                return StoreError { StoreError::Kind::Corrupt,
                    QStringLiteral("%1 is damaged (%2); it was left untouched")
                        .arg(config.sqlitePath, q.lastError().text()) };
            QStringList problems;
            while (q.next() && problems.size() < 5)
                problems << q.value(0).toString();
            if (problems != QStringList { QStringLiteral("ok") })
                return StoreError { StoreError::Kind::Corrupt,
                    QStringLiteral("%1 is damaged (%2); it was left untouched")
                        .arg(config.sqlitePath, problems.join(QStringLiteral("; "))) };
        }
    }

    int current = 0;
    if (auto error = Migrations::currentVersion(db, &current))
        return error;
    // Another worker may be creating the schema right now: its tables appear together with its history.
    if (config.dialect == Dialect::Postgres && current == 0 && !db.tables().isEmpty()
        && !db.tables().contains(QStringLiteral("schema_migrations"))) {
        return StoreError { StoreError::Kind::NotAQuaysideDatabase,
            QStringLiteral("%1 holds tables of another program; it was left untouched").arg(config.describe()) };
    }
    if (current > Migrations::latestVersion())
        return Migrations::migrate(db, config.dialect); // reports NewerSchema without writing

    // Only now that the file is known to be ours (or new) may anything write to it.
    if (config.dialect == Dialect::Sqlite) {
        if (auto error = configureSqlite(db, config))
            return error;
    }
    if (config.dialect == Dialect::Sqlite && current == 0) {
        if (auto error = exec(db,
                QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId),
                QStringLiteral("Marking the database")))
            return error;
    }
    return Migrations::migrate(db, config.dialect);
}

QSqlDatabase Database::connection(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

Dialect Database::dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::Postgres : Dialect::Sqlite;
}

std::optional<StoreError> Database::lockKey(QSqlDatabase db, const QString &key)
{
    if (dialectOf(db) != Dialect::Postgres)
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
    q.addBindValue(key);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Locking %1").arg(key));
    return std::nullopt;
}

bool Database::tryLockSession(QSqlDatabase db, const QString &key)
{
    if (dialectOf(db) != Dialect::Postgres)
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(hashtext(?))"));
    q.addBindValue(key);
    return q.exec() && q.next() && q.value(0).toBool();
}

void Database::unlockSession(QSqlDatabase db, const QString &key)
{
    if (dialectOf(db) != Dialect::Postgres)
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(hashtext(?))"));
    q.addBindValue(key);
    q.exec();
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

WriteTransaction::WriteTransaction(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{ }

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        rollback();
}

std::optional<StoreError> WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("Starting a transaction"));
    m_open = true;
    return std::nullopt;
}

std::optional<StoreError> WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        auto e = StoreError::fromSql(q.lastError(), QStringLiteral("Committing"));
        rollback();
        return e;
    }
    m_open = false;
    return std::nullopt;
}

void WriteTransaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace Quayside
