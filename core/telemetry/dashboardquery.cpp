#include "core/telemetry/dashboardquery.h"

#include "core/engine/job.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/inventory/inventoryjobs.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/settlement/settlementjobs.h"
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

DashboardQuery::DashboardQuery(QString connectionName, Dialect)
    : m_connectionName(std::move(connectionName))
{ }

DashboardSnapshot DashboardQuery::snapshot(qint64 nowMs)
{
    DashboardSnapshot s;
    s.takenAtMs = nowMs;
    const qint64 nowMinute = TelemetryQuery::minuteOf(nowMs);
    s.firstMinute = nowMinute - DashboardSnapshot::kDayMinutes + 1;
    const qint64 settleBefore = nowMinute - kSettleMinutes + 1;
    if (m_settledUntil > settleBefore) { // the clock went back: start over
        m_settled.clear();
        m_settledUntil = 0;
    }
    m_settled.erase(m_settled.begin(), m_settled.lower_bound(s.firstMinute));
    const qint64 readFrom = std::max(m_settledUntil, s.firstMinute);

    Minutes fresh;
    readOrders(s, readFrom, fresh);
    readCounts(s, readFrom, fresh);
    readLatency(s, readFrom, fresh);
    if (s.error.isEmpty()) { // a failed read must not leave a hole in the cache
        for (auto it = fresh.begin(); it != fresh.end() && it->first < settleBefore;)
            m_settled.insert(fresh.extract(it++));
        m_settledUntil = settleBefore;
    } else {
        m_settled.clear();
        m_settledUntil = 0;
    }
    Minutes all = m_settled;
    all.merge(fresh);
    summarise(s, all);
    readOrdersNow(s);
    readJobs(s);
    readMismatches(s);
    readUnmatchedPayoutItems(s);
    return s;
}

void DashboardQuery::summarise(DashboardSnapshot &s, const Minutes &minutes)
{
    s.orders.fill(0, DashboardSnapshot::kDayMinutes);
    s.retried.fill(0, DashboardSnapshot::kDayMinutes);
    s.failed.fill(0, DashboardSnapshot::kDayMinutes);
    const qint64 hourFrom = s.firstMinute + DashboardSnapshot::kDayMinutes - DashboardSnapshot::kHourMinutes;
    QMap<QString, LatencyHistogram> hour;
    QMap<QString, LatencyHistogram> day;
    LatencyHistogram hourAll;
    LatencyHistogram dayAll;
    for (auto it = minutes.lower_bound(s.firstMinute); it != minutes.end(); ++it) {
        const qint64 i = it->first - s.firstMinute;
        if (i >= DashboardSnapshot::kDayMinutes)
            break;
        s.orders[i] = it->second.orders;
        s.retried[i] = it->second.retried;
        s.failed[i] = it->second.failed;
        for (auto flow = it->second.latency.cbegin(); flow != it->second.latency.cend(); ++flow) {
            day[flow.key()].merge(flow.value());
            dayAll.merge(flow.value());
            if (it->first >= hourFrom) {
                hour[flow.key()].merge(flow.value());
                hourAll.merge(flow.value());
            }
        }
    }
    for (auto it = hour.cbegin(); it != hour.cend(); ++it)
        s.hourLatency << percentiles(it.key(), it.value());
    for (auto it = day.cbegin(); it != day.cend(); ++it)
        s.dayLatency << percentiles(it.key(), it.value());
    s.hourLatencyAll = percentiles({}, hourAll);
    s.dayLatencyAll = percentiles({}, dayAll);
}

void DashboardQuery::fail(DashboardSnapshot &s, const QSqlQuery &q) const
{
    if (s.error.isEmpty())
        s.error = tr("Some dashboard figures could not be read: %1").arg(q.lastError().text());
}

namespace {
// The literals must match jobs_orders_done's WHERE for SQLite to use the index, so they are not bound.
QString ordersDone()
{
    return QStringLiteral(" FROM jobs WHERE step = '") + OrderJobs::CreateSaleOrderStep
        + QStringLiteral("' AND state = '") + toString(JobState::Done) + QStringLiteral("' AND finished_at >= ?");
}
} // namespace

void DashboardQuery::readOrders(DashboardSnapshot &s, qint64 fromMinute, Minutes &minutes) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT finished_at / 60000, COUNT(*)") + ordersDone()
        + QStringLiteral(" GROUP BY finished_at / 60000"));
    q.addBindValue(fromMinute * 60000);
    if (!q.exec())
        return fail(s, q);
    while (q.next())
        minutes[q.value(0).toLongLong()].orders += q.value(1).toLongLong();
}

void DashboardQuery::readOrdersNow(DashboardSnapshot &s) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*)") + ordersDone());
    q.addBindValue(s.takenAtMs - 60000);
    if (!q.exec())
        return fail(s, q);
    if (q.next())
        s.ordersLast60s = q.value(0).toLongLong();
}

void DashboardQuery::readCounts(DashboardSnapshot &s, qint64 fromMinute, Minutes &minutes) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT minute, metric, SUM(value) FROM telemetry_counts WHERE minute >= ?"
                             " AND metric IN (?, ?) GROUP BY minute, metric"));
    q.addBindValue(fromMinute);
    q.addBindValue(Metric::Retried);
    q.addBindValue(Metric::DeadLettered);
    if (!q.exec())
        return fail(s, q);
    while (q.next()) {
        Minute &m = minutes[q.value(0).toLongLong()];
        (q.value(1).toString() == Metric::Retried ? m.retried : m.failed) += q.value(2).toLongLong();
    }
}

void DashboardQuery::readLatency(DashboardSnapshot &s, qint64 fromMinute, Minutes &minutes) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT minute, flow, bucket, SUM(count) FROM telemetry_latency WHERE minute >= ?"
                             " GROUP BY minute, flow, bucket"));
    q.addBindValue(fromMinute);
    if (!q.exec())
        return fail(s, q);
    while (q.next())
        minutes[q.value(0).toLongLong()].latency[q.value(1).toString()].add(
            q.value(2).toInt(), q.value(3).toLongLong());
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

void DashboardQuery::readUnmatchedPayoutItems(DashboardSnapshot &s) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value, updated_at FROM flow_state WHERE kind = ?"));
    q.addBindValue(SettlementJobs::ItemKind);
    if (!q.exec())
        return fail(s, q);
    qint64 newest = -1;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        if (o.isEmpty() || o.value(QStringLiteral("resolved")).toBool())
            continue;
        ++s.unmatchedPayoutItems;
        if (q.value(1).toLongLong() > newest) {
            newest = q.value(1).toLongLong();
            s.unmatchedPayoutOrder = o.value(QStringLiteral("orderName")).toString();
        }
    }
}

} // namespace Quayside
