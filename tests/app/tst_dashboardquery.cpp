#include "core/store/database.h"
#include "core/telemetry/dashboardalerts.h"
#include "core/telemetry/dashboardfeed.h"
#include "core/telemetry/dashboardmodels.h"
#include "core/telemetry/dashboardquery.h"
#include "core/telemetry/latencyhistogram.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Quayside;

// The dashboard's read side over a store filled with known rows: exact figures, not "something shows".
class TestDashboardQuery : public QObject
{
    Q_OBJECT

    static constexpr qint64 kMinute = 29'000'000; // the current minute of every snapshot here
    static constexpr qint64 kNow = kMinute * 60000 + 30000;
    static inline const QString kConnection = QStringLiteral("dashboard-test");

    QTemporaryDir m_dir;

    static QSqlDatabase db() { return Database::connection(kConnection); }

    static void exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(db());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    static void job(const QString &step,
        const QString &lane,
        const QString &state,
        const QString &order,
        qint64 createdAt,
        qint64 finishedAt = 0)
    {
        exec(QStringLiteral("INSERT INTO jobs (flow, step, lane, partition_key, correlation_id, payload, state,"
                            " next_attempt_at, created_at, updated_at, finished_at) VALUES"
                            " ('orders', ?, ?, ?, ?, '{}', ?, 0, ?, ?, ?)"),
            { step,
                lane,
                QString(QStringLiteral("order:") + order),
                order,
                state,
                createdAt,
                createdAt,
                finishedAt > 0 ? QVariant(finishedAt) : QVariant() });
    }

    static void count(qint64 minute, const QString &flow, const QString &lane, const QString &metric, qint64 value)
    {
        exec(QStringLiteral("INSERT INTO telemetry_counts (minute, flow, lane, metric, value) VALUES (?, ?, ?, ?, ?)"),
            { minute, flow, lane, metric, value });
    }

    static void latency(qint64 minute, const QString &flow, const QString &lane, qint64 ms, qint64 n)
    {
        exec(QStringLiteral("INSERT INTO telemetry_latency (minute, flow, lane, bucket, count) VALUES (?, ?, ?, ?, ?)"),
            { minute, flow, lane, LatencyHistogram::bucketFor(ms), n });
    }

    static void mismatch(const QString &sku, const QString &location, const QJsonObject &figures)
    {
        QJsonObject value = figures;
        value.insert(QStringLiteral("sku"), sku);
        value.insert(QStringLiteral("location"), location);
        value.insert(QStringLiteral("problems"), QJsonArray { QStringLiteral("figures differ") });
        if (!value.contains(QStringLiteral("resolved")))
            value.insert(QStringLiteral("resolved"), false);
        exec(QStringLiteral("INSERT INTO flow_state (kind, entity_key, value, updated_at) VALUES"
                            " ('inventory_mismatch', ?, ?, 0)"),
            { QString(sku + QLatin1Char('@') + location), QString::fromUtf8(QJsonDocument(value).toJson()) });
    }

    static qint64 at(qint64 minutesAgo, qint64 second = 10) { return (kMinute - minutesAgo) * 60000 + second * 1000; }
    static int slot(qint64 minutesAgo) { return DashboardSnapshot::kDayMinutes - 1 - int(minutesAgo); }

    static DashboardSnapshot snapshot() { return DashboardQuery(kConnection, Dialect::Sqlite).snapshot(kNow); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto config = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("dashboard.sqlite")));
        const auto error = Database::openAndMigrate(config, kConnection);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");

        // Orders booked in Odoo: 3 a minute ago (one within the last 60 s), 2 at the hour's first minute, 1 just before
        // the hour, 1 more than a day ago. Other steps and unfinished ones are not orders.
        for (int i = 0; i < 3; ++i)
            job(QStringLiteral("create_sale_order"),
                QStringLiteral("odoo"),
                QStringLiteral("done"),
                QStringLiteral("#1%1").arg(i),
                at(2),
                at(1, i < 2 ? 5 + i : 45));
        job(QStringLiteral("create_sale_order"),
            QStringLiteral("odoo"),
            QStringLiteral("done"),
            QStringLiteral("#20"),
            at(60),
            at(59));
        job(QStringLiteral("create_sale_order"),
            QStringLiteral("odoo"),
            QStringLiteral("done"),
            QStringLiteral("#21"),
            at(60),
            at(59, 50));
        job(QStringLiteral("create_sale_order"),
            QStringLiteral("odoo"),
            QStringLiteral("done"),
            QStringLiteral("#30"),
            at(61),
            at(60));
        job(QStringLiteral("create_sale_order"),
            QStringLiteral("odoo"),
            QStringLiteral("done"),
            QStringLiteral("#40"),
            at(1500),
            at(1500));
        job(QStringLiteral("route_order"),
            QStringLiteral("odoo"),
            QStringLiteral("done"),
            QStringLiteral("#10"),
            at(1),
            at(1));
        job(QStringLiteral("create_sale_order"),
            QStringLiteral("odoo"),
            QStringLiteral("dead"),
            QStringLiteral("#50"),
            at(3));

        // Orders routed to ShipBob: three not acknowledged yet (the oldest in the exception queue), one done.
        job(QStringLiteral("create_3pl_order"),
            QStringLiteral("shipbob"),
            QStringLiteral("ready"),
            QStringLiteral("#1002"),
            at(20));
        job(QStringLiteral("create_3pl_order"),
            QStringLiteral("shipbob"),
            QStringLiteral("leased"),
            QStringLiteral("#1003"),
            at(5));
        job(QStringLiteral("create_3pl_order"),
            QStringLiteral("shipbob"),
            QStringLiteral("dead"),
            QStringLiteral("#1001"),
            at(45, 40));
        job(QStringLiteral("create_3pl_order"),
            QStringLiteral("shipbob"),
            QStringLiteral("done"),
            QStringLiteral("#1000"),
            at(90),
            at(89));

        count(kMinute - 1, QStringLiteral("orders"), QStringLiteral("odoo"), QStringLiteral("retried"), 4);
        count(kMinute - 1, QStringLiteral("inventory"), QStringLiteral("shopify"), QStringLiteral("retried"), 1);
        count(kMinute - 1, QStringLiteral("orders"), QStringLiteral("odoo"), QStringLiteral("dead_lettered"), 2);
        count(kMinute - 1, QStringLiteral("orders"), QStringLiteral("odoo"), QStringLiteral("succeeded"), 100);
        count(kMinute - 300, QStringLiteral("orders"), QStringLiteral("shipbob"), QStringLiteral("retried"), 7);
        count(kMinute - 2000, QStringLiteral("orders"), QStringLiteral("shipbob"), QStringLiteral("retried"), 9);

        // Orders in the last hour, over two lanes: 50 jobs ≤ 10 ms, 45 ≤ 100 ms, 4 ≤ 1 s, 1 ≤ 5 s.
        latency(kMinute - 1, QStringLiteral("orders"), QStringLiteral("odoo"), 10, 30);
        latency(kMinute - 2, QStringLiteral("orders"), QStringLiteral("shopify"), 9, 20);
        latency(kMinute - 1, QStringLiteral("orders"), QStringLiteral("odoo"), 100, 45);
        latency(kMinute - 1, QStringLiteral("orders"), QStringLiteral("shipbob"), 1000, 4);
        latency(kMinute, QStringLiteral("orders"), QStringLiteral("shipbob"), 5000, 1);
        // Inventory only earlier in the day; and a day-old minute that counts nowhere.
        latency(kMinute - 120, QStringLiteral("inventory"), QStringLiteral("odoo"), 50, 10);
        latency(kMinute - 1440, QStringLiteral("inventory"), QStringLiteral("odoo"), 60000, 10);

        mismatch(QStringLiteral("QS-A"),
            QStringLiteral("WH"),
            { { QStringLiteral("shopify"), 5 }, { QStringLiteral("expected"), 8 } });
        mismatch(QStringLiteral("QS-B"),
            QStringLiteral("SBCIC"),
            { { QStringLiteral("shopify"), 4 },
                { QStringLiteral("expected"), 4 },
                { QStringLiteral("threepl"), 10 },
                { QStringLiteral("odooOnHand"), 30 } });
        mismatch(QStringLiteral("QS-C"),
            QStringLiteral("WH"),
            { { QStringLiteral("shopify"), QJsonValue::Null }, { QStringLiteral("expected"), 7 } });
        mismatch(QStringLiteral("QS-D"),
            QStringLiteral("WH"),
            { { QStringLiteral("shopify"), 100 },
                { QStringLiteral("expected"), 0 },
                { QStringLiteral("resolved"), true } });
        mismatch(QStringLiteral("QS-E"),
            QStringLiteral("WH"),
            { { QStringLiteral("shopify"), 1 }, { QStringLiteral("expected"), 2 } });
    }

    void cleanupTestCase() { Database::close(kConnection); }

    void throughputPerMinute()
    {
        const DashboardSnapshot s = snapshot();
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.firstMinute, kMinute - DashboardSnapshot::kDayMinutes + 1);
        QCOMPARE(s.orders.size(), DashboardSnapshot::kDayMinutes);
        QCOMPARE(s.orders.at(slot(1)), 3);
        QCOMPARE(s.orders.at(slot(59)), 2);
        QCOMPARE(s.orders.at(slot(60)), 1);
        QCOMPARE(s.orders.at(slot(0)), 0);
        QCOMPARE(s.ordersLast60s, 1); // the one 15 s before the minute ended
        QCOMPARE(DashboardSnapshot::sumLast(s.orders, DashboardSnapshot::kHourMinutes), 5);
        QCOMPARE(DashboardSnapshot::sumLast(s.orders, DashboardSnapshot::kDayMinutes), 6);
    }

    void retriesAndFailuresPerMinute()
    {
        const DashboardSnapshot s = snapshot();
        QCOMPARE(s.retried.at(slot(1)), 5);
        QCOMPARE(s.failed.at(slot(1)), 2);
        QCOMPARE(DashboardSnapshot::sumLast(s.retried, DashboardSnapshot::kHourMinutes), 5);
        QCOMPARE(DashboardSnapshot::sumLast(s.retried, DashboardSnapshot::kDayMinutes), 12);
        QCOMPARE(DashboardSnapshot::sumLast(s.failed, DashboardSnapshot::kDayMinutes), 2);
    }

    void percentilesFromBuckets()
    {
        const DashboardSnapshot s = snapshot();
        QCOMPARE(s.hourLatency.size(), 1);
        QCOMPARE(s.hourLatency.at(0), (FlowLatency { QStringLiteral("orders"), 100, 10, 100, 1000 }));
        QCOMPARE(s.hourLatencyAll, (FlowLatency { QString(), 100, 10, 100, 1000 }));
        QCOMPARE(s.dayLatency.size(), 2);
        QCOMPARE(s.dayLatency.at(0), (FlowLatency { QStringLiteral("inventory"), 10, 50, 50, 50 }));
        QCOMPARE(s.dayLatency.at(1), s.hourLatency.at(0));
        // 110 jobs: the 55th is ≤ 50 ms (inventory's ten follow the fifty ≤ 10 ms), the 105th ≤ 100 ms, the
        // 109th ≤ 1 s.
        QCOMPARE(s.dayLatencyAll, (FlowLatency { QString(), 110, 50, 100, 1000 }));
    }

    void worstMismatchesFirst()
    {
        const DashboardSnapshot s = snapshot();
        QCOMPARE(s.openMismatches, 4);
        QStringList order;
        for (const StockMismatch &m : s.worstMismatches)
            order << QStringLiteral("%1@%2=%3").arg(m.sku, m.location).arg(m.difference);
        QCOMPARE(order,
            QStringList({ QStringLiteral("QS-B@SBCIC=20"),
                QStringLiteral("QS-C@WH=7"),
                QStringLiteral("QS-A@WH=3"),
                QStringLiteral("QS-E@WH=1") }));
        QCOMPARE(s.worstMismatches.at(0).problem, QStringLiteral("figures differ"));
    }

    void oldestOrderWaitingForThe3pl()
    {
        const DashboardSnapshot s = snapshot();
        QCOMPARE(s.waitingFor3pl, 3);
        QCOMPARE(s.oldestWaitingOrder, QStringLiteral("#1001"));
        QCOMPARE(s.oldestWaitingSinceMs, at(45, 40));
        QCOMPARE(s.oldestWaitingMinutes(), 44); // 44 min 50 s
        QCOMPARE(s.exceptions, 2);
    }

    void laterSnapshotsReadOnlyTheLastMinutes()
    {
        DashboardQuery query(kConnection, Dialect::Sqlite);
        const DashboardSnapshot before = query.snapshot(kNow);
        QCOMPARE(before.retried.at(slot(1)), 5);

        // Written now: into the minute that is still open, and (as no worker would) into a settled one.
        count(kMinute, QStringLiteral("orders"), QStringLiteral("odoo"), QStringLiteral("retried"), 3);
        count(kMinute - 10, QStringLiteral("orders"), QStringLiteral("odoo"), QStringLiteral("retried"), 100);
        latency(kMinute, QStringLiteral("returns"), QStringLiteral("odoo"), 20, 2);
        const DashboardSnapshot after = query.snapshot(kNow + 20000);
        QCOMPARE(after.retried.at(slot(0)), 3);
        QCOMPARE(after.retried.at(slot(10)), 0); // settled minutes come from the first read
        QCOMPARE(after.hourLatency.size(), 2);
        QCOMPARE(after.hourLatency.at(1), (FlowLatency { QStringLiteral("returns"), 2, 20, 20, 20 }));

        // A minute later the window moves on; the same figures sit one slot further back.
        const DashboardSnapshot next = query.snapshot(kNow + 60000);
        QCOMPARE(next.firstMinute, after.firstMinute + 1);
        QCOMPARE(next.retried.at(slot(1)), 3);
        QCOMPARE(next.retried.at(slot(2)), 5);
        QCOMPARE(next.orders.at(slot(2)), 3);
        QCOMPARE(DashboardSnapshot::sumLast(next.orders, DashboardSnapshot::kHourMinutes), 3); // #20, #21 left it

        // A fresh read (a restarted console) sees everything that was written.
        QCOMPARE(DashboardQuery(kConnection, Dialect::Sqlite).snapshot(kNow + 60000).retried.at(slot(11)), 100);
        exec(QStringLiteral("DELETE FROM telemetry_counts WHERE minute = ? OR value = 100"), { kMinute });
        exec(QStringLiteral("DELETE FROM telemetry_latency WHERE flow = 'returns'"), {});
    }

    void ordersUseTheirPartialIndex()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT finished_at / 60000, COUNT(*) FROM jobs"
                                      " WHERE step = 'create_sale_order' AND state = 'done' AND finished_at >= 0"
                                      " GROUP BY finished_at / 60000")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("jobs_orders_done")), qPrintable(plan));
    }

    void modelsFollowSnapshots()
    {
        const DashboardSnapshot s = snapshot();
        FlowLatencyModel latency;
        QAbstractItemModelTester latencyTester(&latency, QAbstractItemModelTester::FailureReportingMode::QtTest);
        latency.setLatency(s.dayLatency);
        QCOMPARE(latency.rowCount(), 2);
        QCOMPARE(latency.index(1, FlowLatencyModel::FlowColumn).data().toString(), QStringLiteral("orders"));
        QCOMPARE(
            latency.index(1, FlowLatencyModel::P99Column).data(FlowLatencyModel::MillisecondsRole).toLongLong(), 1000);
        QCOMPARE(latency.index(1, FlowLatencyModel::P99Column).data().toString(), QStringLiteral("1 s"));
        QCOMPARE(latency.index(1, FlowLatencyModel::P95Column).data().toString(), QStringLiteral("100 ms"));

        // Same flows, new figures: changed in place, no reset.
        QSignalSpy reset(&latency, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&latency, &QAbstractItemModel::dataChanged);
        QList<FlowLatency> next = s.dayLatency;
        next[1].p99Ms = 5000;
        latency.setLatency(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        latency.setLatency(next);
        QCOMPARE(changed.size(), 1);
        latency.setLatency(s.hourLatency); // a flow went quiet
        QCOMPARE(latency.rowCount(), 1);
        latency.setLatency({});
        QCOMPARE(latency.rowCount(), 0);

        MismatchModel mismatches;
        QAbstractItemModelTester mismatchTester(&mismatches, QAbstractItemModelTester::FailureReportingMode::QtTest);
        mismatches.setMismatches(s.worstMismatches);
        QCOMPARE(mismatches.rowCount(), 4);
        QCOMPARE(mismatches.index(0, MismatchModel::SkuColumn).data().toString(), QStringLiteral("QS-B"));
        QCOMPARE(mismatches.index(0, MismatchModel::LocationColumn).data().toString(), QStringLiteral("SBCIC"));
        QCOMPARE(mismatches.index(0, MismatchModel::DifferenceColumn).data().toString(), QStringLiteral("20"));
        mismatches.setMismatches(s.worstMismatches.mid(1));
        QCOMPARE(mismatches.index(0, MismatchModel::SkuColumn).data().toString(), QStringLiteral("QS-C"));
    }

    void alertOncePerCrossing()
    {
        AlertMonitor monitor;
        QSignalSpy raised(&monitor, &AlertMonitor::alertRaised);
        QSignalSpy active(&monitor, &AlertMonitor::activeChanged);
        AlertThresholds t;
        t.maxExceptions = 5;
        t.maxP95LatencySeconds = -1; // off
        t.maxWaitingFor3plMinutes = 60;
        t.maxMismatches = 10;
        monitor.setThresholds(t);

        DashboardSnapshot s = snapshot();
        s.hourLatencyAll.p95Ms = 120000;
        monitor.evaluate(s);
        QCOMPARE(raised.size(), 0); // 2 exceptions, 44 min, 4 mismatches; latency switched off
        QVERIFY(!monitor.isActive(DashboardAlert::Latency));

        s.exceptions = 6;
        monitor.evaluate(s);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).at(0).value<DashboardAlert>(), DashboardAlert::Exceptions);
        QCOMPARE(raised.at(0).at(2).toString(), QStringLiteral("6 job(s) in the exception queue (alert above 5)."));
        QVERIFY(monitor.isActive(DashboardAlert::Exceptions));
        for (int i = 0; i < 5; ++i) {
            s.exceptions = 7 + i;
            monitor.evaluate(s); // still above: no repeat on every refresh
        }
        QCOMPARE(raised.size(), 1);

        s.exceptions = 5; // at the limit is not above it
        monitor.evaluate(s);
        QVERIFY(!monitor.isActive(DashboardAlert::Exceptions));
        QCOMPARE(active.size(), 2);
        s.exceptions = 9;
        monitor.evaluate(s);
        QCOMPARE(raised.size(), 2); // a new crossing

        // Lowering a limit re-checks the last snapshot at once.
        t.maxWaitingFor3plMinutes = 30;
        monitor.setThresholds(t);
        QCOMPARE(raised.size(), 3);
        QCOMPARE(raised.at(2).at(0).value<DashboardAlert>(), DashboardAlert::WaitingFor3pl);
        QVERIFY(raised.at(2).at(2).toString().contains(QLatin1String("#1001")));
    }

    void thresholdsRoundTrip()
    {
        AlertThresholds t;
        t.maxExceptions = 3;
        t.maxP95LatencySeconds = -1;
        t.maxWaitingFor3plMinutes = 90;
        t.maxMismatches = 12;
        QCOMPARE(AlertThresholds::fromJson(t.toJson()), t);
        // A malformed value keeps its default; unknown keys are ignored.
        const AlertThresholds partial = AlertThresholds::fromJson(
            { { QStringLiteral("maxExceptions"), QStringLiteral("many") }, { QStringLiteral("other"), 1 } });
        QCOMPARE(partial, AlertThresholds());

        QSettings settings(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        QCOMPARE(AlertThresholds::load(settings), AlertThresholds());
        t.save(settings);
        settings.sync();
        QSettings again(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        QCOMPARE(AlertThresholds::load(again), t);
    }

    void feedDeliversOnItsTimer()
    {
        DashboardFeed feed(kConnection, Dialect::Sqlite);
        feed.setClock([] { return kNow; });
        feed.setInterval(10);
        QSignalSpy ready(&feed, &DashboardFeed::snapshotReady);
        feed.start();
        QCOMPARE(ready.size(), 1); // at once, not a tick later
        QCOMPARE(ready.at(0).at(0).value<DashboardSnapshot>().ordersLast60s, 1);
        QVERIFY(ready.wait(5000));
        feed.stop();
        QVERIFY(!feed.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "tst_dashboardquery.moc"
