#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>

namespace Quayside {

enum class DashboardRange { LastHour, LastDay };

// Latency percentiles of one flow (or of all flows when `flow` is empty), read from the per-minute
// histograms; each percentile is the upper bound of the bucket it falls in.
struct FlowLatency
{
    QString flow;
    qint64 count = 0;
    qint64 p50Ms = 0;
    qint64 p95Ms = 0;
    qint64 p99Ms = 0;

    bool operator==(const FlowLatency &) const = default;
};

// An open inventory mismatch (flow state "inventory_mismatch"), with how far the systems disagree.
struct StockMismatch
{
    QString sku;
    QString location;
    double difference = 0; // the largest gap between two systems' figures; a missing figure counts as 0
    QString problem; // the reconciliation's own words
    QString firstSeenAt; // ISO date, as the reconciliation wrote it

    bool operator==(const StockMismatch &) const = default;
};

// Everything the dashboard shows that comes from the store, read in one go. Per-minute series cover the
// last day, oldest first; the last hour is their last 60 values.
struct DashboardSnapshot
{
    static constexpr int kDayMinutes = 24 * 60;
    static constexpr int kHourMinutes = 60;
    static constexpr int kWorstMismatches = 10;

    qint64 takenAtMs = 0;
    qint64 firstMinute = 0; // minute (epoch ms / 60000) of the series' first value
    QList<qint64> orders; // Shopify orders booked in Odoo
    // The rate now: a sliding minute, as the current minute of the series is still filling and the last
    // complete one can be a minute old.
    qint64 ordersLast60s = 0;
    QList<qint64> retried; // attempts that will be retried
    QList<qint64> failed; // jobs sent to the exception queue
    QList<FlowLatency> hourLatency; // per flow, by name
    QList<FlowLatency> dayLatency;
    FlowLatency hourLatencyAll;
    FlowLatency dayLatencyAll;
    qint64 exceptions = 0; // jobs waiting in the exception queue now
    qint64 openMismatches = 0;
    QList<StockMismatch> worstMismatches; // largest difference first
    qint64 unmatchedPayoutItems = 0; // open "settlement_item"s
    QString unmatchedPayoutOrder; // the order of the newest one
    qint64 waitingFor3pl = 0; // orders routed to the 3PL that it has not taken yet
    qint64 oldestWaitingSinceMs = 0; // 0 when none waits
    QString oldestWaitingOrder;
    QString error; // why some figures are missing; empty when all were read

    static int minutes(DashboardRange range) { return range == DashboardRange::LastHour ? kHourMinutes : kDayMinutes; }
    // Sum of the last `minutes` values of a series.
    static qint64 sumLast(const QList<qint64> &series, int minutes);
    const QList<FlowLatency> &latency(DashboardRange range) const
    {
        return range == DashboardRange::LastHour ? hourLatency : dayLatency;
    }
    const FlowLatency &latencyAll(DashboardRange range) const
    {
        return range == DashboardRange::LastHour ? hourLatencyAll : dayLatencyAll;
    }
    qint64 oldestWaitingMinutes() const
    {
        return oldestWaitingSinceMs > 0 ? std::max<qint64>(0, (takenAtMs - oldestWaitingSinceMs) / 60000) : 0;
    }
};

} // namespace Quayside

Q_DECLARE_METATYPE(Quayside::DashboardSnapshot)
