#include "core/config/connectiontester.h"
#include "core/flows/connections.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <functional>
#include <memory>

using namespace Quayside;
using namespace Quayside::Sandbox;
using Outcome = ConnectionCheck::Outcome;
using System = ConnectionSettings::System;

Q_DECLARE_METATYPE(Quayside::ConnectionCheck::Outcome)

// The connection test against the sandbox's emulators over real HTTP on 127.0.0.1: each kind of failure
// is named as such, and what an ok test learns is reported.
class TestConnectionTester : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<SandboxHost> m_host19;

    static ConnectionCheck run(const std::function<void(ConnectionTester &)> &start)
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        start(tester);
        if (!finished.wait(20000))
            qFatal("the connection test never answered");
        [&] { QCOMPARE(finished.size(), 1); }();
        return finished.first().first().value<ConnectionCheck>();
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close(); // nobody listens there any more
        return port;
    }

    Connections sandbox() const { return Connections::fromSandbox(m_host->endpoints()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = std::make_unique<SandboxHost>(SandboxOptions {});
        QVERIFY(m_host->start(nullptr));
        SandboxOptions v19;
        v19.odooVersion = OdooVersion::V19;
        m_host19 = std::make_unique<SandboxHost>(v19);
        QVERIFY(m_host19->start(nullptr));
    }

    void shopify_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<Outcome>("expected");
        QTest::addColumn<QString>("named"); // a word the message must carry
        QTest::newRow("good token") << QString() << Outcome::Ok << QStringLiteral("Quayside Sandbox");
        QTest::newRow("client credentials")
            << QStringLiteral("client") << Outcome::Ok << QStringLiteral("every permission");
        QTest::newRow("wrong token") << QStringLiteral("wrong token") << Outcome::WrongCredentials
                                     << QStringLiteral("access token");
        QTest::newRow("wrong client secret")
            << QStringLiteral("wrong secret") << Outcome::WrongCredentials << QStringLiteral("client secret");
        QTest::newRow("closed port") << QStringLiteral("closed port") << Outcome::Unreachable
                                     << QStringLiteral("cannot be reached");
        QTest::newRow("no token") << QStringLiteral("no token") << Outcome::Incomplete
                                  << QStringLiteral("access token is missing");
        QTest::newRow("plain http elsewhere")
            << QStringLiteral("http") << Outcome::Incomplete << QStringLiteral("https");
    }

    void shopify()
    {
        QFETCH(QString, change);
        QFETCH(Outcome, expected);
        QFETCH(QString, named);
        Connectors::ShopifyConfig config = sandbox().shopify;
        if (change == QLatin1String("client")) {
            config.accessToken.clear();
            config.clientId = QString::fromLatin1(ShopifyEmulator::DefaultClientId);
            config.clientSecret = QString::fromLatin1(ShopifyEmulator::DefaultClientSecret);
        } else if (change == QLatin1String("wrong token")) {
            config.accessToken = QStringLiteral("shpat_revoked");
        } else if (change == QLatin1String("wrong secret")) {
            config.accessToken.clear();
            config.clientId = QString::fromLatin1(ShopifyEmulator::DefaultClientId);
            config.clientSecret = QStringLiteral("not-the-secret");
        } else if (change == QLatin1String("closed port")) {
            config.baseUrl.setPort(closedPort());
        } else if (change == QLatin1String("no token")) {
            config.accessToken.clear();
        } else if (change == QLatin1String("http")) {
            config.baseUrl = QUrl(QStringLiteral("http://shop.example.com"));
        }
        const ConnectionCheck c = run([&](ConnectionTester &t) { t.testShopify(config); });
        QCOMPARE(c.system, System::Shopify);
        QCOMPARE(c.outcome, expected);
        QVERIFY2(c.message.contains(named), qPrintable(c.message));
        if (!config.accessToken.isEmpty())
            QVERIFY(!c.message.contains(config.accessToken));
        if (expected == Outcome::Ok) {
            QCOMPARE(c.shopName, QStringLiteral("Quayside Sandbox"));
            QVERIFY(c.grantedScopes.contains(QStringLiteral("write_inventory")));
            QVERIFY(c.missingScopes.isEmpty());
        }
    }

    void shopifyMissingScopes()
    {
        const QString before = m_host->shopify()->scopes();
        m_host->shopify()->setScopes(QStringLiteral("read_orders,write_products,read_inventory,read_locations"));
        const ConnectionCheck c = run([&](ConnectionTester &t) { t.testShopify(sandbox().shopify); });
        m_host->shopify()->setScopes(before);
        QCOMPARE(c.outcome, Outcome::MissingScopes);
        QCOMPARE(c.shopName, QStringLiteral("Quayside Sandbox"));
        // write_products grants read_products; the others are named with what they are for.
        QCOMPARE(c.missingScopes,
            QStringList({ QStringLiteral("write_inventory"),
                QStringLiteral("read_merchant_managed_fulfillment_orders"),
                QStringLiteral("write_merchant_managed_fulfillment_orders"),
                QStringLiteral("read_returns") }));
        QVERIFY2(
            c.message.contains(QStringLiteral("write_inventory (setting available stock)")), qPrintable(c.message));
    }

    void odoo_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("change");
        QTest::addColumn<Outcome>("expected");
        for (int version : { 18, 19 }) {
            QTest::addRow("good %d", version) << version << QString() << Outcome::Ok;
            QTest::addRow("wrong key %d", version)
                << version << QStringLiteral("wrong key") << Outcome::WrongCredentials;
        }
        QTest::newRow("closed port") << 18 << QStringLiteral("closed port") << Outcome::Unreachable;
        QTest::newRow("not odoo") << 18 << QStringLiteral("shopify url") << Outcome::NotFound;
    }

    void odoo()
    {
        QFETCH(int, version);
        QFETCH(QString, change);
        QFETCH(Outcome, expected);
        Connectors::OdooConfig config = Connections::fromSandbox((version == 19 ? m_host19 : m_host)->endpoints()).odoo;
        if (change == QLatin1String("wrong key"))
            config.apiKey = QStringLiteral("0000not-the-key");
        else if (change == QLatin1String("closed port"))
            config.baseUrl.setPort(closedPort());
        else if (change == QLatin1String("shopify url"))
            config.baseUrl = sandbox().shopify.baseUrl;
        const ConnectionCheck c = run([&](ConnectionTester &t) { t.testOdoo(config); });
        QCOMPARE(c.system, System::Odoo);
        QVERIFY2(c.outcome == expected, qPrintable(c.message));
        QVERIFY(!c.message.contains(config.apiKey));
        if (expected == Outcome::Ok) {
            QVERIFY2(c.odooVersion.startsWith(QString::number(version)), qPrintable(c.odooVersion));
            QVERIFY(!c.odooUser.isEmpty());
            QVERIFY2(c.message.contains(c.odooUser), qPrintable(c.message));
        }
        if (expected == Outcome::WrongCredentials)
            QVERIFY2(c.message.contains(config.login), qPrintable(c.message));
    }

    void shipbob_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<Outcome>("expected");
        QTest::newRow("good") << QString() << Outcome::Ok;
        QTest::newRow("wrong token") << QStringLiteral("wrong token") << Outcome::WrongCredentials;
        QTest::newRow("other channel") << QStringLiteral("other channel") << Outcome::NotFound;
        QTest::newRow("closed port") << QStringLiteral("closed port") << Outcome::Unreachable;
        QTest::newRow("no channel") << QStringLiteral("no channel") << Outcome::Incomplete;
    }

    void shipbob()
    {
        QFETCH(QString, change);
        QFETCH(Outcome, expected);
        const Connections s = sandbox();
        Connectors::ShipBobConfig config;
        config.baseUrl = s.shipbobUrl;
        config.token = s.shipbobToken;
        config.channelId = s.shipbobChannelId;
        if (change == QLatin1String("wrong token"))
            config.token = QStringLiteral("not-a-token");
        else if (change == QLatin1String("other channel"))
            config.channelId += 1000;
        else if (change == QLatin1String("closed port"))
            config.baseUrl.setPort(closedPort());
        else if (change == QLatin1String("no channel"))
            config.channelId = 0;
        const ConnectionCheck c = run([&](ConnectionTester &t) { t.testShipBob(config); });
        QCOMPARE(c.system, System::ShipBob);
        QVERIFY2(c.outcome == expected, qPrintable(c.message));
        QVERIFY(!c.message.contains(config.token));
        if (expected == Outcome::Ok) {
            QCOMPARE(c.channelName, QStringLiteral("Quayside"));
            QVERIFY2(c.message.contains(QStringLiteral("\"Quayside\"")), qPrintable(c.message));
        }
        if (expected == Outcome::NotFound) // the channels the token has are named, to pick from
            QVERIFY2(c.message.contains(QString::number(s.shipbobChannelId)), qPrintable(c.message));
    }
};

QTEST_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
