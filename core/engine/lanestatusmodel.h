#pragma once

#include "core/engine/lane.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace Quayside {

// One row per lane, merging the statuses of the lane's workers. Updated incrementally (dataChanged /
// rowsInserted) so views keep their selection and scroll position.
class LaneStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneStatusModel)

public:
    enum Column {
        LaneColumn,
        StateColumn,
        CircuitColumn,
        InFlightColumn,
        HeadroomColumn,
        LastSuccessColumn,
        SucceededColumn,
        RetriedColumn,
        FailedColumn,
        ColumnCount
    };
    enum Role { PausedRole = Qt::UserRole + 1, HeadroomRole };

    explicit LaneStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setNow(const QDateTime &now) { m_now = now; }
    LaneStatus laneStatus(int row) const;

public Q_SLOTS:
    void updateStatus(const Quayside::LaneStatus &status);

private:
    QStringList m_lanes; // sorted
    QHash<QString, QHash<QString, LaneStatus>> m_workers; // lane -> worker -> status
    QDateTime m_now;
};

} // namespace Quayside
