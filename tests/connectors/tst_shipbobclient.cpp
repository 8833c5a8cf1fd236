#include "core/connectors/shipbob/shipbobclient.h"
#include "core/connectors/shipbob/shipbobwebhook.h"
#include "sandbox/common/world.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shipbob/shipbobwebhooks.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Quayside;
using namespace Quayside::Connectors;
using namespace Quayside::Sandbox;

// The ShipBob client against the ShipBob emulator over real HTTP on 127.0.0.1, and the webhook signature
// check against the emulator's signing.
class TestShipBobClient : public QObject
{
    Q_OBJECT

    World m_world = World::generate(7);
    QNetworkAccessManager m_network;
    int m_tokens = 0;

    template <typename T>
    static T wait(std::optional<T> &slot)
    {
        QDeadlineTimer deadline(15000);
        while (!slot && !deadline.hasExpired())
            QTest::qWait(2);
        return slot.value_or(T {});
    }

    ShipBobConfig configFor(const ShipBobEmulator &emulator)
    {
        ShipBobConfig c;
        c.baseUrl = emulator.baseUrl();
        // A window of its own per test: the client's window is shared by token.
        c.token = QString::fromLatin1(emulator.token());
        c.channelId = emulator.channelId();
        c.requestsPerMinute = 1000 + ++m_tokens;
        return c;
    }

    ProviderOrderRequest order(const QString &reference)
    {
        ProviderOrderRequest r;
        r.referenceId = reference;
        r.orderNumber = QStringLiteral("#") + reference;
        r.recipient.name = QStringLiteral("Ada Lovelace");
        r.recipient.address1 = QStringLiteral("1 Main St");
        r.recipient.city = QStringLiteral("Chicago");
        r.recipient.province = QStringLiteral("IL");
        r.recipient.zip = QStringLiteral("60601");
        r.recipient.country = QStringLiteral("US");
        r.lines << ProviderLine { m_world.variants().first().sku, {}, 1 };
        return r;
    }

    QPair<ProviderResult, QList<ProviderOrder>> create(ShipBobClient &client, const ProviderOrderRequest &r)
    {
        std::optional<QPair<ProviderResult, QList<ProviderOrder>>> out;
        client.createOrder(r, [&](ProviderResult res, QList<ProviderOrder> o) { out = qMakePair(res, o); });
        return wait(out);
    }

private Q_SLOTS:
    void webhookSignatureMatchesShipBobsSigning()
    {
        const QByteArray secret = "whsec_" + QByteArray("0123456789abcdef0123456789ABCDEF").toBase64().left(32);
        const QByteArray body = R"({"id":520001,"status":"LabeledCreated"})";
        const qint64 ts = 1768467600;
        const QByteArray signature = ShipBobWebhooks::sign(secret, "msg_1", ts, body);
        const QByteArray stamp = QByteArray::number(ts);
        QVERIFY(ShipBobWebhookVerifier::verify(secret, "msg_1", stamp, signature, body, ts + 10));
        QVERIFY(ShipBobWebhookVerifier::verify(secret, "msg_1", stamp, "v1,AAAA " + signature, body, ts));
        QVERIFY(!ShipBobWebhookVerifier::verify(secret, "msg_1", stamp, signature, body + " ", ts));
        QVERIFY(!ShipBobWebhookVerifier::verify(secret, "msg_2", stamp, signature, body, ts));
        QVERIFY(!ShipBobWebhookVerifier::verify("whsec_" + QByteArray(32, 'A'), "msg_1", stamp, signature, body, ts));
        QVERIFY(!ShipBobWebhookVerifier::verify(secret, "msg_1", stamp, signature, body, ts + 3600)); // replayed
        QVERIFY(!ShipBobWebhookVerifier::verify(secret, "msg_1", stamp, QByteArray(), body, ts));
        // Timestamps at the ends of qint64 are refused without overflowing (found by fuzz_shipbob_webhook).
        QVERIFY(!ShipBobWebhookVerifier::verify(secret, "msg_1", "-9223372036854775808", signature, body, ts));
        QVERIFY(!ShipBobWebhookVerifier::verify(secret, "msg_1", "9223372036854775807", signature, body, ts));
    }

    void aDeliveryNamesItsOrderByReference()
    {
        const auto reference = [](const QByteArray &topic, const QJsonValue &id) {
            return ShipBobWebhookDelivery::orderReference(
                topic, QJsonObject { { QStringLiteral("reference_id"), id } });
        };
        QCOMPARE(reference("order.shipped", QStringLiteral("5500001001")), QStringLiteral("5500001001"));
        QCOMPARE(reference("order.shipment.delivered", 5500001002.0), QStringLiteral("5500001002"));
        QCOMPARE(reference("return.created", QStringLiteral("5500001001")), QString()); // left to the poll
        QCOMPARE(reference("order.shipped", QJsonValue()), QString());
        // Numbers that are no whole id name no order (1e300 overflowed qint64 before).
        QCOMPARE(reference("order.shipped", 1e300), QString());
        QCOMPARE(reference("order.shipped", 2.5), QString());
    }

    void createIsIdempotentByReference()
    {
        ShipBobEmulator emulator(m_world, 7);
        QVERIFY(emulator.listenLocal());
        ShipBobClient client(&m_network, configFor(emulator));
        const auto first = create(client, order(QStringLiteral("1001")));
        QVERIFY2(first.first.ok, qPrintable(first.first.message));
        QCOMPARE(first.second.size(), 1);
        QVERIFY(first.second.first().id > 0);
        QCOMPARE(first.second.first().shipments.size(), 1);
        QCOMPARE(first.second.first().shipments.first().state, QStringLiteral("accepted"));

        const auto again = create(client, order(QStringLiteral("1001")));
        QVERIFY(!again.first.ok);
        QVERIFY(again.first.duplicate);
        QCOMPARE(again.first.status, 422);

        std::optional<QList<ProviderOrder>> found;
        client.ordersByReference(QStringLiteral("1001"), [&](ProviderResult r, QList<ProviderOrder> o) {
            QVERIFY(r.ok);
            found = o;
        });
        const auto orders = wait(found);
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().id, first.second.first().id);

        const auto plan = emulator.progressionPlan();
        emulator.advance(plan.pickMs + plan.packMs + plan.labelMs);
        std::optional<QList<ProviderOrder>> changed;
        client.ordersUpdatedSince(QDateTime(), 1, [&](ProviderResult r, QList<ProviderOrder> o, bool more) {
            QVERIFY(r.ok);
            QVERIFY(!more);
            changed = o;
        });
        const auto shipped = wait(changed);
        QCOMPARE(shipped.size(), 1);
        const ProviderShipment s = shipped.first().shipments.first();
        QCOMPARE(s.state, QStringLiteral("shipped"));
        QCOMPARE(s.rawStatus, QStringLiteral("LabeledCreated"));
        QVERIFY(!s.trackingNumber.isEmpty());
        QCOMPARE(s.lines.size(), 1);
        QCOMPARE(s.lines.first().quantity, 1);
    }

    void errorsAreClassified()
    {
        ShipBobEmulator emulator(m_world, 8);
        QVERIFY(emulator.listenLocal());
        ShipBobConfig bad = configFor(emulator);
        bad.token = QStringLiteral("not-the-token");
        ShipBobClient unauthorised(&m_network, bad);
        auto r = create(unauthorised, order(QStringLiteral("2001")));
        QVERIFY(r.first.errorClass == ErrorClass::Auth);

        ShipBobClient client(&m_network, configFor(emulator));
        ProviderOrderRequest invalid = order(QStringLiteral("2002"));
        invalid.recipient.name.clear();
        r = create(client, invalid);
        QVERIFY(r.first.errorClass == ErrorClass::Validation);
        QVERIFY(!r.first.duplicate);

        emulator.setRateLimit(2); // the invalid order above was the first call of this minute
        QVERIFY(create(client, order(QStringLiteral("2003"))).first.ok);
        r = create(client, order(QStringLiteral("2004")));
        QVERIFY(r.first.errorClass == ErrorClass::RateLimited);
        QVERIFY(r.first.retryAfterMs > 0);
        // The 429 closed the window on our side too: the next request is not even sent.
        const int sent = client.requestsSent();
        r = create(client, order(QStringLiteral("2005")));
        QVERIFY(r.first.errorClass == ErrorClass::RateLimited);
        QCOMPARE(client.requestsSent(), sent);
    }

    void slidingWindowKeepsUnderTheLimit()
    {
        SlidingWindow window(3, 60000);
        QCOMPARE(window.book(0, 0).value_or(-1), 0);
        QCOMPARE(window.book(10, 0).value_or(-1), 0);
        QCOMPARE(window.book(20, 0).value_or(-1), 0);
        qint64 wouldWait = 0;
        QVERIFY(!window.book(30, 1000, &wouldWait)); // the 4th within a minute
        QCOMPARE(wouldWait, 60000 - 30);
        QCOMPARE(window.book(30, 60000).value_or(-1), 60000 - 30); // booked for when the first slides out
        QCOMPARE(window.book(60010, 0).value_or(-1), 0); // the second has slid out by then
        window.holdUntil(70000);
        QVERIFY(!window.book(60020, 100));
    }
};

QTEST_GUILESS_MAIN(TestShipBobClient)
#include "tst_shipbobclient.moc"
