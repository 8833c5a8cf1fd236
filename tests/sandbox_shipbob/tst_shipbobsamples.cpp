// Records real requests and responses of the ShipBob emulator, plus deliberately wrong ones, as samples for the
// OpenAPI conformance check (tests/tooling/shipbob/validate-samples.mjs, run by ctest after this test).
// The samples go to $QUAYSIDE_SHIPBOB_SAMPLES (one JSON file); each says whether it must validate or must not.

#include <QDir>
#include <QFile>
#include <QTest>

#include "tests/sandbox_shipbob/shipbobtestclient.h"

using namespace Quayside::Sandbox;
using namespace Quayside::Sandbox::Test;
using nlohmann::json;

class TestShipBobSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordSamples();
    void cleanupTestCase();

private:
    // Sends and records; `checkRequest` also validates the request body against the operation's requestBody.
    ApiReply record(
        const char *name, const QByteArray &method, const QString &path, const json &body, bool checkRequest)
    {
        const QByteArray raw = body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump());
        const ApiReply r = m_client->send(method, path, raw);
        json sample = { { "name", name },
            { "method", method.toStdString() },
            { "path", "/2026-01/" + path.section(QLatin1Char('?'), 0, 0).toStdString() },
            { "status", r.status },
            { "requestBody", body },
            { "checkRequest", checkRequest },
            { "responseBody", r.body.isEmpty() ? json(nullptr) : r.json() },
            { "responseText", r.body.toStdString() },
            { "expect", "valid" } };
        m_samples.push_back(sample);
        return r;
    }
    int recordGet(const char *name, const QString &path) { return record(name, "GET", path, nullptr, false).status; }
    void recordPayload(const char *name, const char *schema, const json &payload, const char *expect = "valid")
    {
        m_samples.push_back(
            { { "name", name }, { "schema", schema }, { "responseBody", payload }, { "expect", expect } });
    }
    void recordBroken(const char *name, json sample)
    {
        sample["name"] = name;
        sample["expect"] = "invalid";
        m_samples.push_back(sample);
    }

    std::unique_ptr<World> m_world;
    std::unique_ptr<ShipBobEmulator> m_emulator;
    std::unique_ptr<ShipBobTestClient> m_client;
    json m_samples = json::array();
};

void TestShipBobSamples::initTestCase()
{
    m_world = std::make_unique<World>(World::generate(11));
    m_emulator = std::make_unique<ShipBobEmulator>(*m_world, 11);
    QVERIFY(m_emulator->listenLocal() != 0);
    m_client = std::make_unique<ShipBobTestClient>(*m_emulator);
}

void TestShipBobSamples::recordSamples()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listenLocal() != 0);
    const QUrl hook = receiver.hookUrl();
    QString sku;
    for (const auto &item : m_emulator->state().inventory())
        if (item.onHand >= 10) {
            sku = item.sku;
            break;
        }
    QVERIFY(!sku.isEmpty());
    const auto plan = m_emulator->progressionPlan();

    QCOMPARE(recordGet("channels", QStringLiteral("channel")), 200);
    QCOMPARE(recordGet("fulfillment centres", QStringLiteral("fulfillment-center")), 200);
    QCOMPARE(recordGet("shipping methods", QStringLiteral("shipping-method")), 200);
    const json webhook
        = { { "topics", { "order.shipped", "order.shipment.delivered", "order.shipment.cancelled", "return.created" } },
              { "url", hook.toString().toStdString() },
              { "description", "samples" } };
    const auto subscribed = record("subscribe", "POST", QStringLiteral("webhook"), webhook, true);
    QCOMPARE(subscribed.status, 200);
    QCOMPARE(recordGet("subscriptions", QStringLiteral("webhook")), 200);

    json body = orderBody(QStringLiteral("S-1"), sku, 2);
    body["tags"] = json::array({ { { "name", "source" }, { "value", "quayside" } } });
    body["gift_message"] = "Happy birthday";
    body["products"][0]["external_line_id"] = 7;
    const auto created = record("create order", "POST", QStringLiteral("order"), body, true);
    QCOMPARE(created.status, 201);
    const int orderId = created.json()["id"].get<int>();
    const int shipmentId = created.json()["shipments"][0]["id"].get<int>();
    QCOMPARE(record("duplicate order", "POST", QStringLiteral("order"), body, true).status, 422);
    json bad = body;
    bad.erase("recipient");
    bad["reference_id"] = "S-bad";
    QCOMPARE(record("invalid order", "POST", QStringLiteral("order"), bad, false).status, 400);
    json byId = orderBody(QStringLiteral("S-2"), sku, 1);
    byId["products"] = json::array({ { { "id", created.json()["products"][0]["id"] }, { "quantity", 1 } } });
    // Not request-checked: the document's AddProductToOrderByProductIdModel requires a `product_id` it does not
    // define while forbidding undefined properties, so no request body can satisfy it (see SOURCE.md).
    QCOMPARE(record("create order by product id", "POST", QStringLiteral("order"), byId, false).status, 201);
    json held = orderBody(QStringLiteral("S-3"), sku, 1);
    held["recipient"]["address"].erase("zip_code");
    const int heldId = record("create held order", "POST", QStringLiteral("order"), held, true)
                           .json()["shipments"][0]["id"]
                           .get<int>();
    const int exceptionId = record("create out of stock order",
        "POST",
        QStringLiteral("order"),
        orderBody(QStringLiteral("S-4"), sku, 100000),
        true)
                                .json()["shipments"][0]["id"]
                                .get<int>();

    QCOMPARE(recordGet("processing shipment", QStringLiteral("shipment/%1").arg(shipmentId)), 200);
    QCOMPARE(recordGet("held shipment", QStringLiteral("shipment/%1").arg(heldId)), 200);
    QCOMPARE(recordGet("exception shipment", QStringLiteral("shipment/%1").arg(exceptionId)), 200);
    m_emulator->advance(plan.pickMs + plan.packMs + plan.labelMs);
    QCOMPARE(recordGet("labeled shipment", QStringLiteral("shipment/%1").arg(shipmentId)), 200);
    QCOMPARE(recordGet("order", QStringLiteral("order/%1").arg(orderId)), 200);
    QCOMPARE(recordGet("orders", QStringLiteral("order?Limit=10&HasTracking=true")), 200);
    QCOMPARE(recordGet("order shipments", QStringLiteral("order/%1/shipment").arg(orderId)), 200);
    QCOMPARE(recordGet("order shipment", QStringLiteral("order/%1/shipment/%2").arg(orderId).arg(shipmentId)), 200);
    QCOMPARE(
        record("cancel shipped", "POST", QStringLiteral("shipment/%1:cancel").arg(shipmentId), nullptr, false).status,
        422);
    m_emulator->advance(plan.inTransitMs + plan.deliverMs);
    QCOMPARE(recordGet("delivered shipment", QStringLiteral("shipment/%1").arg(shipmentId)), 200);
    QCOMPARE(recordGet("timeline", QStringLiteral("shipment/%1/timeline").arg(shipmentId)), 200);
    QCOMPARE(
        recordGet("order timeline", QStringLiteral("order/%1/shipment/%2/timeline").arg(orderId).arg(shipmentId)), 200);
    QCOMPARE(recordGet("tracking", QStringLiteral("shipments-tracking?ShipmentIds=%1").arg(shipmentId)), 200);
    QCOMPARE(record("tracking uploaded",
                 "POST",
                 QStringLiteral("shipment:batchUpdateTrackingUpload"),
                 { { "shipment_ids", { shipmentId, 1 } }, { "is_tracking_uploaded", true } },
                 true)
                 .status,
        200);
    const int toCancel = record(
        "create order to cancel", "POST", QStringLiteral("order"), orderBody(QStringLiteral("S-5"), sku, 1), true)
                             .json()["id"]
                             .get<int>();
    QCOMPARE(
        record("cancel order", "POST", QStringLiteral("order/%1:cancel").arg(toCancel), nullptr, false).status, 200);
    QCOMPARE(recordGet("cancelled shipment", QStringLiteral("order/%1/shipment").arg(toCancel)), 200);
    QCOMPARE(record("batch cancel",
                 "POST",
                 QStringLiteral("shipment:batchCancel"),
                 { { "shipment_ids", { heldId, shipmentId } } },
                 true)
                 .status,
        200);
    QCOMPARE(
        record("release cancel", "POST", QStringLiteral("shipment/%1:cancel").arg(exceptionId), nullptr, false).status,
        200);

    const int inventoryId = m_emulator->inventoryId(sku);
    QCOMPARE(recordGet("inventory levels", QStringLiteral("inventory-level?PageSize=5")), 200);
    QCOMPARE(recordGet("inventory level", QStringLiteral("inventory-level/%1").arg(inventoryId)), 200);
    QCOMPARE(recordGet("inventory by location", QStringLiteral("inventory-level/locations?PageSize=5")), 200);
    QCOMPARE(
        recordGet("inventory item by location", QStringLiteral("inventory-level/%1/locations").arg(inventoryId)), 200);

    const json returnBody = { { "reference_id", "RMA-S-1" },
        { "fulfillment_center", { { "id", m_emulator->fulfillmentCenterId() } } },
        { "original_shipment_id", shipmentId },
        { "tracking_number", "1Z0000000000000001" },
        { "inventory", { { { "id", inventoryId }, { "quantity", 1 }, { "requested_action", "Restock" } } } } };
    const auto ret = record("create return", "POST", QStringLiteral("return"), returnBody, true);
    QCOMPARE(ret.status, 201);
    QCOMPARE(record("duplicate return", "POST", QStringLiteral("return"), returnBody, true).status, 422);
    QCOMPARE(
        record("invalid return", "POST", QStringLiteral("return"), { { "reference_id", "x" } }, false).status, 400);
    m_emulator->advance(plan.returnArriveMs + plan.returnProcessMs + plan.returnCompleteMs);
    QCOMPARE(
        record("return", "GET", QStringLiteral("return/%1").arg(ret.json()["id"].get<int>()), nullptr, false).status,
        200);
    QCOMPARE(recordGet("returns", QStringLiteral("return")), 200);
    QCOMPARE(record("unsubscribe",
                 "DELETE",
                 QStringLiteral("webhook/%1").arg(QString::fromStdString(subscribed.json()["id"].get<std::string>())),
                 nullptr,
                 false)
                 .status,
        204);

    m_client->setToken("wrong");
    QCOMPARE(recordGet("unauthorized order", QStringLiteral("order")), 401);
    QCOMPARE(recordGet("unauthorized inventory", QStringLiteral("inventory-level")), 401);
    m_client->setToken(m_emulator->token());
    m_emulator->setRateLimit(0);
    QCOMPARE(recordGet("rate limited", QStringLiteral("order")), 429);

    // Webhook payloads are the shipment and the return as the API shows them.
    QTRY_VERIFY_WITH_TIMEOUT(receiver.received.size() >= 4, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->webhookDispatcher()->pendingCount(), 0, 5000);
    for (const auto &request : receiver.received) {
        const QByteArray topic = request.header("x-webhook-topic");
        const char *schema = topic.startsWith("return.") ? "Returns.PublicReturnDto" : "Orders.ShipmentViewModel";
        recordPayload(topic.constData(), schema, json::parse(request.body.toStdString()));
    }

    // Deliberately wrong shapes: the checker must reject every one of them.
    json order = created.json();
    order["status"] = "Shipped";
    recordPayload("order with a status outside the enum", "Orders.OrderViewModel", order, "invalid");
    order = created.json();
    order["shipments"][0]["id"] = "520001";
    recordPayload("shipment id as a string", "Orders.OrderViewModel", order, "invalid");
    order = created.json();
    order["unexpected"] = true;
    recordPayload("order with a property the spec lacks", "Orders.OrderViewModel", order, "invalid");
    order = created.json();
    order["recipient"]["address"].erase("city");
    recordPayload("recipient address without its city", "Orders.OrderViewModel", order, "invalid");
    json request = body;
    request.erase("reference_id");
    recordBroken("create order request without reference_id",
        { { "method", "POST" },
            { "path", "/2026-01/order" },
            { "status", 201 },
            { "requestBody", request },
            { "checkRequest", true },
            { "responseBody", created.json() } });
    recordBroken("422 messages not in arrays",
        { { "method", "POST" },
            { "path", "/2026-01/order" },
            { "status", 422 },
            { "requestBody", nullptr },
            { "checkRequest", false },
            { "responseBody", { { "reference_id", "exists" } } } });
    recordBroken("status the operation does not have",
        { { "method", "GET" },
            { "path", "/2026-01/channel" },
            { "status", 418 },
            { "requestBody", nullptr },
            { "checkRequest", false },
            { "responseBody", nullptr } });
}

void TestShipBobSamples::cleanupTestCase()
{
    const QString path = qEnvironmentVariable(
        "QUAYSIDE_SHIPBOB_SAMPLES", QDir::temp().filePath(QStringLiteral("shipbob-samples.json")));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(QByteArray::fromStdString(m_samples.dump(1)));
    qInfo("wrote %d samples to %s", int(m_samples.size()), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestShipBobSamples)
#include "tst_shipbobsamples.moc"
