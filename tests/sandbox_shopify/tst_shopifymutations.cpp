// Mutations over HTTP with the documents the product sends (resources/shopify/*.graphql): inventory
// compare-and-set, adjustments, @idempotent replay and mismatch, fulfillment, refunds, cancel, returns, and
// the signed webhooks each state change emits, and the catalog writes (product title, variant prices).
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTest>

#include "shopifytestclient.h"
#include "webhooksink.h"

using namespace Quayside::Sandbox;
using Json = ShopifyTestClient::Json;

namespace {
QString doc(const char *name)
{
    return ShopifyTestClient::document(QStringLiteral("resources/shopify/%1.graphql").arg(QLatin1String(name)));
}
std::string str(const Json &j)
{
    return j.is_string() ? j.get<std::string>() : j.dump();
}
} // namespace

class TestShopifyMutations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void setQuantitiesCompareAndSet();
    void setQuantitiesRequiresExplicitChangeFrom();
    void setQuantitiesValidation_data();
    void setQuantitiesValidation();
    void adjustQuantities();
    void idempotentReplayWritesOnce();
    void idempotentKeyWithDifferentInput();
    void idempotentDirectiveRules();
    void idempotencyKeysExpire();
    void idempotentRetryAfterLostResponse();
    void fulfillmentFlow();
    void localPickup();
    void refundFlow();
    void cancelRestocks();
    void returns();
    void productTitleAndPrices();
    void webhooksSignedAndRetried();
    void hmacMatchesIndependentImplementation();
    void webhookSubscriptionsThroughGraphql();
    void webhookFaults_data();
    void webhookFaults();

private:
    Json run(const char *document, const Json &variables);
    QString placeOrder(const QList<OrderLineInput> &lines);
    Json setInput(const QString &sku, int quantity, const Json &changeFrom) const;
    // Variables for AdjustQuantities: one "available" change of m_sku at "main".
    Json receivedAt(const std::string &key, int delta, const Json &changeFrom) const;

    std::unique_ptr<ShopifyEmulator> m_emulator;
    std::unique_ptr<ShopifyTestClient> m_client;
    QString m_sku;
    QString m_sku2;
};

void TestShopifyMutations::init()
{
    m_emulator = std::make_unique<ShopifyEmulator>(World::generate(11));
    QVERIFY(m_emulator->listenLocal() != 0);
    m_client = std::make_unique<ShopifyTestClient>(*m_emulator);
    // Two SKUs stocked at "main" with enough units for every scenario.
    const World &world = m_emulator->store().world();
    m_sku.clear();
    m_sku2.clear();
    for (const auto &v : world.variants()) {
        if (m_emulator->quantity(v.sku, QStringLiteral("main")) < 10)
            continue;
        (m_sku.isEmpty() ? m_sku : m_sku2) = v.sku;
        if (!m_sku2.isEmpty())
            break;
    }
    QVERIFY(!m_sku2.isEmpty());
}

Json TestShopifyMutations::run(const char *document, const Json &variables)
{
    const QString text = doc(document);
    if (text.isEmpty())
        qWarning("missing document %s", document);
    const auto reply = m_client->graphql(text, variables);
    if (qEnvironmentVariableIsSet("SHOPIFY_TEST_TRACE"))
        qWarning("%s", reply.body.left(400).constData());
    if (reply.status != 200 || reply.json.contains("errors"))
        qWarning("%s", reply.body.constData());
    return reply.json;
}

QString TestShopifyMutations::placeOrder(const QList<OrderLineInput> &lines)
{
    OrderInput input;
    input.lines = lines;
    input.customerIndex = 1;
    input.shippingCents = 500;
    return m_emulator->placeOrder(input);
}

Json TestShopifyMutations::setInput(const QString &sku, int quantity, const Json &changeFrom) const
{
    Json q = { { "inventoryItemId", m_emulator->inventoryItemGid(sku).toStdString() },
        { "locationId", m_emulator->locationGid(QStringLiteral("main")).toStdString() },
        { "quantity", quantity } };
    if (!changeFrom.is_discarded())
        q["changeFromQuantity"] = changeFrom;
    return { { "name", "available" },
        { "reason", "correction" },
        { "referenceDocumentUri", "gid://quayside/StockSync/1" },
        { "quantities", Json::array({ q }) } };
}

Json TestShopifyMutations::receivedAt(const std::string &key, int delta, const Json &changeFrom) const
{
    const Json change = { { "inventoryItemId", m_emulator->inventoryItemGid(m_sku).toStdString() },
        { "locationId", m_emulator->locationGid(QStringLiteral("main")).toStdString() },
        { "delta", delta },
        { "changeFromQuantity", changeFrom } };
    return { { "key", key },
        { "input", { { "name", "available" }, { "reason", "received" }, { "changes", Json::array({ change }) } } } };
}

void TestShopifyMutations::setQuantitiesCompareAndSet()
{
    const QString main = QStringLiteral("main");
    const int before = m_emulator->quantity(m_sku, main);
    const int onHandBefore = m_emulator->quantity(m_sku, main, QStringLiteral("on_hand"));
    Json result
        = run("inventory_set_quantities", { { "key", "k-1" }, { "input", setInput(m_sku, before + 7, before) } });
    const Json &payload = result["data"]["inventorySetQuantities"];
    QVERIFY(payload["userErrors"].empty());
    const Json &changes = payload["inventoryAdjustmentGroup"]["changes"];
    QCOMPARE(changes.size(), size_t(2));
    QCOMPARE(str(changes[0]["name"]), std::string("available"));
    QCOMPARE(changes[0]["delta"].get<int>(), 7);
    QCOMPARE(changes[0]["quantityAfterChange"].get<int>(), before + 7);
    QCOMPARE(str(changes[1]["name"]), std::string("on_hand"));
    QCOMPARE(changes[1]["quantityAfterChange"].get<int>(), onHandBefore + 7);
    QCOMPARE(str(changes[0]["item"]["id"]), m_emulator->inventoryItemGid(m_sku).toStdString());
    QCOMPARE(str(payload["inventoryAdjustmentGroup"]["reason"]), std::string("correction"));
    QCOMPARE(m_emulator->quantity(m_sku, main), before + 7);

    // The same expectation again is now stale: nothing is written.
    result = run("inventory_set_quantities", { { "key", "k-2" }, { "input", setInput(m_sku, 3, before) } });
    const Json &stale = result["data"]["inventorySetQuantities"];
    QVERIFY(stale["inventoryAdjustmentGroup"].is_null());
    QCOMPARE(stale["userErrors"].size(), size_t(1));
    QCOMPARE(str(stale["userErrors"][0]["code"]), std::string("CHANGE_FROM_QUANTITY_STALE"));
    QVERIFY(stale["userErrors"][0]["field"] == Json::array({ "input", "quantities", "0", "changeFromQuantity" }));
    QCOMPARE(m_emulator->quantity(m_sku, main), before + 7);

    // null skips the check.
    result = run("inventory_set_quantities", { { "key", "k-3" }, { "input", setInput(m_sku, 3, nullptr) } });
    QVERIFY(result["data"]["inventorySetQuantities"]["userErrors"].empty());
    QCOMPARE(m_emulator->quantity(m_sku, main), 3);
}

void TestShopifyMutations::setQuantitiesRequiresExplicitChangeFrom()
{
    const int before = m_emulator->quantity(m_sku, QStringLiteral("main"));
    const Json result = run(
        "inventory_set_quantities", { { "key", "k" }, { "input", setInput(m_sku, 1, Json::value_t::discarded) } });
    const Json &payload = result["data"]["inventorySetQuantities"];
    QVERIFY(payload["inventoryAdjustmentGroup"].is_null());
    QVERIFY(payload["userErrors"][0]["field"] == Json::array({ "input", "quantities", "0", "changeFromQuantity" }));
    QCOMPARE(m_emulator->quantity(m_sku, QStringLiteral("main")), before);
}

void TestShopifyMutations::setQuantitiesValidation_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad name") << QByteArray(R"({"name":"committed"})") << QStringLiteral("INVALID_NAME")
                              << QStringLiteral("input.name");
    QTest::newRow("bad reason") << QByteArray(R"({"reason":"because"})") << QStringLiteral("INVALID_REASON")
                                << QStringLiteral("input.reason");
    QTest::newRow("unknown item") << QByteArray(R"({"item":"gid://shopify/InventoryItem/1"})")
                                  << QStringLiteral("INVALID_INVENTORY_ITEM")
                                  << QStringLiteral("input.quantities.0.inventoryItemId");
    QTest::newRow("unknown location") << QByteArray(R"({"location":"gid://shopify/Location/1"})")
                                      << QStringLiteral("INVALID_LOCATION")
                                      << QStringLiteral("input.quantities.0.locationId");
    QTest::newRow("too high") << QByteArray(R"({"quantity":1000000001})") << QStringLiteral("INVALID_QUANTITY_TOO_HIGH")
                              << QStringLiteral("input.quantities.0.quantity");
}

void TestShopifyMutations::setQuantitiesValidation()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, code);
    QFETCH(QString, field);
    Json input = setInput(m_sku, 5, nullptr);
    const Json p = Json::parse(patch.toStdString());
    for (const auto &[key, value] : p.items()) {
        if (key == "item")
            input["quantities"][0]["inventoryItemId"] = value;
        else if (key == "location")
            input["quantities"][0]["locationId"] = value;
        else if (key == "quantity")
            input["quantities"][0]["quantity"] = value;
        else
            input[key] = value;
    }
    const int before = m_emulator->quantity(m_sku, QStringLiteral("main"));
    const Json result = run("inventory_set_quantities", { { "key", "v" }, { "input", input } });
    const Json &error = result["data"]["inventorySetQuantities"]["userErrors"][0];
    QCOMPARE(QString::fromStdString(str(error["code"])), code);
    QStringList path;
    for (const auto &segment : error["field"])
        path << QString::fromStdString(segment.get<std::string>());
    QCOMPARE(path.join(QLatin1Char('.')), field);
    QVERIFY(error["message"].is_string());
    QCOMPARE(m_emulator->quantity(m_sku, QStringLiteral("main")), before);
}

void TestShopifyMutations::adjustQuantities()
{
    const QString main = QStringLiteral("main");
    const int before = m_emulator->quantity(m_sku, main);
    const int onHand = m_emulator->quantity(m_sku, main, QStringLiteral("on_hand"));
    const Json change = { { "inventoryItemId", m_emulator->inventoryItemGid(m_sku).toStdString() },
        { "locationId", m_emulator->locationGid(main).toStdString() },
        { "delta", -2 },
        { "changeFromQuantity", before } };
    Json result = run("inventory_adjust_quantities",
        { { "key", "a-1" },
            { "input",
                { { "name", "available" }, { "reason", "shrinkage" }, { "changes", Json::array({ change }) } } } });
    const Json &changes = result["data"]["inventoryAdjustQuantities"]["inventoryAdjustmentGroup"]["changes"];
    QCOMPARE(changes[0]["quantityAfterChange"].get<int>(), before - 2);
    QCOMPARE(changes[1]["quantityAfterChange"].get<int>(), onHand - 2);
    QCOMPARE(m_emulator->quantity(m_sku, main), before - 2);

    // Moving units to "damaged" needs a ledger document and keeps on_hand.
    Json damaged = change;
    damaged["delta"] = 1;
    damaged["changeFromQuantity"] = nullptr;
    result = run("inventory_adjust_quantities",
        { { "key", "a-2" },
            { "input", { { "name", "damaged" }, { "reason", "damaged" }, { "changes", Json::array({ damaged }) } } } });
    QCOMPARE(str(result["data"]["inventoryAdjustQuantities"]["userErrors"][0]["code"]),
        std::string("INVALID_QUANTITY_DOCUMENT"));
    damaged["ledgerDocumentUri"] = "quayside://damage-report/7";
    result = run("inventory_adjust_quantities",
        { { "key", "a-3" },
            { "input", { { "name", "damaged" }, { "reason", "damaged" }, { "changes", Json::array({ damaged }) } } } });
    QVERIFY(result["data"]["inventoryAdjustQuantities"]["userErrors"].empty());
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("damaged")), 1);
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("on_hand")), onHand - 2 + 1);
}

void TestShopifyMutations::idempotentReplayWritesOnce()
{
    const QString main = QStringLiteral("main");
    const int before = m_emulator->quantity(m_sku, main);
    const Json variables = receivedAt("4f5b6ebf-143c-4da5-8d0f-fb8553bfd85d", 5, nullptr);
    const Json first = run("inventory_adjust_quantities", variables);
    const Json second = run("inventory_adjust_quantities", variables);
    QVERIFY(first["data"] == second["data"]);
    QVERIFY(first["data"]["inventoryAdjustQuantities"]["inventoryAdjustmentGroup"]["id"].is_string());
    QCOMPARE(m_emulator->quantity(m_sku, main), before + 5);
}

void TestShopifyMutations::idempotentKeyWithDifferentInput()
{
    const QString main = QStringLiteral("main");
    QVERIFY(run("inventory_set_quantities",
        { { "key", "same" }, { "input", setInput(m_sku, 4, nullptr) } })["data"]["inventorySetQuantities"]["userErrors"]
                .empty());
    const Json result
        = run("inventory_set_quantities", { { "key", "same" }, { "input", setInput(m_sku, 9, nullptr) } });
    const Json &payload = result["data"]["inventorySetQuantities"];
    QVERIFY(payload["inventoryAdjustmentGroup"].is_null());
    QCOMPARE(str(payload["userErrors"][0]["code"]), std::string("IDEMPOTENCY_KEY_PARAMETER_MISMATCH"));
    QCOMPARE(m_emulator->quantity(m_sku, main), 4);
}

void TestShopifyMutations::idempotentDirectiveRules()
{
    const Json variables = { { "input", setInput(m_sku, 2, nullptr) } };
    const QString withoutKey = QStringLiteral("mutation S($input: InventorySetQuantitiesInput!) { "
                                              "inventorySetQuantities(input: $input) { userErrors { code } } }");
    // Mandatory from 2026-04 (the error shape is unverified, shopify.md §3.5).
    auto reply = m_client->graphql(withoutKey, variables);
    QVERIFY(reply.json["data"]["inventorySetQuantities"].is_null());
    QVERIFY(reply.json["errors"][0]["message"].get<std::string>().find("@idempotent") != std::string::npos);
    QVERIFY(m_emulator->quantity(m_sku, QStringLiteral("main")) != 2);
    // Optional on 2026-01.
    reply = m_client->graphql(withoutKey, variables, QString(), QStringLiteral("2026-01"));
    QVERIFY(reply.json["data"]["inventorySetQuantities"]["userErrors"].empty());
    QCOMPARE(m_emulator->quantity(m_sku, QStringLiteral("main")), 2);
    // Blank keys are rejected.
    reply = m_client->graphql(
        doc("inventory_set_quantities"), { { "key", "  " }, { "input", setInput(m_sku, 3, nullptr) } });
    QVERIFY(reply.json["data"]["inventorySetQuantities"].is_null());
    QCOMPARE(m_emulator->quantity(m_sku, QStringLiteral("main")), 2);
    // fulfillmentCreate does not take a key.
    reply = m_client->graphql(QStringLiteral("mutation { fulfillmentCreate(fulfillment: {lineItemsByFulfillmentOrder: "
                                             "[]}) @idempotent(key: \"x\") { userErrors { message } } }"));
    QVERIFY(reply.json["data"]["fulfillmentCreate"].is_null());
    QVERIFY(reply.json["errors"].is_array());
}

void TestShopifyMutations::idempotencyKeysExpire()
{
    qint64 now = 1'795'000'000'000;
    m_emulator->setClock([&now] { return now; });
    m_emulator->setIdempotencyRetentionMs(3'600'000);
    const QString main = QStringLiteral("main");
    const int before = m_emulator->quantity(m_sku, main);
    const Json variables = receivedAt("hourly", 1, nullptr);
    run("inventory_adjust_quantities", variables);
    now += 3'600'000; // still inside the window: a replay
    run("inventory_adjust_quantities", variables);
    QCOMPARE(m_emulator->quantity(m_sku, main), before + 1);
    now += 1; // past the window: the key is new again
    run("inventory_adjust_quantities", variables);
    QCOMPARE(m_emulator->quantity(m_sku, main), before + 2);
}

void TestShopifyMutations::idempotentRetryAfterLostResponse()
{
    // The service applies the mutation but the answer is lost (a 500 after the handler ran); the client
    // retries with the same key and gets the original result, applied once.
    FaultRule rule;
    rule.endpoint = QStringLiteral("graphql");
    rule.kind = FaultKind::ServerError;
    rule.status = 500;
    rule.phase = FaultPhase::After;
    rule.remaining = 1;
    m_emulator->faults()->addRule(rule);
    const int before = m_emulator->quantity(m_sku, QStringLiteral("main"));
    const Json variables = receivedAt("retry-me", 3, before);
    const auto lost = m_client->graphql(doc("inventory_adjust_quantities"), variables);
    QCOMPARE(lost.status, 500);
    QCOMPARE(m_emulator->quantity(m_sku, QStringLiteral("main")), before + 3);
    const auto retried = m_client->graphql(doc("inventory_adjust_quantities"), variables);
    QCOMPARE(retried.status, 200);
    QVERIFY(retried.json["data"]["inventoryAdjustQuantities"]["userErrors"].empty()); // not a stale CAS: a replay
    QCOMPARE(m_emulator->quantity(m_sku, QStringLiteral("main")), before + 3);
}

void TestShopifyMutations::fulfillmentFlow()
{
    const QString main = QStringLiteral("main");
    const int available = m_emulator->quantity(m_sku, main);
    const int onHand = m_emulator->quantity(m_sku, main, QStringLiteral("on_hand"));
    const QString orderId = placeOrder({ { m_sku, 2 }, { m_sku2, 1 } });
    QCOMPARE(m_emulator->quantity(m_sku, main), available - 2);
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("committed")), 2);
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("on_hand")), onHand);

    Json fo = run("fulfillment_orders_for_order",
        { { "id", orderId.toStdString() } })["data"]["order"]["fulfillmentOrders"]["nodes"][0];
    QCOMPARE(str(fo["status"]), std::string("OPEN"));
    QCOMPARE(str(fo["assignedLocation"]["location"]["id"]), m_emulator->locationGid(main).toStdString());
    const Json &lines = fo["lineItems"]["nodes"];
    QCOMPARE(lines.size(), size_t(2));
    QCOMPARE(lines[0]["remainingQuantity"].get<int>(), 2);

    const Json partial = {
        { "notifyCustomer", true },
        { "trackingInfo", { { "company", "UPS" }, { "number", "1Z999" }, { "url", "https://ups.example/1Z999" } } },
        { "lineItemsByFulfillmentOrder",
            Json::array({ { { "fulfillmentOrderId", fo["id"] },
                { "fulfillmentOrderLineItems", Json::array({ { { "id", lines[0]["id"] }, { "quantity", 1 } } }) } } }) }
    };
    Json result = run("fulfillment_create", { { "fulfillment", partial } });
    const Json &fulfillment = result["data"]["fulfillmentCreate"]["fulfillment"];
    QCOMPARE(str(fulfillment["name"]), std::string("#1001.1"));
    QCOMPARE(str(fulfillment["status"]), std::string("SUCCESS"));
    QCOMPARE(str(fulfillment["trackingInfo"][0]["number"]), std::string("1Z999"));
    QCOMPARE(fulfillment["fulfillmentLineItems"]["nodes"][0]["quantity"].get<int>(), 1);
    QVERIFY(result["data"]["fulfillmentCreate"]["userErrors"].empty());
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("committed")), 1);
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("on_hand")), onHand - 1);

    fo = run("fulfillment_orders_for_order",
        { { "id", orderId.toStdString() } })["data"]["order"]["fulfillmentOrders"]["nodes"][0];
    QCOMPARE(str(fo["status"]), std::string("IN_PROGRESS"));
    QCOMPARE(fo["lineItems"]["nodes"][0]["remainingQuantity"].get<int>(), 1);
    Json order = run("order_by_id", { { "id", orderId.toStdString() }, { "lines", 10 } })["data"]["order"];
    QCOMPARE(str(order["displayFulfillmentStatus"]), std::string("PARTIALLY_FULFILLED"));

    // Over-fulfilling is refused with a plain UserError (no code).
    Json over = partial;
    over["lineItemsByFulfillmentOrder"][0]["fulfillmentOrderLineItems"][0]["quantity"] = 5;
    result = run("fulfillment_create", { { "fulfillment", over } });
    QVERIFY(result["data"]["fulfillmentCreate"]["fulfillment"].is_null());
    QVERIFY(!result["data"]["fulfillmentCreate"]["userErrors"][0].contains("code"));
    QVERIFY(result["data"]["fulfillmentCreate"]["userErrors"][0]["message"].is_string());

    // Omitting the line items fulfils everything remaining.
    Json rest = { { "lineItemsByFulfillmentOrder", Json::array({ { { "fulfillmentOrderId", fo["id"] } } }) } };
    result = run("fulfillment_create", { { "fulfillment", rest } });
    QCOMPARE(str(result["data"]["fulfillmentCreate"]["fulfillment"]["name"]), std::string("#1001.2"));
    fo = run("fulfillment_orders_for_order",
        { { "id", orderId.toStdString() } })["data"]["order"]["fulfillmentOrders"]["nodes"][0];
    QCOMPARE(str(fo["status"]), std::string("CLOSED"));
    order = run("order_by_id", { { "id", orderId.toStdString() }, { "lines", 10 } })["data"]["order"];
    QCOMPARE(str(order["displayFulfillmentStatus"]), std::string("FULFILLED"));
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("committed")), 0);
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("on_hand")), onHand - 2);
}

// A buyer who collects: PICK_UP fulfilment order at the shop's own location, no shipping address, taxed
// where collected; prepared for pickup (a notice each call), then picked up by fulfillmentCreate.
void TestShopifyMutations::localPickup()
{
    OrderInput input;
    input.lines = { { m_sku, 1 } };
    input.customerIndex = 1;
    input.pickup = true;
    input.locationKey = QStringLiteral("shipbob-cicero");
    QString error;
    QVERIFY(m_emulator->placeOrder(input, &error).isEmpty()); // a 3PL's centre takes no visitors
    QVERIFY2(error.contains(QStringLiteral("Local pickup is not offered")), qPrintable(error));
    input.locationKey = QStringLiteral("main");
    const QString orderId = m_emulator->placeOrder(input, &error);
    QVERIFY2(!orderId.isEmpty(), qPrintable(error));
    const QString shippedId = placeOrder({ { m_sku, 1 } });

    const auto fulfillmentOrder = [&](const QString &order) {
        return run("fulfillment_orders_for_order",
            { { "id", order.toStdString() } })["data"]["order"]["fulfillmentOrders"]["nodes"][0];
    };
    Json fo = fulfillmentOrder(orderId);
    QCOMPARE(str(fo["deliveryMethod"]["methodType"]), std::string("PICK_UP"));
    QCOMPARE(str(fo["status"]), std::string("OPEN"));
    QCOMPARE(str(fulfillmentOrder(shippedId)["deliveryMethod"]["methodType"]), std::string("SHIPPING"));
    Json order = run("order_by_id", { { "id", orderId.toStdString() }, { "lines", 10 } })["data"]["order"];
    QVERIFY(order["shippingAddress"].is_null());
    const Json byIds = run(
        "orders_by_ids", { { "ids", Json::array({ orderId.toStdString() }) }, { "lines", 10 } })["data"]["nodes"][0];
    QCOMPARE(str(byIds["fulfillmentOrders"]["nodes"][0]["deliveryMethod"]["methodType"]), std::string("PICK_UP"));
    QCOMPARE(
        str(byIds["fulfillmentOrders"]["nodes"][0]["assignedLocation"]["name"]), std::string("Main Street Warehouse"));

    const auto prepare = [&](const Json &id) {
        return run("fulfillment_order_prepared_for_pickup",
            { { "input",
                { { "lineItemsByFulfillmentOrder",
                    Json::array({ { { "fulfillmentOrderId",
                        id } } }) } } } })["data"]["fulfillmentOrderLineItemsPreparedForPickup"]["userErrors"];
    };
    // A shipped order cannot be prepared for pickup.
    Json errors = prepare(fulfillmentOrder(shippedId)["id"]);
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(str(errors[0]["code"]), std::string("FULFILLMENT_ORDER_INVALID"));

    QVERIFY(prepare(fo["id"]).empty());
    QCOMPARE(str(fulfillmentOrder(orderId)["status"]), std::string("IN_PROGRESS"));
    order = run("order_by_id", { { "id", orderId.toStdString() }, { "lines", 10 } })["data"]["order"];
    QCOMPARE(str(order["displayFulfillmentStatus"]), std::string("IN_PROGRESS"));
    const auto notices = [&] {
        const auto &orders = m_emulator->store().orders;
        for (const auto &o : orders)
            if (QString::fromStdString(ShopifyIds::gid("Order", o.id)) == orderId)
                return o.fulfillmentOrders.front().readyForPickupNotices;
        return -1;
    };
    QCOMPARE(notices(), 1);
    QVERIFY(prepare(fo["id"]).empty()); // Shopify has no guard: the buyer is told again
    QCOMPARE(notices(), 2);

    // Collected: the hand-over is a fulfilment, shown as picked up.
    const Json all = { { "lineItemsByFulfillmentOrder", Json::array({ { { "fulfillmentOrderId", fo["id"] } } }) } };
    const Json made = run("fulfillment_create", { { "fulfillment", all } })["data"]["fulfillmentCreate"];
    QVERIFY(made["userErrors"].empty());
    QCOMPARE(str(fulfillmentOrder(orderId)["status"]), std::string("CLOSED"));
    order = run("order_by_id", { { "id", orderId.toStdString() }, { "lines", 10 } })["data"]["order"];
    QCOMPARE(str(order["displayFulfillmentStatus"]), std::string("FULFILLED"));
    const auto shown
        = m_client->graphql(QStringLiteral("{ order(id: \"%1\") { fulfillments { displayStatus } } }").arg(orderId));
    QCOMPARE(str(shown.json["data"]["order"]["fulfillments"][0]["displayStatus"]), std::string("PICKED_UP"));
    errors = prepare(fo["id"]);
    QCOMPARE(str(errors[0]["code"]), std::string("NO_LINE_ITEMS_TO_PREPARE_FOR_FULFILLMENT_ORDER"));
    QCOMPARE(notices(), 2);
}

void TestShopifyMutations::refundFlow()
{
    const QString main = QStringLiteral("main");
    const QString orderId = placeOrder({ { m_sku, 2 } });
    const Json order = run("order_by_id", { { "id", orderId.toStdString() }, { "lines", 10 } })["data"]["order"];
    const std::string lineId = str(order["lineItems"]["nodes"][0]["id"]);
    const int available = m_emulator->quantity(m_sku, main);
    const Json input = { { "orderId", orderId.toStdString() },
        { "note", "Damaged" },
        { "refundLineItems",
            Json::array({ { { "lineItemId", lineId },
                { "quantity", 1 },
                { "restockType", "CANCEL" },
                { "locationId", m_emulator->locationGid(main).toStdString() } } }) },
        { "transactions",
            Json::array({ { { "orderId", orderId.toStdString() },
                { "gateway", "manual" },
                { "kind", "REFUND" },
                { "amount", "10.00" } } }) } };
    Json result = run("refund_create", { { "key", "r-1" }, { "input", input } });
    const Json &payload = result["data"]["refundCreate"];
    QVERIFY(payload["userErrors"].empty());
    QCOMPARE(str(payload["refund"]["totalRefundedSet"]["shopMoney"]["amount"]), std::string("10.00"));
    QCOMPARE(str(payload["order"]["displayFinancialStatus"]), std::string("PARTIALLY_REFUNDED"));
    QCOMPARE(m_emulator->quantity(m_sku, main), available + 1); // the cancelled unit is back
    // Replaying the key refunds nothing more.
    result = run("refund_create", { { "key", "r-1" }, { "input", input } });
    QCOMPARE(
        str(result["data"]["refundCreate"]["order"]["totalRefundedSet"]["shopMoney"]["amount"]), std::string("10.00"));
    // Refunding more than remains is refused.
    Json tooMuch = input;
    tooMuch["refundLineItems"][0]["quantity"] = 2;
    result = run("refund_create", { { "key", "r-2" }, { "input", tooMuch } });
    QVERIFY(result["data"]["refundCreate"]["refund"].is_null());
    QVERIFY(!result["data"]["refundCreate"]["userErrors"].empty());
    // The rest of the money: fully refunded.
    const std::string total = str(order["totalPriceSet"]["shopMoney"]["amount"]);
    const double remaining = std::stod(total) - 10.0;
    Json rest = { { "orderId", orderId.toStdString() },
        { "transactions",
            Json::array({ { { "orderId", orderId.toStdString() },
                { "gateway", "manual" },
                { "kind", "REFUND" },
                { "amount", QString::number(remaining, 'f', 2).toStdString() } } }) } };
    result = run("refund_create", { { "key", "r-3" }, { "input", rest } });
    QCOMPARE(str(result["data"]["refundCreate"]["order"]["displayFinancialStatus"]), std::string("REFUNDED"));
    QCOMPARE(str(result["data"]["refundCreate"]["order"]["totalRefundedSet"]["shopMoney"]["amount"]), total);
}

void TestShopifyMutations::cancelRestocks()
{
    const QString main = QStringLiteral("main");
    const int available = m_emulator->quantity(m_sku, main);
    const QString orderId = placeOrder({ { m_sku, 3 } });
    QCOMPARE(m_emulator->quantity(m_sku, main), available - 3);
    Json result
        = run("order_cancel", { { "orderId", orderId.toStdString() }, { "reason", "CUSTOMER" }, { "restock", true } });
    QVERIFY(result["data"]["orderCancel"]["orderCancelUserErrors"].empty());
    QVERIFY(result["data"]["orderCancel"]["job"]["id"].is_string());
    QCOMPARE(m_emulator->quantity(m_sku, main), available);
    QCOMPARE(m_emulator->quantity(m_sku, main, QStringLiteral("committed")), 0);
    const Json order = run("order_by_id", { { "id", orderId.toStdString() }, { "lines", 10 } })["data"]["order"];
    QVERIFY(order["cancelledAt"].is_string());
    result
        = run("order_cancel", { { "orderId", orderId.toStdString() }, { "reason", "CUSTOMER" }, { "restock", true } });
    QCOMPARE(str(result["data"]["orderCancel"]["orderCancelUserErrors"][0]["code"]), std::string("INVALID"));
    result
        = run("order_cancel", { { "orderId", "gid://shopify/Order/1" }, { "reason", "OTHER" }, { "restock", false } });
    QCOMPARE(str(result["data"]["orderCancel"]["orderCancelUserErrors"][0]["code"]), std::string("NOT_FOUND"));
}

void TestShopifyMutations::returns()
{
    const QString orderId = placeOrder({ { m_sku, 2 } });
    const Json fo = run("fulfillment_orders_for_order",
        { { "id", orderId.toStdString() } })["data"]["order"]["fulfillmentOrders"]["nodes"][0];
    const Json shipped = run("fulfillment_create",
        { { "fulfillment",
            { { "lineItemsByFulfillmentOrder", Json::array({ { { "fulfillmentOrderId", fo["id"] } } }) } } } });
    const Json fulfillmentLine
        = shipped["data"]["fulfillmentCreate"]["fulfillment"]["fulfillmentLineItems"]["nodes"][0]["id"];
    QVERIFY(fulfillmentLine.is_string());

    Json result = run("return_request",
        { { "input",
            { { "orderId", orderId.toStdString() },
                { "returnLineItems",
                    Json::array({ { { "fulfillmentLineItemId", fulfillmentLine },
                        { "quantity", 1 },
                        { "customerNote", "too small" } } }) } } } });
    QCOMPARE(str(result["data"]["returnRequest"]["return"]["status"]), std::string("REQUESTED"));
    QCOMPARE(
        str(run("order_by_id", { { "id", orderId.toStdString() }, { "lines", 1 } })["data"]["order"]["returnStatus"]),
        std::string("RETURN_REQUESTED"));
    result = run("return_create",
        { { "returnInput",
            { { "orderId", orderId.toStdString() },
                { "returnLineItems",
                    Json::array({ { { "fulfillmentLineItemId", fulfillmentLine },
                        { "quantity", 1 },
                        { "returnReasonNote", "broken" } } }) } } } });
    QCOMPARE(str(result["data"]["returnCreate"]["return"]["status"]), std::string("OPEN"));
    QCOMPARE(str(result["data"]["returnCreate"]["return"]["name"]), std::string("#1001-R2"));
    // Both units are now in returns: a third is refused with a typed ReturnUserError.
    result = run("return_create",
        { { "returnInput",
            { { "orderId", orderId.toStdString() },
                { "returnLineItems",
                    Json::array({ { { "fulfillmentLineItemId", fulfillmentLine }, { "quantity", 1 } } }) } } } });
    QVERIFY(result["data"]["returnCreate"]["return"].is_null());
    QCOMPARE(str(result["data"]["returnCreate"]["userErrors"][0]["code"]), std::string("INVALID"));
}

void TestShopifyMutations::productTitleAndPrices()
{
    const ShopifyStore &store = m_emulator->store();
    const int v = store.world().variantIndexBySku(m_sku);
    const StoreVariant &variant = store.variants[size_t(v)];
    const StoreProduct &product = store.products[size_t(variant.product)];
    const std::string productGid = ShopifyIds::gid("Product", product.id);
    const std::string variantGid = ShopifyIds::gid("ProductVariant", variant.id);

    Json titled = run("product_update", { { "product", { { "id", productGid }, { "title", "Harbour Lamp" } } } });
    QVERIFY(titled["data"]["productUpdate"]["userErrors"].empty());
    QCOMPARE(str(titled["data"]["productUpdate"]["product"]["title"]), std::string("Harbour Lamp"));
    QCOMPARE(product.title, std::string("Harbour Lamp"));
    Json blank = run("product_update", { { "product", { { "id", productGid }, { "title", "  " } } } });
    QCOMPARE(str(blank["data"]["productUpdate"]["userErrors"][0]["field"][0]), std::string("title"));
    QVERIFY(blank["data"]["productUpdate"]["product"].is_null());
    Json unknown = run("product_update", { { "product", { { "id", "gid://shopify/Product/1" }, { "title", "X" } } } });
    QCOMPARE(str(unknown["data"]["productUpdate"]["userErrors"][0]["message"]), std::string("Product does not exist"));

    Json priced = run("product_variants_prices",
        { { "productId", productGid },
            { "variants", Json::array({ { { "id", variantGid }, { "price", "12.34" } } }) } });
    const Json &payload = priced["data"]["productVariantsBulkUpdate"];
    QVERIFY(payload["userErrors"].empty());
    QCOMPARE(str(payload["productVariants"][0]["price"]), std::string("12.34"));
    QCOMPARE(variant.priceCents, qint64(1234));
    // One bad entry refuses the whole call (allowPartialUpdates is false by default).
    Json negative = run("product_variants_prices",
        { { "productId", productGid },
            { "variants",
                Json::array({ { { "id", variantGid }, { "price", "5.00" } },
                    { { "id", variantGid }, { "price", "-1.00" } } }) } });
    QCOMPARE(str(negative["data"]["productVariantsBulkUpdate"]["userErrors"][0]["code"]),
        std::string("NEGATIVE_PRICE_VALUE"));
    QCOMPARE(variant.priceCents, qint64(1234));
    // A variant of another product is not this product's.
    int other = 0;
    while (other < int(store.variants.size()) && store.variants[size_t(other)].product == variant.product)
        ++other;
    QVERIFY(other < int(store.variants.size()));
    Json foreign = run("product_variants_prices",
        { { "productId", productGid },
            { "variants",
                Json::array({ { { "id", ShopifyIds::gid("ProductVariant", store.variants[size_t(other)].id) },
                    { "price", "1.00" } } }) } });
    QCOMPARE(str(foreign["data"]["productVariantsBulkUpdate"]["userErrors"][0]["code"]),
        std::string("PRODUCT_VARIANT_DOES_NOT_EXIST"));
}

void TestShopifyMutations::webhooksSignedAndRetried()
{
    WebhookSink sink;
    QVERIFY(sink.url().isValid());
    m_emulator->setAppSecret("app-secret-for-test");
    m_emulator->setWebhookRetrySchedule({ 10, 10 });
    for (const char *topic : { "orders/create", "orders/cancelled", "inventory_levels/update" })
        m_emulator->setWebhookSubscription(sink.url(), QString::fromLatin1(topic));
    sink.scriptStatuses({ 500 }); // the first delivery fails and is retried

    const QString orderId = placeOrder({ { m_sku, 1 } });
    QTRY_COMPARE_WITH_TIMEOUT(sink.deliveriesFor("orders/create").size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(sink.deliveriesFor("inventory_levels/update").size(), 1, 5000);
    const auto creates = sink.deliveriesFor("orders/create");
    for (const auto &d : creates) {
        const QByteArray expected
            = QMessageAuthenticationCode::hash(d.body, "app-secret-for-test", QCryptographicHash::Sha256).toBase64();
        QCOMPARE(d.header("X-Shopify-Hmac-Sha256"), expected);
        QCOMPARE(d.header("X-Shopify-Shop-Domain"), QByteArray("quayside-sandbox.myshopify.com"));
        QCOMPARE(d.header("X-Shopify-API-Version"), QByteArray("2026-10"));
        QVERIFY(!d.header("X-Shopify-Triggered-At").isEmpty());
        QVERIFY(!d.header("X-Shopify-Event-Id").isEmpty());
        QCOMPARE(d.header("Content-Type"), QByteArray("application/json"));
    }
    QCOMPARE(creates[0].header("X-Shopify-Webhook-Id"),
        creates[1].header("X-Shopify-Webhook-Id")); // a retry, not a new event
    QCOMPARE(creates[0].body, creates[1].body);
    const Json order = Json::parse(creates[0].body.toStdString());
    QCOMPARE(str(order["admin_graphql_api_id"]), orderId.toStdString());
    QCOMPARE(str(order["name"]), std::string("#1001"));
    QCOMPARE(str(order["line_items"][0]["sku"]), m_sku.toStdString());
    QVERIFY(order["id"].is_number_integer());

    const Json level = Json::parse(sink.deliveriesFor("inventory_levels/update")[0].body.toStdString());
    QCOMPARE(level["available"].get<int>(), m_emulator->quantity(m_sku, QStringLiteral("main")));
    QVERIFY(str(level["admin_graphql_api_id"]).find("?inventory_item_id=") != std::string::npos);

    run("order_cancel", { { "orderId", orderId.toStdString() }, { "reason", "FRAUD" }, { "restock", true } });
    QTRY_COMPARE_WITH_TIMEOUT(sink.deliveriesFor("orders/cancelled").size(), 1, 5000);
    const Json cancelled = Json::parse(sink.deliveriesFor("orders/cancelled")[0].body.toStdString());
    QCOMPARE(str(cancelled["cancel_reason"]), std::string("fraud"));
    QVERIFY(cancelled["cancelled_at"].is_string());
    QVERIFY(sink.deliveriesFor("orders/cancelled")[0].header("X-Shopify-Event-Id")
        != creates[0].header("X-Shopify-Event-Id"));
}

void TestShopifyMutations::hmacMatchesIndependentImplementation()
{
    // Golden value from node: crypto.createHmac('sha256', secret).update(body, 'utf8').digest('base64'),
    // the definition Shopify's own test helper getHmac() uses.
    QCOMPARE(ShopifyEmulator::hmacBase64(
                 QByteArrayLiteral("{\"id\":1,\"name\":\"#1001\"}"), QByteArrayLiteral("sandbox-client-secret")),
        QByteArray("JuRHZzuJ3Be8yqdEieETaG9YLfwylOT7X1k9BoOzIRc="));
}

void TestShopifyMutations::webhookSubscriptionsThroughGraphql()
{
    WebhookSink sink;
    Json result = run("webhook_subscription_create",
        { { "topic", "INVENTORY_LEVELS_UPDATE" }, { "uri", sink.url().toString().toStdString() } });
    const Json subscription = result["data"]["webhookSubscriptionCreate"]["webhookSubscription"];
    QCOMPARE(str(subscription["topic"]), std::string("INVENTORY_LEVELS_UPDATE"));
    QCOMPARE(str(subscription["apiVersion"]["handle"]), std::string("2026-10"));
    // The same address for the same topic is refused.
    result = run("webhook_subscription_create",
        { { "topic", "INVENTORY_LEVELS_UPDATE" }, { "uri", sink.url().toString().toStdString() } });
    QVERIFY(result["data"]["webhookSubscriptionCreate"]["webhookSubscription"].is_null());
    QVERIFY(result["data"]["webhookSubscriptionCreate"]["userErrors"][0]["message"].is_string());
    result = run("webhook_subscription_create", { { "topic", "ORDERS_CREATE" }, { "uri", "not a url" } });
    QCOMPARE(str(result["data"]["webhookSubscriptionCreate"]["userErrors"][0]["message"]),
        std::string("Address is invalid"));

    const Json listed = run("webhook_subscriptions", { { "after", nullptr } })["data"]["webhookSubscriptions"]["nodes"];
    QCOMPARE(listed.size(), size_t(1));
    QCOMPARE(str(listed[0]["uri"]), sink.url().toString().toStdString());

    // A stock change is delivered to the address registered through the API, under the REST topic name.
    const int before = m_emulator->quantity(m_sku, QStringLiteral("main"));
    QVERIFY(run("inventory_set_quantities",
        { { "key", "w-1" },
            { "input", setInput(m_sku, before + 1, before) } })["data"]["inventorySetQuantities"]["userErrors"]
                .empty());
    QTRY_COMPARE_WITH_TIMEOUT(sink.deliveries().size(), 1, 5000);
    QCOMPARE(sink.deliveries()[0].header("X-Shopify-Topic"), QByteArray("inventory_levels/update"));
    QCOMPARE(Json::parse(sink.deliveries()[0].body.toStdString())["available"].get<int>(), before + 1);

    result = run("webhook_subscription_delete", { { "id", subscription["id"] } });
    QVERIFY(result["data"]["webhookSubscriptionDelete"]["deletedWebhookSubscriptionId"] == subscription["id"]);
    QSignalSpy queued(m_emulator.get(), &ShopifyEmulator::webhookQueued);
    run("inventory_set_quantities", { { "key", "w-2" }, { "input", setInput(m_sku, before, nullptr) } });
    QCOMPARE(queued.count(), 0);
    QVERIFY(run("webhook_subscriptions", { { "after", nullptr } })["data"]["webhookSubscriptions"]["nodes"].empty());
}

void TestShopifyMutations::webhookFaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("duplicate") << int(FaultKind::DuplicateWebhook);
    QTest::newRow("out of order") << int(FaultKind::OutOfOrderWebhook);
}

void TestShopifyMutations::webhookFaults()
{
    QFETCH(int, kind);
    WebhookSink sink;
    m_emulator->setWebhookSubscription(sink.url(), QStringLiteral("orders/create"));
    FaultRule rule;
    rule.endpoint = QStringLiteral("webhook:orders/create");
    rule.kind = FaultKind(kind);
    rule.remaining = 1;
    m_emulator->faults()->addRule(rule);
    const QString first = placeOrder({ { m_sku, 1 } });
    if (FaultKind(kind) == FaultKind::OutOfOrderWebhook)
        QCOMPARE(m_emulator->webhookDispatcher()->pendingCount(), 1); // held back (still pending) behind the next event
    const QString second = placeOrder({ { m_sku2, 1 } });
    if (FaultKind(kind) == FaultKind::DuplicateWebhook) {
        QTRY_COMPARE_WITH_TIMEOUT(sink.deliveries().size(), 3, 5000);
        // At-least-once: the same delivery twice, same webhook id; receivers dedupe on it.
        QCOMPARE(
            sink.deliveries()[0].header("X-Shopify-Webhook-Id"), sink.deliveries()[1].header("X-Shopify-Webhook-Id"));
        QCOMPARE(sink.deliveries()[0].body, sink.deliveries()[1].body);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(sink.deliveries().size(), 2, 5000);
        QStringList ids;
        for (const auto &d : sink.deliveries())
            ids << QString::fromStdString(Json::parse(d.body.toStdString())["admin_graphql_api_id"].get<std::string>());
        ids.sort();
        QCOMPARE(ids, (QStringList { first, second }));
    }
}

QTEST_GUILESS_MAIN(TestShopifyMutations)
#include "tst_shopifymutations.moc"
