#include "ui/dashboardpage.h"

#include "core/engine/lanestatusmodel.h"
#include "ui/stattile.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Quayside::Ui {

DashboardPage::DashboardPage(LaneStatusModel *lanes, QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_waiting(new StatTile(tr("Waiting"), tr("jobs due now or running"), this))
    , m_exceptions(new StatTile(tr("Exceptions"), tr("need a decision in the exception queue"), this))
    , m_completed(new StatTile(tr("Completed"), tr("jobs finished since the store was created"), this))
    , m_events(new StatTile(tr("Events received"), tr("orders, stock and shipment changes taken in"), this))
    , m_lanesView(new QTableView(this))
{
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #8a1010; border: 1px solid #e0a0a0;"
                                           " border-radius: 4px; padding: 8px; }"));
    m_banner->hide();

    m_exceptions->setObjectName(QStringLiteral("exceptionsTile"));
    m_waiting->setObjectName(QStringLiteral("waitingTile"));

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (auto *tile : { m_waiting, m_exceptions, m_completed, m_events })
        tiles->addWidget(tile, 1);

    auto *lanesTitle = new QLabel(tr("Connections and lanes"), this);
    QFont f = lanesTitle->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    lanesTitle->setFont(f);

    m_lanesView->setObjectName(QStringLiteral("lanesView"));
    m_lanesView->setModel(lanes);
    m_lanesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lanesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lanesView->verticalHeader()->hide();
    m_lanesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lanesView->horizontalHeader()->setSectionResizeMode(LaneStatusModel::LaneColumn, QHeaderView::Stretch);
    m_lanesView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_lanesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lanesView->setAlternatingRowColors(true);
    m_lanesView->setShowGrid(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    layout->addLayout(tiles);
    layout->addWidget(lanesTitle);
    layout->addWidget(m_lanesView);
    layout->addStretch(1);
}

void DashboardPage::showStats(const EngineStats &stats)
{
    const QLocale locale;
    const qint64 waiting = stats.due;
    const qint64 dead = stats.jobs.value(JobState::Dead);
    m_waiting->setValue(locale.toString(waiting));
    m_exceptions->setValue(locale.toString(dead));
    m_exceptions->setAlert(dead > 0);
    m_completed->setValue(locale.toString(stats.jobs.value(JobState::Done)));
    m_events->setValue(locale.toString(stats.events));
}

void DashboardPage::showProblem(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

} // namespace Quayside::Ui
