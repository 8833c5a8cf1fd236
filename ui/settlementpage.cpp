#include "ui/settlementpage.h"

#include "core/telemetry/settlementmodels.h"
#include "ui/openrowsfilter.h"
#include "ui/tableviews.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Quayside::Ui {

SettlementPage::SettlementPage(const QString &connectionName, QWidget *parent)
    : QWidget(parent)
    , m_payouts(new PayoutModel(connectionName, this))
    , m_items(new SettlementItemModel(connectionName, this))
    , m_payoutOrder(new QSortFilterProxyModel(this))
    , m_itemFilter(new OpenRowsFilter(SettlementItemModel::OpenRole,
          { SettlementItemModel::OrderColumn, SettlementItemModel::PayoutColumn, SettlementItemModel::ReasonColumn },
          this))
    , m_summary(new QLabel(this))
    , m_payoutView(new QTableView(this))
    , m_itemsTitle(new QLabel(tr("Transactions the books do not account for"), this))
    , m_filter(new QLineEdit(this))
    , m_openOnly(new QCheckBox(tr("&Open only"), this))
    , m_itemView(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("settlementSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_itemsTitle->setFont(bold);

    m_payoutOrder->setSourceModel(m_payouts);
    m_payoutOrder->setSortRole(PayoutModel::SortRole);
    m_payoutView->setObjectName(QStringLiteral("payoutView"));
    m_payoutView->setModel(m_payoutOrder);
    setUpListView(m_payoutView);
    m_payoutView->setSortingEnabled(true);
    m_payoutView->sortByColumn(PayoutModel::IssuedColumn, Qt::DescendingOrder);
    m_payoutView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payoutView->horizontalHeader()->setStretchLastSection(true);

    m_itemFilter->setSourceModel(m_items);
    m_itemFilter->setSortRole(SettlementItemModel::SortRole);
    m_filter->setObjectName(QStringLiteral("settlementFilter"));
    m_filter->setPlaceholderText(tr("Filter by order, payout or reason…"));
    m_filter->setClearButtonEnabled(true);
    m_openOnly->setObjectName(QStringLiteral("settlementOpenOnly"));
    m_openOnly->setChecked(true);
    m_openOnly->setToolTip(tr("Hide transactions a later run has since matched"));
    m_itemView->setObjectName(QStringLiteral("settlementItemView"));
    m_itemView->setModel(m_itemFilter);
    setUpListView(m_itemView);
    m_itemView->setSortingEnabled(true);
    m_itemView->sortByColumn(SettlementItemModel::SinceColumn, Qt::DescendingOrder);
    m_itemView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemView->horizontalHeader()->setSectionResizeMode(SettlementItemModel::ReasonColumn, QHeaderView::Stretch);
    m_itemView->setToolTip(tr("Double-click a transaction to open its order's trace"));

    m_empty->setObjectName(QStringLiteral("settlementEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_itemsTitle);
    filters->addStretch(1);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_openOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(m_payoutView, 3);
    layout->addSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_itemView, 2);
    layout->addWidget(m_empty, 2);

    m_itemFilter->followControls(m_filter, m_openOnly, [this] { updateSummary(); });
    connect(m_itemView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString order = index.data(SettlementItemModel::OrderNameRole).toString();
        if (!order.isEmpty())
            Q_EMIT traceRequested(order);
    });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this, [this] { m_filter->setFocus(); });
    refresh();
}

void SettlementPage::refresh()
{
    m_payouts->refresh();
    m_items->refresh();
    updateSummary();
}

void SettlementPage::updateSummary()
{
    const int payouts = m_payouts->rowCount();
    const int open = m_items->openCount();
    const QDateTime newest = m_payouts->newestIssued();
    if (payouts == 0) {
        m_summary->setText(tr("No payout read yet"));
    } else {
        const QString last = QLocale().toString(newest.toLocalTime().date(), QLocale::ShortFormat);
        const QString reconciled = tr("%1 of %n payout(s) reconciled", nullptr, payouts)
                                       .arg(m_payouts->countWithStatus(QStringLiteral("reconciled")));
        m_summary->setText(open > 0 ? tr("%n unmatched transaction(s)", nullptr, open) + QStringLiteral(" · ")
                    + reconciled + QStringLiteral(" · ") + tr("latest payout %1").arg(last)
                                    : tr("Nothing unmatched") + QStringLiteral(" · ") + reconciled
                    + QStringLiteral(" · ") + tr("latest payout %1").arg(last));
    }
    const bool nothing = m_itemFilter->rowCount() == 0;
    m_empty->setText(payouts == 0
            ? tr("The settlement run reads Shopify Payments payouts on its schedule (Flows & schedules) and matches "
                 "each charge and refund to Odoo's invoices and credit notes. What it cannot match is listed here.")
            : m_items->rowCount() == 0
            ? tr("Every transaction of every payout is matched to Odoo's books.")
            : tr("Nothing open matches. Untick \"Open only\" to also see transactions since matched."));
    m_empty->setVisible(nothing);
    m_itemView->setVisible(!nothing);
}

} // namespace Quayside::Ui
