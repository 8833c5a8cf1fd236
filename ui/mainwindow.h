#pragma once

#include "core/security/secretvault.h"

#include <QMainWindow>

#include <memory>

class QJsonObject;
class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace Quayside {
class AccessSession;
class Engine;
class LaneStatusModel;
} // namespace Quayside

namespace Quayside::Ui {

class AccessGate;
class AccessIndicator;
class AlertNotifier;
class AuditPage;
class ConnectionsPage;
class DashboardPage;
class ExceptionsPage;
class InventoryPage;
class SettlementPage;
class MappingsPage;
class OrderTracePage;
class SandboxPage;
class SchedulesPage;

// The console's frame: pages, and a status bar that always says whether the engine runs.
// It renders only; everything it shows arrives from the engine facade as queued signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `vault` and `settings` default to the OS keychain and the user's QSettings.
    explicit MainWindow(Engine *engine,
        std::unique_ptr<SecretVault> vault = nullptr,
        QSettings *settings = nullptr,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    QString engineStateText() const;
    QString sandboxBannerText() const;
    enum Page {
        DashboardPageIndex,
        ExceptionsPageIndex,
        TracePageIndex,
        InventoryPageIndex,
        SettlementPageIndex,
        ConnectionsPageIndex,
        SchedulesPageIndex,
        AuditPageIndex,
        MappingsPageIndex,
        SandboxPageIndex // only on the sandbox, last
    };

    ExceptionsPage *exceptionsPage() const { return m_exceptions; }
    OrderTracePage *tracePage() const { return m_trace; }
    InventoryPage *inventoryPage() const { return m_inventory; }
    SettlementPage *settlementPage() const { return m_settlement; }
    ConnectionsPage *connectionsPage() const { return m_connections; }
    SchedulesPage *schedulesPage() const { return m_schedules; }
    AuditPage *auditPage() const { return m_audit; }
    MappingsPage *mappingsPage() const { return m_mappings; }
    // The sandbox panel, last in the navigation; only when the console runs on the sandbox.
    SandboxPage *addSandboxPanel(double ordersPerMinute);
    DashboardPage *dashboardPage() const { return m_dashboard; }
    AlertNotifier *notifier() const { return m_notifier; }
    // The console's role for this sitting and the passphrase questions (settings key access/baseRole:
    // "operator", the default, or "viewer").
    AccessSession *access() const { return m_access; }
    AccessGate *accessGate() const { return m_gate; }
    AccessIndicator *accessIndicator() const { return m_accessIndicator; }
    void showPage(int index);

public Q_SLOTS:
    // The console runs on the built-in sandbox: say so, plainly, above every page.
    void showSandbox(const QJsonObject &endpoints);
    void showSandboxProblem(const QString &message);
    // A console without lanes on a shared store: says so above the pages.
    void showAttached(const QString &store);
    // Opens the order trace on `query` (an order name, e-mail, reference or Shopify gid).
    void showTrace(const QString &query);

protected:
    // Any key or click while admin counts as activity, so admin rights lapse only when nobody is there.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEngineState();
    void openReadConnection();

    Engine *m_engine;
    LaneStatusModel *m_lanes;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    AlertNotifier *m_notifier;
    ExceptionsPage *m_exceptions = nullptr;
    OrderTracePage *m_trace = nullptr;
    InventoryPage *m_inventory = nullptr;
    SettlementPage *m_settlement = nullptr;
    SandboxPage *m_sandboxPanel = nullptr;
    std::unique_ptr<SecretVault> m_vault;
    QSettings *m_settings;
    ConnectionsPage *m_connections;
    SchedulesPage *m_schedules = nullptr;
    AuditPage *m_audit = nullptr;
    MappingsPage *m_mappings;
    QListWidget *m_nav;
    qint64 m_lastDead = -1;
    QString m_pendingTrace;
    QLabel *m_sandboxBanner;
    QLabel *m_engineState;
    QLabel *m_counts;
    QString m_stateText;
    AccessSession *m_access;
    AccessGate *m_gate;
    AccessIndicator *m_accessIndicator;
    bool m_storeProblemShown = false;
};

} // namespace Quayside::Ui
