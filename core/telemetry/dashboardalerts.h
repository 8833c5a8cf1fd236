#pragma once

#include "core/telemetry/dashboardsnapshot.h"

#include <QJsonObject>
#include <QObject>

#include <array>

class QSettings;

namespace Quayside {

enum class DashboardAlert { Exceptions, Latency, WaitingFor3pl, Mismatches, UnmatchedPayouts };
inline constexpr std::array kDashboardAlerts {
    DashboardAlert::Exceptions,
    DashboardAlert::Latency,
    DashboardAlert::WaitingFor3pl,
    DashboardAlert::Mismatches,
    DashboardAlert::UnmatchedPayouts,
};

// When a dashboard figure needs a person: each alert fires when its figure goes above its limit; a
// negative limit switches it off. A console preference (each ops lead picks their own), kept in QSettings
// as JSON so it reads the same in a file or a future team setting.
struct AlertThresholds
{
    qint64 maxExceptions = 0; // jobs in the exception queue
    qint64 maxP95LatencySeconds = 10; // all flows, last hour
    qint64 maxWaitingFor3plMinutes = 30; // the oldest order the 3PL has not acknowledged
    qint64 maxMismatches = 0; // open inventory mismatches
    qint64 maxUnmatchedPayoutItems = 0; // payout transactions the books do not account for

    qint64 limit(DashboardAlert alert) const;
    void setLimit(DashboardAlert alert, qint64 limit);
    // The figure an alert watches, in the limit's unit.
    static qint64 figure(DashboardAlert alert, const DashboardSnapshot &s);
    bool crossed(DashboardAlert alert, const DashboardSnapshot &s) const
    {
        return limit(alert) >= 0 && figure(alert, s) > limit(alert);
    }

    QJsonObject toJson() const;
    // Unknown keys are ignored; a missing or malformed value keeps its default.
    static AlertThresholds fromJson(const QJsonObject &json);
    static AlertThresholds load(QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const AlertThresholds &) const = default;
};

// Watches snapshots against the thresholds and says when an alert starts, once per crossing: a figure
// that stays above its limit does not repeat the alert on every refresh, one that drops back and rises
// again does.
class AlertMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertMonitor)

public:
    explicit AlertMonitor(QObject *parent = nullptr);

    AlertThresholds thresholds() const { return m_thresholds; }
    bool isActive(DashboardAlert alert) const { return m_active.at(size_t(alert)); }
    static QString title(DashboardAlert alert);

public Q_SLOTS:
    void setThresholds(const Quayside::AlertThresholds &thresholds); // re-checks the last snapshot
    void evaluate(const Quayside::DashboardSnapshot &snapshot);

Q_SIGNALS:
    void alertRaised(Quayside::DashboardAlert alert, const QString &title, const QString &message);
    void activeChanged(Quayside::DashboardAlert alert, bool active);

private:
    QString message(DashboardAlert alert, const DashboardSnapshot &s) const;

    AlertThresholds m_thresholds;
    std::array<bool, kDashboardAlerts.size()> m_active {};
    DashboardSnapshot m_last;
    bool m_haveSnapshot = false;
};

} // namespace Quayside

Q_DECLARE_METATYPE(Quayside::AlertThresholds)
Q_DECLARE_METATYPE(Quayside::DashboardAlert)
