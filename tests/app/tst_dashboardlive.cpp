#include "core/engine/engine.h"
#include "core/telemetry/dashboardfeed.h"
#include "sandbox/host/sandboxhost.h"
#include "ui/dashboardcharts.h"
#include "ui/dashboardpage.h"
#include "ui/dashboardtiles.h"
#include "ui/mainwindow.h"
#include "ui/stattile.h"

#include <QDateTime>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

#include "tests/flows/flowtestsupport.h"

using namespace Quayside;
using namespace Quayside::Sandbox;

// The real engine runs the order flow on the sandbox; orders placed in Shopify show up on the dashboard.
class TestDashboardLive : public QObject
{
    Q_OBJECT

    static qint64 plotted(const QLineSeries *series)
    {
        qint64 sum = 0;
        for (const QPointF &p : series->points())
            sum += qint64(p.y());
        return sum;
    }

private Q_SLOTS:
    void throughputChartFollowsTraffic()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.seed = 7;
        options.autoProgressShipments = false;
        auto host = std::make_unique<SandboxHost>(options);
        QVERIFY(host->start(nullptr));
        const auto setup = FlowTestSupport::orderFlowOn(
            *host, dir.filePath(QStringLiteral("live.sqlite")), QStringLiteral("lead@example.com"));
        Engine engine(setup.config, setup.registry);
        {
            Ui::MainWindow window(&engine);
            window.show();
            engine.start();
            Ui::DashboardPage *page = window.dashboardPage();
            QTRY_VERIFY_WITH_TIMEOUT(page->feed() != nullptr, 10000);
            page->feed()->setInterval(200);
            // A minute ahead, so the orders' minute is a complete one, which the chart draws (the current
            // minute is still filling and left out).
            page->feed()->setClock([] { return QDateTime::currentMSecsSinceEpoch() + 60000; });
            QLineSeries *orders = page->throughputChart()->series(0);
            QCOMPARE(plotted(orders), 0);
            QVERIFY(page->throughputChart()->isEmptyState());

            const QStringList skus = FlowTestSupport::stockedSkus(*host, 3);
            for (int i = 0; i < 3; ++i)
                QVERIFY(!FlowTestSupport::place(*host, { { skus.at(i), 1 } }, i).isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(plotted(orders), 3, 60000);
            QVERIFY(!page->throughputChart()->isEmptyState());
            QCOMPARE(orders->count(), DashboardSnapshot::kHourMinutes);
            QTRY_VERIFY_WITH_TIMEOUT(page->feed()->last().hourLatencyAll.count > 0, 20000); // flushed every 2 s
            auto *ordersTile = page->findChild<Ui::StatTile *>(QStringLiteral("ordersTile"));
            QVERIFY(ordersTile);
            QCOMPARE(ordersTile->caption(), QStringLiteral("3 orders in the last hour"));
            QVERIFY(!page->tiles()->tile(DashboardAlert::Exceptions)->isAlert());
        }
        engine.shutdown();
    }
};

QTEST_MAIN(TestDashboardLive)
#include "tst_dashboardlive.moc"
