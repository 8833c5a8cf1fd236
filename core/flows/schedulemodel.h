#pragma once

#include "core/flows/schedule.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Quayside {

// Each recurring flow's schedule as the store keeps it (or its default), with its next run, read on the
// console's own read-only connection. refresh() updates the rows in place; edits go through the engine.
class FlowScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowScheduleModel)

public:
    enum Column { FlowColumn, ModeColumn, WhenColumn, NextRunColumn, ColumnCount };
    enum Role { FlowNameRole = Qt::UserRole + 1, ScheduleTextRole, NextRunRole };

    explicit FlowScheduleModel(QString connectionName, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    FlowSchedule schedule(int row) const { return m_rows.value(row).schedule; }
    QString flow(int row) const { return m_rows.value(row).flow; }
    // What the operator calls each flow, and what it moves.
    static QString flowLabel(const QString &flow);
    static QString flowDescription(const QString &flow);
    // "every 5 s" / "at 02:00 and 14:00", for people.
    static QString describe(const FlowSchedule &schedule);
    void setNow(const QDateTime &now) { m_now = now; }

public Q_SLOTS:
    bool refresh();

private:
    struct Row
    {
        QString flow;
        FlowSchedule schedule;
        bool stored = false; // false: the default
        qint64 nextRunMs = 0; // the waiting job's time; 0: none waiting
        bool running = false;
    };
    QString m_connectionName;
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace Quayside
