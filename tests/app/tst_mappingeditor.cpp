#include "core/engine/jobstore.h"
#include "core/flows/connections.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingpreviewmodel.h"
#include "core/mapping/mappingrepository.h"
#include "core/mapping/mappingtargetsmodel.h"
#include "core/mapping/sourcefieldmodel.h"
#include "core/store/database.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odooemulator.h"
#include "ui/mappingspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDrag>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

#include "uitestsupport.h"

using namespace Quayside;
using namespace Quayside::Mapping;
using UiTestSupport::child;

namespace {
// Keeps the object a source view creates for its drag (the QDrag, while still being constructed).
class DragCatcher final : public QObject
{
public:
    QPointer<QObject> child;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded)
            child = static_cast<QChildEvent *>(event)->child();
        return false;
    }
};

const QString kConnection = QStringLiteral("gui");
const QString kActor = QStringLiteral("ada@example.com");

QJsonObject order1001()
{
    QFile file(qEnvironmentVariable("QUAYSIDE_SOURCE_DIR") + QStringLiteral("/tests/mapping/data/order_1001.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("order_1001.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Saved only when QUAYSIDE_SCREENSHOT_DIR is set (docs/images), so the test leaves nothing behind. A drag's
// image (which the windowing system, not the window, draws) is laid over at the pointer.
void screenshot(
    QWidget *window, const char *name, const QDrag *drag = nullptr, QPoint pointer = {}, QWidget *popup = nullptr)
{
    const QString dir = qEnvironmentVariable("QUAYSIDE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(); // layouts settle as they would before the next paint
    QPixmap shot = window->grab();
    if (drag) {
        QPainter painter(&shot);
        painter.setOpacity(0.8);
        painter.drawPixmap(pointer - drag->hotSpot(), drag->pixmap());
    }
    if (popup) { // a tooltip is a window of its own, which grab() leaves out
        QPainter painter(&shot);
        painter.drawPixmap(window->mapFromGlobal(popup->mapToGlobal(QPoint())), popup->grab());
    }
    shot.save(dir + QLatin1Char('/') + QLatin1String(name));
}

QStringList auditActions()
{
    QStringList out;
    QSqlQuery q(Database::connection(kConnection));
    q.exec(QStringLiteral("SELECT action || ' ' || actor || ' ' || COALESCE(note, '') FROM audit_log ORDER BY id"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

// The mapping editor on a real store with real order payloads and the sandbox's Odoo answering fields_get:
// a real drag and drop, the keyboard's Map, undo and redo, the inspector, the live preview, publish and
// roll back (audited), import and export.
class TestMappingEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseConfig m_database;
    std::unique_ptr<Sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<Ui::MappingsPage> m_page;

    QModelIndex targetIndex(const QString &target, int column = MappingTargetsModel::TargetColumn)
    {
        const int row = m_page->targetsModel()->rowOfTarget(target);
        return m_page->targetsModel()->index(row, column);
    }

    const MappingRule *ruleFor(const QString &target)
    {
        const int i = m_page->targetsModel()->ruleRowOf(target);
        return i < 0 ? nullptr : &m_page->targetsModel()->document().rules.at(i);
    }

    // A real order payload as the order flow stores it (the create_sale_order job's).
    static bool storeOrder(int gid, const QJsonObject &order)
    {
        NewJob j;
        j.flow = QStringLiteral("orders");
        j.step = QStringLiteral("create_sale_order");
        j.lane = QStringLiteral("odoo");
        j.partitionKey = QStringLiteral("order:gid://shopify/Order/%1").arg(gid);
        j.correlationId = order.value(QStringLiteral("name")).toString();
        j.payload = QJsonDocument(order).toJson(QJsonDocument::Compact);
        return !JobStore(kConnection, Dialect::Sqlite).enqueue({ j });
    }

    SourceFieldModel *model() const { return m_page->sourceModel(); }

    static QWidget *toolTip()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QTipLabel") && w->isVisible())
                return w;
        return nullptr;
    }

    QModelIndex sourceIndex(const QString &path)
    {
        auto *view = child<QTreeView>(m_page.get(), "sourceView");
        const QModelIndex i = m_page->sourceModel()->indexOfPath(path);
        for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
            view->expand(p);
        view->scrollTo(i);
        return i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("mapping.sqlite")));
        QVERIFY(!Database::openAndMigrate(m_database, kConnection));
        MappingRepository repo(kConnection, Dialect::Sqlite);
        QVERIFY(!repo.seedDefaults());
        // Two real order payloads as the order flow stores them, #1002 newer.
        for (const auto &[gid, name] : { std::pair { 1001, "#1001" }, std::pair { 1002, "#1002" } }) {
            QJsonObject order = order1001();
            order.insert(QStringLiteral("name"), QString::fromLatin1(name));
            if (gid == 1002)
                order.insert(QStringLiteral("createdAt"), QStringLiteral("2026-11-27T08:30:00+01:00"));
            QVERIFY(storeOrder(gid, order));
        }

        m_sandbox = std::make_unique<Sandbox::SandboxHost>(Sandbox::SandboxOptions {});
        QVERIFY(m_sandbox->start(nullptr));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_sandbox.reset();
        Database::close(kConnection);
    }

    void opensOnTheStoreAndOdoosFields()
    {
        m_page = std::make_unique<Ui::MappingsPage>(m_database, kActor);
        QSignalSpy schema(m_page.get(), &Ui::MappingsPage::sourceFieldsRead);
        QAbstractItemModelTester rulesTester(
            m_page->targetsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sourceTester(
            m_page->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester previewTester(
            m_page->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1110, 640); // the page's share of a 1366×768 screen
        m_page->attachStore(kConnection);
        QSignalSpy read(m_page.get(), &Ui::MappingsPage::targetFieldsRead);
        m_page->setOdooConnection(Connections::fromSandbox(m_sandbox->endpoints()).odoo);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(read.wait(20000));
        QVERIFY(read.first().at(0).toBool());
        QVERIFY(!schema.isEmpty() || schema.wait(20000));
        QVERIFY(schema.first().at(0).toBool());

        // Sources come from Shopify's schema for our order query: typed, described, merged with the payloads.
        const QModelIndex name = sourceIndex(QStringLiteral("name"));
        QCOMPARE(name.siblingAtColumn(SourceFieldModel::TypeColumn).data().toString(), QStringLiteral("String!"));
        QVERIFY(name.data(SourceFieldModel::InSchemaRole).toBool());
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("The unique identifier for the order")));
        const QModelIndex amount = sourceIndex(QStringLiteral("totalPriceSet.shopMoney.amount"));
        QCOMPARE(amount.siblingAtColumn(SourceFieldModel::TypeColumn).data().toString(), QStringLiteral("Decimal!"));
        // shippingLine is in the stored payloads but not in the query: seen, outside the schema.
        const QModelIndex shippingLine = sourceIndex(QStringLiteral("shippingLine"));
        QVERIFY(shippingLine.data(SourceFieldModel::SeenRole).toBool());
        QVERIFY(!shippingLine.data(SourceFieldModel::InSchemaRole).toBool());

        // Sources: fields of the stored payloads, seen in data; a field only the query names is not.
        QVERIFY(sourceIndex(QStringLiteral("createdAt")).data(SourceFieldModel::SeenRole).toBool());
        const QModelIndex sku = sourceIndex(QStringLiteral("lineItems.nodes[0].sku"));
        QVERIFY(sku.isValid());
        // Targets: the shipped rules; Odoo's own required date_order not flagged (Odoo fills it, so only
        // required custom fields are: customRequiredFieldIsFlagged); partner_id reserved.
        QCOMPARE(m_page->targetsModel()->targetAt(0), QStringLiteral("client_order_ref"));
        QVERIFY(targetIndex(QStringLiteral("date_order")).isValid());
        QVERIFY(!targetIndex(QStringLiteral("date_order")).data(MappingTargetsModel::NeedsMappingRole).toBool());
        QVERIFY(m_page->targetsModel()->unmappedRequired().isEmpty());
        QVERIFY(targetIndex(QStringLiteral("partner_id")).data(MappingTargetsModel::ReservedRole).toBool());
        // The preview runs the published version on both stored orders: nothing differs yet.
        QCOMPARE(m_page->previewModel()->rowCount(), 2);
        QCOMPARE(m_page->previewModel()->index(0, 0).data().toString(), QStringLiteral("#1002"));
        QCOMPARE(m_page->previewModel()->index(0, MappingPreviewModel::DetailColumn).data().toString(),
            QStringLiteral("same as published"));
        QCOMPARE(child<QLabel>(m_page.get(), "mappingState")->text(), QStringLiteral("Published v1 (in use)"));
    }

    // The tree as the operator reads it: schema types in their column, the description in a tooltip.
    void sourceTreeShowsTheSchema()
    {
        auto *view = child<QTreeView>(m_page.get(), "sourceView");
        sourceIndex(QStringLiteral("customer.defaultEmailAddress.emailAddress"));
        const QModelIndex quantity = sourceIndex(QStringLiteral("lineItems.nodes[0].quantity"));
        view->setCurrentIndex(quantity);
        view->scrollTo(model()->indexOfPath(QStringLiteral("lineItems")), QAbstractItemView::PositionAtTop);
        QCOMPARE(quantity.siblingAtColumn(SourceFieldModel::TypeColumn).data().toString(), QStringLiteral("Int!"));
        const QString tip = quantity.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QLatin1String("The number of units ordered")));
        QVERIFY(tip.contains(QLatin1String("seen in recent payloads")));
        // The view shows the model's tooltip for the row under the pointer.
        const QPoint at = view->visualRect(quantity).center();
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        QWidget *tipLabel = nullptr;
        QTRY_VERIFY((tipLabel = toolTip()) != nullptr);
        QTRY_VERIFY(tipLabel->isVisible());
        screenshot(m_page.get(), "mapping-editor-sources.png", nullptr, {}, tipLabel);
        QToolTip::hideText();
    }

    void realDragCreatesRuleUndoRedo()
    {
        auto *sources = child<QTreeView>(m_page.get(), "sourceView");
        auto *targets = child<QTableView>(m_page.get(), "rulesView");
        const QModelIndex from = sourceIndex(QStringLiteral("createdAt"));
        const QModelIndex to = targetIndex(QStringLiteral("date_order"), MappingTargetsModel::SourceColumn);
        targets->scrollTo(to);
        const QPoint start = sources->visualRect(from).center();
        const QPoint end = targets->visualRect(to).center();

        // The gesture starts for real: press and move on the source view until it starts its QDrag. The
        // offscreen platform's drag ends at once (it has no pointer to follow), so the rest of the gesture,
        // entering, moving over and dropping on the target, is delivered to the target's viewport as the
        // windowing system would, carrying the data the source view put in the drag.
        DragCatcher catcher;
        sources->installEventFilter(&catcher);
        QTest::mousePress(sources->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(sources->viewport(), start + QPoint(2, 0));
        QTest::mouseMove(sources->viewport(), start + QPoint(QApplication::startDragDistance() * 3, 6));
        QTest::mouseRelease(
            sources->viewport(), Qt::LeftButton, {}, start + QPoint(QApplication::startDragDistance() * 3, 6));
        auto *drag = qobject_cast<QDrag *>(catcher.child.data());
        QVERIFY2(drag, "the source view did not start a drag");
        const QMimeData *mime = drag->mimeData();
        QCOMPARE(mime->data(SourceFieldModel::mimeType()), QByteArray("createdAt"));

        QWidget *viewport = targets->viewport();
        QDragEnterEvent enter(end - QPoint(0, 20), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent over(end, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &over);
        QVERIFY(over.isAccepted());
        QCOMPARE(over.dropAction(), Qt::CopyAction);
        // Not over a reserved target: partner_id takes no drop.
        const QModelIndex reserved = targetIndex(QStringLiteral("partner_id"));
        targets->scrollTo(reserved);
        QDragMoveEvent overReserved(targets->visualRect(reserved).center(), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &overReserved);
        QVERIFY(!overReserved.isAccepted());
        targets->scrollTo(to);
        const QPoint onTarget = targets->visualRect(to).center();
        QDragMoveEvent back(onTarget, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &back);
        QVERIFY(back.isAccepted());
        screenshot(m_page.get(), "mapping-editor-drag.png", drag, viewport->mapTo(m_page.get(), onTarget));
        QDropEvent drop(onTarget, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());

        QTRY_VERIFY(ruleFor(QStringLiteral("date_order")));
        QCOMPARE(ruleFor(QStringLiteral("date_order"))->source, QStringLiteral("createdAt"));
        QCOMPARE(ruleFor(QStringLiteral("date_order"))->required, false);
        QCOMPARE(toString(ruleFor(QStringLiteral("date_order"))->op), QStringLiteral("date")); // Odoo's datetime
        QCOMPARE(m_page->undoStack()->count(), 1);
        QCOMPARE(m_page->undoStack()->undoText(), QStringLiteral("Map createdAt to date_order"));
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY(m_page->targetsModel()->unmappedRequired().isEmpty());

        // Undo and redo by keyboard, as an operator does.
        targets->setFocus();
        QTest::keyClick(targets, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!ruleFor(QStringLiteral("date_order")));
        QCOMPARE(
            targetIndex(QStringLiteral("date_order"), MappingTargetsModel::SourceColumn).data().toString(), QString());
        QTest::keyClick(targets, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(ruleFor(QStringLiteral("date_order")));
        m_page->undoStack()->undo();
        QVERIFY(!ruleFor(QStringLiteral("date_order")));
        m_page->undoStack()->redo();
        QCOMPARE(ruleFor(QStringLiteral("date_order"))->source, QStringLiteral("createdAt"));
    }

    void inspectorEditsAreUndoable()
    {
        auto *targets = child<QTableView>(m_page.get(), "rulesView");
        targets->setCurrentIndex(targetIndex(QStringLiteral("date_order")));
        auto *required = child<QCheckBox>(m_page.get(), "ruleRequired");
        QTRY_VERIFY(required->isVisible());
        QVERIFY(!required->isChecked());
        required->setFocus();
        QTest::keyClick(required, Qt::Key_Space);
        QCOMPARE(ruleFor(QStringLiteral("date_order"))->required, true);
        auto *format = child<QLineEdit>(m_page.get(), "ruleFormat");
        QVERIFY(format->isVisible()); // a date rule's parameters
        QVERIFY(!child<QLineEdit>(m_page.get(), "ruleTemplate")->isVisible());
        m_page->undoStack()->undo();
        QCOMPARE(ruleFor(QStringLiteral("date_order"))->required, false);
        QTRY_VERIFY(!required->isChecked()); // the inspector follows the undo
    }

    void keyboardMapsSelectedFieldOntoSelectedTarget()
    {
        auto *sources = child<QTreeView>(m_page.get(), "sourceView");
        auto *targets = child<QTableView>(m_page.get(), "rulesView");
        sources->setCurrentIndex(sourceIndex(QStringLiteral("shippingAddress.name")));
        targets->setCurrentIndex(targetIndex(QStringLiteral("client_order_ref")));
        const int before = m_page->undoStack()->index();
        QTest::keyClick(targets, Qt::Key_M, Qt::ControlModifier);
        // A button's shortcut clicks it visibly, a moment later.
        QTRY_COMPARE(ruleFor(QStringLiteral("client_order_ref"))->source, QStringLiteral("shippingAddress.name"));
        QCOMPARE(m_page->undoStack()->index(), before + 1);
        QTest::keyClick(targets, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ruleFor(QStringLiteral("client_order_ref"))->source, QStringLiteral("name"));
    }

    void previewShowsDraftResultAndDiff()
    {
        QTRY_COMPARE(m_page->previewModel()->index(0, MappingPreviewModel::DetailColumn).data().toString(),
            QStringLiteral("1 changes from published"));
        const QModelIndex newest = m_page->previewModel()->index(0, 0);
        QCOMPARE(newest.data().toString(), QStringLiteral("#1002"));
        const int changes = m_page->previewModel()->rowCount(newest);
        QCOMPARE(changes, 1);
        QCOMPARE(m_page->previewModel()->index(0, MappingPreviewModel::ItemColumn, newest).data().toString(),
            QStringLiteral("Added"));
        QCOMPARE(m_page->previewModel()->index(0, MappingPreviewModel::FieldColumn, newest).data().toString(),
            QStringLiteral("date_order"));
        // In UTC, Odoo's format: 08:30 at +01:00 is 07:30.
        QCOMPARE(m_page->previewModel()->index(0, MappingPreviewModel::DetailColumn, newest).data().toString(),
            QStringLiteral("\"2026-11-27 07:30:00\""));
        auto *result = child<QPlainTextEdit>(m_page.get(), "previewResult");
        QVERIFY(result->toPlainText().contains(QLatin1String("\"date_order\": \"2026-11-27 07:30:00\"")));
        QVERIFY(result->toPlainText().contains(QLatin1String("\"client_order_ref\": \"#1002\"")));
        QCOMPARE(m_page->previewModel()->errorCount(), 0);
        child<QTableView>(m_page.get(), "rulesView")->setCurrentIndex(targetIndex(QStringLiteral("date_order")));
        screenshot(m_page.get(), "mapping-editor-preview.png");

        // An error names its rule, field and value, and the payload row is flagged.
        auto *sources = child<QTreeView>(m_page.get(), "sourceView");
        auto *targets = child<QTableView>(m_page.get(), "rulesView");
        sources->setCurrentIndex(sourceIndex(QStringLiteral("email")));
        targets->setCurrentIndex(targetIndex(QStringLiteral("date_order")));
        m_page->mapSelected();
        QSignalSpy updated(m_page.get(), &Ui::MappingsPage::previewUpdated);
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_page->previewModel()->errorCount(), 2);
        QVERIFY(m_page->previewModel()->index(0, 0).data(MappingPreviewModel::ProblemRole).toBool());
        QVERIFY(child<QLabel>(m_page.get(), "previewSummary")->text().contains(QLatin1String("2 of 2")));
        m_page->undoStack()->undo();
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_page->previewModel()->errorCount(), 0);
    }

    void publishIsAuditedAndRollsBack()
    {
        QSignalSpy finished(m_page.get(), &Ui::MappingsPage::storeWriteFinished);
        m_page->publish(QStringLiteral("Order date from Shopify"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(!m_page->hasUnsavedChanges());
        QCOMPARE(child<QLabel>(m_page.get(), "mappingState")->text(), QStringLiteral("Published v2 (in use)"));
        MappingRepository repo(kConnection, Dialect::Sqlite);
        QCOMPARE(repo.published(m_page->key())->document.rules.size(), 3);
        QVERIFY(auditActions().contains(QStringLiteral("mapping.publish %1 Order date from Shopify").arg(kActor)));
        // Published: the preview has nothing left to differ.
        QCOMPARE(m_page->previewModel()->index(0, MappingPreviewModel::DetailColumn).data().toString(),
            QStringLiteral("same as published"));

        m_page->rollbackTo(1, QStringLiteral("Back to the shipped rules"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(repo.published(m_page->key())->document, *MappingCatalog::shippedDefault(m_page->key()));
        QCOMPARE(m_page->targetsModel()->document(), *MappingCatalog::shippedDefault(m_page->key()));
        QCOMPARE(auditActions().last(),
            QStringLiteral("mapping.rollback %1 Rolled back to version 1: Back to the shipped rules").arg(kActor));
        QVERIFY(m_page->targetsModel()->unmappedRequired().isEmpty());
    }

    void exportsAndImports()
    {
        // Map, save as a draft, export the file; discard the draft; import the file back as the draft.
        auto *sources = child<QTreeView>(m_page.get(), "sourceView");
        auto *targets = child<QTableView>(m_page.get(), "rulesView");
        sources->setCurrentIndex(sourceIndex(QStringLiteral("createdAt")));
        targets->setCurrentIndex(targetIndex(QStringLiteral("date_order")));
        m_page->mapSelected();
        const MappingDocument mapped = m_page->targetsModel()->document();
        QSignalSpy finished(m_page.get(), &Ui::MappingsPage::storeWriteFinished);
        m_page->saveDraft();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(!m_page->hasUnsavedChanges());
        QCOMPARE(m_page->undoStack()->count(), 1); // saving keeps the history
        MappingRepository repo(kConnection, Dialect::Sqlite);
        QCOMPARE(repo.draft(m_page->key())->document, mapped);

        const QString path = m_dir.filePath(QStringLiteral("sale-order.json"));
        m_page->exportTo(path);
        QVERIFY(finished.last().at(0).toBool());
        m_page->discardDraft();
        QVERIFY(finished.wait(10000));
        QVERIFY(!repo.draft(m_page->key()));
        QCOMPARE(m_page->targetsModel()->document(), *MappingCatalog::shippedDefault(m_page->key()));

        m_page->importFrom(path);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(repo.draft(m_page->key())->document, mapped);
        QCOMPARE(m_page->targetsModel()->document(), mapped);
        QVERIFY(child<QLabel>(m_page.get(), "mappingState")->text().startsWith(QLatin1String("Draft v")));

        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\":1,\"system\":\"odoo\",\"entity\":\"sale.order\",\"direction\":\"outbound\","
                     "\"rules\":[{\"target\":\"partner_id\",\"op\":\"constant\",\"value\":1}]}");
        broken.close();
        m_page->importFrom(broken.fileName());
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(finished.last().at(1).toString().contains(QLatin1String("partner_id")));
        QCOMPARE(repo.draft(m_page->key())->document, mapped); // refused whole
    }

    void filterShowsMatchesAndTheirParents()
    {
        auto *view = child<QTreeView>(m_page.get(), "sourceView");
        auto *filter = child<QLineEdit>(m_page.get(), "sourceFilter");
        SourceFieldModel *model = m_page->sourceModel();
        const auto hidden = [&](const QString &path) {
            const QModelIndex i = model->indexOfPath(path);
            return view->isRowHidden(i.row(), i.parent());
        };
        QTest::keyClicks(filter, QStringLiteral("SKU"));
        QVERIFY(!hidden(QStringLiteral("lineItems")));
        QVERIFY(!hidden(QStringLiteral("lineItems.nodes")));
        QVERIFY(!hidden(QStringLiteral("lineItems.nodes[0].sku")));
        QVERIFY(view->isExpanded(model->indexOfPath(QStringLiteral("lineItems.nodes"))));
        QVERIFY(hidden(QStringLiteral("name")));
        QVERIFY(hidden(QStringLiteral("lineItems.nodes[0].quantity")));
        filter->clear();
        QVERIFY(!hidden(QStringLiteral("name")));
        QVERIFY(!hidden(QStringLiteral("lineItems.nodes[0].quantity")));
    }

    // Orders keep arriving while the page is open: a refresh reads them beside the GUI thread and re-runs the
    // preview; a refresh with nothing new leaves it alone.
    void newOrdersReachThePreview()
    {
        const int before = m_page->previewModel()->rowCount();
        QSignalSpy refreshed(m_page.get(), &Ui::MappingsPage::payloadsRefreshed);
        m_page->refreshPayloads();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.takeFirst().at(0).toBool(), false);

        QJsonObject order = order1001();
        order.insert(QStringLiteral("name"), QStringLiteral("#1003"));
        QVERIFY(storeOrder(1003, order));
        refreshed.clear();
        m_page->refreshPayloads(); // a read the page's timer started may be under way: this one follows it
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && refreshed.last().at(0).toBool(), 20000);
        QCOMPARE(m_page->previewModel()->rowCount(), before + 1);
        QCOMPARE(m_page->previewModel()->index(0, 0).data().toString(), QStringLiteral("#1003"));
    }

    // A field the retailer made required in Odoo (Studio) is what only a rule can fill: it is flagged, the
    // status line says so, and the preview fails every order until a rule sets it.
    void customRequiredFieldIsFlagged()
    {
        m_sandbox->odoo()->setRequiredField(
            QStringLiteral("sale.order"), QStringLiteral("x_sales_channel"), true, QStringLiteral("Sales Channel"));
        Ui::MappingsPage page(m_database, kActor);
        page.attachStore(kConnection);
        QSignalSpy read(&page, &Ui::MappingsPage::targetFieldsRead);
        page.setOdooConnection(Connections::fromSandbox(m_sandbox->endpoints()).odoo);
        page.show();
        QVERIFY(read.wait(20000));
        QCOMPARE(page.targetsModel()->unmappedRequired(), QStringList { QStringLiteral("x_sales_channel") });
        QVERIFY(child<QLabel>(&page, "targetsStatus")->toolTip().contains(QLatin1String("x_sales_channel")));
        QTRY_VERIFY(page.previewModel()->errorCount() >= 2);
        m_sandbox->odoo()->setRequiredField(QStringLiteral("sale.order"), QStringLiteral("x_sales_channel"), false);
    }
};

QTEST_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
