#include "ui/mainwindow.h"

#include "core/engine/engine.h"
#include "core/engine/exceptionmodel.h"
#include "core/engine/lanestatusmodel.h"
#include "core/flows/connections.h"
#include "core/security/accesssession.h"
#include "core/security/secretvault.h"
#include "core/store/database.h"
#include "core/telemetry/dashboardalerts.h"
#include "ui/accessgate.h"
#include "ui/alertnotifier.h"
#include "ui/auditpage.h"
#include "ui/connectionspage.h"
#include "ui/dashboardpage.h"
#include "ui/exceptionspage.h"
#include "ui/helpwindow.h"
#include "ui/inventorypage.h"
#include "ui/lanehealthview.h"
#include "ui/mappingspage.h"
#include "ui/ordertracepage.h"
#include "ui/sandboxpage.h"
#include "ui/schedulespage.h"
#include "ui/settlementpage.h"
#include "ui/stattile.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

#include <utility>

namespace Quayside::Ui {

MainWindow::MainWindow(Engine *engine, std::unique_ptr<SecretVault> vault, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_lanes(new LaneStatusModel(this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(new DashboardPage(m_lanes, this))
    , m_notifier(new AlertNotifier(this))
    , m_vault(vault ? std::move(vault) : std::make_unique<KeychainVault>())
    , m_settings(settings ? settings : new QSettings(this))
    , m_connections(new ConnectionsPage(m_vault.get(), m_settings, this))
    , m_mappings(new MappingsPage(engine->config().database, engine->config().actor, this))
    , m_nav(new QListWidget(this))
    , m_sandboxBanner(new QLabel(this))
    , m_engineState(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_access(new AccessSession(m_vault.get(),
          roleFromString(m_settings->value(QStringLiteral("access/baseRole")).toString()).value_or(Role::Operator),
          this))
    , m_gate(new AccessGate(m_access, this))
    , m_accessIndicator(new AccessIndicator(m_gate, this))
{
    setWindowTitle(tr("Quayside"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 720); // fits a 1366×768 office screen with the task bar
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_connections);
    m_pages->addWidget(m_mappings);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setWordWrap(true);
    // From the palette, so the banner suits a dark theme too.
    m_sandboxBanner->setAutoFillBackground(true);
    m_sandboxBanner->setContentsMargins(16, 8, 16, 8);
    QPalette bannerPalette;
    bannerPalette.setColor(QPalette::Window, tintedWindowColour(palette(), palette().color(QPalette::Highlight)));
    m_sandboxBanner->setPalette(bannerPalette);
    m_sandboxBanner->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sandboxBanner);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->addItem(tr("Dashboard"));
    m_nav->addItem(tr("Exceptions"));
    m_nav->addItem(tr("Order trace"));
    m_nav->addItem(tr("Inventory"));
    m_nav->addItem(tr("Settlement"));
    m_nav->addItem(tr("Connections"));
    m_nav->addItem(tr("Flows & schedules"));
    m_nav->addItem(tr("Audit log"));
    m_nav->addItem(tr("Mappings"));
    m_nav->setFixedWidth(170);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { padding-top: 8px; } QListWidget::item { padding: 6px 12px; }"));
    m_nav->setCurrentRow(0);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    body->addWidget(m_nav);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    connect(m_engine, &Engine::started, this, &MainWindow::openReadConnection);
    addHelpMenu(this);

    m_engineState->setObjectName(QStringLiteral("engineState"));
    m_counts->setObjectName(QStringLiteral("engineCounts"));
    statusBar()->addWidget(m_engineState, 1);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_accessIndicator);

    // The engine refuses what the role may not do; the pages grey it and ask for the passphrase.
    m_engine->setRole(m_access->role());
    connect(m_access, &AccessSession::roleChanged, this, [this](Role role) {
        m_engine->setRole(role);
        if (m_exceptions)
            m_exceptions->applyRole();
        statusBar()->showMessage(role == Role::Admin ? tr("Admin rights are on.") : tr("Admin rights are off."), 5000);
    });
    connect(m_access, &AccessSession::auditRequested, m_engine, [this](const QString &action, const QString &note) {
        m_engine->recordAudit(action, QStringLiteral("console"), note);
    });
    connect(m_connections, &ConnectionsPage::saved, m_engine, [this] {
        m_engine->recordAudit(QStringLiteral("connections.change"),
            QStringLiteral("connections"),
            QStringLiteral("connection settings saved; secrets only in the keychain"));
    });
    connect(m_dashboard, &DashboardPage::thresholdsEdited, m_engine, [this] {
        m_engine->recordAudit(
            QStringLiteral("alerts.change"), QStringLiteral("settings:alertThresholds"), QStringLiteral("edited"));
    });
    m_connections->setAccessGate(m_gate);
    m_mappings->setAccessGate(m_gate);
    m_dashboard->setAccessGate(m_gate);
    qApp->installEventFilter(this);
    m_access->load();

    connect(m_engine, &Engine::stateChanged, this, &MainWindow::updateEngineState);
    connect(m_engine, &Engine::laneStatusChanged, m_lanes, &LaneStatusModel::updateStatus);
    connect(m_engine, &Engine::statsUpdated, this, [this](const EngineStats &stats) {
        const qint64 dead = stats.jobs.value(JobState::Dead);
        if (m_exceptions && dead != m_lastDead) {
            m_exceptions->refresh();
            m_dashboard->refresh(); // the exceptions tile (and its alert) at once, not at the next tick
        }
        m_lastDead = dead;
        if (m_trace)
            m_trace->refresh();
        if (m_inventory)
            m_inventory->refresh();
        if (m_settlement)
            m_settlement->refresh();
        if (m_schedules)
            m_schedules->refresh();
        if (m_audit && m_pages->currentWidget() == m_audit)
            m_audit->refresh(); // the filters' choices read the whole log: only while it is looked at
        const QLocale locale;
        m_counts->setText(tr("Waiting %1 · Exceptions %2")
                              .arg(locale.toString(stats.due), locale.toString(stats.jobs.value(JobState::Dead))));
    });
    connect(m_dashboard->alerts(),
        &AlertMonitor::alertRaised,
        this,
        [this](DashboardAlert, const QString &title, const QString &message) {
            m_notifier->notify(title, message);
            // The message's figures are those of the moment it fired; the status bar names the alert and
            // when, and the dashboard shows the figures as they are now.
            statusBar()->showMessage(tr("%1 (since %2) — see the dashboard")
                                         .arg(title, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                30000);
        });
    connect(m_engine, &Engine::auditChainBroken, this, [this](qint64 entryId, const QString &problem) {
        m_dashboard->showProblem(tr("The audit log has been altered outside Quayside: entry %1 does not match "
                                    "its record (%2). Orders keep flowing; keep a copy of the store for whoever "
                                    "investigates.")
                                     .arg(entryId)
                                     .arg(problem));
    });
    connect(m_engine, &Engine::storeUnavailable, this, [this](const QString &message) {
        m_storeProblemShown = true;
        m_dashboard->showProblem(tr("The store cannot be written: %1. The engine waits and starts by itself once "
                                    "it can write again; nothing is lost meanwhile.")
                                     .arg(message));
    });
    connect(m_engine, &Engine::started, this, [this] {
        if (std::exchange(m_storeProblemShown, false))
            m_dashboard->showProblem(QString());
    });
    connect(m_engine, &Engine::failed, this, [this](const QString &message) {
        m_dashboard->showProblem(tr("The sync engine could not start. %1").arg(message));
    });
    updateEngineState();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress)
        m_access->touch();
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    if (m_exceptions) {
        // The pages read through the connection, so they go first.
        delete m_exceptions;
        delete m_trace;
        delete m_inventory;
        delete m_settlement;
        delete m_schedules;
        delete m_audit;
        Database::close(QStringLiteral("gui"));
    }
}

void MainWindow::openReadConnection()
{
    if (m_exceptions)
        return;
    // The console's own connection, on its own thread: reads only, so it never waits on a worker's write.
    if (auto error = Database::open(m_engine->config().database, QStringLiteral("gui"))) {
        m_dashboard->showProblem(tr("The console cannot read the store: %1").arg(error->message));
        return;
    }
    m_dashboard->attachStore(QStringLiteral("gui"), m_engine->config().database.dialect);
    m_exceptions = new ExceptionsPage(m_engine, QStringLiteral("gui"), this);
    m_pages->addWidget(m_exceptions);
    const auto label = [this](int count) {
        m_nav->item(ExceptionsPageIndex)->setText(count > 0 ? tr("Exceptions (%1)").arg(count) : tr("Exceptions"));
    };
    connect(m_exceptions, &ExceptionsPage::countChanged, this, label);
    label(m_exceptions->model()->rowCount());
    m_trace = new OrderTracePage(QStringLiteral("gui"), this);
    m_trace->setAccessGate(m_gate);
    m_pages->addWidget(m_trace);
    connect(m_trace, &OrderTracePage::revealRequested, m_engine, &Engine::revealCustomerData);
    connect(m_trace, &OrderTracePage::forgetRequested, m_engine, &Engine::forgetCustomer);
    connect(m_engine,
        &Engine::operatorActionFinished,
        m_trace,
        [this](const QString &action, int changed, const QString &error) {
            if (action == QLatin1String("reveal") && error.isEmpty() && changed == 1) {
                m_trace->revealGranted();
            } else if (action == QLatin1String("forget")) {
                statusBar()->showMessage(
                    error.isEmpty() ? tr(
                        "The customer's data was erased from %n order(s); the audit log records it.", nullptr, changed)
                                    : tr("The customer's data could not be erased: %1").arg(error),
                    15000);
                m_trace->customerForgotten();
            }
        });
    m_schedules = new SchedulesPage(m_engine, QStringLiteral("gui"), this);
    m_schedules->setAccessGate(m_gate);
    m_pages->addWidget(m_schedules);
    m_audit = new AuditPage(m_engine->config().database, QStringLiteral("gui"), this);
    m_pages->addWidget(m_audit);
    connect(m_exceptions, &ExceptionsPage::traceRequested, this, &MainWindow::showTrace);
    m_inventory = new InventoryPage(QStringLiteral("gui"), this);
    m_pages->addWidget(m_inventory);
    m_settlement = new SettlementPage(QStringLiteral("gui"), this);
    m_pages->addWidget(m_settlement);
    connect(m_settlement, &SettlementPage::traceRequested, this, &MainWindow::showTrace);
    m_mappings->attachStore(QStringLiteral("gui"));
    if (!m_pendingTrace.isEmpty())
        showTrace(std::exchange(m_pendingTrace, QString()));
    else if (m_nav->currentRow() != DashboardPageIndex)
        showPage(m_nav->currentRow()); // chosen before the store was open
}

void MainWindow::showTrace(const QString &query)
{
    if (!m_trace) {
        m_pendingTrace = query; // the store opens once the engine has started
        showPage(TracePageIndex);
        return;
    }
    showPage(TracePageIndex);
    m_trace->showTrace(query);
}

void MainWindow::showPage(int index)
{
    if (index == ExceptionsPageIndex && m_exceptions)
        m_pages->setCurrentWidget(m_exceptions);
    else if (index == TracePageIndex && m_trace)
        m_pages->setCurrentWidget(m_trace);
    else if (index == InventoryPageIndex && m_inventory)
        m_pages->setCurrentWidget(m_inventory);
    else if (index == SettlementPageIndex && m_settlement)
        m_pages->setCurrentWidget(m_settlement);
    else if (index == SandboxPageIndex && m_sandboxPanel)
        m_pages->setCurrentWidget(m_sandboxPanel);
    else if (index == MappingsPageIndex) {
        m_mappings->refreshPayloads();
        m_pages->setCurrentWidget(m_mappings);
    } else if (index == ConnectionsPageIndex)
        m_pages->setCurrentWidget(m_connections);
    else if (index == SchedulesPageIndex && m_schedules)
        m_pages->setCurrentWidget(m_schedules);
    else if (index == AuditPageIndex && m_audit) {
        m_audit->refresh();
        m_pages->setCurrentWidget(m_audit);
    } else
        m_pages->setCurrentWidget(m_dashboard);
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
}

SandboxPage *MainWindow::addSandboxPanel(double ordersPerMinute)
{
    if (!m_sandboxPanel) {
        m_sandboxPanel = new SandboxPage(ordersPerMinute, this);
        m_pages->addWidget(m_sandboxPanel);
        m_nav->addItem(tr("Sandbox"));
    }
    return m_sandboxPanel;
}

QString MainWindow::sandboxBannerText() const
{
    return m_sandboxBanner->isVisible() ? m_sandboxBanner->text() : QString();
}

void MainWindow::showSandbox(const QJsonObject &endpoints)
{
    const auto url = [&](const char *system) {
        return endpoints.value(QLatin1String(system)).toObject().value(QStringLiteral("url")).toString();
    };
    m_sandboxBanner->setText(tr("<b>Sandbox.</b> Shopify, Odoo and ShipBob are simulated on this computer, with "
                                "generated shoppers; nothing here reaches a real shop, ERP or warehouse."));
    m_sandboxBanner->setToolTip(
        tr("Shopify %1 · Odoo %2 · ShipBob %3").arg(url("shopify"), url("odoo"), url("shipbob")));
    m_sandboxBanner->show();
    m_connections->showSandbox(endpoints);
    m_mappings->setOdooConnection(Connections::fromSandbox(endpoints).odoo);
}

void MainWindow::showAttached(const QString &store)
{
    m_sandboxBanner->setText(tr("<b>Attached to the team store</b> %1. The headless workers process the queue; "
                                "this console shows it, and its replays and resolves go to the workers.")
                                 .arg(store.toHtmlEscaped()));
    m_sandboxBanner->setToolTip(QString());
    m_sandboxBanner->show();
    if (auto *lanes = findChild<LaneHealthView *>(QStringLiteral("lanesView")))
        lanes->setEmptyText(tr("This console runs no lanes: they run in the headless workers, whose logs and "
                               "servers show their health. The tiles and the exception queue above are the "
                               "team's."));
}

void MainWindow::showSandboxProblem(const QString &message)
{
    m_dashboard->showProblem(tr("The sandbox could not start. %1").arg(message));
}

QString MainWindow::engineStateText() const
{
    return m_stateText;
}

void MainWindow::updateEngineState()
{
    const QString where = m_engine->config().database.describe();
    QString text;
    QString colour;
    switch (m_engine->state()) {
    case Engine::State::Stopped:
        text = tr("Engine stopped");
        colour = QStringLiteral("#888888");
        break;
    case Engine::State::Starting:
        text = tr("Engine starting…");
        colour = QStringLiteral("#c08000");
        break;
    case Engine::State::Running:
        text = m_engine->config().lanes.isEmpty()
            ? tr("Attached · %1").arg(where)
            : tr("Engine running · lanes: %1 · %2").arg(m_engine->config().lanes.size()).arg(where);
        colour = QStringLiteral("#1a8a3a");
        break;
    case Engine::State::Stopping:
        text = tr("Engine stopping…");
        colour = QStringLiteral("#c08000");
        break;
    case Engine::State::Failed:
        text = tr("Engine failed to start");
        colour = QStringLiteral("#c01818");
        break;
    }
    m_stateText = text;
    m_engineState->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text.toHtmlEscaped()));
}

} // namespace Quayside::Ui
