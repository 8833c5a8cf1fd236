#include "core/engine/jobstore.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/storecopier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/teststore.h"

using namespace Quayside;

// `quayside --migrate-store`: a SQLite store with history moves into a new store (PostgreSQL in the
// _pg run, another SQLite file otherwise) and goes on working there.
class TestStoreCopier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    static NewJob job(const QString &partition, int n)
    {
        NewJob j;
        j.flow = QStringLiteral("orders");
        j.step = QStringLiteral("create_sale_order");
        j.lane = QStringLiteral("odoo");
        j.partitionKey = partition;
        j.correlationId = QStringLiteral("order:") + partition;
        j.payload = QByteArrayLiteral("{\"email\":\"ann@example.com\",\"n\":") + QByteArray::number(n) + '}';
        return j;
    }

    // A source store with some of everything: events, finished, dead, resolved and waiting jobs, attempts,
    // audit entries, a cursor and flow state.
    static void fillSource(JobStore &store)
    {
        for (int i = 0; i < 30; ++i) {
            const InboundEvent event { QStringLiteral("shopify:demo"),
                QStringLiteral("orders/create"),
                QStringLiteral("gid://shopify/Order/%1").arg(i),
                QStringLiteral("v1"),
                QStringLiteral("order:%1").arg(i),
                QByteArrayLiteral("{}") };
            QVERIFY(!store.ingest(event, { job(QString::number(i), i) }));
        }
        QList<JobRecord> leased;
        const qint64 now = QDateTime::currentMSecsSinceEpoch() + 1000; // every job is due by then
        QVERIFY(!store.lease(QStringLiteral("odoo"), QStringLiteral("w1"), 20, 60000, now, &leased));
        QCOMPARE(leased.size(), 20);
        QList<QPair<JobRecord, JobFinish>> results;
        for (int i = 0; i < leased.size(); ++i) {
            JobFinish f;
            f.kind = i < 15 ? JobFinish::Kind::Done : JobFinish::Kind::Dead;
            if (f.kind == JobFinish::Kind::Dead)
                f.errorClass = ErrorClass::Business;
            f.message = f.kind == JobFinish::Kind::Dead ? QStringLiteral("no such product") : QString();
            f.state = { StateWrite { QStringLiteral("order"),
                leased.at(i).partitionKey,
                QJsonObject { { QStringLiteral("odoo_id"), i + 100 } } } };
            results << qMakePair(leased.at(i), f);
        }
        QVERIFY(!store.finish(results, QStringLiteral("w1")));
        QVERIFY(!store.resolve(
            { leased.at(15).id, leased.at(16).id }, QStringLiteral("ops"), QStringLiteral("fixed by hand")));
        QVERIFY(!store.setCursor(QStringLiteral("shopify:orders"), QStringLiteral("2026-11-27T10:00:00Z")));
    }

    DatabaseConfig filledSource()
    {
        const auto source = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("source%1.sqlite").arg(++m_n)));
        const QString name = QStringLiteral("fill");
        if (Database::openAndMigrate(source, name))
            return {};
        {
            JobStore store(name, source.dialect);
            fillSource(store);
        }
        Database::close(name);
        return source;
    }

private Q_SLOTS:
    void aStoreMovesWithItsHistoryAndGoesOn()
    {
        DatabaseConfig target;
        QUAYSIDE_FRESH_STORE(target, m_dir, QStringLiteral("target%1").arg(++m_n));
        const DatabaseConfig source = filledSource();
        QVERIFY(!QTest::currentTestFailed());

        StoreCopier::Report report;
        const auto error = StoreCopier::copy(source, target, &report);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QCOMPARE(report.tables.size(), StoreCopier::tables().size());
        for (const auto &count : std::as_const(report.tables))
            QCOMPARE(count.target, count.source);
        QCOMPARE(report.auditEntries, 2);

        QVERIFY(!Database::open(target, QStringLiteral("moved")));
        {
            JobStore moved(QStringLiteral("moved"), target.dialect);
            const auto states = moved.countByState();
            QCOMPARE(states.value(JobState::Done), 15);
            QCOMPARE(states.value(JobState::Dead), 3);
            QCOMPARE(states.value(JobState::Resolved), 2);
            QCOMPARE(states.value(JobState::Ready), 10);
            QCOMPARE(moved.cursor(QStringLiteral("shopify:orders")), QStringLiteral("2026-11-27T10:00:00Z"));
            QCOMPARE(moved.state(QStringLiteral("order"), QStringLiteral("3")).value(QStringLiteral("odoo_id")).toInt(),
                103);
            QCOMPARE(AuditLog::verify(moved.db()), 0);

            // New rows continue after the copied ids, and new audit entries extend the copied chain.
            QList<qint64> ids;
            QVERIFY(!moved.enqueue({ job(QStringLiteral("new"), 99) }, &ids));
            QCOMPARE(ids.value(0), 31);
            const auto dead = moved.countByState().value(JobState::Dead);
            QCOMPARE(dead, 3);
            QSqlQuery q(moved.db());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM jobs WHERE state = 'dead' ORDER BY id")) && q.next());
            const qint64 deadId = q.value(0).toLongLong();
            q.finish();
            int changed = 0;
            QVERIFY(!moved.skip({ deadId }, QStringLiteral("ops"), QStringLiteral("cancelled"), &changed));
            QCOMPARE(changed, 1);
            QCOMPARE(AuditLog::verify(moved.db()), 0);
            QCOMPARE(AuditLog::entries(moved.db()).size(), 3);
        }
        Database::close(QStringLiteral("moved"));

        // A store that is already in use is never overwritten.
        StoreCopier::Report again;
        const auto refused = StoreCopier::copy(source, target, &again);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QLatin1String("already holds data")), qPrintable(refused->message));
    }

    void aTamperedAuditLogIsNotCopied()
    {
        DatabaseConfig target;
        QUAYSIDE_FRESH_STORE(target, m_dir, QStringLiteral("target%1").arg(++m_n));
        const DatabaseConfig source = filledSource();
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(!Database::open(source, QStringLiteral("tamper")));
        {
            QSqlQuery q(Database::connection(QStringLiteral("tamper")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET note = 'nothing happened' WHERE id = 1")));
        }
        Database::close(QStringLiteral("tamper"));
        StoreCopier::Report report;
        const auto error = StoreCopier::copy(source, target, &report);
        QVERIFY(error);
        QVERIFY2(error->message.contains(QLatin1String("audit")), qPrintable(error->message));
        // Nothing of the failed copy stays behind.
        QVERIFY(!Database::open(target, QStringLiteral("after")));
        QCOMPARE(JobStore(QStringLiteral("after"), target.dialect).countByState().value(JobState::Ready), 0);
        Database::close(QStringLiteral("after"));
    }
};

QTEST_GUILESS_MAIN(TestStoreCopier)
#include "tst_storecopier.moc"
