#include "core/telemetry/dashboardquery.h"

#include "core/engine/job.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/inventory/inventoryjobs.h"
#include "core/flows/orders/orderjobs.h"
#include "core/telemetry/latencyhistogram.h"
#include "core/telemetry/telemetry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Quayside {

namespace {
// A figure of the mismatch, or 0 when that system has none (a SKU missing on one side is off by all of it).
double figure(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble(0);
}

bool hasFigure(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isDouble();
}

FlowLatency percentiles(const QString &flow, const LatencyHistogram &h)
{
    return { flow, h.count(), h.quantileMs(0.50), h.quantileMs(0.95), h.quantileMs(0.99) };
}

// "'a', 'b'" for an IN list of the job states that still wait for something.
QString unfinishedStates()
{
    return QStringLiteral("'%1', '%2', '%3'")
        .arg(toString(JobState::Ready), toString(JobState::Leased), toString(JobState::Dead));
}
} // namespace

qint64 DashboardSnapshot::sumLast(const QList<qint64> &series, int minutes)
{
    qint64 sum = 0;
    for (qsizetype i = std::max<qsizetype>(0, series.size() - minutes); i < series.size(); ++i)
        sum += series.at(i);
    return sum;
}

DashboardQuery::DashboardQuery(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{ }

DashboardSnapshot DashboardQuery::snapshot(qint64 nowMs) const
{
    DashboardSnapshot s;
    s.takenAtMs = nowMs;
    s.firstMinute = TelemetryQuery::minuteOf(nowMs) - DashboardSnapshot::kDayMinutes + 1;
    s.orders.fill(0, DashboardSnapshot::kDayMinutes);
    s.retried.fill(0, DashboardSnapshot::kDayMinutes);
    s.failed.fill(0, DashboardSnapshot::kDayMinutes);
    readOrders(s);
    readCounts(s);
    readLatency(s);
    readJobs(s);
    readMismatches(s);
    return s;
}

void DashboardQuery::fail(DashboardSnapshot &s, const QSqlQuery &q) const
{
    if (s.error.isEmpty())
        s.error = tr("Some dashboard figures could not be read: %1").arg(q.lastError().text());
}

void DashboardQuery::readOrders(DashboardSnapshot &s) const
{
    // The literals must match the partial index's WHERE for SQLite to use it, so they are not bound.
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT finished_at / 60000, COUNT(*) FROM jobs WHERE step = '")
        + OrderJobs::CreateSaleOrderStep + QStringLiteral("' AND state = '") + toString(JobState::Done)
        + QStringLiteral("' AND finished_at >= ? GROUP BY finished_at / 60000"));
    q.addBindValue(s.firstMinute * 60000);
    if (!q.exec())
        return fail(s, q);
    while (q.next()) {
        const qint64 i = q.value(0).toLongLong() - s.firstMinute;
        if (i >= 0 && i < s.orders.size())
            s.orders[i] += q.value(1).toLongLong();
    }
}

void DashboardQuery::readCounts(DashboardSnapshot &s) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT minute, metric, SUM(value) FROM telemetry_counts WHERE minute >= ?"
                             " AND metric IN (?, ?) GROUP BY minute, metric"));
    q.addBindValue(s.firstMinute);
    q.addBindValue(Metric::Retried);
    q.addBindValue(Metric::DeadLettered);
    if (!q.exec())
        return fail(s, q);
    while (q.next()) {
        const qint64 i = q.value(0).toLongLong() - s.firstMinute;
        if (i < 0 || i >= DashboardSnapshot::kDayMinutes)
            continue;
        QList<qint64> &series = q.value(1).toString() == Metric::Retried ? s.retried : s.failed;
        series[i] += q.value(2).toLongLong();
    }
}

void DashboardQuery::readLatency(DashboardSnapshot &s) const
{
    // One pass over the day, split into the last hour and the rest by a computed column.
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT flow, bucket, CASE WHEN minute >= ? THEN 1 ELSE 0 END, SUM(count)"
                             " FROM telemetry_latency WHERE minute >= ? GROUP BY 1, 2, 3"));
    q.addBindValue(s.firstMinute + DashboardSnapshot::kDayMinutes - DashboardSnapshot::kHourMinutes);
    q.addBindValue(s.firstMinute);
    if (!q.exec())
        return fail(s, q);
    QMap<QString, LatencyHistogram> hour;
    QMap<QString, LatencyHistogram> day;
    LatencyHistogram hourAll;
    LatencyHistogram dayAll;
    while (q.next()) {
        const QString flow = q.value(0).toString();
        const int bucket = q.value(1).toInt();
        const qint64 count = q.value(3).toLongLong();
        day[flow].add(bucket, count);
        dayAll.add(bucket, count);
        if (q.value(2).toInt() == 1) {
            hour[flow].add(bucket, count);
            hourAll.add(bucket, count);
        }
    }
    for (auto it = hour.cbegin(); it != hour.cend(); ++it)
        s.hourLatency << percentiles(it.key(), it.value());
    for (auto it = day.cbegin(); it != day.cend(); ++it)
        s.dayLatency << percentiles(it.key(), it.value());
    s.hourLatencyAll = percentiles({}, hourAll);
    s.dayLatencyAll = percentiles({}, dayAll);
}

void DashboardQuery::readJobs(DashboardSnapshot &s) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = '") + toString(JobState::Dead)
            + QStringLiteral("'")))
        return fail(s, q);
    if (q.next())
        s.exceptions = q.value(0).toLongLong();

    // An order routed to the 3PL waits for it until create_3pl_order is done (the 3PL acknowledged it with
    // its order id); the job was created when the order was routed, so its age is the wait.
    const QString waiting = QStringLiteral(" FROM jobs WHERE lane = ? AND state IN (") + unfinishedStates()
        + QStringLiteral(") AND step = ?");
    q.prepare(QStringLiteral("SELECT COUNT(*)") + waiting);
    q.addBindValue(FulfilmentJobs::ShipBobLane);
    q.addBindValue(FulfilmentJobs::CreateStep);
    if (!q.exec())
        return fail(s, q);
    if (q.next())
        s.waitingFor3pl = q.value(0).toLongLong();
    if (s.waitingFor3pl == 0)
        return;
    q.prepare(QStringLiteral("SELECT correlation_id, created_at") + waiting
        + QStringLiteral(" ORDER BY created_at, id LIMIT 1"));
    q.addBindValue(FulfilmentJobs::ShipBobLane);
    q.addBindValue(FulfilmentJobs::CreateStep);
    if (!q.exec())
        return fail(s, q);
    if (q.next()) {
        s.oldestWaitingOrder = q.value(0).toString();
        s.oldestWaitingSinceMs = q.value(1).toLongLong();
    }
}

void DashboardQuery::readMismatches(DashboardSnapshot &s) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity_key, value FROM flow_state WHERE kind = ?"));
    q.addBindValue(InventoryJobs::MismatchKind);
    if (!q.exec())
        return fail(s, q);
    QList<StockMismatch> open;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        if (o.isEmpty() || o.value(QStringLiteral("resolved")).toBool())
            continue;
        StockMismatch m;
        const QString key = q.value(0).toString();
        m.sku = o.value(QStringLiteral("sku")).toString(key.section(QLatin1Char('@'), 0, -2));
        m.location = o.value(QStringLiteral("location")).toString(key.section(QLatin1Char('@'), -1));
        if (hasFigure(o, "expected") || hasFigure(o, "shopify"))
            m.difference = std::abs(figure(o, "shopify") - figure(o, "expected"));
        // "threepl" is null both where ShipBob does not run the warehouse and where it lacks the SKU, so
        // only a figure it reported is compared.
        if (hasFigure(o, "threepl"))
            m.difference = std::max(m.difference, std::abs(figure(o, "threepl") - figure(o, "odooOnHand")));
        QStringList problems;
        for (const auto &p : o.value(QStringLiteral("problems")).toArray())
            problems << p.toString();
        m.problem = problems.join(QStringLiteral("; "));
        m.firstSeenAt = o.value(QStringLiteral("firstSeenAt")).toString();
        open << m;
    }
    s.openMismatches = open.size();
    std::sort(open.begin(), open.end(), [](const StockMismatch &a, const StockMismatch &b) {
        if (a.difference != b.difference)
            return a.difference > b.difference;
        return std::tie(a.sku, a.location) < std::tie(b.sku, b.location);
    });
    s.worstMismatches = open.mid(0, DashboardSnapshot::kWorstMismatches);
}

} // namespace Quayside
