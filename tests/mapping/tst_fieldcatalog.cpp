#include "core/mapping/fieldcatalog.h"
#include "core/mapping/graphqlfields.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/openapifields.h"
#include "core/mapping/sourcefieldmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Quayside::Mapping;

namespace {

QByteArray sourceFile(const QString &relative)
{
    QFile file(qEnvironmentVariable("QUAYSIDE_SOURCE_DIR") + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing", qPrintable(relative));
    return file.readAll();
}

std::shared_ptr<const GraphQLFields> mini()
{
    static const auto schema
        = GraphQLFields::fromIntrospection(sourceFile(QStringLiteral("tests/mapping/data/mini.introspection.json")));
    return schema;
}

std::shared_ptr<const OpenApiFields> miniOpenApi()
{
    static const auto document
        = OpenApiFields::fromJson(sourceFile(QStringLiteral("tests/mapping/data/mini.openapi.json")));
    return document;
}

std::optional<SourceField> find(const QList<SourceField> &fields, const QString &path)
{
    for (const SourceField &f : fields)
        if (f.path == path)
            return f;
    return std::nullopt;
}

QStringList paths(const QList<SourceField> &fields)
{
    QStringList out;
    for (const SourceField &f : fields)
        out << f.path;
    return out;
}

// The document the mini schema's walk tests use: the record is below `nodes` and its inline fragment.
QString miniDocument()
{
    return QStringLiteral("# a comment { with a brace\n"
                          "query Mini($ids: [ID!]!) {\n"
                          "  nodes(ids: $ids) {\n"
                          "    ... on Order {\n"
                          "      id name email status createdAt total test tags\n"
                          "      buyer: customer { firstName }\n"
                          "      lineItems { nodes { sku quantity __typename } }\n"
                          "      refunds @include(if: true) { id note }\n"
                          "    }\n"
                          "  }\n"
                          "}\n");
}

} // namespace

// The field catalog of the mapping editor: GraphQL documents walked against an introspection (types, lists,
// nesting, deprecation, errors with lines), OpenAPI schemas ($ref, allOf, arrays, required, cycles), Odoo's
// fields_get, the merge with payloads, and the keys' schemas over the built-in Shopify and ShipBob documents.
class TestFieldCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphqlWalk_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schemaType");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("list");
        QTest::addColumn<bool>("nullable");
        QTest::addColumn<bool>("deprecated");
        QTest::addColumn<QString>("description");
        QTest::newRow("non-null scalar") << "name"
                                         << "String!"
                                         << "string" << false << false << false << "The order's name, #1001.";
        QTest::newRow("id") << "id"
                            << "ID!"
                            << "string" << false << false << false << "A globally-unique ID.";
        QTest::newRow("deprecated") << "email"
                                    << "String"
                                    << "string" << false << true << true << "The customer's e-mail.";
        QTest::newRow("enum") << "status"
                              << "Status!"
                              << "string" << false << false << false << "";
        QTest::newRow("custom scalar") << "createdAt"
                                       << "DateTime!"
                                       << "string" << false << false << false << "";
        QTest::newRow("float") << "total"
                               << "Float"
                               << "number" << false << true << false << "";
        QTest::newRow("boolean") << "test"
                                 << "Boolean!"
                                 << "bool" << false << false << false << "";
        QTest::newRow("list of scalars") << "tags"
                                         << "[String!]!"
                                         << "list" << true << false << false << "";
        QTest::newRow("alias") << "buyer"
                               << "Customer"
                               << "object" << false << true << false << "";
        QTest::newRow("below an alias") << "buyer.firstName"
                                        << "String"
                                        << "string" << false << true << false << "First name.";
        QTest::newRow("connection") << "lineItems"
                                    << "LineItemConnection!"
                                    << "object" << false << false << false << "";
        QTest::newRow("list of objects") << "lineItems.nodes"
                                         << "[LineItem!]!"
                                         << "list" << true << false << false << "";
        QTest::newRow("in a list") << "lineItems.nodes[0].quantity"
                                   << "Int!"
                                   << "number" << false << false << false << "How many.";
        QTest::newRow("__typename") << "lineItems.nodes[0].__typename"
                                    << "String!"
                                    << "string" << false << false << false << "The name of the object's type.";
        QTest::newRow("directive skipped") << "refunds[0].note"
                                           << "String"
                                           << "string" << false << true << false << "";
    }

    void graphqlWalk()
    {
        QFETCH(QString, path);
        QVERIFY(mini());
        const FieldWalk walk = mini()->walk(miniDocument(), QStringLiteral("mini"));
        QVERIFY2(walk.ok(), qPrintable(walk.error));
        const auto f = find(walk.fields, path);
        QVERIFY2(f, qPrintable(paths(walk.fields).join(QLatin1Char(' '))));
        QTEST(f->schemaType, "schemaType");
        QTEST(f->type, "kind");
        QTEST(f->list, "list");
        QTEST(f->nullable, "nullable");
        QTEST(f->deprecated, "deprecated");
        QTEST(f->description, "description");
        QVERIFY(f->inSchema);
        QVERIFY(!f->seenInData);
        if (f->deprecated)
            QCOMPARE(f->deprecationReason, QStringLiteral("Use `customer.email` instead."));
    }

    void graphqlWalkKeepsDocumentOrderWithoutRootFields()
    {
        const FieldWalk walk = mini()->walk(miniDocument());
        QVERIFY(walk.ok());
        const QStringList all = paths(walk.fields);
        QCOMPARE(
            all.mid(0, 3), (QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email") }));
        QVERIFY(!all.contains(QStringLiteral("nodes")));
        QVERIFY(!all.contains(QStringLiteral("customer"))); // the alias is what the record carries
        QVERIFY(!all.contains(QStringLiteral("lineItems.nodes.sku")));
        QCOMPARE(all.count(QStringLiteral("id")), 1);
    }

    void graphqlErrors_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown field") << "query {\n order(id: 1) {\n  id\n  colour\n }\n}"
                                       << "doc line 4: Order has no field colour";
        QTest::newRow("unknown nested field") << "{ order { lineItems { nodes { sku size } } } }"
                                              << "doc line 1: LineItem has no field size";
        QTest::newRow("unknown type condition") << "{ nodes(ids: []) {\n ... on Parcel { id } } }"
                                                << "doc line 2: unknown type Parcel in a type condition";
        QTest::newRow("fragment spread") << "{ order {\n ...OrderParts } }"
                                         << "doc line 2: the fragment spread ...OrderParts is not supported";
        QTest::newRow("selection on a scalar") << "{ order { name { first } } }"
                                               << "doc line 1: Order.name is a String! and has no fields to select";
        QTest::newRow("object without selection") << "{ order { customer } }"
                                                  << "doc line 1: Order.customer is a Customer and needs a selection";
        QTest::newRow("mutation root") << "mutation { order { id } }"
                                       << "doc line 1: Mutation has no field order";
        QTest::newRow("no selection") << "query Q"
                                      << "doc line 1: no selection set";
    }

    void graphqlErrors()
    {
        QFETCH(QString, document);
        QFETCH(QString, error);
        const FieldWalk walk = mini()->walk(document, QStringLiteral("doc"));
        QVERIFY(!walk.ok());
        QVERIFY2(walk.error.startsWith(error), qPrintable(walk.error));
    }

    void graphqlInputFields()
    {
        const FieldWalk walk = mini()->inputFields(QStringLiteral("FulfillInput"));
        QVERIFY2(walk.ok(), qPrintable(walk.error));
        QCOMPARE(paths(walk.fields),
            (QStringList { QStringLiteral("notify"),
                QStringLiteral("tracking"),
                QStringLiteral("tracking.number"),
                QStringLiteral("lines"),
                QStringLiteral("lines[0].id"),
                QStringLiteral("lines[0].quantity") }));
        QCOMPARE(find(walk.fields, QStringLiteral("notify"))->description, QStringLiteral("Tell the customer."));
        QVERIFY(!find(walk.fields, QStringLiteral("tracking.number"))->nullable);
        QVERIFY(!mini()->inputFields(QStringLiteral("Order")).ok());
    }

    void unreadableIntrospection()
    {
        QString error;
        QVERIFY(!GraphQLFields::fromIntrospection("{\"data\": {}}", &error));
        QVERIFY(error.contains(QLatin1String("__schema")));
        QVERIFY(!GraphQLFields::fromIntrospection("not json", &error));
        QVERIFY(!error.isEmpty());
    }

    // Every document the product sends walks against the schema it targets, with no unknown field.
    void everyShopifyDocumentWalks_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(qEnvironmentVariable("QUAYSIDE_SOURCE_DIR") + QStringLiteral("/resources/shopify"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.graphql") }, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void everyShopifyDocumentWalks()
    {
        QFETCH(QString, file);
        const auto shopify = GraphQLFields::shopifyAdmin();
        QVERIFY(shopify);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const FieldWalk walk = shopify->walk(QString::fromUtf8(f.readAll()), QFileInfo(file).baseName());
        QVERIFY2(walk.ok(), qPrintable(walk.error));
        QVERIFY(!walk.fields.isEmpty());
        for (const SourceField &field : walk.fields)
            QVERIFY2(!field.schemaType.isEmpty(), qPrintable(field.path));
    }

    void shopifyOrder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schemaType");
        QTest::addColumn<QString>("kind");
        QTest::newRow("name") << "name"
                              << "String!"
                              << "string";
        QTest::newRow("email") << "customer.defaultEmailAddress.emailAddress"
                               << "String!"
                               << "string";
        QTest::newRow("sku") << "lineItems.nodes[0].sku"
                             << "String"
                             << "string";
        QTest::newRow("quantity") << "lineItems.nodes[0].quantity"
                                  << "Int!"
                                  << "number";
        QTest::newRow("money") << "totalPriceSet.shopMoney.amount"
                               << "Decimal!"
                               << "string";
        QTest::newRow("attributes") << "customAttributes"
                                    << "[Attribute!]!"
                                    << "list";
        QTest::newRow("attribute value") << "customAttributes[0].value"
                                         << "String"
                                         << "string";
        QTest::newRow("list of lists") << "lineItems.nodes[0].taxLines[0].rate"
                                       << "Float"
                                       << "number";
        QTest::newRow("fragment in a list")
            << "returns.nodes[0].returnLineItems.nodes[0].fulfillmentLineItem.lineItem.sku"
            << "String"
            << "string";
        QTest::newRow("boolean") << "taxesIncluded"
                                 << "Boolean!"
                                 << "bool";
    }

    void shopifyOrder()
    {
        QFETCH(QString, path);
        const FieldWalk walk = FieldCatalog::fields(FieldCatalog::sourceSchema(MappingCatalog::odooSaleOrder()));
        QVERIFY2(walk.ok(), qPrintable(walk.error));
        const auto f = find(walk.fields, path);
        QVERIFY2(f, qPrintable(path));
        QTEST(f->schemaType, "schemaType");
        QTEST(f->type, "kind");
        QVERIFY(!f->description.isEmpty());
    }

    void openApi_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schemaType");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("nullable");
        QTest::addColumn<bool>("deprecated");
        QTest::addColumn<QString>("description");
        QTest::newRow("required") << "reference_id"
                                  << "string"
                                  << "string" << false << false << "Your unique order id.";
        QTest::newRow("format, nullable") << "purchase_date"
                                          << "string (date-time)"
                                          << "string" << true << false << "";
        QTest::newRow("array of refs") << "products"
                                       << "[Product]"
                                       << "list" << false << false << "What to ship.";
        QTest::newRow("item of an array") << "products[0].quantity"
                                          << "integer (int32)"
                                          << "number" << false << false << "";
        QTest::newRow("optional in an item") << "products[0].sku"
                                             << "string"
                                             << "string" << true << false << "";
        QTest::newRow("ref with a sibling") << "recipient"
                                            << "Recipient"
                                            << "object" << true << false << "Who receives it.";
        QTest::newRow("allOf base") << "recipient.name"
                                    << "string"
                                    << "string" << true << false << "Full name.";
        QTest::newRow("allOf part") << "recipient.address.city"
                                    << "string"
                                    << "string" << true << false << "";
        QTest::newRow("array of scalars") << "tags"
                                          << "[string]"
                                          << "list" << true << false << "";
        QTest::newRow("enum by ref") << "type"
                                     << "OrderType"
                                     << "string" << true << false << "Kind of order.";
        QTest::newRow("deprecated") << "gift_message"
                                    << "string"
                                    << "string" << true << true << "";
    }

    void openApi()
    {
        QFETCH(QString, path);
        QVERIFY(miniOpenApi());
        QCOMPARE(miniOpenApi()->requestSchema(QStringLiteral("/order"), QStringLiteral("post")),
            QStringLiteral("CreateOrder"));
        const FieldWalk walk = miniOpenApi()->schemaFields(QStringLiteral("CreateOrder"));
        QVERIFY2(walk.ok(), qPrintable(walk.error));
        const auto f = find(walk.fields, path);
        QVERIFY2(f, qPrintable(paths(walk.fields).join(QLatin1Char(' '))));
        QTEST(f->schemaType, "schemaType");
        QTEST(f->type, "kind");
        QTEST(f->nullable, "nullable");
        QTEST(f->deprecated, "deprecated");
        QTEST(f->description, "description");
    }

    void openApiCyclesAndErrors()
    {
        QCOMPARE(miniOpenApi()->responseSchema(QStringLiteral("/order"), QStringLiteral("post"), QStringLiteral("201")),
            QStringLiteral("Order"));
        const FieldWalk order = miniOpenApi()->schemaFields(QStringLiteral("#/components/schemas/Order"));
        QVERIFY(order.ok());
        QCOMPARE(paths(order.fields),
            (QStringList { QStringLiteral("id"), QStringLiteral("parent") })); // not parent.parent.parent…
        const FieldWalk broken = miniOpenApi()->schemaFields(QStringLiteral("Broken"));
        QCOMPARE(broken.error, QStringLiteral("bad: the reference #/components/schemas/Missing does not resolve"));
        QVERIFY(!miniOpenApi()->schemaFields(QStringLiteral("Nothing")).ok());
        QString error;
        QVERIFY(!OpenApiFields::fromJson("{}", &error));
        QCOMPARE(error, QStringLiteral("not an OpenAPI document"));
    }

    void shipBob()
    {
        const FieldWalk create = FieldCatalog::fields(FieldCatalog::targetSchema(
            { QStringLiteral("shipbob"), QStringLiteral("order"), QStringLiteral("outbound") }));
        QVERIFY2(create.ok(), qPrintable(create.error));
        QCOMPARE(OpenApiFields::shipBob()->requestSchema(QStringLiteral("/2026-01/order"), QStringLiteral("post")),
            QStringLiteral("Orders.CreateOrderModel"));
        QVERIFY(!find(create.fields, QStringLiteral("reference_id"))->nullable);
        QVERIFY(find(create.fields, QStringLiteral("recipient.address.city")));
        QVERIFY(!find(create.fields, QStringLiteral("recipient.name"))->nullable);
        // The address is one of two models; what only the other one requires (its `type`) is not required.
        QVERIFY(find(create.fields, QStringLiteral("recipient.address.type"))->nullable);
        QVERIFY(find(create.fields, QStringLiteral("products[0].quantity"))); // items: oneOf two models
        QCOMPARE(find(create.fields, QStringLiteral("products"))->schemaType,
            QStringLiteral("[Orders.AddProductToOrderByReferenceIdModel | Orders.AddProductToOrderByProductIdModel]"));
        const QList<TargetField> targets = FieldCatalog::targetFields(create);
        QVERIFY(std::any_of(targets.cbegin(), targets.cend(), [](const TargetField &t) {
            return t.name == QLatin1String("reference_id") && t.required && !t.help.isEmpty();
        }));
        QVERIFY(std::none_of(targets.cbegin(), targets.cend(), [](const TargetField &t) {
            return t.name.contains(QLatin1String("[0]"));
        }));

        const FieldWalk shipment = FieldCatalog::fields(FieldCatalog::sourceSchema(
            { QStringLiteral("odoo"), QStringLiteral("stock.picking"), QStringLiteral("outbound") }));
        QVERIFY2(shipment.ok(), qPrintable(shipment.error));
        const auto date = find(shipment.fields, QStringLiteral("actual_fulfillment_date"));
        QVERIFY(date);
        QCOMPARE(date->schemaType, QStringLiteral("string (date-time)"));
        QVERIFY(date->nullable);
        QVERIFY(date->description.startsWith(QLatin1String("The datetime of ShipBob")));
    }

    void catalogKeys()
    {
        using K = FieldSchema::Kind;
        const MappingKey fulfillment {
            QStringLiteral("shopify"), QStringLiteral("fulfillment"), QStringLiteral("outbound")
        };
        QCOMPARE(FieldCatalog::targetSchema(MappingCatalog::odooSaleOrder()),
            (FieldSchema { K::OdooModel, QStringLiteral("sale.order") }));
        QCOMPARE(FieldCatalog::sourceSchema(fulfillment).kind, K::ShipBobSchema);
        const FieldWalk input = FieldCatalog::fields(FieldCatalog::targetSchema(fulfillment));
        QVERIFY2(input.ok(), qPrintable(input.error));
        QVERIFY(find(input.fields, QStringLiteral("trackingInfo.number")));
        QCOMPARE(FieldCatalog::sourceSchema({ QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") }).kind,
            K::None);
        QVERIFY(!FieldCatalog::fields({ K::OdooModel, QStringLiteral("sale.order") }).ok());
        QVERIFY(!FieldCatalog::fields({ K::ShopifyDocument, QStringLiteral("no_such_document") }).ok());
    }

    void odooFieldsGet()
    {
        const QJsonObject fieldsGet = QJsonDocument::fromJson(
            "{\"partner_id\": {\"type\": \"many2one\", \"string\": \"Customer\", \"required\": true, "
            "\"relation\": \"res.partner\", \"help\": \"Who buys.\"},"
            " \"x_channel\": {\"type\": \"char\", \"string\": \"Channel\", \"required\": true},"
            " \"amount_total\": {\"type\": \"monetary\", \"string\": \"Total\", \"readonly\": true},"
            " \"write_date\": {\"type\": \"datetime\", \"string\": \"Last Updated on\"}}")
                                          .object();
        const QList<TargetField> fields = FieldCatalog::fromOdooFieldsGet(fieldsGet, { QStringLiteral("x_channel") });
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).name, QStringLiteral("partner_id"));
        QCOMPARE(fields.at(0).relation, QStringLiteral("res.partner"));
        QCOMPARE(fields.at(0).help, QStringLiteral("Who buys."));
        QVERIFY(!fields.at(0).required); // Odoo's own required fields are filled by Odoo or the flow
        QVERIFY(fields.at(1).required);
        QVERIFY(FieldCatalog::odooFieldAttributes().contains(QStringLiteral("relation")));
    }

    void mergeWithPayloads()
    {
        QJsonObject record = QJsonDocument::fromJson(
            "{\"name\": \"#1\", \"total\": null, \"lineItems\": {\"nodes\": [{\"sku\": \"A\", \"gift\": true}]},"
            " \"x_extra\": 5}")
                                 .object();
        const FieldWalk walk = mini()->walk(miniDocument());
        const QList<SourceField> merged
            = SourceFieldModel::merge(SourceFieldModel::fromPayloads({ record }), walk.fields);
        QCOMPARE(merged.first().path, QStringLiteral("id")); // the schema's order first
        QVERIFY(!find(merged, QStringLiteral("id"))->seenInData);
        QVERIFY(find(merged, QStringLiteral("name"))->seenInData);
        QCOMPARE(find(merged, QStringLiteral("total"))->type, QStringLiteral("number")); // null data keeps the schema's
        QVERIFY(find(merged, QStringLiteral("lineItems.nodes[0].sku"))->seenInData);
        const auto gift = find(merged, QStringLiteral("lineItems.nodes[0].gift"));
        QVERIFY(gift && gift->seenInData && !gift->inSchema);
        QVERIFY(find(merged, QStringLiteral("x_extra")));
        QCOMPARE(merged.size(), walk.fields.size() + 2);
    }

    void modelShowsTheSchema()
    {
        SourceFieldModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonObject record { { QStringLiteral("name"), QStringLiteral("#1") } };
        model.setFields(
            SourceFieldModel::merge(SourceFieldModel::fromPayloads({ record }), mini()->walk(miniDocument()).fields));
        const QModelIndex email = model.indexOfPath(QStringLiteral("email"));
        QVERIFY(email.data(SourceFieldModel::DeprecatedRole).toBool());
        QCOMPARE(model.index(email.row(), SourceFieldModel::TypeColumn).data().toString(),
            QStringLiteral("String · deprecated"));
        const QString tip = email.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QLatin1String("Use `customer.email` instead.")));
        QVERIFY(tip.contains(QLatin1String("The customer's e-mail.")));
        QVERIFY(tip.contains(QLatin1String("not in recent payloads")));
        const QModelIndex quantity = model.indexOfPath(QStringLiteral("lineItems.nodes[0].quantity"));
        QCOMPARE(model.index(quantity.row(), SourceFieldModel::TypeColumn, quantity.parent()).data().toString(),
            QStringLiteral("Int!"));
        QCOMPARE(quantity.data(SourceFieldModel::DescriptionRole).toString(), QStringLiteral("How many."));
        QVERIFY(model.indexOfPath(QStringLiteral("name")).data(SourceFieldModel::SeenRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestFieldCatalog)
#include "tst_fieldcatalog.moc"
