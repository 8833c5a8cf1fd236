#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingengine.h"
#include "core/mapping/mappingrulesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Quayside::Mapping;

namespace {

MappingRule rule(const QString &id, const QString &target, MappingOp op, const QString &source = {})
{
    MappingRule r;
    r.id = id;
    r.target = target;
    r.op = op;
    r.source = source;
    return r;
}

// The shipped default plus a per-line rule with two nested rules.
MappingDocument sample()
{
    MappingDocument d = *MappingCatalog::shippedDefault(MappingCatalog::odooSaleOrder());
    MappingRule lines
        = rule(QStringLiteral("lines"), QStringLiteral("x_lines"), MappingOp::Each, QStringLiteral("lineItems.nodes"));
    lines.rules << rule(QStringLiteral("sku"), QStringLiteral("sku"), MappingOp::Copy, QStringLiteral("sku"))
                << rule(QStringLiteral("qty"), QStringLiteral("qty"), MappingOp::Number, QStringLiteral("quantity"));
    d.rules << lines;
    return d;
}

} // namespace

class TestMappingRulesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheDocumentAsATree()
    {
        MappingRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(MappingRulesModel::ColumnCount));
        QCOMPARE(model.index(0, MappingRulesModel::TargetColumn).data().toString(), QStringLiteral("client_order_ref"));
        QCOMPARE(model.index(0, MappingRulesModel::OpColumn).data().toString(), QStringLiteral("copy"));
        QCOMPARE(model.index(0, MappingRulesModel::SourceColumn).data().toString(), QStringLiteral("name"));
        QCOMPARE(model.index(0, MappingRulesModel::RequiredColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Checked);
        QCOMPARE(model.index(1, MappingRulesModel::DetailsColumn).data().toString(),
            QStringLiteral("Shopify payment status: {displayFinancialStatus|unknown}"));
        const QModelIndex lines = model.index(2, 0);
        QCOMPARE(model.rowCount(lines), 2);
        QCOMPARE(model.index(1, 0, lines).data().toString(), QStringLiteral("qty"));
        QCOMPARE(model.index(1, 0, lines).parent(), lines);
        QCOMPARE(model.index(1, 0, lines).data(MappingRulesModel::RulePathRole).toString(),
            QStringLiteral("rules[2].rules[1]"));
        QCOMPARE(model.indexForPath(QStringLiteral("rules[2].rules[1]")), model.index(1, 0, lines));
        QVERIFY(!model.indexForPath(QStringLiteral("rules[7]")).isValid());
        QCOMPARE(model.document(), sample());
        QCOMPARE(lines.data(MappingRulesModel::RuleJsonRole).toJsonObject(), sample().rules.at(2).toJson());
    }

    void editsFlowIntoTheDocument()
    {
        MappingRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(sample());
        QSignalSpy changed(&model, &MappingRulesModel::documentChanged);

        QVERIFY(model.setData(model.index(0, MappingRulesModel::SourceColumn), QStringLiteral("legacyResourceId")));
        QVERIFY(model.setData(model.index(0, MappingRulesModel::RequiredColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, MappingRulesModel::OpColumn), QStringLiteral("rename")));
        QVERIFY(
            !model.setData(model.index(2, MappingRulesModel::OpColumn), QStringLiteral("copy"))); // has nested rules
        QVERIFY(!model.setData(model.index(0, MappingRulesModel::DetailsColumn), QStringLiteral("x")));

        // Drop a source field on a target: a new rule.
        MappingRule channel = rule(QStringLiteral("channel"),
            QStringLiteral("x_sales_channel"),
            MappingOp::Copy,
            QStringLiteral("customAttributes[key=channel].value"));
        QVERIFY(model.insertRule({}, 1, channel));
        QVERIFY(model.insertRule(model.index(3, 0),
            0,
            rule(QStringLiteral("id"), QStringLiteral("line_id"), MappingOp::Copy, QStringLiteral("id"))));
        QVERIFY(!model.insertRule(model.index(0, 0), 0, channel)); // only an each has nested rules
        QVERIFY(!model.insertRule({}, 9, channel));
        QVERIFY(model.removeRows(1, 1, model.index(3, 0))); // the new first nested rule stays, "sku" goes

        // The inspector: a constant instead of the copy.
        MappingRule constant = rule(QStringLiteral("channel"), QStringLiteral("x_sales_channel"), MappingOp::Constant);
        constant.value = QStringLiteral("shopify");
        constant.required = true;
        QVERIFY(model.setRule(model.index(1, 0), constant));
        // An each replaced by a rule with other nested rules.
        MappingRule lines = model.rule(model.index(3, 0));
        lines.rules = { rule(QStringLiteral("n"), QStringLiteral("name"), MappingOp::Copy, QStringLiteral("name")) };
        QVERIFY(model.setRule(model.index(3, 0), lines));
        QCOMPARE(model.rowCount(model.index(3, 0)), 1);
        QCOMPARE(changed.count(), 7);

        const MappingDocument d = model.document();
        QCOMPARE(d.rules.size(), 4);
        QCOMPARE(d.rules.at(0).source, QStringLiteral("legacyResourceId"));
        QVERIFY(!d.rules.at(0).required);
        QCOMPARE(d.rules.at(1).toJson(), constant.toJson());
        QCOMPARE(d.rules.at(3).rules.size(), 1);
        QCOMPARE(d.rules.at(3).rules.at(0).target, QStringLiteral("name"));
        QList<MappingError> errors;
        QVERIFY(MappingDocument::fromJson(d.toJson(), &errors)); // still a valid document
    }

    void errorsShowOnTheRulesTheyName()
    {
        MappingRulesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(sample());
        QJsonObject record { { QStringLiteral("lineItems"),
            QJsonObject { { QStringLiteral("nodes"),
                QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("MUG") },
                    { QStringLiteral("quantity"), QStringLiteral("two") } } } } } } };
        const MappingOutcome outcome = MappingEngine::apply(model.document(), record);
        QCOMPARE(outcome.errors.size(), 2); // the name is required; "two" is not a number
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.setErrors(outcome.errors
            + QList<MappingError> { MappingError { MappingError::Kind::Parse,
                QStringLiteral("rules[1].template"),
                {},
                {},
                {},
                std::nullopt,
                QStringLiteral("bad") } });
        QVERIFY(dataChanged.count() >= 2);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("required")));
        QCOMPARE(model.index(1, 0).data(MappingRulesModel::ErrorsRole).toStringList().size(), 1);
        const QModelIndex qty = model.index(1, 0, model.index(2, 0));
        QVERIFY(qty.data(Qt::ToolTipRole).toString().contains(QLatin1String("not a number")));
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(MappingRulesModel::TargetColumn, Qt::Horizontal).toString(),
            QStringLiteral("Target field"));
    }
};

QTEST_GUILESS_MAIN(TestMappingRulesModel)
#include "tst_mappingrulesmodel.moc"
