#include "ui/dashboardpage.h"

#include "core/engine/lanestatusmodel.h"
#include "core/telemetry/dashboardalerts.h"
#include "core/telemetry/dashboardfeed.h"
#include "core/telemetry/dashboardmodels.h"
#include "ui/accessgate.h"
#include "ui/alertthresholdsdialog.h"
#include "ui/dashboardcharts.h"
#include "ui/dashboardtiles.h"
#include "ui/lanehealthview.h"
#include "ui/stattile.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace Quayside::Ui {

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

DashboardPage::DashboardPage(LaneStatusModel *lanes, QWidget *parent)
    : QWidget(parent)
    , m_alerts(new AlertMonitor(this))
    , m_latencyModel(new FlowLatencyModel(this))
    , m_mismatchModel(new MismatchModel(this))
    , m_banner(new QLabel(this))
    , m_rangeBox(new QComboBox(this))
    , m_tiles(new DashboardTiles(this))
    , m_throughput(new TimeSeriesChart(tr("Orders per minute"),
          { { tr("Orders"), QColor(0x2a, 0x7f, 0xd4) } },
          tr("No order has been synced in this period yet."),
          this))
    , m_failures(new TimeSeriesChart(tr("Retries and failures per minute"),
          { { tr("Retries"), QColor(0xe0, 0x8e, 0x0b) }, { tr("To exceptions"), QColor(0xd9, 0x2d, 0x2d) } },
          tr("Nothing was retried or failed in this period."),
          this))
    , m_latency(new LatencyChart(m_latencyModel, this))
    , m_lanesView(new LaneHealthView(lanes, this))
    , m_mismatchView(new QTableView(this))
{
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAutoFillBackground(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    QPalette bannerPalette;
    bannerPalette.setColor(QPalette::Window, alertWindowColour(palette()));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();

    m_rangeBox->setObjectName(QStringLiteral("dashboardRange"));
    m_rangeBox->addItem(tr("Last hour"), int(DashboardRange::LastHour));
    m_rangeBox->addItem(tr("Last 24 hours"), int(DashboardRange::LastDay));
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setRange(DashboardRange(m_rangeBox->itemData(index).toInt()));
    });
    auto *rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(m_rangeBox);
    auto *thresholds = new QPushButton(tr("Alert &thresholds…"), this);
    thresholds->setObjectName(QStringLiteral("editThresholds"));
    connect(thresholds, &QPushButton::clicked, this, [this] {
        AccessGate::run(m_gate, this, OperatorAction::ChangeAlertThresholds, [this] { editThresholds(); });
    });
    auto *header = new QHBoxLayout;
    header->addWidget(rangeLabel);
    header->addWidget(m_rangeBox);
    header->addStretch(1);
    header->addWidget(thresholds);

    m_throughput->setObjectName(QStringLiteral("throughputChart"));
    m_failures->setObjectName(QStringLiteral("failuresChart"));
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    auto *charts = new QHBoxLayout;
    charts->setSpacing(8);
    for (DashboardChartView *chart :
        std::initializer_list<DashboardChartView *> { m_throughput, m_latency, m_failures })
        charts->addWidget(chart, 1);

    m_mismatchView->setObjectName(QStringLiteral("mismatchView"));
    m_mismatchView->setModel(m_mismatchModel);
    m_mismatchView->verticalHeader()->hide();
    m_mismatchView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mismatchView->horizontalHeader()->setSectionResizeMode(MismatchModel::ProblemColumn, QHeaderView::Stretch);
    m_mismatchView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mismatchView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mismatchView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mismatchView->setShowGrid(false);
    m_mismatchView->setWordWrap(false);
    m_mismatchView->setAlternatingRowColors(true);
    // Five rows: the worst ones; the rest scroll, and the charts keep the height.
    m_mismatchView->setFixedHeight(m_mismatchView->horizontalHeader()->sizeHint().height()
        + 5 * m_mismatchView->verticalHeader()->defaultSectionSize() + 2 * m_mismatchView->frameWidth());

    auto *bottom = new QGridLayout;
    bottom->setHorizontalSpacing(12);
    bottom->setVerticalSpacing(4);
    bottom->addWidget(sectionTitle(tr("Connections and lanes"), this), 0, 0);
    bottom->addWidget(sectionTitle(tr("Worst inventory mismatches"), this), 0, 1);
    bottom->addWidget(m_lanesView, 1, 0);
    bottom->addWidget(m_mismatchView, 1, 1);
    bottom->setColumnStretch(0, 3);
    bottom->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tiles);
    layout->addLayout(charts, 1);
    layout->addLayout(bottom);

    connect(m_alerts, &AlertMonitor::activeChanged, m_tiles, &DashboardTiles::setAlert);
    QSettings settings;
    m_alerts->setThresholds(AlertThresholds::load(settings));
    // Until the store is open, empty charts over the current hour rather than over 1970.
    m_snapshot.firstMinute = QDateTime::currentMSecsSinceEpoch() / 60000 - DashboardSnapshot::kDayMinutes + 1;
    showSnapshot(m_snapshot);
}

void DashboardPage::attachStore(const QString &connectionName, Dialect dialect)
{
    if (m_feed)
        return;
    m_feed = new DashboardFeed(connectionName, dialect, this);
    connect(m_feed, &DashboardFeed::snapshotReady, this, &DashboardPage::showSnapshot);
    // Alerts are watched while other pages are shown too, so the feed runs whether or not it is visible.
    m_feed->start();
}

void DashboardPage::refresh()
{
    if (m_feed)
        m_feed->refresh();
}

void DashboardPage::showSnapshot(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_tiles->showSnapshot(snapshot, m_range);
    m_throughput->setSeries(snapshot.firstMinute, { snapshot.orders }, m_range);
    m_failures->setSeries(snapshot.firstMinute, { snapshot.retried, snapshot.failed }, m_range);
    // The period's totals in the legend, where the eye already looks for what the lines are.
    const QLocale locale;
    const int minutes = DashboardSnapshot::minutes(m_range);
    m_failures->series(0)->setName(
        tr("Retries (%1)").arg(locale.toString(DashboardSnapshot::sumLast(snapshot.retried, minutes))));
    m_failures->series(1)->setName(
        tr("To exceptions (%1)").arg(locale.toString(DashboardSnapshot::sumLast(snapshot.failed, minutes))));
    m_latencyModel->setLatency(snapshot.latency(m_range));
    m_mismatchModel->setMismatches(snapshot.worstMismatches);
    m_alerts->evaluate(snapshot);
    // The banner also carries the engine's problems: only a read problem of ours is taken back here.
    if (!snapshot.error.isEmpty() || m_showsReadProblem) {
        showProblem(snapshot.error);
        m_showsReadProblem = !snapshot.error.isEmpty();
    }
}

void DashboardPage::setRange(DashboardRange range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
    showSnapshot(m_snapshot);
}

void DashboardPage::applyThresholds(const AlertThresholds &thresholds)
{
    QSettings settings;
    thresholds.save(settings);
    m_alerts->setThresholds(thresholds);
}

void DashboardPage::editThresholds()
{
    auto *dialog = new AlertThresholdsDialog(m_alerts->thresholds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyThresholds(dialog->thresholds());
        Q_EMIT thresholdsEdited();
    });
    dialog->open(); // window-modal, no nested event loop
}

void DashboardPage::showProblem(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

} // namespace Quayside::Ui
