#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingengine.h"
#include "core/mapping/mappingtargetsmodel.h"

#include <QAbstractItemModelTester>
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

    // The editor's target table for a key with dotted fields (ShipBob's recipient.address.city): a field a
    // rule sets is not offered again, the others are, and the reserved ones come last, read-only.
    void dottedTargetsOfAMappedKey()
    {
        const MappingKey key = MappingCatalog::shipBobOrder();
        MappingTargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReservedTargets(MappingCatalog::reservedTargets(key));
        model.setTargetFields(MappingCatalog::knownTargets(key));
        const MappingDocument shipped = *MappingCatalog::shippedDefault(key);
        model.setDocument(shipped);
        QStringList open;
        QStringList reserved;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, MappingTargetsModel::TargetColumn);
            if (i.data(MappingTargetsModel::ReservedRole).toBool())
                reserved << i.data(MappingTargetsModel::TargetRole).toString();
            else if (i.data(MappingTargetsModel::RuleIndexRole).toInt() < 0)
                open << i.data(MappingTargetsModel::TargetRole).toString();
        }
        QCOMPARE(model.rowCount(), int(shipped.rules.size() + open.size() + reserved.size()));
        QCOMPARE(reserved, (QStringList { QStringLiteral("reference_id"), QStringLiteral("products") }));
        QVERIFY(!open.contains(QStringLiteral("recipient.address.city")));
        QVERIFY(open.contains(QStringLiteral("gift_message")));
        QVERIFY(open.contains(QStringLiteral("recipient.address.company_name")));
        QVERIFY(open.contains(QStringLiteral("tags")));
        // Every field of the list is a rule's target or offered.
        QCOMPARE(open.size() + shipped.rules.size(), MappingCatalog::knownTargets(key).size());
        QVERIFY(model.unmappedRequired().isEmpty());
    }

    // The shipment keys' records are our own reports: their shape names the fields the preview will read.
    void shipmentRecordsHaveAShape()
    {
        QVERIFY(MappingCatalog::recordShape(MappingCatalog::odooSaleOrder()).isEmpty());
        QVERIFY(MappingCatalog::recordShape(MappingCatalog::shipBobOrder()).isEmpty());
        const QJsonObject picking = MappingCatalog::recordShape(MappingCatalog::odooPicking());
        const QJsonObject fulfillment = MappingCatalog::recordShape(MappingCatalog::shopifyFulfillment());
        for (const char *field : { "trackingNumber", "carrier", "trackingUrl", "lines", "shipmentId", "name" }) {
            QVERIFY2(picking.contains(QLatin1String(field)), field);
            QVERIFY2(fulfillment.contains(QLatin1String(field)), field);
        }
        QVERIFY(picking.contains(QStringLiteral("state")));
        QVERIFY(fulfillment.contains(QStringLiteral("notifyCustomer")));
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
