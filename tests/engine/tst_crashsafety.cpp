#include "core/engine/jobstore.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Quayside;

// Kills a worker process with SIGKILL at random points, restarts it, and checks that no job is lost,
// none completes twice, partitions keep their order, and the database stays intact.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    static int killRounds()
    {
        const int fromEnv = qEnvironmentVariableIntValue("QUAYSIDE_KILL_ROUNDS");
        return fromEnv > 0 ? fromEnv : 20;
    }

private Q_SLOTS:
    void killedWorkerLosesAndDuplicatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        const auto config = DatabaseConfig::sqlite(path);
        // Enough work that every kill lands mid-work: about 20 s of it per 50 kills.
        const int partitions = 50;
        const int perPartition = killRounds() * 3;
        const int total = partitions * perPartition;
        {
            QVERIFY(!Database::openAndMigrate(config, QStringLiteral("setup")));
            JobStore store(QStringLiteral("setup"), Dialect::Sqlite);
            QList<NewJob> jobs;
            for (int seq = 0; seq < perPartition; ++seq) {
                for (int p = 0; p < partitions; ++p) {
                    NewJob j;
                    j.flow = QStringLiteral("test");
                    j.step = QStringLiteral("work");
                    j.lane = QStringLiteral("work");
                    j.partitionKey = QStringLiteral("P%1").arg(p);
                    j.correlationId = j.partitionKey;
                    j.payload
                        = QJsonDocument(QJsonObject { { QStringLiteral("seq"), seq } }).toJson(QJsonDocument::Compact);
                    jobs << j;
                }
            }
            QVERIFY(!store.enqueue(jobs));
        }
        Database::close(QStringLiteral("setup"));

        int midWorkKills = 0;
        qint64 previousDone = 0;
        const int rounds = killRounds();
        for (int round = 0; round < rounds; ++round) {
            QProcess worker;
            worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            worker.start(QStringLiteral(CRASHWORKER_PATH), { path });
            QVERIFY(worker.waitForStarted(5000));
            const int delay = 150 + QRandomGenerator::global()->bounded(400);
            if (worker.waitForFinished(delay)) {
                QCOMPARE(worker.exitCode(), 0); // finished everything before the kill
                break;
            }
            worker.kill(); // SIGKILL: no handler runs, no lease is released
            QVERIFY(worker.waitForFinished(5000));
            if (worker.exitStatus() == QProcess::NormalExit) {
                QCOMPARE(worker.exitCode(), 0); // it finished everything just before the kill
                break;
            }

            QVERIFY(!Database::open(config, QStringLiteral("probe")));
            const auto counts = JobStore(QStringLiteral("probe"), Dialect::Sqlite).countByState();
            Database::close(QStringLiteral("probe"));
            const qint64 done = counts.value(JobState::Done);
            QVERIFY2(done >= previousDone, "completed jobs never come back");
            if (done < total)
                ++midWorkKills;
            previousDone = done;
        }
        QVERIFY2(midWorkKills >= rounds * 3 / 4,
            qPrintable(QStringLiteral("only %1 kills landed mid-work").arg(midWorkKills)));

        // The survivor finishes the rest by itself, recovering the killed workers' leases.
        QProcess finisher;
        finisher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        finisher.start(QStringLiteral(CRASHWORKER_PATH), { path });
        QVERIFY(finisher.waitForFinished(120000));
        QCOMPARE(finisher.exitStatus(), QProcess::NormalExit);
        QCOMPARE(finisher.exitCode(), 0);

        QVERIFY(!Database::open(config, QStringLiteral("verify")));
        {
            QSqlQuery q(Database::connection(QStringLiteral("verify")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

            QVERIFY(q.exec(QStringLiteral("SELECT state, COUNT(*) FROM jobs GROUP BY state")));
            QHash<QString, int> states;
            while (q.next())
                states.insert(q.value(0).toString(), q.value(1).toInt());
            QCOMPARE(states.value(QStringLiteral("done")), total); // nothing lost
            QCOMPARE(states.size(), 1);

            // None completed twice: exactly one recorded completion per job.
            QVERIFY(q.exec(
                QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT job_id) FROM job_attempts WHERE outcome = 'done'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), total);
            QCOMPARE(q.value(1).toInt(), total);

            // Partition order: completions of a partition happened in job order.
            QVERIFY(
                q.exec(QStringLiteral("SELECT j.partition_key, j.id FROM job_attempts a JOIN jobs j ON j.id = a.job_id"
                                      " WHERE a.outcome = 'done' ORDER BY a.id")));
            QHash<QString, qint64> last;
            while (q.next()) {
                const QString p = q.value(0).toString();
                const qint64 id = q.value(1).toLongLong();
                QVERIFY2(id > last.value(p),
                    qPrintable(QStringLiteral("partition %1 ran job %2 after a later one").arg(p).arg(id)));
                last.insert(p, id);
            }
            QCOMPARE(last.size(), partitions);
        }
        Database::close(QStringLiteral("verify"));
        qInfo("%d kills, %d of them mid-work; %d jobs, each completed once", rounds, midWorkKills, total);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
