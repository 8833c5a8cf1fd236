#include "core/engine/engine.h"
#include "core/engine/lanestatusmodel.h"
#include "core/platform/appconfig.h"
#include "core/telemetry/dashboardalerts.h"
#include "core/telemetry/dashboardfeed.h"
#include "ui/alertnotifier.h"
#include "ui/alertthresholdsdialog.h"
#include "ui/dashboardcharts.h"
#include "ui/dashboardpage.h"
#include "ui/dashboardtiles.h"
#include "ui/mainwindow.h"
#include "ui/stattile.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Quayside;

// The dashboard page as an operator meets it: it fits an office screen, shows the store's figures, turns
// a tile red and notifies once when a threshold is crossed, and is driven by the keyboard.
class TestDashboardPage : public QObject
{
    Q_OBJECT

    static inline const QString kConnection = QStringLiteral("dashboard-page");
    QTemporaryDir m_dir;

    static void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(Database::connection(kConnection));
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    static void deadJob(const QString &order)
    {
        exec(QStringLiteral("INSERT INTO jobs (flow, step, lane, partition_key, correlation_id, payload, state,"
                            " next_attempt_at, created_at, updated_at) VALUES"
                            " ('orders', 'create_sale_order', 'odoo', ?, ?, '{}', 'dead', 0, 0, 0)"),
            { order, order });
    }

    // An engine that is never started: the window around the page, without a store.
    EngineConfig windowEngineConfig() const
    {
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("window.sqlite")));
        config.lanes = defaultLanes();
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings goes to a test folder, not the user's
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const auto error = Database::openAndMigrate(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("page.sqlite"))), kConnection);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        Database::close(kConnection);
    }

    void fitsAnOfficeScreen()
    {
        Engine engine(windowEngineConfig(), std::make_shared<StepRegistry>());
        Ui::MainWindow window(&engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // 1366×768 less a task bar and the window frame.
        QVERIFY2(window.minimumSizeHint().width() <= 1366 && window.minimumSizeHint().height() <= 720,
            qPrintable(
                QStringLiteral("%1×%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        QVERIFY(window.width() <= 1366 && window.height() <= 720);
        Ui::DashboardPage *page = window.dashboardPage();
        QVERIFY(page->isVisible());
        // Every tile's figure and title is shown whole at that size.
        for (Ui::StatTile *tile : page->findChildren<Ui::StatTile *>()) {
            for (QLabel *label : tile->findChildren<QLabel *>()) {
                if (label->wordWrap())
                    continue;
                QVERIFY2(label->width() >= label->sizeHint().width(),
                    qPrintable(tile->objectName() + QLatin1Char(' ') + label->text()));
            }
        }
        for (auto *chart : page->findChildren<Ui::DashboardChartView *>()) {
            QVERIFY2(chart->height() >= 180, qPrintable(chart->objectName()));
            QVERIFY(chart->width() >= 250);
        }
        // Nothing synced yet: the charts say so instead of drawing empty axes.
        QVERIFY(page->throughputChart()->isEmptyState());
        QCOMPARE(page->throughputChart()->emptyText(), QStringLiteral("No order has been synced in this period yet."));
    }

    void showsTheStoreAndAlertsOncePerCrossing()
    {
        LaneStatusModel lanes;
        Ui::DashboardPage page(&lanes);
        page.resize(1100, 640);
        page.show();
        page.applyThresholds(AlertThresholds { 2, -1, -1, -1 });
        page.attachStore(kConnection, Dialect::Sqlite);
        QSignalSpy raised(page.alerts(), &AlertMonitor::alertRaised);
        Ui::StatTile *exceptions = page.tiles()->tile(DashboardAlert::Exceptions);
        QCOMPARE(exceptions->value(), QStringLiteral("0"));
        QVERIFY(!exceptions->isAlert());

        for (int i = 0; i < 3; ++i)
            deadJob(QStringLiteral("#10%1").arg(i));
        page.refresh();
        QCOMPARE(exceptions->value(), QStringLiteral("3"));
        QVERIFY(exceptions->isAlert());
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).at(1).toString(), QStringLiteral("Exceptions need a decision"));
        QVERIFY(exceptions->palette().color(QPalette::Window) != page.palette().color(QPalette::Window));
        page.refresh();
        page.refresh();
        QCOMPARE(raised.size(), 1); // still the same crossing
        QVERIFY(!page.tiles()->tile(DashboardAlert::Latency)->isAlert());

        // Raising the limit clears the tile; the page keeps the thresholds for the next start.
        page.applyThresholds(AlertThresholds { 10, -1, -1, -1 });
        QVERIFY(!exceptions->isAlert());
        QSettings settings;
        QCOMPARE(AlertThresholds::load(settings).maxExceptions, 10);
        exec(QStringLiteral("DELETE FROM jobs"));
    }

    void notifierSaysItOncePerAlert()
    {
        Engine engine(windowEngineConfig(), std::make_shared<StepRegistry>());
        Ui::MainWindow window(&engine);
        QSignalSpy notified(window.notifier(), &Ui::AlertNotifier::notified);
        DashboardSnapshot s;
        s.exceptions = 1;
        AlertMonitor *alerts = window.dashboardPage()->alerts();
        alerts->setThresholds(AlertThresholds { 0, -1, -1, -1 });
        alerts->evaluate(s);
        alerts->evaluate(s);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Exceptions need a decision"));
    }

    void drivenByTheKeyboard()
    {
        LaneStatusModel lanes;
        Ui::DashboardPage page(&lanes);
        page.resize(1100, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        page.attachStore(kConnection, Dialect::Sqlite);

        // Alt+S picks the range.
        QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
        auto *range = page.findChild<QComboBox *>(QStringLiteral("dashboardRange"));
        QVERIFY(range->hasFocus());
        QTest::keyClick(range, Qt::Key_Down);
        QCOMPARE(page.range(), DashboardRange::LastDay);
        // Every complete minute of the day's series (the current one is still filling).
        QCOMPARE(page.throughputChart()->series(0)->count(), DashboardSnapshot::kDayMinutes - 1);
        QTest::keyClick(range, Qt::Key_Up);
        QCOMPARE(page.range(), DashboardRange::LastHour);
        QCOMPARE(page.throughputChart()->series(0)->count(), DashboardSnapshot::kHourMinutes);

        // Alt+T opens the thresholds; a value typed in, Enter saves it.
        QTest::keyClick(&page, Qt::Key_T, Qt::AltModifier);
        Ui::AlertThresholdsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<Ui::AlertThresholdsDialog *>()) != nullptr);
        QSpinBox *mismatches = dialog->field(DashboardAlert::Mismatches);
        QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
        QVERIFY(mismatches->hasFocus());
        mismatches->selectAll();
        QTest::keyClicks(mismatches, QStringLiteral("25"));
        QTest::keyClick(mismatches, Qt::Key_Return);
        QTRY_VERIFY(page.findChild<Ui::AlertThresholdsDialog *>() == nullptr);
        QCOMPARE(page.alerts()->thresholds().maxMismatches, 25);
    }

    void followsADarkPalette()
    {
        LaneStatusModel lanes;
        Ui::DashboardPage page(&lanes);
        page.show();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        page.setPalette(dark);
        auto *chart = page.throughputChart();
        QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        QCOMPARE(chart->chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
        Ui::StatTile *tile = page.tiles()->tile(DashboardAlert::Mismatches);
        tile->setAlert(true);
        const QColor alert = tile->palette().color(QPalette::Window);
        QVERIFY(alert.lightnessF() < 0.5); // a dark red, under the light text
        QVERIFY(alert.red() > alert.green());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
