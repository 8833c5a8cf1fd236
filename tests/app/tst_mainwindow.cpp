#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/platform/appconfig.h"
#include "ui/inventorypage.h"
#include "ui/mainwindow.h"
#include "ui/mappingspage.h"
#include "ui/sandboxpage.h"
#include "ui/settlementpage.h"
#include "ui/stattile.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Quayside;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheEngineRunningAndItsNumbers()
    {
        QTemporaryDir dir;
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("ui.sqlite")));
        config.lanes = defaultLanes();
        // A job no handler knows goes to the exception queue: the dashboard must say so.
        Engine engine(config, std::make_shared<StepRegistry>());
        Ui::MainWindow window(&engine);
        window.show();
        QVERIFY(window.engineStateText().contains(QLatin1String("stopped")));
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.engineStateText().startsWith(QLatin1String("Engine running")), 10000);
        QVERIFY(window.engineStateText().contains(QLatin1String("lanes: 3")));

        auto *lanes = window.findChild<QTableView *>(QStringLiteral("lanesView"));
        QVERIFY(lanes);
        QTRY_COMPARE_WITH_TIMEOUT(lanes->model()->rowCount(), 3, 5000);

        NewJob job;
        job.flow = QStringLiteral("orders");
        job.step = QStringLiteral("from_the_future");
        job.lane = QStringLiteral("odoo");
        job.partitionKey = QStringLiteral("#1001");
        job.correlationId = QStringLiteral("#1001");
        job.payload = "{}";
        engine.enqueue({ job });
        auto *exceptions = window.findChild<Ui::StatTile *>(QStringLiteral("exceptionsTile"));
        QVERIFY(exceptions);
        QTRY_COMPARE_WITH_TIMEOUT(exceptions->value(), QStringLiteral("1"), 10000);
        QVERIFY(exceptions->isAlert());

        QSignalSpy stopped(&engine, &Engine::stopped);
        engine.stop();
        QVERIFY(stopped.wait(10000));
        QVERIFY(window.engineStateText().contains(QLatin1String("stopped")));
    }

    // Every page is reachable from the navigation; the sandbox panel only when asked for, and its controls
    // say exactly what was set.
    void navigationAndSandboxPanel()
    {
        QTemporaryDir dir;
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("nav.sqlite")));
        config.lanes = defaultLanes();
        Engine engine(config, std::make_shared<StepRegistry>());
        Ui::MainWindow window(&engine);
        window.show();
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.inventoryPage() != nullptr, 10000);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), 9);
        QCOMPARE(nav->item(Ui::MainWindow::InventoryPageIndex)->text(), QStringLiteral("Inventory"));
        QCOMPARE(nav->item(Ui::MainWindow::SettlementPageIndex)->text(), QStringLiteral("Settlement"));
        QCOMPARE(nav->item(Ui::MainWindow::MappingsPageIndex)->text(), QStringLiteral("Mappings"));
        nav->setCurrentRow(Ui::MainWindow::MappingsPageIndex);
        QVERIFY(window.mappingsPage()->isVisible());
        nav->setCurrentRow(Ui::MainWindow::InventoryPageIndex);
        QVERIFY(window.inventoryPage()->isVisible());
        QVERIFY(window.inventoryPage()->findChild<QLabel *>(QStringLiteral("inventoryEmpty"))->isVisible());
        nav->setCurrentRow(Ui::MainWindow::SettlementPageIndex);
        QVERIFY(window.settlementPage()->isVisible());
        QVERIFY(window.settlementPage()->findChild<QLabel *>(QStringLiteral("settlementEmpty"))->isVisible());

        Ui::SandboxPage *panel = window.addSandboxPanel(60);
        QCOMPARE(window.addSandboxPanel(60), panel); // once
        QCOMPARE(nav->count(), 10);
        QCOMPARE(nav->item(Ui::MainWindow::SandboxPageIndex)->text(), QStringLiteral("Sandbox"));
        window.showPage(Ui::MainWindow::SandboxPageIndex);
        QVERIFY(panel->isVisible());
        QSignalSpy faults(panel, &Ui::SandboxPage::faultsChanged);
        QSignalSpy rate(panel, &Ui::SandboxPage::ordersPerMinuteChanged);
        QSignalSpy outage(panel, &Ui::SandboxPage::takeDownRequested);
        auto *errors = panel->findChild<QSpinBox *>(QStringLiteral("odooErrors"));
        errors->setFocus();
        QTest::keyClick(errors, Qt::Key_Up); // by keyboard
        QCOMPARE(faults.size(), 1);
        QCOMPARE(faults.at(0).at(0).toString(), QStringLiteral("odoo"));
        QCOMPARE(faults.at(0).at(1).toDouble(), 1.0);
        panel->findChild<QSpinBox *>(QStringLiteral("odooLatency"))->setValue(500);
        QCOMPARE(faults.last().at(3).toInt(), 500);
        QCOMPARE(faults.last().at(1).toDouble(), 1.0); // the other settings of that system go along
        panel->findChild<QSpinBox *>(QStringLiteral("sandboxRate"))->setValue(120);
        QCOMPARE(rate.size(), 1);
        QCOMPARE(rate.at(0).at(0).toDouble(), 120.0);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("shipbobOutage")), Qt::LeftButton);
        QCOMPARE(outage.size(), 1);
        QCOMPARE(outage.at(0).at(0).toString(), QStringLiteral("shipbob"));
        engine.shutdown();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
