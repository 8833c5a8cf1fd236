#pragma once

#include "core/telemetry/dashboardsnapshot.h"

#include <QAbstractTableModel>

namespace Quayside {

// A table over one list of a DashboardSnapshot. Rows are replaced in place while the same keys stay in the
// same order (the usual refresh, so views keep their selection); a new, gone or reordered key resets,
// which happens when a flow starts or the reconciliation runs, not on every refresh.
template <typename Row>
class SnapshotRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    template <typename Key>
    void replaceRows(const QList<Row> &next, Key key)
    {
        bool sameKeys = m_rows.size() == next.size();
        for (qsizetype i = 0; sameKeys && i < m_rows.size(); ++i)
            sameKeys = key(m_rows.at(i)) == key(next.at(i));
        if (!sameKeys) {
            beginResetModel();
            m_rows = next;
            endResetModel();
            return;
        }
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i) == next.at(i))
                continue;
            m_rows[i] = next.at(i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }

    QList<Row> m_rows;
};

// Latency percentiles per flow, as the dashboard's latency chart and its tooltip table show them.
class FlowLatencyModel final : public SnapshotRowsModel<FlowLatency>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLatencyModel)

public:
    enum Column { FlowColumn, JobsColumn, P50Column, P95Column, P99Column, ColumnCount };
    enum Role { MillisecondsRole = Qt::UserRole + 1 }; // the percentile columns' raw figure

    explicit FlowLatencyModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLatency(const QList<FlowLatency> &rows);
    // "850 ms", "1.5 s", "2 min": a latency as an operator reads it.
    static QString formatDuration(qint64 ms);
};

// The open inventory mismatches with the largest differences, worst first.
class MismatchModel final : public SnapshotRowsModel<StockMismatch>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MismatchModel)

public:
    enum Column { SkuColumn, LocationColumn, DifferenceColumn, ProblemColumn, ColumnCount };

    explicit MismatchModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMismatches(const QList<StockMismatch> &rows);
};

} // namespace Quayside
