#include "core/mapping/mappingpreviewmodel.h"

namespace Quayside::Mapping {

MappingPreviewModel::MappingPreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void MappingPreviewModel::setRows(const QList<PreviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MappingPreviewModel::payloadRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
}

int MappingPreviewModel::errorCount() const
{
    int n = 0;
    for (const PreviewRow &r : m_rows)
        n += int(r.draft.errors.size());
    return n;
}

QModelIndex MappingPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    // Children carry their payload's row + 1; payloads carry 0.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex MappingPreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int MappingPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const PreviewRow &r = m_rows.at(parent.row());
    return int(r.draft.errors.size() + r.diff.size());
}

int MappingPreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MappingPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PreviewRow &p = m_rows.at(payloadRow(index));
    if (index.internalId() == 0) {
        if (role == ProblemRole)
            return !p.draftMaps();
        if (role == Qt::ToolTipRole)
            return p.id;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case ItemColumn:
            return p.label.isEmpty() ? p.id : p.label;
        case FieldColumn:
            return p.draftMaps() ? tr("maps") : tr("%n errors", nullptr, int(p.draft.errors.size()));
        case DetailColumn:
            if (!p.published)
                return tr("nothing published yet");
            return p.diff.isEmpty() ? tr("same as published")
                                    : tr("%n changes from published", nullptr, int(p.diff.size()));
        }
        return {};
    }
    const int child = index.row();
    if (child < p.draft.errors.size()) {
        const MappingError &e = p.draft.errors.at(child);
        if (role == ProblemRole)
            return true;
        if (role == Qt::ToolTipRole)
            return e.text();
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case ItemColumn:
            return tr("Error");
        case FieldColumn:
            return e.target;
        case DetailColumn:
            return e.text();
        }
        return {};
    }
    const MappingChange &c = p.diff.at(child - p.draft.errors.size());
    if (role == ProblemRole)
        return false;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return c.kind == MappingChange::Kind::Added  ? tr("Added")
            : c.kind == MappingChange::Kind::Removed ? tr("Removed")
                                                     : tr("Changed");
    case FieldColumn:
        return c.path;
    case DetailColumn:
        switch (c.kind) {
        case MappingChange::Kind::Added:
            return describeValue(c.after);
        case MappingChange::Kind::Removed:
            return describeValue(c.before);
        case MappingChange::Kind::Changed:
            return QStringLiteral("%1 \u2192 %2").arg(describeValue(c.before), describeValue(c.after));
        }
    }
    return {};
}

QVariant MappingPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Order");
    case FieldColumn:
        return tr("Field");
    case DetailColumn:
        return tr("Result");
    }
    return {};
}

} // namespace Quayside::Mapping
