#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

#include "testhandler.h"

using namespace Quayside;

// The store misbehaving under a running engine: locked by another program, or the disk full. The lanes
// pause with the reason, keep the outcomes they computed, and carry on by themselves once the store is
// usable again; every job completes once and none is lost.
class TestStoreFaults : public QObject
{
    Q_OBJECT

    QMutex m_mutex;
    QHash<qint64, int> m_runs; // job id -> executions

    // With followUpBytes, every enqueued job leaves a follow-up job carrying that much payload: the store
    // has to keep growing, so a full disk is met by the engine's next write whatever was preallocated.
    std::shared_ptr<StepRegistry> countingRegistry(int followUpBytes = 0)
    {
        auto registry = std::make_shared<StepRegistry>();
        registry->add(QStringLiteral("test"),
            QStringLiteral("work"),
            functionStep([this, followUpBytes](const JobRecord &j, StepCallback done) {
                {
                    QMutexLocker lock(&m_mutex);
                    ++m_runs[j.id];
                }
                QList<NewJob> followUps;
                if (followUpBytes > 0 && !j.correlationId.endsWith(QLatin1String("+"))) {
                    NewJob next = workJob(j.partitionKey, j.correlationId + QLatin1Char('+'), followUpBytes);
                    followUps << next;
                }
                // Slow enough that the store's trouble arrives mid-run.
                QTimer::singleShot(25, [done, followUps] { done(StepResult::done(followUps)); });
            }));
        return registry;
    }

    static NewJob workJob(const QString &partitionKey, const QString &correlationId, int payloadBytes)
    {
        NewJob j;
        j.flow = QStringLiteral("test");
        j.step = QStringLiteral("work");
        j.lane = QStringLiteral("odoo");
        j.partitionKey = partitionKey;
        j.correlationId = correlationId;
        j.payload = "{\"pad\":\"" + QByteArray(payloadBytes, 'x') + "\"}";
        return j;
    }

    static QList<NewJob> work(int partitions, int perPartition, int payloadBytes = 16)
    {
        QList<NewJob> jobs;
        for (int seq = 0; seq < perPartition; ++seq)
            for (int p = 0; p < partitions; ++p)
                jobs << workJob(QStringLiteral("p%1").arg(p), QStringLiteral("#%1-%2").arg(p).arg(seq), payloadBytes);
        return jobs;
    }

    static std::unique_ptr<Engine> makeEngine(
        const DatabaseConfig &db, std::shared_ptr<StepRegistry> registry, qint64 leaseMs = 60000)
    {
        EngineConfig config;
        config.database = db;
        LaneConfig lane;
        lane.name = QStringLiteral("odoo");
        lane.idlePollMs = 20;
        lane.leaseBatch = 4;
        lane.maxInFlight = 2;
        lane.leaseMs = leaseMs;
        config.lanes = { lane };
        config.drainMs = 200;
        return std::make_unique<Engine>(config, registry);
    }

    static std::unique_ptr<Engine> startEngine(
        const DatabaseConfig &db, std::shared_ptr<StepRegistry> registry, qint64 leaseMs = 60000)
    {
        auto engine = makeEngine(db, std::move(registry), leaseMs);
        QSignalSpy started(engine.get(), &Engine::started);
        engine->start();
        if (!started.wait(10000))
            qFatal("engine did not start: %s", qPrintable(engine->failureMessage()));
        return engine;
    }

    static QString pauseReason(const Engine &engine)
    {
        for (const LaneStatus &s : engine.laneStatuses())
            if (s.paused)
                return s.pauseReason;
        return {};
    }

    static qint64 done(JobStore &store) { return store.countByState().value(JobState::Done); }

    void checkEachRanOnce(int total)
    {
        QMutexLocker lock(&m_mutex);
        QCOMPARE(int(m_runs.size()), total);
        for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("job %1 ran %2 times").arg(it.key()).arg(it.value())));
    }

private Q_SLOTS:
    void init()
    {
        QMutexLocker lock(&m_mutex);
        m_runs.clear();
    }

    void lockedByAnotherProgram()
    {
        QTemporaryDir dir;
        const DatabaseConfig db = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("locked.sqlite")));
        QVERIFY(!Database::openAndMigrate(db, QStringLiteral("check")));
        {
            JobStore store(QStringLiteral("check"), Dialect::Sqlite);
            QVERIFY(!store.enqueue(work(20, 30)));
            auto engine = startEngine(db, countingRegistry());
            QTRY_VERIFY_WITH_TIMEOUT(done(store) >= 50, 10000);

            // Another program takes the write lock and holds it (a backup tool, a DB browser left open).
            {
                QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
                locker.setDatabaseName(db.sqlitePath);
                QVERIFY(locker.open());
                QSqlQuery q(locker);
                QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
                QTRY_VERIFY_WITH_TIMEOUT(pauseReason(*engine).contains(QLatin1String("locked")), 20000);
                const qint64 frozen = done(store);
                QTest::qWait(1000);
                QCOMPARE(done(store), frozen); // nothing is written, nothing is lost: it waits
                QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
                locker.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("locker"));

            QTRY_COMPARE_WITH_TIMEOUT(done(store), qint64(600), 60000);
            QTRY_VERIFY_WITH_TIMEOUT(pauseReason(*engine).isEmpty(), 5000);
            engine->shutdown();
        }
        Database::close(QStringLiteral("check"));
        checkEachRanOnce(600);
    }

    // Needs a small file system of its own: a tmpfs mount (root on Linux). Elsewhere it is skipped, saying so.
    void diskFull()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        if (QProcess::execute(QStringLiteral("mount"),
                { QStringLiteral("-t"),
                    QStringLiteral("tmpfs"),
                    QStringLiteral("-o"),
                    QStringLiteral("size=64m"),
                    QStringLiteral("tmpfs"),
                    mountPoint })
            != 0)
            QSKIP("cannot mount a small tmpfs here (needs root): disk full is not exercised");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), { mountPoint }); });

        const DatabaseConfig db = DatabaseConfig::sqlite(mountPoint + QStringLiteral("/full.sqlite"));
        QVERIFY(!Database::openAndMigrate(db, QStringLiteral("check")));
        {
            JobStore store(QStringLiteral("check"), Dialect::Sqlite);
            // About 15 s of work (each job leaves a follow-up of 16 KB): the disk fills mid-run.
            QVERIFY(!store.enqueue(work(20, 30, 512)));
            auto engine = startEngine(db, countingRegistry(16 * 1024));
            QTRY_VERIFY_WITH_TIMEOUT(done(store) >= 30, 10000);

            // Something else fills the disk.
            QFile filler(mountPoint + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size() && filler.flush()) { }
            filler.close();
            QTRY_VERIFY_WITH_TIMEOUT(!pauseReason(*engine).isEmpty(), 20000);
            QVERIFY2(pauseReason(*engine).contains(QLatin1String("full")), qPrintable(pauseReason(*engine)));
            QVERIFY(done(store) < 1200);

            // Space is freed; the engine carries on by itself.
            QVERIFY(filler.remove());
            QTRY_COMPARE_WITH_TIMEOUT(done(store), qint64(1200), 60000);
            QTRY_VERIFY_WITH_TIMEOUT(pauseReason(*engine).isEmpty(), 5000);
            engine->shutdown();
            QSqlQuery q(store.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        Database::close(QStringLiteral("check"));
        checkEachRanOnce(1200);
    }

    // The store turns read-only (a disk remounted read-only after an error, a permissions change, a
    // backup tool's lock) and the console is restarted on it. SQLite keeps the files it has open writable,
    // so a running engine only meets this when it opens the store: it says so (storeUnavailable, with the
    // reason), stays starting instead of failing, tries again by itself, and carries on once the store is
    // writable; every job completes once. As root (where file modes do not bind) on a tmpfs remounted
    // read-only; otherwise by file modes.
    void readOnlyStore()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const bool root = ::geteuid() == 0;
        const auto run = [](const QStringList &args) { return QProcess::execute(QStringLiteral("mount"), args) == 0; };
        if (root
            && !run({ QStringLiteral("-t"),
                QStringLiteral("tmpfs"),
                QStringLiteral("-o"),
                QStringLiteral("size=64m"),
                QStringLiteral("tmpfs"),
                folder }))
            QSKIP("cannot mount a tmpfs here as root: read-only is not exercised");
        const auto unmount = qScopeGuard([&] {
            if (root)
                QProcess::execute(QStringLiteral("umount"), { folder });
        });
        const DatabaseConfig db = DatabaseConfig::sqlite(folder + QStringLiteral("/ro.sqlite"));
        const auto setWritable = [&](bool writable) {
            if (root)
                return run({ QStringLiteral("-o"),
                    writable ? QStringLiteral("remount,rw") : QStringLiteral("remount,ro"),
                    folder });
            const auto file = writable ? QFileDevice::ReadOwner | QFileDevice::WriteOwner : QFileDevice::ReadOwner;
            const auto folderMode = file | QFileDevice::ExeOwner;
            bool ok = QFile::setPermissions(db.sqlitePath, file);
            for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") })
                if (QFile::exists(db.sqlitePath + suffix))
                    ok = QFile::setPermissions(db.sqlitePath + suffix, file) && ok;
            return QFile::setPermissions(folder, folderMode) && ok;
        };

        QVERIFY(!Database::openAndMigrate(db, QStringLiteral("check")));
        {
            JobStore store(QStringLiteral("check"), Dialect::Sqlite);
            QVERIFY(!store.enqueue(work(20, 30)));
        }
        Database::close(QStringLiteral("check"));
        qint64 doneBefore = 0;
        {
            auto engine = startEngine(db, countingRegistry());
            QVERIFY(!Database::open(db, QStringLiteral("check")));
            JobStore store(QStringLiteral("check"), Dialect::Sqlite);
            QTRY_VERIFY_WITH_TIMEOUT(done(store) >= 50, 10000);
            engine->shutdown();
            doneBefore = done(store);
        }
        Database::close(QStringLiteral("check"));
        QVERIFY(doneBefore < 600);

        QVERIFY(setWritable(false));
        auto restoreMode = qScopeGuard([&] { setWritable(true); });
        const auto owned = makeEngine(db, countingRegistry());
        Engine &engine = *owned;
        QSignalSpy waiting(&engine, &Engine::storeUnavailable);
        QSignalSpy started(&engine, &Engine::started);
        QSignalSpy failed(&engine, &Engine::failed);
        engine.start();
        QVERIFY(waiting.wait(10000));
        QVERIFY2(waiting.first().at(0).toString().contains(QLatin1String("read-only")),
            qPrintable(waiting.first().at(0).toString()));
        QCOMPARE(engine.state(), Engine::State::Starting);
        QVERIFY(engine.failureMessage().contains(QLatin1String("read-only")));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(started.size(), 0);

        QVERIFY(setWritable(true));
        restoreMode.dismiss();
        QVERIFY(started.wait(15000));
        QVERIFY(engine.failureMessage().isEmpty());
        QVERIFY(!Database::open(db, QStringLiteral("check")));
        {
            JobStore store(QStringLiteral("check"), Dialect::Sqlite);
            QTRY_COMPARE_WITH_TIMEOUT(done(store), qint64(600), 60000);
            engine.shutdown();
            QSqlQuery q(store.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        Database::close(QStringLiteral("check"));
        QCOMPARE(failed.size(), 0);
        checkEachRanOnce(600);
    }

    // A power cut mid-write, approximated: the store and its WAL are copied file by file while the engine
    // writes, several times. Each copy either opens (SQLite's recovery drops a torn WAL tail) and an
    // engine on it finishes every job it holds, each once, or is refused as damaged and left untouched;
    // it never opens into a wrong state.
    void tornCopiesRecoverOrAreRefused()
    {
        QTemporaryDir dir;
        const DatabaseConfig db = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("live.sqlite")));
        QVERIFY(!Database::openAndMigrate(db, QStringLiteral("check")));
        QStringList copies;
        {
            JobStore store(QStringLiteral("check"), Dialect::Sqlite);
            QVERIFY(!store.enqueue(work(20, 20)));
            auto engine = startEngine(db, countingRegistry(), 1500);
            for (int i = 0; i < 8; ++i) {
                QTest::qWait(400);
                const QString copy = dir.filePath(QStringLiteral("copy%1.sqlite").arg(i));
                QFile::copy(db.sqlitePath, copy);
                QFile::copy(db.sqlitePath + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
                copies << copy;
            }
            QTRY_COMPARE_WITH_TIMEOUT(done(store), qint64(400), 60000);
            engine->shutdown();
        }
        Database::close(QStringLiteral("check"));

        int recovered = 0;
        int refused = 0;
        for (const QString &copy : std::as_const(copies)) {
            {
                QMutexLocker lock(&m_mutex);
                m_runs.clear();
            }
            const DatabaseConfig copyDb = DatabaseConfig::sqlite(copy);
            if (auto error = Database::openAndMigrate(copyDb, QStringLiteral("copy"))) {
                Database::close(QStringLiteral("copy"));
                QCOMPARE(int(error->kind), int(StoreError::Kind::Corrupt));
                ++refused;
                continue;
            }
            qint64 total = 0;
            qint64 doneBefore = 0;
            {
                JobStore store(QStringLiteral("copy"), Dialect::Sqlite);
                const auto counts = store.countByState();
                for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                    total += it.value();
                doneBefore = counts.value(JobState::Done);
                QCOMPARE(total, qint64(400)); // every job is there, whatever state it had reached
                auto engine = startEngine(copyDb, countingRegistry());
                QTRY_COMPARE_WITH_TIMEOUT(done(store), qint64(400), 60000);
                engine->shutdown();
                QSqlQuery q(store.db());
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            }
            Database::close(QStringLiteral("copy"));
            // The jobs the copy had not finished ran there now, each once (a lease the copy's dead owner
            // held is taken back when it expires); the finished ones did not run again.
            QMutexLocker lock(&m_mutex);
            QVERIFY(m_runs.size() >= total - doneBefore);
            for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it)
                QCOMPARE(it.value(), 1);
            ++recovered;
        }
        qInfo(
            "%d torn copies: %d recovered and finished, %d refused as damaged", int(copies.size()), recovered, refused);
        QCOMPARE(recovered + refused, int(copies.size()));
        QVERIFY(recovered > 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
