#pragma once

#include "core/store/database.h"
#include "core/telemetry/dashboardsnapshot.h"
#include "core/telemetry/latencyhistogram.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <map>

namespace Quayside {

// Reads a DashboardSnapshot from the store, read-only, on the caller's connection (the console's own).
// Every read is bounded: per-minute telemetry of the last day by its primary key, orders by the partial
// index jobs_orders_done (migration 4), waiting 3PL orders and exceptions by the jobs' lane/state indexes,
// mismatches by flow_state's key. So the cost follows the last day's traffic, not the store's age.
//
// The per-minute figures of minutes that are over (kSettleMinutes back: workers flush telemetry every two
// seconds) are kept between snapshots, so a refresh reads only the last few minutes; the first reads the
// whole day. A figure written later than that into an old minute shows after the console restarts.
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(Quayside::DashboardQuery)

public:
    static constexpr int kSettleMinutes = 2;

    // Every query is portable SQL, so the dialect is not read yet; callers name it for the day one is not.
    DashboardQuery(QString connectionName, Dialect dialect);

    DashboardSnapshot snapshot(qint64 nowMs);

private:
    struct Minute
    {
        qint64 orders = 0;
        qint64 retried = 0;
        qint64 failed = 0;
        QMap<QString, LatencyHistogram> latency; // by flow
    };
    using Minutes = std::map<qint64, Minute>;

    // Each adds the figures of minutes >= fromMinute to `minutes`.
    void readOrders(DashboardSnapshot &s, qint64 fromMinute, Minutes &minutes) const;
    void readCounts(DashboardSnapshot &s, qint64 fromMinute, Minutes &minutes) const;
    void readLatency(DashboardSnapshot &s, qint64 fromMinute, Minutes &minutes) const;
    void readOrdersNow(DashboardSnapshot &s) const;
    void readJobs(DashboardSnapshot &s) const;
    void readMismatches(DashboardSnapshot &s) const;
    void readUnmatchedPayoutItems(DashboardSnapshot &s) const;
    void fail(DashboardSnapshot &s, const class QSqlQuery &q) const;
    static void summarise(DashboardSnapshot &s, const Minutes &minutes);

    QString m_connectionName;
    Minutes m_settled; // minutes before m_settledUntil, within the last day
    qint64 m_settledUntil = 0;
};

} // namespace Quayside
