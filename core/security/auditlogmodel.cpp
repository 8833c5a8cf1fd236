#include "core/security/auditlogmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlDatabase>

#include <algorithm>

namespace Quayside {

namespace {
// "state: dead → resolved": the keys an action changed, for one line of the table.
QString changeSummary(const AuditEntry &e)
{
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!keys.contains(k))
            keys << k;
    QStringList parts;
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue b = before.value(k);
        const QJsonValue a = after.value(k);
        if (a == b)
            continue;
        const auto text = [](const QJsonValue &v) {
            if (v.isUndefined() || v.isNull())
                return QStringLiteral("–");
            if (v.isString())
                return v.toString();
            if (v.isArray())
                return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            if (v.isObject())
                return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            return v.toVariant().toString();
        };
        parts << QStringLiteral("%1: %2 → %3").arg(k, text(b), text(a));
    }
    return parts.join(QLatin1String("; "));
}
} // namespace

AuditLogModel::AuditLogModel(QString connectionName, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connectionName(std::move(connectionName))
    , m_pageSize(std::max(1, pageSize))
{ }

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionLabel(const QString &action)
{
    if (action == QLatin1String("job.replay"))
        return tr("Replay");
    if (action == QLatin1String("job.resolve"))
        return tr("Resolve");
    if (action == QLatin1String("job.skip"))
        return tr("Skip");
    if (action == QLatin1String("job.reopen"))
        return tr("Reopen");
    if (action == QLatin1String("schedule.change"))
        return tr("Schedule change");
    if (action == QLatin1String("customer.reveal"))
        return tr("Customer details shown");
    if (action == QLatin1String("customer.forget"))
        return tr("Customer forgotten");
    return action;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case ActionRole:
        return e.action;
    case AtRole:
        return e.at;
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return tr("Before: %1\nAfter: %2").arg(e.before, e.after);
        if (index.column() == NoteColumn)
            return e.note;
        if (index.column() == ActionColumn)
            return e.action;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return actionLabel(e.action);
    case TargetColumn:
        return e.target;
    case NoteColumn:
        return QString(e.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case ChangeColumn:
        return changeSummary(e);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("On");
    case NoteColumn:
        return tr("Note");
    case ChangeColumn:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    // Called from a slot of our own change signals (a view laying out, a model tester probing), a fetch
    // would nest one insertion in another. The view asks again when it needs the rows.
    if (parent.isValid() || !m_more || m_announcing)
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 oldest = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const QList<AuditEntry> page
        = db.isOpen() ? AuditLog::entries(db, m_filter, m_pageSize, oldest) : QList<AuditEntry>();
    m_more = page.size() == m_pageSize;
    if (page.isEmpty())
        return;
    const QScopedValueRollback announcing(m_announcing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_rows = db.isOpen() ? AuditLog::entries(db, m_filter, m_pageSize, 0) : QList<AuditEntry>();
    m_more = m_rows.size() == m_pageSize;
    endResetModel();
}

void AuditLogModel::refresh()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    if (m_rows.isEmpty()) {
        if (!AuditLog::entries(db, m_filter, 1, 0).isEmpty())
            reload(); // the first matching entry was written
        return;
    }
    // Newest first, at most a page; a burst larger than that is read by reload().
    const QList<AuditEntry> newer = AuditLog::entries(db, m_filter, m_pageSize, 0, m_rows.first().id);
    if (newer.isEmpty())
        return;
    if (newer.size() == m_pageSize) {
        reload();
        return;
    }
    const QScopedValueRollback announcing(m_announcing, true);
    beginInsertRows({}, 0, int(newer.size() - 1));
    m_rows = newer + m_rows;
    endInsertRows();
}

} // namespace Quayside
