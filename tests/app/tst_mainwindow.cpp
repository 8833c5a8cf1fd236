#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/platform/appconfig.h"
#include "ui/mainwindow.h"
#include "ui/stattile.h"

#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
