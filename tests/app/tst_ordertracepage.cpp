#include "core/engine/engine.h"
#include "core/engine/exceptionmodel.h"
#include "core/engine/jobstore.h"
#include "core/security/auditlog.h"
#include "core/security/piimask.h"
#include "core/security/secretvault.h"
#include "core/telemetry/ordertrace.h"
#include "core/telemetry/ordertracemodel.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/shopify/shopifystore.h"
#include "ui/exceptionspage.h"
#include "ui/mainwindow.h"
#include "ui/ordertracepage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "tests/app/uitestsupport.h"
#include "tests/flows/flowtestsupport.h"

using UiTestSupport::child;

using namespace Quayside;
using namespace Quayside::Sandbox;

// The Traces page in the real window, on a store the real order flow fills from the sandbox: found by
// keyboard, kept current while the engine works, customer data masked until asked, and reached from the
// exception queue.
class TestOrderTracePage : public QObject
{
    Q_OBJECT

    static void search(QLineEdit *query, const QString &text)
    {
        UiTestSupport::typeInto(query, text);
        QTest::keyClick(query, Qt::Key_Return);
    }

    static int rowOfStep(QAbstractItemModel *model, const QString &step)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, OrderTraceModel::WhatColumn);
            if (i.data(OrderTraceModel::KindRole).toInt() == int(TraceEntry::Kind::Job)
                && i.data(Qt::ToolTipRole).toString() == step)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void traceFromSearchAndFromTheExceptionQueue()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.seed = 31;
        options.autoProgressShipments = false;
        options.productMissingInOdoo = true;
        auto host = std::make_unique<SandboxHost>(options);
        QVERIFY(host->start(nullptr));
        const auto setup = FlowTestSupport::orderFlowOn(
            *host, dir.filePath(QStringLiteral("ui.sqlite")), QStringLiteral("lead@example.com"));
        Engine engine(setup.config, setup.registry);
        const WorldCustomer customer = host->world().customers().at(0);
        {
            Ui::MainWindow window(&engine, std::make_unique<MemoryVault>());
            QVERIFY(UiTestSupport::becomeAdmin(window.access())); // forgetting a customer is an admin's
            window.show();
            // As `--trace QUERY` does: asked before the store is open, run once it is.
            window.showTrace(customer.email);
            engine.start();
            QTRY_VERIFY_WITH_TIMEOUT(window.tracePage() != nullptr, 10000);
            Ui::OrderTracePage *page = window.tracePage();
            auto *nav = child<QListWidget>(&window, "navigation");
            QCOMPARE(nav->currentRow(), int(Ui::MainWindow::TracePageIndex));
            QCOMPARE(nav->item(Ui::MainWindow::TracePageIndex)->text(), QStringLiteral("Order trace"));
            QVERIFY(page->isVisible());
            QAbstractItemModelTester timelineTester(
                page->timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester matchTester(
                page->matchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            auto *query = child<QLineEdit>(page, "traceQuery");
            auto *empty = child<QLabel>(page, "traceEmpty");
            auto *timeline = child<QTableView>(page, "traceTimeline");
            auto *matches = child<QTableView>(page, "traceMatches");
            auto *detail = child<QTextBrowser>(page, "traceDetail");
            QCOMPARE(query->text(), customer.email);
            QVERIFY(empty->isVisible());
            QVERIFY2(empty->text().startsWith(QLatin1String("No order matches")), qPrintable(empty->text()));

            // The order arrives while the page is open: the page finds it by itself and follows its steps.
            const QStringList skus = FlowTestSupport::stockedSkus(*host, 2);
            const QString first = FlowTestSupport::place(*host, { { skus[0], 1 } }, 0);
            QTRY_COMPARE_WITH_TIMEOUT(page->currentOrder(), first, 20000);
            QVERIFY(!empty->isVisible());
            QVERIFY(timeline->isVisible());
            QVERIFY(!matches->isVisible()); // one order: nothing to choose from
            QTRY_VERIFY_WITH_TIMEOUT(rowOfStep(timeline->model(), QStringLiteral("create_3pl_order")) >= 0, 20000);

            // A second order of the same customer, and one stuck on the SKU Odoo lacks.
            const QString second = FlowTestSupport::place(*host, { { skus[1], 2 } }, 0);
            const QString stuck = FlowTestSupport::place(*host, { { host->missingSku(), 1 } }, 1);
            QTRY_COMPARE_WITH_TIMEOUT(window.exceptionsPage()->model()->rowCount(), 1, 20000);
            OrderTrace trace(QStringLiteral("gui"), Dialect::Sqlite);
            QTRY_COMPARE_WITH_TIMEOUT(trace.search(customer.email).size(), 2, 20000);

            // Enter searches again: both orders, newest shown first, the other one arrow key away.
            search(query, customer.email);
            QCOMPARE(page->matchModel()->rowCount(), 2);
            QVERIFY(matches->isVisible());
            QCOMPARE(page->currentOrder(), second);
            matches->setFocus();
            QTest::keyClick(matches, Qt::Key_Down);
            QCOMPARE(page->currentOrder(), first);
            QCOMPARE(matches->model()->index(1, OrderMatchModel::CustomerColumn).data().toString(),
                PiiMask::maskText(customer.email));

            // The selected line's data below the timeline, customer data masked until asked for.
            const int create = rowOfStep(timeline->model(), QStringLiteral("create_sale_order"));
            QVERIFY(create >= 0);
            timeline->setFocus();
            timeline->selectRow(create);
            QVERIFY2(
                detail->toPlainText().contains(PiiMask::maskText(customer.email)), qPrintable(detail->toPlainText()));
            QVERIFY(!detail->toPlainText().contains(customer.email));
            // Showing them is recorded in the audit log first, then the box is ticked.
            auto *reveal = child<QCheckBox>(page, "traceReveal");
            QTest::keyClick(reveal, Qt::Key_Space);
            QTRY_VERIFY_WITH_TIMEOUT(reveal->isChecked(), 5000);
            {
                JobStore store(QStringLiteral("gui"), Dialect::Sqlite);
                const auto audit = AuditLog::entries(store.db(), 1);
                QCOMPARE(audit.constFirst().action, QStringLiteral("customer.reveal"));
                QCOMPARE(audit.constFirst().target, QStringLiteral("order:") + first);
            }
            timeline->selectRow(rowOfStep(timeline->model(), QStringLiteral("create_sale_order")));
            QVERIFY(detail->toPlainText().contains(customer.email));
            QCOMPARE(matches->model()->index(1, OrderMatchModel::CustomerColumn).data().toString(), customer.email);
            QTest::keyClick(reveal, Qt::Key_Space);
            QVERIFY(!detail->toPlainText().contains(customer.email));

            // By order name: one order, no list to choose from; the summary names the Odoo order.
            const QString name = trace.search(first).first().orderName;
            search(query, name);
            QCOMPARE(page->currentOrder(), first);
            QVERIFY(!matches->isVisible());
            auto *summary = child<QLabel>(page, "traceSummary");
            QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Odoo S")), 10000);

            // Unknown, then nothing: the page says what to type.
            search(query, QStringLiteral("#999999"));
            QVERIFY(empty->isVisible());
            QVERIFY(!timeline->isVisible());
            QVERIFY(empty->text().contains(QLatin1String("#999999")));
            search(query, QString());
            QCOMPARE(empty->text(),
                QStringLiteral("Search for an order by its Shopify name (#1001), the customer's email, or an Odoo or "
                               "ShipBob reference."));

            // From the exception queue: the stuck order's trace, one key press away.
            window.showPage(Ui::MainWindow::ExceptionsPageIndex);
            auto *exceptions = child<QTableView>(window.exceptionsPage(), "exceptionsView");
            exceptions->setFocus();
            exceptions->selectRow(0);
            auto *traceButton = child<QPushButton>(window.exceptionsPage(), "traceButton");
            QVERIFY(traceButton->isEnabled());
            QTest::keyClick(exceptions, Qt::Key_T, Qt::ControlModifier);
            QCOMPARE(nav->currentRow(), int(Ui::MainWindow::TracePageIndex));
            QVERIFY(page->isVisible());
            QCOMPARE(page->currentOrder(), stuck);
            QCOMPARE(query->text(), stuck);
            QVERIFY2(summary->text().contains(QLatin1String("1 in the exception queue")), qPrintable(summary->text()));
            const int dead = rowOfStep(timeline->model(), QStringLiteral("create_sale_order"));
            QCOMPARE(timeline->model()->index(dead, OrderTraceModel::OutcomeColumn).data().toString(),
                QStringLiteral("exception"));

            // Forgetting the customer (their erasure request): offered on a search by e-mail, confirmed with a
            // reason; afterwards their e-mail finds nothing, and the audit log says who did it and why.
            auto *forget = child<QPushButton>(page, "traceForget");
            QVERIFY(!forget->isVisible()); // the stuck order was found by its id, not by a customer
            search(query, customer.email);
            QVERIFY(forget->isVisible());
            QTest::mouseClick(forget, Qt::LeftButton);
            auto *confirm = page->findChild<QInputDialog *>();
            QVERIFY(confirm);
            QVERIFY(confirm->labelText().contains(customer.email));
            confirm->setTextValue(QStringLiteral("Erasure request by e-mail, ticket 4711"));
            confirm->accept();
            QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 10000);
            QVERIFY(OrderTrace(QStringLiteral("gui"), Dialect::Sqlite).search(customer.email).isEmpty());
            search(query, first); // the order itself is still there, by its id
            QCOMPARE(page->currentOrder(), first);
            {
                JobStore store(QStringLiteral("gui"), Dialect::Sqlite);
                const auto audit = AuditLog::entries(store.db(), 1);
                QCOMPARE(audit.constFirst().action, QStringLiteral("customer.forget"));
                QCOMPARE(audit.constFirst().actor, QStringLiteral("lead@example.com"));
                QCOMPARE(audit.constFirst().note, QStringLiteral("Erasure request by e-mail, ticket 4711"));
            }

            // It fits an office screen.
            QVERIFY(window.minimumSizeHint().width() <= 1366);
            QVERIFY(window.minimumSizeHint().height() <= 768);
            host.reset(); // the emulators first, so a running step fails at once
            engine.shutdown();
        }
    }
};

QTEST_MAIN(TestOrderTracePage)
#include "tst_ordertracepage.moc"
