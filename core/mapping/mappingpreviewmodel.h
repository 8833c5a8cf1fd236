#pragma once

#include "core/mapping/mappingpreview.h"

#include <QAbstractItemModel>

namespace Quayside::Mapping {

// A preview run as a tree: one row per payload (its order, whether the draft maps it, how many fields
// change against the published version), below it every error and then every change.
class MappingPreviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPreviewModel)

public:
    enum Column { ItemColumn, FieldColumn, DetailColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 }; // true on a payload the draft fails and on its errors

    explicit MappingPreviewModel(QObject *parent = nullptr);

    void setRows(const QList<PreviewRow> &rows);
    const QList<PreviewRow> &rows() const { return m_rows; }
    // The payload row an index belongs to (itself or its parent); -1 for none.
    int payloadRow(const QModelIndex &index) const;
    int errorCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PreviewRow> m_rows;
};

} // namespace Quayside::Mapping
