#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingdiff.h"
#include "core/mapping/mappingengine.h"
#include "core/mapping/mappingpreview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Quayside::Mapping;

Q_DECLARE_METATYPE(QJsonObject)
Q_DECLARE_METATYPE(QJsonValue)

namespace {

// A Shopify order as OrderReader produces it (orders_by_ids.graphql, note attributes included), plus the
// shipping line Shopify has and the reader does not read yet.
QJsonObject order()
{
    QFile file(qEnvironmentVariable("QUAYSIDE_SOURCE_DIR") + QStringLiteral("/tests/mapping/data/order_1001.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The test order is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject document(const QJsonArray &rules)
{
    return QJsonObject { { QStringLiteral("format"), 1 },
        { QStringLiteral("system"), QStringLiteral("odoo") },
        { QStringLiteral("entity"), QStringLiteral("sale.order") },
        { QStringLiteral("direction"), QStringLiteral("outbound") },
        { QStringLiteral("rules"), rules } };
}

MappingDocument parsed(const QJsonArray &rules)
{
    QList<MappingError> errors;
    const auto doc = MappingDocument::fromJson(document(rules), &errors);
    if (!doc)
        qFatal("%s", qPrintable(errors.value(0).text()));
    return *doc;
}

QJsonObject rule(const QString &target, const QString &op, const QJsonObject &more = {})
{
    QJsonObject r = more;
    r.insert(QStringLiteral("id"), target);
    r.insert(QStringLiteral("target"), target);
    r.insert(QStringLiteral("op"), op);
    return r;
}

QJsonObject src(const QString &source, QJsonObject more = {})
{
    more.insert(QStringLiteral("source"), source);
    return more;
}

} // namespace

class TestMappingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transforms_data();
    void transforms();
    void errors_data();
    void errors();
    void parseErrors_data();
    void parseErrors();
    void unreadableJson();
    void roundTrip();
    void errorTextNamesRuleFieldSourceAndValue();
    void allRulesRunAfterAnError();
    void shippedDefaultMapsARealOrder();
    void reservedTargetsAreRefused();
    void diffByPath();
    void previewShowsDraftPublishedDiffAndErrors();
    void requiredTargetsOfTheTargetSystem();
    void odooRequiredCustomFields();
};

void TestMappingEngine::transforms_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QJsonObject>("expected");
    const auto lookupTable = QJsonObject { { QStringLiteral("STANDARD"), QStringLiteral("Standard Delivery") },
        { QStringLiteral("EXPRESS"), QStringLiteral("Express Delivery") } };

    QTest::newRow("copy") << rule(
        QStringLiteral("client_order_ref"), QStringLiteral("copy"), src(QStringLiteral("name")))
                          << QJsonObject { { QStringLiteral("client_order_ref"), QStringLiteral("#1001") } };
    QTest::newRow("copy nested into nested")
        << rule(QStringLiteral("partner.email"),
               QStringLiteral("copy"),
               src(QStringLiteral("customer.defaultEmailAddress.emailAddress")))
        << QJsonObject { { QStringLiteral("partner"),
               QJsonObject { { QStringLiteral("email"), QStringLiteral("ada.lovelace@example.com") } } } };
    QTest::newRow("copy list index") << rule(
        QStringLiteral("sku"), QStringLiteral("copy"), src(QStringLiteral("lineItems.nodes[1].sku")))
                                     << QJsonObject { { QStringLiteral("sku"), QStringLiteral("TEA-EARL") } };
    QTest::newRow("copy dotted index") << rule(
        QStringLiteral("sku"), QStringLiteral("copy"), src(QStringLiteral("lineItems.nodes.0.sku")))
                                       << QJsonObject { { QStringLiteral("sku"), QStringLiteral("MUG-BLUE") } };
    QTest::newRow("copy note attribute by key")
        << rule(QStringLiteral("x_channel"),
               QStringLiteral("copy"),
               src(QStringLiteral("customAttributes[key=channel].value")))
        << QJsonObject { { QStringLiteral("x_channel"), QStringLiteral("instagram") } };
    QTest::newRow("copy object") << rule(
        QStringLiteral("ship"), QStringLiteral("copy"), src(QStringLiteral("shippingLine")))
                                 << QJsonObject { { QStringLiteral("ship"),
                                        QJsonObject { { QStringLiteral("code"), QStringLiteral("EXPRESS") },
                                            { QStringLiteral("title"), QStringLiteral("Express (1-2 days)") } } } };
    QTest::newRow("copy absent, optional: nothing")
        << rule(QStringLiteral("x_po"), QStringLiteral("copy"), src(QStringLiteral("poNumber"))) << QJsonObject {};
    QTest::newRow("copy null, optional: nothing")
        << rule(QStringLiteral("street2"), QStringLiteral("copy"), src(QStringLiteral("shippingAddress.address2")))
        << QJsonObject {};
    QTest::newRow("copy absent: default") << rule(QStringLiteral("x_po"),
        QStringLiteral("copy"),
        src(QStringLiteral("poNumber"), { { QStringLiteral("default"), QStringLiteral("none") } }))
                                          << QJsonObject { { QStringLiteral("x_po"), QStringLiteral("none") } };
    QTest::newRow("constant") << rule(QStringLiteral("x_sales_channel"),
        QStringLiteral("constant"),
        { { QStringLiteral("value"), QStringLiteral("shopify") } })
                              << QJsonObject { { QStringLiteral("x_sales_channel"), QStringLiteral("shopify") } };
    QTest::newRow("constant false") << rule(
        QStringLiteral("x_b2b"), QStringLiteral("constant"), { { QStringLiteral("value"), false } })
                                    << QJsonObject { { QStringLiteral("x_b2b"), false } };
    QTest::newRow("template") << rule(QStringLiteral("note"),
        QStringLiteral("template"),
        { { QStringLiteral("template"),
            QStringLiteral("Shopify {name} / {customer.defaultEmailAddress.emailAddress}") } })
                              << QJsonObject { { QStringLiteral("note"),
                                     QStringLiteral("Shopify #1001 / ada.lovelace@example.com") } };
    QTest::newRow("template fallback and number") << rule(QStringLiteral("note"),
        QStringLiteral("template"),
        { { QStringLiteral("template"), QStringLiteral("PO {poNumber|none}, {lineItems.nodes[0].quantity} mugs") } })
                                                  << QJsonObject { { QStringLiteral("note"),
                                                         QStringLiteral("PO none, 2 mugs") } };
    QTest::newRow("lookup") << rule(QStringLiteral("carrier"),
        QStringLiteral("lookup"),
        src(QStringLiteral("shippingLine.code"), { { QStringLiteral("table"), lookupTable } }))
                            << QJsonObject { { QStringLiteral("carrier"), QStringLiteral("Express Delivery") } };
    QTest::newRow("lookup miss: default") << rule(QStringLiteral("warehouse"),
        QStringLiteral("lookup"),
        src(QStringLiteral("shippingAddress.countryCodeV2"),
            { { QStringLiteral("table"), QJsonObject { { QStringLiteral("US"), QStringLiteral("WH-US") } } },
                { QStringLiteral("default"), QStringLiteral("WH-EU") } }))
                                          << QJsonObject { { QStringLiteral("warehouse"), QStringLiteral("WH-EU") } };
    QTest::newRow("lookup of a boolean") << rule(QStringLiteral("x_vat"),
        QStringLiteral("lookup"),
        src(QStringLiteral("taxesIncluded"),
            { { QStringLiteral("table"), QJsonObject { { QStringLiteral("true"), QStringLiteral("gross") } } } }))
                                         << QJsonObject { { QStringLiteral("x_vat"), QStringLiteral("gross") } };
    QTest::newRow("number from a string, scaled and rounded") << rule(QStringLiteral("x_net"),
        QStringLiteral("number"),
        src(QStringLiteral("totalPriceSet.shopMoney.amount"),
            { { QStringLiteral("scale"), 1.19 }, { QStringLiteral("decimals"), 2 } }))
                                                              << QJsonObject { { QStringLiteral("x_net"), 77.23 } };
    QTest::newRow("number integer") << rule(QStringLiteral("x_shopify_id"),
        QStringLiteral("number"),
        src(QStringLiteral("legacyResourceId"), { { QStringLiteral("integer"), true } }))
                                    << QJsonObject { { QStringLiteral("x_shopify_id"), qint64(5500001001) } };
    QTest::newRow("number absent: default") << rule(QStringLiteral("x_weight"),
        QStringLiteral("number"),
        src(QStringLiteral("totalWeight"), { { QStringLiteral("default"), 0 } }))
                                            << QJsonObject { { QStringLiteral("x_weight"), 0 } };
    QTest::newRow("currency from a MoneyBag") << rule(QStringLiteral("x_total"),
        QStringLiteral("currency"),
        src(QStringLiteral("totalPriceSet"), { { QStringLiteral("currency"), QStringLiteral("EUR") } }))
                                              << QJsonObject { { QStringLiteral("x_total"), 64.9 } };
    QTest::newRow("currency from MoneyV2, rounded") << rule(QStringLiteral("x_unit"),
        QStringLiteral("currency"),
        src(QStringLiteral("lineItems.nodes[1].originalUnitPriceSet.shopMoney"), { { QStringLiteral("decimals"), 0 } }))
                                                    << QJsonObject { { QStringLiteral("x_unit"), 13 } };
    QTest::newRow("currency from a bare amount") << rule(QStringLiteral("x_discount"),
        QStringLiteral("currency"),
        src(QStringLiteral("totalDiscountsSet.shopMoney.amount")))
                                                 << QJsonObject { { QStringLiteral("x_discount"), 5 } };
    QTest::newRow("date as Odoo datetime (UTC)")
        << rule(QStringLiteral("date_order"), QStringLiteral("date"), src(QStringLiteral("createdAt")))
        << QJsonObject { { QStringLiteral("date_order"), QStringLiteral("2026-11-26 21:14:05") } };
    QTest::newRow("date in a time zone and format")
        << rule(QStringLiteral("x_local_day"),
               QStringLiteral("date"),
               src(QStringLiteral("createdAt"),
                   { { QStringLiteral("timezone"), QStringLiteral("Pacific/Auckland") },
                       { QStringLiteral("format"), QStringLiteral("yyyy-MM-dd HH:mm") } }))
        << QJsonObject { { QStringLiteral("x_local_day"), QStringLiteral("2026-11-27 10:14") } };
    QTest::newRow("when equals: applies") << rule(QStringLiteral("x_paid"),
        QStringLiteral("constant"),
        { { QStringLiteral("value"), true },
            { QStringLiteral("when"),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("displayFinancialStatus") },
                    { QStringLiteral("equals"), QStringLiteral("PAID") } } } })
                                          << QJsonObject { { QStringLiteral("x_paid"), true } };
    QTest::newRow("when equals: skipped") << rule(QStringLiteral("x_paid"),
        QStringLiteral("constant"),
        { { QStringLiteral("value"), true },
            { QStringLiteral("when"),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("displayFinancialStatus") },
                    { QStringLiteral("equals"), QStringLiteral("PENDING") } } } })
                                          << QJsonObject {};
    QTest::newRow("when in") << rule(QStringLiteral("x_region"),
        QStringLiteral("constant"),
        { { QStringLiteral("value"), QStringLiteral("UK") },
            { QStringLiteral("when"),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("shippingAddress.countryCodeV2") },
                    { QStringLiteral("in"), QJsonArray { QStringLiteral("GB"), QStringLiteral("IE") } } } } })
                             << QJsonObject { { QStringLiteral("x_region"), QStringLiteral("UK") } };
    QTest::newRow("when exists false: skipped, as the note exists") << rule(QStringLiteral("note"),
        QStringLiteral("constant"),
        { { QStringLiteral("value"), QStringLiteral("no note") },
            { QStringLiteral("when"),
                QJsonObject { { QStringLiteral("field"), QStringLiteral("note") },
                    { QStringLiteral("exists"), false } } } }) << QJsonObject {};
    QTest::newRow("a required rule skipped by its condition is no error") << rule(QStringLiteral("x_po"),
        QStringLiteral("copy"),
        src(QStringLiteral("poNumber"),
            { { QStringLiteral("required"), true },
                { QStringLiteral("when"),
                    QJsonObject { { QStringLiteral("field"), QStringLiteral("test") },
                        { QStringLiteral("equals"), true } } } })) << QJsonObject {};
    QTest::newRow("each: per line, with the record's own fields")
        << rule(QStringLiteral("lines"),
               QStringLiteral("each"),
               src(QStringLiteral("lineItems.nodes"),
                   { { QStringLiteral("rules"),
                       QJsonArray {
                           rule(QStringLiteral("default_code"), QStringLiteral("copy"), src(QStringLiteral("sku"))),
                           rule(
                               QStringLiteral("qty"), QStringLiteral("number"), src(QStringLiteral("currentQuantity"))),
                           QJsonObject { { QStringLiteral("target"), QStringLiteral("name") },
                               { QStringLiteral("op"), QStringLiteral("template") },
                               { QStringLiteral("template"), QStringLiteral("{$.name}: {sku}") } },
                           QJsonObject { { QStringLiteral("target"), QStringLiteral("x_vat") },
                               { QStringLiteral("op"), QStringLiteral("copy") },
                               { QStringLiteral("source"), QStringLiteral("taxLines[0].rate") } } } } }))
        << QJsonObject { { QStringLiteral("lines"),
               QJsonArray { QJsonObject { { QStringLiteral("default_code"), QStringLiteral("MUG-BLUE") },
                                { QStringLiteral("qty"), 2 },
                                { QStringLiteral("name"), QStringLiteral("#1001: MUG-BLUE") },
                                { QStringLiteral("x_vat"), 0.19 } },
                   QJsonObject { { QStringLiteral("default_code"), QStringLiteral("TEA-EARL") },
                       { QStringLiteral("qty"), 1 },
                       { QStringLiteral("name"), QStringLiteral("#1001: TEA-EARL") } } } } };
}

void TestMappingEngine::transforms()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QJsonObject, expected);
    const MappingOutcome outcome = MappingEngine::apply(parsed({ rule }), order());
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
    QCOMPARE(outcome.result, expected);
}

void TestMappingEngine::errors_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("rulePath");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const auto none = QJsonValue(QJsonValue::Undefined);

    QTest::newRow("required, absent") << rule(QStringLiteral("x_po"),
        QStringLiteral("copy"),
        src(QStringLiteral("poNumber"), { { QStringLiteral("required"), true } }))
                                      << int(MappingError::Kind::Required) << QStringLiteral("rules[0]")
                                      << QStringLiteral("poNumber") << none << QStringLiteral("required");
    QTest::newRow("required, null") << rule(QStringLiteral("street2"),
        QStringLiteral("copy"),
        src(QStringLiteral("shippingAddress.address2"), { { QStringLiteral("required"), true } }))
                                    << int(MappingError::Kind::Required) << QStringLiteral("rules[0]")
                                    << QStringLiteral("shippingAddress.address2") << QJsonValue(QJsonValue::Null)
                                    << QStringLiteral("required");
    QTest::newRow("required template gives nothing")
        << rule(QStringLiteral("x_po"),
               QStringLiteral("template"),
               { { QStringLiteral("template"), QStringLiteral("{poNumber}") }, { QStringLiteral("required"), true } })
        << int(MappingError::Kind::Required) << QStringLiteral("rules[0]") << QString() << QJsonValue(QString())
        << QStringLiteral("template gives nothing");
    QTest::newRow("required constant empty") << rule(QStringLiteral("x_sales_channel"),
        QStringLiteral("constant"),
        { { QStringLiteral("value"), QString() }, { QStringLiteral("required"), true } })
                                             << int(MappingError::Kind::Required) << QStringLiteral("rules[0]")
                                             << QString() << QJsonValue(QString()) << QStringLiteral("required");
    QTest::newRow("lookup miss without default") << rule(QStringLiteral("carrier"),
        QStringLiteral("lookup"),
        src(QStringLiteral("shippingLine.code"),
            { { QStringLiteral("table"), QJsonObject { { QStringLiteral("STANDARD"), QStringLiteral("Std") } } } }))
                                                 << int(MappingError::Kind::NoLookupEntry) << QStringLiteral("rules[0]")
                                                 << QStringLiteral("shippingLine.code")
                                                 << QJsonValue(QStringLiteral("EXPRESS"))
                                                 << QStringLiteral("no entry for \"EXPRESS\"");
    QTest::newRow("number from text") << rule(
        QStringLiteral("x_n"), QStringLiteral("number"), src(QStringLiteral("email")))
                                      << int(MappingError::Kind::NotANumber) << QStringLiteral("rules[0]")
                                      << QStringLiteral("email")
                                      << QJsonValue(QStringLiteral("ada.lovelace@example.com"))
                                      << QStringLiteral("not a number");
    QTest::newRow("number from an object")
        << rule(QStringLiteral("x_n"), QStringLiteral("number"), src(QStringLiteral("totalPriceSet")))
        << int(MappingError::Kind::NotANumber) << QStringLiteral("rules[0]") << QStringLiteral("totalPriceSet")
        << QJsonValue(order().value(QStringLiteral("totalPriceSet"))) << QStringLiteral("not a number");
    QTest::newRow("currency of a non-amount")
        << rule(QStringLiteral("x_total"), QStringLiteral("currency"), src(QStringLiteral("customer.firstName")))
        << int(MappingError::Kind::NotAnAmount) << QStringLiteral("rules[0]") << QStringLiteral("customer.firstName")
        << QJsonValue(QStringLiteral("Ada")) << QStringLiteral("not an amount");
    QTest::newRow("currency in another currency")
        << rule(QStringLiteral("x_total"),
               QStringLiteral("currency"),
               src(QStringLiteral("totalPriceSet"), { { QStringLiteral("currency"), QStringLiteral("USD") } }))
        << int(MappingError::Kind::CurrencyMismatch) << QStringLiteral("rules[0]") << QStringLiteral("totalPriceSet")
        << QJsonValue(order().value(QStringLiteral("totalPriceSet")))
        << QStringLiteral("in EUR, the rule accepts only USD");
    QTest::newRow("date of a non-date") << rule(
        QStringLiteral("date_order"), QStringLiteral("date"), src(QStringLiteral("name")))
                                        << int(MappingError::Kind::NotADate) << QStringLiteral("rules[0]")
                                        << QStringLiteral("name") << QJsonValue(QStringLiteral("#1001"))
                                        << QStringLiteral("not an ISO 8601");
    QTest::newRow("date of a number") << rule(
        QStringLiteral("date_order"), QStringLiteral("date"), src(QStringLiteral("lineItems.nodes[0].quantity")))
                                      << int(MappingError::Kind::NotADate) << QStringLiteral("rules[0]")
                                      << QStringLiteral("lineItems.nodes[0].quantity") << QJsonValue(2)
                                      << QStringLiteral("not an ISO 8601");
    QTest::newRow("each over a non-list")
        << rule(QStringLiteral("lines"),
               QStringLiteral("each"),
               src(QStringLiteral("customer"),
                   { { QStringLiteral("rules"),
                       QJsonArray { rule(QStringLiteral("x"), QStringLiteral("copy"), src(QStringLiteral("id"))) } } }))
        << int(MappingError::Kind::NotAList) << QStringLiteral("rules[0]") << QStringLiteral("customer")
        << QJsonValue(order().value(QStringLiteral("customer"))) << QStringLiteral("not a list");
    QTest::newRow("inside each: names the item")
        << rule(QStringLiteral("lines"),
               QStringLiteral("each"),
               src(QStringLiteral("lineItems.nodes"),
                   { { QStringLiteral("rules"),
                       QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("qty") },
                                        { QStringLiteral("target"), QStringLiteral("product_uom_qty") },
                                        { QStringLiteral("op"), QStringLiteral("number") },
                                        { QStringLiteral("source"), QStringLiteral("quantity") } },
                           QJsonObject { { QStringLiteral("id"), QStringLiteral("line_tax") },
                               { QStringLiteral("target"), QStringLiteral("x_tax") },
                               { QStringLiteral("op"), QStringLiteral("copy") },
                               { QStringLiteral("source"), QStringLiteral("taxLines[0].title") },
                               { QStringLiteral("required"), true } } } } }))
        << int(MappingError::Kind::Required) << QStringLiteral("rules[0].rules[1]")
        << QStringLiteral("lineItems.nodes[1].taxLines[0].title") << none << QStringLiteral("required");
}

void TestMappingEngine::errors()
{
    QFETCH(QJsonObject, rule);
    QFETCH(int, kind);
    QFETCH(QString, rulePath);
    QFETCH(QString, source);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const MappingOutcome outcome = MappingEngine::apply(parsed({ rule }), order());
    QCOMPARE(outcome.errors.size(), 1);
    const MappingError &e = outcome.errors.first();
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.rulePath, rulePath);
    QCOMPARE(e.source, source);
    QCOMPARE(e.value.value_or(QJsonValue(QJsonValue::Undefined)), value);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QVERIFY(!e.target.isEmpty());
    // The failed field is left out of the result rather than sent half-made.
    QVERIFY(!outcome.result.contains(rule.value(QStringLiteral("target")).toString())
        || rule.value(QStringLiteral("op")).toString() == QLatin1String("each"));
}

void TestMappingEngine::parseErrors_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const auto good = rule(QStringLiteral("client_order_ref"), QStringLiteral("copy"), src(QStringLiteral("name")));
    const auto with = [](QJsonObject o, const QString &key, const QJsonValue &v) {
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
        return o;
    };
    const auto undefined = QJsonValue(QJsonValue::Undefined);

    QTest::newRow("format") << with(document({ good }), QStringLiteral("format"), 2) << QStringLiteral("format")
                            << QStringLiteral("format 2 is not understood");
    QTest::newRow("no system") << with(document({ good }), QStringLiteral("system"), undefined)
                               << QStringLiteral("system") << QStringLiteral("\"system\" is missing");
    QTest::newRow("direction") << with(document({ good }), QStringLiteral("direction"), QStringLiteral("sideways"))
                               << QStringLiteral("direction") << QStringLiteral("must be \"outbound\" or \"inbound\"");
    QTest::newRow("rules not a list") << with(document({}), QStringLiteral("rules"), QStringLiteral("copy all"))
                                      << QStringLiteral("rules") << QStringLiteral("must be a list");
    QTest::newRow("rule not an object") << document({ good, 42 }) << QStringLiteral("rules[1]")
                                        << QStringLiteral("must be an object");
    QTest::newRow("unknown op") << document({ with(good, QStringLiteral("op"), QStringLiteral("rename")) })
                                << QStringLiteral("rules[0].op") << QStringLiteral("unknown op \"rename\"");
    QTest::newRow("no target") << document({ with(good, QStringLiteral("target"), undefined) })
                               << QStringLiteral("rules[0].target") << QStringLiteral("needs a target");
    QTest::newRow("copy without source") << document({ with(good, QStringLiteral("source"), undefined) })
                                         << QStringLiteral("rules[0].source") << QStringLiteral("needs a source");
    QTest::newRow("duplicate id") << document({ good, with(good, QStringLiteral("target"), QStringLiteral("x")) })
                                  << QStringLiteral("rules[1].id") << QStringLiteral("used twice");
    QTest::newRow("constant without value") << document({ rule(QStringLiteral("x"), QStringLiteral("constant")) })
                                            << QStringLiteral("rules[0].value") << QStringLiteral("needs a value");
    QTest::newRow("template without text") << document({ rule(QStringLiteral("x"), QStringLiteral("template")) })
                                           << QStringLiteral("rules[0].template") << QStringLiteral("needs its text");
    QTest::newRow("template unbalanced") << document({ rule(QStringLiteral("x"),
        QStringLiteral("template"),
        { { QStringLiteral("template"), QStringLiteral("Order {name") } }) })
                                         << QStringLiteral("rules[0].template") << QStringLiteral("unbalanced braces");
    QTest::newRow("lookup without table")
        << document({ rule(QStringLiteral("x"), QStringLiteral("lookup"), src(QStringLiteral("name"))) })
        << QStringLiteral("rules[0].table") << QStringLiteral("needs a table");
    QTest::newRow("required not a boolean")
        << document({ with(good, QStringLiteral("required"), QStringLiteral("yes")) })
        << QStringLiteral("rules[0].required") << QStringLiteral("true or false");
    QTest::newRow("decimals out of range") << document({ rule(QStringLiteral("x"),
        QStringLiteral("number"),
        src(QStringLiteral("name"), { { QStringLiteral("decimals"), 40 } })) })
                                           << QStringLiteral("rules[0].decimals") << QStringLiteral("0 to 12");
    QTest::newRow("scale not a number") << document({ rule(QStringLiteral("x"),
        QStringLiteral("number"),
        src(QStringLiteral("name"), { { QStringLiteral("scale"), QStringLiteral("100") } })) })
                                        << QStringLiteral("rules[0].scale") << QStringLiteral("must be a number");
    QTest::newRow("unknown time zone") << document({ rule(QStringLiteral("x"),
        QStringLiteral("date"),
        src(QStringLiteral("createdAt"), { { QStringLiteral("timezone"), QStringLiteral("Mars/Olympus") } })) })
                                       << QStringLiteral("rules[0].timezone") << QStringLiteral("unknown time zone");
    QTest::newRow("condition with two tests") << document({ with(good,
        QStringLiteral("when"),
        QJsonObject { { QStringLiteral("field"), QStringLiteral("test") },
            { QStringLiteral("equals"), true },
            { QStringLiteral("exists"), true } }) })
                                              << QStringLiteral("rules[0].when") << QStringLiteral("exactly one of");
    QTest::newRow("condition without field")
        << document({ with(good, QStringLiteral("when"), QJsonObject { { QStringLiteral("equals"), true } }) })
        << QStringLiteral("rules[0].when.field") << QStringLiteral("needs the field");
    QTest::newRow("condition in not a list") << document({ with(good,
        QStringLiteral("when"),
        QJsonObject { { QStringLiteral("field"), QStringLiteral("test") }, { QStringLiteral("in"), 3 } }) })
                                             << QStringLiteral("rules[0].when.in") << QStringLiteral("list of values");
    QTest::newRow("each without rules") << document(
        { rule(QStringLiteral("lines"), QStringLiteral("each"), src(QStringLiteral("lineItems.nodes"))) })
                                        << QStringLiteral("rules[0].rules") << QStringLiteral("must be a list");
    QTest::newRow("nested rule") << document({ rule(QStringLiteral("lines"),
        QStringLiteral("each"),
        src(QStringLiteral("lineItems.nodes"),
            { { QStringLiteral("rules"),
                QJsonArray { QJsonObject { { QStringLiteral("target"), QStringLiteral("a") },
                                 { QStringLiteral("op"), QStringLiteral("copy") },
                                 { QStringLiteral("source"), QStringLiteral("sku") } },
                    QJsonObject { { QStringLiteral("target"), QStringLiteral("b") },
                        { QStringLiteral("op"), QStringLiteral("copy") } } } } })) })
                                 << QStringLiteral("rules[0].rules[1].source") << QStringLiteral("needs a source");
}

void TestMappingEngine::parseErrors()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QList<MappingError> errors;
    QVERIFY(!MappingDocument::fromJson(json, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().kind == MappingError::Kind::Parse);
    QCOMPARE(errors.first().rulePath, path);
    QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
}

void TestMappingEngine::unreadableJson()
{
    QList<MappingError> errors;
    QVERIFY(!MappingDocument::fromJson(QByteArrayLiteral("{\"format\": 1, \"rules\": [}"), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.startsWith(QLatin1String("not JSON")), qPrintable(errors.first().message));
    errors.clear();
    QVERIFY(!MappingDocument::fromJson(QByteArrayLiteral("[]"), &errors));
    QVERIFY(errors.first().message.contains(QLatin1String("JSON object")));
}

void TestMappingEngine::roundTrip()
{
    QList<MappingError> errors;
    const auto shipped = MappingCatalog::shippedDefault(MappingCatalog::odooSaleOrder());
    QVERIFY(shipped);
    const auto again = MappingDocument::fromJson(shipped->toJson(), &errors);
    QVERIFY(again);
    QCOMPARE(again->toJson(), shipped->toJson());

    const QJsonObject every = document({ rule(QStringLiteral("lines"),
        QStringLiteral("each"),
        src(QStringLiteral("lineItems.nodes"),
            { { QStringLiteral("when"),
                  QJsonObject {
                      { QStringLiteral("field"), QStringLiteral("test") }, { QStringLiteral("equals"), false } } },
                { QStringLiteral("rules"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("p") },
                        { QStringLiteral("target"), QStringLiteral("price") },
                        { QStringLiteral("op"), QStringLiteral("currency") },
                        { QStringLiteral("source"), QStringLiteral("originalUnitPriceSet") },
                        { QStringLiteral("currency"), QStringLiteral("EUR") },
                        { QStringLiteral("decimals"), 3 },
                        { QStringLiteral("default"), 0 },
                        { QStringLiteral("required"), true } } } } })) });
    const auto parsedEvery = MappingDocument::fromJson(every, &errors);
    QVERIFY(parsedEvery);
    QCOMPARE(parsedEvery->toJson(), every);
}

void TestMappingEngine::errorTextNamesRuleFieldSourceAndValue()
{
    const auto doc = parsed({ QJsonObject { { QStringLiteral("id"), QStringLiteral("carrier_code") },
        { QStringLiteral("target"), QStringLiteral("x_carrier") },
        { QStringLiteral("op"), QStringLiteral("lookup") },
        { QStringLiteral("source"), QStringLiteral("shippingLine.code") },
        { QStringLiteral("table"), QJsonObject { { QStringLiteral("STANDARD"), QStringLiteral("DHL") } } } } });
    const MappingOutcome outcome = MappingEngine::apply(doc, order());
    QCOMPARE(outcome.errorText(),
        QStringLiteral(
            "rule \"carrier_code\" (rules[0]) → x_carrier: the lookup table has no entry for \"EXPRESS\" and "
            "the rule has no default (source shippingLine.code = \"EXPRESS\")"));
}

void TestMappingEngine::allRulesRunAfterAnError()
{
    const auto doc = parsed({ rule(QStringLiteral("x_po"),
                                  QStringLiteral("copy"),
                                  src(QStringLiteral("poNumber"), { { QStringLiteral("required"), true } })),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("day") },
            { QStringLiteral("target"), QStringLiteral("x_day") },
            { QStringLiteral("op"), QStringLiteral("date") },
            { QStringLiteral("source"), QStringLiteral("email") } },
        QJsonObject { { QStringLiteral("target"), QStringLiteral("client_order_ref") },
            { QStringLiteral("op"), QStringLiteral("copy") },
            { QStringLiteral("source"), QStringLiteral("name") } } });
    const MappingOutcome outcome = MappingEngine::apply(doc, order());
    QCOMPARE(outcome.errors.size(), 2);
    QCOMPARE(outcome.errors.at(0).rulePath, QStringLiteral("rules[0]"));
    QCOMPARE(outcome.errors.at(1).ruleId, QStringLiteral("day"));
    QCOMPARE(outcome.result, QJsonObject({ { QStringLiteral("client_order_ref"), QStringLiteral("#1001") } }));
}

void TestMappingEngine::shippedDefaultMapsARealOrder()
{
    const auto shipped = MappingCatalog::shippedDefault(MappingCatalog::odooSaleOrder());
    QVERIFY(shipped);
    QVERIFY(MappingCatalog::check(*shipped).isEmpty());
    MappingOutcome outcome = MappingEngine::apply(*shipped, order());
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
    QCOMPARE(outcome.result,
        QJsonObject({ { QStringLiteral("client_order_ref"), QStringLiteral("#1001") },
            { QStringLiteral("note"), QStringLiteral("Shopify payment status: PAID") } }));
    // An order without a payment state still maps (the note says so); one without a name cannot.
    QJsonObject bare = order();
    bare.remove(QStringLiteral("displayFinancialStatus"));
    bare.remove(QStringLiteral("name"));
    outcome = MappingEngine::apply(*shipped, bare);
    QCOMPARE(
        outcome.result.value(QStringLiteral("note")).toString(), QStringLiteral("Shopify payment status: unknown"));
    QCOMPARE(outcome.errors.size(), 1);
    QCOMPARE(outcome.errors.first().target, QStringLiteral("client_order_ref"));
    QVERIFY(outcome.errors.first().kind == MappingError::Kind::Required);
}

void TestMappingEngine::reservedTargetsAreRefused()
{
    const auto doc = parsed({ rule(QStringLiteral("origin"), QStringLiteral("copy"), src(QStringLiteral("name"))) });
    const auto errors = MappingCatalog::check(doc);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().rulePath, QStringLiteral("rules[0].target"));
    QVERIFY(errors.first().message.contains(QLatin1String("set by the order flow")));
}

void TestMappingEngine::diffByPath()
{
    const QJsonObject before { { QStringLiteral("note"), QStringLiteral("a") },
        { QStringLiteral("gone"), 1 },
        { QStringLiteral("lines"), QJsonArray { QJsonObject { { QStringLiteral("qty"), 1 } } } } };
    const QJsonObject after { { QStringLiteral("note"), QStringLiteral("b") },
        { QStringLiteral("x_new"), true },
        { QStringLiteral("lines"),
            QJsonArray {
                QJsonObject { { QStringLiteral("qty"), 2 } }, QJsonObject { { QStringLiteral("qty"), 1 } } } } };
    const auto changes = diffResults(before, after);
    QCOMPARE(changes.size(), 5);
    QCOMPARE(changes.at(0),
        (MappingChange { MappingChange::Kind::Removed, QStringLiteral("gone"), 1, QJsonValue::Undefined }));
    QCOMPARE(changes.at(1), (MappingChange { MappingChange::Kind::Changed, QStringLiteral("lines[0].qty"), 1, 2 }));
    QVERIFY(changes.at(2).kind == MappingChange::Kind::Added);
    QCOMPARE(changes.at(2).path, QStringLiteral("lines[1]"));
    QCOMPARE(changes.at(3),
        (MappingChange {
            MappingChange::Kind::Changed, QStringLiteral("note"), QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(changes.at(4),
        (MappingChange { MappingChange::Kind::Added, QStringLiteral("x_new"), QJsonValue::Undefined, true }));
    QVERIFY(diffResults(before, before).isEmpty());
}

void TestMappingEngine::previewShowsDraftPublishedDiffAndErrors()
{
    const auto published = MappingCatalog::shippedDefault(MappingCatalog::odooSaleOrder());
    MappingDocument draft = *published;
    MappingRule channel;
    channel.id = QStringLiteral("channel");
    channel.target = QStringLiteral("x_sales_channel");
    channel.op = MappingOp::Copy;
    channel.source = QStringLiteral("customAttributes[key=channel].value");
    channel.required = true;
    draft.rules << channel;
    QJsonObject noChannel = order();
    noChannel.insert(QStringLiteral("name"), QStringLiteral("#1002"));
    noChannel.remove(QStringLiteral("customAttributes"));
    const auto rows = MappingPreview::run(draft,
        published,
        { PreviewPayload { QStringLiteral("job:1"), QStringLiteral("#1001"), order() },
            PreviewPayload { QStringLiteral("job:2"), QStringLiteral("#1002"), noChannel } });
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).draftMaps());
    QVERIFY(rows.at(0).published && rows.at(0).published->ok());
    QCOMPARE(rows.at(0).diff,
        (QList<MappingChange> { { MappingChange::Kind::Added,
            QStringLiteral("x_sales_channel"),
            QJsonValue::Undefined,
            QStringLiteral("instagram") } }));
    QVERIFY(!rows.at(1).draftMaps());
    QCOMPARE(rows.at(1).label, QStringLiteral("#1002"));
    QCOMPARE(rows.at(1).draft.errors.first().ruleId, QStringLiteral("channel"));
    QVERIFY(rows.at(1).diff.isEmpty());
    // Nothing published yet: every field the draft sets is new.
    const auto first = MappingPreview::run(
        draft, std::nullopt, { PreviewPayload { QStringLiteral("job:1"), QStringLiteral("#1001"), order() } });
    QCOMPARE(first.first().diff.size(), 3);
    QVERIFY(!first.first().published);
}

void TestMappingEngine::requiredTargetsOfTheTargetSystem()
{
    const QJsonObject result { { QStringLiteral("x_sales_channel"), QStringLiteral("shopify") },
        { QStringLiteral("x_empty"), QString() },
        { QStringLiteral("x_off"), false },
        { QStringLiteral("x_meta"), QJsonObject { { QStringLiteral("region"), QStringLiteral("EU") } } } };
    const auto errors = MappingEngine::missingRequired(result,
        { QStringLiteral("x_sales_channel"),
            QStringLiteral("x_empty"),
            QStringLiteral("x_off"),
            QStringLiteral("x_meta.region"),
            QStringLiteral("x_absent") });
    QStringList targets;
    for (const auto &e : errors) {
        QVERIFY(e.kind == MappingError::Kind::Required);
        targets << e.target;
    }
    QCOMPARE(targets, (QStringList { QStringLiteral("x_empty"), QStringLiteral("x_off"), QStringLiteral("x_absent") }));
    QVERIFY(errors.first().text().contains(QStringLiteral("→ x_empty: the target system requires this field")));

    // In a preview, both versions are held to them.
    const auto published = MappingCatalog::shippedDefault(MappingCatalog::odooSaleOrder());
    const auto rows = MappingPreview::run(*published,
        published,
        { PreviewPayload { QStringLiteral("job:1"), QStringLiteral("#1001"), order() } },
        { QStringLiteral("x_sales_channel") });
    QCOMPARE(rows.first().draft.errors.size(), 1);
    QCOMPARE(rows.first().published->errors.size(), 1);
    QVERIFY(rows.first().diff.isEmpty());
}

void TestMappingEngine::odooRequiredCustomFields()
{
    const auto field = [](bool required, const QString &type, const QString &label) {
        return QJsonObject { { QStringLiteral("required"), required },
            { QStringLiteral("type"), type },
            { QStringLiteral("string"), label } };
    };
    // fields_get(attributes: required, type, string) of a sale.order with Studio fields.
    const QJsonObject fieldsGet { { QStringLiteral("name"),
                                      field(true, QStringLiteral("char"), QStringLiteral("Order Reference")) },
        { QStringLiteral("partner_id"), field(true, QStringLiteral("many2one"), QStringLiteral("Customer")) },
        { QStringLiteral("x_sales_channel"), field(true, QStringLiteral("char"), QStringLiteral("Sales Channel")) },
        { QStringLiteral("x_region_id"), field(true, QStringLiteral("many2one"), QStringLiteral("Region")) },
        { QStringLiteral("x_priority"), field(true, QStringLiteral("integer"), QStringLiteral("Priority")) },
        { QStringLiteral("x_gift"), field(true, QStringLiteral("boolean"), QStringLiteral("Gift")) },
        { QStringLiteral("x_memo"), field(false, QStringLiteral("text"), QStringLiteral("Memo")) } };
    QStringList found;
    for (const RequiredField &f : MappingCatalog::odooRequiredCustomFields(fieldsGet))
        found << f.name + QLatin1Char('/') + f.label;
    QCOMPARE(
        found, (QStringList { QStringLiteral("x_region_id/Region"), QStringLiteral("x_sales_channel/Sales Channel") }));
}

QTEST_APPLESS_MAIN(TestMappingEngine)
#include "tst_mappingengine.moc"
