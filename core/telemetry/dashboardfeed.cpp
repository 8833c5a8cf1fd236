#include "core/telemetry/dashboardfeed.h"

#include "core/logging/logging.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace Quayside {

DashboardFeed::DashboardFeed(QString connectionName, Dialect dialect, QObject *parent)
    : QObject(parent)
    , m_query(std::move(connectionName), dialect)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DashboardFeed::refresh);
}

void DashboardFeed::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    refresh();
}

void DashboardFeed::stop()
{
    m_timer.stop();
}

void DashboardFeed::refresh()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QString previousError = m_last.error;
    m_last = m_query.snapshot(m_clock());
    m_lastRefreshMs = elapsed.elapsed();
    if (!m_last.error.isEmpty() && m_last.error != previousError) // once, not every two seconds
        qCWarning(lcEngine).noquote() << m_last.error;
    Q_EMIT snapshotReady(m_last);
}

} // namespace Quayside
