#include "core/telemetry/telemetry.h"

#include <QSqlQuery>

namespace Quayside {

namespace {
// Binds `flow` twice for "(? = '' OR flow = ?)". A null QString binds as SQL NULL, which would match no
// row, so "all flows" is passed as the empty string.
void bindFlowFilter(QSqlQuery &q, const QString &flow)
{
    const QString filter = flow.isNull() ? QStringLiteral("") : flow;
    q.addBindValue(filter);
    q.addBindValue(filter);
}
} // namespace

void TelemetryRecorder::count(qint64 nowMs, const QString &flow, const QString &lane, const QString &metric, qint64 n)
{
    m_counts[{ TelemetryQuery::minuteOf(nowMs), flow, lane, metric }] += n;
}

void TelemetryRecorder::latency(qint64 nowMs, const QString &flow, const QString &lane, qint64 ms)
{
    m_latency[{ TelemetryQuery::minuteOf(nowMs), flow, lane }].record(ms);
}

std::optional<StoreError> TelemetryRecorder::flush(QSqlDatabase db, Dialect dialect)
{
    if (isEmpty())
        return std::nullopt;
    WriteTransaction tx(db, dialect);
    if (auto e = tx.begin())
        return e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO telemetry_counts (minute, flow, lane, metric, value) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (minute, flow, lane, metric) DO UPDATE SET value = telemetry_counts.value + excluded.value"));
    for (const auto &[key, value] : m_counts) {
        const auto &[minute, flow, lane, metric] = key;
        q.addBindValue(minute);
        q.addBindValue(flow);
        q.addBindValue(lane);
        q.addBindValue(metric);
        q.addBindValue(value);
        if (!q.exec())
            return StoreError::fromSql(q.lastError(), QStringLiteral("Saving telemetry"));
    }
    q.prepare(QStringLiteral(
        "INSERT INTO telemetry_latency (minute, flow, lane, bucket, count) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (minute, flow, lane, bucket) DO UPDATE SET count = telemetry_latency.count + excluded.count"));
    for (const auto &[key, histogram] : m_latency) {
        const auto &[minute, flow, lane] = key;
        for (int b = 0; b < LatencyHistogram::kBucketCount; ++b) {
            if (histogram.bucketCount(b) == 0)
                continue;
            q.addBindValue(minute);
            q.addBindValue(flow);
            q.addBindValue(lane);
            q.addBindValue(b);
            q.addBindValue(histogram.bucketCount(b));
            if (!q.exec())
                return StoreError::fromSql(q.lastError(), QStringLiteral("Saving latency telemetry"));
        }
    }
    if (auto e = tx.commit())
        return e;
    m_counts.clear();
    m_latency.clear();
    return std::nullopt;
}

qint64 TelemetryQuery::total(
    QSqlDatabase db, const QString &metric, qint64 fromMinute, qint64 toMinute, const QString &flow)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(value), 0) FROM telemetry_counts WHERE metric = ? AND minute >= ?"
                             " AND minute <= ? AND (? = '' OR flow = ?)"));
    q.addBindValue(metric);
    q.addBindValue(fromMinute);
    q.addBindValue(toMinute);
    bindFlowFilter(q, flow);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

LatencyHistogram TelemetryQuery::latency(QSqlDatabase db, qint64 fromMinute, qint64 toMinute, const QString &flow)
{
    LatencyHistogram h;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT bucket, SUM(count) FROM telemetry_latency WHERE minute >= ? AND minute <= ?"
                             " AND (? = '' OR flow = ?) GROUP BY bucket"));
    q.addBindValue(fromMinute);
    q.addBindValue(toMinute);
    bindFlowFilter(q, flow);
    if (q.exec())
        while (q.next())
            h.add(q.value(0).toInt(), q.value(1).toLongLong());
    return h;
}

} // namespace Quayside
