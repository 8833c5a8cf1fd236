#include "core/engine/jobstore.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <map>

#include "tests/support/teststore.h"

using namespace Quayside;

namespace {
NewJob makeJob(const QString &partition, const QString &lane = QStringLiteral("odoo"), int n = 0)
{
    NewJob j;
    j.flow = QStringLiteral("orders");
    j.step = QStringLiteral("create_sale_order");
    j.lane = lane.isEmpty() ? QStringLiteral("odoo") : lane;
    j.partitionKey = partition;
    j.correlationId = QStringLiteral("order:") + partition;
    j.payload = QJsonDocument(QJsonObject { { QStringLiteral("n"), n } }).toJson(QJsonDocument::Compact);
    return j;
}
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    DatabaseConfig m_config;
    int m_counter = 0;

    JobFinish finishAs(JobFinish::Kind kind, std::optional<ErrorClass> c = std::nullopt)
    {
        JobFinish f;
        f.kind = kind;
        f.errorClass = c;
        f.message = c ? QStringLiteral("failed: ") + toString(*c) : QString();
        f.nextAttemptAt = now();
        return f;
    }

private Q_SLOTS:
    void init()
    {
        const QString name = QStringLiteral("js%1").arg(++m_counter);
        QUAYSIDE_FRESH_STORE(m_config, m_dir, name);
        QVERIFY(!Database::openAndMigrate(m_config, name));
        m_store = std::make_unique<JobStore>(name, m_config.dialect);
    }

    void cleanup()
    {
        m_store.reset();
        Database::close(QStringLiteral("js%1").arg(m_counter));
    }

    void inboundEventsAreDeduplicated()
    {
        InboundEvent e { QStringLiteral("shopify:demo"),
            QStringLiteral("orders/updated"),
            QStringLiteral("gid://shopify/Order/1"),
            QStringLiteral("2026-11-27T10:00:00Z"),
            QStringLiteral("order:1"),
            QByteArrayLiteral("{}") };
        bool duplicate = true;
        QVERIFY(!m_store->ingest(e, { makeJob(QStringLiteral("1")) }, &duplicate));
        QVERIFY(!duplicate);
        QVERIFY(!m_store->ingest(e, { makeJob(QStringLiteral("1")) }, &duplicate));
        QVERIFY(duplicate);
        e.sourceVersion = QStringLiteral("2026-11-27T10:05:00Z"); // a newer version of the same order is news
        QVERIFY(!m_store->ingest(e, { makeJob(QStringLiteral("1")) }, &duplicate));
        QVERIFY(!duplicate);
        QCOMPARE(m_store->eventCount(), 2);
        QCOMPARE(m_store->countByState().value(JobState::Ready), 2);

        // What a poll asks before reading orders in full: the versions already recorded, per entity.
        QStringList ids;
        for (int i = 2; i < 450; ++i) // more than one query's worth of parameters, the known one last
            ids << QStringLiteral("gid://shopify/Order/%1").arg(i);
        ids << e.entityId;
        const auto known = m_store->knownEventVersions(e.source, e.topic, ids);
        QCOMPARE(known.size(), 1);
        QCOMPARE(known.value(e.entityId),
            QSet<QString>({ QStringLiteral("2026-11-27T10:00:00Z"), QStringLiteral("2026-11-27T10:05:00Z") }));
        QVERIFY(m_store->knownEventVersions(QStringLiteral("shopify:other"), e.topic, ids).isEmpty());
        QVERIFY(m_store->knownEventVersions(e.source, QStringLiteral("orders/cancelled"), ids).isEmpty());
    }

    void leaseTakesOnlyThePartitionHead()
    {
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("A"), {}, 1),
            makeJob(QStringLiteral("A"), {}, 2),
            makeJob(QStringLiteral("B"), {}, 3),
            makeJob(QStringLiteral("A"), {}, 4),
            makeJob(QStringLiteral("C"), QStringLiteral("shipbob"), 5) }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 10, 60000, now(), &leased));
        QCOMPARE(leased.size(), 2); // A#1 and B#3; A#2 waits for A#1; C is another lane
        QCOMPARE(leased.at(0).partitionKey, QStringLiteral("A"));
        QCOMPARE(leased.at(1).partitionKey, QStringLiteral("B"));
        QCOMPARE(leased.at(0).attempts, 1);
        QCOMPARE(toString(leased.at(0).state), toString(JobState::Leased));

        QList<JobRecord> none;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w2"), 10, 60000, now(), &none));
        QVERIFY(none.isEmpty());

        QVERIFY(!m_store->finish({ { leased.at(0), finishAs(JobFinish::Kind::Done) } }, QStringLiteral("w1")));
        QList<JobRecord> next;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w2"), 10, 60000, now(), &next));
        QCOMPARE(next.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(next.at(0).payload).object().value(QStringLiteral("n")).toInt(), 2);
    }

    void retryDelayHoldsThePartition()
    {
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("A"), {}, 1), makeJob(QStringLiteral("A"), {}, 2) }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 10, 60000, now(), &leased));
        auto retry = finishAs(JobFinish::Kind::Retry, ErrorClass::Transient);
        retry.nextAttemptAt = now() + 60000;
        QVERIFY(!m_store->finish({ { leased.at(0), retry } }, QStringLiteral("w1")));
        QList<JobRecord> next;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 10, 60000, now(), &next));
        QVERIFY2(next.isEmpty(), "the second job of a partition must wait for the first one's retry");
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 10, 60000, now() + 61000, &next));
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.at(0).id, leased.at(0).id);
        QCOMPARE(next.at(0).attempts, 2);
    }

    // Several workers, each on its own connection and thread, drain one lane together (on PostgreSQL:
    // FOR UPDATE SKIP LOCKED): every job runs exactly once, and a partition's jobs one after another in
    // their order.
    void concurrentWorkersRunEachJobOnceInPartitionOrder()
    {
        constexpr int kPartitions = 20;
        constexpr int kPerPartition = 10;
        QList<NewJob> jobs;
        for (int n = 0; n < kPerPartition; ++n)
            for (int p = 0; p < kPartitions; ++p)
                jobs << makeJob(QStringLiteral("P%1").arg(p), {}, n);
        QVERIFY(!m_store->enqueue(jobs));

        std::atomic<int> failures { 0 };
        std::vector<std::unique_ptr<QThread>> workers;
        for (int w = 0; w < 4; ++w) {
            workers.emplace_back(QThread::create([this, w, &failures] {
                const QString connection = QStringLiteral("worker%1-%2").arg(m_counter).arg(w);
                if (Database::open(m_config, connection)) {
                    ++failures;
                    return;
                }
                {
                    JobStore store(connection, m_config.dialect);
                    const QString owner = QStringLiteral("w%1").arg(w);
                    // Done when nothing was leasable for a while: the others' last jobs are finished by then.
                    for (int idle = 0; idle < 40;) {
                        QList<JobRecord> leased;
                        if (store.lease(QStringLiteral("odoo"), owner, 3, 60000, now(), &leased)) {
                            ++failures;
                            break;
                        }
                        if (leased.isEmpty()) {
                            ++idle;
                            QThread::msleep(5);
                            continue;
                        }
                        idle = 0;
                        QList<QPair<JobRecord, JobFinish>> results;
                        for (const JobRecord &job : std::as_const(leased))
                            results << qMakePair(job, finishAs(JobFinish::Kind::Done));
                        QList<bool> lost;
                        if (store.finish(results, owner, &lost) || lost.contains(true))
                            ++failures;
                    }
                }
                Database::close(connection);
            }));
        }
        for (auto &worker : workers)
            worker->start();
        for (auto &worker : workers)
            QVERIFY(worker->wait(120000));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(m_store->countByState().value(JobState::Done), kPartitions * kPerPartition);

        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT j.partition_key, a.job_id, a.outcome FROM job_attempts a"
                                      " JOIN jobs j ON j.id = a.job_id ORDER BY a.id")));
        std::map<QString, qint64> lastOfPartition;
        QSet<qint64> seen;
        while (q.next()) {
            const QString partition = q.value(0).toString();
            const qint64 id = q.value(1).toLongLong();
            QCOMPARE(q.value(2).toString(), QStringLiteral("done"));
            QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("job %1 ran twice").arg(id)));
            seen.insert(id);
            QVERIFY2(lastOfPartition[partition] < id,
                qPrintable(QStringLiteral("job %1 of %2 ran after %3")
                               .arg(id)
                               .arg(partition)
                               .arg(lastOfPartition[partition])));
            lastOfPartition[partition] = id;
        }
        QCOMPARE(seen.size(), kPartitions * kPerPartition);
    }

    void expiredLeasesComeBackAndStaleResultsAreDropped()
    {
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("A")) }));
        QList<JobRecord> leased;
        const qint64 t = now();
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("dead-worker"), 1, 100, t, &leased));
        QCOMPARE(leased.size(), 1);
        int reclaimed = 0;
        QVERIFY(!m_store->reclaimExpired(t + 50, &reclaimed));
        QCOMPARE(reclaimed, 0);
        QVERIFY(!m_store->reclaimExpired(t + 200, &reclaimed));
        QCOMPARE(reclaimed, 1);
        QList<JobRecord> again;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w2"), 1, 60000, t + 200, &again));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).attempts, 2);
        // The first worker wakes up late: its result must not count.
        QList<bool> lost;
        QVERIFY(!m_store->finish(
            { { leased.at(0), finishAs(JobFinish::Kind::Done) } }, QStringLiteral("dead-worker"), &lost));
        QCOMPARE(lost, QList<bool> { true });
        QCOMPARE(toString(m_store->job(again.at(0).id)->state), toString(JobState::Leased));
        QVERIFY(!m_store->finish({ { again.at(0), finishAs(JobFinish::Kind::Done) } }, QStringLiteral("w2"), &lost));
        QCOMPARE(lost, QList<bool> { false });
        QCOMPARE(toString(m_store->job(again.at(0).id)->state), toString(JobState::Done));
        const auto attempts = m_store->attempts(again.at(0).id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).outcome, QStringLiteral("done"));
    }

    void doneEnqueuesFollowUpsAtomically()
    {
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("A")) }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 1, 60000, now(), &leased));
        auto done = finishAs(JobFinish::Kind::Done);
        NewJob next = makeJob(QStringLiteral("A"), QStringLiteral("shipbob"));
        next.step = QStringLiteral("create_fulfillment");
        done.followUps = { next };
        QVERIFY(!m_store->finish({ { leased.at(0), done } }, QStringLiteral("w1")));
        const auto trace = m_store->jobsByCorrelation(QStringLiteral("order:A"));
        QCOMPARE(trace.size(), 2);
        QCOMPARE(trace.at(1).step, QStringLiteral("create_fulfillment"));
        QCOMPARE(toString(trace.at(1).state), toString(JobState::Ready));
    }

    void releaseGivesBackWithoutCountingTheAttempt()
    {
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("A")), makeJob(QStringLiteral("B")) }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 10, 60000, now(), &leased));
        int released = 0;
        QVERIFY(!m_store->releaseAll(QStringLiteral("w1"), &released));
        QCOMPARE(released, 2);
        QCOMPARE(m_store->job(leased.at(0).id)->attempts, 0);
        QCOMPARE(toString(m_store->job(leased.at(0).id)->state), toString(JobState::Ready));
    }

    void operatorActionsChangeStateAndAreAudited()
    {
        QVERIFY(!m_store->enqueue(
            { makeJob(QStringLiteral("A")), makeJob(QStringLiteral("B")), makeJob(QStringLiteral("C")) }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 10, 60000, now(), &leased));
        QCOMPARE(leased.size(), 3);
        QList<QPair<JobRecord, JobFinish>> dead;
        for (const auto &j : leased)
            dead.append({ j, finishAs(JobFinish::Kind::Dead, ErrorClass::Business) });
        QVERIFY(!m_store->finish(dead, QStringLiteral("w1")));
        QCOMPARE(m_store->countByState().value(JobState::Dead), 3);

        int changed = 0;
        QVERIFY(!m_store->replay({ leased.at(0).id }, QStringLiteral("ops@example.com"), &changed));
        QCOMPARE(changed, 1);
        const auto replayed = m_store->job(leased.at(0).id);
        QCOMPARE(toString(replayed->state), toString(JobState::Ready));
        QCOMPARE(replayed->attempts, 0);

        const auto missingNote
            = m_store->resolve({ leased.at(1).id }, QStringLiteral("ops@example.com"), QStringLiteral("  "), &changed);
        QVERIFY(missingNote);
        QCOMPARE(toString(m_store->job(leased.at(1).id)->state), toString(JobState::Dead));

        QVERIFY(!m_store->resolve({ leased.at(1).id, leased.at(0).id },
            QStringLiteral("ops@example.com"),
            QStringLiteral("Entered by hand in Odoo"),
            &changed));
        QCOMPARE(changed, 1); // the replayed job is no longer in the queue
        QCOMPARE(toString(m_store->job(leased.at(1).id)->state), toString(JobState::Resolved));
        QVERIFY(!m_store->skip(
            { leased.at(2).id }, QStringLiteral("lead@example.com"), QStringLiteral("test order"), &changed));
        QCOMPARE(toString(m_store->job(leased.at(2).id)->state), toString(JobState::Skipped));
        QVERIFY(!m_store->reopen({ leased.at(2).id }, QStringLiteral("lead@example.com"), &changed));
        QCOMPARE(toString(m_store->job(leased.at(2).id)->state), toString(JobState::Dead));
        // What a console reads every second: the open work only (ready, leased, dead).
        const auto open = m_store->countOpen();
        QCOMPARE(open.value(JobState::Ready), 1);
        QCOMPARE(open.value(JobState::Dead), 1);
        QVERIFY(!open.contains(JobState::Resolved));
        QCOMPARE(m_store->countByState().value(JobState::Resolved), 1);

        const auto entries = AuditLog::entries(m_store->db());
        QCOMPARE(entries.size(), 4);
        const AuditEntry &resolve = entries.at(2); // newest first: reopen, skip, resolve, replay
        QCOMPARE(resolve.action, QStringLiteral("job.resolve"));
        QCOMPARE(resolve.actor, QStringLiteral("ops@example.com"));
        QCOMPARE(resolve.target, QStringLiteral("job:%1").arg(leased.at(1).id));
        QCOMPARE(resolve.note, QStringLiteral("Entered by hand in Odoo"));
        QVERIFY(resolve.before.contains(QLatin1String("\"state\":\"dead\"")));
        QVERIFY(resolve.after.contains(QLatin1String("\"state\":\"resolved\"")));
        QCOMPARE(AuditLog::verify(m_store->db()), 0);
    }

    void tamperingBreaksTheAuditChain()
    {
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("A")), makeJob(QStringLiteral("B")) }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 10, 60000, now(), &leased));
        QVERIFY(!m_store->finish({ { leased.at(0), finishAs(JobFinish::Kind::Dead, ErrorClass::Business) },
                                     { leased.at(1), finishAs(JobFinish::Kind::Dead, ErrorClass::Business) } },
            QStringLiteral("w1")));
        QVERIFY(!m_store->skip({ leased.at(0).id }, QStringLiteral("mallory"), QStringLiteral("n1")));
        QVERIFY(!m_store->skip({ leased.at(1).id }, QStringLiteral("mallory"), QStringLiteral("n2")));
        QCOMPARE(AuditLog::verify(m_store->db()), 0);
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 1")));
        QString problem;
        QCOMPARE(AuditLog::verify(m_store->db(), &problem), 1);
        QVERIFY(!problem.isEmpty());
    }

    void cursorsPersist()
    {
        QCOMPARE(m_store->cursor(QStringLiteral("shopify:orders")), QString());
        QVERIFY(!m_store->setCursor(QStringLiteral("shopify:orders"), QStringLiteral("2026-11-27T10:00:00Z")));
        QVERIFY(!m_store->setCursor(QStringLiteral("shopify:orders"), QStringLiteral("2026-11-27T11:00:00Z")));
        QCOMPARE(m_store->cursor(QStringLiteral("shopify:orders")), QStringLiteral("2026-11-27T11:00:00Z"));
    }

    void flowStateMergesWithTheCompletion()
    {
        const QString kind = QStringLiteral("order");
        const QString key = QStringLiteral("gid://shopify/Order/1");
        QVERIFY(!m_store->mergeState({ kind, key, QJsonObject { { QStringLiteral("odooId"), 7 } } }));
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("A")) }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 1, 60000, now(), &leased));

        // A retry writes nothing; only a completion does.
        auto retry = finishAs(JobFinish::Kind::Retry, ErrorClass::Transient);
        retry.state = { { kind, key, QJsonObject { { QStringLiteral("shipbobId"), 99 } } } };
        QVERIFY(!m_store->finish({ { leased.at(0), retry } }, QStringLiteral("w1")));
        QCOMPARE(m_store->state(kind, key), QJsonObject({ { QStringLiteral("odooId"), 7 } }));

        leased.clear();
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 1, 60000, now() + 3600000, &leased));
        QCOMPARE(leased.size(), 1);
        auto done = finishAs(JobFinish::Kind::Done);
        done.state = { { kind,
            key,
            QJsonObject { { QStringLiteral("shipbobId"), 99 }, { QStringLiteral("odooId"), QJsonValue::Null } } } };
        QVERIFY(!m_store->finish({ { leased.at(0), done } }, QStringLiteral("w1")));
        QCOMPARE(m_store->state(kind, key), QJsonObject({ { QStringLiteral("shipbobId"), 99 } }));
        QCOMPARE(m_store->statesOfKind(kind).size(), 1);
        QVERIFY(m_store->statesOfKind(QStringLiteral("shipment")).isEmpty());
        QVERIFY(m_store->state(kind, QStringLiteral("other")).isEmpty());

        // Removing the last field removes the entity: whole-kind reads do not grow with forgotten ones.
        QVERIFY(!m_store->mergeState({ kind, key, QJsonObject { { QStringLiteral("shipbobId"), QJsonValue::Null } } }));
        QVERIFY(m_store->statesOfKind(kind).isEmpty());
    }

    void openPayloadsAreTheUnfinishedJobsOfOneStep()
    {
        // A: done, B: leased, C: dead, D: ready (behind nothing), E: another step.
        NewJob other = makeJob(QStringLiteral("E"), {}, 5);
        other.step = QStringLiteral("route_order");
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("A"), {}, 1),
            makeJob(QStringLiteral("B"), {}, 2),
            makeJob(QStringLiteral("C"), {}, 3),
            makeJob(QStringLiteral("D"), {}, 4),
            other }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 3, 60000, now(), &leased));
        QCOMPARE(leased.size(), 3);
        QVERIFY(!m_store->finish({ { leased.at(0), finishAs(JobFinish::Kind::Done) },
                                     { leased.at(2), finishAs(JobFinish::Kind::Dead, ErrorClass::Business) } },
            QStringLiteral("w1")));
        QList<int> numbers;
        for (const QByteArray &p : m_store->openPayloads(QStringLiteral("orders"), QStringLiteral("create_sale_order")))
            numbers << QJsonDocument::fromJson(p).object().value(QStringLiteral("n")).toInt();
        QCOMPARE(numbers, (QList<int> { 2, 3, 4 }));
        QVERIFY(m_store->openPayloads(QStringLiteral("orders"), QStringLiteral("nothing")).isEmpty());
    }

    void retentionEmptiesOnlyOldFinishedPayloads()
    {
        // An event with its job, then A done, B leased, C dead, D ready.
        const InboundEvent event { QStringLiteral("shopify:demo"),
            QStringLiteral("orders/updated"),
            QStringLiteral("gid://shopify/Order/9"),
            QStringLiteral("v1"),
            QStringLiteral("order:9"),
            QByteArrayLiteral("{\"email\":\"ada@example.com\"}") };
        bool duplicate = false;
        QVERIFY(!m_store->ingest(event, { makeJob(QStringLiteral("A"), {}, 1) }, &duplicate));
        QVERIFY(!m_store->enqueue({ makeJob(QStringLiteral("B"), {}, 2),
            makeJob(QStringLiteral("C"), {}, 3),
            makeJob(QStringLiteral("D"), {}, 4) }));
        QList<JobRecord> leased;
        QVERIFY(!m_store->lease(QStringLiteral("odoo"), QStringLiteral("w1"), 3, 60000, now(), &leased));
        QCOMPARE(leased.size(), 3);
        QVERIFY(!m_store->finish({ { leased.at(0), finishAs(JobFinish::Kind::Done) },
                                     { leased.at(2), finishAs(JobFinish::Kind::Dead, ErrorClass::Business) } },
            QStringLiteral("w1")));
        const auto payloads = [this] {
            QStringList out;
            QSqlQuery q(m_store->db());
            q.exec(QStringLiteral("SELECT payload FROM jobs ORDER BY id"));
            while (q.next())
                out << q.value(0).toString();
            q.exec(QStringLiteral("SELECT COALESCE(payload, 'null') FROM inbound_events"));
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        const QStringList before = payloads();

        // Nothing is old enough yet.
        int purged = -1;
        QVERIFY(!m_store->purgePayloads(now() - 3600000, &purged));
        QCOMPARE(purged, 0);
        QCOMPARE(payloads(), before);

        // Later: the done job and the event lose their customer data; the leased, dead and ready keep theirs.
        QVERIFY(!m_store->purgePayloads(now() + 1000, &purged));
        QCOMPARE(purged, 2);
        QCOMPARE(payloads(),
            (QStringList { QStringLiteral("{}"), before.at(1), before.at(2), before.at(3), QStringLiteral("null") }));
        QVERIFY(!m_store->purgePayloads(now() + 1000, &purged));
        QCOMPARE(purged, 0); // a second pass finds nothing left
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
