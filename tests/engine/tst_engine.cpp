#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/telemetry/telemetry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <set>

#include "testhandler.h"
#include "tests/support/teststore.h"

using namespace Quayside;

namespace {

NewJob job(const QString &lane, const QString &partition, int seq, const QString &step = QStringLiteral("work"))
{
    NewJob j;
    j.flow = QStringLiteral("test");
    j.step = step;
    j.lane = lane;
    j.partitionKey = partition;
    j.correlationId = partition;
    j.payload = QJsonDocument(QJsonObject { { QStringLiteral("seq"), seq } }).toJson(QJsonDocument::Compact);
    return j;
}

int seqOf(const JobRecord &j)
{
    return QJsonDocument::fromJson(j.payload).object().value(QStringLiteral("seq")).toInt();
}

LaneConfig lane(const QString &name, int workers = 1, int inFlight = 4)
{
    LaneConfig c;
    c.name = name;
    c.workers = workers;
    c.maxInFlight = inFlight;
    c.idlePollMs = 20;
    c.retryBaseMs = 5;
    c.retryCapMs = 50;
    return c;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseConfig m_db;
    std::unique_ptr<JobStore> m_store;
    int m_n = 0;

    std::unique_ptr<Engine> makeEngine(QList<LaneConfig> lanes, std::shared_ptr<StepRegistry> registry)
    {
        EngineConfig config;
        config.database = m_db;
        config.lanes = std::move(lanes);
        config.actor = QStringLiteral("ops@example.com");
        config.drainMs = 200;
        auto engine = std::make_unique<Engine>(config, registry);
        QSignalSpy started(engine.get(), &Engine::started);
        engine->start();
        if (!started.wait(10000))
            qFatal("engine did not start: %s", qPrintable(engine->failureMessage()));
        return engine;
    }

    qint64 count(JobState s) { return m_store->countByState().value(s); }

private Q_SLOTS:
    void init()
    {
        ++m_n;
        QUAYSIDE_FRESH_STORE(m_db, m_dir, QStringLiteral("e%1").arg(m_n));
        QVERIFY(!Database::openAndMigrate(m_db, QStringLiteral("test")));
        m_store = std::make_unique<JobStore>(QStringLiteral("test"), m_db.dialect);
    }

    void cleanup()
    {
        m_store.reset();
        Database::close(QStringLiteral("test"));
    }

    void partitionsStayInOrderAcrossFourThreads()
    {
        QMutex mutex;
        QHash<QString, QList<int>> seen;
        std::set<Qt::HANDLE> threads;
        auto registry = std::make_shared<StepRegistry>();
        registry->add(
            QStringLiteral("test"), QStringLiteral("work"), functionStep([&](const JobRecord &j, StepCallback done) {
                {
                    QMutexLocker lock(&mutex);
                    seen[j.partitionKey] << seqOf(j);
                    threads.insert(QThread::currentThreadId());
                }
                // Finish later and in varying order, as network replies do.
                QTimer::singleShot(QRandomGenerator::global()->bounded(3), [done] { done(StepResult::done()); });
            }));
        QList<NewJob> jobs;
        for (int seq = 0; seq < 25; ++seq)
            for (int p = 0; p < 16; ++p)
                jobs << job(QStringLiteral("work"), QStringLiteral("order-%1").arg(p), seq);
        QVERIFY(!m_store->enqueue(jobs));
        auto engine = makeEngine({ lane(QStringLiteral("work"), 4, 4) }, registry);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Done), qint64(jobs.size()), 60000);
        engine->shutdown();
        QMutexLocker lock(&mutex);
        QCOMPARE(seen.size(), 16);
        QList<int> expected;
        for (int seq = 0; seq < 25; ++seq)
            expected << seq;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QCOMPARE(it.value(), expected);
        QVERIFY2(threads.size() > 1, "the four workers should have shared the work");
    }

    void transientFailuresAreRetriedThenSucceed()
    {
        auto registry = std::make_shared<StepRegistry>();
        registry->add(
            QStringLiteral("test"), QStringLiteral("work"), functionStep([](const JobRecord &j, StepCallback done) {
                if (j.attempts < 3)
                    done(StepResult::failure(ErrorClass::Transient, QStringLiteral("HTTP 503 from Odoo")));
                else
                    done(StepResult::done());
            }));
        QList<qint64> ids;
        QVERIFY(!m_store->enqueue({ job(QStringLiteral("odoo"), QStringLiteral("A"), 1) }, &ids));
        auto engine = makeEngine({ lane(QStringLiteral("odoo")) }, registry);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Done), qint64(1), 10000);
        engine->shutdown();
        const auto attempts = m_store->attempts(ids.at(0));
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts.at(0).outcome, QStringLiteral("retry"));
        QVERIFY(attempts.at(0).errorClass == ErrorClass::Transient);
        QCOMPARE(attempts.at(0).message, QStringLiteral("HTTP 503 from Odoo"));
        QCOMPARE(attempts.at(2).outcome, QStringLiteral("done"));
    }

    void exhaustedRetriesGoToTheExceptionQueue()
    {
        auto registry = std::make_shared<StepRegistry>();
        registry->add(
            QStringLiteral("test"), QStringLiteral("work"), functionStep([](const JobRecord &, StepCallback done) {
                done(StepResult::failure(ErrorClass::Transient, QStringLiteral("connection reset")));
            }));
        QList<qint64> ids;
        QVERIFY(!m_store->enqueue({ job(QStringLiteral("odoo"), QStringLiteral("A"), 1) }, &ids));
        auto config = lane(QStringLiteral("odoo"));
        config.retryLimits.transient = 3;
        config.breakerThreshold = 100;
        auto engine = makeEngine({ config }, registry);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Dead), qint64(1), 10000);
        engine->shutdown();
        const auto dead = m_store->job(ids.at(0));
        QCOMPARE(dead->attempts, 3);
        QVERIFY(dead->errorClass == ErrorClass::Transient);
        QVERIFY2(dead->errorMessage.contains(QLatin1String("gave up after 3 attempt")), qPrintable(dead->errorMessage));
    }

    void authFailurePausesOnlyItsLane()
    {
        std::atomic<bool> credentialsBroken { true };
        auto registry = std::make_shared<StepRegistry>();
        registry->add(
            QStringLiteral("test"), QStringLiteral("work"), functionStep([&](const JobRecord &j, StepCallback done) {
                if (j.lane == QLatin1String("shopify") && credentialsBroken)
                    done(StepResult::failure(ErrorClass::Auth, QStringLiteral("401 Invalid API key or access token")));
                else
                    done(StepResult::done());
            }));
        QList<qint64> shopifyIds;
        QVERIFY(!m_store->enqueue({ job(QStringLiteral("shopify"), QStringLiteral("S1"), 1),
                                      job(QStringLiteral("shopify"), QStringLiteral("S2"), 1) },
            &shopifyIds));
        QList<NewJob> odooJobs;
        for (int i = 0; i < 50; ++i)
            odooJobs << job(QStringLiteral("odoo"), QStringLiteral("O%1").arg(i), 1);
        QVERIFY(!m_store->enqueue(odooJobs));

        auto engine = std::unique_ptr<Engine>();
        EngineConfig config;
        config.database = m_db;
        config.lanes = { lane(QStringLiteral("shopify"), 1, 1), lane(QStringLiteral("odoo")) };
        config.actor = QStringLiteral("ops");
        engine = std::make_unique<Engine>(config, registry);
        QSignalSpy statuses(engine.get(), &Engine::laneStatusChanged);
        engine->start();

        // The other lane keeps flowing: bulkheads.
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Done), qint64(50), 10000);
        const auto pausedStatus = [&] {
            for (const auto &args : std::as_const(statuses)) {
                const auto s = args.at(0).value<LaneStatus>();
                if (s.lane == QLatin1String("shopify") && s.paused)
                    return s;
            }
            return LaneStatus {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(pausedStatus().paused, 5000);
        QVERIFY(pausedStatus().pauseReason.contains(QLatin1String("401")));
        QTest::qWait(300); // a paused lane must not keep trying
        const auto stillWaiting = m_store->job(shopifyIds.at(0));
        QCOMPARE(toString(stillWaiting->state), toString(JobState::Ready));
        QCOMPARE(stillWaiting->attempts, 0); // auth failures do not burn the retry budget
        QCOMPARE(m_store->attempts(shopifyIds.at(0)).size(), 1);

        credentialsBroken = false;
        engine->resumeLane(QStringLiteral("shopify"));
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Done), qint64(52), 10000);
        engine->shutdown();
    }

    void businessErrorsWaitForTheOperatorThenReplay()
    {
        std::atomic<bool> skuKnown { false };
        auto registry = std::make_shared<StepRegistry>();
        registry->add(
            QStringLiteral("test"), QStringLiteral("work"), functionStep([&](const JobRecord &j, StepCallback done) {
                if (seqOf(j) == 1 && !skuKnown)
                    done(StepResult::failure(
                        ErrorClass::Business, QStringLiteral("Unknown SKU QS-NOPE in order #1001")));
                else
                    done(StepResult::done());
            }));
        QList<qint64> ids;
        // The dead first job must hold back the second job of the same order.
        QVERIFY(!m_store->enqueue({ job(QStringLiteral("odoo"), QStringLiteral("#1001"), 1),
                                      job(QStringLiteral("odoo"), QStringLiteral("#1001"), 2),
                                      job(QStringLiteral("odoo"), QStringLiteral("#1002"), 2) },
            &ids));
        auto engine = makeEngine({ lane(QStringLiteral("odoo")) }, registry);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Dead), qint64(1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Done), qint64(1), 10000);
        QTest::qWait(200);
        QCOMPARE(toString(m_store->job(ids.at(1))->state), toString(JobState::Ready));
        QCOMPARE(m_store->job(ids.at(0))->errorMessage, QStringLiteral("Unknown SKU QS-NOPE in order #1001"));

        skuKnown = true;
        QSignalSpy actions(engine.get(), &Engine::operatorActionFinished);
        engine->replay({ ids.at(0) });
        QVERIFY(actions.wait(5000));
        QCOMPARE(actions.at(0).at(1).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Done), qint64(3), 10000);
        engine->shutdown();
        const auto audit = AuditLog::entries(m_store->db());
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).action, QStringLiteral("job.replay"));
        QCOMPARE(audit.at(0).actor, QStringLiteral("ops@example.com"));
    }

    void alteredAuditLogIsReportedAtStart()
    {
        auto registry = std::make_shared<StepRegistry>();
        // Two audited operator edits.
        for (const char *every : { "5 min", "15 min" }) {
            const StateWrite write { QStringLiteral("schedule"),
                QStringLiteral("orders"),
                QJsonObject { { QStringLiteral("every"), QLatin1String(every) } } };
            QVERIFY(!m_store->operatorMergeState(
                write, QStringLiteral("ops@example.com"), QStringLiteral("schedule.edit")));
        }
        QCOMPARE(AuditLog::entries(m_store->db()).size(), 2);
        const auto startAndCheck = [&] {
            EngineConfig config;
            config.database = m_db;
            config.lanes = { lane(QStringLiteral("odoo")) };
            config.drainMs = 200;
            Engine engine(config, registry);
            QSignalSpy broken(&engine, &Engine::auditChainBroken);
            QSignalSpy actions(&engine, &Engine::operatorActionFinished);
            engine.start();
            // The control thread checks the chain right after opening; an action queued behind it
            // answers only once the check is done.
            engine.replay({});
            [&] { QVERIFY(actions.wait(10000)); }();
            engine.shutdown();
            return broken.isEmpty() ? qint64(0) : broken.constFirst().at(0).toLongLong();
        };
        QCOMPARE(startAndCheck(), qint64(0));

        // Someone rewrites the first entry's note directly in the database.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE audit_log SET note = 'nothing to see' WHERE id = (SELECT MIN(id) FROM audit_log)")));
        const qint64 first = AuditLog::entries(m_store->db()).constLast().id;
        QCOMPARE(startAndCheck(), first);
    }

    // The probe a half-open circuit lets through may end in a refusal about its own job (a business or
    // validation error): the service answered, so the circuit closes and the lane carries on. (It once
    // stayed half-open with its probe counted as in flight, and the lane never leased again.)
    void aRefusedProbeStillClosesTheCircuit()
    {
        std::atomic<int> calls { 0 };
        auto registry = std::make_shared<StepRegistry>();
        registry->add(
            QStringLiteral("test"), QStringLiteral("work"), functionStep([&](const JobRecord &, StepCallback done) {
                const int n = ++calls;
                if (n <= 2)
                    done(StepResult::failure(ErrorClass::Transient, QStringLiteral("outage")));
                else if (n == 3)
                    done(StepResult::failure(ErrorClass::Business, QStringLiteral("already shipped")));
                else
                    done(StepResult::done());
            }));
        QList<NewJob> jobs;
        for (int i = 0; i < 10; ++i)
            jobs << job(QStringLiteral("shipbob"), QStringLiteral("P%1").arg(i), 1);
        QVERIFY(!m_store->enqueue(jobs));
        auto config = lane(QStringLiteral("shipbob"), 1, 1);
        config.breakerThreshold = 2;
        config.breakerOpenMs = 100;
        EngineConfig ec;
        ec.database = m_db;
        ec.lanes = { config };
        Engine engine(ec, registry);
        engine.start();
        // Two failures open the circuit; the probe after the cool-down is refused; the rest go through.
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Dead), qint64(1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Done), qint64(9), 10000);
        engine.shutdown();
    }

    void circuitOpensAfterConsecutiveTransientFailures()
    {
        std::atomic<int> calls { 0 };
        auto registry = std::make_shared<StepRegistry>();
        registry->add(
            QStringLiteral("test"), QStringLiteral("work"), functionStep([&](const JobRecord &, StepCallback done) {
                ++calls;
                done(StepResult::failure(ErrorClass::Transient, QStringLiteral("timeout")));
            }));
        QList<NewJob> jobs;
        for (int i = 0; i < 20; ++i)
            jobs << job(QStringLiteral("shipbob"), QStringLiteral("P%1").arg(i), 1);
        QVERIFY(!m_store->enqueue(jobs));
        auto config = lane(QStringLiteral("shipbob"), 1, 1);
        config.breakerThreshold = 3;
        config.breakerOpenMs = 60000;
        EngineConfig ec;
        ec.database = m_db;
        ec.lanes = { config };
        Engine engine(ec, registry);
        QSignalSpy statuses(&engine, &Engine::laneStatusChanged);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(statuses.cbegin(),
                                     statuses.cend(),
                                     [](const QList<QVariant> &args) {
                                         return args.at(0).value<LaneStatus>().circuit == CircuitBreaker::State::Open;
                                     }),
            10000);
        const int atOpen = calls;
        QCOMPARE(atOpen, 3);
        QTest::qWait(300);
        QCOMPARE(int(calls), atOpen); // open: no request reaches the failing endpoint
        engine.shutdown();
    }

    void stopGivesBackUnfinishedJobs()
    {
        auto registry = std::make_shared<StepRegistry>();
        registry->add(QStringLiteral("test"), QStringLiteral("work"), functionStep([](const JobRecord &, StepCallback) {
            // Never answers, like a request stuck on a dead connection.
        }));
        QList<qint64> ids;
        QVERIFY(!m_store->enqueue({ job(QStringLiteral("odoo"), QStringLiteral("A"), 1) }, &ids));
        auto engine = makeEngine({ lane(QStringLiteral("odoo")) }, registry);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Leased), qint64(1), 5000);
        QSignalSpy stopped(engine.get(), &Engine::stopped);
        engine->stop();
        QVERIFY(stopped.wait(5000));
        const auto j = m_store->job(ids.at(0));
        QCOMPARE(toString(j->state), toString(JobState::Ready));
        QCOMPARE(j->attempts, 0);
        QVERIFY(j->leaseOwner.isEmpty());
    }

    void telemetryIsPersistedPerMinute()
    {
        auto registry = std::make_shared<StepRegistry>();
        registry->add(
            QStringLiteral("test"), QStringLiteral("work"), functionStep([](const JobRecord &j, StepCallback done) {
                if (seqOf(j) % 10 == 0 && j.attempts == 1) {
                    done(StepResult::failure(ErrorClass::Transient, QStringLiteral("503")));
                    return;
                }
                QTimer::singleShot(20, [done] { done(StepResult::done()); });
            }));
        QList<NewJob> jobs;
        for (int i = 0; i < 40; ++i)
            jobs << job(QStringLiteral("odoo"), QStringLiteral("T%1").arg(i), i);
        QVERIFY(!m_store->enqueue(jobs));
        const qint64 from = TelemetryQuery::minuteOf(QDateTime::currentMSecsSinceEpoch());
        auto config = lane(QStringLiteral("odoo"), 1, 8);
        config.breakerThreshold = 100;
        auto engine = makeEngine({ config }, registry);
        QTRY_COMPARE_WITH_TIMEOUT(count(JobState::Done), qint64(40), 10000);
        engine->shutdown(); // flushes what the workers still held
        const qint64 to = TelemetryQuery::minuteOf(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(TelemetryQuery::total(m_store->db(), Metric::Succeeded, from, to), 40);
        QCOMPARE(TelemetryQuery::total(m_store->db(), Metric::Retried, from, to), 4);
        QCOMPARE(TelemetryQuery::total(m_store->db(), Metric::Succeeded, from, to, QStringLiteral("other-flow")), 0);
        const LatencyHistogram latency = TelemetryQuery::latency(m_store->db(), from, to, QStringLiteral("test"));
        QCOMPARE(latency.count(), 40);
        QVERIFY2(latency.quantileMs(0.5) >= 20, "each step took at least 20 ms");
        QVERIFY(latency.quantileMs(0.99) >= latency.quantileMs(0.5));
    }

    void missingStoreFailsClearly()
    {
        QUAYSIDE_SQLITE_ONLY();
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(blocker.fileName() + QStringLiteral("/sub/q.sqlite"));
        Engine engine(config, std::make_shared<StepRegistry>());
        QSignalSpy failed(&engine, &Engine::failed);
        engine.start();
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("not writable"))
                || failed.at(0).at(0).toString().contains(QLatin1String("Cannot create")),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(engine.state(), Engine::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
