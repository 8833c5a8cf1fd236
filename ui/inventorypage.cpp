#include "ui/inventorypage.h"

#include "core/telemetry/inventorymismatchmodel.h"
#include "ui/openrowsfilter.h"

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

InventoryPage::InventoryPage(const QString &connectionName, QWidget *parent)
    : QWidget(parent)
    , m_model(new InventoryMismatchModel(connectionName, this))
    , m_proxy(new OpenRowsFilter(InventoryMismatchModel::OpenRole,
          { InventoryMismatchModel::SkuColumn,
              InventoryMismatchModel::LocationColumn,
              InventoryMismatchModel::ProblemColumn },
          this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_openOnly(new QCheckBox(tr("&Open only"), this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InventoryMismatchModel::SortRole);
    m_summary->setObjectName(QStringLiteral("inventorySummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_filter->setObjectName(QStringLiteral("inventoryFilter"));
    m_filter->setPlaceholderText(tr("Filter by SKU, location or problem…"));
    m_filter->setClearButtonEnabled(true);
    m_openOnly->setObjectName(QStringLiteral("inventoryOpenOnly"));
    m_openOnly->setChecked(true);
    m_openOnly->setToolTip(tr("Hide mismatches the reconciliation has since seen resolved or corrected"));

    m_view->setObjectName(QStringLiteral("inventoryView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InventoryMismatchModel::SkuColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(InventoryMismatchModel::ProblemColumn, QHeaderView::Stretch);

    m_empty->setObjectName(QStringLiteral("inventoryEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_openOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    m_proxy->followControls(m_filter, m_openOnly, [this] { updateSummary(); });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this, [this] { m_filter->setFocus(); });
    refresh();
}

void InventoryPage::refresh()
{
    m_model->refresh();
    updateSummary();
}

void InventoryPage::updateSummary()
{
    const QLocale locale;
    const int open = m_model->openCount();
    const QDateTime checked = m_model->lastChecked();
    const QString when
        = checked.isValid() ? locale.toString(checked.toLocalTime(), QLocale::ShortFormat) : tr("not yet");
    m_summary->setText(open > 0 ? tr("%1 open stock mismatches · last reconciliation %2").arg(open).arg(when)
                                : tr("No open stock mismatches · last reconciliation %1").arg(when));
    const bool nothing = m_proxy->rowCount() == 0;
    m_empty->setText(m_model->rowCount() == 0
            ? tr("No mismatch recorded yet. The reconciliation compares Shopify, Odoo and ShipBob for every SKU "
                 "and location on its schedule (Flows & schedules) and lists what differs here.")
            : tr("Nothing open matches. Untick \"Open only\" to also see mismatches since resolved or corrected."));
    m_empty->setVisible(nothing);
    m_view->setVisible(!nothing);
}

} // namespace Quayside::Ui
