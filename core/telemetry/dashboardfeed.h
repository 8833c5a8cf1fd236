#pragma once

#include "core/telemetry/dashboardquery.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Quayside {

// Refreshes the dashboard's snapshot on a timer, on the thread it lives in (the GUI's: after the first,
// whole-day read a refresh reads only the newest minutes, about 2 ms on a large store, see
// docs/performance.md, so a worker thread would only add a second connection and a hand-over).
class DashboardFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFeed)

public:
    static constexpr int kDefaultIntervalMs = 2000;

    DashboardFeed(QString connectionName, Dialect dialect, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    // For tests: the clock the snapshot is taken at (defaults to the system clock).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    bool isRunning() const { return m_timer.isActive(); }
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    const DashboardSnapshot &last() const { return m_last; }

public Q_SLOTS:
    void start(); // refreshes at once, then on every tick
    void stop();
    void refresh();

Q_SIGNALS:
    void snapshotReady(const Quayside::DashboardSnapshot &snapshot);

private:
    DashboardQuery m_query;
    QTimer m_timer;
    std::function<qint64()> m_clock;
    DashboardSnapshot m_last;
    qint64 m_lastRefreshMs = -1;
};

} // namespace Quayside
