#pragma once

// The store a test runs on: SQLite in the test's temporary folder (default), or a new, empty database on
// the PostgreSQL test cluster when QUAYSIDE_TEST_BACKEND=postgres (ctest's *_pg tests, fixture
// `postgres`, see scripts/pg-test-cluster.sh). The cluster's URL comes from QUAYSIDE_TEST_PG_URL or the
// file QUAYSIDE_TEST_PG_STATE/url; its password from PGPASSFILE (libpq reads it).

#include "core/store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace Quayside::TestStore {

inline bool postgresRequested()
{
    return qEnvironmentVariable("QUAYSIDE_TEST_BACKEND") == QLatin1String("postgres");
}

// The cluster's URL, or empty with *why saying what is missing.
inline QString clusterUrl(QString *why)
{
    QString url = qEnvironmentVariable("QUAYSIDE_TEST_PG_URL");
    const QString state = qEnvironmentVariable("QUAYSIDE_TEST_PG_STATE");
    if (url.isEmpty() && !state.isEmpty()) {
        QFile file(state + QStringLiteral("/url"));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
        QFile unavailable(state + QStringLiteral("/unavailable"));
        if (url.isEmpty() && unavailable.open(QIODevice::ReadOnly))
            *why = QString::fromUtf8(unavailable.readAll()).trimmed();
    }
    if (url.isEmpty() && why->isEmpty())
        *why = QStringLiteral("no PostgreSQL test cluster (QUAYSIDE_TEST_PG_URL is not set; "
                              "run through ctest or scripts/pg-test-cluster.sh run)");
    return url;
}

// A new, empty PostgreSQL database on the cluster, named after `name` and this process (tests run in
// parallel). nullopt with *why set when there is no cluster.
inline std::optional<DatabaseConfig> freshPostgres(const QString &name, QString *why)
{
    const QString url = clusterUrl(why);
    if (url.isEmpty())
        return std::nullopt;
    auto admin = DatabaseConfig::fromUrl(url, why);
    if (!admin)
        return std::nullopt;
    const QString connection = QStringLiteral("teststore-admin");
    if (auto e = Database::open(*admin, connection)) {
        *why = e->message;
        return std::nullopt;
    }
    QString database = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(name).toLower();
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    {
        QSqlQuery q(Database::connection(connection));
        const bool ok = q.exec(QStringLiteral("SET client_min_messages = warning"))
            && q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database))
            && q.exec(QStringLiteral("CREATE DATABASE %1").arg(database));
        if (!ok)
            *why = q.lastError().text();
    }
    Database::close(connection);
    if (!why->isEmpty())
        return std::nullopt;
    DatabaseConfig config = *admin;
    config.databaseName = database;
    return config;
}

// A new, empty store named `name` on the backend asked for; nullopt (and *why) when that is PostgreSQL
// and there is none.
inline std::optional<DatabaseConfig> fresh(const QTemporaryDir &dir, const QString &name, QString *why)
{
    if (postgresRequested())
        return freshPostgres(name, why);
    return DatabaseConfig::sqlite(dir.filePath(name + QStringLiteral(".sqlite")));
}

// A new, empty store for one test. Skips the test when PostgreSQL is asked for but not there.
#define QUAYSIDE_FRESH_STORE(config, dir, name)                                                                        \
    do {                                                                                                               \
        if (Quayside::TestStore::postgresRequested()) {                                                                \
            QString why_;                                                                                              \
            const auto pg_ = Quayside::TestStore::freshPostgres((name), &why_);                                        \
            if (!pg_)                                                                                                  \
                QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: ") + why_));                                \
            (config) = *pg_;                                                                                           \
        } else {                                                                                                       \
            (config) = Quayside::DatabaseConfig::sqlite((dir).filePath((name) + QStringLiteral(".sqlite")));           \
        }                                                                                                              \
    } while (false)

// Skips the test when PostgreSQL is asked for but not there (for tests that make stores with fresh()).
#define QUAYSIDE_REQUIRE_BACKEND()                                                                                     \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        if (Quayside::TestStore::postgresRequested() && Quayside::TestStore::clusterUrl(&why_).isEmpty())              \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: ") + why_));                                    \
    } while (false)

// For tests whose subject only exists on SQLite (the file checks, PRAGMAs).
#define QUAYSIDE_SQLITE_ONLY()                                                                                         \
    do {                                                                                                               \
        if (Quayside::TestStore::postgresRequested())                                                                  \
            QSKIP("SQLite only: this test is about the store file");                                                   \
    } while (false)

} // namespace Quayside::TestStore
