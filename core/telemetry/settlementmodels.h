#pragma once

#include "core/telemetry/flowstatetablemodel.h"

namespace Quayside {

// The settlement flow's payouts (flow state "payout"), newest first by default: what Shopify paid out and
// how much of it Odoo's books account for. Read on the console's read-only connection.
class PayoutModel final : public FlowStateTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutModel)

public:
    enum Column {
        IssuedColumn,
        PayoutColumn,
        ShopColumn,
        NetColumn,
        ChargesColumn,
        RefundsColumn,
        FeesColumn,
        DifferenceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, StatusRole };

    explicit PayoutModel(QString connectionName, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int countWithStatus(const QString &status) const;
    QDateTime newestIssued() const;
};

// The payout transactions the books do not account for (flow state "settlement_item"): a refund without a
// credit note, a charge never invoiced, an adjustment with nowhere to go. Each names its order, so the
// console can open its trace.
class SettlementItemModel final : public FlowStateTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettlementItemModel)

public:
    enum Column {
        OrderColumn,
        TypeColumn,
        AmountColumn,
        PayoutColumn,
        ReasonColumn,
        SinceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { OpenRole = Qt::UserRole + 1, SortRole, OrderNameRole };

    explicit SettlementItemModel(QString connectionName, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int openCount() const;
};

} // namespace Quayside
