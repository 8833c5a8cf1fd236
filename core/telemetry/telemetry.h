#pragma once

#include "core/store/database.h"
#include "core/telemetry/latencyhistogram.h"

#include <QHash>
#include <QString>

#include <map>
#include <tuple>

namespace Quayside {

namespace Metric {
inline const QString Succeeded = QStringLiteral("succeeded");
inline const QString Retried = QStringLiteral("retried");
inline const QString DeadLettered = QStringLiteral("dead_lettered");
inline const QString Throttled = QStringLiteral("throttled");
inline const QString AuthPaused = QStringLiteral("auth_paused");
} // namespace Metric

// Collects a worker's counters and latencies per (minute, flow, lane) in memory and adds them to the
// store's per-minute tables on flush, so recording costs no I/O on the hot path.
class TelemetryRecorder
{
public:
    void count(qint64 nowMs, const QString &flow, const QString &lane, const QString &metric, qint64 n = 1);
    void latency(qint64 nowMs, const QString &flow, const QString &lane, qint64 ms);
    bool isEmpty() const { return m_counts.empty() && m_latency.empty(); }
    // Adds everything recorded so far to the store (one transaction) and forgets it.
    std::optional<StoreError> flush(QSqlDatabase db, Dialect dialect);

private:
    using Key = std::tuple<qint64, QString, QString>; // minute, flow, lane
    std::map<std::tuple<qint64, QString, QString, QString>, qint64> m_counts;
    std::map<Key, LatencyHistogram> m_latency;
};

// Read side for dashboards and tests.
class TelemetryQuery
{
public:
    static qint64 total(
        QSqlDatabase db, const QString &metric, qint64 fromMinute, qint64 toMinute, const QString &flow = {});
    static LatencyHistogram latency(QSqlDatabase db, qint64 fromMinute, qint64 toMinute, const QString &flow = {});
    static qint64 minuteOf(qint64 ms) { return ms / 60000; }
};

} // namespace Quayside
