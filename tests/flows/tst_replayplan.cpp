#include "core/flows/replayplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Quayside;

// The replay preview names each step's writes, from payloads shaped as the flows store them.
class TestReplayPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesPerStep_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QStringList>("systems");
        QTest::addColumn<QString>("mentions");

        const QByteArray order
            = "{\"name\":\"#1007\",\"email\":\"ada@example.com\",\"id\":\"gid://shopify/Order/5500000007\","
              "\"lineItems\":{\"nodes\":[{\"sku\":\"QS-SOAP\",\"quantity\":1},{\"sku\":\"QS-CARD\","
              "\"quantity\":2}]},\"totalPriceSet\":{\"shopMoney\":{\"amount\":\"82.49\","
              "\"currencyCode\":\"USD\"}}}";
        QTest::newRow("create_sale_order")
            << QStringLiteral("create_sale_order") << order
            << QStringList { QStringLiteral("Odoo"), QStringLiteral("Odoo") } << QStringLiteral("order #1007 (2 line");
        QTest::newRow("route_order") << QStringLiteral("route_order") << order
                                     << QStringList { QStringLiteral("Quayside") } << QStringLiteral("order #1007");
        QTest::newRow("create_3pl_order") << QStringLiteral("create_3pl_order") << order
                                          << QStringList { QStringLiteral("ShipBob") } << QStringLiteral("#1007");
        QTest::newRow("apply_shipment shipped")
            << QStringLiteral("apply_shipment")
            << QByteArray("{\"name\":\"#1003\",\"state\":\"shipped\",\"trackingNumber\":\"1Z999\",\"lines\":[{\"sku\":"
                          "\"QS-TEE\",\"quantity\":2},{\"sku\":\"QS-SHOE\",\"quantity\":1}]}")
            << QStringList { QStringLiteral("Odoo") } << QStringLiteral("3 item");
        QTest::newRow("apply_shipment accepted")
            << QStringLiteral("apply_shipment")
            << QByteArray("{\"name\":\"#1003\",\"state\":\"accepted\",\"lines\":[]}")
            << QStringList { QStringLiteral("Quayside") } << QStringLiteral("\"accepted\"");
        QTest::newRow("fulfill_in_shopify")
            << QStringLiteral("fulfill_in_shopify")
            << QByteArray("{\"name\":\"#1008\",\"carrier\":\"FedEx\",\"trackingNumber\":\"3240\",\"lines\":[{\"sku\":"
                          "\"QS-JACK-M\",\"quantity\":3}]}")
            << QStringList { QStringLiteral("Shopify") } << QStringLiteral("tracking FedEx 3240");
        QTest::newRow("fulfill_in_shopify internal")
            << QStringLiteral("fulfill_in_shopify")
            << QByteArray("{\"name\":\"#1009\",\"deliveredTotals\":{\"QS-SOAP\":1}}")
            << QStringList { QStringLiteral("Shopify") } << QStringLiteral("up to what Odoo has delivered");
        QTest::newRow("cancel_at_3pl") << QStringLiteral("cancel_at_3pl") << QByteArray("{\"name\":\"#1002\"}")
                                       << QStringList { QStringLiteral("ShipBob"), QStringLiteral("Odoo") }
                                       << QStringLiteral("#1002");
        QTest::newRow("cancel_sale_order") << QStringLiteral("cancel_sale_order") << QByteArray("{\"name\":\"#1002\"}")
                                           << QStringList { QStringLiteral("Odoo") } << QStringLiteral("#1002");
        QTest::newRow("invoice_sale_order")
            << QStringLiteral("invoice_sale_order") << QByteArray("{\"name\":\"#1004\"}")
            << QStringList { QStringLiteral("Odoo") } << QStringLiteral("invoice");
        QTest::newRow("credit_refund") << QStringLiteral("credit_refund")
                                       << QByteArray("{\"name\":\"#1002\",\"amount\":\"121.81\",\"lines\":[]}")
                                       << QStringList { QStringLiteral("Odoo") } << QStringLiteral("121.81");
        QTest::newRow("return_picking") << QStringLiteral(
            "return_picking") << QByteArray("{\"name\":\"#1005\",\"lines\":[{\"sku\":\"QS-TEE\",\"quantity\":1}]}")
                                        << QStringList { QStringLiteral("Odoo"), QStringLiteral("ShipBob") }
                                        << QStringLiteral("1 item");
        QTest::newRow("create_3pl_return")
            << QStringLiteral("create_3pl_return")
            << QByteArray("{\"name\":\"#1005\",\"lines\":[{\"sku\":\"QS-TEE\",\"quantity\":2}]}")
            << QStringList { QStringLiteral("ShipBob") } << QStringLiteral("2 item");
        QTest::newRow("push_stock") << QStringLiteral("push_stock")
                                    << QByteArray(
                                           "{\"items\":[{\"sku\":\"A\",\"location\":\"main\",\"free\":3},{\"sku\":"
                                           "\"B\",\"location\":\"main\",\"free\":1}]}")
                                    << QStringList { QStringLiteral("Shopify") } << QStringLiteral("2 SKU");
        QTest::newRow("poll_shopify reads only")
            << QStringLiteral("poll_shopify") << QByteArray("{}") << QStringList() << QString();
        QTest::newRow("reconcile_odoo reads only")
            << QStringLiteral("reconcile_odoo") << QByteArray("{}") << QStringList() << QString();
    }

    void writesPerStep()
    {
        QFETCH(QString, step);
        QFETCH(QByteArray, payload);
        QFETCH(QStringList, systems);
        QFETCH(QString, mentions);
        const QList<PlannedWrite> writes = ReplayPlan::forStep(step, QJsonDocument::fromJson(payload).object());
        QStringList seen;
        QString text;
        for (const PlannedWrite &w : writes) {
            seen << w.system;
            text += w.change + QLatin1Char('\n');
            QVERIFY2(!w.guard.isEmpty(), qPrintable(w.change)); // every write says why it cannot happen twice
        }
        QCOMPARE(seen, systems);
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("ada@example.com")));
    }

    void bulkPreviewWithoutPayloadStillNamesTheWrite()
    {
        const QList<PlannedWrite> writes = ReplayPlan::forStep(QStringLiteral("create_sale_order"), {});
        QCOMPARE(writes.size(), 2);
        QCOMPARE(writes.at(1).change, QStringLiteral("Create the sale order for the order and confirm it"));
    }
};

QTEST_GUILESS_MAIN(TestReplayPlan)
#include "tst_replayplan.moc"
