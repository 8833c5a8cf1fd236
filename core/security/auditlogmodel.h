#pragma once

#include "core/security/auditlog.h"

#include <QAbstractTableModel>

namespace Quayside {

// The audit log, newest first, read on the console's own connection a page at a time (fetchMore), so a
// log of 100,000 entries opens at once. The filter runs in the store; refresh() adds newer entries on top.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, TargetColumn, NoteColumn, ChangeColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, ActionRole, AtRole };

    explicit AuditLogModel(QString connectionName, int pageSize = 200, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    AuditFilter filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);
    AuditEntry entry(int row) const { return m_rows.value(row); }
    // What an operator calls each action ("Replay" for job.replay); unknown actions as they are.
    static QString actionLabel(const QString &action);

public Q_SLOTS:
    // Reads the first page again after the filter changed or the store opened.
    void reload();
    // Adds the entries written since the newest shown, on top.
    void refresh();

private:
    QString m_connectionName;
    int m_pageSize;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows; // newest first
    bool m_more = false;
    bool m_announcing = false; // inside our own end*() signals
};

} // namespace Quayside
