#include "core/telemetry/dashboardmodels.h"

#include <QLocale>

namespace Quayside {

FlowLatencyModel::FlowLatencyModel(QObject *parent)
    : SnapshotRowsModel(parent)
{ }

int FlowLatencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlowLatencyModel::formatDuration(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (ms < 60000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'g', 3));
    return tr("%1 min").arg(locale.toString(double(ms) / 60000.0, 'g', 3));
}

QVariant FlowLatencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FlowLatency &row = m_rows.at(index.row());
    const auto percentile = [&]() -> qint64 {
        switch (index.column()) {
        case P50Column:
            return row.p50Ms;
        case P95Column:
            return row.p95Ms;
        case P99Column:
            return row.p99Ms;
        }
        return -1;
    }();
    if (role == MillisecondsRole)
        return percentile >= 0 ? QVariant(percentile) : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() != FlowColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == FlowColumn)
        return row.flow;
    if (index.column() == JobsColumn)
        return QLocale().toString(row.count);
    return formatDuration(percentile);
}

QVariant FlowLatencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FlowColumn:
        return tr("Flow");
    case JobsColumn:
        return tr("Jobs");
    case P50Column:
        return tr("p50");
    case P95Column:
        return tr("p95");
    case P99Column:
        return tr("p99");
    }
    return {};
}

void FlowLatencyModel::setLatency(const QList<FlowLatency> &rows)
{
    replaceRows(rows, [](const FlowLatency &r) { return r.flow; });
}

MismatchModel::MismatchModel(QObject *parent)
    : SnapshotRowsModel(parent)
{ }

int MismatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MismatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StockMismatch &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return row.problem;
    if (role == Qt::TextAlignmentRole && index.column() == DifferenceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SkuColumn:
        return row.sku;
    case LocationColumn:
        return row.location;
    case DifferenceColumn:
        return QLocale().toString(row.difference, 'g', 6);
    case ProblemColumn:
        return row.problem;
    }
    return {};
}

QVariant MismatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case LocationColumn:
        return tr("Location");
    case DifferenceColumn:
        return tr("Off by");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}

void MismatchModel::setMismatches(const QList<StockMismatch> &rows)
{
    replaceRows(rows, [](const StockMismatch &r) { return std::pair(r.sku, r.location); });
}

} // namespace Quayside
