#pragma once

#include "core/store/database.h"
#include "core/telemetry/dashboardsnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace Quayside {

// Reads a DashboardSnapshot from the store, read-only, on the caller's connection (the console's own).
// Every read is bounded: per-minute telemetry of the last day by its primary key, orders by the partial
// index jobs_orders_done (migration 4), waiting 3PL orders and exceptions by the jobs' lane/state indexes,
// mismatches by flow_state's key. So the cost follows the last day's traffic, not the store's age.
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(Quayside::DashboardQuery)

public:
    DashboardQuery(QString connectionName, Dialect dialect);

    DashboardSnapshot snapshot(qint64 nowMs) const;

private:
    void readOrders(DashboardSnapshot &s) const;
    void readCounts(DashboardSnapshot &s) const;
    void readLatency(DashboardSnapshot &s) const;
    void readJobs(DashboardSnapshot &s) const;
    void readMismatches(DashboardSnapshot &s) const;
    void fail(DashboardSnapshot &s, const class QSqlQuery &q) const;

    QString m_connectionName;
    Dialect m_dialect;
};

} // namespace Quayside
