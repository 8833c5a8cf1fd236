#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Quayside {

// The three-way reconciliation's findings (flow state "inventory_mismatch", one row per SKU and
// location) with the three numbers side by side: what Shopify shows, what Odoo has free (and what Shopify
// should therefore show), and what ShipBob holds against Odoo's on-hand. Read on the GUI's own read-only
// connection; refresh() re-reads only when the rows changed (count and latest change).
class InventoryMismatchModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int openCount() const;
    QDateTime lastChecked() const { return m_lastChecked; }
    void setNow(const QDateTime &now) { m_now = now; }

public Q_SLOTS:
    bool refresh();

private:
    struct Row
    {
        QString key;
        QJsonObject value;
    };
    QString m_connectionName;
    QList<Row> m_rows; // by key
    QString m_signature;
    QDateTime m_lastChecked;
    QDateTime m_now;
};

} // namespace Quayside
