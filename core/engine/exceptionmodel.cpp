#include "core/engine/exceptionmodel.h"

#include "core/engine/jobstore.h"
#include "core/store/database.h"

#include <QSqlQuery>

namespace Quayside {

ExceptionModel::ExceptionModel(QString connectionName, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connectionName(std::move(connectionName))
{ }

int ExceptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExceptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ExceptionModel::rowOfJob(qint64 id) const
{
    const auto it
        = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, [](const JobRecord &j, qint64 v) { return j.id < v; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

bool ExceptionModel::refresh()
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, event_id, flow, step, lane, partition_key, correlation_id, payload, mapping_version,"
            " state, attempts, next_attempt_at, lease_owner, lease_expires_at, error_class, error_message,"
            " created_at, updated_at, finished_at FROM jobs WHERE state = 'dead' ORDER BY id")))
        return false;
    QList<JobRecord> fresh;
    while (q.next())
        fresh << jobFromQuery(q);

    // Merge the two id-ordered lists: remove what left, insert what came, update what changed.
    int row = 0;
    int i = 0;
    while (row < m_rows.size() || i < fresh.size()) {
        if (i >= fresh.size() || (row < m_rows.size() && m_rows.at(row).id < fresh.at(i).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (row >= m_rows.size() || fresh.at(i).id < m_rows.at(row).id) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, fresh.at(i));
            endInsertRows();
            ++row;
            ++i;
        } else {
            if (m_rows.at(row).updatedAt != fresh.at(i).updatedAt) {
                m_rows[row] = fresh.at(i);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++i;
        }
    }
    return true;
}

QVariant ExceptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JobRecord &j = m_rows.at(index.row());
    switch (role) {
    case JobIdRole:
        return j.id;
    case ErrorClassRole:
        return j.errorClass ? toString(*j.errorClass) : QString();
    case SinceRole:
        return j.updatedAt;
    case Qt::ToolTipRole:
        return j.errorMessage;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case OrderColumn:
        return j.correlationId;
    case CauseColumn:
        return j.errorMessage;
    case ClassColumn:
        return j.errorClass ? kindLabel(*j.errorClass) : QString();
    case StepColumn:
        return QStringLiteral("%1 / %2").arg(j.flow, j.step);
    case AttemptsColumn:
        return j.attempts;
    case SinceColumn: {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
        const qint64 minutes = std::max<qint64>(0, (now.toMSecsSinceEpoch() - j.updatedAt) / 60000);
        if (minutes < 1)
            return tr("just now");
        if (minutes < 120)
            return tr("%1 min").arg(minutes);
        return tr("%1 h").arg(minutes / 60);
    }
    }
    return {};
}

QString ExceptionModel::kindLabel(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Business:
        return tr("Refused by the target");
    case ErrorClass::Validation:
        return tr("Invalid data");
    case ErrorClass::Transient:
        return tr("Kept failing");
    case ErrorClass::RateLimited:
        return tr("Rate limited");
    case ErrorClass::Conflict:
        return tr("Conflict");
    case ErrorClass::Auth:
        return tr("Access denied");
    }
    return {};
}

QList<ErrorClass> ExceptionModel::filterableKinds()
{
    // Auth failures pause the lane instead of reaching the queue, so they are not offered.
    return { ErrorClass::Business,
        ErrorClass::Validation,
        ErrorClass::Transient,
        ErrorClass::RateLimited,
        ErrorClass::Conflict };
}

QVariant ExceptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case CauseColumn:
        return tr("Cause");
    case ClassColumn:
        return tr("Kind");
    case StepColumn:
        return tr("Step");
    case AttemptsColumn:
        return tr("Attempts");
    case SinceColumn:
        return tr("Waiting");
    }
    return {};
}

} // namespace Quayside
