// How the ShipBob emulator talks back and fails: signed webhooks (checked with an independent Standard
// Webhooks verifier), duplicates and reordering, the webhook subscription API, the 150/min sliding window with
// an injected clock, and every injected fault as a ShipBob client sees it.

#include "sandbox/shipbob/shipbobapi.h"

#include <QMessageAuthenticationCode>
#include <QTest>

#include "tests/sandbox_shipbob/shipbobtestclient.h"

using namespace Quayside::Sandbox;
using namespace Quayside::Sandbox::Test;
using nlohmann::json;

namespace {

constexpr quint64 kSeed = 7;

// Standard Webhooks verification, written from the scheme's description, not from the emulator's code.
bool verifyStandardWebhook(const HttpRequest &request, const QByteArray &secret)
{
    const QByteArray id = request.header("webhook-id");
    const QByteArray timestamp = request.header("webhook-timestamp");
    const QByteArray signatures = request.header("webhook-signature");
    if (id.isEmpty() || timestamp.isEmpty() || signatures.isEmpty() || !secret.startsWith("whsec_"))
        return false;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, QByteArray::fromBase64(secret.mid(6)));
    mac.addData(id);
    mac.addData(".");
    mac.addData(timestamp);
    mac.addData(".");
    mac.addData(request.body);
    const QByteArray expected = mac.result().toBase64();
    for (const QByteArray &candidate : signatures.split(' '))
        if (candidate.startsWith("v1,") && candidate.mid(3) == expected)
            return true;
    return false;
}

QString stockedSku(const World &world, int minimum)
{
    for (int l = 0; l < world.locations().size(); ++l)
        if (world.locations().at(l).shipbobFulfillmentCenterId != 0)
            for (int v = 0; v < world.variants().size(); ++v)
                if (world.openingStock(v, l) >= minimum)
                    return world.variants().at(v).sku;
    return QString();
}

QList<QByteArray> topicsOf(const QList<HttpRequest> &requests)
{
    QList<QByteArray> topics;
    for (const auto &r : requests)
        topics << r.header("x-webhook-topic");
    return topics;
}

} // namespace

class TestShipBobDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void webhooksAreSignedAsStandardWebhooks();
    void subscriptionsFromTheApi();
    void subscriptionValidation();
    void exceptionHoldAndCancelTopics();
    void duplicateAndOutOfOrderWebhooks();
    void rateLimitSlidingWindow();
    void faultsShapedAsShipBob_data();
    void faultsShapedAsShipBob();
    void lostAnswerThenRetryIsIdempotent();
    void endpointNamesForFaultRules();

private:
    std::unique_ptr<World> m_world;
    std::unique_ptr<ShipBobEmulator> m_emulator;
    std::unique_ptr<ShipBobTestClient> m_client;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QString m_sku;

    void shipAndDeliverEverything()
    {
        const auto plan = m_emulator->progressionPlan();
        m_emulator->advance(plan.pickMs + plan.packMs + plan.labelMs + plan.inTransitMs + plan.deliverMs);
    }
};

void TestShipBobDelivery::initTestCase()
{
    m_world = std::make_unique<World>(World::generate(kSeed));
    m_sku = stockedSku(*m_world, 10);
    QVERIFY(!m_sku.isEmpty());
}

void TestShipBobDelivery::init()
{
    m_emulator = std::make_unique<ShipBobEmulator>(*m_world, kSeed);
    QVERIFY(m_emulator->listenLocal() != 0);
    m_client = std::make_unique<ShipBobTestClient>(*m_emulator);
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->listenLocal() != 0);
}

void TestShipBobDelivery::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_receiver.reset();
}

void TestShipBobDelivery::webhooksAreSignedAsStandardWebhooks()
{
    m_emulator->setWebhookUrl("order.shipped", m_receiver->hookUrl());
    m_emulator->setWebhookUrl("order.shipment.delivered", m_receiver->hookUrl());
    const auto created = m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("W-1"), m_sku, 1));
    QCOMPARE(created.status, 201);
    const int shipmentId = created.json()["shipments"][0]["id"].get<int>();
    shipAndDeliverEverything();
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 2, 5000);

    const QByteArray secret = m_emulator->webhookSecret();
    QVERIFY(secret.startsWith("whsec_"));
    QCOMPARE(secret.size(), 6 + 32);
    // Both go out in one batch over parallel connections, so their order of arrival is not fixed.
    auto topics = topicsOf(m_receiver->received);
    std::sort(topics.begin(), topics.end());
    QCOMPARE(topics, QList<QByteArray>({ "order.shipment.delivered", "order.shipped" }));
    QSet<QByteArray> ids;
    for (const auto &request : m_receiver->received) {
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY2(verifyStandardWebhook(request, secret), request.header("webhook-signature").constData());
        QVERIFY(!verifyStandardWebhook(request, "whsec_" + QByteArray(32, 'A'))); // another key does not verify
        HttpRequest tampered = request;
        tampered.body.replace("Completed", "Cancelled");
        QVERIFY(!verifyStandardWebhook(tampered, secret));
        const qint64 timestamp = request.header("webhook-timestamp").toLongLong();
        QVERIFY(qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) < 300);
        ids.insert(request.header("webhook-id"));
        const json payload = json::parse(request.body.toStdString(), nullptr, false);
        QCOMPARE(payload["id"].get<int>(), shipmentId);
        QVERIFY(payload["tracking"]["tracking_number"].is_string());
    }
    QCOMPARE(ids.size(), 2);
    for (const auto &request : m_receiver->received)
        if (request.header("x-webhook-topic") == "order.shipment.delivered")
            QVERIFY(json::parse(request.body.toStdString())["delivery_date"].is_string());
}

void TestShipBobDelivery::subscriptionsFromTheApi()
{
    const QByteArray secret = "whsec_" + QByteArray("abcdefghijklmnopqrstuvwxyz012345");
    auto r = m_client->post(QStringLiteral("webhook"),
        { { "topics", { "order.shipped", "return.created" } },
            { "url", m_receiver->hookUrl().toString().toStdString() },
            { "description", "ops console" },
            { "secret", secret.toStdString() } });
    QCOMPARE(r.status, 200);
    const std::string id = r.json()["id"].get<std::string>();
    QCOMPARE_JSON(r.json()["secret"], secret.toStdString());
    r = m_client->post(QStringLiteral("webhook"),
        { { "topics", { "order.shipment.cancelled" } }, { "url", m_receiver->hookUrl().toString().toStdString() } });
    QCOMPARE(r.status, 200);
    const QByteArray generated = QByteArray::fromStdString(r.json()["secret"].get<std::string>());
    QVERIFY(generated.startsWith("whsec_") && generated != secret);

    const json listed = m_client->get(QStringLiteral("webhook")).json();
    QCOMPARE(listed["items"].size(), size_t(2));
    QCOMPARE_JSON(listed["items"][0]["topics"], json({ "order.shipped", "return.created" }));

    const json order = m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("W-2"), m_sku, 1)).json();
    QCOMPARE(m_client->post(QStringLiteral("order/%1:cancel").arg(order["id"].get<int>()), json::object()).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 1, 5000);
    QCOMPARE(m_receiver->received.at(0).header("x-webhook-topic"), QByteArray("order.shipment.cancelled"));
    QVERIFY(verifyStandardWebhook(m_receiver->received.at(0), generated));
    QVERIFY(!verifyStandardWebhook(m_receiver->received.at(0), secret));

    QCOMPARE(m_client->del(QStringLiteral("webhook/%1").arg(QString::fromStdString(id))).status, 204);
    QCOMPARE(m_client->get(QStringLiteral("webhook")).json()["items"].size(), size_t(1));
    QCOMPARE(m_client->del(QStringLiteral("webhook/%1").arg(QString::fromStdString(id))).status, 404);
}

void TestShipBobDelivery::subscriptionValidation()
{
    const std::string url = m_receiver->hookUrl().toString().toStdString();
    QCOMPARE(
        m_client->post(QStringLiteral("webhook"), { { "topics", { "order_shipped" } }, { "url", url } }).status, 422);
    QCOMPARE(m_client->post(QStringLiteral("webhook"), { { "topics", json::array() }, { "url", url } }).status, 422);
    QCOMPARE(m_client->post(QStringLiteral("webhook"), { { "topics", { "order.shipped" } } }).status, 422);
    QCOMPARE(
        m_client
            ->post(QStringLiteral("webhook"), { { "topics", { "order.shipped" } }, { "url", "http://example.com/x" } })
            .status,
        422); // HTTPS only, except to a loopback receiver
    QCOMPARE(m_client
                 ->post(QStringLiteral("webhook"),
                     { { "topics", { "order.shipped" } }, { "url", url }, { "secret", "short" } })
                 .status,
        422);
    QCOMPARE(m_client->postRaw(QStringLiteral("webhook"), "{oops").status, 422);
    QCOMPARE(m_client->get(QStringLiteral("webhook?RecordsPerPage=251")).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("webhook")).json()["items"].size(), size_t(0));
}

void TestShipBobDelivery::exceptionHoldAndCancelTopics()
{
    for (const char *topic : { "order.shipment.exception", "order.shipment.on_hold", "order.shipment.cancelled" })
        m_emulator->setWebhookUrl(topic, m_receiver->hookUrl());
    const int tooMany = m_emulator->fulfillableQuantity(m_sku) + 1;
    QCOMPARE(m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("E-1"), m_sku, tooMany)).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 1, 5000);
    json body = orderBody(QStringLiteral("E-2"), m_sku, 1);
    body["recipient"]["address"]["zip_code"] = "";
    const json held = m_client->post(QStringLiteral("order"), body).json();
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 2, 5000);
    QVERIFY(m_emulator->cancelShipment(held["shipments"][0]["id"].get<int>()));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 3, 5000);
    QCOMPARE(topicsOf(m_receiver->received),
        QList<QByteArray>({ "order.shipment.exception", "order.shipment.on_hold", "order.shipment.cancelled" }));
    const json cancelled = json::parse(m_receiver->received.at(2).body.toStdString());
    QCOMPARE_JSON(cancelled["status"], "Cancelled");
}

void TestShipBobDelivery::duplicateAndOutOfOrderWebhooks()
{
    m_emulator->setWebhookUrl("order.shipped", m_receiver->hookUrl());
    m_emulator->setWebhookUrl("order.shipment.delivered", m_receiver->hookUrl());
    FaultRule duplicate;
    duplicate.endpoint = QStringLiteral("webhook:order.shipped");
    duplicate.kind = FaultKind::DuplicateWebhook;
    duplicate.remaining = 1;
    m_emulator->faults()->addRule(duplicate);
    FaultRule reorder;
    reorder.endpoint = QStringLiteral("webhook:order.shipped");
    reorder.kind = FaultKind::OutOfOrderWebhook;
    reorder.remaining = 1;
    m_emulator->faults()->addRule(reorder);

    const int d1 = m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("D-1"), m_sku, 1))
                       .json()["shipments"][0]["id"]
                       .get<int>();
    QCOMPARE(m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("D-2"), m_sku, 1)).status, 201);
    shipAndDeliverEverything();
    // D-1's order.shipped is both duplicated and held back behind the next webhook (D-2's order.shipped).
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->received.size(), 5, 5000);
    QTRY_COMPARE(m_emulator->webhookDispatcher()->pendingCount(), 0);
    const auto &got = m_receiver->received;
    QList<int> d1Shipped;
    int d2Shipped = -1;
    for (int i = 0; i < got.size(); ++i) {
        QVERIFY(verifyStandardWebhook(got.at(i), m_emulator->webhookSecret()));
        if (got.at(i).header("x-webhook-topic") != "order.shipped")
            continue;
        const int shipment = json::parse(got.at(i).body.toStdString())["id"].get<int>();
        if (shipment == d1)
            d1Shipped << i;
        else
            d2Shipped = i;
    }
    QCOMPARE(d1Shipped.size(), 2);
    QCOMPARE(got.at(d1Shipped[0]).header("webhook-id"), got.at(d1Shipped[1]).header("webhook-id")); // one message
    QVERIFY(d2Shipped >= 0);
    QVERIFY(d2Shipped < d1Shipped[0]); // the later event arrived first
}

void TestShipBobDelivery::rateLimitSlidingWindow()
{
    qint64 now = 1'000'000;
    m_emulator->setRateLimitClock([&now] { return now; });
    auto r = m_client->get(QStringLiteral("channel"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-remaining-calls"), QByteArray("149"));
    for (int i = 1; i < 100; ++i)
        QCOMPARE(m_client->get(QStringLiteral("channel")).status, 200);
    now += 30'000; // half a minute later: 50 more fill the window
    for (int i = 0; i < 50; ++i)
        QCOMPARE(m_client->get(QStringLiteral("channel")).status, 200);
    r = m_client->get(QStringLiteral("order"));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("x-retry-after"), QByteArray("30")); // until the first 100 leave the window
    QCOMPARE(r.header("x-remaining-calls"), QByteArray("0"));
    QCOMPARE(r.json()["statusCode"].get<int>(), 429);
    QVERIFY(QString::fromStdString(r.json()["message"].get<std::string>())
                .contains(QStringLiteral("Try again in 30 seconds")));
    QCOMPARE(m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("RL-1"), m_sku, 1)).status, 429);
    QVERIFY(!m_emulator->orderByReference(QStringLiteral("RL-1"))); // refused before any work

    m_client->setToken("wrong");
    QCOMPARE(m_client->get(QStringLiteral("order")).status, 401); // authentication comes first
    m_client->setToken(m_emulator->token());

    now += 29'999;
    QCOMPARE(m_client->get(QStringLiteral("order")).status, 429);
    now += 1; // the first 100 calls are now a minute old
    r = m_client->get(QStringLiteral("order"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("x-remaining-calls"), QByteArray("99"));
    now += 30'000; // and now the other 50 too
    QCOMPARE(m_client->get(QStringLiteral("order")).header("x-remaining-calls"), QByteArray("148"));
}

void TestShipBobDelivery::faultsShapedAsShipBob_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("500") << FaultKind::ServerError << 500;
    QTest::newRow("503") << FaultKind::ServerError << 503;
    QTest::newRow("429") << FaultKind::RateLimited << 429;
    QTest::newRow("401") << FaultKind::Unauthorized << 401;
    QTest::newRow("outage") << FaultKind::Outage << 503;
    QTest::newRow("latency") << FaultKind::Latency << 200;
    QTest::newRow("timeout") << FaultKind::Timeout << 0;
    QTest::newRow("reset") << FaultKind::Reset << 0;
    QTest::newRow("malformed") << FaultKind::Malformed << 200;
    QTest::newRow("truncated") << FaultKind::Truncated << 0;
}

void TestShipBobDelivery::faultsShapedAsShipBob()
{
    QFETCH(FaultKind, kind);
    QFETCH(int, status);
    FaultRule rule;
    rule.endpoint = QStringLiteral("GET /order");
    rule.kind = kind;
    rule.status = kind == FaultKind::ServerError ? status : 0;
    rule.latencyMs = kind == FaultKind::Latency ? 200 : (kind == FaultKind::RateLimited ? 12'000 : 0);
    m_emulator->faults()->addRule(rule);
    m_client->setTransferTimeout(kind == FaultKind::Timeout ? 300 : 5000);

    QElapsedTimer clock;
    clock.start();
    const auto r = m_client->get(QStringLiteral("order"));
    const qint64 elapsed = clock.elapsed();
    switch (kind) {
    case FaultKind::ServerError:
    case FaultKind::Outage:
        QCOMPARE(r.status, status);
        if (status == 500) {
            QVERIFY(r.json().is_object());
            QVERIFY(r.json()["error"].is_array());
        }
        break;
    case FaultKind::RateLimited:
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("x-retry-after"), QByteArray("12"));
        QCOMPARE(r.header("x-remaining-calls"), QByteArray("0"));
        QCOMPARE(r.json()["statusCode"].get<int>(), 429);
        break;
    case FaultKind::Unauthorized:
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
        break;
    case FaultKind::Latency:
        QCOMPARE(r.status, 200);
        QVERIFY(elapsed >= 190);
        QVERIFY(r.json().is_array());
        break;
    case FaultKind::Timeout:
        QCOMPARE(r.status, 0);
        QVERIFY(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError);
        break;
    case FaultKind::Reset:
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        break;
    case FaultKind::Malformed:
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().is_discarded());
        break;
    case FaultKind::Truncated:
        QVERIFY(r.error != QNetworkReply::NoError); // Content-Length promised more than arrived
        break;
    default:
        QFAIL("unexpected kind");
    }
    // Other endpoints are untouched.
    QCOMPARE(m_client->get(QStringLiteral("channel")).status, 200);
}

void TestShipBobDelivery::lostAnswerThenRetryIsIdempotent()
{
    // ShipBob created the order but the answer was lost (a 503 After the handler): the client retries, gets
    // 422 for the reference_id, and finds the order by reference id. Exactly one order exists.
    FaultRule rule;
    rule.endpoint = QStringLiteral("POST /order");
    rule.kind = FaultKind::ServerError;
    rule.status = 503;
    rule.phase = FaultPhase::After;
    rule.remaining = 1;
    m_emulator->faults()->addRule(rule);
    const json body = orderBody(QStringLiteral("IDEM-1"), m_sku, 1);
    QCOMPARE(m_client->post(QStringLiteral("order"), body).status, 503);
    QVERIFY(m_emulator->orderByReference(QStringLiteral("IDEM-1")));
    QCOMPARE(m_client->post(QStringLiteral("order"), body).status, 422);
    const json found = m_client->get(QStringLiteral("order?ReferenceIds=IDEM-1")).json();
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found[0]["id"].get<int>(), m_emulator->orderByReference(QStringLiteral("IDEM-1"))->id);
    QCOMPARE(m_client->get(QStringLiteral("order")).json().size(), size_t(1));

    // Before the handler, nothing is created.
    rule.phase = FaultPhase::Before;
    m_emulator->faults()->addRule(rule);
    QCOMPARE(m_client->post(QStringLiteral("order"), orderBody(QStringLiteral("IDEM-2"), m_sku, 1)).status, 503);
    QVERIFY(!m_emulator->orderByReference(QStringLiteral("IDEM-2")));
}

void TestShipBobDelivery::endpointNamesForFaultRules()
{
    QCOMPARE(ShipBobApi::endpointFor("POST", QStringLiteral("/2026-01/order")), QStringLiteral("POST /order"));
    QCOMPARE(ShipBobApi::endpointFor("GET", QStringLiteral("/2026-01/order/123")), QStringLiteral("GET /order/{id}"));
    QCOMPARE(ShipBobApi::endpointFor("POST", QStringLiteral("/2026-01/order/123:cancel")),
        QStringLiteral("POST /order/{id}:cancel"));
    QCOMPARE(ShipBobApi::endpointFor("GET", QStringLiteral("/2026-01/order/1/shipment/22/timeline")),
        QStringLiteral("GET /order/{id}/shipment/{id}/timeline"));
    QCOMPARE(ShipBobApi::endpointFor("GET", QStringLiteral("/2026-01/inventory-level/locations")),
        QStringLiteral("GET /inventory-level/locations"));
}

QTEST_GUILESS_MAIN(TestShipBobDelivery)
#include "tst_shipbobdelivery.moc"
