#include "core/connectors/shipbob/shipbobclient.h"
#include "core/connectors/shopify/shopifywebhook.h"
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/orderflow.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/orders/subscribewebhooksstep.h"
#include "core/flows/privacy.h"
#include "core/security/auditlog.h"
#include "core/webhooks/webhookreceiver.h"
#include "sandbox/common/webhookdispatcher.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shipbob/shipbobwebhooks.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Quayside;
using namespace Quayside::Sandbox;

namespace {
const QByteArray kSecret = ShopifyEmulator::DefaultClientSecret;
}

// The webhook receiver over real HTTP: Shopify's emulator subscribes it through the product's own
// subscription step, delivers signed webhooks (some twice, some out of order), and the orders reach Odoo
// once each with the poll asleep. Forged, foreign and malformed deliveries are refused and record nothing.
class TestWebhooks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_n = 0;

    struct Fixture
    {
        std::unique_ptr<SandboxHost> host;
        std::unique_ptr<WebhookReceiver> receiver;
        quint16 port = 0;
        DatabaseConfig database;
        QString connection;
        std::unique_ptr<JobStore> store;
        QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/shopify").arg(port)); }
        QUrl shipbobUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/shipbob").arg(port)); }
        // The jobs that did not finish, for failure messages.
        QString unfinished() const
        {
            QStringList out;
            QSqlQuery q(store->db());
            q.exec(QStringLiteral("SELECT step, state, correlation_id, error_message FROM jobs WHERE state != 'done'"));
            while (q.next())
                out << QStringLiteral("%1 %2 %3: %4")
                           .arg(q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString());
            return out.join(QStringLiteral("; "));
        }
        qint64 count(const QString &sql) const
        {
            QSqlQuery q(store->db());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        }
    };

    std::unique_ptr<Fixture> fixture(quint64 seed, bool autoProgressShipments = true)
    {
        auto f = std::make_unique<Fixture>();
        SandboxOptions options;
        options.seed = seed;
        options.autoProgressShipments = autoProgressShipments;
        f->host = std::make_unique<SandboxHost>(options);
        if (!f->host->start(nullptr))
            qFatal("sandbox did not start");
        f->database = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("wh%1.sqlite").arg(++m_n)));
        f->connection = QStringLiteral("check%1").arg(m_n);
        if (Database::openAndMigrate(f->database, f->connection, false))
            qFatal("store did not open");
        f->store = std::make_unique<JobStore>(f->connection, Dialect::Sqlite);
        WebhookReceiver::Settings settings;
        settings.secret = kSecret;
        settings.shopDomain = f->host->shopify()->shopDomain();
        settings.shipbobSecret = f->host->shipbob()->webhookSecret();
        settings.shipbobSource
            = Connectors::ShipBobClient::sourceNameFor(Connections::fromSandbox(f->host->endpoints()).shipbobChannelId);
        settings.database = f->database;
        f->receiver = std::make_unique<WebhookReceiver>(settings);
        QString error;
        f->port = f->receiver->start(&error);
        if (!f->port)
            qFatal("receiver did not start: %s", qPrintable(error));
        return f;
    }

    QNetworkReply *post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[key, value] : headers)
            request.setRawHeader(key, value);
        return m_network.post(request, body);
    }

    static int statusOf(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    static QByteArray sign(const QByteArray &body, const QByteArray &secret = kSecret)
    {
        return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
    }

    static QList<QPair<QByteArray, QByteArray>> headersFor(
        const QByteArray &body, const QByteArray &shop, const QByteArray &webhookId)
    {
        return { { "X-Shopify-Hmac-Sha256", sign(body) },
            { "X-Shopify-Topic", "orders/updated" },
            { "X-Shopify-Shop-Domain", shop },
            { "X-Shopify-Webhook-Id", webhookId },
            { "X-Shopify-API-Version", "2026-10" } };
    }

private Q_SLOTS:
    void verifierChecksTheBodyAndTheSecret()
    {
        const QByteArray body = "{\"id\":1}";
        QVERIFY(Connectors::ShopifyWebhookVerifier::verify(kSecret, sign(body), body));
        QVERIFY(!Connectors::ShopifyWebhookVerifier::verify(kSecret, sign(body), body + " "));
        QVERIFY(!Connectors::ShopifyWebhookVerifier::verify(kSecret, sign(body, "other"), body));
        QVERIFY(!Connectors::ShopifyWebhookVerifier::verify(kSecret, {}, body));
        QVERIFY(!Connectors::ShopifyWebhookVerifier::verify({}, sign(body, {}), body));
    }

    void ordersArriveByWebhookOnceEach()
    {
        auto f = fixture(31);
        FaultRule duplicate;
        duplicate.endpoint = QStringLiteral("webhook:*");
        duplicate.kind = FaultKind::DuplicateWebhook;
        duplicate.probability = 0.3;
        f->host->shopify()->faults()->addRule(duplicate);
        FaultRule late = duplicate;
        late.kind = FaultKind::OutOfOrderWebhook;
        f->host->shopify()->faults()->addRule(late);
        QSignalSpy delivered(f->host->shopify()->webhookDispatcher(), &WebhookDispatcher::delivered);

        Connections connections = Connections::fromSandbox(f->host->endpoints());
        connections.shopifyWebhookCallback = f->url();
        auto registry = std::make_shared<StepRegistry>();
        registerOrderFlow(*registry, connections, 3'600'000); // the poll sleeps: webhooks carry the day
        EngineConfig config;
        config.database = f->database;
        LaneConfig shopify;
        shopify.name = OrderJobs::ShopifyLane;
        shopify.idlePollMs = 1000; // the receiver wakes the lane; this only bounds the wait if it did not
        shopify.retryBaseMs = 20;
        shopify.retryCapMs = 200;
        LaneConfig odoo = shopify;
        odoo.name = OrderJobs::OdooLane;
        config.lanes = { shopify, odoo };
        config.recurring = orderFlowRecurringJobs(connections);
        Engine engine(config, registry);
        connect(f->receiver.get(), &WebhookReceiver::recorded, &engine, &Engine::wakeLane);
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(10000));

        // The product subscribed itself, once per topic, at our callback.
        const auto subscribed = [&] {
            int n = 0;
            for (const auto &s : f->host->shopify()->store().webhookSubscriptions)
                n += QUrl(QString::fromStdString(s.uri)) == f->url();
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(subscribed(), int(SubscribeWebhooksStep::topics().size()), 10000);
        // The first poll has run and is asleep for an hour.
        QTRY_VERIFY_WITH_TIMEOUT(
            f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'poll_shopify' AND state = 'done'")) > 0,
            10000);

        const int orders = 8;
        QStringList gids;
        for (int i = 0; i < orders; ++i)
            gids << f->host->traffic()->placeOne();
        const auto inOdoo = [&] { // sale orders made from the orders placed here
            OdooDatabase &db = f->host->odoo()->database();
            int n = 0;
            for (int id : db.search("sale.order", Json::array(), Json::object())) {
                const Json origin = db.stored("sale.order", id, "origin");
                n += origin.is_string()
                    && gids.contains(
                        QString::fromStdString(origin.get<std::string>()).remove(QStringLiteral("Shopify ")));
            }
            return n;
        };
        // The generator places some orders in a currency Odoo does not book: those wait, named, in the
        // exception queue (the order flow's rule), and count as arrived.
        const auto foreignCurrency = [&] {
            return f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'create_sale_order' AND state ="
                                           " 'dead' AND error_message LIKE '%Odoo books sale orders in%'"));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(inOdoo() + foreignCurrency() == orders, qPrintable(f->unfinished()), 30000);
        QVERIFY(inOdoo() > 0);
        // Nothing came by poll: every order's intake followed a fetch the receiver queued.
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'poll_shopify'")), qint64(2));
        QVERIFY(f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'fetch_order' AND state = 'done'"))
            >= orders);
        // One event per delivery id: the duplicates were dropped by X-Shopify-Webhook-Id.
        const auto answered = [&] {
            qint64 n = 0;
            for (const auto &args : std::as_const(delivered))
                n += args.at(1).toInt() == 200;
            return n;
        };
        const qint64 duplicates = f->host->shopify()->faults()->injectedCount(FaultKind::DuplicateWebhook);
        QVERIFY(duplicates > 0);
        QVERIFY(f->host->shopify()->faults()->injectedCount(FaultKind::OutOfOrderWebhook) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            f->count(QStringLiteral("SELECT COUNT(*) FROM inbound_events WHERE topic = 'webhook'")),
            answered() - duplicates,
            10000);
        engine.shutdown();
        // Still exactly one sale order per Shopify order.
        QCOMPARE(inOdoo() + foreignCurrency(), orders);
        QCOMPARE(f->host->odoo()->recordCount(QStringLiteral("sale.order")), inOdoo());
    }

    void refusesWhatItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("override"); // header to replace, "name: value"
        QTest::addColumn<int>("status");
        const QByteArray order = "{\"id\":820982911946154508,\"admin_graphql_api_id\":\"gid://shopify/Order/"
                                 "820982911946154508\"}";
        QTest::newRow("forged signature")
            << QByteArray("POST") << order << QByteArray("X-Shopify-Hmac-Sha256: AAAA") << 401;
        QTest::newRow("another shop") << QByteArray("POST") << order
                                      << QByteArray("X-Shopify-Shop-Domain: elsewhere.myshopify.com") << 403;
        QTest::newRow("no webhook id") << QByteArray("POST") << order << QByteArray("X-Shopify-Webhook-Id: ") << 400;
        QTest::newRow("not JSON") << QByteArray("POST") << QByteArray("<html>") << QByteArray() << 400;
        QTest::newRow("too large") << QByteArray("POST") << QByteArray(2 * 1024 * 1024, ' ') << QByteArray() << 413;
        QTest::newRow("GET") << QByteArray("GET") << QByteArray() << QByteArray() << 405;
    }

    void refusesWhatItCannotTrust()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, override);
        QFETCH(int, status);
        auto f = fixture(32);
        QSignalSpy refused(f->receiver.get(), &WebhookReceiver::refused);
        auto headers = headersFor(body, f->host->shopify()->shopDomain().toUtf8(), "wh-1");
        if (!override.isEmpty()) {
            const QByteArray name = override.left(override.indexOf(':'));
            for (auto &h : headers)
                if (h.first == name)
                    h.second = override.mid(override.indexOf(':') + 1).trimmed();
        }
        QNetworkReply *reply = nullptr;
        if (method == "GET")
            reply = m_network.get(QNetworkRequest(f->url()));
        else
            reply = post(f->url(), body, headers);
        QCOMPARE(statusOf(reply), status);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).toInt(), status);
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM inbound_events")), qint64(0));
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM jobs")), qint64(0));
    }

    void aRepeatedDeliveryIsRecordedOnce()
    {
        auto f = fixture(33);
        const QByteArray body = "{\"id\":7,\"order_id\":450789469}"; // a refund names its order by order_id
        auto headers = headersFor(body, f->host->shopify()->shopDomain().toUtf8(), "wh-same");
        headers[1].second = "refunds/create";
        QSignalSpy recorded(f->receiver.get(), &WebhookReceiver::recorded);
        QCOMPARE(statusOf(post(f->url(), body, headers)), 200);
        QCOMPARE(statusOf(post(f->url(), body, headers)), 200); // Shopify's retry, or a replay
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).at(0).toString(), OrderJobs::ShopifyLane);
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM inbound_events WHERE topic = 'webhook'")), qint64(1));
        QSqlQuery q(f->store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT step, lane, payload FROM jobs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), OrderJobs::FetchStep);
        QCOMPARE(q.value(1).toString(), OrderJobs::ShopifyLane);
        QCOMPARE(QJsonDocument::fromJson(q.value(2).toByteArray()).object().value(QStringLiteral("id")).toString(),
            QStringLiteral("gid://shopify/Order/450789469"));
        QVERIFY(!q.next());
        // The customer data of a body is not kept: only what was acted on.
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM inbound_events")) && q.next());
        QVERIFY(!q.value(0).toString().contains(QLatin1String("\"id\":7")));
    }

    // Shopify's customers/redact: the customer's details leave every job and event of their orders; the
    // orders stay traceable by name; other customers keep theirs; the erasure is audited without the e-mail.
    void customerRedactErasesTheirData()
    {
        auto f = fixture(35);
        const Connections connections = Connections::fromSandbox(f->host->endpoints());
        auto registry = std::make_shared<StepRegistry>();
        registerOrderFlow(*registry, connections, 200);
        EngineConfig config;
        config.database = f->database;
        LaneConfig shopify;
        shopify.name = OrderJobs::ShopifyLane;
        shopify.idlePollMs = 50;
        LaneConfig odoo = shopify;
        odoo.name = OrderJobs::OdooLane;
        config.lanes = { shopify, odoo };
        config.recurring = orderFlowRecurringJobs(connections);
        Engine engine(config, registry);
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(10000));
        for (int i = 0; i < 12; ++i)
            f->host->traffic()->placeOne();
        const QString saleOrders = QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'create_sale_order'"
                                                  " AND state IN ('done', 'dead')");
        QTRY_VERIFY2_WITH_TIMEOUT(f->count(saleOrders) >= 12, qPrintable(f->unfinished()), 30000);
        engine.shutdown();

        // The customer with the most orders, and how much of the store mentions them.
        QSqlQuery q(f->store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT lower(json_extract(payload, '$.email')) AS email, COUNT(*) AS n,"
                                      " json_extract(payload, '$.customer.id') FROM jobs"
                                      " WHERE step = 'create_sale_order' AND email IS NOT NULL"
                                      " GROUP BY email ORDER BY n DESC")));
        QVERIFY(q.next());
        const QString email = q.value(0).toString();
        const QString customerGid = q.value(2).toString();
        QVERIFY(q.next()); // another customer, who must keep their data
        const QString other = q.value(0).toString();
        const QString otherId = q.value(2).toString().section(QLatin1Char('/'), -1);
        q.finish();
        const auto mentions = [&](const QString &text) {
            return f->count(QStringLiteral("SELECT (SELECT COUNT(*) FROM jobs WHERE lower(payload) LIKE '%%1%')"
                                           " + (SELECT COUNT(*) FROM inbound_events WHERE lower(payload) LIKE '%%1%')")
                                .arg(text));
        };
        QVERIFY(mentions(email) > 0);
        const qint64 othersBefore = mentions(other);
        QVERIFY(othersBefore > 0);

        const QString customerId = customerGid.section(QLatin1Char('/'), -1);
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("shop_id"), 954889 },
                                { QStringLiteral("shop_domain"), f->host->shopify()->shopDomain() },
                                { QStringLiteral("customer"),
                                    QJsonObject { { QStringLiteral("id"), customerId.toLongLong() },
                                        { QStringLiteral("email"), email },
                                        { QStringLiteral("phone"), QStringLiteral("555-625-1199") } } },
                                { QStringLiteral("orders_to_redact"), QJsonArray() } })
                  .toJson(QJsonDocument::Compact);
        auto headers = headersFor(body, f->host->shopify()->shopDomain().toUtf8(), "wh-redact-1");
        headers[1].second = "customers/redact";
        QSignalSpy erased(f->receiver.get(), &WebhookReceiver::customerErased);
        QCOMPARE(statusOf(post(f->url(), body, headers)), 200);
        QCOMPARE(erased.size(), 1);
        QVERIFY(erased.at(0).at(0).toInt() > 0);
        QCOMPARE(mentions(email), qint64(0));
        QCOMPARE(mentions(other), othersBefore);
        // The orders are still found by name, and their amounts and lines are kept.
        QVERIFY(f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'create_sale_order'"
                                        " AND json_extract(payload, '$.email') = ''"
                                        " AND json_extract(payload, '$.name') LIKE '#%'"
                                        " AND json_extract(payload, '$.totalPriceSet.shopMoney.amount') IS NOT NULL"))
            > 0);
        const auto audit = AuditLog::entries(f->store->db());
        QCOMPARE(audit.constFirst().action, QStringLiteral("customer.forget"));
        QCOMPARE(audit.constFirst().target, QStringLiteral("customer:") + customerId);
        QCOMPARE(audit.constFirst().actor, QStringLiteral("Shopify customers/redact"));
        for (const AuditEntry &e : audit)
            QVERIFY(!(e.target + e.before + e.after + e.note).toLower().contains(email));
        QCOMPARE(AuditLog::verify(f->store->db()), 0);
        // Shopify's retry of the delivery finds nothing left to erase.
        QCOMPARE(statusOf(post(f->url(), body, headers)), 200);
        QCOMPARE(mentions(email), qint64(0));

        // customers/data_request: an audit entry and a task in the exception queue for the operator, once
        // however often Shopify delivers it, holding ids only.
        const QByteArray shopDomain = f->host->shopify()->shopDomain().toUtf8();
        const QByteArray request
            = QJsonDocument(QJsonObject { { QStringLiteral("shop_id"), 954889 },
                                { QStringLiteral("shop_domain"), QString::fromUtf8(shopDomain) },
                                { QStringLiteral("customer"),
                                    QJsonObject { { QStringLiteral("id"), otherId.toLongLong() },
                                        { QStringLiteral("email"), other } } },
                                { QStringLiteral("orders_requested"), QJsonArray { 1001 } },
                                { QStringLiteral("data_request"), QJsonObject { { QStringLiteral("id"), 9999 } } } })
                  .toJson(QJsonDocument::Compact);
        auto requestHeaders = headersFor(request, shopDomain, "wh-request-1");
        requestHeaders[1].second = "customers/data_request";
        QCOMPARE(statusOf(post(f->url(), request, requestHeaders)), 200);
        QCOMPARE(statusOf(post(f->url(), request, requestHeaders)), 200); // Shopify's retry
        const QString tasks
            = QStringLiteral("SELECT COUNT(*) FROM jobs WHERE flow = 'privacy' AND step = 'data_request'");
        QCOMPARE(f->count(tasks), qint64(1));
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'customer.data_request'"
                                         " AND target = 'customer:%1'")
                              .arg(otherId)),
            qint64(1));
        QCOMPARE(
            f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE flow = 'privacy' AND lower(payload) LIKE '%%1%'")
                         .arg(other)),
            qint64(0));
        {
            Privacy::registerPrivacyFlow(*registry);
            Engine again(config, registry);
            QSignalSpy againStarted(&again, &Engine::started);
            again.start();
            QVERIFY(againStarted.wait(10000));
            QTRY_COMPARE_WITH_TIMEOUT(f->count(tasks
                                          + QStringLiteral(" AND state = 'dead' AND error_message LIKE "
                                                           "'Shopify asks for the data%'")),
                qint64(1),
                10000);
            again.shutdown();
        }

        // shop/redact, 48 hours after an uninstall: every customer's details leave the store, audited once
        // for the shop; the orders stay, and so does the chain.
        const QByteArray shopBody
            = QJsonDocument(QJsonObject { { QStringLiteral("shop_id"), 954889 },
                                { QStringLiteral("shop_domain"), QString::fromUtf8(shopDomain) } })
                  .toJson(QJsonDocument::Compact);
        auto shopHeaders = headersFor(shopBody, shopDomain, "wh-shop-redact-1");
        shopHeaders[1].second = "shop/redact";
        QCOMPARE(statusOf(post(f->url(), shopBody, shopHeaders)), 200);
        QCOMPARE(erased.size(), 3); // customers/redact twice (Shopify's retry), then the shop
        QVERIFY(erased.last().at(0).toInt() >= 12);
        QCOMPARE(mentions(other), qint64(0));
        const auto afterShop = AuditLog::entries(f->store->db());
        QCOMPARE(afterShop.constFirst().action, QStringLiteral("shop.redact"));
        QCOMPARE(afterShop.constFirst().target, QStringLiteral("shop:") + QString::fromUtf8(shopDomain));
        QCOMPARE(AuditLog::verify(f->store->db()), 0);
    }

    // ShipBob's signed deliveries carry the shipments to Odoo and Shopify with every poll asleep: each
    // delivery is read back from ShipBob's API (fetch_3pl_order), duplicates are dropped by webhook-id,
    // and a forged or replayed (old timestamp) delivery is refused.
    void shipmentsArriveByShipBobWebhook()
    {
        auto f = fixture(34, false);
        f->host->shipbob()->setRateLimit(100000);
        FaultRule duplicate;
        duplicate.endpoint = QStringLiteral("webhook:*");
        duplicate.kind = FaultKind::DuplicateWebhook;
        duplicate.probability = 1.0; // every delivery twice
        f->host->shipbob()->faults()->addRule(duplicate);
        for (const QString &topic : ShipBobWebhooks::topics())
            if (topic.startsWith(QLatin1String("order")))
                f->host->shipbob()->setWebhookUrl(topic.toLatin1(), f->shipbobUrl());

        Connections connections = Connections::fromSandbox(f->host->endpoints());
        connections.shopifyWebhookCallback = f->url();
        connections.shipbobRequestsPerMinute = 100000;
        auto registry = std::make_shared<StepRegistry>();
        registerOrderFlow(*registry, connections, 3'600'000); // every poll sleeps: webhooks carry the day
        EngineConfig config;
        config.database = f->database;
        LaneConfig lane;
        lane.idlePollMs = 1000; // the receiver wakes the lanes
        lane.retryBaseMs = 20;
        lane.retryCapMs = 200;
        for (const QString &name : { OrderJobs::ShopifyLane, OrderJobs::OdooLane, FulfilmentJobs::ShipBobLane }) {
            lane.name = name;
            config.lanes << lane;
        }
        config.recurring = orderFlowRecurringJobs(connections);
        Engine engine(config, registry);
        connect(f->receiver.get(), &WebhookReceiver::recorded, &engine, &Engine::wakeLane);
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'poll_3pl_shipments' AND state = 'done'"))
                > 0,
            10000);

        // Orders in USD, so all of them reach ShipBob.
        QStringList gids;
        const World &world = f->host->world();
        for (int i = 0; gids.size() < 3 && i < world.variants().size(); ++i) {
            OrderInput input;
            input.lines = { { world.variants().at(i).sku, 1 } };
            input.customerIndex = i % 3;
            if (world.openingStock(i, 1) >= 5)
                gids << f->host->shopify()->placeOrder(input);
        }
        QCOMPARE(gids.size(), 3);
        const auto atShipBob = [&] {
            int n = 0;
            for (const QString &gid : gids)
                n += f->host->shipbob()->orderByReference(FulfilmentJobs::numericId(gid)).has_value();
            return n;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(atShipBob() == 3, qPrintable(f->unfinished()), 30000);
        const auto plan = f->host->shipbob()->progressionPlan();
        f->host->shipbob()->advance(plan.pickMs + plan.packMs + plan.labelMs);
        const auto fulfilled = [&] {
            int n = 0;
            for (const auto &o : f->host->shopify()->store().orders)
                n += gids.contains(QStringLiteral("gid://shopify/Order/%1").arg(o.id)) && !o.fulfillments.empty();
            return n;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(fulfilled() == 3, qPrintable(f->unfinished()), 30000);
        // Nothing came by poll: one ran at start and the next sleeps.
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'poll_3pl_shipments'")), qint64(2));
        QVERIFY(f->count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = 'fetch_3pl_order' AND state = 'done'"))
            >= 3);
        QVERIFY(f->host->shipbob()->faults()->injectedCount(FaultKind::DuplicateWebhook) > 0);
        // Each shipment's status was recorded once, however often it was delivered.
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM inbound_events WHERE topic = 'shipment/status' GROUP BY "
                                         "entity_id, source_version HAVING COUNT(*) > 1")),
            qint64(-1));

        // A forged signature, and a genuine delivery replayed after ShipBob's five minutes.
        QSignalSpy refused(f->receiver.get(), &WebhookReceiver::refused);
        const QByteArray body = QByteArrayLiteral("{\"id\":1,\"reference_id\":\"123\"}");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray secret = f->host->shipbob()->webhookSecret();
        const auto headers = [&](const QByteArray &id, qint64 at, const QByteArray &signature) {
            return QList<QPair<QByteArray, QByteArray>> { { "webhook-id", id },
                { "webhook-timestamp", QByteArray::number(at) },
                { "webhook-signature", signature },
                { "x-webhook-topic", "order.shipped" } };
        };
        QCOMPARE(statusOf(post(f->shipbobUrl(), body, headers("forged-1", now, "v1,AAAA"))), 401);
        QCOMPARE(statusOf(post(f->shipbobUrl(),
                     body,
                     headers("replayed-1", now - 3600, ShipBobWebhooks::sign(secret, "replayed-1", now - 3600, body)))),
            401);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(f->count(QStringLiteral(
                     "SELECT COUNT(*) FROM inbound_events WHERE entity_id IN ('forged-1', 'replayed-1')")),
            qint64(0));
        // The same delivery, fresh: recorded once, with a read of that order.
        const auto fresh = headers("fresh-1", now, ShipBobWebhooks::sign(secret, "fresh-1", now, body));
        QCOMPARE(statusOf(post(f->shipbobUrl(), body, fresh)), 200);
        QCOMPARE(statusOf(post(f->shipbobUrl(), body, fresh)), 200);
        QCOMPARE(
            f->count(QStringLiteral("SELECT COUNT(*) FROM inbound_events WHERE entity_id = 'fresh-1'")), qint64(1));
        engine.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
