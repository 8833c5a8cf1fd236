#include "core/engine/exceptionfilterproxy.h"

#include "core/engine/exceptionmodel.h"

#include <QDateTime>

namespace Quayside {

ExceptionFilterProxy::ExceptionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ExceptionFilterProxy::setErrorClassFilter(const QString &errorClass)
{
    if (m_errorClass == errorClass)
        return;
    m_errorClass = errorClass;
    refilter();
}

void ExceptionFilterProxy::setTextFilter(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    refilter();
}

void ExceptionFilterProxy::setLaneFilter(const QString &lane)
{
    if (m_lane == lane)
        return;
    m_lane = lane;
    refilter();
}

void ExceptionFilterProxy::setFlowFilter(const QString &flow)
{
    if (m_flow == flow)
        return;
    m_flow = flow;
    refilter();
}

void ExceptionFilterProxy::setCauseFilter(const QString &cause)
{
    if (m_cause == cause)
        return;
    m_cause = cause;
    refilter();
}

void ExceptionFilterProxy::setMinimumAge(qint64 ms, qint64 nowMs)
{
    const std::optional<qint64> olderThan
        = ms > 0 ? std::optional<qint64>((nowMs ? nowMs : QDateTime::currentMSecsSinceEpoch()) - ms) : std::nullopt;
    if (m_olderThanMs == olderThan)
        return;
    m_olderThanMs = olderThan;
    refilter();
}

void ExceptionFilterProxy::refilter()
{
    // invalidate(), not invalidateRowsFilter(): the latter announces every removed range on its own, and
    // a filter that keeps every other row of 100,000 would send 50,000 signals; this sends one layout
    // change (persistent indexes, and so the selection, follow).
    invalidate();
}

bool ExceptionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_errorClass.isEmpty() && first.data(ExceptionModel::ErrorClassRole).toString() != m_errorClass)
        return false;
    if (!m_lane.isEmpty() && first.data(ExceptionModel::LaneRole).toString() != m_lane)
        return false;
    if (!m_flow.isEmpty() && first.data(ExceptionModel::FlowRole).toString() != m_flow)
        return false;
    if (!m_cause.isEmpty() && first.data(ExceptionModel::CauseRole).toString() != m_cause)
        return false;
    if (m_olderThanMs && first.data(ExceptionModel::SinceRole).toLongLong() > *m_olderThanMs)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column :
        { int(ExceptionModel::OrderColumn), int(ExceptionModel::CauseColumn), int(ExceptionModel::StepColumn) })
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool ExceptionFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ExceptionModel::SinceColumn)
        return left.data(ExceptionModel::SinceRole).toLongLong() < right.data(ExceptionModel::SinceRole).toLongLong();
    if (left.column() == ExceptionModel::AttemptsColumn)
        return left.data().toInt() < right.data().toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Quayside
