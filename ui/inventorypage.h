#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Quayside {
class InventoryMismatchModel;
}

namespace Quayside::Ui {

class OpenRowsFilter;

// Stock as the three systems see it: the reconciliation's mismatches per SKU and location, with Shopify's,
// Odoo's and ShipBob's figures side by side, open ones first. Read-only: the reconciliation corrects
// Shopify itself (or only reports, per setting); ShipBob differences need a count or a receipt.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    InventoryPage(const QString &connectionName, QWidget *parent = nullptr);

    InventoryMismatchModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();

private:
    void updateSummary();

    InventoryMismatchModel *m_model;
    OpenRowsFilter *m_proxy;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QCheckBox *m_openOnly;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace Quayside::Ui
