#include "core/engine/jobstore.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shipbob/shipbobstate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include "tests/flows/flowtestsupport.h"
#include "tests/support/headlessconfig.h"
#include "tests/support/teststore.h"

using namespace Quayside;

// Team mode: three `quayside --headless` workers on one PostgreSQL database, against the sandbox as if it
// were a real shop. One of them is killed mid-run; every order still ends up exactly once in Odoo and
// once in ShipBob, and the store is consistent (every order's job done once, the audit chain intact).
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
        const QJsonObject endpoints = host.endpoints();

        QTemporaryDir dir;
        QFile keyFile(dir.filePath(QStringLiteral("odoo.key")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(
            endpoints.value(QStringLiteral("odoo")).toObject().value(QStringLiteral("apiKey")).toString().toUtf8());
        keyFile.close();
        QFile configFile(dir.filePath(QStringLiteral("quayside.json")));
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write(QJsonDocument(TestSupport::headlessConfig(endpoints, keyFile.fileName())).toJson());
        configFile.close();

        constexpr int kOrders = 24;
        const QStringList skus = FlowTestSupport::stockedSkus(host, 4);
        QVERIFY(!skus.isEmpty());
        QStringList gids;
        for (int i = 0; i < kOrders; ++i) {
            gids << FlowTestSupport::place(host, { { skus.at(i % skus.size()), 1 } }, i % 5);
            QVERIFY(!gids.constLast().isEmpty());
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QS_SHOPIFY"),
            endpoints.value(QStringLiteral("shopify")).toObject().value(QStringLiteral("token")).toString());
        env.insert(QStringLiteral("QS_SHIPBOB"),
            endpoints.value(QStringLiteral("shipbob")).toObject().value(QStringLiteral("token")).toString());
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int w = 0; w < 3; ++w) {
            auto worker = std::make_unique<QProcess>();
            worker->setProcessEnvironment(env);
            worker->setProcessChannelMode(QProcess::MergedChannels);
            worker->start(QStringLiteral(QUAYSIDE_BINARY),
                { QStringLiteral("--headless"),
                    QStringLiteral("--config"),
                    configFile.fileName(),
                    QStringLiteral("--database"),
                    database->url(),
                    QStringLiteral("--data-dir"),
                    dir.filePath(QStringLiteral("worker%1").arg(w)) });
            QVERIFY(worker->waitForStarted());
            workers.push_back(std::move(worker));
        }
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

        for (std::size_t w = 1; w < workers.size(); ++w) {
            ::kill(pid_t(workers.at(w)->processId()), SIGTERM);
            QVERIFY(workers.at(w)->waitForFinished(20000));
            QCOMPARE(workers.at(w)->exitStatus(), QProcess::NormalExit);
            QCOMPARE(workers.at(w)->exitCode(), 0);
        }
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
};

QTEST_GUILESS_MAIN(TestTeamMode)
#include "tst_teammode.moc"
