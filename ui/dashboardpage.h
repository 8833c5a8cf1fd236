#pragma once

#include "core/store/database.h"
#include "core/telemetry/dashboardsnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Quayside {
class AlertMonitor;
class DashboardFeed;
class FlowLatencyModel;
class LaneStatusModel;
class MismatchModel;
struct AlertThresholds;
} // namespace Quayside

namespace Quayside::Ui {

class AccessGate;

class DashboardTiles;
class LaneHealthView;
class LatencyChart;
class TimeSeriesChart;

// The first page an ops lead sees: are orders flowing, how fast, what fails, what waits, is stock right,
// is every endpoint healthy. It lays out widgets that each show one thing; the figures come from a
// DashboardFeed on the console's own connection once the store is open.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(LaneStatusModel *lanes, QWidget *parent = nullptr);
    // Admin actions ask for the passphrase through `gate` first; without one they run directly.
    void setAccessGate(AccessGate *gate) { m_gate = gate; }

    // Starts reading the store on `connectionName` (opened on this thread).
    void attachStore(const QString &connectionName, Dialect dialect);
    void showProblem(const QString &message); // empty hides the banner
    void setRange(DashboardRange range);
    DashboardRange range() const { return m_range; }
    void applyThresholds(const AlertThresholds &thresholds); // and keeps them for the next start

    DashboardFeed *feed() const { return m_feed; }
    AlertMonitor *alerts() const { return m_alerts; }
    DashboardTiles *tiles() const { return m_tiles; }
    TimeSeriesChart *throughputChart() const { return m_throughput; }

public Q_SLOTS:
    void refresh(); // now, not at the next tick
    void editThresholds();

Q_SIGNALS:
    // The user changed the alert thresholds in the dialog (audited by the window).
    void thresholdsEdited();

private:
    AccessGate *m_gate = nullptr;
    void showSnapshot(const DashboardSnapshot &snapshot);

    DashboardRange m_range = DashboardRange::LastHour;
    DashboardSnapshot m_snapshot;
    bool m_showsReadProblem = false;
    DashboardFeed *m_feed = nullptr;
    AlertMonitor *m_alerts;
    FlowLatencyModel *m_latencyModel;
    MismatchModel *m_mismatchModel;
    QLabel *m_banner;
    QComboBox *m_rangeBox;
    DashboardTiles *m_tiles;
    TimeSeriesChart *m_throughput;
    TimeSeriesChart *m_failures;
    LatencyChart *m_latency;
    LaneHealthView *m_lanesView;
    QTableView *m_mismatchView;
};

} // namespace Quayside::Ui
