// The emulator's GraphQL front end, over HTTP: selection and aliases, fragments, variables, directives,
// and Shopify-shaped parse, validation and variable errors.
#include <QTest>

#include <set>

#include "shopifytestclient.h"

using namespace Quayside::Sandbox;
using Json = ShopifyTestClient::Json;

class TestShopifyGraphql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void returnsOnlySelectedFieldsWithAliases();
    void fragmentsAndTypename();
    void interfaceFragmentsOnNode();
    void variablesAndDefaults();
    void introspection();
    void operationNameSelection();
    void includeAndSkip_data();
    void includeAndSkip();
    void parseErrors_data();
    void parseErrors();
    void validationErrors_data();
    void validationErrors();
    void variableErrors_data();
    void variableErrors();
    void malformedBodies_data();
    void malformedBodies();
    void hostileInputIsAnsweredNotFatal_data();
    void hostileInputIsAnsweredNotFatal();
    void connectionArgumentsEnforced_data();
    void connectionArgumentsEnforced();

private:
    std::unique_ptr<ShopifyEmulator> m_emulator;
    std::unique_ptr<ShopifyTestClient> m_client;
    QString m_orderId;
};

void TestShopifyGraphql::initTestCase()
{
    m_emulator = std::make_unique<ShopifyEmulator>(World::generate(42));
    QVERIFY(m_emulator->listenLocal() != 0);
    m_client = std::make_unique<ShopifyTestClient>(*m_emulator);
    OrderInput order;
    order.lines = { { QString::fromStdString(m_emulator->store().variants.front().sku), 2 } };
    order.customerIndex = 0;
    m_orderId = m_emulator->placeOrder(order);
    QVERIFY(!m_orderId.isEmpty());
}

void TestShopifyGraphql::returnsOnlySelectedFieldsWithAliases()
{
    const auto reply = m_client->graphql(QStringLiteral("{ shop { name shopName: name id } }"));
    QCOMPARE(reply.status, 200);
    const Json &shop = reply.json["data"]["shop"];
    QCOMPARE(shop.size(), size_t(3));
    std::vector<std::string> keys;
    for (const auto &[key, value] : shop.items())
        keys.push_back(key);
    QCOMPARE(keys, (std::vector<std::string> { "name", "shopName", "id" }));
    QVERIFY(shop["shopName"] == shop["name"]);
    QCOMPARE(shop["id"].get<std::string>(), std::string("gid://shopify/Shop/1"));
    QVERIFY(!reply.json.contains("errors"));
    QVERIFY(reply.json["extensions"]["cost"].contains("requestedQueryCost"));
}

void TestShopifyGraphql::fragmentsAndTypename()
{
    const QString query = QStringLiteral(
        "query One($id: ID!) { order(id: $id) { __typename ...OrderBits lineItems(first: 5) { nodes { ...Line } } } }\n"
        "fragment OrderBits on Order { id orderName: name }\n"
        "fragment Line on LineItem { quantity sku }");
    const auto reply = m_client->graphql(query, { { "id", m_orderId.toStdString() } });
    QCOMPARE(reply.status, 200);
    const Json &order = reply.json["data"]["order"];
    QCOMPARE(order["__typename"].get<std::string>(), std::string("Order"));
    QCOMPARE(order["id"].get<std::string>(), m_orderId.toStdString());
    QCOMPARE(order["orderName"].get<std::string>(), std::string("#1001"));
    QVERIFY(!order.contains("name"));
    QCOMPARE(order["lineItems"]["nodes"].size(), size_t(1));
    QCOMPARE(order["lineItems"]["nodes"][0]["quantity"].get<int>(), 2);
    QCOMPARE(order["lineItems"]["nodes"][0].size(), size_t(2));
}

void TestShopifyGraphql::interfaceFragmentsOnNode()
{
    const QString query = QStringLiteral("query N($ids: [ID!]!) { nodes(ids: $ids) { __typename id "
                                         "... on Order { name } ... on Location { locationName: name } } }");
    const Json ids = Json::array({ m_orderId.toStdString(),
        m_emulator->locationGid(QStringLiteral("main")).toStdString(),
        "gid://shopify/Order/1",
        "gid://shopify/LineItem/1300000001" });
    const auto reply = m_client->graphql(query, { { "ids", ids } });
    const Json &nodes = reply.json["data"]["nodes"];
    QCOMPARE(nodes.size(), size_t(4));
    QCOMPARE(nodes[3]["__typename"].get<std::string>(), std::string("LineItem"));
    QCOMPARE(nodes[3]["id"].get<std::string>(), std::string("gid://shopify/LineItem/1300000001"));
    QCOMPARE(nodes[0]["__typename"].get<std::string>(), std::string("Order"));
    QVERIFY(nodes[0].contains("name"));
    QVERIFY(!nodes[0].contains("locationName"));
    QCOMPARE(nodes[1]["__typename"].get<std::string>(), std::string("Location"));
    QCOMPARE(nodes[1]["locationName"].get<std::string>(), std::string("Main Street Warehouse"));
    QVERIFY(!nodes[1].contains("name"));
    QVERIFY(nodes[2].is_null()); // unknown id
}

void TestShopifyGraphql::introspection()
{
    auto reply = m_client->graphql(QStringLiteral("{ __schema { queryType { name } mutationType { name } } }"));
    QCOMPARE(reply.json["data"]["__schema"]["queryType"]["name"].get<std::string>(), std::string("QueryRoot"));
    QCOMPARE(reply.json["data"]["__schema"]["mutationType"]["name"].get<std::string>(), std::string("Mutation"));
    const QString typeQuery = QStringLiteral(
        "query T($all: Boolean) { __type(name: \"Order\") { name kind fields(includeDeprecated: $all) { name } } }");
    auto fieldNames = [&](bool all) {
        std::set<std::string> names;
        const auto reply = m_client->graphql(typeQuery, { { "all", all } });
        for (const auto &f : reply.json["data"]["__type"]["fields"])
            names.insert(f["name"].get<std::string>());
        return names;
    };
    const auto current = fieldNames(false);
    QVERIFY(current.count("displayFinancialStatus"));
    QVERIFY(!current.count("totalPrice")); // deprecated
    QVERIFY(fieldNames(true).count("totalPrice"));
    reply = m_client->graphql(QStringLiteral("{ __type(name: \"Nope\") { name } }"));
    QVERIFY(reply.json["data"]["__type"].is_null());
}

void TestShopifyGraphql::variablesAndDefaults()
{
    const QString query = QStringLiteral("query P($first: Int = 3) { products(first: $first) { nodes { id } } }");
    auto reply = m_client->graphql(query);
    QCOMPARE(reply.json["data"]["products"]["nodes"].size(), size_t(3));
    reply = m_client->graphql(query, { { "first", 5 } });
    QCOMPARE(reply.json["data"]["products"]["nodes"].size(), size_t(5));
}

void TestShopifyGraphql::operationNameSelection()
{
    const QString doc = QStringLiteral("query A { shop { name } } query B { locations(first: 5) { nodes { name } } }");
    auto reply = m_client->graphql(doc, Json::object(), QStringLiteral("B"));
    QVERIFY(reply.json["data"].contains("locations"));
    QVERIFY(!reply.json["data"].contains("shop"));
    reply = m_client->graphql(doc);
    QVERIFY(!reply.json.contains("data"));
    QCOMPARE(reply.json["errors"][0]["message"].get<std::string>(), std::string("An operation name is required"));
    reply = m_client->graphql(doc, Json::object(), QStringLiteral("C"));
    QCOMPARE(reply.json["errors"][0]["message"].get<std::string>(), std::string("No operation named \"C\""));
}

void TestShopifyGraphql::includeAndSkip_data()
{
    QTest::addColumn<bool>("flag");
    QTest::newRow("true") << true;
    QTest::newRow("false") << false;
}

void TestShopifyGraphql::includeAndSkip()
{
    QFETCH(bool, flag);
    const auto reply = m_client->graphql(
        QStringLiteral("query S($f: Boolean!) { shop { a: name @include(if: $f) b: name @skip(if: $f) id } }"),
        { { "f", flag } });
    const Json &shop = reply.json["data"]["shop"];
    QCOMPARE(shop.contains("a"), flag);
    QCOMPARE(shop.contains("b"), !flag);
    QVERIFY(shop.contains("id"));
}

void TestShopifyGraphql::parseErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("unclosed") << QStringLiteral("{ shop { name }")
                              << QStringLiteral("Parse error on end of file (EOF) at [1, 16]") << 1 << 16;
    QTest::newRow("extra brace") << QStringLiteral("{ shop { name } } }")
                                 << QStringLiteral("Parse error on \"}\" (RCURLY) at [1, 19]") << 1 << 19;
    QTest::newRow("bad argument") << QStringLiteral("query {\n  orders(first: ) { nodes { id } } }")
                                  << QStringLiteral("Parse error on \")\" (RPAREN) at [2, 17]") << 2 << 17;
    QTest::newRow("shorthand without braces")
        << QStringLiteral("shop { name }") << QStringLiteral("Parse error on \"shop\" (IDENTIFIER) at [1, 1]") << 1
        << 1;
    QTest::newRow("empty") << QString() << QStringLiteral("Parse error on end of file (EOF) at [1, 1]") << 1 << 1;
}

void TestShopifyGraphql::parseErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto reply = m_client->graphql(query);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.contains("data"));
    const Json &error = reply.json["errors"][0];
    QCOMPARE(QString::fromStdString(error["message"].get<std::string>()), message);
    QCOMPARE(error["locations"][0]["line"].get<int>(), line);
    QCOMPARE(error["locations"][0]["column"].get<int>(), column);
    QCOMPARE(error["extensions"]["code"].get<std::string>(), std::string("PARSE_ERROR"));
}

void TestShopifyGraphql::validationErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown field") << QStringLiteral("{ orders(first: 1) { nodes { financialStatus } } }")
                                   << QStringLiteral("Field 'financialStatus' doesn't exist on type 'Order'")
                                   << QStringLiteral("undefinedField");
    QTest::newRow("unknown argument") << QStringLiteral("{ orders(first: 1, since: 3) { nodes { id } } }")
                                      << QStringLiteral("Field 'orders' doesn't accept argument 'since'")
                                      << QStringLiteral("argumentNotAccepted");
    QTest::newRow("missing argument") << QStringLiteral("{ order { id } }")
                                      << QStringLiteral("Field 'order' is missing required arguments: id")
                                      << QStringLiteral("missingRequiredArguments");
    QTest::newRow("selection on scalar")
        << QStringLiteral("{ shop { name { x } } }")
        << QStringLiteral("Selections can't be made on scalars (field 'name' returns String but has selections [x])")
        << QStringLiteral("selectionMismatch");
    QTest::newRow("object without selection") << QStringLiteral("{ shop }")
                                              << QStringLiteral("Field must have selections (field 'shop' returns Shop "
                                                                "but has no selections. Did you mean 'shop { ... }'?)")
                                              << QStringLiteral("selectionMismatch");
    QTest::newRow("undefined fragment") << QStringLiteral("{ shop { ...Missing } }")
                                        << QStringLiteral("Fragment Missing was used, but not defined")
                                        << QStringLiteral("useAndDefineFragment");
    QTest::newRow("fragment on unknown type")
        << QStringLiteral("{ shop { ... on Nope { id } } }")
        << QStringLiteral("No such type Nope, so it can't be a fragment condition") << QStringLiteral("undefinedType");
    QTest::newRow("undeclared variable") << QStringLiteral("query Q { order(id: $id) { id } }")
                                         << QStringLiteral("Variable $id is used by Q but not declared")
                                         << QStringLiteral("variableNotDefined");
    QTest::newRow("bad literal")
        << QStringLiteral("{ products(first: \"ten\") { nodes { id } } }")
        << QStringLiteral("Argument 'first' on Field 'products' has an invalid value (\"ten\"). Expected type 'Int'.")
        << QStringLiteral("argumentLiteralsIncompatible");
}

void TestShopifyGraphql::validationErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    QFETCH(QString, code);
    const auto reply = m_client->graphql(query);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.json.contains("errors"), reply.body.constData());
    const Json &error = reply.json["errors"][0];
    QCOMPARE(QString::fromStdString(error["message"].get<std::string>()), message);
    QCOMPARE(QString::fromStdString(error["extensions"]["code"].get<std::string>()), code);
    QVERIFY(error["locations"][0]["line"].get<int>() >= 1);
    if (code != QLatin1String("argumentLiteralsIncompatible"))
        QVERIFY(!reply.json.contains("data"));
}

void TestShopifyGraphql::variableErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing required") << QStringLiteral("query O($id: ID!) { order(id: $id) { id } }")
                                      << QByteArray("{}")
                                      << QStringLiteral("Variable $id of type ID! was provided invalid value");
    QTest::newRow("wrong type") << QStringLiteral("query P($n: Int!) { products(first: $n) { nodes { id } } }")
                                << QByteArray(R"({"n":"ten"})")
                                << QStringLiteral("Variable $n of type Int! was provided invalid value");
    QTest::newRow("unknown input field")
        << QStringLiteral("mutation S($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) "
                          "@idempotent(key: \"k\") { userErrors { code } } }")
        << QByteArray(
               R"({"input":{"name":"available","reason":"correction","ignoreCompareQuantity":true,"quantities":[]}})")
        << QStringLiteral("Variable $input of type InventorySetQuantitiesInput! was provided invalid value for "
                          "ignoreCompareQuantity (Field is not defined on InventorySetQuantitiesInput)");
}

void TestShopifyGraphql::variableErrors()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, variables);
    QFETCH(QString, message);
    const auto reply = m_client->graphql(query, Json::parse(variables.toStdString()));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json.contains("data"));
    const Json &error = reply.json["errors"][0];
    QCOMPARE(QString::fromStdString(error["message"].get<std::string>()), message);
    QCOMPARE(error["extensions"]["code"].get<std::string>(), std::string("INVALID_VARIABLE"));
    QVERIFY(error["extensions"]["problems"].is_array());
}

void TestShopifyGraphql::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{\"query\": ");
    QTest::newRow("no query") << QByteArray(R"({"variables":{}})");
    QTest::newRow("query not a string") << QByteArray(R"({"query":42})");
    QTest::newRow("variables not an object") << QByteArray(R"({"query":"{ shop { name } }","variables":[1]})");
}

void TestShopifyGraphql::malformedBodies()
{
    QFETCH(QByteArray, body);
    const auto reply = m_client->post(m_emulator->graphqlUrl(),
        body,
        { { "Content-Type", "application/json" }, { "X-Shopify-Access-Token", m_emulator->accessToken().toUtf8() } });
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json["errors"]["query"].get<std::string>(), std::string("Required parameter missing or invalid"));
}

void TestShopifyGraphql::connectionArgumentsEnforced_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("no first or last") << QStringLiteral("{ products { nodes { id } } }")
                                      << QStringLiteral("you must provide one of first or last");
    QTest::newRow("last without before") << QStringLiteral("{ products(last: 5) { nodes { id } } }")
                                         << QStringLiteral("using last without before is not supported");
    QTest::newRow("over 250") << QStringLiteral("{ locations(first: 251) { nodes { id } } }")
                              << QStringLiteral("The first argument must be less than or equal to 250");
}

void TestShopifyGraphql::connectionArgumentsEnforced()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const auto reply = m_client->graphql(query);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json["data"].is_null()); // the connection is non-null, so the null reaches data
    QCOMPARE(QString::fromStdString(reply.json["errors"][0]["message"].get<std::string>()), message);
    QVERIFY(reply.json["errors"][0]["path"].is_array());
}

void TestShopifyGraphql::hostileInputIsAnsweredNotFatal_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QByteArray deep
        = QByteArray("{ shop ").repeated(1) + QByteArray("{ a: shop ").repeated(5000) + QByteArray("}").repeated(5002);
    QTest::newRow("deep nesting") << QByteArray("application/graphql") << deep << QStringLiteral("PARSE_ERROR");
    QTest::newRow("deep list type") << QByteArray("application/graphql")
                                    << QByteArray("query Q($a: ") + QByteArray("[").repeated(5000) + QByteArray("Int")
            + QByteArray("]").repeated(5000) + QByteArray(") { shop { id } }")
                                    << QStringLiteral("PARSE_ERROR");
    QTest::newRow("invalid utf-8 literal")
        << QByteArray("application/graphql") << QByteArray("{ orders(first: 1, query: \"\xff\xfe\") { nodes { id } } }")
        << QString();
    QTest::newRow("huge page size")
        << QByteArray("application/graphql")
        << QByteArray("{ orders(first: 2147483647) { nodes { lineItems(first: 2147483647) { nodes { id } } } } }")
        << QStringLiteral("MAX_COST_EXCEEDED");
    QTest::newRow("explicit null argument")
        << QByteArray("application/graphql")
        << QByteArray("{ fulfillmentOrders(first: 5, includeClosed: null, reverse: null) { nodes { id } } }")
        << QString();
    QTest::newRow("subscription") << QByteArray("application/graphql") << QByteArray("subscription { shop { id } }")
                                  << QStringLiteral("missingSubscriptionConfiguration");
}

void TestShopifyGraphql::hostileInputIsAnsweredNotFatal()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const auto reply = m_client->post(m_emulator->graphqlUrl(),
        body,
        { { "Content-Type", contentType }, { "X-Shopify-Access-Token", m_emulator->accessToken().toUtf8() } });
    QVERIFY(reply.status == 200 || reply.status == 500);
    QVERIFY(!reply.json.is_discarded());
    if (!code.isEmpty())
        QCOMPARE(QString::fromStdString(reply.json["errors"][0]["extensions"]["code"].get<std::string>()), code);
    if (QByteArray(QTest::currentDataTag()) == "explicit null argument")
        QVERIFY2(!reply.json.contains("errors") && reply.json["data"]["fulfillmentOrders"]["nodes"].is_array(),
            reply.body.constData());
    // The emulator is still serving.
    QCOMPARE(m_client->graphql(QStringLiteral("{ shop { id } }")).status, 200);
}

QTEST_GUILESS_MAIN(TestShopifyGraphql)
#include "tst_shopifygraphql.moc"
