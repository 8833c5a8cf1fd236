#include "core/config/connectionsettings.h"
#include "core/config/connectiontester.h"
#include "core/flows/connections.h"
#include "core/security/secretvault.h"
#include "sandbox/host/sandboxhost.h"
#include "ui/connectionspage.h"
#include "ui/statusline.h"

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "tests/app/uitestsupport.h"

using namespace Quayside;
using namespace Quayside::Sandbox;
using UiTestSupport::child;
const auto type = UiTestSupport::typeInto;

// The Connections page: secrets reach the secret store and nothing else, settings come back after a
// restart, and "Test connection" runs against the sandbox without blocking the window.
class TestConnectionsPage : public QObject
{
    Q_OBJECT

    static void fillEverything(Ui::ConnectionsPage &page)
    {
        type(child<QLineEdit>(&page, "shopifyShop"), QStringLiteral("demo.myshopify.com"));
        type(child<QLineEdit>(&page, "odooUrl"), QStringLiteral("https://erp.example.com"));
        type(child<QLineEdit>(&page, "odooDatabase"), QStringLiteral("prod"));
        type(child<QLineEdit>(&page, "odooLogin"), QStringLiteral("sync@example.com"));
        child<QSpinBox>(&page, "shipbobChannel")->setValue(4711);
    }

private Q_SLOTS:
    void secretsGoToTheVaultOnly_data()
    {
        QTest::addColumn<int>("shopifyMode");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("entry");
        QTest::newRow("shopify token") << 0 << QStringLiteral("shopifyToken") << ConnectionSettings::ShopifyTokenEntry;
        QTest::newRow("shopify client secret")
            << 1 << QStringLiteral("shopifyClientSecret") << ConnectionSettings::ShopifyClientSecretEntry;
        QTest::newRow("odoo api key") << 0 << QStringLiteral("odooApiKey") << ConnectionSettings::OdooApiKeyEntry;
        QTest::newRow("shipbob token") << 0 << QStringLiteral("shipbobToken") << ConnectionSettings::ShipBobTokenEntry;
    }

    void secretsGoToTheVaultOnly()
    {
        QFETCH(int, shopifyMode);
        QFETCH(QString, field);
        QFETCH(QString, entry);
        QTemporaryDir dir;
        const QString iniPath = dir.filePath(QStringLiteral("quayside.ini"));
        const QString secret = QStringLiteral("s3cret-%1-value").arg(field);
        MemoryVault vault;
        {
            QSettings settings(iniPath, QSettings::IniFormat);
            Ui::ConnectionsPage page(&vault, &settings);
            page.show();
            fillEverything(page);
            child<QComboBox>(&page, "shopifyMode")->setCurrentIndex(shopifyMode);
            if (shopifyMode == 1)
                type(child<QLineEdit>(&page, "shopifyClientId"), QStringLiteral("client-42"));
            auto *secretField = page.findChild<QLineEdit *>(field);
            QCOMPARE(secretField->echoMode(), QLineEdit::Password);
            QCOMPARE(secretField->placeholderText(), QStringLiteral("not stored yet"));
            type(secretField, secret);
            QSignalSpy saved(&page, &Ui::ConnectionsPage::saved);
            child<QPushButton>(&page, "saveButton")->click();
            QVERIFY(saved.wait(5000));
            QCOMPARE(vault.entries.value(entry), secret);
            QCOMPARE(vault.entries.size(), 1);
            QVERIFY(secretField->text().isEmpty()); // not kept in the window either
            QCOMPARE(secretField->placeholderText(), QStringLiteral("stored in the keychain"));
        }
        QFile ini(iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY(written.contains("demo.myshopify.com"));
        QVERIFY2(!written.contains(secret.toUtf8()), written.constData());

        // A new page (the next start) shows the same settings and knows the secret is stored.
        QSettings settings(iniPath, QSettings::IniFormat);
        Ui::ConnectionsPage again(&vault, &settings);
        QCOMPARE(child<QLineEdit>(&again, "odooDatabase")->text(), QStringLiteral("prod"));
        QCOMPARE(child<QSpinBox>(&again, "shipbobChannel")->value(), 4711);
        QCOMPARE(child<QComboBox>(&again, "shopifyMode")->currentIndex(), shopifyMode);
        QCOMPARE(again.findChild<QLineEdit *>(field)->placeholderText(), QStringLiteral("stored in the keychain"));
        // The configuration the console starts from names the keychain entry, never the value.
        const QuaysideConfig config = again.settings().toConfig();
        QCOMPARE(config.odoo.apiKey.name, ConnectionSettings::OdooApiKeyEntry);
        QCOMPARE(config.odoo.apiKey.kind, SecretRef::Kind::Keychain);
    }

    void testsAgainstTheSandboxWithTheStoredSecret()
    {
        SandboxHost host(SandboxOptions {});
        QVERIFY(host.start(nullptr));
        const Connections sandbox = Connections::fromSandbox(host.endpoints());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("q.ini")), QSettings::IniFormat);
        MemoryVault vault;
        Ui::ConnectionsPage page(&vault, &settings);
        page.showSandbox(host.endpoints());
        page.show();
        QVERIFY(child<QGroupBox>(&page, "sandboxBox")->isVisible());
        auto *shown = child<QLabel>(&page, "sandboxOdoo");
        QVERIFY(shown->text().contains(sandbox.odoo.database));

        type(child<QLineEdit>(&page, "odooUrl"), sandbox.odoo.baseUrl.toString());
        type(child<QLineEdit>(&page, "odooDatabase"), sandbox.odoo.database);
        type(child<QLineEdit>(&page, "odooLogin"), sandbox.odoo.login);
        type(child<QLineEdit>(&page, "odooApiKey"), QStringLiteral("wrong-key"));
        QSignalSpy tested(&page, &Ui::ConnectionsPage::tested);
        auto *test = child<QPushButton>(&page, "odooTest");
        QTest::keyClick(test, Qt::Key_Space); // reachable by keyboard
        QVERIFY(child<QProgressBar>(&page, "odooBusy")->isVisible());
        QVERIFY(!test->isEnabled());
        QVERIFY(tested.wait(20000));
        auto *result = child<Ui::StatusLine>(&page, "odooResult");
        QCOMPARE(result->tone(), Ui::StatusLine::Tone::Bad);
        QVERIFY2(result->text().contains(QStringLiteral("refused")), qPrintable(result->text()));
        QVERIFY(!child<QProgressBar>(&page, "odooBusy")->isVisible());

        // Saved, the field is empty, and the test reads the key from the secret store.
        type(child<QLineEdit>(&page, "odooApiKey"), sandbox.odoo.apiKey);
        QSignalSpy saved(&page, &Ui::ConnectionsPage::saved);
        child<QPushButton>(&page, "saveButton")->click();
        QVERIFY(saved.wait(5000));
        QVERIFY(child<QLineEdit>(&page, "odooApiKey")->text().isEmpty());
        test->click();
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().first().value<ConnectionCheck>().outcome, ConnectionCheck::Outcome::Ok);
        QCOMPARE(result->tone(), Ui::StatusLine::Tone::Good);
        QVERIFY2(result->text().contains(sandbox.odoo.database), qPrintable(result->text()));

        type(child<QLineEdit>(&page, "shipbobUrl"), sandbox.shipbobUrl.toString());
        child<QSpinBox>(&page, "shipbobChannel")->setValue(sandbox.shipbobChannelId);
        type(child<QLineEdit>(&page, "shipbobToken"), sandbox.shipbobToken);
        child<QPushButton>(&page, "shipbobTest")->click();
        QVERIFY(tested.wait(20000));
        QVERIFY2(child<Ui::StatusLine>(&page, "shipbobResult")->text().contains(QStringLiteral("\"Quayside\"")),
            qPrintable(child<Ui::StatusLine>(&page, "shipbobResult")->text()));
    }
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
