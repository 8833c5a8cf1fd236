#include "core/connectors/odoo/odooclient.h"
#include "core/connectors/shopify/shopifyclient.h"
#include "core/flows/odooquery.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/sandboxrunner.h"
#include "sandbox/host/storeteam.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Quayside;
using namespace Quayside::Connectors;
using namespace Quayside::Sandbox;

// Our own clients against the sandbox, over real HTTP on 127.0.0.1.
class TestSandboxHost : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    template <typename Result>
    static Result wait(std::optional<Result> &slot)
    {
        QDeadlineTimer deadline(15000);
        while (!slot && !deadline.hasExpired())
            QTest::qWait(5);
        return slot.value_or(Result {});
    }

    ShopifyConfig shopifyConfig(const SandboxHost &host)
    {
        const QJsonObject s = host.endpoints().value(QStringLiteral("shopify")).toObject();
        ShopifyConfig c;
        c.shopDomain = s.value(QStringLiteral("shop")).toString();
        c.baseUrl = QUrl(s.value(QStringLiteral("url")).toString());
        c.accessToken = s.value(QStringLiteral("token")).toString();
        return c;
    }

    OdooConfig odooConfig(const SandboxHost &host)
    {
        const QJsonObject o = host.endpoints().value(QStringLiteral("odoo")).toObject();
        OdooConfig c;
        c.baseUrl = QUrl(o.value(QStringLiteral("url")).toString());
        c.database = o.value(QStringLiteral("db")).toString();
        c.login = o.value(QStringLiteral("user")).toString();
        c.apiKey = o.value(QStringLiteral("apiKey")).toString();
        return c;
    }

private Q_SLOTS:
    void trafficPlacesOrdersShopifyServes()
    {
        SandboxOptions options;
        options.seed = 11;
        SandboxHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        for (int i = 0; i < 5; ++i)
            QVERIFY2(!host.traffic()->placeOne(&error).isEmpty(), qPrintable(error));

        ShopifyClient client(&m_network, shopifyConfig(host));
        std::optional<ShopifyResult> result;
        client.query(
            QStringLiteral(
                "query { orders(first: 10) { nodes { id name lineItems(first: 5) { nodes { sku quantity } } } } }"),
            {},
            60,
            [&](ShopifyResult r) { result = r; });
        const ShopifyResult r = wait(result);
        QVERIFY2(r.ok, qPrintable(r.message));
        const QJsonArray orders
            = r.data.value(QStringLiteral("orders")).toObject().value(QStringLiteral("nodes")).toArray();
        QCOMPARE(orders.size(), 5);
        QVERIFY(orders.at(0)
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QLatin1String("gid://shopify/Order/")));
        QVERIFY(!orders.at(0)
                     .toObject()
                     .value(QStringLiteral("lineItems"))
                     .toObject()
                     .value(QStringLiteral("nodes"))
                     .toArray()
                     .isEmpty());
        QVERIFY(r.requestedCost > 0); // the client read extensions.cost
        QVERIFY(client.availablePoints(QDateTime::currentMSecsSinceEpoch()) < client.bucketCapacity());
    }

    void trafficIsSeededAndDoesAfterSales()
    {
        const auto skusOf = [](SandboxHost &host) {
            QStringList out;
            for (const auto &o : host.shopify()->store().orders) {
                QString order = QString::fromStdString(o.email) + QLatin1Char(':');
                for (const auto &l : o.lines)
                    order += QString::fromStdString(l.sku) + QLatin1Char('x') + QString::number(l.quantity)
                        + QLatin1Char(' ');
                out << order;
            }
            return out;
        };
        SandboxOptions options;
        options.seed = 23;
        SandboxHost a(options), b(options);
        QVERIFY(a.start(nullptr) && b.start(nullptr));
        for (int i = 0; i < 12; ++i) {
            QVERIFY(!a.traffic()->placeOne().isEmpty());
            QVERIFY(!b.traffic()->placeOne().isEmpty());
        }
        QCOMPARE(skusOf(a), skusOf(b)); // same seed, same shoppers
        QVERIFY(skusOf(a).join(QString()).contains(QLatin1String("guest"))); // guests and known customers
        options.seed = 24;
        SandboxHost c(options);
        QVERIFY(c.start(nullptr));
        for (int i = 0; i < 12; ++i)
            c.traffic()->placeOne();
        QVERIFY(skusOf(a) != skusOf(c));

        ShopifyStore &store = a.shopify()->store();
        QVERIFY(a.traffic()->cancelOne());
        QCOMPARE(std::count_if(store.orders.cbegin(),
                     store.orders.cend(),
                     [](const StoreOrder &o) { return o.cancelledAtMs.has_value(); }),
            1);
        QVERIFY(a.traffic()->refundOne());
        // A cancelled order is refunded too; the partial refund is on another order.
        QCOMPARE(std::count_if(store.orders.cbegin(),
                     store.orders.cend(),
                     [](const StoreOrder &o) { return !o.refunds.empty() && !o.cancelledAtMs; }),
            1);
        QVERIFY2(!a.traffic()->returnOne(), "nothing is fulfilled yet, so nothing can be returned");
        // Fulfil one order as the 3PL would report it, then a shopper returns a line of it.
        int open = -1;
        for (int i = 0; i < int(store.orders.size()) && open < 0; ++i)
            if (!store.orders[size_t(i)].cancelledAtMs && !store.orders[size_t(i)].fulfillmentOrders.empty())
                open = i;
        QVERIFY(open >= 0);
        ShopifyStore::FulfillRequest fulfil;
        fulfil.fulfillmentOrderId = store.orders[size_t(open)].fulfillmentOrders.front().id;
        const auto fulfilled
            = store.createFulfillment({ fulfil }, "USPS", "9400100000000000000000", "", a.shopify()->now());
        const bool fulfilledOk = std::holds_alternative<std::pair<int, int>>(fulfilled);
        QVERIFY(fulfilledOk);
        QVERIFY(a.traffic()->returnOne());
        QCOMPARE(store.orders[size_t(open)].returns.size(), size_t(1));
        QCOMPARE(store.orders[size_t(open)].returns.front().status, std::string("OPEN")); // approved: processed
    }

    // Pickups come from a stream of their own: the same seed places the same orders whatever the share,
    // and only orders of the retailer's own location become pickups.
    void pickupShareKeepsTheSeedsOrders()
    {
        const auto describe = [](SandboxHost &host) {
            QStringList out;
            for (const auto &o : host.shopify()->store().orders)
                out << QString::fromStdString(o.email + ":" + o.lines.front().sku);
            return out;
        };
        SandboxOptions options;
        options.seed = 31;
        SandboxHost plain(options);
        options.pickupShare = 0.5;
        SandboxHost withPickups(options);
        QVERIFY(plain.start(nullptr) && withPickups.start(nullptr));
        for (int i = 0; i < 40; ++i) {
            QVERIFY(!plain.traffic()->placeOne().isEmpty());
            QVERIFY(!withPickups.traffic()->placeOne().isEmpty());
        }
        QCOMPARE(describe(withPickups), describe(plain));
        int pickups = 0;
        for (const auto &o : withPickups.shopify()->store().orders) {
            const bool pickup = o.fulfillmentOrders.front().deliveryMethod == "PICK_UP";
            pickups += pickup;
            if (pickup)
                QCOMPARE(withPickups.shopify()->store().locations[size_t(o.fulfillmentOrders.front().location)].key,
                    std::string("main"));
        }
        QVERIFY2(pickups > 0 && pickups < 20, qPrintable(QString::number(pickups)));
        for (const auto &o : plain.shopify()->store().orders)
            QCOMPARE(o.fulfillmentOrders.front().deliveryMethod, std::string("SHIPPING"));
    }

    // The sandbox's store team: a round picks what Odoo reserved in their warehouse, the third after it
    // validates it (the carrier takes it, or the buyer collects).
    void storeTeamPicksThenValidates()
    {
        SandboxOptions options;
        options.seed = 32;
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        QVERIFY(host.storeTeam());
        OdooEmulator &odoo = *host.odoo();
        QString sku;
        for (int v = 0; v < host.world().variants().size() && sku.isEmpty(); ++v)
            if (host.world().openingStock(v, 0) >= 10)
                sku = host.world().variants().at(v).sku;
        QVERIFY(!sku.isEmpty());
        const int partner = odoo.partnerIdByEmail(host.world().customers().first().email);
        QVERIFY(partner > 0);
        const Json created = odoo.callAsUser("sale.order",
            "create",
            Json::array(),
            { { "vals_list",
                Json::array({ { { "partner_id", partner },
                    { "warehouse_id", odoo.warehouseIdByCode(QStringLiteral("WH")) },
                    { "order_line",
                        Json::array({ Json::array({ 0,
                            0,
                            { { "product_id", odoo.productIdBySku(sku) }, { "product_uom_qty", 2 } } }) }) } } }) } });
        const int order = created.is_array() ? created[0].get<int>() : created.get<int>();
        odoo.callAsUser("sale.order", "action_confirm", Json::array({ Json::array({ order }) }), Json::object());
        const auto pickingState = [&] {
            const Json found = odoo.callAsUser("stock.picking",
                "search_read",
                Json::array(),
                { { "domain", Json::array({ Json::array({ "sale_id", "=", order }) }) },
                    { "fields", Json::array({ "state" }) } });
            return found.size() == 1 ? QString::fromStdString(found[0]["state"].get<std::string>()) : QString();
        };
        QCOMPARE(pickingState(), QStringLiteral("assigned"));
        const double before = odoo.qtyAvailable(sku, QStringLiteral("WH"));
        host.storeTeam()->round();
        QCOMPARE(host.storeTeam()->picked(), 1);
        QCOMPARE(pickingState(), QStringLiteral("assigned")); // picked, not yet handed over
        host.storeTeam()->round();
        host.storeTeam()->round();
        QCOMPARE(host.storeTeam()->validated(), 0); // the buyer has not come yet
        host.storeTeam()->round();
        QCOMPARE(host.storeTeam()->validated(), 1);
        QCOMPARE(pickingState(), QStringLiteral("done"));
        QCOMPARE(odoo.qtyAvailable(sku, QStringLiteral("WH")), before - 2);
        host.storeTeam()->round(); // nothing left to do
        QCOMPARE(host.storeTeam()->picked(), 1);
        QCOMPARE(host.storeTeam()->validated(), 1);
    }

    void shopifyClientClassifiesAuthAndThrottling()
    {
        SandboxHost host(SandboxOptions {});
        QVERIFY(host.start(nullptr));
        auto config = shopifyConfig(host);
        config.accessToken = QStringLiteral("shpat_wrong");
        ShopifyClient wrong(&m_network, config);
        std::optional<ShopifyResult> result;
        wrong.query(QStringLiteral("{ shop { name } }"), {}, 1, [&](ShopifyResult r) { result = r; });
        const ShopifyResult denied = wait(result);
        QVERIFY(!denied.ok);
        QCOMPARE(toString(denied.errorClass), QStringLiteral("auth"));

        // A tiny bucket: the client must wait for the restore rate instead of drawing THROTTLED errors.
        host.shopify()->setRateLimit(100, 50);
        ShopifyClient client(&m_network, shopifyConfig(host));
        int done = 0;
        int failures = 0;
        for (int i = 0; i < 12; ++i)
            client.query(
                QStringLiteral("{ products(first: 10) { nodes { id title } } }"), {}, 12, [&](ShopifyResult r) {
                    ++done;
                    failures += r.ok ? 0 : 1;
                    if (!r.ok)
                        qWarning() << "failed:" << toString(r.errorClass) << r.message;
                });
        QTRY_COMPARE_WITH_TIMEOUT(done, 12, 15000);
        QCOMPARE(failures, 0);
        QCOMPARE(client.throttledResponses(), 0);
    }

    void odooClientConnectsAndReportsOdooErrors_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("json2");
        QTest::newRow("17 over JSON-RPC") << 17 << false;
        QTest::newRow("18 over JSON-RPC") << 18 << false;
        QTest::newRow("19 over JSON-2") << 19 << true;
    }

    void odooClientConnectsAndReportsOdooErrors()
    {
        QFETCH(int, version);
        QFETCH(bool, json2);
        SandboxOptions options;
        options.odooVersion = OdooVersion(version);
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        OdooClient client(&m_network, odooConfig(host));
        std::optional<OdooResult> connected;
        client.connectToServer([&](OdooResult r) { connected = r; });
        const OdooResult c = wait(connected);
        QVERIFY2(c.ok, qPrintable(c.message));
        QCOMPARE(client.majorVersion(), version);
        QCOMPARE(client.usesJson2(), json2);
        QCOMPARE(
            client.warehouseContextKey(), version >= 18 ? QStringLiteral("warehouse_id") : QStringLiteral("warehouse"));

        // A read with named arguments works on both transports.
        std::optional<OdooResult> read;
        client.call(QStringLiteral("product.product"),
            QStringLiteral("search_read"),
            {},
            { { QStringLiteral("domain"),
                  OdooQuery::domain({ OdooQuery::term(
                      QStringLiteral("default_code"), QStringLiteral("="), host.world().variants().at(0).sku) }) },
                { QStringLiteral("fields"), QJsonArray { QStringLiteral("id"), QStringLiteral("default_code") } } },
            [&](OdooResult r) { read = r; });
        const OdooResult products = wait(read);
        QVERIFY2(products.ok, qPrintable(products.message));
        QCOMPARE(products.value.toArray().size(), 1);

        // Odoo's own refusal reaches the operator with Odoo's message and the business class.
        std::optional<OdooResult> refused;
        client.call(
            QStringLiteral("no.such.model"), QStringLiteral("search_read"), {}, {}, [&](OdooResult r) { refused = r; });
        const OdooResult unknown = wait(refused);
        QVERIFY(!unknown.ok);
        QVERIFY2(!unknown.message.isEmpty(), "Odoo's message must be kept");
        QVERIFY(unknown.errorClass == ErrorClass::Business || unknown.errorClass == ErrorClass::Validation);
    }

    void odooWrongKeyIsAnAuthFailure()
    {
        SandboxHost host(SandboxOptions {});
        QVERIFY(host.start(nullptr));
        auto config = odooConfig(host);
        config.apiKey = QStringLiteral("not-the-key");
        OdooClient client(&m_network, config);
        std::optional<OdooResult> connected;
        client.connectToServer([&](OdooResult r) { connected = r; });
        const OdooResult c = wait(connected);
        QVERIFY(!c.ok);
        QCOMPARE(toString(c.errorClass), QStringLiteral("auth"));
        QVERIFY2(c.message.contains(config.database), qPrintable(c.message));
        QVERIFY(!c.message.contains(QLatin1String("not-the-key"))); // secrets never reach messages
    }

    // The console's sandbox panel, through the runner in its own thread: faults on one emulator apply to
    // the next requests, leave the others' and the tests' rules alone, and go away when set back to 0.
    void panelFaultsApplyLiveAndOnlyToTheirSystem()
    {
        SandboxOptions options;
        options.ordersPerMinute = 0;
        SandboxRunner runner(options);
        QSignalSpy ready(&runner, &SandboxRunner::ready);
        runner.start();
        QVERIFY(ready.wait(15000));
        const QJsonObject endpoints = ready.at(0).at(0).toJsonObject();
        const auto odooWorks = [&] {
            OdooConfig c;
            const QJsonObject o = endpoints.value(QStringLiteral("odoo")).toObject();
            c.baseUrl = QUrl(o.value(QStringLiteral("url")).toString());
            c.database = o.value(QStringLiteral("db")).toString();
            c.login = o.value(QStringLiteral("user")).toString();
            c.apiKey = o.value(QStringLiteral("apiKey")).toString();
            OdooClient client(&m_network, c);
            std::optional<OdooResult> connected;
            client.connectToServer([&](OdooResult r) { connected = r; });
            return wait(connected);
        };
        QVERIFY(odooWorks().ok);
        runner.setPanelFaults(QStringLiteral("odoo"), 100, 0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!odooWorks().ok, 5000);
        const OdooResult failed = odooWorks();
        QCOMPARE(toString(failed.errorClass), QStringLiteral("transient"));
        // Shopify is untouched.
        ShopifyConfig sc;
        const QJsonObject s = endpoints.value(QStringLiteral("shopify")).toObject();
        sc.shopDomain = s.value(QStringLiteral("shop")).toString();
        sc.baseUrl = QUrl(s.value(QStringLiteral("url")).toString());
        sc.accessToken = s.value(QStringLiteral("token")).toString();
        ShopifyClient shopify(&m_network, sc);
        std::optional<ShopifyResult> answered;
        shopify.query(QStringLiteral("{ shop { name } }"), {}, 1, [&](ShopifyResult r) { answered = r; });
        QVERIFY(wait(answered).ok);
        // Back to 0: Odoo answers again.
        runner.setPanelFaults(QStringLiteral("odoo"), 0, 0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(odooWorks().ok, 5000);
        // An outage is every request for its window.
        runner.takeDown(QStringLiteral("odoo"), 30);
        QTRY_VERIFY_WITH_TIMEOUT(!odooWorks().ok, 5000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
