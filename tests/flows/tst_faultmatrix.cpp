#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/orderflow.h"
#include "core/flows/orders/orderjobs.h"
#include "sandbox/common/faultinjector.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shipbob/shipbobstate.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "tests/flows/flowtestsupport.h"

using namespace Quayside;
using namespace Quayside::Sandbox;

// The fault matrix: for each system and each way it can fail, a burst of orders runs from Shopify
// through Odoo to ShipBob over real HTTP, and the end state is checked: every order once in Odoo
// (confirmed) and once at ShipBob, ShipBob's stock committed once per order, nothing in the exception
// queue, the fault seen under its right class, and an authentication failure pausing only its own lane
// (the others keep working) until the operator resumes it. A Shopify token that expires before its time
// (the service's clock ahead of ours) is renewed without a failed attempt and without pausing the lane.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    static FaultInjector *faultsOf(SandboxHost &host, const QString &system)
    {
        if (system == QLatin1String("shopify"))
            return host.shopify()->faults();
        if (system == QLatin1String("odoo"))
            return host.odoo()->faults();
        return host.shipbob()->faults();
    }

    // Sale orders made from this Shopify order, and how many are confirmed.
    static QPair<int, int> saleOrders(SandboxHost &host, const QString &gid)
    {
        OdooDatabase &db = host.odoo()->database();
        int made = 0;
        int confirmed = 0;
        for (int id : db.search("sale.order", Json::array(), Json::object())) {
            const Json origin = db.stored("sale.order", id, "origin");
            if (!origin.is_string()
                || QString::fromStdString(origin.get<std::string>()) != QLatin1String("Shopify ") + gid)
                continue;
            ++made;
            const Json state = db.stored("sale.order", id, "state");
            confirmed += state.is_string() && state.get<std::string>() == "sale";
        }
        return { made, confirmed };
    }

    static int shipBobOrders(SandboxHost &host, const QString &gid)
    {
        const QString reference = FulfilmentJobs::numericId(gid);
        int n = 0;
        for (const auto *o : host.shipbob()->state().orders())
            n += o->referenceId == reference;
        return n;
    }

    static bool laneHas(const Engine &engine, const QString &lane, bool paused)
    {
        for (const LaneStatus &s : engine.laneStatuses())
            if (s.lane == lane && s.paused == paused)
                return true;
        return false;
    }

private Q_SLOTS:
    void endStateIsExact_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("phase");
        // The class every failed attempt of the lane must have; empty: none may fail. A lost or mangled
        // answer after the work was done (phase After) may be absorbed by the step's own look-up, so only
        // the faults that refuse the work outright must show up as failures.
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<bool>("mustFail");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("expireToken"); // no injected fault: Shopify's tokens expire mid-burst

        const QStringList systems { QStringLiteral("shopify"), QStringLiteral("odoo"), QStringLiteral("shipbob") };
        const struct
        {
            FaultKind kind;
            FaultPhase phase;
            const char *expected;
            bool mustFail;
        } faults[] = {
            { FaultKind::Latency, FaultPhase::Before, "", false },
            { FaultKind::ServerError, FaultPhase::Before, "transient", true },
            { FaultKind::RateLimited, FaultPhase::Before, "rate_limited", true },
            { FaultKind::Timeout, FaultPhase::Before, "transient", true },
            { FaultKind::Reset, FaultPhase::After, "transient", false }, // done, answer lost
            { FaultKind::Malformed, FaultPhase::After, "transient", false },
            { FaultKind::Truncated, FaultPhase::After, "transient", false },
            { FaultKind::Outage, FaultPhase::Before, "transient", true },
            { FaultKind::Unauthorized, FaultPhase::Before, "auth", true },
        };
        quint64 seed = 40;
        for (const QString &system : systems)
            for (const auto &f : faults)
                QTest::newRow(qPrintable(system + QLatin1Char(' ') + toString(f.kind)))
                    << system << int(f.kind) << int(f.phase) << QString::fromLatin1(f.expected) << f.mustFail << seed++
                    << false;
        QTest::newRow("shopify expired token") << QStringLiteral("shopify") << int(FaultKind::Unauthorized)
                                               << int(FaultPhase::Before) << QString() << false << seed++ << true;
    }

    void endStateIsExact()
    {
        QFETCH(QString, system);
        QFETCH(int, kind);
        QFETCH(int, phase);
        QFETCH(QString, expectedClass);
        QFETCH(bool, mustFail);
        QFETCH(quint64, seed);
        QFETCH(bool, expireToken);
        const auto fault = FaultKind(kind);

        SandboxOptions options;
        options.seed = seed;
        options.autoProgressShipments = false;
        auto host = std::make_unique<SandboxHost>(options);
        QVERIFY(host->start(nullptr));
        host->shipbob()->setRateLimit(100000);
        Connections connections = Connections::fromSandbox(host->endpoints());
        connections.shipbobRequestsPerMinute = 100000;
        // A hung request must end in the test's time, not the production default's.
        connections.shopify.timeoutMs = 1500;
        connections.odoo.timeoutMs = 1500;
        connections.shipbobTimeoutMs = 1500;
        if (expireToken) {
            // Client credentials, as a custom app installed since 2026 uses: tokens with a lifetime.
            connections.shopify.accessToken.clear();
            connections.shopify.clientId = QString::fromLatin1(ShopifyEmulator::DefaultClientId);
            connections.shopify.clientSecret = QString::fromLatin1(ShopifyEmulator::DefaultClientSecret);
        }
        auto registry = std::make_shared<StepRegistry>();
        registerOrderFlow(*registry, connections, 100);
        EngineConfig config;
        const QString file = m_dir.filePath(QStringLiteral("matrix%1.sqlite").arg(++m_n));
        config.database = DatabaseConfig::sqlite(file);
        LaneConfig lane;
        lane.idlePollMs = 20;
        lane.retryBaseMs = 20;
        lane.retryCapMs = 300;
        lane.retryLimits.transient = 60;
        lane.breakerThreshold = 1000;
        for (const QString &name : { OrderJobs::ShopifyLane, OrderJobs::OdooLane, FulfilmentJobs::ShipBobLane }) {
            lane.name = name;
            config.lanes << lane;
        }
        config.recurring = orderFlowRecurringJobs();
        config.actor = QStringLiteral("ops@example.com");
        Engine engine(config, registry);
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(10000));

        const QStringList skus = FlowTestSupport::stockedSkus(*host, 2);
        QHash<QString, int> committed;
        for (const QString &sku : skus)
            committed[sku] = host->shipbob()->committedQuantity(sku);

        FaultRule rule;
        rule.kind = fault;
        rule.phase = FaultPhase(phase);
        rule.probability = 0.35;
        rule.remaining = 8; // a burst: the flow must come through it
        if (fault == FaultKind::Latency)
            rule.latencyMs = 400;
        if (fault == FaultKind::Outage) {
            rule.probability = 1.0;
            rule.remaining = -1;
            rule.activeUntilMs = QDateTime::currentMSecsSinceEpoch() + 2500;
        }
        if (fault == FaultKind::Unauthorized) {
            rule.probability = 1.0;
            rule.remaining = -1; // the key stays wrong until someone fixes it
        }
        if (!expireToken)
            faultsOf(*host, system)->addRule(rule);

        QStringList gids;
        QHash<QString, int> ordered;
        for (int i = 0; i < 5; ++i) {
            const QString sku = skus.at(i % skus.size());
            gids << FlowTestSupport::place(*host, { { sku, 1 } }, i % 3);
            ordered[sku] += 1;
            if (expireToken && i == 1) {
                // Two orders in, Shopify's clock jumps a day: every token issued so far has expired.
                QTRY_VERIFY_WITH_TIMEOUT(saleOrders(*host, gids.first()).second == 1, 20000);
                host->shopify()->setClock([] { return QDateTime::currentMSecsSinceEpoch() + 25 * 3600 * 1000LL; });
            }
        }
        const QString systemLane = system == QLatin1String("odoo") ? OrderJobs::OdooLane
            : system == QLatin1String("shopify")                   ? OrderJobs::ShopifyLane
                                                                   : FulfilmentJobs::ShipBobLane;

        if (fault == FaultKind::Unauthorized && !expireToken) {
            // The lane stops at the first refusal instead of retrying into a locked account, and says why.
            QTRY_VERIFY_WITH_TIMEOUT(laneHas(engine, systemLane, true), 15000);
            const qint64 refused = faultsOf(*host, system)->injectedCount(FaultKind::Unauthorized);
            QTest::qWait(500);
            QVERIFY2(faultsOf(*host, system)->injectedCount(FaultKind::Unauthorized) <= refused + 1,
                "a paused lane kept calling");
            // Bulkheads: the other lanes are not paused, and what they can do, they do.
            for (const QString &other : { OrderJobs::ShopifyLane, OrderJobs::OdooLane, FulfilmentJobs::ShipBobLane })
                if (other != systemLane)
                    QVERIFY(laneHas(engine, other, false));
            if (system == QLatin1String("shipbob")) {
                QTRY_VERIFY_WITH_TIMEOUT(
                    std::all_of(
                        gids.cbegin(), gids.cend(), [&](const QString &g) { return saleOrders(*host, g).second == 1; }),
                    20000);
            }
            // The key is fixed; the operator resumes the lane.
            faultsOf(*host, system)->clear();
            engine.resumeLane(systemLane);
        }

        const auto arrived = [&] {
            return std::all_of(gids.cbegin(), gids.cend(), [&](const QString &g) {
                return saleOrders(*host, g).second == 1 && shipBobOrders(*host, g) == 1;
            });
        };
        QVERIFY(!Database::open(config.database, QStringLiteral("matrix")));
        JobStore check(QStringLiteral("matrix"), Dialect::Sqlite);
        const auto dead = [&] {
            QSqlQuery q(check.db());
            q.exec(QStringLiteral("SELECT step || ': ' || error_message FROM jobs WHERE state = 'dead'"));
            QStringList out;
            while (q.next())
                out << q.value(0).toString();
            return out.join(QStringLiteral("; "));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(arrived(), qPrintable(QStringLiteral("dead: ") + dead()), 60000);
        // Settle, then look again: nothing more appears.
        QTest::qWait(300);
        for (const QString &gid : std::as_const(gids)) {
            QCOMPARE(saleOrders(*host, gid), qMakePair(1, 1));
            QCOMPARE(shipBobOrders(*host, gid), 1);
        }
        for (auto it = ordered.cbegin(); it != ordered.cend(); ++it)
            QCOMPARE(host->shipbob()->committedQuantity(it.key()) - committed.value(it.key()), it.value());
        QCOMPARE(dead(), QString());

        // The fault was met, and classified as it should be.
        if (expireToken) {
            QVERIFY(laneHas(engine, systemLane, false));
            QVERIFY2(host->shopify()->tokensIssued() >= 2, "the expired token was never renewed");
        } else {
            QVERIFY(faultsOf(*host, system)->injectedCount(fault) > 0);
        }
        QSqlQuery q(check.db());
        q.prepare(QStringLiteral("SELECT a.error_class, j.step || ' ' || a.outcome || ' ' || COALESCE(a.message, '')"
                                 " FROM job_attempts a JOIN jobs j ON j.id = a.job_id"
                                 " WHERE j.lane = ? AND a.error_class IS NOT NULL"));
        q.addBindValue(systemLane);
        QVERIFY(q.exec());
        QStringList failures;
        while (q.next()) {
            failures << q.value(1).toString();
            QVERIFY2(q.value(0).toString() == expectedClass,
                qPrintable(q.value(0).toString() + QStringLiteral(" for ") + q.value(1).toString()));
        }
        QVERIFY2(!mustFail || !failures.isEmpty(), "the fault never failed an attempt");
        host.reset(); // the emulators first, so a running step fails at once
        engine.shutdown();
        Database::close(QStringLiteral("matrix"));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
