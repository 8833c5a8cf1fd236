#pragma once

#include "core/telemetry/flowstatetablemodel.h"

namespace Quayside {

// The three-way reconciliation's findings (flow state "inventory_mismatch", one row per SKU and
// location) with the three numbers side by side: what Shopify shows, what Odoo has free (and what Shopify
// should therefore show), and what ShipBob holds against Odoo's on-hand. Read on the GUI's own read-only
// connection.
class InventoryMismatchModel final : public FlowStateTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryMismatchModel)

public:
    enum Column {
        SkuColumn,
        LocationColumn,
        ShopifyColumn,
        ExpectedColumn,
        OdooFreeColumn,
        OdooOnHandColumn,
        ShipBobColumn,
        ProblemColumn,
        SinceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { OpenRole = Qt::UserRole + 1, SortRole };

    explicit InventoryMismatchModel(QString connectionName, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int openCount() const;
    QDateTime lastChecked() const { return latestChange(); }
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace Quayside
