#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Quayside::Mapping;

namespace {
QString dataPath(const QString &name)
{
    return qEnvironmentVariable("QUAYSIDE_SOURCE_DIR") + QStringLiteral("/tests/mapping/data/") + name;
}

QJsonObject readJson(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

MappingKey keyFrom(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    return parts.size() == 3 ? MappingKey { parts[0], parts[1], parts[2] } : MappingKey {};
}
} // namespace

// The shipped default mappings of the flows' writes (ShipBob order, Shopify fulfilment, Odoo delivery)
// reproduce what the flows sent before mappings existed, and the catalog knows every key a flow applies.
class TestFlowMappings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFlowKeyHasAFitShippedDefaultAndSamples()
    {
        const QList<MappingKey> keys = MappingCatalog::flowKeys();
        QCOMPARE(keys.size(), 4);
        for (const MappingKey &key : keys) {
            const auto shipped = MappingCatalog::shippedDefault(key);
            QVERIFY2(shipped, qPrintable(key.text()));
            QCOMPARE(shipped->key, key);
            QVERIFY2(MappingCatalog::check(*shipped).isEmpty(), qPrintable(key.text()));
            QCOMPARE(MappingCatalog::sampleStep(key).first, QStringLiteral("orders"));
            QVERIFY(!MappingCatalog::sampleStep(key).second.isEmpty());
            QVERIFY(!MappingCatalog::reservedTargets(key).isEmpty());
        }
        QCOMPARE(MappingCatalog::shippedDefaults().size(), keys.size());
        // Odoo's fields come from fields_get; the other systems' from the catalog.
        QVERIFY(MappingCatalog::knownTargets(MappingCatalog::odooPicking()).isEmpty());
        for (const MappingKey &key : { MappingCatalog::shipBobOrder(), MappingCatalog::shopifyFulfillment() })
            for (const TargetField &f : MappingCatalog::knownTargets(key))
                QVERIFY2(!MappingCatalog::isReserved(MappingCatalog::reservedTargets(key), f.name), qPrintable(f.name));
    }

    void shippedDefaultReproducesTheFormerBody_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonObject>("record");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject data = readJson(QStringLiteral("flow_defaults.json"));
        for (const auto &c : data.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject row = c.toObject();
            const QJsonObject record = row.contains(QStringLiteral("recordFile"))
                ? readJson(row.value(QStringLiteral("recordFile")).toString())
                : row.value(QStringLiteral("record")).toObject();
            QTest::newRow(qPrintable(row.value(QStringLiteral("name")).toString()))
                << row.value(QStringLiteral("key")).toString() << record
                << row.value(QStringLiteral("expected")).toObject();
        }
    }

    void shippedDefaultReproducesTheFormerBody()
    {
        QFETCH(QString, key);
        QFETCH(QJsonObject, record);
        QFETCH(QJsonObject, expected);
        const auto shipped = MappingCatalog::shippedDefault(keyFrom(key));
        QVERIFY(shipped);
        const MappingOutcome outcome = MappingEngine::apply(*shipped, record);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
        QCOMPARE(QJsonDocument(outcome.result).toJson(QJsonDocument::Compact),
            QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void reservedTargetsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("refused");
        const auto row = [](const char *name, const char *key, const char *target, bool refused) {
            QTest::newRow(name) << QString::fromLatin1(key) << QString::fromLatin1(target) << refused;
        };
        row("ShipBob idempotency key", "shipbob/order/outbound", "reference_id", true);
        row("inside ShipBob's products", "shipbob/order/outbound", "products.0.sku", true);
        row("ShipBob shipping method", "shipbob/order/outbound", "shipping_method", false);
        row("ShipBob recipient", "shipbob/order/outbound", "recipient.address.country", false);
        row("Shopify tracking number", "shopify/fulfillment/outbound", "trackingInfo.number", true);
        row("the object holding it", "shopify/fulfillment/outbound", "trackingInfo", true);
        row("Shopify fulfilment lines", "shopify/fulfillment/outbound", "lineItemsByFulfillmentOrder", true);
        row("Shopify tracking URL", "shopify/fulfillment/outbound", "trackingInfo.url", false);
        row("Shopify notifyCustomer", "shopify/fulfillment/outbound", "notifyCustomer", false);
        row("Odoo tracking reference", "odoo/stock.picking/outbound", "carrier_tracking_ref", true);
        row("Odoo custom delivery field", "odoo/stock.picking/outbound", "x_carrier", false);
        row("sale order partner, nested", "odoo/sale.order/outbound", "partner_id.name", true);
        row("a prefix is not the field", "odoo/sale.order/outbound", "origin_note", false);
    }

    void reservedTargetsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, target);
        QFETCH(bool, refused);
        MappingDocument document;
        document.key = keyFrom(key);
        MappingRule rule;
        rule.id = QStringLiteral("r");
        rule.target = target;
        rule.op = MappingOp::Constant;
        rule.value = QStringLiteral("x");
        document.rules << rule;
        const QList<MappingError> errors = MappingCatalog::check(document);
        QCOMPARE(!errors.isEmpty(), refused);
        if (refused) {
            QCOMPARE(errors.first().rulePath, QStringLiteral("rules[0].target"));
            QVERIFY(errors.first().message.contains(target));
        }
    }
};

QTEST_APPLESS_MAIN(TestFlowMappings)
#include "tst_flowmappings.moc"
