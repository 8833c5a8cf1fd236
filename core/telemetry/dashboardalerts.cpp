#include "core/telemetry/dashboardalerts.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSettings>

namespace Quayside {

namespace {
const char *jsonKey(DashboardAlert alert)
{
    switch (alert) {
    case DashboardAlert::Exceptions:
        return "maxExceptions";
    case DashboardAlert::Latency:
        return "maxP95LatencySeconds";
    case DashboardAlert::WaitingFor3pl:
        return "maxWaitingFor3plMinutes";
    case DashboardAlert::Mismatches:
        return "maxMismatches";
    case DashboardAlert::UnmatchedPayouts:
        return "maxUnmatchedPayoutItems";
    }
    return "";
}

const QString kSettingsKey = QStringLiteral("dashboard/alertThresholds");
} // namespace

qint64 AlertThresholds::limit(DashboardAlert alert) const
{
    switch (alert) {
    case DashboardAlert::Exceptions:
        return maxExceptions;
    case DashboardAlert::Latency:
        return maxP95LatencySeconds;
    case DashboardAlert::WaitingFor3pl:
        return maxWaitingFor3plMinutes;
    case DashboardAlert::Mismatches:
        return maxMismatches;
    case DashboardAlert::UnmatchedPayouts:
        return maxUnmatchedPayoutItems;
    }
    return -1;
}

void AlertThresholds::setLimit(DashboardAlert alert, qint64 limit)
{
    switch (alert) {
    case DashboardAlert::Exceptions:
        maxExceptions = limit;
        break;
    case DashboardAlert::Latency:
        maxP95LatencySeconds = limit;
        break;
    case DashboardAlert::WaitingFor3pl:
        maxWaitingFor3plMinutes = limit;
        break;
    case DashboardAlert::Mismatches:
        maxMismatches = limit;
        break;
    case DashboardAlert::UnmatchedPayouts:
        maxUnmatchedPayoutItems = limit;
        break;
    }
}

qint64 AlertThresholds::figure(DashboardAlert alert, const DashboardSnapshot &s)
{
    switch (alert) {
    case DashboardAlert::Exceptions:
        return s.exceptions;
    case DashboardAlert::Latency:
        // Whole seconds, rounded up: a 10 s limit is crossed by a 15 s bucket, not by 10 s exactly.
        return (s.hourLatencyAll.p95Ms + 999) / 1000;
    case DashboardAlert::WaitingFor3pl:
        return s.oldestWaitingMinutes();
    case DashboardAlert::Mismatches:
        return s.openMismatches;
    case DashboardAlert::UnmatchedPayouts:
        return s.unmatchedPayoutItems;
    }
    return 0;
}

QJsonObject AlertThresholds::toJson() const
{
    QJsonObject o;
    for (DashboardAlert alert : kDashboardAlerts)
        o.insert(QLatin1String(jsonKey(alert)), limit(alert));
    return o;
}

AlertThresholds AlertThresholds::fromJson(const QJsonObject &json)
{
    AlertThresholds t;
    for (DashboardAlert alert : kDashboardAlerts) {
        const QJsonValue v = json.value(QLatin1String(jsonKey(alert)));
        if (v.isDouble())
            t.setLimit(alert, qint64(v.toDouble()));
    }
    return t;
}

AlertThresholds AlertThresholds::load(QSettings &settings)
{
    return fromJson(QJsonDocument::fromJson(settings.value(kSettingsKey).toByteArray()).object());
}

void AlertThresholds::save(QSettings &settings) const
{
    settings.setValue(kSettingsKey, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

AlertMonitor::AlertMonitor(QObject *parent)
    : QObject(parent)
{ }

QString AlertMonitor::title(DashboardAlert alert)
{
    switch (alert) {
    case DashboardAlert::Exceptions:
        return tr("Exceptions need a decision");
    case DashboardAlert::Latency:
        return tr("Sync is slow");
    case DashboardAlert::WaitingFor3pl:
        return tr("Orders wait for the 3PL");
    case DashboardAlert::Mismatches:
        return tr("Stock differs between systems");
    case DashboardAlert::UnmatchedPayouts:
        return tr("Payouts do not match the books");
    }
    return {};
}

QString AlertMonitor::message(DashboardAlert alert, const DashboardSnapshot &s) const
{
    const QLocale locale;
    switch (alert) {
    case DashboardAlert::Exceptions:
        return tr("%n job(s) in the exception queue (alert above %1).", nullptr, int(s.exceptions))
            .arg(locale.toString(m_thresholds.maxExceptions));
    case DashboardAlert::Latency:
        return tr("In the last hour, 95 % of jobs took up to %1 s (alert above %2 s).")
            .arg(locale.toString(double(s.hourLatencyAll.p95Ms) / 1000.0, 'g', 3),
                locale.toString(m_thresholds.maxP95LatencySeconds));
    case DashboardAlert::WaitingFor3pl:
        return tr(
            "Order %1 has waited %n minute(s) for the 3PL (alert above %2).", nullptr, int(s.oldestWaitingMinutes()))
            .arg(s.oldestWaitingOrder, locale.toString(m_thresholds.maxWaitingFor3plMinutes));
    case DashboardAlert::Mismatches:
        return tr("%n open inventory mismatch(es) (alert above %1).", nullptr, int(s.openMismatches))
            .arg(locale.toString(m_thresholds.maxMismatches));
    case DashboardAlert::UnmatchedPayouts:
        return tr("%n payout transaction(s) the books do not account for (alert above %1).",
            nullptr,
            int(s.unmatchedPayoutItems))
            .arg(locale.toString(m_thresholds.maxUnmatchedPayoutItems));
    }
    return {};
}

void AlertMonitor::setThresholds(const AlertThresholds &thresholds)
{
    m_thresholds = thresholds;
    if (m_haveSnapshot)
        evaluate(m_last);
}

void AlertMonitor::evaluate(const DashboardSnapshot &snapshot)
{
    m_last = snapshot;
    m_haveSnapshot = true;
    for (DashboardAlert alert : kDashboardAlerts) {
        const bool crossed = m_thresholds.crossed(alert, snapshot);
        bool &active = m_active.at(size_t(alert));
        if (crossed == active)
            continue;
        active = crossed;
        Q_EMIT activeChanged(alert, crossed);
        if (crossed)
            Q_EMIT alertRaised(alert, title(alert), message(alert, snapshot));
    }
}

} // namespace Quayside
