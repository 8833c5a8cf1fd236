#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Quayside {
class PayoutModel;
class SettlementItemModel;
} // namespace Quayside

namespace Quayside::Ui {

class OpenRowsFilter;

// Shopify Payments against the books: each payout with what Odoo's invoices and credit notes account for
// and the difference left, and below, the transactions nothing in Odoo matches, each naming its order (a
// double-click opens the order's trace). Read-only: the settlement flow matches on its schedule, and an
// item closes by itself once the books hold what it lacked.
class SettlementPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettlementPage)

public:
    SettlementPage(const QString &connectionName, QWidget *parent = nullptr);

    PayoutModel *payouts() const { return m_payouts; }
    SettlementItemModel *items() const { return m_items; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void traceRequested(const QString &orderName);

private:
    void updateSummary();

    PayoutModel *m_payouts;
    SettlementItemModel *m_items;
    QSortFilterProxyModel *m_payoutOrder;
    OpenRowsFilter *m_itemFilter;
    QLabel *m_summary;
    QTableView *m_payoutView;
    QLabel *m_itemsTitle;
    QLineEdit *m_filter;
    QCheckBox *m_openOnly;
    QTableView *m_itemView;
    QLabel *m_empty;
};

} // namespace Quayside::Ui
