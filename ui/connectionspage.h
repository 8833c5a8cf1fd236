#pragma once

#include "core/config/connectionsettings.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QJsonObject;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;

namespace Quayside {
class ConnectionTester;
class SecretVault;
struct ConnectionCheck;
} // namespace Quayside

namespace Quayside::Ui {

class AccessGate;

class StatusLine;

// Where Shopify, Odoo and ShipBob are and how Quayside signs in. What is not secret goes to `settings`;
// secrets go to `vault` only (the OS keychain in the console) and are never shown again. Each system has
// a "Test connection" that runs without blocking the window.
class ConnectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    ConnectionsPage(SecretVault *vault, QSettings *settings, QWidget *parent = nullptr);
    // Admin actions ask for the passphrase through `gate` first; without one they run directly.
    void setAccessGate(AccessGate *gate) { m_gate = gate; }
    ~ConnectionsPage() override;

    ConnectionSettings settings() const { return m_saved; }

public Q_SLOTS:
    // The console runs on the built-in sandbox: show its endpoints, read-only, and how to leave it.
    void showSandbox(const QJsonObject &endpoints);
    void save();
    void test(Quayside::ConnectionSettings::System system);

Q_SIGNALS:
    void saved();
    void tested(const Quayside::ConnectionCheck &check);

private:
    AccessGate *m_gate = nullptr;
    struct SystemBox
    {
        QGroupBox *box = nullptr;
        QPushButton *test = nullptr;
        QProgressBar *busy = nullptr;
        StatusLine *result = nullptr;
    };
    SystemBox makeSystemBox(ConnectionSettings::System system, const QString &title, QFormLayout **form);
    SystemBox &boxOf(ConnectionSettings::System system);
    ConnectionSettings fromFields() const;
    void showSettings(const ConnectionSettings &settings);
    void updateShopifyMode();
    void updatePlaceholders();
    QLineEdit *secretField(ConnectionSettings::System system) const;
    void runTest(ConnectionSettings::System system, const ConnectionSettings &settings, const QString &secret);
    void showCheck(const ConnectionCheck &check);
    void finishSave(const QStringList &failures);

    SecretVault *m_vault;
    QSettings *m_settings;
    ConnectionTester *m_tester;
    ConnectionSettings m_saved;
    int m_pendingWrites = 0;
    QStringList m_writeFailures;

    QGroupBox *m_sandbox;
    QLabel *m_sandboxText;
    QLabel *m_sandboxShopify;
    QLabel *m_sandboxOdoo;
    QLabel *m_sandboxShipBob;

    QFormLayout *m_shopifyForm = nullptr;
    QLineEdit *m_shop;
    QComboBox *m_shopifyMode;
    QLineEdit *m_apiVersion;
    QLineEdit *m_token;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_odooUrl;
    QLineEdit *m_odooDatabase;
    QLineEdit *m_odooLogin;
    QLineEdit *m_odooKey;
    QLineEdit *m_shipbobUrl;
    QSpinBox *m_channel;
    QLineEdit *m_shipbobToken;
    SystemBox m_shopifyBox;
    SystemBox m_odooBox;
    SystemBox m_shipbobBox;
    QPushButton *m_save;
    StatusLine *m_saveStatus;
};

} // namespace Quayside::Ui
