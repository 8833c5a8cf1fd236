#include "core/engine/exceptionfilterproxy.h"

#include "core/engine/exceptionmodel.h"

namespace Quayside {

ExceptionFilterProxy::ExceptionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ExceptionFilterProxy::setErrorClassFilter(const QString &errorClass)
{
    if (m_errorClass == errorClass)
        return;
    m_errorClass = errorClass;
    invalidateRowsFilter();
}

void ExceptionFilterProxy::setTextFilter(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateRowsFilter();
}

bool ExceptionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_errorClass.isEmpty()
        && m->index(sourceRow, 0, sourceParent).data(ExceptionModel::ErrorClassRole).toString() != m_errorClass)
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
