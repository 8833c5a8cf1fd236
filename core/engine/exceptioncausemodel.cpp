#include "core/engine/exceptioncausemodel.h"

#include "core/engine/exceptionmodel.h"

#include <QHash>

#include <algorithm>

namespace Quayside {

ExceptionCauseModel::ExceptionCauseModel(ExceptionModel *exceptions, QObject *parent)
    : QAbstractListModel(parent)
    , m_exceptions(exceptions)
{
    connect(exceptions, &QAbstractItemModel::modelReset, this, &ExceptionCauseModel::scheduleRecount);
    connect(exceptions, &QAbstractItemModel::rowsInserted, this, &ExceptionCauseModel::scheduleRecount);
    connect(exceptions, &QAbstractItemModel::rowsRemoved, this, &ExceptionCauseModel::scheduleRecount);
    connect(exceptions, &QAbstractItemModel::dataChanged, this, &ExceptionCauseModel::scheduleRecount);
    recount();
}

int ExceptionCauseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size()) + 1;
}

QVariant ExceptionCauseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool all = index.row() == 0;
    const Group group = all ? Group { QString(), m_total } : m_groups.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return all ? tr("All causes (%1)").arg(m_total) : tr("%1 × %2").arg(group.count).arg(group.cause);
    case Qt::ToolTipRole:
        return all ? QVariant() : QVariant(group.cause);
    case CauseRole:
        return group.cause; // empty: no filter
    case CountRole:
        return group.count;
    default:
        return {};
    }
}

void ExceptionCauseModel::scheduleRecount()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ExceptionCauseModel::recount, Qt::QueuedConnection);
}

void ExceptionCauseModel::recount()
{
    m_scheduled = false;
    QHash<QString, int> counts;
    const int rows = m_exceptions ? m_exceptions->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        ++counts[m_exceptions->index(row, 0).data(ExceptionModel::CauseRole).toString()];
    QList<Group> groups;
    groups.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        groups << Group { it.key(), it.value() };
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.cause < b.cause;
    });
    beginResetModel();
    m_groups = std::move(groups);
    m_total = rows;
    endResetModel();
}

} // namespace Quayside
