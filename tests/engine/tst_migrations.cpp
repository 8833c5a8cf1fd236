#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

#include "tests/support/teststore.h"

using namespace Quayside;

class TestMigrations : public QObject
{
    Q_OBJECT

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void freshDatabaseGetsLatestSchema()
    {
        QUAYSIDE_SQLITE_ONLY();
        QTemporaryDir dir;
        const auto config = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("nested/q.sqlite")));
        QVERIFY(!Database::openAndMigrate(config, QStringLiteral("m1")));
        {
            QSqlDatabase db = Database::connection(QStringLiteral("m1"));
            int version = -1;
            QVERIFY(!Migrations::currentVersion(db, &version));
            QCOMPARE(version, Migrations::latestVersion());
            for (const auto &table :
                { "jobs", "inbound_events", "job_attempts", "audit_log", "cursors", "telemetry_counts" })
                QVERIFY2(db.tables().contains(QString::fromLatin1(table)), table);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
        }
        Database::close(QStringLiteral("m1"));
        // Opening again migrates nothing and keeps the data.
        QVERIFY(!Database::openAndMigrate(config, QStringLiteral("m2")));
        {
            QSqlQuery q(Database::connection(QStringLiteral("m2")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
            QCOMPARE(q.value(0).toInt(), Migrations::all().size());
        }
        Database::close(QStringLiteral("m2"));
    }

    // A console that always reads keeps SQLite from restarting its log; the trim waits for a moment
    // without readers and truncates the log, keeping every row.
    void writeAheadLogIsTrimmedOnceReadersLetGo()
    {
        QTemporaryDir dir;
        const auto config = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("q.sqlite")));
        QVERIFY(!Database::openAndMigrate(config, QStringLiteral("wal-w")));
        QVERIFY(!Database::open(config, QStringLiteral("wal-r")));
        QSqlDatabase writer = Database::connection(QStringLiteral("wal-w"));
        QSqlDatabase reader = Database::connection(QStringLiteral("wal-r"));
        QSqlQuery w(writer);
        QVERIFY(w.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(reader.transaction());
        QSqlQuery r(reader);
        QVERIFY(r.exec(QStringLiteral("SELECT COUNT(*) FROM jobs")) && r.next()); // holds a snapshot
        const QString body(4000, QLatin1Char('x'));
        for (int i = 0; i < 600; ++i) {
            w.prepare(QStringLiteral("INSERT INTO filler (body) VALUES (?)"));
            w.addBindValue(body);
            QVERIFY(w.exec());
        }
        const QString walPath = config.sqlitePath + QStringLiteral("-wal");
        QVERIFY(QFileInfo(walPath).size() > 2 * 1024 * 1024);
        bool trimmed = true;
        QVERIFY(!Database::trimWriteAheadLog(config, QStringLiteral("wal-w"), 1024 * 1024, &trimmed));
        QVERIFY(!trimmed); // the reader's snapshot still needs the log
        r.finish();
        QVERIFY(reader.commit());
        QVERIFY(!Database::trimWriteAheadLog(config, QStringLiteral("wal-w"), 1024 * 1024, &trimmed));
        QVERIFY(trimmed);
        QCOMPARE(QFileInfo(walPath).size(), 0);
        QVERIFY(!Database::trimWriteAheadLog(config, QStringLiteral("wal-w"), 1024 * 1024, &trimmed));
        QVERIFY(!trimmed); // small enough: nothing to do
        QVERIFY(r.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && r.next());
        QCOMPARE(r.value(0).toInt(), 600);
        r.finish();
        w.finish();
        Database::close(QStringLiteral("wal-r"));
        Database::close(QStringLiteral("wal-w"));
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QUAYSIDE_SQLITE_ONLY();
        QTemporaryDir dir;
        const auto config = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("q.sqlite")));
        QVERIFY(!Database::openAndMigrate(config, QStringLiteral("n1")));
        {
            QSqlQuery q(Database::connection(QStringLiteral("n1")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        Database::close(QStringLiteral("n1"));
        const QByteArray before = fileHash(config.sqlitePath);
        const auto error = Database::openAndMigrate(config, QStringLiteral("n2"));
        Database::close(QStringLiteral("n2"));
        QVERIFY(error);
        QCOMPARE(toString(error->kind), toString(StoreError::Kind::NewerSchema));
        QVERIFY2(error->message.contains(QLatin1String("999")), qPrintable(error->message));
        QVERIFY(error->message.contains(QLatin1String("untouched")));
        QCOMPARE(fileHash(config.sqlitePath), before);
    }

    void badFilesAreRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("expectedKind");
        QByteArray garbage(64 * 1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) & 0xff);
        QTest::newRow("random bytes") << garbage << int(StoreError::Kind::Corrupt);
        QByteArray truncatedHeader = QByteArray("SQLite format 3") + '\0' + QByteArray(100, '\xff');
        QTest::newRow("torn header") << truncatedHeader << int(StoreError::Kind::Corrupt);
        QTest::newRow("another program's database") << QByteArray() << int(StoreError::Kind::NotAQuaysideDatabase);
    }

    void badFilesAreRefusedAndUntouched()
    {
        QUAYSIDE_SQLITE_ONLY();
        QFETCH(QByteArray, contents);
        QFETCH(int, expectedKind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q.sqlite"));
        if (contents.isEmpty()) {
            // A valid SQLite file with someone else's tables.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices VALUES (1, 9.5)")));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents);
        }
        const QByteArray before = fileHash(path);
        const auto error = Database::openAndMigrate(DatabaseConfig::sqlite(path), QStringLiteral("bad"));
        Database::close(QStringLiteral("bad"));
        QVERIFY(error);
        QCOMPARE(int(error->kind), expectedKind);
        QVERIFY2(error->message.contains(path), qPrintable(error->message));
        QCOMPARE(fileHash(path), before);
    }

    void unwritableDataDirectoryIsReported()
    {
        QUAYSIDE_SQLITE_ONLY();
        QTemporaryDir dir;
        // A regular file where a folder should be: no folder can be made there, even as root.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto error = Database::openAndMigrate(
            DatabaseConfig::sqlite(blocker + QStringLiteral("/data/q.sqlite")), QStringLiteral("unwritable"));
        Database::close(QStringLiteral("unwritable"));
        QVERIFY(error);
        QCOMPARE(toString(error->kind), toString(StoreError::Kind::NotWritable));
        QVERIFY2(error->message.contains(QLatin1String("data folder")), qPrintable(error->message));
    }

    void urlsAreParsed()
    {
        QString error;
        // A password in the URL would end up in settings, shell history and `ps`: refused, without echoing it.
        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("postgresql://ops:secret@db.local:5433/quayside"), &error));
        QVERIFY2(
            error.contains(QLatin1String("PGPASSFILE")) && !error.contains(QLatin1String("secret")), qPrintable(error));
        error.clear();
        auto pg = DatabaseConfig::fromUrl(QStringLiteral("postgresql://ops@db.local:5433/quayside"), &error);
        QVERIFY(pg);
        QCOMPARE(pg->user, QStringLiteral("ops"));
        QCOMPARE(pg->url(), QStringLiteral("postgresql://ops@db.local:5433/quayside"));
        QCOMPARE(pg->dialect, Dialect::Postgres);
        QCOMPARE(pg->host, QStringLiteral("db.local"));
        QCOMPARE(pg->port, 5433);
        QCOMPARE(pg->databaseName, QStringLiteral("quayside"));
        auto lite = DatabaseConfig::fromUrl(QStringLiteral("/tmp/q.sqlite"), &error);
        QVERIFY(lite);
        QCOMPARE(lite->dialect, Dialect::Sqlite);
        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("postgresql://nohost"), &error));
        QVERIFY(!error.isEmpty());
    }

    // Team mode: workers that start together on a new PostgreSQL database migrate it exactly once.
    void postgresIsMigratedOnceByWorkersStartingTogether()
    {
        if (!TestStore::postgresRequested())
            QSKIP("PostgreSQL only (tst_migrations_pg)");
        DatabaseConfig config;
        QTemporaryDir dir;
        QUAYSIDE_FRESH_STORE(config, dir, QStringLiteral("together"));
        std::atomic<int> failures { 0 };
        std::vector<std::unique_ptr<QThread>> workers;
        for (int w = 0; w < 4; ++w) {
            workers.emplace_back(QThread::create([config, w, &failures] {
                const QString name = QStringLiteral("together%1").arg(w);
                if (auto e = Database::openAndMigrate(config, name)) {
                    qWarning("worker %d: %s", w, qPrintable(e->message));
                    ++failures;
                }
                Database::close(name);
            }));
        }
        for (auto &worker : workers)
            worker->start();
        for (auto &worker : workers)
            QVERIFY(worker->wait(60000));
        QCOMPARE(failures.load(), 0);
        QVERIFY(!Database::open(config, QStringLiteral("together")));
        {
            QSqlQuery q(Database::connection(QStringLiteral("together")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_migrations")) && q.next());
            QCOMPARE(q.value(0).toInt(), Migrations::all().size());
            QCOMPARE(q.value(1).toInt(), Migrations::latestVersion());
        }
        Database::close(QStringLiteral("together"));
    }

    void postgresDatabaseOfAnotherProgramIsRefused()
    {
        if (!TestStore::postgresRequested())
            QSKIP("PostgreSQL only (tst_migrations_pg)");
        DatabaseConfig config;
        QTemporaryDir dir;
        QUAYSIDE_FRESH_STORE(config, dir, QStringLiteral("foreign"));
        QVERIFY(!Database::open(config, QStringLiteral("foreign")));
        {
            QSqlQuery q(Database::connection(QStringLiteral("foreign")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY, total NUMERIC)")));
        }
        Database::close(QStringLiteral("foreign"));
        const auto error = Database::openAndMigrate(config, QStringLiteral("foreign2"));
        Database::close(QStringLiteral("foreign2"));
        QVERIFY(error);
        QCOMPARE(toString(error->kind), toString(StoreError::Kind::NotAQuaysideDatabase));
        QVERIFY(!Database::open(config, QStringLiteral("foreign3")));
        QCOMPARE(Database::connection(QStringLiteral("foreign3")).tables(), QStringList { QStringLiteral("invoices") });
        Database::close(QStringLiteral("foreign3"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
