#include "core/telemetry/flowstatetablemodel.h"

#include "core/store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Quayside {

FlowStateTableModel::FlowStateTableModel(QString connectionName, QString kind, int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connectionName(std::move(connectionName))
    , m_kind(std::move(kind))
    , m_columns(columns)
{ }

int FlowStateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowStateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QDateTime FlowStateTableModel::latestChange() const
{
    return m_latestMs ? QDateTime::fromMSecsSinceEpoch(m_latestMs) : QDateTime();
}

int FlowStateTableModel::countWhere(const std::function<bool(const QJsonObject &)> &test) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&test](const Row &r) { return test(r.value); }));
}

bool FlowStateTableModel::refresh()
{
    const QSqlDatabase db = Database::connection(m_connectionName);
    QSqlQuery signature(db);
    signature.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM flow_state WHERE kind = ?"));
    signature.addBindValue(m_kind);
    if (!signature.exec() || !signature.next())
        return false;
    const QString now = signature.value(0).toString() + QLatin1Char('/') + signature.value(1).toString();
    if (now == m_signature)
        return true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT entity_key, value, updated_at FROM flow_state WHERE kind = ? ORDER BY entity_key"));
    q.addBindValue(m_kind);
    if (!q.exec())
        return false;
    QList<Row> rows;
    qint64 latest = 0;
    while (q.next()) {
        rows << Row { q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object() };
        latest = std::max(latest, q.value(2).toLongLong());
    }
    // A handful to a few thousand rows, rewritten by each run of their flow: a reset is the honest signal.
    beginResetModel();
    m_rows = std::move(rows);
    m_signature = now;
    m_latestMs = latest;
    endResetModel();
    return true;
}

} // namespace Quayside
