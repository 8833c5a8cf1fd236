#include "core/engine/lanestatusmodel.h"

#include <algorithm>

namespace Quayside {

LaneStatusModel::LaneStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int LaneStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

int LaneStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LaneStatus LaneStatusModel::laneStatus(int row) const
{
    LaneStatus merged;
    if (row < 0 || row >= m_lanes.size())
        return merged;
    merged.lane = m_lanes.at(row);
    merged.rateHeadroom = 1.0;
    for (const LaneStatus &s : m_workers.value(merged.lane)) {
        merged.running |= s.running;
        if (s.paused && !merged.paused) {
            merged.paused = true;
            merged.pauseReason = s.pauseReason;
        }
        if (int(s.circuit) > int(merged.circuit))
            merged.circuit = s.circuit; // Open and HalfOpen outrank Closed
        merged.inFlight += s.inFlight;
        merged.rateHeadroom = std::min(merged.rateHeadroom, s.rateHeadroom);
        merged.lastSuccessMs = std::max(merged.lastSuccessMs, s.lastSuccessMs);
        merged.succeeded += s.succeeded;
        merged.retried += s.retried;
        merged.deadLettered += s.deadLettered;
        if (!s.lastError.isEmpty())
            merged.lastError = s.lastError;
    }
    return merged;
}

void LaneStatusModel::updateStatus(const LaneStatus &status)
{
    auto it = std::lower_bound(m_lanes.begin(), m_lanes.end(), status.lane);
    const int row = int(it - m_lanes.begin());
    if (it == m_lanes.end() || *it != status.lane) {
        beginInsertRows({}, row, row);
        m_lanes.insert(row, status.lane);
        m_workers[status.lane].insert(status.worker, status);
        endInsertRows();
        return;
    }
    m_workers[status.lane].insert(status.worker, status);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant LaneStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LaneStatus s = laneStatus(index.row());
    if (role == PausedRole)
        return s.paused;
    if (role == HeadroomRole)
        return s.rateHeadroom;
    if (role == Qt::ToolTipRole)
        return s.paused ? s.pauseReason : s.lastError;
    if (role == Qt::TextAlignmentRole && index.column() >= InFlightColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LaneColumn:
        return s.lane;
    case StateColumn:
        return s.paused ? tr("Paused") : s.running ? tr("Running") : tr("Stopped");
    case CircuitColumn:
        switch (s.circuit) {
        case CircuitBreaker::State::Closed:
            return tr("Healthy");
        case CircuitBreaker::State::Open:
            return tr("Open (backing off)");
        case CircuitBreaker::State::HalfOpen:
            return tr("Probing");
        }
        return {};
    case InFlightColumn:
        return s.inFlight;
    case HeadroomColumn:
        return QStringLiteral("%1 %").arg(qRound(s.rateHeadroom * 100));
    case LastSuccessColumn: {
        if (s.lastSuccessMs == 0)
            return tr("never");
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
        const qint64 seconds = std::max<qint64>(0, (now.toMSecsSinceEpoch() - s.lastSuccessMs) / 1000);
        return seconds < 60 ? tr("%n s ago", nullptr, int(seconds)) : tr("%n min ago", nullptr, int(seconds / 60));
    }
    case SucceededColumn:
        return s.succeeded;
    case RetriedColumn:
        return s.retried;
    case FailedColumn:
        return s.deadLettered;
    }
    return {};
}

QVariant LaneStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LaneColumn:
        return tr("Lane");
    case StateColumn:
        return tr("State");
    case CircuitColumn:
        return tr("Endpoint health");
    case InFlightColumn:
        return tr("In flight");
    case HeadroomColumn:
        return tr("Rate headroom");
    case LastSuccessColumn:
        return tr("Last success");
    case SucceededColumn:
        return tr("Succeeded");
    case RetriedColumn:
        return tr("Retried");
    case FailedColumn:
        return tr("To exceptions");
    }
    return {};
}

} // namespace Quayside
