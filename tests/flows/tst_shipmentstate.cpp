#include "core/flows/fulfilment/routingrules.h"
#include "core/flows/fulfilment/shipmentstate.h"

#include <QJsonArray>
#include <QTest>

using namespace Quayside;

// The canonical shipment state machine, table-driven: which reports move a shipment and which are
// ignored because they are late, repeated or would move it backwards.
class TestShipmentState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (const char *name : { "pending",
                 "accepted",
                 "on_hold",
                 "picked",
                 "packed",
                 "shipped",
                 "in_transit",
                 "delivered",
                 "exception",
                 "returned",
                 "cancelled" }) {
            const auto s = shipmentStateFromString(QString::fromLatin1(name));
            QVERIFY2(s, name);
            QCOMPARE(toString(*s), QString::fromLatin1(name));
        }
        QVERIFY(!shipmentStateFromString(QStringLiteral("Shipped")));
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("current"); // empty: nothing known yet
        QTest::addColumn<int>("currentAtMin");
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<int>("incomingAtMin");
        QTest::addColumn<bool>("moves");

        const auto row = [](const char *tag, const char *from, int fromAt, const char *to, int toAt, bool moves) {
            QTest::newRow(tag) << QString::fromLatin1(from) << fromAt << QString::fromLatin1(to) << toAt << moves;
        };
        row("first report", "", 0, "accepted", 0, true);
        row("first report may be late in the life", "", 0, "delivered", 5, true);
        row("forward", "accepted", 0, "picked", 1, true);
        row("forward, skipping states", "accepted", 0, "shipped", 1, true);
        row("forward, same timestamp", "shipped", 3, "in_transit", 3, true);
        row("repeat", "shipped", 3, "shipped", 4, false);
        row("exact duplicate", "shipped", 3, "shipped", 3, false);
        row("backwards, newer time", "shipped", 3, "accepted", 9, false);
        row("backwards, older time", "in_transit", 5, "shipped", 3, false);
        row("forward but older than what is known", "shipped", 5, "in_transit", 4, false);
        row("late event after delivery", "delivered", 9, "in_transit", 5, false);
        row("on hold before packing", "picked", 1, "on_hold", 2, true);
        row("no hold once shipped", "shipped", 1, "on_hold", 2, false);
        row("released from hold", "on_hold", 2, "picked", 3, true);
        row("release older than the hold", "on_hold", 5, "picked", 3, false);
        row("exception in transit", "in_transit", 2, "exception", 3, true);
        row("no exception before accepted", "pending", 0, "exception", 3, false);
        row("out of exception", "exception", 3, "delivered", 4, true);
        row("exception back to accepted", "exception", 3, "accepted", 4, true);
        row("no exception after delivery", "delivered", 3, "exception", 4, false);
        row("cancel before shipping", "packed", 1, "cancelled", 2, true);
        row("cancel on hold", "on_hold", 1, "cancelled", 2, true);
        row("no cancel in transit", "in_transit", 1, "cancelled", 2, false);
        row("cancelled is final", "cancelled", 1, "accepted", 2, false);
        row("returned after delivery", "delivered", 1, "returned", 2, true);
        row("no return before shipping", "packed", 1, "returned", 2, false);
        row("returned is final", "returned", 1, "delivered", 2, false);
    }

    void transitions()
    {
        QFETCH(QString, current);
        QFETCH(int, currentAtMin);
        QFETCH(QString, incoming);
        QFETCH(int, incomingAtMin);
        QFETCH(bool, moves);
        const QDateTime base(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
        std::optional<ShipmentStatus> now;
        if (!current.isEmpty())
            now = ShipmentStatus { *shipmentStateFromString(current), base.addSecs(60 * currentAtMin) };
        const ShipmentStatus report { *shipmentStateFromString(incoming), base.addSecs(60 * incomingAtMin) };
        QCOMPARE(ShipmentStateMachine::accepts(now, report), moves);
    }

    void shippedStates()
    {
        QVERIFY(!ShipmentStateMachine::hasShipped(ShipmentState::Packed));
        QVERIFY(ShipmentStateMachine::hasShipped(ShipmentState::Shipped));
        QVERIFY(ShipmentStateMachine::hasShipped(ShipmentState::Delivered));
        QVERIFY(!ShipmentStateMachine::hasShipped(ShipmentState::Cancelled));
    }

    void routingDefaultsToShipBob_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("route");
        QTest::newRow("default") << "US"
                                 << "A-1"
                                 << "shipbob";
        QTest::newRow("internal country") << "CA"
                                          << "A-1"
                                          << "internal";
        QTest::newRow("country code case") << "ca"
                                           << "A-1"
                                           << "internal";
        QTest::newRow("SKU not at ShipBob") << "US"
                                            << "LOCAL-1"
                                            << "internal";
    }

    void routingDefaultsToShipBob()
    {
        QFETCH(QString, country);
        QFETCH(QString, sku);
        QFETCH(QString, route);
        RoutingRules rules;
        rules.internalCountries = { QStringLiteral("CA") };
        rules.skusNotAtShipBob = { QStringLiteral("LOCAL-1") };
        const QJsonObject order { { QStringLiteral("shippingAddress"),
                                      QJsonObject { { QStringLiteral("countryCodeV2"), country } } },
            { QStringLiteral("lineItems"),
                QJsonObject { { QStringLiteral("nodes"),
                    QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("A-2") } },
                        QJsonObject { { QStringLiteral("sku"), sku } } } } } } };
        QCOMPARE(rules.decide(order).route, route);
        QCOMPARE(RoutingRules().decide(order).route, QStringLiteral("shipbob"));
    }
};

QTEST_GUILESS_MAIN(TestShipmentState)
#include "tst_shipmentstate.moc"
