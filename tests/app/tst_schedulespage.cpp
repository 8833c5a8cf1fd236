#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/schedule.h"
#include "core/flows/schedulemodel.h"
#include "core/security/auditlog.h"
#include "core/security/secretvault.h"
#include "ui/mainwindow.h"
#include "ui/schedulespage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "uitestsupport.h"

using namespace Quayside;

// Flows & schedules: an edit made on the page goes through the engine into the store, where the flows'
// FlowSchedule reads it, moves the waiting run, and is audited; the dialog refuses what the parser refuses.
class TestSchedulesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editIsPersistedAndReadBack()
    {
        QTemporaryDir dir;
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("s.sqlite")));
        LaneConfig lane;
        lane.name = QStringLiteral("shopify");
        config.lanes = { lane };
        config.actor = QStringLiteral("lead@example.com");
        // The order poll waits a day, as a chain between two runs does; a schedule change must move it.
        NewJob poll;
        poll.flow = QStringLiteral("orders");
        poll.step = QStringLiteral("poll_orders");
        poll.lane = QStringLiteral("shopify");
        poll.partitionKey = FlowSchedule::partitionsOf(QStringLiteral("orders")).first();
        poll.correlationId = QStringLiteral("poll");
        poll.payload = "{}";
        poll.notBeforeMs = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
        config.recurring = { poll };
        Engine engine(config, std::make_shared<StepRegistry>());
        Ui::MainWindow window(&engine, std::make_unique<MemoryVault>());
        QVERIFY(UiTestSupport::becomeAdmin(window.access())); // schedules are an admin's
        window.show();
        engine.start();
        QTRY_VERIFY2_WITH_TIMEOUT(window.schedulesPage() != nullptr, qPrintable(engine.failureMessage()), 10000);
        window.showPage(Ui::MainWindow::SchedulesPageIndex);
        Ui::SchedulesPage *page = window.schedulesPage();
        FlowScheduleModel *model = page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), FlowSchedule::flowNames().size());
        const int orders = int(FlowSchedule::flowNames().indexOf(QStringLiteral("orders")));
        QCOMPARE(model->schedule(orders), FlowSchedule::defaultFor(QStringLiteral("orders")));
        QVERIFY(
            model->index(orders, FlowScheduleModel::WhenColumn).data().toString().contains(QStringLiteral("default")));
        QTRY_VERIFY(model->index(orders, 0).data(FlowScheduleModel::NextRunRole).toLongLong()
            > QDateTime::currentMSecsSinceEpoch() + 3'600'000);

        QSignalSpy finished(&engine, &Engine::operatorActionFinished);
        const FlowSchedule wanted = FlowSchedule::every(90'000);
        page->apply(orders, wanted);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("schedule.change"));
        QCOMPARE(finished.last().at(1).toInt(), 1);
        QCOMPARE(model->schedule(orders), wanted);
        QCOMPARE(model->index(orders, FlowScheduleModel::WhenColumn).data().toString(), QStringLiteral("every 90 s"));
        // The waiting poll now runs on the new schedule, not in a day.
        QVERIFY(model->index(orders, 0).data(FlowScheduleModel::NextRunRole).toLongLong()
            <= QDateTime::currentMSecsSinceEpoch() + 90'000);

        // What the running flows ask: the stored schedule, read from another connection.
        QVERIFY(!Database::open(config.database, QStringLiteral("check")));
        {
            JobStore store(QStringLiteral("check"), config.database.dialect);
            const auto read = [&](const QString &kind, const QString &key) { return store.state(kind, key); };
            QCOMPARE(FlowSchedule::current(read, QStringLiteral("orders")), wanted);
            const QList<AuditEntry> audit = AuditLog::entries(Database::connection(QStringLiteral("check")), 10);
            QCOMPARE(audit.size(), 1);
            QCOMPARE(audit.first().action, QStringLiteral("schedule.change"));
            QCOMPARE(audit.first().target, QStringLiteral("schedule:orders"));
            QCOMPARE(audit.first().actor, QStringLiteral("lead@example.com"));
            QVERIFY(audit.first().after.contains(QStringLiteral("1m30s"))
                || audit.first().after.contains(QStringLiteral("90s")));
        }
        Database::close(QStringLiteral("check"));

        // The same schedule again changes nothing and audits nothing.
        page->apply(orders, wanted);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(1).toInt(), 0);

        const int catalog = int(FlowSchedule::flowNames().indexOf(QStringLiteral("catalog")));
        page->apply(catalog, FlowSchedule::at({ QTime(4, 30), QTime(16, 0) }));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model->schedule(catalog).timesOfDay, QList<QTime>({ QTime(4, 30), QTime(16, 0) }));
        engine.shutdown();
    }

    void dialogValidatesLikeTheParser_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("every");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("times");
        QTest::addColumn<bool>("valid");
        QTest::newRow("every 5 s") << false << 5 << 0 << QString() << true;
        QTest::newRow("every 24 h") << false << 24 << 2 << QString() << true;
        QTest::newRow("every 25 h") << false << 25 << 2 << QString() << false;
        QTest::newRow("two times") << true << 0 << 0 << QStringLiteral("02:00, 14:30") << true;
        QTest::newRow("no time") << true << 0 << 0 << QString() << false;
        QTest::newRow("25 o'clock") << true << 0 << 0 << QStringLiteral("25:00") << false;
        QTest::newRow("a duration as a time") << true << 0 << 0 << QStringLiteral("5s") << false;
    }

    void dialogValidatesLikeTheParser()
    {
        QFETCH(bool, batch);
        QFETCH(int, every);
        QFETCH(int, unit);
        QFETCH(QString, times);
        QFETCH(bool, valid);
        Ui::ScheduleDialog dialog(QStringLiteral("Orders"), FlowSchedule::every(5000));
        auto radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        radios.at(batch ? 1 : 0)->setChecked(true);
        if (batch) {
            dialog.findChild<QLineEdit *>(QStringLiteral("batchTimes"))->setText(times);
        } else {
            dialog.findChild<QComboBox *>(QStringLiteral("everyUnit"))->setCurrentIndex(unit);
            dialog.findChild<QSpinBox *>(QStringLiteral("everyValue"))->setValue(every);
        }
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), valid);
        QCOMPARE(dialog.schedule().has_value(), valid);
    }
};

QTEST_MAIN(TestSchedulesPage)
#include "tst_schedulespage.moc"
