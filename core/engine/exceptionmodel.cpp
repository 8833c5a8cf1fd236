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
    const QSqlDatabase db = Database::connection(m_connectionName);
    QSqlQuery signature(db);
    if (!signature.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(id), 0), COALESCE(MAX(updated_at), 0) FROM jobs"
                                       " WHERE state = 'dead'"))
        || !signature.next())
        return false;
    const QString now = QStringLiteral("%1/%2/%3")
                            .arg(signature.value(0).toLongLong())
                            .arg(signature.value(1).toLongLong())
                            .arg(signature.value(2).toLongLong());
    if (now == m_signature)
        return true;
    const std::optional<QList<JobRecord>> read = m_rows.isEmpty() ? readAll() : readChanges();
    if (!read)
        return false;
    QList<JobRecord> fresh = *read;
    m_signature = now;
    m_heldLatestChange = signature.value(2).toLongLong();

    // How many rows differ, to choose between moving rows and a reset.
    int differing = 0;
    for (int row = 0, i = 0; (row < m_rows.size() || i < fresh.size()) && differing <= kResetThreshold;) {
        if (i >= fresh.size() || (row < m_rows.size() && m_rows.at(row).id < fresh.at(i).id))
            ++row;
        else if (row >= m_rows.size() || fresh.at(i).id < m_rows.at(row).id)
            ++i;
        else {
            ++row;
            ++i;
            continue;
        }
        ++differing;
    }
    if (m_rows.isEmpty() || differing > kResetThreshold) {
        beginResetModel();
        m_rows = std::move(fresh);
        m_causes.clear();
        for (const JobRecord &j : std::as_const(m_rows))
            m_causes << causeOf(j);
        endResetModel();
        return true;
    }
    // Merge the two id-ordered lists: remove what left, insert what came, update what changed.
    int row = 0;
    int i = 0;
    while (row < m_rows.size() || i < fresh.size()) {
        if (i >= fresh.size() || (row < m_rows.size() && m_rows.at(row).id < fresh.at(i).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_causes.removeAt(row);
            endRemoveRows();
        } else if (row >= m_rows.size() || fresh.at(i).id < m_rows.at(row).id) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, fresh.at(i));
            m_causes.insert(row, causeOf(fresh.at(i)));
            endInsertRows();
            ++row;
            ++i;
        } else {
            if (m_rows.at(row).updatedAt != fresh.at(i).updatedAt) {
                m_rows[row] = fresh.at(i);
                m_causes[row] = causeOf(fresh.at(i));
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++i;
        }
    }
    return true;
}

std::optional<QList<JobRecord>> ExceptionModel::readRows(const QString &condition, const QVariantList &values) const
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.setForwardOnly(true);
    QString columns = jobColumns();
    columns.replace(QLatin1String("payload"), QLatin1String("NULL"));
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE state = 'dead'%2 ORDER BY id").arg(columns, condition));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::nullopt;
    QList<JobRecord> rows;
    while (q.next())
        rows << jobFromQuery(q);
    return rows;
}

std::optional<QList<JobRecord>> ExceptionModel::readAll() const
{
    return readRows({}, {});
}

std::optional<QList<JobRecord>> ExceptionModel::readChanges() const
{
    // The ids still in the queue (from the index), and in full only the rows changed since the latest
    // change held: a job's every update moves its updated_at.
    // The ids are read to the end before the next query: PostgreSQL's driver drops a streamed result
    // when another query runs on its connection.
    QList<qint64> ids;
    {
        QSqlQuery q(Database::connection(m_connectionName));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM jobs WHERE state = 'dead' ORDER BY id")))
            return std::nullopt;
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    const auto changed = readRows(QStringLiteral(" AND updated_at >= ?"), { m_heldLatestChange });
    if (!changed)
        return std::nullopt;
    QList<JobRecord> rows;
    rows.reserve(m_rows.size() + changed->size());
    qsizetype c = 0;
    for (const qint64 id : std::as_const(ids)) {
        while (c < changed->size() && changed->at(c).id < id)
            ++c;
        if (c < changed->size() && changed->at(c).id == id) {
            rows << changed->at(c);
            continue;
        }
        const int held = rowOfJob(id);
        if (held < 0) // changed without a later stamp (another clock): read everything
            return readAll();
        rows << m_rows.at(held);
    }
    return rows;
}

QString ExceptionModel::causeOf(const JobRecord &job)
{
    QString cause = job.errorMessage;
    // Messages about one order start with it: "Order #1001: …" (or the job's correlation id and a colon).
    for (const QString &prefix :
        { QStringLiteral("Order %1: ").arg(job.correlationId), QString(job.correlationId + QLatin1String(": ")) })
        if (!job.correlationId.isEmpty() && cause.startsWith(prefix))
            return cause.mid(prefix.size());
    return cause;
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
    case CauseRole:
        return m_causes.value(index.row());
    case LaneRole:
        return j.lane;
    case FlowRole:
        return j.flow;
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
    case CauseColumn: // the order has its own column
        return m_causes.value(index.row());
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
