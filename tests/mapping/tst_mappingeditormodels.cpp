#include "core/mapping/graphqlfields.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingpreviewmodel.h"
#include "core/mapping/mappingtargetsmodel.h"
#include "core/mapping/sourcefieldmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Quayside::Mapping;

namespace {

QJsonObject order1001()
{
    QFile file(qEnvironmentVariable("QUAYSIDE_SOURCE_DIR") + QStringLiteral("/tests/mapping/data/order_1001.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("order_1001.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString queryDocument()
{
    QFile file(
        qEnvironmentVariable("QUAYSIDE_SOURCE_DIR") + QStringLiteral("/resources/shopify/orders_by_ids.graphql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("orders_by_ids.graphql is missing");
    return QString::fromUtf8(file.readAll());
}

// The order query walked against Shopify's schema (FieldCatalog's source for the sale order).
QList<SourceField> queryFields()
{
    const auto shopify = GraphQLFields::shopifyAdmin();
    if (!shopify)
        qFatal("Shopify's schema is not built in");
    const FieldWalk walk = shopify->walk(queryDocument(), QStringLiteral("orders_by_ids"));
    if (!walk.ok())
        qFatal("%s", qPrintable(walk.error));
    return walk.fields;
}

QList<TargetField> saleOrderFields()
{
    return {
        { QStringLiteral("client_order_ref"),
            QStringLiteral("char"),
            QStringLiteral("Customer Reference"),
            false,
            {},
            {} },
        { QStringLiteral("note"), QStringLiteral("html"), QStringLiteral("Terms and conditions"), false, {}, {} },
        { QStringLiteral("partner_id"),
            QStringLiteral("many2one"),
            QStringLiteral("Customer"),
            true,
            QStringLiteral("The buyer <and> payer."),
            QStringLiteral("res.partner") },
        { QStringLiteral("date_order"), QStringLiteral("datetime"), QStringLiteral("Order Date"), true, {}, {} },
        { QStringLiteral("x_channel"), QStringLiteral("char"), QStringLiteral("Channel"), false, {}, {} },
    };
}

MappingDocument shippedSaleOrder()
{
    const auto doc = MappingCatalog::shippedDefault(MappingCatalog::odooSaleOrder());
    if (!doc)
        qFatal("no shipped sale.order mapping");
    return *doc;
}

// The shipped rules, the fields above as Odoo's, and the targets the order flow keeps.
void setUpSaleOrder(MappingTargetsModel &model)
{
    model.setDocument(shippedSaleOrder());
    model.setTargetFields(saleOrderFields());
    model.setReservedTargets(MappingCatalog::reservedTargets(MappingCatalog::odooSaleOrder()));
}

std::unique_ptr<QMimeData> dragged(const SourceFieldModel &model, const QString &path)
{
    const QModelIndex i = model.indexOfPath(path);
    if (!i.isValid())
        qFatal("no source field %s", qPrintable(path));
    return std::unique_ptr<QMimeData>(model.mimeData({ i }));
}

} // namespace

// The mapping editor's models without widgets: the source field tree and its drag data, the target rows and
// what a drop on them does, and the preview tree.
class TestMappingEditorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceFieldsFromPayloads()
    {
        const QList<SourceField> fields = SourceFieldModel::fromPayloads({ order1001() });
        const auto find = [&](const QString &path) {
            for (const SourceField &f : fields)
                if (f.path == path)
                    return f;
            return SourceField();
        };
        QCOMPARE(find(QStringLiteral("name")).type, QStringLiteral("string"));
        QVERIFY(find(QStringLiteral("name")).seenInData);
        QCOMPARE(find(QStringLiteral("customer.firstName")).type, QStringLiteral("string"));
        QCOMPARE(find(QStringLiteral("lineItems.nodes")).type, QStringLiteral("list"));
        QCOMPARE(find(QStringLiteral("lineItems.nodes[0].sku")).type, QStringLiteral("string"));
        QCOMPARE(find(QStringLiteral("taxesIncluded")).type, QStringLiteral("bool"));
        QCOMPARE(find(QStringLiteral("cancelledAt")).type, QStringLiteral("null"));
    }

    void sourceFieldsFromQuery()
    {
        const QList<SourceField> fields = queryFields();
        QStringList paths;
        for (const SourceField &f : fields)
            paths << f.path;
        // Below the inline fragment on Order, without the root `nodes(ids:)`; arguments and comments skipped.
        QVERIFY(paths.contains(QStringLiteral("name")));
        QVERIFY(paths.contains(QStringLiteral("customer.defaultEmailAddress.emailAddress")));
        QVERIFY(paths.contains(QStringLiteral("lineItems.nodes[0].originalUnitPriceSet.shopMoney.amount")));
        QVERIFY(paths.contains(
            QStringLiteral("returns.nodes[0].returnLineItems.nodes[0].fulfillmentLineItem.lineItem.sku")));
        QVERIFY(!paths.contains(QStringLiteral("nodes")));
        QVERIFY(!paths.contains(QStringLiteral("ids")));
        QVERIFY(!paths.contains(QStringLiteral("on")));
        for (const SourceField &f : fields)
            QVERIFY(!f.seenInData);
    }

    void mergeMarksWhatDataShowed()
    {
        const QJsonObject record = order1001();
        QJsonObject trimmed = record;
        trimmed.remove(QStringLiteral("email")); // asked for, but absent in this data
        const QList<SourceField> merged
            = SourceFieldModel::merge(SourceFieldModel::fromPayloads({ trimmed }), queryFields());
        SourceFieldModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(merged);
        const QModelIndex email = model.indexOfPath(QStringLiteral("email"));
        QVERIFY(email.isValid());
        QCOMPARE(email.data(SourceFieldModel::SeenRole).toBool(), false);
        QVERIFY(model.indexOfPath(QStringLiteral("name")).data(SourceFieldModel::SeenRole).toBool());
        // A query field below a list goes under the list's item, with the schema's type.
        const QModelIndex sku = model.indexOfPath(QStringLiteral("lineItems.nodes[0].sku"));
        QVERIFY(sku.isValid());
        QCOMPARE(sku.data().toString(), QStringLiteral("sku"));
        QCOMPARE(model.pathAt(sku.parent()), QStringLiteral("lineItems.nodes"));
        QCOMPARE(model.pathAt(sku.parent().parent()), QStringLiteral("lineItems"));
        QCOMPARE(model.index(sku.row(), SourceFieldModel::TypeColumn, sku.parent()).data().toString(),
            QStringLiteral("String"));
        int skus = 0;
        for (const SourceField &f : model.fields())
            skus += f.path.endsWith(QLatin1String("nodes[0].sku")) && f.path.startsWith(QLatin1String("lineItems"));
        QCOMPARE(skus, 1);
    }

    void sourceMimeData()
    {
        SourceFieldModel model;
        model.setFields(SourceFieldModel::fromPayloads({ order1001() }));
        QVERIFY(model.flags(model.indexOfPath(QStringLiteral("email"))) & Qt::ItemIsDragEnabled);
        QCOMPARE(model.mimeTypes().first(), QStringLiteral("application/x-quayside-field-path"));
        const auto mime = dragged(model, QStringLiteral("customer.lastName"));
        QCOMPARE(mime->data(SourceFieldModel::mimeType()), QByteArray("customer.lastName"));
        QCOMPARE(mime->text(), QStringLiteral("customer.lastName"));
    }

    void targetRows()
    {
        MappingTargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUpSaleOrder(model);
        // The two shipped rules, then date_order (required), x_channel; partner_id is reserved, so last.
        QCOMPARE(model.targetAt(0), QStringLiteral("client_order_ref"));
        QCOMPARE(model.targetAt(1), QStringLiteral("note"));
        QCOMPARE(model.targetAt(2), QStringLiteral("date_order"));
        QCOMPARE(model.targetAt(3), QStringLiteral("x_channel"));
        QCOMPARE(model.targetAt(4), QStringLiteral("partner_id"));
        QCOMPARE(model.rowCount(), 8); // + origin, order_line, warehouse_id
        QCOMPARE(model.unmappedRequired(), QStringList { QStringLiteral("date_order") });
        QVERIFY(model.index(2, 0).data(MappingTargetsModel::NeedsMappingRole).toBool());
        QVERIFY(model.index(4, 0).data(MappingTargetsModel::ReservedRole).toBool());
        QCOMPARE(model.index(0, MappingTargetsModel::SourceColumn).data().toString(), QStringLiteral("name"));
        QCOMPARE(model.index(0, MappingTargetsModel::OperationColumn).data().toString(), QStringLiteral("copy"));
        QVERIFY(model.index(1, MappingTargetsModel::ParametersColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Shopify payment status")));
        QVERIFY(!(model.flags(model.index(4, 0)) & Qt::ItemIsDropEnabled));
        QVERIFY(model.flags(model.index(3, 0)) & Qt::ItemIsDropEnabled);
        // The field's schema in the tooltip: label, name, type, and (escaped) help and relation.
        const QString tip = model.index(2, 0).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip, QStringLiteral("<b>Order Date</b> (date_order, <code>datetime</code>)<br>Required"));
        model.setReservedTargets({});
        const QString partner
            = model.index(model.rowOfTarget(QStringLiteral("partner_id")), 0).data(Qt::ToolTipRole).toString();
        QVERIFY(partner.contains(QLatin1String("Refers to res.partner")));
        QVERIFY(partner.contains(QLatin1String("The buyer &lt;and&gt; payer.")));
    }

    void dropCreatesOrUpdatesRule_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("onItem"); // on the item (parent) or between rows (row)
        QTest::addColumn<int>("rules");
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("required");
        QTest::newRow("new copy rule on an unmapped field")
            << QStringLiteral("x_channel") << QStringLiteral("customAttributes[key=channel].value") << true << 3
            << QStringLiteral("copy") << false;
        QTest::newRow("a required datetime field: required, converted to Odoo's date format")
            << QStringLiteral("date_order") << QStringLiteral("createdAt") << false << 3 << QStringLiteral("date")
            << true;
        QTest::newRow("a rule's source replaced")
            << QStringLiteral("client_order_ref") << QStringLiteral("legacyResourceId") << true << 2
            << QStringLiteral("copy") << true;
        QTest::newRow("a template becomes a copy")
            << QStringLiteral("note") << QStringLiteral("note") << true << 2 << QStringLiteral("copy") << false;
    }

    void dropCreatesOrUpdatesRule()
    {
        QFETCH(QString, target);
        QFETCH(QString, source);
        QFETCH(bool, onItem);
        QFETCH(int, rules);
        QFETCH(QString, op);
        QFETCH(bool, required);
        SourceFieldModel sources;
        QJsonObject record = order1001();
        sources.setFields(SourceFieldModel::merge(SourceFieldModel::fromPayloads({ record }), {}));
        MappingTargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUpSaleOrder(model);
        QSignalSpy changed(&model, &MappingTargetsModel::documentChanged);

        auto mime = std::make_unique<QMimeData>();
        mime->setData(SourceFieldModel::mimeType(), source.toUtf8());
        if (sources.indexOfPath(source).isValid())
            mime = dragged(sources, source);
        const int row = model.rowOfTarget(target);
        const QModelIndex parent = onItem ? model.index(row, MappingTargetsModel::SourceColumn) : QModelIndex();
        const int dropRow = onItem ? -1 : row;
        QVERIFY(model.canDropMimeData(mime.get(), Qt::CopyAction, dropRow, -1, parent));
        QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, dropRow, -1, parent));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.document().rules.size(), rules);
        const MappingRule &rule = model.document().rules.at(model.ruleRowOf(target));
        QCOMPARE(rule.source, source);
        QCOMPARE(toString(rule.op), op);
        QCOMPARE(rule.required, required);
        QCOMPARE(model.index(model.rowOfTarget(target), MappingTargetsModel::SourceColumn).data().toString(), source);
        // The document still passes its key's checks, so it can be saved as a draft.
        QList<MappingError> errors;
        QVERIFY(MappingDocument::fromJson(model.document().toJson(), &errors));
        QVERIFY(MappingCatalog::check(model.document()).isEmpty());
        // What the drop made maps the real order.
        const MappingOutcome outcome = MappingEngine::apply(model.document(), record);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
        if (op == QLatin1String("copy"))
            QCOMPARE(outcome.result.value(target), JsonPath::read(record, source).value_or(QJsonValue()));
        else
            QCOMPARE(outcome.result.value(target).toString(), QStringLiteral("2026-11-26 21:14:05"));
    }

    void dropRefusedOnReservedOrForeignData()
    {
        MappingTargetsModel model;
        model.setDocument(shippedSaleOrder());
        model.setReservedTargets(MappingCatalog::reservedTargets(MappingCatalog::odooSaleOrder()));
        QMimeData field;
        field.setData(SourceFieldModel::mimeType(), "name");
        const QModelIndex reserved = model.index(model.rowOfTarget(QStringLiteral("partner_id")), 0);
        QVERIFY(!model.canDropMimeData(&field, Qt::CopyAction, -1, -1, reserved));
        QVERIFY(!model.dropMimeData(&field, Qt::CopyAction, -1, -1, reserved));
        QMimeData text;
        text.setText(QStringLiteral("name"));
        QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, -1, -1, model.index(0, 0)));
        QVERIFY(!model.canDropMimeData(&field, Qt::CopyAction, -1, -1, QModelIndex())); // no target
        QCOMPARE(model.document(), shippedSaleOrder());
    }

    void editsGoToTheHandlerAndInvert()
    {
        MappingTargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setUpSaleOrder(model);
        QList<RuleEdit> requested;
        model.setEditHandler([&](const RuleEdit &e) { requested << e; });
        QMimeData field;
        field.setData(SourceFieldModel::mimeType(), "createdAt");
        QVERIFY(model.dropMimeData(
            &field, Qt::CopyAction, -1, -1, model.index(model.rowOfTarget(QStringLiteral("date_order")), 0)));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(model.document(), shippedSaleOrder()); // the handler decides
        QCOMPARE(requested.first().text, QStringLiteral("Map createdAt to date_order"));

        const MappingDocument before = model.document();
        model.apply(requested.first());
        QCOMPARE(model.document().rules.size(), 3);
        QVERIFY(model.unmappedRequired().isEmpty());
        model.apply(requested.first().inverse());
        QCOMPARE(model.document(), before);
        QCOMPARE(model.unmappedRequired(), QStringList { QStringLiteral("date_order") });

        RuleEdit move;
        move.kind = RuleEdit::Kind::Move;
        move.row = 1;
        move.toRow = 0;
        model.apply(move);
        QCOMPARE(model.targetAt(0), QStringLiteral("note"));
        model.apply(move.inverse());
        QCOMPARE(model.document(), before);

        RuleEdit remove;
        remove.kind = RuleEdit::Kind::Remove;
        remove.row = 0;
        remove.rule = before.rules.at(0);
        model.apply(remove);
        QCOMPARE(model.document().rules.size(), 1);
        QCOMPARE(model.targetAt(0), QStringLiteral("note"));
        model.apply(remove.inverse());
        QCOMPARE(model.document(), before);
    }

    void previewTree()
    {
        MappingDocument draft = shippedSaleOrder();
        MappingRule date;
        date.id = QStringLiteral("date");
        date.target = QStringLiteral("date_order");
        date.op = MappingOp::Date;
        date.source = QStringLiteral("createdAt");
        draft.rules << date;
        MappingRule bad;
        bad.id = QStringLiteral("bad");
        bad.target = QStringLiteral("x_amount");
        bad.op = MappingOp::Number;
        bad.source = QStringLiteral("email");
        draft.rules << bad;
        const QJsonObject record = order1001();
        const QList<PreviewRow> rows = MappingPreview::run(
            draft, shippedSaleOrder(), { PreviewPayload { QStringLiteral("job:1"), QStringLiteral("#1001"), record } });
        MappingPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex payload = model.index(0, 0);
        QCOMPARE(payload.data().toString(), QStringLiteral("#1001"));
        QVERIFY(payload.data(MappingPreviewModel::ProblemRole).toBool());
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.index(0, MappingPreviewModel::FieldColumn).data().toString(), QStringLiteral("1 errors"));
        QCOMPARE(model.rowCount(payload), 2); // the error, then date_order added
        QCOMPARE(model.index(0, MappingPreviewModel::ItemColumn, payload).data().toString(), QStringLiteral("Error"));
        QCOMPARE(
            model.index(0, MappingPreviewModel::FieldColumn, payload).data().toString(), QStringLiteral("x_amount"));
        QVERIFY(model.index(0, MappingPreviewModel::DetailColumn, payload)
                    .data()
                    .toString()
                    .contains(QLatin1String("ada.lovelace@example.com")));
        QCOMPARE(model.index(1, MappingPreviewModel::ItemColumn, payload).data().toString(), QStringLiteral("Added"));
        QCOMPARE(
            model.index(1, MappingPreviewModel::FieldColumn, payload).data().toString(), QStringLiteral("date_order"));
        QCOMPARE(model.index(1, MappingPreviewModel::DetailColumn, payload).data().toString(),
            QStringLiteral("\"2026-11-26 21:14:05\""));
        QCOMPARE(model.payloadRow(model.index(1, 0, payload)), 0);
    }
};

QTEST_GUILESS_MAIN(TestMappingEditorModels)
#include "tst_mappingeditormodels.moc"
