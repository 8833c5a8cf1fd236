// The emulator's HTTP surface: auth and tokens, versions, pagination, search syntax, query cost and the
// leaky bucket (on an injected clock), the 1000-point cap, and each injected fault shaped as Shopify's.
#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "shopifytestclient.h"

using namespace Quayside::Sandbox;
using Json = ShopifyTestClient::Json;

namespace {
constexpr qint64 T0 = 1'795'000'000'000; // 2026-11-18T...Z, a fixed instant for every test
std::string iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}
} // namespace

class TestShopifyApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rejectsMissingOrWrongToken_data();
    void rejectsMissingOrWrongToken();
    void clientCredentialsTokenExpiresAfter24Hours();
    void tokenEndpointRejectsBadRequests_data();
    void tokenEndpointRejectsBadRequests();
    void versionsFallForward_data();
    void versionsFallForward();
    void paginationWalksEveryOrderOnce_data();
    void paginationWalksEveryOrderOnce();
    void backwardPagination();
    void orderSearchSyntax_data();
    void orderSearchSyntax();
    void variantSearchBySku();
    void costAndBucketArithmetic();
    void throttledWhenBucketShort();
    void throttledAs429WhenConfigured();
    void singleQueryCostCap();
    void planPresets_data();
    void planPresets();
    void faultsShapedAsShopify_data();
    void faultsShapedAsShopify();
    void bulkOperationWritesJsonl();
    void bulkOperationRejectsBadQueries_data();
    void bulkOperationRejectsBadQueries();
    void productQueryDocumentsServed_data();
    void productQueryDocumentsServed();
    void totalDiscountsIncludeLineDiscounts();

private:
    void placeOrders(int count);
    QStringList orderIds(const Json &connection) const;

    std::unique_ptr<ShopifyEmulator> m_emulator;
    std::unique_ptr<ShopifyTestClient> m_client;
    qint64 m_now = T0;
};

void TestShopifyApi::init()
{
    m_now = T0;
    m_emulator = std::make_unique<ShopifyEmulator>(World::generate(7));
    m_emulator->setClock([this] { return m_now; });
    QVERIFY(m_emulator->listenLocal() != 0);
    m_client = std::make_unique<ShopifyTestClient>(*m_emulator);
}

void TestShopifyApi::placeOrders(int count)
{
    const World &world = m_emulator->store().world();
    for (int i = 0; i < count; ++i) {
        OrderInput input;
        input.lines = { { world.variants().at(i % world.variants().size()).sku, 1 } };
        input.customerIndex = i % 3 == 0 ? -1 : i % int(world.customers().size());
        input.createdAtMs = T0 - qint64(count - i) * 3'600'000; // one per hour, oldest first
        QVERIFY(!m_emulator->placeOrder(input).isEmpty());
    }
}

QStringList TestShopifyApi::orderIds(const Json &connection) const
{
    QStringList ids;
    for (const auto &node : connection["nodes"])
        ids << QString::fromStdString(node["id"].get<std::string>());
    return ids;
}

void TestShopifyApi::rejectsMissingOrWrongToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("missing") << QString();
    QTest::newRow("wrong") << QStringLiteral("shpat_wrong");
}

void TestShopifyApi::rejectsMissingOrWrongToken()
{
    QFETCH(QString, token);
    m_client->setToken(token);
    const auto reply = m_client->graphql(QStringLiteral("{ shop { name } }"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json["errors"].get<std::string>(),
        std::string("[API] Invalid API key or access token (unrecognized login or wrong password)"));
}

void TestShopifyApi::clientCredentialsTokenExpiresAfter24Hours()
{
    const Json request = { { "client_id", ShopifyEmulator::DefaultClientId },
        { "client_secret", ShopifyEmulator::DefaultClientSecret },
        { "grant_type", "client_credentials" } };
    const auto grant = m_client->post(
        m_emulator->tokenUrl(), QByteArray::fromStdString(request.dump()), { { "Content-Type", "application/json" } });
    QCOMPARE(grant.status, 200);
    const std::string token = grant.json["access_token"].get<std::string>();
    QVERIFY(token.rfind("shpat_", 0) == 0);
    QVERIFY(grant.json["scope"].get<std::string>().find("read_orders") != std::string::npos);
    QVERIFY(grant.json["expires_in"].get<int>() <= 86400 && grant.json["expires_in"].get<int>() > 86000);

    m_client->setToken(QString::fromStdString(token));
    QCOMPARE(m_client->graphql(QStringLiteral("{ shop { name } }")).status, 200);
    m_now += 86'400'000 - 1000;
    QCOMPARE(m_client->graphql(QStringLiteral("{ shop { name } }")).status, 200);
    m_now += 2000; // past 24 h
    QCOMPARE(m_client->graphql(QStringLiteral("{ shop { name } }")).status, 401);
    m_client->setToken(m_emulator->accessToken()); // the static token never expires
    QCOMPARE(m_client->graphql(QStringLiteral("{ shop { name } }")).status, 200);

    // Form encoding, as some clients send it.
    const auto form = m_client->post(m_emulator->tokenUrl(),
        QByteArrayLiteral(
            "client_id=sandbox-client-id&client_secret=sandbox-client-secret&grant_type=client_credentials"),
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(form.status, 200);
    QVERIFY(form.json["access_token"].get<std::string>() != token);
}

void TestShopifyApi::tokenEndpointRejectsBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong secret") << QByteArray(
        R"({"client_id":"sandbox-client-id","client_secret":"nope","grant_type":"client_credentials"})")
                                  << 401 << QStringLiteral("invalid_client");
    QTest::newRow("wrong grant") << QByteArray(
        R"({"client_id":"sandbox-client-id","client_secret":"sandbox-client-secret","grant_type":"password"})")
                                 << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("garbage") << QByteArray("{{{") << 400 << QStringLiteral("unsupported_grant_type");
}

void TestShopifyApi::tokenEndpointRejectsBadRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const auto reply = m_client->post(m_emulator->tokenUrl(), body, { { "Content-Type", "application/json" } });
    QCOMPARE(reply.status, status);
    QCOMPARE(QString::fromStdString(reply.json["error"].get<std::string>()), error);
}

void TestShopifyApi::versionsFallForward_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QByteArray>("served");
    QTest::newRow("current") << QStringLiteral("2026-10") << QByteArray("2026-10");
    QTest::newRow("oldest supported") << QStringLiteral("2026-01") << QByteArray("2026-01");
    QTest::newRow("unsupported old") << QStringLiteral("2025-07") << QByteArray("2026-01");
    QTest::newRow("nonsense") << QStringLiteral("latest") << QByteArray("2026-01");
    QTest::newRow("unstable") << QStringLiteral("unstable") << QByteArray("unstable");
}

void TestShopifyApi::versionsFallForward()
{
    QFETCH(QString, requested);
    QFETCH(QByteArray, served);
    const auto reply = m_client->graphql(QStringLiteral("{ shop { name } }"), Json::object(), QString(), requested);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("X-Shopify-API-Version"), served);
    QVERIFY(reply.json["data"]["shop"]["name"].is_string());
}

void TestShopifyApi::paginationWalksEveryOrderOnce_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("updated_at asc, 5") << QStringLiteral("UPDATED_AT") << false << 5;
    QTest::newRow("updated_at desc, 4") << QStringLiteral("UPDATED_AT") << true << 4;
    QTest::newRow("id, 7") << QStringLiteral("ID") << false << 7;
    QTest::newRow("processed_at, 23") << QStringLiteral("PROCESSED_AT") << false << 23;
}

void TestShopifyApi::paginationWalksEveryOrderOnce()
{
    QFETCH(QString, sortKey);
    QFETCH(bool, reverse);
    QFETCH(int, pageSize);
    placeOrders(23);
    // Two orders share an updatedAt, so the id tie-break is exercised.
    m_emulator->store().orders[5].updatedAtMs = m_emulator->store().orders[6].updatedAtMs;
    const QString query
        = ShopifyTestClient::document(QStringLiteral("tests/sandbox_shopify/documents/orders_page.graphql"));
    QVERIFY(!query.isEmpty());
    QStringList seen;
    Json after = nullptr;
    int pages = 0;
    while (true) {
        const auto reply = m_client->graphql(query,
            { { "first", pageSize }, { "after", after }, { "sort", sortKey.toStdString() }, { "reverse", reverse } });
        QCOMPARE(reply.status, 200);
        const Json &orders = reply.json["data"]["orders"];
        seen << orderIds(orders);
        QCOMPARE(orders["pageInfo"]["hasPreviousPage"].get<bool>(), pages > 0);
        ++pages;
        if (!orders["pageInfo"]["hasNextPage"].get<bool>())
            break;
        after = orders["pageInfo"]["endCursor"];
        QVERIFY(pages < 30);
    }
    QCOMPARE(seen.size(), 23);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 23);
    QCOMPARE(pages, (23 + pageSize - 1) / pageSize);
    if (sortKey == QLatin1String("ID")) {
        QCOMPARE(seen.first(), QStringLiteral("gid://shopify/Order/5500000001"));
        QCOMPARE(seen.last(), QStringLiteral("gid://shopify/Order/5500000023"));
    }
    if (sortKey == QLatin1String("UPDATED_AT") && reverse)
        QCOMPARE(seen.first(), QStringLiteral("gid://shopify/Order/5500000023"));
}

void TestShopifyApi::backwardPagination()
{
    placeOrders(9);
    const QString forward = QStringLiteral("{ orders(first: 9, sortKey: ID) { edges { cursor node { id } } } }");
    const Json edges = m_client->graphql(forward).json["data"]["orders"]["edges"];
    QCOMPARE(edges.size(), size_t(9));
    const QString query = QStringLiteral("query B($before: String) { orders(last: 3, before: $before, sortKey: ID) {"
                                         " pageInfo { hasPreviousPage hasNextPage startCursor } nodes { id } } }");
    const auto reply = m_client->graphql(query, { { "before", edges[6]["cursor"] } });
    const Json &orders = reply.json["data"]["orders"];
    QCOMPARE(orderIds(orders),
        (QStringList { QStringLiteral("gid://shopify/Order/5500000004"),
            QStringLiteral("gid://shopify/Order/5500000005"),
            QStringLiteral("gid://shopify/Order/5500000006") }));
    QVERIFY(orders["pageInfo"]["hasPreviousPage"].get<bool>());
    QVERIFY(orders["pageInfo"]["hasNextPage"].get<bool>());
    QVERIFY(orders["pageInfo"]["startCursor"] == edges[3]["cursor"]);
}

void TestShopifyApi::orderSearchSyntax_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    // Orders #1001..#1006 are created an hour apart; #1006 is cancelled, #1005 is pending, #1003 is a test order.
    const auto at = [](int order) { return QString::fromStdString(iso(T0 - qint64(6 - (order - 1001)) * 3'600'000)); };
    QTest::newRow("created after") << QStringLiteral("created_at:>'%1'").arg(at(1004))
                                   << QStringList { QStringLiteral("#1005"), QStringLiteral("#1006") };
    QTest::newRow("created at or after") << QStringLiteral("created_at:>=%1").arg(at(1004))
                                         << QStringList { QStringLiteral("#1004"),
                                                QStringLiteral("#1005"),
                                                QStringLiteral("#1006") };
    QTest::newRow("created before") << QStringLiteral("created_at:<\"%1\"").arg(at(1002))
                                    << QStringList { QStringLiteral("#1001") };
    QTest::newRow("updated after cancel") << QStringLiteral("updated_at:>'%1'").arg(QString::fromStdString(iso(T0 - 1)))
                                          << QStringList { QStringLiteral("#1006") };
    QTest::newRow("status cancelled") << QStringLiteral("status:cancelled") << QStringList { QStringLiteral("#1006") };
    QTest::newRow("status open") << QStringLiteral("status:open")
                                 << QStringList { QStringLiteral("#1001"),
                                        QStringLiteral("#1002"),
                                        QStringLiteral("#1003"),
                                        QStringLiteral("#1004"),
                                        QStringLiteral("#1005") };
    QTest::newRow("financial status") << QStringLiteral("financial_status:pending")
                                      << QStringList { QStringLiteral("#1005") };
    QTest::newRow("name") << QStringLiteral("name:#1002") << QStringList { QStringLiteral("#1002") };
    QTest::newRow("and") << QStringLiteral("financial_status:paid AND created_at:<='%1'").arg(at(1002))
                         << QStringList { QStringLiteral("#1001"), QStringLiteral("#1002") };
    QTest::newRow("implicit and") << QStringLiteral("status:open test:true") << QStringList { QStringLiteral("#1003") };
    QTest::newRow("or") << QStringLiteral("status:cancelled OR financial_status:pending")
                        << QStringList { QStringLiteral("#1005"), QStringLiteral("#1006") };
    QTest::newRow("negation") << QStringLiteral("-status:open") << QStringList { QStringLiteral("#1006") };
    QTest::newRow("updated before now") << QStringLiteral("updated_at:<now")
                                        << QStringList { QStringLiteral("#1001"),
                                               QStringLiteral("#1002"),
                                               QStringLiteral("#1003"),
                                               QStringLiteral("#1004"),
                                               QStringLiteral("#1005") };
}

void TestShopifyApi::orderSearchSyntax()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    const World &world = m_emulator->store().world();
    for (int i = 0; i < 6; ++i) {
        OrderInput input;
        input.lines = { { world.variants().at(i).sku, 1 } };
        input.customerIndex = i;
        input.createdAtMs = T0 - qint64(6 - i) * 3'600'000;
        input.financialStatus = i == 4 ? QStringLiteral("PENDING") : QStringLiteral("PAID");
        input.test = i == 2;
        QVERIFY(!m_emulator->placeOrder(input).isEmpty());
    }
    QVERIFY(m_emulator->store().cancelOrder(5, "CUSTOMER", true, false, T0).empty());
    const auto reply = m_client->graphql(
        ShopifyTestClient::document(QStringLiteral("tests/sandbox_shopify/documents/orders_search.graphql")),
        { { "q", search.toStdString() } });
    QStringList got;
    for (const auto &node : reply.json["data"]["orders"]["nodes"])
        got << QString::fromStdString(node["name"].get<std::string>());
    QCOMPARE(got, names);
}

void TestShopifyApi::variantSearchBySku()
{
    const auto &variant = m_emulator->store().variants.at(3);
    const auto reply = m_client->graphql(
        QStringLiteral("query V($q: String!) { productVariants(first: 10, query: $q) { nodes { sku } } }"),
        { { "q", "sku:" + variant.sku } });
    QCOMPARE(reply.json["data"]["productVariants"]["nodes"].size(), size_t(1));
    QCOMPARE(reply.json["data"]["productVariants"]["nodes"][0]["sku"].get<std::string>(), variant.sku);
}

void TestShopifyApi::costAndBucketArithmetic()
{
    // shopify.md §2.1 worked example: products(first:10){variants(first:5)} = 2 + 10 * (1 + 2 + 5) = 82.
    const QString query
        = ShopifyTestClient::document(QStringLiteral("tests/sandbox_shopify/documents/products_with_variants.graphql"));
    QVERIFY(!query.isEmpty());
    const auto first = m_client->graphql(query);
    const Json &cost = first.json["extensions"]["cost"];
    QCOMPARE(cost["requestedQueryCost"].get<int>(), 82);
    int variants = 0;
    for (const auto &p : first.json["data"]["products"]["nodes"])
        variants += int(p["variants"]["nodes"].size());
    const int actual = 2 + 10 * (1 + 2) + variants; // what was really returned
    QCOMPARE(cost["actualQueryCost"].get<int>(), actual);
    QCOMPARE(cost["throttleStatus"]["maximumAvailable"].get<double>(), 2000.0);
    QCOMPARE(cost["throttleStatus"]["restoreRate"].get<double>(), 100.0);
    QCOMPARE(cost["throttleStatus"]["currentlyAvailable"].get<int>(), 2000 - actual);

    const auto second = m_client->graphql(query);
    QCOMPARE(second.json["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"].get<int>(), 2000 - 2 * actual);
    m_now += 500; // +50 points at 100/s
    const auto third = m_client->graphql(QStringLiteral("{ shop { name } }"));
    QCOMPARE(third.json["extensions"]["cost"]["requestedQueryCost"].get<int>(), 1);
    QCOMPARE(third.json["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"].get<int>(),
        2000 - 2 * actual + 50 - 1);
    m_now += 60'000; // refills to the cap, never above it
    QCOMPARE(m_client->graphql(QStringLiteral("{ shop { id } }"))
                 .json["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"]
                 .get<int>(),
        1999);

    // A mutation costs 10 whatever it selects.
    const auto mutation
        = m_client->graphql(QStringLiteral("mutation { orderCancel(orderId: \"gid://shopify/Order/1\", reason: OTHER, "
                                           "restock: false) { userErrors { message } } }"));
    QCOMPARE(mutation.json["extensions"]["cost"]["requestedQueryCost"].get<int>(), 10);
    QCOMPARE(mutation.json["extensions"]["cost"]["actualQueryCost"].get<int>(), 10);
}

void TestShopifyApi::throttledWhenBucketShort()
{
    m_emulator->setRateLimit(100, 10);
    const QString query
        = ShopifyTestClient::document(QStringLiteral("tests/sandbox_shopify/documents/products_with_variants.graphql"));
    QVERIFY(!query.isEmpty());
    const auto first = m_client->graphql(query);
    QVERIFY(first.json.contains("data"));
    const int available = first.json["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"].get<int>();
    QCOMPARE(available, 100 - first.json["extensions"]["cost"]["actualQueryCost"].get<int>());
    QVERIFY(available < 82);

    const auto throttled = m_client->graphql(query);
    QCOMPARE(throttled.status, 200);
    QVERIFY(!throttled.json.contains("data"));
    QCOMPARE(throttled.json["errors"][0]["message"].get<std::string>(), std::string("Throttled"));
    QCOMPARE(throttled.json["errors"][0]["extensions"]["code"].get<std::string>(), std::string("THROTTLED"));
    const Json &cost = throttled.json["extensions"]["cost"];
    QCOMPARE(cost["requestedQueryCost"].get<int>(), 82);
    QVERIFY(cost["actualQueryCost"].is_null());
    QCOMPARE(cost["throttleStatus"]["currentlyAvailable"].get<int>(), available); // a throttled call costs nothing
    QCOMPARE(cost["throttleStatus"]["maximumAvailable"].get<double>(), 100.0);
    // The client rule: wait ceil((requested - available) / restoreRate) seconds; one second less is not enough.
    const int waitS = (82 - available + 9) / 10;
    m_now += qint64(waitS - 1) * 1000;
    QCOMPARE(
        m_client->graphql(query).json["errors"][0]["extensions"]["code"].get<std::string>(), std::string("THROTTLED"));
    m_now += 1000;
    const auto ok = m_client->graphql(query);
    QVERIFY2(ok.json.contains("data"), ok.body.constData());
    QVERIFY(!ok.json.contains("errors"));
}

void TestShopifyApi::throttledAs429WhenConfigured()
{
    m_emulator->setRateLimit(50, 10);
    m_emulator->setThrottleHttpStatus(429);
    const auto reply = m_client->graphql(
        ShopifyTestClient::document(QStringLiteral("tests/sandbox_shopify/documents/products_with_variants.graphql")));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("4"));
    QCOMPARE(reply.json["errors"][0]["extensions"]["code"].get<std::string>(), std::string("THROTTLED"));
}

void TestShopifyApi::singleQueryCostCap()
{
    const auto reply = m_client->graphql(
        QStringLiteral("{ orders(first: 250) { nodes { id lineItems(first: 250) { nodes { id } } } } }"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.contains("data"));
    const Json &error = reply.json["errors"][0];
    QCOMPARE(error["extensions"]["code"].get<std::string>(), std::string("MAX_COST_EXCEEDED"));
    const int requested = 2 + 250 * (1 + 2 + 250);
    QCOMPARE(error["extensions"]["cost"].get<int>(), requested);
    QVERIFY(
        error["message"].get<std::string>().rfind(
            "Query cost is " + std::to_string(requested) + ", which exceeds the single query max cost limit (1000).", 0)
        == 0);
    QCOMPARE(reply.json["extensions"]["cost"]["requestedQueryCost"].get<int>(), requested);
    QCOMPARE(
        reply.json["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"].get<int>(), 2000); // nothing charged
}

void TestShopifyApi::planPresets_data()
{
    QTest::addColumn<int>("plan");
    QTest::addColumn<double>("restore");
    QTest::newRow("standard") << int(ShopifyEmulator::Plan::Standard) << 100.0;
    QTest::newRow("advanced") << int(ShopifyEmulator::Plan::Advanced) << 200.0;
    QTest::newRow("plus") << int(ShopifyEmulator::Plan::Plus) << 1000.0;
    QTest::newRow("enterprise") << int(ShopifyEmulator::Plan::Enterprise) << 2000.0;
}

void TestShopifyApi::planPresets()
{
    QFETCH(int, plan);
    QFETCH(double, restore);
    m_emulator->setPlan(ShopifyEmulator::Plan(plan));
    const Json status
        = m_client->graphql(QStringLiteral("{ shop { id } }")).json["extensions"]["cost"]["throttleStatus"];
    QCOMPARE(status["restoreRate"].get<double>(), restore);
    QCOMPARE(status["maximumAvailable"].get<double>(), restore * 20);
}

void TestShopifyApi::faultsShapedAsShopify_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("faultStatus");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("networkError");
    QTest::addColumn<QString>("check");
    QTest::newRow("503") << int(FaultKind::ServerError) << 503 << 503 << false << QStringLiteral("errors-string");
    QTest::newRow("500") << int(FaultKind::ServerError) << 500 << 500 << false
                         << QStringLiteral("INTERNAL_SERVER_ERROR");
    QTest::newRow("outage") << int(FaultKind::Outage) << 0 << 503 << false << QStringLiteral("errors-string");
    QTest::newRow("throttled") << int(FaultKind::RateLimited) << 0 << 200 << false << QStringLiteral("THROTTLED");
    QTest::newRow("unauthorized") << int(FaultKind::Unauthorized) << 0 << 401 << false
                                  << QStringLiteral("errors-string");
    QTest::newRow("malformed") << int(FaultKind::Malformed) << 0 << 200 << false << QStringLiteral("not-json");
    QTest::newRow("latency") << int(FaultKind::Latency) << 0 << 200 << false << QStringLiteral("data");
    QTest::newRow("reset") << int(FaultKind::Reset) << 0 << 0 << true << QString();
    QTest::newRow("truncated") << int(FaultKind::Truncated) << 0 << 200 << true << QString();
    QTest::newRow("timeout") << int(FaultKind::Timeout) << 0 << 0 << true << QString();
}

void TestShopifyApi::faultsShapedAsShopify()
{
    QFETCH(int, kind);
    QFETCH(int, faultStatus);
    QFETCH(int, status);
    QFETCH(bool, networkError);
    QFETCH(QString, check);
    FaultRule rule;
    rule.endpoint = QStringLiteral("graphql");
    rule.kind = FaultKind(kind);
    rule.status = faultStatus;
    rule.latencyMs = 20;
    const bool mangling = rule.kind == FaultKind::Truncated || rule.kind == FaultKind::Malformed;
    rule.phase = mangling ? FaultPhase::After : FaultPhase::Before; // these mangle the service's own answer
    m_emulator->faults()->addRule(rule);
    if (FaultKind(kind) == FaultKind::Timeout)
        m_client->setTimeoutMs(300);
    const auto reply = m_client->graphql(QStringLiteral("{ shop { name } }"));
    const bool transportError
        = reply.error > QNetworkReply::NoError && reply.error < QNetworkReply::ProxyConnectionRefusedError;
    QCOMPARE(transportError, networkError);
    if (!networkError) {
        QCOMPARE(reply.status, status);
        if (check == QLatin1String("errors-string"))
            QVERIFY(reply.json["errors"].is_string());
        else if (check == QLatin1String("not-json"))
            QVERIFY(reply.json.is_discarded());
        else if (check == QLatin1String("data"))
            QVERIFY(reply.json["data"]["shop"]["name"].is_string());
        else
            QCOMPARE(QString::fromStdString(reply.json["errors"][0]["extensions"]["code"].get<std::string>()), check);
    }
    QVERIFY(m_emulator->faults()->injectedCount(FaultKind(kind)) >= 1);
    // Without the rule the same request is served normally.
    m_emulator->faults()->clear();
    m_client->setTimeoutMs(10000);
    QCOMPARE(m_client->graphql(QStringLiteral("{ shop { name } }")).status, 200);
}

void TestShopifyApi::bulkOperationWritesJsonl()
{
    const QString document
        = ShopifyTestClient::document(QStringLiteral("tests/sandbox_shopify/documents/bulk_operations.graphql"));
    const std::string bulkQuery = "{ products { edges { node { id title variants { edges { node { id sku } } } } } } }";
    const auto started = m_client->graphql(document, { { "query", bulkQuery } }, QStringLiteral("BulkRun"));
    const Json &operation = started.json["data"]["bulkOperationRunQuery"]["bulkOperation"];
    QVERIFY2(started.json["data"]["bulkOperationRunQuery"]["userErrors"].empty(), started.body.constData());
    QCOMPARE(operation["status"].get<std::string>(), std::string("CREATED"));
    QCOMPARE(started.json["extensions"]["cost"]["requestedQueryCost"].get<int>(), 10);

    const auto polled = m_client->graphql(document, { { "id", operation["id"] } }, QStringLiteral("BulkStatus"));
    const Json &status = polled.json["data"]["bulkOperation"];
    QCOMPARE(status["status"].get<std::string>(), std::string("COMPLETED"));
    const size_t products = m_emulator->store().products.size();
    const size_t variants = m_emulator->store().variants.size();
    QCOMPARE(status["rootObjectCount"].get<std::string>(), std::to_string(products));
    QCOMPARE(status["objectCount"].get<std::string>(), std::to_string(products + variants));

    // The result file: one object per line, variants after their product with __parentId.
    // Like Shopify's signed storage URL, the download needs no access token.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QString::fromStdString(status["url"].get<std::string>()))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QList<QByteArray> lines = reply->readAll().trimmed().split('\n');
    reply->deleteLater();
    QCOMPARE(size_t(lines.size()), products + variants);
    QCOMPARE(std::to_string(lines.join('\n').size() + 1), status["fileSize"].get<std::string>());
    QSet<QString> seenProducts;
    QString currentProduct;
    for (const auto &line : lines) {
        const Json object = Json::parse(line.toStdString());
        const QString id = QString::fromStdString(object["id"].get<std::string>());
        if (id.startsWith(QLatin1String("gid://shopify/Product/"))) {
            QVERIFY(!object.contains("__parentId"));
            QVERIFY(!object.contains("variants"));
            QVERIFY(object["title"].is_string());
            currentProduct = id;
            seenProducts.insert(id);
        } else {
            QVERIFY(id.startsWith(QLatin1String("gid://shopify/ProductVariant/")));
            QCOMPARE(QString::fromStdString(object["__parentId"].get<std::string>()), currentProduct);
            QVERIFY(object["sku"].is_string());
        }
    }
    QCOMPARE(size_t(seenProducts.size()), products);
}

void TestShopifyApi::bulkOperationRejectsBadQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("no connection") << QStringLiteral("{ shop { name } }")
                                   << QStringLiteral("Bulk queries must contain at least one connection.");
    QTest::newRow("too deep") << QStringLiteral(
        "{ customers { nodes { orders { nodes { lineItems { nodes { id } } } } } } }")
                              << QStringLiteral(
                                     "Bulk queries cannot contain connections with a nesting depth greater than 2.");
    QTest::newRow("invalid") << QStringLiteral("{ products { nodes { nope } } }")
                             << QStringLiteral("Field 'nope' doesn't exist on type 'Product'");
    QTest::newRow("syntax") << QStringLiteral("{ products {")
                            << QStringLiteral("Parse error on end of file (EOF) at [1, 13]");
}

void TestShopifyApi::bulkOperationRejectsBadQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const QString document
        = ShopifyTestClient::document(QStringLiteral("tests/sandbox_shopify/documents/bulk_operations.graphql"));
    const auto reply = m_client->graphql(document, { { "query", query.toStdString() } }, QStringLiteral("BulkRun"));
    const Json &payload = reply.json["data"]["bulkOperationRunQuery"];
    QVERIFY(payload["bulkOperation"].is_null());
    QCOMPARE(payload["userErrors"][0]["code"].get<std::string>(), std::string("INVALID"));
    QCOMPARE(QString::fromStdString(payload["userErrors"][0]["message"].get<std::string>()), message);
}

void TestShopifyApi::productQueryDocumentsServed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QString>("connection"); // the path to the connection whose nodes must be non-empty
    QTest::newRow("orders_changed") << QStringLiteral(
        "orders_changed") << QByteArray(R"({"first":250,"after":null,"q":"updated_at:>'2026-01-01T00:00:00Z'"})")
                                    << QStringLiteral("orders");
    QTest::newRow("locations") << QStringLiteral("locations") << QByteArray(R"({"after":null})")
                               << QStringLiteral("locations");
    QTest::newRow("products_page") << QStringLiteral("products_page") << QByteArray(R"({"first":20,"after":null})")
                                   << QStringLiteral("products");
    QTest::newRow("inventory_page")
        << QStringLiteral("inventory_page")
        << QByteArray(R"({"first":100,"after":null,"q":null,"loc":"gid://shopify/Location/6500000001"})")
        << QStringLiteral("productVariants");
}

void TestShopifyApi::productQueryDocumentsServed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, variables);
    QFETCH(QString, connection);
    placeOrders(7);
    const QString document = ShopifyTestClient::document(QStringLiteral("resources/shopify/%1.graphql").arg(file));
    QVERIFY(!document.isEmpty());
    const auto reply = m_client->graphql(document, Json::parse(variables.toStdString()));
    QCOMPARE(reply.status, 200);
    QVERIFY2(!reply.json.contains("errors"), reply.body.left(600).constData());
    const Json &nodes = reply.json["data"][connection.toStdString()]["nodes"];
    QVERIFY(!nodes.empty());
    QVERIFY(reply.json["extensions"]["cost"]["requestedQueryCost"].get<int>() <= 1000);
    if (file == QLatin1String("orders_changed")) {
        QCOMPARE(nodes.size(), size_t(7));
        QCOMPARE(reply.json["extensions"]["cost"]["requestedQueryCost"].get<int>(), 252);
        QCOMPARE(reply.json["extensions"]["cost"]["actualQueryCost"].get<int>(), 9); // 2 + one per order
        // The full read of what the listing found.
        Json variables = Json::object();
        variables["ids"] = Json::array();
        for (size_t i = 0; i < 5; ++i)
            variables["ids"].push_back(nodes[i]["id"]);
        variables["lines"] = 10;
        const auto full = m_client->graphql(
            ShopifyTestClient::document(QStringLiteral("resources/shopify/orders_by_ids.graphql")), variables);
        QVERIFY2(!full.json.contains("errors"), full.body.left(600).constData());
        const Json &orders = full.json["data"]["nodes"];
        QCOMPARE(orders.size(), size_t(5));
        QCOMPARE(orders[0]["id"].get<std::string>(), nodes[0]["id"].get<std::string>());
        QVERIFY(orders[0]["lineItems"]["nodes"][0]["variant"]["inventoryItem"]["id"].is_string());
        QVERIFY(orders[0]["totalPriceSet"]["shopMoney"]["amount"].is_string());
        QVERIFY(orders[0]["legacyResourceId"].is_string()); // UnsignedInt64 travels as a string
        QVERIFY(full.json["extensions"]["cost"]["requestedQueryCost"].get<int>() <= 1000);
    } else if (file == QLatin1String("inventory_page")) {
        const Json &level = nodes[0]["inventoryItem"]["inventoryLevel"];
        QCOMPARE(level["quantities"].size(), size_t(3));
        const std::string sku = nodes[0]["sku"].get<std::string>();
        QCOMPARE(level["quantities"][0]["quantity"].get<int>(),
            m_emulator->quantity(QString::fromStdString(sku), QStringLiteral("main")));
        QCOMPARE(level["quantities"][1]["quantity"].get<int>(),
            m_emulator->quantity(QString::fromStdString(sku), QStringLiteral("main"), QStringLiteral("on_hand")));
        QVERIFY(level["id"].get<std::string>().find("?inventory_item_id=") != std::string::npos);
    } else if (file == QLatin1String("locations")) {
        QCOMPARE(nodes.size(), size_t(2));
        QCOMPARE(nodes[0]["name"].get<std::string>(), std::string("Main Street Warehouse")); // sortKey NAME
    }
}

// Order.totalDiscountsSet: "The total amount discounted on the order before returns … This includes both
// order and line level discounts." LineItem.totalDiscountSet has the line's own.
void TestShopifyApi::totalDiscountsIncludeLineDiscounts()
{
    const World &world = m_emulator->store().world();
    OrderInput input;
    input.lines = { { world.variants().at(0).sku, 2, 2500, 200 }, { world.variants().at(1).sku, 1, 1000, 0 } };
    input.orderDiscountCents = 500;
    const QString gid = m_emulator->placeOrder(input);
    QVERIFY(!gid.isEmpty());
    const auto reply = m_client->graphql(
        QStringLiteral("query($id: ID!) { order(id: $id) { "
                       "totalDiscountsSet { shopMoney { amount } } "
                       "lineItems(first: 5) { nodes { totalDiscountSet { shopMoney { amount } } } } } }"),
        { { "id", gid.toStdString() } });
    QCOMPARE(reply.status, 200);
    const Json &order = reply.json["data"]["order"];
    QCOMPARE(std::stod(order["totalDiscountsSet"]["shopMoney"]["amount"].get<std::string>()), 7.0);
    QCOMPARE(
        std::stod(order["lineItems"]["nodes"][0]["totalDiscountSet"]["shopMoney"]["amount"].get<std::string>()), 2.0);
    QCOMPARE(
        std::stod(order["lineItems"]["nodes"][1]["totalDiscountSet"]["shopMoney"]["amount"].get<std::string>()), 0.0);
}

QTEST_GUILESS_MAIN(TestShopifyApi)
#include "tst_shopifyapi.moc"
