#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace Quayside {

// A table of every flow state entry of one kind (the inventory mismatches, payouts, unmatched payout
// items), one row per entity key, read on the console's read-only connection. refresh() re-reads only
// when something changed since the last read (count and latest change): the pages ask every second and
// the entries change rarely. Subclasses say what the columns show.
class FlowStateTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowStateTableModel)

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    // When the newest entry was written; invalid when there is none.
    QDateTime latestChange() const;
    int countWhere(const std::function<bool(const QJsonObject &)> &test) const;

public Q_SLOTS:
    // False when the store could not be read (the rows stay as they were).
    bool refresh();

protected:
    FlowStateTableModel(QString connectionName, QString kind, int columns, QObject *parent);
    const QJsonObject &entry(int row) const { return m_rows.at(row).value; }

private:
    struct Row
    {
        QString key;
        QJsonObject value;
    };
    QString m_connectionName;
    QString m_kind;
    int m_columns;
    QList<Row> m_rows; // by key
    QString m_signature;
    qint64 m_latestMs = 0;
};

} // namespace Quayside
