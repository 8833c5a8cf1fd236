// The ShipBob 2026-01 emulator over real HTTP: auth and channel header, order creation and its idempotency
// (422 on a repeated reference_id), validation errors, listing, shipment progression on the simulated clock,
// inventory arithmetic, cancellation, holds, returns and tracking.

#include <QTest>

#include "tests/sandbox_shipbob/shipbobtestclient.h"

using namespace Quayside::Sandbox;
using namespace Quayside::Sandbox::Test;
using nlohmann::json;

namespace {

constexpr quint64 kSeed = 42;

int shipbobLocationIndex(const World &world)
{
    for (int l = 0; l < world.locations().size(); ++l)
        if (world.locations().at(l).shipbobFulfillmentCenterId != 0)
            return l;
    return -1;
}

// The n-th SKU that ShipBob holds at least `minimum` of.
QString stockedSku(const World &world, int minimum, int n = 0)
{
    const int l = shipbobLocationIndex(world);
    for (int v = 0; v < world.variants().size(); ++v)
        if (world.openingStock(v, l) >= minimum && n-- == 0)
            return world.variants().at(v).sku;
    return QString();
}

int rank(const json &shipment)
{
    const std::string status = shipment.value("status", std::string());
    const bool delivered = shipment.contains("delivery_date") && !shipment["delivery_date"].is_null();
    if (delivered)
        return 4;
    if (status == "Completed")
        return 3;
    if (status == "LabeledCreated")
        return 2;
    if (status == "Processing")
        return 1;
    return 0;
}

bool timelineHas(const json &timeline, const std::string &name)
{
    for (const auto &entry : timeline)
        if (entry.at("log_type_name") == name)
            return true;
    return false;
}

bool isModelState(const json &body)
{
    if (!body.is_object() || body.empty())
        return false;
    for (const auto &[key, value] : body.items()) {
        if (!value.is_array() || value.empty())
            return false;
        for (const auto &message : value)
            if (!message.is_string())
                return false;
    }
    return true;
}

} // namespace

class TestShipBobApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bearerTokenIsRequired();
    void channelIsListed();
    void channelHeaderIsChecked();
    void createdOrderCanBeRead();
    void repeatedReferenceIdIs422AndFindable();
    void badOrdersGetShipBobErrors_data();
    void badOrdersGetShipBobErrors();
    void ordersAreFilteredAndPaged();
    void shipmentProgressesWithTheClock();
    void shipmentStatusNeverGoesBack();
    void inventoryFollowsOrders();
    void outOfStockIsAnException();
    void cancelBeforeShipping();
    void cancelAfterShippingFails();
    void splitShipmentShipsInTwoParts();
    void holdAndRelease();
    void returnLifecycle();
    void returnValidation();
    void trackingAndUploadFlag();
    void unknownRoutesAndIds();
    void sandboxSimulations();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void autoProgressMovesByItself();

private:
    std::unique_ptr<World> m_world;
    std::unique_ptr<ShipBobEmulator> m_emulator;
    std::unique_ptr<ShipBobTestClient> m_client;
    QString m_sku;

    json createOrder(const QString &reference, const QString &sku, int quantity)
    {
        const auto r = m_client->post(QStringLiteral("order"), orderBody(reference, sku, quantity));
        if (r.status != 201)
            qWarning("create %s: %d %s", qPrintable(reference), r.status, r.body.constData());
        return r.json();
    }
    json inventoryOf(const QString &sku)
    {
        return m_client->get(QStringLiteral("inventory-level/%1").arg(m_emulator->inventoryId(sku))).json();
    }
};

void TestShipBobApi::initTestCase()
{
    m_world = std::make_unique<World>(World::generate(kSeed));
    m_sku = stockedSku(*m_world, 20);
    QVERIFY(!m_sku.isEmpty());
}

void TestShipBobApi::init()
{
    m_emulator = std::make_unique<ShipBobEmulator>(*m_world, kSeed);
    QVERIFY(m_emulator->listenLocal() != 0);
    m_emulator->setRateLimit(1000000); // these tests poll a lot; tst_shipbobdelivery tests the 150/min window
    m_client = std::make_unique<ShipBobTestClient>(*m_emulator);
}

void TestShipBobApi::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestShipBobApi::bearerTokenIsRequired()
{
    m_client->setToken(QByteArray());
    auto r = m_client->get(QStringLiteral("order"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));

    m_client->setToken("not-the-token");
    QCOMPARE(m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("A-1"), m_sku, 1)).status, 401);
    QVERIFY(!m_emulator->orderByReference(QStringLiteral("A-1")));

    r = m_client->get(QStringLiteral("inventory-level"));
    QCOMPARE(r.status, 401); // the inventory API answers with ProblemDetails
    QCOMPARE_JSON(r.json().value("status", 0), 401);

    m_client->setToken(m_emulator->token());
    QCOMPARE(m_client->get(QStringLiteral("order")).status, 200);
}

void TestShipBobApi::channelIsListed()
{
    const auto r = m_client->get(QStringLiteral("channel"));
    QCOMPARE(r.status, 200);
    const json body = r.json();
    QCOMPARE(body["items"].size(), size_t(1));
    QCOMPARE(body["items"][0]["id"].get<int>(), m_emulator->channelId());

    const json centres = m_client->get(QStringLiteral("fulfillment-center")).json();
    QCOMPARE(centres.size(), size_t(1));
    QCOMPARE(centres[0]["id"].get<int>(), 10);
}

void TestShipBobApi::channelHeaderIsChecked()
{
    m_client->setChannel(QByteArray());
    auto r = m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("C-1"), m_sku, 1));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json().contains("shipbob_channel_id"));
    QVERIFY(isModelState(r.json()));
    QCOMPARE(m_client->get(QStringLiteral("order")).status, 200); // optional on reads

    m_client->setChannel("abc");
    QCOMPARE(m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("C-1"), m_sku, 1)).status, 400);
    m_client->setChannel(QByteArray::number(m_emulator->channelId() + 1));
    QCOMPARE(m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("C-1"), m_sku, 1)).status, 403);
    QCOMPARE(m_client->get(QStringLiteral("order")).status, 403);
    QVERIFY(!m_emulator->orderByReference(QStringLiteral("C-1")));
}

void TestShipBobApi::createdOrderCanBeRead()
{
    const auto r = m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("SO-1001"), m_sku, 2));
    QCOMPARE(r.status, 201);
    const json order = r.json();
    QCOMPARE_JSON(order["reference_id"], "SO-1001");
    QCOMPARE_JSON(order["status"], "Processing");
    QCOMPARE(order["channel"]["id"].get<int>(), m_emulator->channelId());
    QCOMPARE(order["products"][0]["quantity"].get<int>(), 2);
    QCOMPARE(order["products"][0]["reference_id"].get<std::string>(), m_sku.toStdString());
    QCOMPARE(order["shipments"].size(), size_t(1));
    const json shipment = order["shipments"][0];
    QCOMPARE_JSON(shipment["status"], "Processing");
    QCOMPARE(shipment["location"]["id"].get<int>(), 10);
    QVERIFY(!shipment.contains("tracking"));

    const int id = order["id"].get<int>();
    const int shipmentId = shipment["id"].get<int>();
    auto got = m_client->get(QStringLiteral("order/%1").arg(id));
    QCOMPARE(got.status, 200);
    QCOMPARE_JSON(got.json(), order);
    QCOMPARE(m_client->get(QStringLiteral("order/%1/shipment").arg(id)).json()[0]["id"].get<int>(), shipmentId);
    QCOMPARE(m_client->get(QStringLiteral("shipment/%1").arg(shipmentId)).json()["order_id"].get<int>(), id);
    QCOMPARE(m_client->get(QStringLiteral("order/%1/shipment/%2").arg(id).arg(shipmentId)).status, 200);
    QCOMPARE(m_emulator->orderByReference(QStringLiteral("SO-1001"))->id, id);
    QCOMPARE(m_emulator->shipmentStatus(shipmentId), QStringLiteral("Processing"));
}

void TestShipBobApi::repeatedReferenceIdIs422AndFindable()
{
    const json first = createOrder(QStringLiteral("SO-2001"), m_sku, 1);
    const int committed = m_emulator->committedQuantity(m_sku);
    const auto again = m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("SO-2001"), m_sku, 1));
    QCOMPARE(again.status, 422);
    QVERIFY(isModelState(again.json()));
    QVERIFY(again.json().contains("reference_id"));
    QCOMPARE(m_emulator->committedQuantity(m_sku), committed); // nothing committed twice

    // After a 422 a client finds the order it already created by its reference id.
    const auto found = m_client->get(QStringLiteral("order?ReferenceIds=SO-2001"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json().size(), size_t(1));
    QCOMPARE_JSON(found.json()[0]["id"], first["id"]);
    QCOMPARE(m_client->get(QStringLiteral("order?ReferenceIds=SO-2001,NOPE")).json().size(), size_t(1));
    QCOMPARE(m_client->get(QStringLiteral("order?ReferenceIds=NOPE")).json().size(), size_t(0));
}

void TestShipBobApi::badOrdersGetShipBobErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    json valid = orderBody(QStringLiteral("V-1"), QStringLiteral("QS-TEE-NAV-S"), 1);
    auto with = [&](const std::function<void(json &)> &change) {
        json b = valid;
        change(b);
        return QByteArray::fromStdString(b.dump());
    };
    QTest::newRow("not json") << QByteArray("{\"reference_id\": ") << 400 << QStringLiteral("$");
    QTest::newRow("an array") << QByteArray("[1,2]") << 400 << QStringLiteral("$");
    QTest::newRow("no reference_id") << with([](json &b) { b.erase("reference_id"); }) << 400
                                     << QStringLiteral("reference_id");
    QTest::newRow("reference_id a number")
        << with([](json &b) { b["reference_id"] = 12; }) << 400 << QStringLiteral("$.reference_id");
    QTest::newRow("reference_id too long")
        << with([](json &b) { b["reference_id"] = std::string(301, 'x'); }) << 400 << QStringLiteral("reference_id");
    QTest::newRow("no recipient") << with([](json &b) { b.erase("recipient"); }) << 400 << QStringLiteral("recipient");
    QTest::newRow("no city") << with([](json &b) { b["recipient"]["address"].erase("city"); }) << 400
                             << QStringLiteral("recipient.address.city");
    QTest::newRow("no products") << with([](json &b) { b["products"] = json::array(); }) << 400
                                 << QStringLiteral("products");
    QTest::newRow("quantity a string") << with([](json &b) { b["products"][0]["quantity"] = "2"; }) << 400
                                       << QStringLiteral("$.products[0].quantity");
    QTest::newRow("quantity zero") << with([](json &b) { b["products"][0]["quantity"] = 0; }) << 400
                                   << QStringLiteral("products[0].quantity");
    QTest::newRow("no product name") << with([](json &b) { b["products"][0].erase("name"); }) << 400
                                     << QStringLiteral("products[0].name");
    QTest::newRow("bad type") << with([](json &b) { b["type"] = "Retail"; }) << 400 << QStringLiteral("type");
    QTest::newRow("no shipping_method") << with([](json &b) { b.erase("shipping_method"); }) << 400
                                        << QStringLiteral("shipping_method");
    QTest::newRow("bad purchase_date") << with([](json &b) { b["purchase_date"] = "yesterday"; }) << 400
                                       << QStringLiteral("$.purchase_date");
    QTest::newRow("unknown product id") << with([](json &b) {
        b["products"] = json::array({ { { "id", 999999 }, { "quantity", 1 } } });
    }) << 422 << QStringLiteral("products[0].id");
}

void TestShipBobApi::badOrdersGetShipBobErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const auto r = m_client->postRaw(QStringLiteral("order"), body);
    QCOMPARE(r.status, status);
    const json errors = r.json();
    QVERIFY2(isModelState(errors), r.body.constData());
    QVERIFY2(errors.contains(field.toStdString()), r.body.constData());
    QCOMPARE(m_client->get(QStringLiteral("order")).json().size(), size_t(0));
}

void TestShipBobApi::ordersAreFilteredAndPaged()
{
    QList<int> ids;
    for (int i = 0; i < 7; ++i)
        ids << createOrder(QStringLiteral("P-%1").arg(i), m_sku, 1)["id"].get<int>();
    auto r = m_client->get(QStringLiteral("order?Limit=3&Page=1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().size(), size_t(3));
    QCOMPARE(r.json()[0]["id"].get<int>(), ids.last()); // newest first by default
    QCOMPARE(r.header("Total-Count"), QByteArray("7"));
    QCOMPARE(r.header("Total-Pages"), QByteArray("3"));
    QVERIFY(r.header("Next-Page").contains("Page=2"));
    r = m_client->get(QStringLiteral("order?Limit=3&Page=3&SortOrder=Oldest"));
    QCOMPARE(r.json().size(), size_t(1));
    QCOMPARE(r.json()[0]["id"].get<int>(), ids.last());
    QVERIFY(r.header("Next-Page").isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("order?IDs=%1,%2").arg(ids[1]).arg(ids[4])).json().size(), size_t(2));
    QCOMPARE(m_client->get(QStringLiteral("order?Limit=251")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("order?Limit=0")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("order?Page=x")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("order?SortOrder=Sideways")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("order?HasTracking=true")).json().size(), size_t(0));
    m_emulator->advance(m_emulator->progressionPlan().pickMs + m_emulator->progressionPlan().packMs
        + m_emulator->progressionPlan().labelMs);
    QCOMPARE(m_client->get(QStringLiteral("order?HasTracking=true")).json().size(), size_t(7));
    QCOMPARE(m_client->get(QStringLiteral("order?HasTracking=true&IsTrackingUploaded=false")).json().size(), size_t(7));
    QCOMPARE(m_client->get(QStringLiteral("order?StartDate=2030-01-01T00:00:00Z")).json().size(), size_t(0));
    QCOMPARE(m_client->get(QStringLiteral("order?LastUpdateStartDate=2026-01-15T09:10:00Z")).json().size(), size_t(7));
}

void TestShipBobApi::shipmentProgressesWithTheClock()
{
    const json order = createOrder(QStringLiteral("SO-3001"), m_sku, 1);
    const int orderId = order["id"].get<int>();
    const int shipmentId = order["shipments"][0]["id"].get<int>();
    const auto plan = m_emulator->progressionPlan();
    auto shipment = [&] { return m_client->get(QStringLiteral("shipment/%1").arg(shipmentId)).json(); };
    auto timeline = [&] { return m_client->get(QStringLiteral("shipment/%1/timeline").arg(shipmentId)).json(); };

    m_emulator->advance(plan.pickMs);
    QCOMPARE_JSON(shipment()["status"], "Processing");
    QVERIFY(timelineHas(timeline(), "Picked"));
    QVERIFY(m_emulator->shipmentStage(shipmentId) == std::optional(ShipBobStage::Picked));
    m_emulator->advance(plan.packMs);
    QVERIFY(timelineHas(timeline(), "Packed"));
    QVERIFY(!shipment().contains("tracking"));

    m_emulator->advance(plan.labelMs);
    json s = shipment();
    QCOMPARE_JSON(s["status"], "LabeledCreated");
    QVERIFY(!s["tracking"]["tracking_number"].get<std::string>().empty());
    QVERIFY(!s["tracking"]["carrier"].get<std::string>().empty());
    QVERIFY(s["actual_fulfillment_date"].is_string());
    QCOMPARE_JSON(m_client->get(QStringLiteral("order/%1").arg(orderId)).json()["status"], "Fulfilled");
    QCOMPARE(m_emulator->trackingStatus(shipmentId), QStringLiteral("PreTransit"));

    m_emulator->advance(plan.inTransitMs);
    QCOMPARE_JSON(shipment()["status"], "Completed");
    QCOMPARE(m_emulator->trackingStatus(shipmentId), QStringLiteral("InTransit"));
    QVERIFY(shipment()["delivery_date"].is_null());

    m_emulator->advance(plan.deliverMs);
    s = shipment();
    QCOMPARE_JSON(s["status"], "Completed");
    QVERIFY(s["delivery_date"].is_string());
    QCOMPARE(m_emulator->trackingStatus(shipmentId), QStringLiteral("Delivered"));
    QVERIFY(timelineHas(timeline(), "Delivered"));
    QVERIFY(m_emulator->shipmentStage(shipmentId) == std::optional(ShipBobStage::Delivered));
}

void TestShipBobApi::shipmentStatusNeverGoesBack()
{
    QList<int> shipments;
    for (int i = 0; i < 3; ++i)
        shipments << createOrder(QStringLiteral("M-%1").arg(i), m_sku, 1)["shipments"][0]["id"].get<int>();
    m_emulator->failNextDelivery(shipments[1]);
    QList<int> last(shipments.size(), 0);
    for (int step = 0; step < 3 * 24 * 12; ++step) { // every 5 simulated minutes for three days
        m_emulator->advance(5 * 60 * 1000);
        if (step % 6)
            continue;
        for (int i = 0; i < shipments.size(); ++i) {
            const int now = rank(m_client->get(QStringLiteral("shipment/%1").arg(shipments[i])).json());
            QVERIFY2(now >= last[i],
                qPrintable(QStringLiteral("shipment %1 went from %2 to %3").arg(i).arg(last[i]).arg(now)));
            last[i] = now;
        }
    }
    QCOMPARE(last, QList<int>({ 4, 4, 4 })); // the failed attempt is retried and delivered
}

void TestShipBobApi::inventoryFollowsOrders()
{
    const json before = inventoryOf(m_sku);
    const int onHand = before["total_on_hand_quantity"].get<int>();
    const int fulfillable = before["total_fulfillable_quantity"].get<int>();
    QCOMPARE(before["total_committed_quantity"].get<int>(), 0);
    QCOMPARE(onHand, m_world->openingStock(m_world->variantIndexBySku(m_sku), shipbobLocationIndex(*m_world)));
    QCOMPARE(fulfillable, onHand);

    createOrder(QStringLiteral("I-1"), m_sku, 3);
    createOrder(QStringLiteral("I-2"), m_sku, 2);
    json now = inventoryOf(m_sku);
    QCOMPARE(now["total_on_hand_quantity"].get<int>(), onHand);
    QCOMPARE(now["total_committed_quantity"].get<int>(), 5);
    QCOMPARE(now["total_fulfillable_quantity"].get<int>(), fulfillable - 5);
    QCOMPARE(m_emulator->fulfillableQuantity(m_sku), fulfillable - 5);

    const auto plan = m_emulator->progressionPlan();
    m_emulator->advance(plan.pickMs + plan.packMs + plan.labelMs); // both shipped
    now = inventoryOf(m_sku);
    QCOMPARE(now["total_on_hand_quantity"].get<int>(), onHand - 5);
    QCOMPARE(now["total_committed_quantity"].get<int>(), 0);
    QCOMPARE(now["total_fulfillable_quantity"].get<int>(), fulfillable - 5);

    // The per-location view agrees, and only ShipBob's fulfilment centre is there.
    const json byLocation
        = m_client->get(QStringLiteral("inventory-level/locations?InventoryIds=%1").arg(m_emulator->inventoryId(m_sku)))
              .json();
    QCOMPARE(byLocation["items"].size(), size_t(1));
    const json location = byLocation["items"][0]["locations"][0];
    QCOMPARE(location["location_id"].get<int>(), 10);
    QCOMPARE(location["on_hand_quantity"].get<int>(), onHand - 5);

    const json page = m_client->get(QStringLiteral("inventory-level?PageSize=10")).json();
    QCOMPARE(page["items"].size(), size_t(10));
    QVERIFY(page["next"].is_string());
    QVERIFY(page["prev"].is_null());
}

void TestShipBobApi::outOfStockIsAnException()
{
    const int fulfillable = m_emulator->fulfillableQuantity(m_sku);
    const json order = createOrder(QStringLiteral("OOS-1"), m_sku, fulfillable + 1);
    QCOMPARE_JSON(order["status"], "Exception");
    QCOMPARE_JSON(order["shipments"][0]["status"], "Exception");
    QCOMPARE_JSON(order["shipments"][0]["status_details"][0]["name"], "Out of Stock");
    QCOMPARE(m_emulator->fulfillableQuantity(m_sku), fulfillable);
    m_emulator->advance(48LL * 3600 * 1000);
    QCOMPARE(m_emulator->shipmentStatus(order["shipments"][0]["id"].get<int>()), QStringLiteral("Exception"));

    // An unknown reference id becomes a new ShipBob product with no stock, so its shipment waits in exception.
    const int products = int(m_emulator->state().inventory().size());
    const json unknown = createOrder(QStringLiteral("OOS-2"), QStringLiteral("NEW-SKU-1"), 1);
    QCOMPARE_JSON(unknown["shipments"][0]["status"], "Exception");
    QCOMPARE(int(m_emulator->state().inventory().size()), products + 1);
    QCOMPARE(m_emulator->onHandQuantity(QStringLiteral("NEW-SKU-1")), 0);
    QVERIFY(m_emulator->inventoryId(QStringLiteral("NEW-SKU-1")) > 0);

    // Stock arrives; releasing the shipment lets it go on.
    m_emulator->adjustOnHand(m_sku, 1);
    QVERIFY(m_emulator->releaseShipment(order["shipments"][0]["id"].get<int>()));
    QCOMPARE(m_emulator->shipmentStatus(order["shipments"][0]["id"].get<int>()), QStringLiteral("Processing"));
    QCOMPARE(m_emulator->fulfillableQuantity(m_sku), 0);
}

void TestShipBobApi::cancelBeforeShipping()
{
    const json order = createOrder(QStringLiteral("X-1"), m_sku, 2);
    const int orderId = order["id"].get<int>();
    const int shipmentId = order["shipments"][0]["id"].get<int>();
    const int onHand = m_emulator->onHandQuantity(m_sku);
    m_emulator->advance(m_emulator->progressionPlan().pickMs); // picked, not yet shipped
    auto r = m_client->post(QStringLiteral("order/%1:cancel").arg(orderId), json::object());
    QCOMPARE(r.status, 200);
    QCOMPARE_JSON(r.json()["status"], "Success");
    QCOMPARE_JSON(r.json()["canceled_shipment_results"][0]["is_success"], true);
    QCOMPARE_JSON(r.json()["order"]["status"], "Cancelled");
    QCOMPARE(m_emulator->committedQuantity(m_sku), 0);
    m_emulator->advance(72LL * 3600 * 1000);
    QCOMPARE(m_emulator->shipmentStatus(shipmentId), QStringLiteral("Cancelled"));
    QCOMPARE(m_emulator->onHandQuantity(m_sku), onHand);
    QCOMPARE(m_client->post(QStringLiteral("order/%1:cancel").arg(orderId), json::object()).status, 422);

    const json other = createOrder(QStringLiteral("X-2"), m_sku, 1);
    r = m_client->post(
        QStringLiteral("shipment/%1:cancel").arg(other["shipments"][0]["id"].get<int>()), json::object());
    QCOMPARE(r.status, 200);
    QCOMPARE_JSON(r.json()["status"], "Cancelled");
}

void TestShipBobApi::splitShipmentShipsInTwoParts()
{
    const json order = createOrder(QStringLiteral("S-1"), m_sku, 3);
    const int orderId = order["id"].get<int>();
    const int first = order["shipments"][0]["id"].get<int>();
    QCOMPARE(m_emulator->splitShipment(first, { { m_sku, 5 } }), 0); // more than it holds
    QCOMPARE(m_emulator->splitShipment(first, { { m_sku, 3 } }), 0); // nothing would be left
    const int second = m_emulator->splitShipment(first, { { m_sku, 1 } });
    QVERIFY(second > 0 && second != first);
    QCOMPARE(m_emulator->committedQuantity(m_sku), 3);
    auto r = m_client->get(QStringLiteral("order/%1").arg(orderId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["shipments"].size(), size_t(2));
    QCOMPARE_JSON(r.json()["shipments"][0]["products"][0]["inventory_items"][0]["quantity"], 2);
    QCOMPARE_JSON(r.json()["shipments"][1]["products"][0]["inventory_items"][0]["quantity"], 1);
    const auto plan = m_emulator->progressionPlan();
    m_emulator->advance(plan.pickMs + plan.packMs + plan.labelMs);
    QCOMPARE(m_emulator->shipmentStatus(first), QStringLiteral("LabeledCreated"));
    QCOMPARE(m_emulator->shipmentStatus(second), QStringLiteral("LabeledCreated"));
    QVERIFY(m_emulator->shipment(first)->trackingNumber != m_emulator->shipment(second)->trackingNumber);
    QCOMPARE(m_emulator->splitShipment(first, { { m_sku, 1 } }), 0); // labelled: too late
    QCOMPARE_JSON(m_client->get(QStringLiteral("order/%1").arg(orderId)).json()["status"], "Fulfilled");
}

void TestShipBobApi::cancelAfterShippingFails()
{
    const json shipped = createOrder(QStringLiteral("Y-1"), m_sku, 1);
    const auto plan = m_emulator->progressionPlan();
    m_emulator->advance(plan.pickMs + plan.packMs + plan.labelMs);
    const json waiting = createOrder(QStringLiteral("Y-2"), m_sku, 1);
    const int shippedId = shipped["shipments"][0]["id"].get<int>();
    const int waitingId = waiting["shipments"][0]["id"].get<int>();

    auto r = m_client->post(QStringLiteral("order/%1:cancel").arg(shipped["id"].get<int>()), json::object());
    QCOMPARE(r.status, 422);
    QVERIFY(isModelState(r.json()));
    QCOMPARE(m_client->post(QStringLiteral("shipment/%1:cancel").arg(shippedId), json::object()).status, 422);
    QCOMPARE(m_emulator->shipmentStatus(shippedId), QStringLiteral("LabeledCreated"));

    r = m_client->post(QStringLiteral("shipment:batchCancel"), { { "shipment_ids", { shippedId, waitingId, 1 } } });
    QCOMPARE(r.status, 200);
    const json results = r.json()["results"];
    QCOMPARE(results.size(), size_t(3));
    QCOMPARE_JSON(results[0]["is_success"], false);
    QCOMPARE_JSON(results[1]["is_success"], true);
    QCOMPARE_JSON(results[2]["is_success"], false);
    QCOMPARE(m_emulator->shipmentStatus(waitingId), QStringLiteral("Cancelled"));
}

void TestShipBobApi::holdAndRelease()
{
    json body = orderBody(QStringLiteral("H-1"), m_sku, 1);
    body["recipient"]["address"].erase("zip_code"); // a US address ShipBob cannot validate
    auto r = m_client->post(QStringLiteral("order"), body);
    QCOMPARE(r.status, 201);
    const int shipmentId = r.json()["shipments"][0]["id"].get<int>();
    QCOMPARE_JSON(r.json()["shipments"][0]["status"], "OnHold");
    QCOMPARE_JSON(r.json()["status"], "Exception");
    m_emulator->advance(24LL * 3600 * 1000);
    QCOMPARE(m_emulator->shipmentStatus(shipmentId), QStringLiteral("OnHold"));
    QVERIFY(m_emulator->releaseShipment(shipmentId));
    m_emulator->advance(m_emulator->progressionPlan().pickMs);
    QVERIFY(m_emulator->shipmentStage(shipmentId) == std::optional(ShipBobStage::Picked));

    QVERIFY(m_emulator->holdShipment(shipmentId, QStringLiteral("Payment review")));
    QCOMPARE(m_emulator->shipmentStatus(shipmentId), QStringLiteral("OnHold"));
    QVERIFY(m_emulator->releaseShipment(shipmentId));
    QVERIFY(m_emulator->shipmentStage(shipmentId) == std::optional(ShipBobStage::Picked)); // resumes where it was
}

void TestShipBobApi::returnLifecycle()
{
    const json order = createOrder(QStringLiteral("R-1"), m_sku, 2);
    const auto plan = m_emulator->progressionPlan();
    m_emulator->advance(plan.pickMs + plan.packMs + plan.labelMs + plan.inTransitMs + plan.deliverMs);
    const int onHand = m_emulator->onHandQuantity(m_sku);
    const json request = { { "reference_id", "RMA-1" },
        { "fulfillment_center", { { "id", 10 } } },
        { "original_shipment_id", order["shipments"][0]["id"] },
        { "tracking_number", "1Z999" },
        { "inventory",
            { { { "id", m_emulator->inventoryId(m_sku) }, { "quantity", 1 }, { "requested_action", "Restock" } } } } };
    auto r = m_client->post(QStringLiteral("return"), request);
    QCOMPARE(r.status, 201);
    const int returnId = r.json()["id"].get<int>();
    QCOMPARE_JSON(r.json()["status"], "Awaiting Arrival");
    QCOMPARE(m_client->post(QStringLiteral("return"), request).status, 422);

    auto status = [&] { return m_client->get(QStringLiteral("return/%1").arg(returnId)).json()["status"]; };
    m_emulator->advance(plan.returnArriveMs);
    QCOMPARE_JSON(status(), "Arrived");
    QCOMPARE(m_client->post(QStringLiteral("return/%1:cancel").arg(returnId), json::object()).status, 400);
    m_emulator->advance(plan.returnProcessMs);
    QCOMPARE_JSON(status(), "Processing");
    QCOMPARE(m_emulator->onHandQuantity(m_sku), onHand);
    m_emulator->advance(plan.returnCompleteMs);
    QCOMPARE_JSON(status(), "Completed");
    QCOMPARE(m_emulator->onHandQuantity(m_sku), onHand + 1); // restocked
    const json listed = m_client->get(QStringLiteral("return?Status=Completed")).json();
    QCOMPARE(listed["items"].size(), size_t(1));
    QCOMPARE(listed["items"][0]["status_history"].size(), size_t(4));

    json second = request;
    second["reference_id"] = "RMA-2";
    r = m_client->post(QStringLiteral("return"), second);
    QCOMPARE(r.status, 201);
    const int secondId = r.json()["id"].get<int>();
    QCOMPARE(m_client->post(QStringLiteral("return/%1:cancel").arg(secondId), json::object()).status, 200);
    QCOMPARE_JSON(m_client->get(QStringLiteral("return/%1").arg(secondId)).json()["status"], "Cancelled");
    m_emulator->advance(plan.returnArriveMs * 2);
    QCOMPARE_JSON(m_client->get(QStringLiteral("return/%1").arg(secondId)).json()["status"], "Cancelled");
}

void TestShipBobApi::returnValidation()
{
    const json good = { { "reference_id", "RMA-9" },
        { "fulfillment_center", { { "id", 10 } } },
        { "inventory",
            { { { "id", m_emulator->inventoryId(m_sku) }, { "quantity", 1 }, { "requested_action", "Default" } } } } };
    json bad = good;
    bad.erase("inventory");
    auto r = m_client->post(QStringLiteral("return"), bad);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["status"].get<int>(), 400);
    QVERIFY(r.json()["detail"].is_string());
    bad = good;
    bad["inventory"][0]["requested_action"] = "Burn";
    QCOMPARE(m_client->post(QStringLiteral("return"), bad).status, 400);
    bad = good;
    bad["inventory"][0]["id"] = 1;
    r = m_client->post(QStringLiteral("return"), bad);
    QCOMPARE(r.status, 422);
    QVERIFY(r.json()["errors"].is_array());
    bad = good;
    bad["fulfillment_center"]["id"] = 99;
    QCOMPARE(m_client->post(QStringLiteral("return"), bad).status, 422);
    QCOMPARE(m_client->postRaw(QStringLiteral("return"), "nope").status, 400);
    m_client->setChannel(QByteArray());
    QCOMPARE(m_client->post(QStringLiteral("return"), good).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("return")).json()["items"].size(), size_t(0));
}

void TestShipBobApi::trackingAndUploadFlag()
{
    const json order = createOrder(QStringLiteral("T-1"), m_sku, 1);
    const int shipmentId = order["shipments"][0]["id"].get<int>();
    const auto plan = m_emulator->progressionPlan();
    m_emulator->advance(plan.pickMs + plan.packMs + plan.labelMs + plan.inTransitMs);
    json tracking = m_client->get(QStringLiteral("shipments-tracking?ShipmentIds=%1").arg(shipmentId)).json();
    QCOMPARE(tracking.size(), size_t(1));
    QCOMPARE_JSON(tracking[0]["status"], "InTransit");
    QCOMPARE(tracking[0]["history"].size(), size_t(2));
    QCOMPARE_JSON(tracking[0]["carrier_tracking_number"],
        m_client->get(QStringLiteral("shipment/%1").arg(shipmentId)).json()["tracking"]["tracking_number"]);

    QCOMPARE(m_client->get(QStringLiteral("order?HasTracking=true&IsTrackingUploaded=false")).json().size(), size_t(1));
    auto r = m_client->post(QStringLiteral("shipment:batchUpdateTrackingUpload"),
        { { "shipment_ids", { shipmentId, 7 } }, { "is_tracking_uploaded", true } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["summary"]["successful"].get<int>(), 1);
    QCOMPARE(r.json()["summary"]["failed"].get<int>(), 1);
    QCOMPARE(m_client->get(QStringLiteral("order?HasTracking=true&IsTrackingUploaded=false")).json().size(), size_t(0));
    QCOMPARE_JSON(m_client->get(QStringLiteral("shipment/%1").arg(shipmentId)).json()["is_tracking_uploaded"], true);
}

void TestShipBobApi::unknownRoutesAndIds()
{
    QCOMPARE(m_client->get(QStringLiteral("nope")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("order/abc")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("order/123456")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("shipment/123456")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("return/5")).status, 404);
    QCOMPARE(m_client->send("PATCH", QStringLiteral("order"), "{}").status, 404);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/1.0/order")));
    request.setRawHeader("Authorization", "Bearer " + m_emulator->token());
    QNetworkReply *reply = network.get(request);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    delete reply;
}

void TestShipBobApi::sandboxSimulations()
{
    const json order = createOrder(QStringLiteral("SIM-1"), m_sku, 1);
    const int shipmentId = order["shipments"][0]["id"].get<int>();
    auto r = m_client->post(QStringLiteral("simulate/shipment"),
        { { "shipment_id", shipmentId },
            { "simulation",
                { { "action", "ShipOrder" }, { "next", { { "action", "DeliverOrder" }, { "delay", 30 } } } } } });
    QCOMPARE(r.status, 200);
    const QString id = QString::fromStdString(r.json()["simulation_id"].get<std::string>());
    QCOMPARE(m_emulator->shipmentStatus(shipmentId), QStringLiteral("LabeledCreated")); // shipped at once
    QVERIFY(!m_emulator->shipment(shipmentId)->trackingNumber.isEmpty());
    json status = m_client->get(QStringLiteral("simulate/status/%1").arg(id)).json();
    QCOMPARE_JSON(status["status"], "Success");
    QCOMPARE_JSON(status["next"]["status"], "Pending");
    QVERIFY(status["next"]["schedule_time"].is_string());

    m_emulator->advance(29 * 60 * 1000);
    QCOMPARE(m_emulator->trackingStatus(shipmentId), QStringLiteral("PreTransit"));
    m_emulator->advance(60 * 1000);
    QCOMPARE(m_emulator->trackingStatus(shipmentId), QStringLiteral("Delivered"));
    status = m_client->get(QStringLiteral("simulate/status/%1").arg(id)).json();
    QCOMPARE_JSON(status["next"]["status"], "Success");

    // Delivered already: a second delivery is skipped; a cancelled shipment cannot be simulated.
    r = m_client->post(
        QStringLiteral("simulate/shipment"), { { "shipment_id", shipmentId }, { "action", "DeliverOrder" } });
    QCOMPARE(r.status, 200);
    status = m_client
                 ->get(QStringLiteral("simulate/status/%1")
                           .arg(QString::fromStdString(r.json()["simulation_id"].get<std::string>())))
                 .json();
    QCOMPARE_JSON(status["status"], "Skipped");
    const json other = createOrder(QStringLiteral("SIM-2"), m_sku, 1);
    const int otherId = other["shipments"][0]["id"].get<int>();
    QVERIFY(m_emulator->cancelShipment(otherId));
    QCOMPARE(
        m_client->post(QStringLiteral("simulate/shipment"), { { "shipment_id", otherId }, { "action", "ShipOrder" } })
            .status,
        422);
    QCOMPARE(
        m_client->post(QStringLiteral("simulate/shipment"), { { "shipment_id", otherId }, { "action", "Teleport" } })
            .status,
        400);
    QCOMPARE(m_client->get(QStringLiteral("simulate/status/nope")).status, 404);
}

void TestShipBobApi::garbageNeverCrashes_data()
{
    QTest::addColumn<QString>("path");
    const char *paths[] = { "order",
        "order/1:cancel",
        "shipment:batchCancel",
        "shipment:batchUpdateTrackingUpload",
        "return",
        "webhook",
        "simulate/shipment" };
    for (const char *path : paths)
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestShipBobApi::garbageNeverCrashes()
{
    QFETCH(QString, path);
    const QByteArray bodies[] = {
        "",
        "null",
        "[]",
        "{}",
        "\"text\"",
        "123",
        "{\"shipment_ids\":\"x\",\"is_tracking_uploaded\":1}",
        "{\"shipment_ids\":[1.5, null]}",
        "{\"reference_id\":{},\"products\":[null,1,\"x\"],\"recipient\":[]}",
        "{\"inventory\":[{\"id\":\"1\"}],\"fulfillment_center\":7}",
        "{\"topics\":[1,{}],\"url\":5,\"secret\":[]}",
        "{\"shipment_id\":1,\"simulation\":{\"action\":\"ShipOrder\",\"delay\":\"soon\",\"next\":[]}}",
        QByteArray("\x00\xff\xfe{\"", 6),
    };
    for (const QByteArray &body : bodies) {
        const auto r = m_client->postRaw(path, body);
        QVERIFY2(r.status >= 400 && r.status < 500,
            qPrintable(QStringLiteral("%1 -> %2").arg(QString::fromLatin1(body)).arg(r.status)));
    }
    QCOMPARE(m_client->get(QStringLiteral("channel")).status, 200); // still up
    QCOMPARE(m_client->get(QStringLiteral("order")).json().size(), size_t(0));
}

void TestShipBobApi::autoProgressMovesByItself()
{
    const qint64 start = m_emulator->now();
    ShipBobProgressionPlan fast;
    fast.pickMs = fast.packMs = fast.labelMs = fast.inTransitMs = fast.deliverMs = 60 * 1000;
    m_emulator->setProgressionPlan(fast);
    const json quick = createOrder(QStringLiteral("AUTO-2"), m_sku, 1);
    const int quickId = quick["shipments"][0]["id"].get<int>();
    m_emulator->setAutoProgress(true, 20, 600.0); // 12 simulated seconds every 20 ms
    QVERIFY(m_emulator->autoProgress());
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->trackingStatus(quickId), QStringLiteral("Delivered"), 10000);
    m_emulator->setAutoProgress(false);
    QVERIFY(m_emulator->now() >= start + 5 * 60 * 1000); // five one-minute stages
    const qint64 stopped = m_emulator->now();
    QTest::qWait(60);
    QCOMPARE(m_emulator->now(), stopped);
}

QTEST_GUILESS_MAIN(TestShipBobApi)
#include "tst_shipbobapi.moc"
