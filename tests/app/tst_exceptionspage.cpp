#include "core/engine/engine.h"
#include "core/engine/exceptionfilterproxy.h"
#include "core/engine/exceptionmodel.h"
#include "core/engine/jobstore.h"
#include "core/security/auditlog.h"
#include "core/security/piimask.h"
#include "ui/exceptionspage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <atomic>

using namespace Quayside;

namespace {
class FailingStep final : public StepHandler
{
public:
    explicit FailingStep(std::atomic<bool> *fixed)
        : m_fixed(fixed)
    { }
    void run(const JobRecord &job, StepCallback done) override
    {
        if (*m_fixed)
            done(StepResult::done());
        else if (job.partitionKey.endsWith(QLatin1Char('3')))
            done(StepResult::failure(
                ErrorClass::Validation, QStringLiteral("Order %1: price is not a number").arg(job.correlationId)));
        else
            done(StepResult::failure(
                ErrorClass::Business, QStringLiteral("Order %1: unknown SKU QS-NEW").arg(job.correlationId)));
    }

private:
    std::atomic<bool> *m_fixed;
};
} // namespace

class TestExceptionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triageFromTheView()
    {
        QTemporaryDir dir;
        std::atomic<bool> fixed { false };
        auto registry = std::make_shared<StepRegistry>();
        registry->add(QStringLiteral("orders"), QStringLiteral("create_sale_order"), [&fixed](const StepEnvironment &) {
            return std::make_unique<FailingStep>(&fixed);
        });
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("x.sqlite")));
        LaneConfig lane;
        lane.name = QStringLiteral("odoo");
        lane.idlePollMs = 20;
        config.lanes = { lane };
        config.actor = QStringLiteral("lead@example.com");
        Engine engine(config, registry);
        Ui::MainWindow window(&engine);
        window.show();
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.exceptionsPage() != nullptr, 10000);

        QList<NewJob> jobs;
        for (int i = 1; i <= 4; ++i) {
            NewJob j;
            j.flow = QStringLiteral("orders");
            j.step = QStringLiteral("create_sale_order");
            j.lane = QStringLiteral("odoo");
            j.partitionKey = QStringLiteral("order:%1").arg(i);
            j.correlationId = QStringLiteral("#100%1").arg(i);
            j.payload = QJsonDocument(QJsonObject { { QStringLiteral("name"), j.correlationId },
                                          { QStringLiteral("email"), QStringLiteral("ada@example.com") } })
                            .toJson(QJsonDocument::Compact);
            jobs << j;
        }
        engine.enqueue(jobs);

        Ui::ExceptionsPage *page = window.exceptionsPage();
        QAbstractItemModelTester modelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *view = page->findChild<QTableView *>(QStringLiteral("exceptionsView"));
        QAbstractItemModelTester proxyTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 4, 10000);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Exceptions (4)"));
        window.showPage(1);

        // Filters: by text and by kind.
        auto *filter = page->findChild<QLineEdit *>(QStringLiteral("exceptionFilter"));
        QTest::keyClicks(filter, QStringLiteral("#1002"));
        QCOMPARE(page->visibleCount(), 1);
        filter->clear();
        auto *kind = page->findChild<QComboBox *>(QStringLiteral("exceptionKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("validation")));
        QCOMPARE(page->visibleCount(), 1);
        QCOMPARE(view->model()->index(0, ExceptionModel::OrderColumn).data().toString(), QStringLiteral("#1003"));
        kind->setCurrentIndex(0);
        QCOMPARE(page->visibleCount(), 4);

        // Causes: grouped without the order they are about, the largest first; picking one filters.
        auto *causes = page->findChild<QListView *>(QStringLiteral("exceptionCauses"));
        QAbstractItemModelTester causeTester(causes->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(causes->model()->rowCount(), 3, 5000);
        QCOMPARE(causes->model()->index(0, 0).data().toString(), QStringLiteral("All causes (4)"));
        QCOMPARE(causes->model()->index(1, 0).data().toString(), QStringLiteral("3 × unknown SKU QS-NEW"));
        QCOMPARE(causes->model()->index(2, 0).data().toString(), QStringLiteral("1 × price is not a number"));
        causes->setCurrentIndex(causes->model()->index(1, 0));
        QCOMPARE(page->visibleCount(), 3);
        causes->setCurrentIndex(causes->model()->index(0, 0));
        QCOMPARE(page->visibleCount(), 4);
        // By system and by age.
        auto *system = page->findChild<QComboBox *>(QStringLiteral("exceptionSystem"));
        system->setCurrentIndex(system->findData(QStringLiteral("shipbob")));
        QCOMPARE(page->visibleCount(), 0);
        system->setCurrentIndex(system->findData(QStringLiteral("odoo")));
        QCOMPARE(page->visibleCount(), 4);
        system->setCurrentIndex(0);
        auto *flow = page->findChild<QComboBox *>(QStringLiteral("exceptionFlow"));
        flow->setCurrentIndex(flow->findData(QStringLiteral("inventory")));
        QCOMPARE(page->visibleCount(), 0);
        flow->setCurrentIndex(flow->findData(QStringLiteral("orders")));
        QCOMPARE(page->visibleCount(), 4);
        flow->setCurrentIndex(0);
        auto *age = page->findChild<QComboBox *>(QStringLiteral("exceptionAge"));
        age->setCurrentIndex(1); // stuck over an hour: these are minutes old
        QCOMPARE(page->visibleCount(), 0);
        age->setCurrentIndex(0);
        QCOMPARE(page->visibleCount(), 4);

        // Detail: why, which order, and customer data masked.
        const auto selectOrder = [&](const QString &order) {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, ExceptionModel::OrderColumn).data().toString() == order) {
                    view->selectRow(r);
                    return view->model()->index(r, 0).data(ExceptionModel::JobIdRole).toLongLong();
                }
            return qint64(0);
        };
        const qint64 first = selectOrder(QStringLiteral("#1001"));
        QVERIFY(first > 0);
        const QString detail = page->findChild<QTextBrowser *>(QStringLiteral("exceptionDetail"))->toPlainText();
        QVERIFY2(detail.contains(QLatin1String("unknown SKU QS-NEW")), qPrintable(detail));
        QVERIFY(!detail.contains(QLatin1String("ada@example.com")));
        QVERIFY(detail.contains(PiiMask::maskText(QStringLiteral("ada@example.com"))));
        // Before replaying, the operator sees what it will write and why it cannot write twice.
        QVERIFY2(detail.contains(QLatin1String("Replay will")), qPrintable(detail));
        QVERIFY(detail.contains(QLatin1String("Create the sale order for order #1001 and confirm it")));
        QVERIFY(detail.contains(QLatin1String("no second one is made")));

        // Revealing customer details is recorded before they are shown, and holds for that job only.
        auto *detailView = page->findChild<QTextBrowser *>(QStringLiteral("exceptionDetail"));
        QSignalSpy revealed(&engine, &Engine::operatorActionFinished);
        Q_EMIT detailView->anchorClicked(QUrl(QStringLiteral("quayside:reveal")));
        QVERIFY(revealed.wait(5000));
        QCOMPARE(revealed.constFirst().at(0).toString(), QStringLiteral("reveal"));
        QVERIFY2(detailView->toPlainText().contains(QLatin1String("ada@example.com")),
            qPrintable(detailView->toPlainText()));
        selectOrder(QStringLiteral("#1002"));
        QVERIFY(!detailView->toPlainText().contains(QLatin1String("ada@example.com")));
        selectOrder(QStringLiteral("#1001"));
        QVERIFY(!detailView->toPlainText().contains(QLatin1String("ada@example.com")));
        // Several selected: the preview counts the writes per step.
        view->selectAll();
        QVERIFY2(detailView->toPlainText().contains(QStringLiteral("4 × Odoo: Create the sale order for the order")),
            qPrintable(detailView->toPlainText()));
        selectOrder(QStringLiteral("#1001"));

        // Resolve needs a note; with one, it marks the job handled and audits who and why.
        auto *resolve = page->findChild<QPushButton *>(QStringLiteral("resolveButton"));
        QVERIFY(!resolve->isEnabled());
        QTest::keyClicks(
            page->findChild<QLineEdit *>(QStringLiteral("resolveNote")), QStringLiteral("Entered by hand in Odoo"));
        QVERIFY(resolve->isEnabled());
        QSignalSpy actions(&engine, &Engine::operatorActionFinished);
        QTest::mouseClick(resolve, Qt::LeftButton);
        QVERIFY(actions.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 5000);

        // Undo puts it back (audited as a reopen); resolving again needs the note again.
        auto *undo = page->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QVERIFY(undo->isEnabled());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 4, 5000);
        QVERIFY(!undo->isEnabled());
        selectOrder(QStringLiteral("#1001"));
        QTest::keyClicks(
            page->findChild<QLineEdit *>(QStringLiteral("resolveNote")), QStringLiteral("Entered by hand in Odoo"));
        QTest::mouseClick(resolve, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 5000);

        // Skip one.
        selectOrder(QStringLiteral("#1003"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("skipButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 5000);

        // Bulk replay after the cause is fixed: both complete.
        fixed = true;
        view->selectAll();
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(nav->item(1)->text(), QStringLiteral("Exceptions"), 5000);
        QVERIFY(!Database::open(config.database, QStringLiteral("verify")));
        {
            // Replayed means queued again: wait until both have run before stopping the engine.
            JobStore store(QStringLiteral("verify"), Dialect::Sqlite);
            QTRY_COMPARE_WITH_TIMEOUT(store.countByState().value(JobState::Done), 2, 10000);
        }
        engine.shutdown();

        {
            JobStore store(QStringLiteral("verify"), Dialect::Sqlite);
            QCOMPARE(toString(store.job(first)->state), toString(JobState::Resolved));
            const auto counts = store.countByState();
            QCOMPARE(counts.value(JobState::Done), 2);
            QCOMPARE(counts.value(JobState::Skipped), 1);
            const auto audit = AuditLog::entries(store.db());
            QStringList actionsSeen;
            for (const auto &e : audit)
                actionsSeen << e.action;
            QCOMPARE(actionsSeen,
                (QStringList { QStringLiteral("job.replay"),
                    QStringLiteral("job.replay"),
                    QStringLiteral("job.skip"),
                    QStringLiteral("job.resolve"),
                    QStringLiteral("job.reopen"),
                    QStringLiteral("job.resolve"),
                    QStringLiteral("customer.reveal") }));
            QCOMPARE(audit.constLast().target, QStringLiteral("job:%1").arg(first));
            QCOMPARE(audit.constLast().actor, QStringLiteral("lead@example.com"));
            QCOMPARE(audit.at(audit.size() - 2).note, QStringLiteral("Entered by hand in Odoo"));
            QCOMPARE(AuditLog::verify(store.db()), 0);
        }
        Database::close(QStringLiteral("verify"));
    }
};

QTEST_MAIN(TestExceptionsPage)
#include "tst_exceptionspage.moc"
