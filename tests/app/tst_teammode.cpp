#include "core/engine/engine.h"
#include "core/engine/exceptionmodel.h"
#include "core/engine/jobstore.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shipbob/shipbobstate.h"
#include "ui/exceptionspage.h"
#include "ui/mainwindow.h"
#include "ui/stattile.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include "tests/flows/flowtestsupport.h"
#include "tests/support/headlessconfig.h"
#include "tests/support/teststore.h"

using namespace Quayside;

// Team mode: `quayside --headless` workers on one PostgreSQL database, against the sandbox as if it were
// a real shop. Three workers, one killed mid-run: every order still ends up exactly once in Odoo and once
// in ShipBob, and the store is consistent (every order's job done once, the audit chain intact). A
// console attached to the same store (no lanes of its own, as `quayside --attach` runs) shows what the
// workers do, and its replay reaches them.
class TestTeamMode : public QObject
{
    Q_OBJECT

    static int odooOrdersOf(Sandbox::SandboxHost &host, const QString &gid)
    {
        const auto domain
            = Sandbox::Json::array({ Sandbox::Json::array({ "origin", "=", "Shopify " + gid.toStdString() }) });
        return int(host.odoo()->database().search("sale.order", domain, Sandbox::Json::object()).size());
    }

    static QHash<QString, int> shipbobOrdersByReference(Sandbox::SandboxHost &host)
    {
        QHash<QString, int> out;
        for (const Sandbox::ShipBobOrder *order : host.shipbob()->state().orders())
            ++out[order->referenceId];
        return out;
    }

    // The workers' configuration file on the sandbox's endpoints, with their environment (the tokens).
    static QString writeConfig(const Sandbox::SandboxHost &host, const QTemporaryDir &dir, QProcessEnvironment *env)
    {
        const QJsonObject endpoints = host.endpoints();
        QFile keyFile(dir.filePath(QStringLiteral("odoo.key")));
        if (!keyFile.open(QIODevice::WriteOnly))
            return {};
        keyFile.write(
            endpoints.value(QStringLiteral("odoo")).toObject().value(QStringLiteral("apiKey")).toString().toUtf8());
        keyFile.close();
        QFile configFile(dir.filePath(QStringLiteral("quayside.json")));
        if (!configFile.open(QIODevice::WriteOnly))
            return {};
        configFile.write(QJsonDocument(TestSupport::headlessConfig(endpoints, keyFile.fileName())).toJson());
        *env = QProcessEnvironment::systemEnvironment();
        env->insert(QStringLiteral("QS_SHOPIFY"),
            endpoints.value(QStringLiteral("shopify")).toObject().value(QStringLiteral("token")).toString());
        env->insert(QStringLiteral("QS_SHIPBOB"),
            endpoints.value(QStringLiteral("shipbob")).toObject().value(QStringLiteral("token")).toString());
        return configFile.fileName();
    }

    static std::vector<std::unique_ptr<QProcess>> startWorkers(int count,
        const QString &config,
        const QProcessEnvironment &env,
        const DatabaseConfig &database,
        const QTemporaryDir &dir)
    {
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int w = 0; w < count; ++w) {
            auto worker = std::make_unique<QProcess>();
            worker->setProcessEnvironment(env);
            worker->setProcessChannelMode(QProcess::MergedChannels);
            worker->start(QStringLiteral(QUAYSIDE_BINARY),
                { QStringLiteral("--headless"),
                    QStringLiteral("--config"),
                    config,
                    QStringLiteral("--database"),
                    database.url(),
                    QStringLiteral("--data-dir"),
                    dir.filePath(QStringLiteral("worker%1").arg(w)) });
            if (!worker->waitForStarted())
                return {};
            workers.push_back(std::move(worker));
        }
        return workers;
    }

    static bool stopWorkers(const std::vector<std::unique_ptr<QProcess>> &workers, std::size_t from)
    {
        for (std::size_t w = from; w < workers.size(); ++w) {
            ::kill(pid_t(workers.at(w)->processId()), SIGTERM);
            if (!workers.at(w)->waitForFinished(20000) || workers.at(w)->exitStatus() != QProcess::NormalExit
                || workers.at(w)->exitCode() != 0)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void threeWorkersOneKilledEveryOrderOnce()
    {
        QString why;
        const auto database = TestStore::freshPostgres(QStringLiteral("teammode"), &why);
        if (!database)
            QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: ") + why));

        Sandbox::SandboxOptions options;
        options.seed = 23;
        Sandbox::SandboxHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        QTemporaryDir dir;
        QProcessEnvironment env;
        const QString config = writeConfig(host, dir, &env);
        QVERIFY(!config.isEmpty());

        constexpr int kOrders = 24;
        const QStringList skus = FlowTestSupport::stockedSkus(host, 4);
        QVERIFY(!skus.isEmpty());
        QStringList gids;
        for (int i = 0; i < kOrders; ++i) {
            gids << FlowTestSupport::place(host, { { skus.at(i % skus.size()), 1 } }, i % 5);
            QVERIFY(!gids.constLast().isEmpty());
        }

        const auto workers = startWorkers(3, config, env, *database, dir);
        QCOMPARE(int(workers.size()), 3);
        QByteArray log;
        const auto drainLogs = [&] {
            for (auto &worker : workers)
                log += worker->readAll();
        };
        const auto inOdoo = [&] {
            drainLogs();
            return int(
                std::count_if(gids.cbegin(), gids.cend(), [&](const QString &g) { return odooOrdersOf(host, g) > 0; }));
        };

        // Mid-run: a third of the orders are through; one worker dies without a chance to clean up.
        QTRY_VERIFY2_WITH_TIMEOUT(inOdoo() >= kOrders / 3, log.right(4000).constData(), 90000);
        ::kill(pid_t(workers.at(0)->processId()), SIGKILL);
        QVERIFY(workers.at(0)->waitForFinished(10000));

        const auto allDelivered = [&] {
            if (inOdoo() < kOrders)
                return false;
            const auto shipbob = shipbobOrdersByReference(host);
            return std::all_of(gids.cbegin(), gids.cend(), [&](const QString &g) {
                return shipbob.value(g.section(QLatin1Char('/'), -1)) > 0;
            });
        };
        QTRY_VERIFY2_WITH_TIMEOUT(allDelivered(), log.right(4000).constData(), 180000);
        // Work still in flight would show as a second order now: give it time, then count.
        QTest::qWait(3000);
        const auto shipbob = shipbobOrdersByReference(host);
        for (const QString &gid : std::as_const(gids)) {
            QCOMPARE(odooOrdersOf(host, gid), 1);
            QCOMPARE(shipbob.value(gid.section(QLatin1Char('/'), -1)), 1);
        }

        QVERIFY(stopWorkers(workers, 1));
        drainLogs();

        // The store agrees: every order's Odoo job done exactly once, nothing dead, nothing left leased,
        // and the surviving workers did the work of the one that died.
        QVERIFY(!Database::open(*database, QStringLiteral("check")));
        {
            JobStore store(QStringLiteral("check"), database->dialect);
            QCOMPARE(store.countByState().value(JobState::Dead), qint64(0));
            QCOMPARE(store.countByState().value(JobState::Leased), qint64(0));
            QSqlQuery q(store.db());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT partition_key) FROM jobs"
                                          " WHERE step = 'create_sale_order' AND state = 'done'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), kOrders);
            QCOMPARE(q.value(1).toInt(), kOrders);
            q.finish();
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT split_part(worker, ':', 2)) FROM job_attempts")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= 2, "the jobs were shared between workers");
            q.finish();
            QCOMPARE(AuditLog::verify(store.db()), qint64(0));
        }
        Database::close(QStringLiteral("check"));
    }

    // The ops lead's console on another PC: attached to the workers' store, it shows the orders they sync
    // and the one they cannot, and its replay (after the cause is fixed in Odoo) is done by a worker.
    void aConsoleAttachedSeesTheWorkersAndItsReplayReachesThem()
    {
        QString why;
        const auto database = TestStore::freshPostgres(QStringLiteral("teamconsole"), &why);
        if (!database)
            QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: ") + why));
        Sandbox::SandboxOptions options;
        options.seed = 29;
        options.productMissingInOdoo = true;
        Sandbox::SandboxHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        QTemporaryDir dir;
        QProcessEnvironment env;
        const QString config = writeConfig(host, dir, &env);
        QVERIFY(!config.isEmpty());

        const QStringList skus = FlowTestSupport::stockedSkus(host, 3);
        QVERIFY(!skus.isEmpty());
        QStringList gids;
        for (int i = 0; i < 5; ++i)
            gids << FlowTestSupport::place(host, { { skus.at(i % skus.size()), 1 } }, i);
        const QString broken = FlowTestSupport::place(host, { { skus.first(), 1 }, { host.missingSku(), 1 } }, 5);
        QVERIFY(!broken.isEmpty() && !gids.contains(QString()));

        EngineConfig consoleConfig;
        consoleConfig.database = *database;
        consoleConfig.actor = QStringLiteral("ops@example.com");
        consoleConfig.role = Role::Operator;
        Engine console(consoleConfig, std::make_shared<StepRegistry>());
        Ui::MainWindow window(&console);
        window.showAttached(database->describe());
        window.show();
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.engineStateText().startsWith(QLatin1String("Attached")), 20000);
        QVERIFY(window.sandboxBannerText().contains(QLatin1String("team store")));

        const auto workers = startWorkers(2, config, env, *database, dir);
        QCOMPARE(int(workers.size()), 2);
        const auto inOdoo = [&](const QString &gid) { return odooOrdersOf(host, gid); };
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(gids.cbegin(), gids.cend(), [&](const QString &g) { return inOdoo(g) == 1; }), 120000);

        // The console shows the workers' work: the orders on its dashboard, the broken one in its queue.
        QTRY_VERIFY_WITH_TIMEOUT(window.exceptionsPage() != nullptr, 20000);
        Ui::ExceptionsPage *page = window.exceptionsPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 60000);
        auto *orders = window.findChild<Ui::StatTile *>(QStringLiteral("ordersTile"));
        QVERIFY(orders);
        QTRY_VERIFY_WITH_TIMEOUT(orders->caption().section(QLatin1Char(' '), 0, 0).toInt() >= gids.size(), 30000);
        auto *exceptions = window.findChild<Ui::StatTile *>(QStringLiteral("exceptionsTile"));
        QVERIFY(exceptions);
        QTRY_COMPARE_WITH_TIMEOUT(exceptions->value(), QStringLiteral("1"), 30000);
        QCOMPARE(inOdoo(broken), 0);

        // The cause is fixed in Odoo; the operator replays from the console; a worker does the job.
        const auto product = host.odoo()->database().search("product.product",
            Sandbox::Json::array({ Sandbox::Json::array({ "default_code", "=", "NEW-NOT-SET-UP" }) }),
            Sandbox::Json::object());
        QCOMPARE(int(product.size()), 1);
        host.odoo()->database().write("product.product",
            product,
            Sandbox::Json { { "default_code", host.missingSku().toStdString() } },
            Sandbox::Json::object());
        window.showPage(Ui::MainWindow::ExceptionsPageIndex);
        auto *view = page->findChild<QTableView *>(QStringLiteral("exceptionsView"));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), 5000);
        view->selectAll();
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(inOdoo(broken), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, 30000);
        QSet<QString> workerPids;
        for (const auto &worker : workers)
            workerPids << QString::number(worker->processId());
        QVERIFY(stopWorkers(workers, 0));
        console.shutdown();

        // The console ran no job: every attempt was a worker process's, and the replay is in the audit log
        // as the operator's.
        QVERIFY(!Database::open(*database, QStringLiteral("console-check")));
        {
            JobStore store(QStringLiteral("console-check"), database->dialect);
            QSqlQuery q(store.db());
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT split_part(worker, ':', 2) FROM job_attempts")));
            int pids = 0;
            while (q.next()) {
                ++pids;
                QVERIFY2(workerPids.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
            }
            QVERIFY(pids > 0);
            q.finish();
            const auto audit = AuditLog::entries(store.db());
            QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const auto &e) {
                return e.action == QLatin1String("job.replay") && e.actor == QLatin1String("ops@example.com");
            }));
        }
        Database::close(QStringLiteral("console-check"));
    }
};

QTEST_MAIN(TestTeamMode)
#include "tst_teammode.moc"
