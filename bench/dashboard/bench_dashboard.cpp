// Dashboard benchmark (not a test): what one refresh of the dashboard's snapshot costs on a large store.
//
//   bench_dashboard [--jobs 100000] [--days 7] [--refreshes 50] [--dir DIR]
//
// The store holds `jobs` jobs of the order flow (five steps per order) finished over the last two days,
// a few hundred orders waiting for the 3PL and in the exception queue, `days` days of per-minute telemetry
// as busy as 200 jobs/s over two flows and three lanes would leave it, and 500 open inventory mismatches.
// Each refresh is DashboardQuery::snapshot on its own read connection, two seconds after the previous one,
// as the console's DashboardFeed runs it; the first reads the whole day, the others the last minutes.
#include "core/store/database.h"
#include "core/telemetry/dashboardquery.h"
#include "core/telemetry/latencyhistogram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Quayside;

namespace {

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "SQL failed: %s\n", qPrintable(q.lastError().text()));
    return false;
}

bool fill(const QString &conn, int jobs, int days, qint64 nowMs)
{
    QSqlDatabase db = Database::connection(conn);
    QRandomGenerator rng(42);
    WriteTransaction tx(db, Dialect::Sqlite);
    if (tx.begin())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO jobs (flow, step, lane, partition_key, correlation_id, payload, state,"
                             " next_attempt_at, created_at, updated_at, finished_at) VALUES"
                             " ('orders', ?, ?, ?, ?, '{}', ?, 0, ?, ?, ?)"));
    static const char *steps[][2] = { { "poll_shopify", "shopify" },
        { "create_sale_order", "odoo" },
        { "route_order", "odoo" },
        { "create_3pl_order", "shipbob" },
        { "invoice_sale_order", "odoo" } };
    const qint64 span = 2 * 24 * 3600 * 1000LL;
    for (int i = 0; i < jobs; ++i) {
        const int order = i / 5;
        const auto *step = steps[i % 5];
        const qint64 created = nowMs - span + qint64(double(order) * 5 / jobs * double(span));
        QString state = QStringLiteral("done");
        if (order > jobs / 5 - 300 && i % 5 == 3)
            state = QStringLiteral("ready"); // the newest orders still wait for ShipBob
        else if (i % 997 == 0)
            state = QStringLiteral("dead");
        const QString name = QStringLiteral("#%1").arg(1000 + order);
        q.addBindValue(QString::fromLatin1(step[0]));
        q.addBindValue(QString::fromLatin1(step[1]));
        q.addBindValue(QString(QStringLiteral("order:") + name));
        q.addBindValue(name);
        q.addBindValue(state);
        q.addBindValue(created);
        q.addBindValue(created);
        q.addBindValue(state == QLatin1String("done") ? QVariant(created + 800) : QVariant());
        if (!exec(q))
            return false;
    }
    const qint64 nowMinute = nowMs / 60000;
    QSqlQuery counts(db);
    counts.prepare(
        QStringLiteral("INSERT INTO telemetry_counts (minute, flow, lane, metric, value) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery latency(db);
    latency.prepare(
        QStringLiteral("INSERT INTO telemetry_latency (minute, flow, lane, bucket, count) VALUES (?, ?, ?, ?, ?)"));
    const QStringList flows { QStringLiteral("orders"), QStringLiteral("inventory") };
    const QStringList lanes { QStringLiteral("shopify"), QStringLiteral("odoo"), QStringLiteral("shipbob") };
    const QStringList metrics { QStringLiteral("succeeded"),
        QStringLiteral("retried"),
        QStringLiteral("dead_lettered"),
        QStringLiteral("throttled") };
    for (qint64 minute = nowMinute - qint64(days) * 1440; minute <= nowMinute; ++minute) {
        for (const QString &flow : flows) {
            for (const QString &lane : lanes) {
                for (const QString &metric : metrics) {
                    counts.addBindValue(minute);
                    counts.addBindValue(flow);
                    counts.addBindValue(lane);
                    counts.addBindValue(metric);
                    counts.addBindValue(metric == QLatin1String("succeeded") ? 2000 : qint64(rng.bounded(20)));
                    if (!exec(counts))
                        return false;
                }
                // 200 jobs/s spread over six (flow, lane) pairs: about a dozen buckets a minute each.
                for (int bucket = 6; bucket < 18; ++bucket) {
                    latency.addBindValue(minute);
                    latency.addBindValue(flow);
                    latency.addBindValue(lane);
                    latency.addBindValue(bucket);
                    latency.addBindValue(qint64(1 + rng.bounded(400)));
                    if (!exec(latency))
                        return false;
                }
            }
        }
    }
    QSqlQuery state(db);
    state.prepare(QStringLiteral("INSERT INTO flow_state (kind, entity_key, value, updated_at) VALUES"
                                 " ('inventory_mismatch', ?, ?, 0)"));
    for (int i = 0; i < 500; ++i) {
        const QString sku = QStringLiteral("QS-%1").arg(i, 5, 10, QLatin1Char('0'));
        state.addBindValue(QString(sku + QStringLiteral("@WH")));
        state.addBindValue(QStringLiteral("{\"sku\":\"%1\",\"location\":\"WH\",\"shopify\":%2,\"expected\":%3,"
                                          "\"problems\":[\"Shopify shows %2 available, expected %3\"],"
                                          "\"resolved\":%4}")
                               .arg(sku)
                               .arg(rng.bounded(100))
                               .arg(rng.bounded(100))
                               .arg(i % 3 == 0 ? QStringLiteral("true") : QStringLiteral("false")));
        if (!exec(state))
            return false;
    }
    return !tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jobsOption(
        QStringLiteral("jobs"), QStringLiteral("Jobs in the store."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("Days of telemetry."), QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption refreshOption(
        QStringLiteral("refreshes"), QStringLiteral("Refreshes to time."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Folder for the store."), QStringLiteral("DIR"));
    parser.addOptions({ jobsOption, daysOption, refreshOption, dirOption });
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir tmp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();
    const auto config = DatabaseConfig::sqlite(QDir(dir).filePath(QStringLiteral("dashboard.sqlite")));
    QFile::remove(config.sqlitePath);
    if (auto error = Database::openAndMigrate(config, QStringLiteral("writer"))) {
        std::fprintf(stderr, "%s\n", qPrintable(error->message));
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer fillTime;
    fillTime.start();
    if (!fill(QStringLiteral("writer"), parser.value(jobsOption).toInt(), parser.value(daysOption).toInt(), now))
        return 1;
    std::printf("store: %d jobs, %d days of telemetry, %.1f MB, filled in %.1f s\n",
        parser.value(jobsOption).toInt(),
        parser.value(daysOption).toInt(),
        double(QFileInfo(config.sqlitePath).size()) / 1e6,
        double(fillTime.elapsed()) / 1000.0);

    if (auto error = Database::open(config, QStringLiteral("gui"))) {
        std::fprintf(stderr, "%s\n", qPrintable(error->message));
        return 1;
    }
    DashboardQuery query(QStringLiteral("gui"), Dialect::Sqlite);
    const int refreshes = std::max(2, parser.value(refreshOption).toInt());
    QList<double> ms;
    DashboardSnapshot s;
    for (int i = 0; i < refreshes; ++i) {
        QElapsedTimer t;
        t.start();
        s = query.snapshot(now + qint64(i) * 2000); // the feed's two-second tick
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    if (!s.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error));
        return 1;
    }
    const double first = ms.takeFirst();
    std::sort(ms.begin(), ms.end());
    std::printf(
        "snapshot: orders in the last day %lld, waiting for the 3PL %lld, exceptions %lld, open mismatches %lld\n",
        DashboardSnapshot::sumLast(s.orders, DashboardSnapshot::kDayMinutes),
        s.waitingFor3pl,
        s.exceptions,
        s.openMismatches);
    std::printf("refresh: first (reads the whole day) %.1f ms; then median %.1f ms, p95 %.1f ms, max %.1f ms"
                " over %d refreshes\n",
        first,
        ms.at(ms.size() / 2),
        ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(double(ms.size()) * 0.95))),
        ms.last(),
        refreshes);
    Database::close(QStringLiteral("gui"));
    Database::close(QStringLiteral("writer"));
    return 0;
}
