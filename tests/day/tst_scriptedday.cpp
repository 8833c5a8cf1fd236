#include "core/engine/jobstore.h"
#include "core/store/database.h"
#include "sandbox/common/faultinjector.h"
#include "sandbox/common/world.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Quayside;
using namespace Quayside::Sandbox;

// A scripted business day against the sandbox, with the product's own binary (`quayside --headless
// --config`) as the worker: generated orders, transient faults on every system, two 30-second outages
// (Odoo, then ShipBob), optionally SIGKILLs of the worker at seeded moments. At the end every system must
// hold the right state, and the exception queue only the orders broken on purpose.
class TestScriptedDay : public QObject
{
    Q_OBJECT

    struct PlacedOrder
    {
        QString gid;
        bool broken = false; // contains the SKU Odoo does not know
    };

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHost> m_host;
    QProcess m_worker;
    QStringList m_workerArgs;
    QByteArray m_log;
    QList<PlacedOrder> m_orders;

    void startWorker()
    {
        m_worker.start(QStringLiteral(QUAYSIDE_BINARY), m_workerArgs);
        QVERIFY(m_worker.waitForStarted());
    }

    void killWorker()
    {
        ::kill(pid_t(m_worker.processId()), SIGKILL);
        QVERIFY(m_worker.waitForFinished(10000));
        QCOMPARE(m_worker.exitStatus(), QProcess::CrashExit);
        m_log += m_worker.readAllStandardError();
    }

    QString writeConfig()
    {
        const QJsonObject endpoints = m_host->endpoints();
        const QJsonObject shopify = endpoints.value(QStringLiteral("shopify")).toObject();
        const QJsonObject odoo = endpoints.value(QStringLiteral("odoo")).toObject();
        const QJsonObject shipbob = endpoints.value(QStringLiteral("shipbob")).toObject();
        const auto env = [](const char *name) {
            return QJsonObject { { QStringLiteral("env"), QLatin1String(name) } };
        };
        const auto every = [](const char *d) { return QJsonObject { { QStringLiteral("every"), QLatin1String(d) } }; };
        const QJsonObject config {
            { QStringLiteral("shopify"),
                QJsonObject { { QStringLiteral("shop"), shopify.value(QStringLiteral("shop")) },
                    { QStringLiteral("url"), shopify.value(QStringLiteral("url")) },
                    { QStringLiteral("accessToken"), env("QS_DAY_SHOPIFY") } } },
            { QStringLiteral("odoo"),
                QJsonObject { { QStringLiteral("url"), odoo.value(QStringLiteral("url")) },
                    { QStringLiteral("database"), odoo.value(QStringLiteral("db")) },
                    { QStringLiteral("login"), odoo.value(QStringLiteral("user")) },
                    { QStringLiteral("apiKey"), env("QS_DAY_ODOO") } } },
            { QStringLiteral("shipbob"),
                QJsonObject { { QStringLiteral("url"), shipbob.value(QStringLiteral("url")) },
                    { QStringLiteral("channelId"), shipbob.value(QStringLiteral("channelId")) },
                    { QStringLiteral("token"), env("QS_DAY_SHIPBOB") } } },
            { QStringLiteral("schedules"),
                QJsonObject { { QStringLiteral("orders"), every("500ms") },
                    { QStringLiteral("shipments"), every("1s") },
                    { QStringLiteral("inventory"), every("2s") } } },
        };
        QFile f(m_dir.filePath(QStringLiteral("day.json")));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the config");
        f.write(QJsonDocument(config).toJson());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QS_DAY_SHOPIFY"), shopify.value(QStringLiteral("token")).toString());
        environment.insert(QStringLiteral("QS_DAY_ODOO"), odoo.value(QStringLiteral("apiKey")).toString());
        environment.insert(QStringLiteral("QS_DAY_SHIPBOB"), shipbob.value(QStringLiteral("token")).toString());
        m_worker.setProcessEnvironment(environment);
        return f.fileName();
    }

    // Ten per cent of requests to every system fail in passing: half before the service acts, half after
    // it acted (the answer is lost), which is what tests idempotency.
    void injectTransientFaults()
    {
        for (FaultInjector *faults :
            { m_host->shopify()->faults(), m_host->odoo()->faults(), m_host->shipbob()->faults() }) {
            FaultRule before;
            before.endpoint = QStringLiteral("*");
            before.kind = FaultKind::ServerError;
            before.probability = 0.05;
            faults->addRule(before);
            FaultRule after = before;
            after.kind = FaultKind::Reset;
            after.phase = FaultPhase::After;
            faults->addRule(after);
            FaultRule duplicate;
            duplicate.endpoint = QStringLiteral("webhook:*");
            duplicate.kind = FaultKind::DuplicateWebhook;
            duplicate.probability = 0.01;
            faults->addRule(duplicate);
            duplicate.kind = FaultKind::OutOfOrderWebhook;
            faults->addRule(duplicate);
        }
    }

    static void outage(FaultInjector *faults, qint64 ms)
    {
        FaultRule rule;
        rule.endpoint = QStringLiteral("*");
        rule.kind = FaultKind::Outage;
        rule.activeUntilMs = QDateTime::currentMSecsSinceEpoch() + ms;
        faults->addRule(rule);
    }

    // Shopify gid -> states of the Odoo sale orders made from it, read straight from the emulator in one
    // pass (the emulators share this thread, so the check must be cheap).
    QHash<QString, QStringList> odooOrders() const
    {
        OdooDatabase &db = m_host->odoo()->database();
        const auto ids = db.search("sale.order", Json::array(), Json::object());
        QHash<QString, QStringList> out;
        for (int id : ids) {
            const Json origin = db.stored("sale.order", id, "origin");
            if (!origin.is_string())
                continue;
            QString text = QString::fromStdString(origin.get<std::string>());
            if (text.startsWith(QLatin1String("Shopify ")))
                out[text.mid(8)] << QString::fromStdString(db.stored("sale.order", id, "state").get<std::string>());
        }
        return out;
    }

    // Every order that should have gone through is in Odoo exactly once, confirmed.
    bool allGoodOrdersConfirmed(QString *why) const
    {
        const auto inOdoo = odooOrders();
        int missing = 0;
        for (const PlacedOrder &o : m_orders) {
            if (o.broken)
                continue;
            const QStringList states = inOdoo.value(o.gid);
            if (states.size() > 1) {
                *why = QStringLiteral("%1 has %2 Odoo orders").arg(o.gid).arg(states.size());
                return false;
            }
            if (states != QStringList { QStringLiteral("sale") })
                ++missing;
        }
        *why = QStringLiteral("%1 orders not (yet) confirmed in Odoo").arg(missing);
        return missing == 0;
    }

    QList<JobRecord> deadJobs(JobStore &store) const
    {
        QList<JobRecord> out;
        QSqlQuery q(store.db());
        q.exec(QStringLiteral("SELECT id FROM jobs WHERE state = 'dead' ORDER BY id"));
        while (q.next())
            if (auto j = store.job(q.value(0).toLongLong()))
                out << *j;
        return out;
    }

private Q_SLOTS:
    void aDayOfTrading_data()
    {
        QTest::addColumn<int>("kills");
        QTest::newRow("no crash") << 0;
        QTest::newRow("worker killed three times") << 3;
    }

    void aDayOfTrading()
    {
        QFETCH(int, kills);
        SandboxOptions options;
        options.seed = 2026;
        options.productMissingInOdoo = true;
        m_host = std::make_unique<SandboxHost>(options);
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
        const QString dataDir = m_dir.filePath(QStringLiteral("day-%1").arg(kills));
        m_workerArgs = { QStringLiteral("--headless"),
            QStringLiteral("--config"),
            writeConfig(),
            QStringLiteral("--data-dir"),
            dataDir };
        m_orders.clear();
        m_log.clear();
        injectTransientFaults();
        startWorker();

        // The script: 500 orders in bursts of 20; the Odoo outage early, the ShipBob one after it.
        SeededRandom random(quint64(7 + kills));
        const QList<WorldVariant> &variants = m_host->world().variants();
        const QString missing = m_host->missingSku();
        QList<qint64> killAt;
        for (int i = 0; i < kills; ++i)
            killAt << 2000 + random.bounded(0, 50'000);
        std::sort(killAt.begin(), killAt.end());
        QElapsedTimer clock;
        clock.start();
        bool odooOutage = false;
        bool shipbobOutage = false;
        const int total = 500;
        while (m_orders.size() < total || !killAt.isEmpty() || !shipbobOutage) {
            if (m_orders.size() < total && clock.elapsed() >= m_orders.size() * 60) {
                for (int i = 0; i < 20 && m_orders.size() < total; ++i) {
                    OrderInput input;
                    const bool broken = m_orders.size() % 50 == 17; // ten orders carry the unknown SKU
                    const int lines = random.bounded(1, 3);
                    for (int l = 0; l < lines; ++l) {
                        const WorldVariant &v = variants.at(random.bounded(0, int(variants.size())));
                        if (v.sku != missing)
                            input.lines.append({ v.sku, 1 });
                    }
                    if (broken)
                        input.lines.append({ missing, 1 });
                    if (input.lines.isEmpty())
                        input.lines.append({ variants.first().sku, 1 });
                    input.customerIndex = random.bounded(0, int(m_host->world().customers().size()));
                    const QString gid = m_host->shopify()->placeOrder(input, &error);
                    QVERIFY2(!gid.isEmpty(), qPrintable(error));
                    m_orders << PlacedOrder { gid, broken };
                }
            }
            if (!odooOutage && clock.elapsed() > 5000) {
                outage(m_host->odoo()->faults(), 30'000);
                odooOutage = true;
            }
            if (!shipbobOutage && clock.elapsed() > 40'000) {
                outage(m_host->shipbob()->faults(), 30'000);
                shipbobOutage = true;
            }
            if (!killAt.isEmpty() && clock.elapsed() >= killAt.first()) {
                killAt.removeFirst();
                killWorker();
                startWorker();
            }
            QTest::qWait(20);
            m_log += m_worker.readAllStandardError();
        }

        // The day settles: every good order confirmed once in Odoo, the broken ones in the exception queue.
        QVERIFY(!Database::open(
            DatabaseConfig::sqlite(dataDir + QStringLiteral("/quayside.sqlite")), QStringLiteral("day-check")));
        {
            JobStore store(QStringLiteral("day-check"), Dialect::Sqlite);
            QString why;
            const int brokenCount
                = int(std::count_if(m_orders.cbegin(), m_orders.cend(), [](const PlacedOrder &o) { return o.broken; }));
            QTRY_VERIFY2_WITH_TIMEOUT(
                allGoodOrdersConfirmed(&why) && deadJobs(store).size() >= brokenCount, qPrintable(why), 240'000);
            const QList<JobRecord> dead = deadJobs(store);
            QCOMPARE(dead.size(), brokenCount);
            for (const JobRecord &job : dead) {
                QVERIFY2(job.errorMessage.startsWith(QLatin1String("Order #"))
                        && job.errorMessage.contains(QStringLiteral("unknown SKU ") + missing),
                    qPrintable(job.errorMessage));
                QVERIFY(job.errorClass == ErrorClass::Business);
            }
            const auto inOdoo = odooOrders();
            for (const PlacedOrder &o : std::as_const(m_orders))
                if (o.broken)
                    QVERIFY(!inOdoo.contains(o.gid));

            // The cause is fixed in Odoo (the product gets its SKU), the operator replays: all complete.
            const auto product = m_host->odoo()->database().search("product.product",
                Json::array({ Json::array({ "default_code", "=", "NEW-NOT-SET-UP" }) }),
                Json::object());
            QCOMPARE(int(product.size()), 1);
            m_host->odoo()->database().write(
                "product.product", product, Json { { "default_code", missing.toStdString() } }, Json::object());
            QList<qint64> ids;
            for (const JobRecord &job : dead)
                ids << job.id;
            int replayed = 0;
            QVERIFY(!store.replay(ids, QStringLiteral("ops@example.com"), &replayed));
            QCOMPARE(replayed, brokenCount);
            for (PlacedOrder &o : m_orders)
                o.broken = false;
            QTRY_VERIFY2_WITH_TIMEOUT(
                allGoodOrdersConfirmed(&why) && deadJobs(store).isEmpty(), qPrintable(why), 120'000);
        }
        Database::close(QStringLiteral("day-check"));
        ::kill(pid_t(m_worker.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(m_worker.state() == QProcess::NotRunning, 30000);
        QCOMPARE(m_worker.exitCode(), 0);
        QVERIFY(m_host->odoo()->faults()->injectedCount(FaultKind::Outage) > 0);
        QVERIFY(m_host->odoo()->faults()->injectedCount(FaultKind::Reset) > 0);
        QVERIFY(m_host->shopify()->faults()->injectedCount(FaultKind::ServerError) > 0);
        m_host.reset();
    }
};

QTEST_GUILESS_MAIN(TestScriptedDay)
#include "tst_scriptedday.moc"
