#include "core/store/database.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "tests/day/headlessworker.h"

using namespace Quayside;
using namespace Quayside::Sandbox;

// The soak: an hour of generated trading (orders with cancellations, refunds and returns) through the
// product's own headless worker, watched from outside like a server. What must stay flat: the worker's
// resident memory, open file handles and threads, the order sync latency, and the backlog. Minutes and
// rate come from QUAYSIDE_SOAK_MINUTES (60) and QUAYSIDE_SOAK_RATE (orders per second, 5: what
// the sandbox holds on a 2-core machine, see docs/performance.md); every sample
// is written to soak.csv in the working directory for docs/performance.md. The backlog counts jobs the
// worker can run, not those held behind an exception of their order.
class TestSoak : public QObject
{
    Q_OBJECT

    struct Sample
    {
        double minute = 0;
        qint64 rssKiB = 0;
        qint64 heapKiB = 0; // anonymous resident memory: the heap and thread stacks, not mapped files
        int fds = 0;
        int threads = 0;
        qint64 backlog = 0;
        qint64 exceptions = 0; // dead jobs: orders waiting for an operator (EUR orders, by design)
        qint64 p50Ms = 0;
        qint64 p95Ms = 0;
        int synced = 0; // orders that reached Odoo in the interval
    };

    static int envInt(const char *name, int fallback)
    {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue(name, &ok);
        return ok && value > 0 ? value : fallback;
    }

    static qint64 statusField(qint64 pid, const QByteArray &field)
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith(QByteArray(field + ':')))
                return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
        return -1;
    }

    // Sync latency of the orders confirmed in Odoo during [from, to): from the order's first job (its
    // arrival) to the end of its create_sale_order step.
    static QList<qint64> latencies(const QString &connection, qint64 from, qint64 to)
    {
        QSqlQuery q(Database::connection(connection));
        q.prepare(QStringLiteral(
            "SELECT j.finished_at - (SELECT MIN(f.created_at) FROM jobs f WHERE f.correlation_id = j.correlation_id)"
            " FROM jobs j WHERE j.step = 'create_sale_order' AND j.state = 'done'"
            " AND j.finished_at >= ? AND j.finished_at < ?"
            // An order's later updates run the step again (it finds the sale order): only the first counts.
            " AND NOT EXISTS (SELECT 1 FROM jobs e WHERE e.correlation_id = j.correlation_id"
            " AND e.step = 'create_sale_order' AND e.state = 'done' AND e.finished_at < j.finished_at)"));
        q.addBindValue(from);
        q.addBindValue(to);
        QList<qint64> out;
        if (q.exec())
            while (q.next())
                out << q.value(0).toLongLong();
        std::sort(out.begin(), out.end());
        return out;
    }

    // Jobs waiting to run, without those held behind an exception of their order (a job waits while an
    // earlier one of its partition is dead): they wait for an operator, not for the worker.
    static QString runnable()
    {
        return QStringLiteral("FROM jobs j WHERE j.state IN ('ready', 'leased') AND NOT EXISTS (SELECT 1 FROM jobs d"
                              " WHERE d.partition_key = j.partition_key AND d.state = 'dead')");
    }

    static qint64 count(const QString &connection, const QString &sql)
    {
        QSqlQuery q(Database::connection(connection));
        if (q.exec(sql) && q.next())
            return q.value(0).toLongLong();
        return -1;
    }

    static qint64 backlog(const QString &connection)
    {
        return count(connection, QStringLiteral("SELECT COUNT(*) ") + runnable());
    }

    static QString backlogByLane(const QString &connection)
    {
        QSqlQuery q(Database::connection(connection));
        QStringList out;
        if (q.exec(QStringLiteral("SELECT j.lane || '/' || j.step, COUNT(*) ") + runnable()
                + QStringLiteral(" GROUP BY j.lane, j.step ORDER BY 2 DESC LIMIT 4")))
            while (q.next())
                out << QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toLongLong());
        return out.join(QStringLiteral(", "));
    }

    static qint64 percentile(const QList<qint64> &sorted, double p)
    {
        return sorted.isEmpty() ? 0 : sorted.at(qsizetype(double(sorted.size() - 1) * p));
    }

    template <typename Field>
    static double median(QList<Sample> samples, Field field)
    {
        if (samples.isEmpty())
            return 0;
        std::sort(
            samples.begin(), samples.end(), [&](const Sample &a, const Sample &b) { return field(a) < field(b); });
        return double(field(samples.at(samples.size() / 2)));
    }

private Q_SLOTS:
    void anHourOfTrading()
    {
        const int minutes = envInt("QUAYSIDE_SOAK_MINUTES", 60);
        const int rate = envInt("QUAYSIDE_SOAK_RATE", 5);
        QTemporaryDir dir;
        SandboxOptions options;
        options.seed = 2027;
        SandboxHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        // Limits that let 20 orders/s through: a Plus-sized bucket at Shopify, a ShipBob account allowed
        // far more than its default 150 requests/min, an Odoo with more workers (see writeConfig below).
        // The soak is about our process, not the services'.
        host.shopify()->setRateLimit(20000, 10000);
        host.shipbob()->setRateLimit(60000);
        host.shipbob()->setAutoProgress(true, 200, 600.0);
        // One request in a hundred fails in passing, so the retry paths run all hour too.
        for (FaultInjector *faults : { host.shopify()->faults(), host.odoo()->faults(), host.shipbob()->faults() }) {
            FaultRule rule;
            rule.endpoint = QStringLiteral("*");
            rule.kind = FaultKind::ServerError;
            rule.probability = 0.01;
            faults->addRule(rule);
        }
        Testing::HeadlessWorker worker(
            &host, dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("soak.json")));
        const auto every = [](const char *d) { return QJsonObject { { QStringLiteral("every"), QLatin1String(d) } }; };
        QVERIFY2(worker.writeConfig(QJsonObject { { QStringLiteral("orders"), every("5s") },
                                        { QStringLiteral("shipments"), every("5s") },
                                        { QStringLiteral("inventory"), every("10s") },
                                        { QStringLiteral("reconciliation"), every("10m") } },
                     &error,
                     { .odooConcurrency = 12, .shipbobRequestsPerMinute = 60000 }),
            qPrintable(error));
        QVERIFY(worker.start());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(worker.storePath()), 30000);
        QVERIFY(!Database::open(DatabaseConfig::sqlite(worker.storePath()), QStringLiteral("soak")));

        TrafficGenerator *traffic = host.traffic();
        QStringList placedOrders;
        connect(traffic, &TrafficGenerator::orderPlaced, traffic, [&](const QString &gid) { placedOrders << gid; });
        traffic->setOrdersPerMinute(rate * 60.0);
        QFile csv(QStringLiteral("soak.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write("minute,rss_kib,anon_kib,fds,threads,backlog,exceptions,orders_synced,p50_ms,p95_ms\n");
        QList<Sample> samples;
        QElapsedTimer clock;
        clock.start();
        const qint64 sampleMs = 30'000;
        qint64 windowStart = QDateTime::currentMSecsSinceEpoch();
        while (clock.elapsed() < qint64(minutes) * 60'000) {
            QTest::qWait(int(sampleMs));
            worker.log();
            // ShipBob's floor is restocked as a warehouse would be, so shipments keep flowing.
            for (const auto &variant : host.world().variants())
                if (const int onHand = host.shipbob()->onHandQuantity(variant.sku); onHand >= 0 && onHand < 2000)
                    host.shipbob()->adjustOnHand(variant.sku, 5000);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const QList<qint64> window = latencies(QStringLiteral("soak"), windowStart, now);
            windowStart = now;
            Sample s;
            s.minute = double(clock.elapsed()) / 60000.0;
            s.rssKiB = statusField(worker.pid(), "VmRSS");
            s.heapKiB = statusField(worker.pid(), "RssAnon");
            s.threads = int(statusField(worker.pid(), "Threads"));
            s.fds = int(QDir(QStringLiteral("/proc/%1/fd").arg(worker.pid()))
                            .entryList(QDir::NoDotAndDotDot | QDir::System)
                            .size());
            s.backlog = backlog(QStringLiteral("soak"));
            s.exceptions
                = count(QStringLiteral("soak"), QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'dead'"));
            s.p50Ms = percentile(window, 0.5);
            s.p95Ms = percentile(window, 0.95);
            s.synced = int(window.size());
            QVERIFY2(s.rssKiB > 0, "the worker is gone");
            samples << s;
            csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                          .arg(s.minute, 0, 'f', 1)
                          .arg(s.rssKiB)
                          .arg(s.heapKiB)
                          .arg(s.fds)
                          .arg(s.threads)
                          .arg(s.backlog)
                          .arg(s.exceptions)
                          .arg(s.synced)
                          .arg(s.p50Ms)
                          .arg(s.p95Ms)
                          .toUtf8());
            csv.flush();
            qInfo("%5.1f min: RSS %lld KiB (anonymous %lld), %d fds, %d threads, backlog %lld (%s), %lld exceptions, "
                  "%d orders synced, "
                  "p50 %lld ms, p95 %lld ms",
                s.minute,
                s.rssKiB,
                s.heapKiB,
                s.fds,
                s.threads,
                s.backlog,
                qPrintable(backlogByLane(QStringLiteral("soak"))),
                s.exceptions,
                s.synced,
                s.p50Ms,
                s.p95Ms);
        }
        traffic->setOrdersPerMinute(0);
        const int placed = traffic->ordersPlaced();
        qInfo("%d orders placed in %d minutes (%.1f per second)", placed, minutes, placed / (minutes * 60.0));

        // Flat: the second quarter of the run (caches warm) against the last quarter.
        const qsizetype quarter = samples.size() / 4;
        QVERIFY2(quarter >= 1, "the run is too short to compare quarters");
        const QList<Sample> early = samples.mid(quarter, quarter);
        const QList<Sample> late = samples.mid(samples.size() - quarter);
        const double rssEarly = median(early, [](const Sample &s) { return s.rssKiB; });
        const double rssLate = median(late, [](const Sample &s) { return s.rssKiB; });
        const double p95Early = median(early, [](const Sample &s) { return s.p95Ms; });
        const double p95Late = median(late, [](const Sample &s) { return s.p95Ms; });
        const auto [fdMin, fdMax] = std::minmax_element(
            samples.cbegin() + quarter, samples.cend(), [](const Sample &a, const Sample &b) { return a.fds < b.fds; });
        const auto [thMin, thMax] = std::minmax_element(samples.cbegin() + quarter,
            samples.cend(),
            [](const Sample &a, const Sample &b) { return a.threads < b.threads; });
        const double backlogLate = median(late, [](const Sample &s) { return s.backlog; });
        qInfo("RSS %.0f -> %.0f KiB, p95 %.0f -> %.0f ms, fds %d..%d, threads %d..%d, late backlog %.0f",
            rssEarly,
            rssLate,
            p95Early,
            p95Late,
            fdMin->fds,
            fdMax->fds,
            thMin->threads,
            thMax->threads,
            backlogLate);
        QVERIFY2(rssLate <= rssEarly * 1.15 + 16 * 1024, "resident memory grows");
        QVERIFY2(fdMax->fds - fdMin->fds <= 8, "file handles grow");
        QVERIFY2(thMax->threads - thMin->threads <= 2, "threads grow");
        QVERIFY2(p95Late <= p95Early * 1.5 + 1000, "latency grows");
        // Keeping up: at the end the queue holds about a minute of work at most, not an hour's pile.
        QVERIFY2(backlogLate <= rate * 60 * 6, "the backlog grows: the worker does not keep up");

        // And nothing was lost or doubled: every order reaches Odoo once, waits in the exception queue (the
        // generated EUR orders, which a USD company cannot book) and is not in Odoo, or was cancelled in
        // Shopify before it got there.
        QElapsedTimer drain;
        drain.start();
        QHash<QString, int> inOdoo;
        QSet<QString> waiting;
        int cancelledFirst = 0;
        QStringList lost;
        const ShopifyStore &shop = host.shopify()->store();
        const auto tally = [&] {
            inOdoo.clear();
            OdooDatabase &db = host.odoo()->database();
            for (int id : db.search("sale.order", Json::array(), Json::object()))
                if (const Json origin = db.stored("sale.order", id, "origin"); origin.is_string())
                    ++inOdoo[QString::fromStdString(origin.get<std::string>())];
            waiting.clear();
            QSqlQuery q(Database::connection(QStringLiteral("soak")));
            if (q.exec(QStringLiteral("SELECT DISTINCT partition_key FROM jobs WHERE state = 'dead'"
                                      " AND step = 'create_sale_order'")))
                while (q.next()) {
                    const QString key = q.value(0).toString();
                    waiting << key.mid(key.indexOf(QLatin1Char(':')) + 1);
                }
            cancelledFirst = 0;
            lost.clear();
            for (const QString &gid : std::as_const(placedOrders)) {
                if (inOdoo.contains(QStringLiteral("Shopify ") + gid) || waiting.contains(gid))
                    continue;
                const int index = shop.orderIndexById(gid.section(QLatin1Char('/'), -1).toLongLong());
                if (index >= 0 && shop.orders[size_t(index)].cancelledAtMs)
                    ++cancelledFirst;
                else
                    lost << gid;
            }
            return lost.size();
        };
        while (tally() > 0 && drain.elapsed() < 600'000)
            QTest::qWait(5000);
        qInfo("%lld orders placed: %lld in Odoo, %lld in the exception queue, %d cancelled before they reached Odoo",
            qint64(placedOrders.size()),
            qint64(inOdoo.size()),
            qint64(waiting.size()),
            cancelledFirst);
        QCOMPARE(int(placedOrders.size()), placed);
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("lost: ") + lost.mid(0, 5).join(QLatin1Char(' '))));
        for (auto it = inOdoo.cbegin(); it != inOdoo.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        for (const QString &gid : std::as_const(waiting))
            QVERIFY2(!inOdoo.contains(QStringLiteral("Shopify ") + gid), qPrintable(gid));
        Database::close(QStringLiteral("soak"));
        QVERIFY(worker.terminate());
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
