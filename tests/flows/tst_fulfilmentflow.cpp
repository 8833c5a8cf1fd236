#include "core/connectors/odoo/odooclient.h"
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentflow.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/odooquery.h"
#include "core/flows/orderflow.h"
#include "core/flows/orders/orderjobs.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "tests/flows/flowtestsupport.h"

using namespace Quayside;
using namespace Quayside::Sandbox;
using FlowTestSupport::place;
using FlowTestSupport::stockedSkus;

// Shopify order → Odoo → routed to ShipBob → ShipBob picks, packs, ships (on the emulator's clock, moved by the
// test) → Odoo delivery validated with the tracking reference → Shopify fulfilment with tracking. Over real
// HTTP to the three emulators, with the real engine and clients.
class TestFulfilmentFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_n = 0;

    struct Run
    {
        std::unique_ptr<SandboxHost> host;
        std::unique_ptr<Engine> engine;
        std::unique_ptr<Connectors::OdooClient> odoo;
        QString connection;
        std::unique_ptr<JobStore> store;

        ~Run()
        {
            // The emulators first: a step waiting for one of them (it answers on this thread, which the
            // shutdown blocks) then fails at once instead of holding the drain.
            host.reset();
            if (engine)
                engine->shutdown();
            store.reset();
            Database::close(connection);
        }
    };

    std::unique_ptr<Run> start(
        quint64 seed, OdooVersion odooVersion = OdooVersion::V18, std::optional<RoutingRules> routing = std::nullopt)
    {
        auto run = std::make_unique<Run>();
        SandboxOptions options;
        options.seed = seed;
        options.odooVersion = odooVersion;
        options.autoProgressShipments = false; // the test moves ShipBob's clock
        run->host = std::make_unique<SandboxHost>(options);
        if (!run->host->start(nullptr))
            qFatal("sandbox did not start");
        run->host->shipbob()->setRateLimit(100000);
        Connections connections = Connections::fromSandbox(run->host->endpoints());
        connections.shipbobRequestsPerMinute = 100000;
        auto registry = std::make_shared<StepRegistry>();
        registerOrderFlow(*registry, connections, 100, routing.value_or(RoutingRules()));
        const QString file = m_dir.filePath(QStringLiteral("fulfil%1.sqlite").arg(++m_n));
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(file);
        LaneConfig lane;
        lane.idlePollMs = 20;
        lane.retryBaseMs = 20;
        lane.retryCapMs = 200;
        lane.retryLimits.transient = 60; // faults are far denser here than on any real day
        lane.breakerThreshold = 1000;
        for (const QString &name : { OrderJobs::ShopifyLane, OrderJobs::OdooLane, FulfilmentJobs::ShipBobLane }) {
            lane.name = name;
            config.lanes << lane;
        }
        config.recurring = orderFlowRecurringJobs();
        config.actor = QStringLiteral("ops@example.com");
        run->engine = std::make_unique<Engine>(config, registry);
        QSignalSpy started(run->engine.get(), &Engine::started);
        run->engine->start();
        if (!started.wait(10000))
            qFatal("engine did not start");
        run->odoo = std::make_unique<Connectors::OdooClient>(&m_network, connections.odoo);
        std::optional<bool> ok;
        run->odoo->connectToServer([&](Connectors::OdooResult r) { ok = r.ok; });
        QDeadlineTimer deadline(15000);
        while (!ok && !deadline.hasExpired())
            QTest::qWait(5);
        run->connection = QStringLiteral("check%1").arg(m_n);
        if (Database::open(config.database, run->connection))
            qFatal("cannot open the store");
        run->store = std::make_unique<JobStore>(run->connection, Dialect::Sqlite);
        return run;
    }

    static QString ref(const QString &gid) { return FulfilmentJobs::numericId(gid); }

    // The service does the work and the answer is lost (the connection is reset after the handler ran).
    static FaultRule lostAnswer(const QString &endpoint, double probability = 1.0, int remaining = -1)
    {
        FaultRule rule;
        rule.endpoint = endpoint;
        rule.kind = FaultKind::Reset;
        rule.phase = FaultPhase::After;
        rule.probability = probability;
        rule.remaining = remaining;
        return rule;
    }

    static const StoreOrder *shopifyOrder(SandboxHost &host, const QString &gid)
    {
        const int i = host.shopify()->store().orderIndexById(ref(gid).toLongLong());
        return i < 0 ? nullptr : &host.shopify()->store().orders[size_t(i)];
    }

    static int shopifyFulfilled(SandboxHost &host, const QString &gid)
    {
        const StoreOrder *o = shopifyOrder(host, gid);
        int n = 0;
        if (o)
            for (const auto &f : o->fulfillments)
                for (const auto &l : f.lines)
                    n += l.quantity;
        return n;
    }

    static QStringList shopifyTracking(SandboxHost &host, const QString &gid)
    {
        QStringList out;
        if (const StoreOrder *o = shopifyOrder(host, gid))
            for (const auto &f : o->fulfillments)
                out << QString::fromStdString(f.number);
        return out;
    }

    QJsonArray odooRead(Run &run, const QString &model, const QJsonArray &domain, const QStringList &fields)
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            std::optional<Connectors::OdooResult> result;
            run.odoo->call(model,
                QStringLiteral("search_read"),
                {},
                { { QStringLiteral("domain"), domain },
                    { QStringLiteral("fields"), QJsonArray::fromStringList(fields) },
                    { QStringLiteral("order"), QStringLiteral("id asc") } },
                [&](Connectors::OdooResult r) { result = r; });
            QDeadlineTimer deadline(15000);
            while (!result && !deadline.hasExpired())
                QTest::qWait(5);
            if (result && result->ok)
                return result->value.toArray();
        }
        qFatal("Odoo did not answer the check");
    }

    // One Odoo call from the test, as the warehouse team's client would make it; asks until Odoo answers.
    QJsonValue odooDo(
        Run &run, const QString &model, const QString &method, const QJsonArray &ids, const QJsonObject &kwargs)
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            std::optional<Connectors::OdooResult> result;
            run.odoo->call(model, method, ids, kwargs, [&](Connectors::OdooResult r) { result = r; });
            QDeadlineTimer deadline(15000);
            while (!result && !deadline.hasExpired())
                QTest::qWait(5);
            if (result && result->ok)
                return result->value;
        }
        qFatal("Odoo did not answer the warehouse's call");
    }

    // The warehouse team validates a picking in Odoo, declining to text the customer.
    void validatePicking(Run &run, int pickingId)
    {
        const QJsonValue validated
            = odooDo(run, QStringLiteral("stock.picking"), QStringLiteral("button_validate"), { pickingId }, {});
        if (!validated.isObject())
            return;
        const QJsonObject wizard = validated.toObject(); // Odoo asks whether to text the customer: no
        QCOMPARE(wizard.value(QStringLiteral("res_model")).toString(), QStringLiteral("confirm.stock.sms"));
        odooDo(run,
            QStringLiteral("confirm.stock.sms"),
            QStringLiteral("dont_send_sms"),
            { wizard.value(QStringLiteral("res_id")).toInt() },
            { { QStringLiteral("context"), wizard.value(QStringLiteral("context")) } });
    }

    // The outgoing pickings of the Shopify order's sale order: (state, tracking ref, backorder_id set).
    QList<QStringList> pickings(Run &run, const QString &gid)
    {
        const QJsonArray orders = odooRead(run,
            QStringLiteral("sale.order"),
            OdooQuery::domain({ OdooQuery::term(
                QStringLiteral("origin"), QStringLiteral("="), QString(QStringLiteral("Shopify ") + gid)) }),
            { QStringLiteral("id") });
        if (orders.isEmpty())
            return {};
        const QJsonArray found = odooRead(run,
            QStringLiteral("stock.picking"),
            OdooQuery::domain({ OdooQuery::term(QStringLiteral("sale_id"),
                QStringLiteral("="),
                orders.first().toObject().value(QStringLiteral("id"))) }),
            { QStringLiteral("state"), QStringLiteral("carrier_tracking_ref"), QStringLiteral("backorder_id") });
        QList<QStringList> out;
        for (const auto &v : found) {
            const QJsonObject p = v.toObject();
            out << QStringList { p.value(QStringLiteral("state")).toString(),
                p.value(QStringLiteral("carrier_tracking_ref")).toString(),
                p.value(QStringLiteral("backorder_id")).isArray() ? QStringLiteral("backorder") : QString() };
        }
        return out;
    }

    qint64 dead(Run &run) { return run.store->countByState().value(JobState::Dead); }

    QString deadMessages(Run &run) { return FlowTestSupport::deadMessages(run.store->db()); }

    // The code of the warehouse an Odoo sale order ships from, read straight from the emulator.
    static QString warehouseCode(SandboxHost &host, int saleOrderId)
    {
        OdooDatabase &db = host.odoo()->database();
        const Json stored = db.stored("sale.order", saleOrderId, "warehouse_id");
        const int id = stored.is_array() && !stored.empty() ? stored[0].get<int>()
            : stored.is_number()                            ? stored.get<int>()
                                                            : 0;
        const Json code = id ? db.stored("stock.warehouse", id, "code") : Json();
        return code.is_string() ? QString::fromStdString(code.get<std::string>()) : QString();
    }

    void shipUpToLabel(SandboxHost &host)
    {
        const auto plan = host.shipbob()->progressionPlan();
        host.shipbob()->advance(plan.pickMs + plan.packMs + plan.labelMs);
    }

    NewJob stale(const QString &gid, const QString &name, int shipmentId, const QString &state, const QString &at)
    {
        return FulfilmentJobs::jobFor(FulfilmentJobs::ApplyShipmentStep,
            OrderJobs::OdooLane,
            gid,
            name,
            QJsonObject { { QStringLiteral("orderGid"), gid },
                { QStringLiteral("name"), name },
                { QStringLiteral("shipmentId"), shipmentId },
                { QStringLiteral("state"), state },
                { QStringLiteral("at"), at },
                { QStringLiteral("trackingNumber"), QStringLiteral("LATE-1") },
                { QStringLiteral("lines"), QJsonArray() } });
    }

private Q_SLOTS:
    void shippedOrdersAreDoneInOdooAndFulfilledInShopify()
    {
        auto run = start(11);
        SandboxHost &host = *run->host;
        const QStringList skus = stockedSkus(host, 3);
        QCOMPARE(skus.size(), 3);
        const QString whole = place(host, { { skus[0], 1 }, { skus[1], 2 } });
        const QString split = place(host, { { skus[2], 3 } });
        QVERIFY(!whole.isEmpty() && !split.isEmpty());

        // Confirmed in Odoo, routed, and at ShipBob exactly once each.
        QTRY_VERIFY_WITH_TIMEOUT(
            (host.shipbob()->orderByReference(ref(whole)) && host.shipbob()->orderByReference(ref(split)))
                || dead(*run) > 0,
            30000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        const QJsonObject state = run->store->state(FulfilmentJobs::OrderKind, whole);
        QCOMPARE(state.value(QStringLiteral("route")).toString(), QStringLiteral("shipbob"));
        QVERIFY(state.value(QStringLiteral("odooOrderId")).toInt() > 0);
        QVERIFY(state.value(QStringLiteral("odooOrderName")).toString().startsWith(QLatin1Char('S')));
        // Created in ShipBob's warehouse, so Odoo reserves and ships the stock ShipBob holds.
        QCOMPARE(warehouseCode(host, state.value(QStringLiteral("odooOrderId")).toInt()), QStringLiteral("SBCIC"));
        QTRY_COMPARE_WITH_TIMEOUT(
            run->store->state(FulfilmentJobs::OrderKind, whole).value(QStringLiteral("shipbobOrderId")).toInt(),
            host.shipbob()->orderByReference(ref(whole))->id,
            10000);

        // ShipBob splits the second order: one unit ships later (held for now).
        const int first = host.shipbob()->orderByReference(ref(split))->shipmentIds.first();
        const int second = host.shipbob()->splitShipment(first, { { skus[2], 1 } });
        QVERIFY(second > 0);
        QVERIFY(host.shipbob()->holdShipment(second, QStringLiteral("Awaiting stock")));
        shipUpToLabel(host);
        const QString wholeTracking = host.shipbob()
                                          ->shipment(host.shipbob()->orderByReference(ref(whole))->shipmentIds.first())
                                          ->trackingNumber;
        const QString firstTracking = host.shipbob()->shipment(first)->trackingNumber;

        // The whole order: Odoo delivery done with the tracking, Shopify fulfilled with it.
        QTRY_VERIFY_WITH_TIMEOUT(shopifyFulfilled(host, whole) == 3 || dead(*run) > 0, 30000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        QCOMPARE(shopifyTracking(host, whole), QStringList { wholeTracking });
        QCOMPARE(pickings(*run, whole), (QList<QStringList> { { QStringLiteral("done"), wholeTracking, QString() } }));
        QCOMPARE(
            QString::fromStdString(shopifyOrder(host, whole)->displayFulfillmentStatus()), QStringLiteral("FULFILLED"));

        // The split order: two of three shipped → partial fulfilment and an Odoo backorder for the rest.
        QTRY_VERIFY_WITH_TIMEOUT(shopifyFulfilled(host, split) == 2 || dead(*run) > 0, 30000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        QCOMPARE(QString::fromStdString(shopifyOrder(host, split)->displayFulfillmentStatus()),
            QStringLiteral("PARTIALLY_FULFILLED"));
        QTRY_COMPARE_WITH_TIMEOUT(pickings(*run, split).size(), 2, 10000);
        QCOMPARE(pickings(*run, split).at(0), (QStringList { QStringLiteral("done"), firstTracking, QString() }));
        QCOMPARE(pickings(*run, split).at(1).at(2), QStringLiteral("backorder"));
        QVERIFY(pickings(*run, split).at(1).at(0) != QLatin1String("done"));

        // The rest ships: the backorder is validated and Shopify is fully fulfilled, two tracking numbers.
        QVERIFY(host.shipbob()->releaseShipment(second));
        shipUpToLabel(host);
        const QString secondTracking = host.shipbob()->shipment(second)->trackingNumber;
        QTRY_VERIFY_WITH_TIMEOUT(shopifyFulfilled(host, split) == 3 || dead(*run) > 0, 30000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        QCOMPARE(shopifyTracking(host, split), (QStringList { firstTracking, secondTracking }));
        QTRY_COMPARE_WITH_TIMEOUT(pickings(*run, split).at(1).at(0), QStringLiteral("done"), 10000);
        QCOMPARE(pickings(*run, split).at(1).at(1), secondTracking);

        // Carried to delivery; the shipment's canonical state follows.
        host.shipbob()->advance(
            host.shipbob()->progressionPlan().inTransitMs + host.shipbob()->progressionPlan().deliverMs);
        const QString firstKey = QString::number(first);
        QTRY_COMPARE_WITH_TIMEOUT(
            run->store->state(FulfilmentJobs::ShipmentKind, firstKey).value(QStringLiteral("state")).toString(),
            QStringLiteral("delivered"),
            15000);
        const QJsonObject delivered = run->store->state(FulfilmentJobs::ShipmentKind, firstKey);
        QCOMPARE(delivered.value(QStringLiteral("orderGid")).toString(), split);
        QCOMPARE(delivered.value(QStringLiteral("tracking")).toString(), firstTracking);
        QVERIFY(delivered.value(QStringLiteral("odooPickingDone")).toBool());
        QVERIFY(delivered.value(QStringLiteral("shopifyFulfillmentId")).toString().startsWith(QLatin1String("gid://")));

        // Late and repeated reports change nothing: not the state, not Odoo, not Shopify.
        const QString name = QString::fromStdString(shopifyOrder(host, split)->name);
        run->engine->enqueue(
            { stale(split, name, first, QStringLiteral("shipped"), QStringLiteral("2026-01-15T09:00:00Z")),
                stale(split, name, first, QStringLiteral("in_transit"), QStringLiteral("2026-01-15T09:31:00Z")),
                stale(split,
                    name,
                    first,
                    QStringLiteral("delivered"),
                    delivered.value(QStringLiteral("stateAt")).toString()) });
        const auto lateDone = [&] {
            int finished = 0;
            for (const auto &j : run->store->jobsByCorrelation(name))
                if (j.payload.contains("LATE-1") && j.state == JobState::Done)
                    ++finished;
            return finished;
        };
        QTRY_COMPARE_WITH_TIMEOUT(lateDone(), 3, 10000);
        QCOMPARE(run->store->state(FulfilmentJobs::ShipmentKind, firstKey), delivered);
        QCOMPARE(shopifyFulfilled(host, split), 3);
        QCOMPARE(pickings(*run, split).size(), 2);
        QCOMPARE(dead(*run), 0);
    }

    void everyOdooVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("17 (JSON-RPC)") << 17;
        QTest::newRow("19 (JSON-2)") << 19;
    }

    void everyOdooVersion()
    {
        QFETCH(int, version);
        auto run = start(16, static_cast<OdooVersion>(version));
        SandboxHost &host = *run->host;
        const QStringList skus = stockedSkus(host, 2);
        const QString gid = place(host, { { skus[0], 2 }, { skus[1], 1 } });
        QTRY_VERIFY_WITH_TIMEOUT(host.shipbob()->orderByReference(ref(gid)) || dead(*run) > 0, 30000);
        const auto order = host.shipbob()->orderByReference(ref(gid));
        QVERIFY2(order && !order->shipmentIds.isEmpty(), "the order did not reach ShipBob (see the exception queue)");
        const int first = order->shipmentIds.first();
        const int second = host.shipbob()->splitShipment(first, { { skus[0], 1 } });
        QVERIFY(second > 0);
        shipUpToLabel(host);
        QTRY_VERIFY_WITH_TIMEOUT(shopifyFulfilled(host, gid) == 3 || dead(*run) > 0, 30000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        QTRY_VERIFY_WITH_TIMEOUT(
            pickings(*run, gid).size() == 2 && pickings(*run, gid).at(1).at(0) == QLatin1String("done"), 10000);
        QCOMPARE(pickings(*run, gid).at(0).at(1), host.shipbob()->shipment(first)->trackingNumber);
        QCOMPARE(pickings(*run, gid).at(1).at(1), host.shipbob()->shipment(second)->trackingNumber);
    }

    void faultsOnEveryHopStillGiveOneDeliveryAndOneFulfilmentEach()
    {
        auto run = start(14);
        SandboxHost &host = *run->host;
        const QStringList skus = stockedSkus(host, 4);
        QStringList orders;
        for (int i = 0; i < 4; ++i)
            orders << place(host, { { skus[i], 1 + i % 2 }, { skus[(i + 1) % 4], 1 } });
        // Odoo validates the delivery and the answer is lost (twice for certain), Shopify creates the
        // fulfilment and the answer is lost, and everything fails now and then.
        host.odoo()->faults()->addRule(
            lostAnswer(QStringLiteral("jsonrpc:object.execute_kw:stock.picking.button_validate"), 1.0, 2));
        FaultRule odoo5xx;
        odoo5xx.endpoint = QStringLiteral("jsonrpc:object.execute_kw:*");
        odoo5xx.probability = 0.1;
        host.odoo()->faults()->addRule(odoo5xx);
        host.shopify()->faults()->addRule(lostAnswer(QStringLiteral("graphql"), 0.25));
        FaultRule shipbob5xx;
        shipbob5xx.probability = 0.15;
        host.shipbob()->faults()->addRule(shipbob5xx);

        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(orders.cbegin(),
                orders.cend(),
                [&](const QString &gid) { return host.shipbob()->orderByReference(ref(gid)).has_value(); })
                || dead(*run) > 0,
            40000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        shipUpToLabel(host);
        const auto allFulfilled = [&] {
            for (int i = 0; i < orders.size(); ++i)
                if (shopifyFulfilled(host, orders[i]) < 2 + i % 2)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFulfilled() || dead(*run) > 0, 60000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        QVERIFY(host.odoo()->faults()->injectedCount(FaultKind::Reset) >= 2);
        QVERIFY(host.shopify()->faults()->injectedCount(FaultKind::Reset) > 0);
        for (int i = 0; i < orders.size(); ++i) {
            const auto order = host.shipbob()->orderByReference(ref(orders[i]));
            const QString tracking = host.shipbob()->shipment(order->shipmentIds.first())->trackingNumber;
            QCOMPARE(shopifyTracking(host, orders[i]), QStringList { tracking }); // one fulfilment
            QCOMPARE(shopifyFulfilled(host, orders[i]), 2 + i % 2);
            QTRY_COMPARE_WITH_TIMEOUT(pickings(*run, orders[i]),
                (QList<QStringList> { { QStringLiteral("done"), tracking, QString() } }),
                10000);
        }
    }

    void internalRouteStaysOutOfShipBob()
    {
        RoutingRules rules;
        rules.internalCountries = { QStringLiteral("US") };
        auto run = start(17, OdooVersion::V18, rules);
        SandboxHost &host = *run->host;
        const QString gid = place(host, { { stockedSkus(host, 1).first(), 1 } });
        QTRY_COMPARE_WITH_TIMEOUT(
            run->store->state(FulfilmentJobs::OrderKind, gid).value(QStringLiteral("route")).toString(),
            QStringLiteral("internal"),
            30000);
        const int saleOrder
            = run->store->state(FulfilmentJobs::OrderKind, gid).value(QStringLiteral("odooOrderId")).toInt();
        QVERIFY(saleOrder > 0);
        QCOMPARE(warehouseCode(host, saleOrder), QStringLiteral("WH")); // Odoo's own warehouse ships it
        const QString name = QString::fromStdString(shopifyOrder(host, gid)->name);
        for (const auto &j : run->store->jobsByCorrelation(name))
            QVERIFY(j.step != FulfilmentJobs::CreateStep);
        QVERIFY(!host.shipbob()->orderByReference(ref(gid)));
        QCOMPARE(dead(*run), 0);

        // The warehouse team ships it from Odoo, with a tracking number: Shopify shows it fulfilled, once.
        const QJsonArray picking = odooRead(*run,
            QStringLiteral("stock.picking"),
            OdooQuery::domain({ OdooQuery::term(QStringLiteral("sale_id"), QStringLiteral("="), saleOrder) }),
            { QStringLiteral("id") });
        QCOMPARE(picking.size(), 1);
        const int pickingId = picking.first().toObject().value(QStringLiteral("id")).toInt();
        odooDo(*run,
            QStringLiteral("stock.picking"),
            QStringLiteral("write"),
            { pickingId },
            { { QStringLiteral("vals"),
                QJsonObject { { QStringLiteral("carrier_tracking_ref"), QStringLiteral("1Z-INTERNAL-1") } } } });
        validatePicking(*run, pickingId);
        QCOMPARE(pickings(*run, gid).first().first(), QStringLiteral("done"));
        QTRY_COMPARE_WITH_TIMEOUT(shopifyFulfilled(host, gid), 1, 30000);
        QCOMPARE(shopifyTracking(host, gid), QStringList { QStringLiteral("1Z-INTERNAL-1") });
        // Later polls see the same delivery again (the overlap) and fulfil nothing more.
        QTest::qWait(1000);
        QCOMPARE(shopifyFulfilled(host, gid), 1);
        QCOMPARE(int(shopifyOrder(host, gid)->fulfillments.size()), 1);
        QCOMPARE(dead(*run), 0);
    }

    // Click-and-collect: the buyer chose local pickup at the Main Street store. The order is prepared in
    // Odoo's WH, never reaches ShipBob; once the store team has picked it, Shopify marks it ready for
    // pickup (the buyer gets one notice, however many answers are lost), and when the picking is done at the
    // counter Shopify shows it picked up.
    void pickupOrderCompletesWithoutThe3pl_data()
    {
        QTest::addColumn<int>("version"); // `picked` on moves is Odoo 17+ (odoo.md §3.6)
        QTest::newRow("Odoo 17 (JSON-RPC)") << 17;
        QTest::newRow("Odoo 18 (JSON-RPC)") << 18;
        QTest::newRow("Odoo 19 (JSON-2)") << 19;
    }

    void pickupOrderCompletesWithoutThe3pl()
    {
        QFETCH(int, version);
        RoutingRules rules;
        rules.pickupWarehouses.insert(QStringLiteral("Main Street Warehouse"), QStringLiteral("WH"));
        auto run = start(21, static_cast<OdooVersion>(version), rules);
        SandboxHost &host = *run->host;
        const World &world = host.world();
        QStringList skus; // plenty of them in the store's warehouse
        for (int v = 0; v < world.variants().size() && skus.size() < 3; ++v)
            if (world.openingStock(v, 0) >= 20)
                skus << world.variants().at(v).sku;
        QCOMPARE(world.locations().first().key, QStringLiteral("main"));
        QCOMPARE(skus.size(), 3);
        // Answers cut off half-way after Shopify did the work. (A connection reset before the first byte makes
        // Qt resend the request by itself, and Shopify notifies the buyer again: docs/architecture.md.)
        FaultRule cutOff = lostAnswer(QStringLiteral("graphql"), 0.3);
        cutOff.kind = FaultKind::Truncated;
        host.shopify()->faults()->addRule(cutOff);
        const qsizetype shipBobOrders = host.shipbob()->state().orders().size();
        QStringList gids;
        for (int i = 0; i < 3; ++i) {
            OrderInput input;
            input.lines << OrderLineInput { skus.at(i), 1 + i } << OrderLineInput { skus.at((i + 1) % 3), 1 };
            input.customerIndex = i;
            input.locationKey = QStringLiteral("main");
            input.pickup = true;
            input.shippingTitle = QStringLiteral("Pickup at Main Street");
            QString error;
            gids << host.shopify()->placeOrder(input, &error);
            QVERIFY2(!gids.last().isEmpty(), qPrintable(error));
        }
        const auto order = [&](const QString &gid) { return run->store->state(FulfilmentJobs::OrderKind, gid); };
        const auto pickup = [&](const QString &gid) { return run->store->state(FulfilmentJobs::PickupKind, gid); };
        for (const QString &gid : std::as_const(gids)) {
            QTRY_VERIFY2_WITH_TIMEOUT(!pickup(gid).isEmpty() || dead(*run) > 0, qPrintable(deadMessages(*run)), 40000);
            QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
            QCOMPARE(order(gid).value(QStringLiteral("route")).toString(), FulfilmentJobs::RoutePickup);
            QCOMPARE(order(gid).value(QStringLiteral("routeReason")).toString(),
                QStringLiteral("the buyer collects it at Main Street Warehouse"));
            QCOMPARE(
                warehouseCode(host, order(gid).value(QStringLiteral("odooOrderId")).toInt()), QStringLiteral("WH"));
            QCOMPARE(pickup(gid).value(QStringLiteral("saleOrderId")).toInt(),
                order(gid).value(QStringLiteral("odooOrderId")).toInt());
        }
        // Not ready until the store team has picked it.
        QTest::qWait(1000);
        for (const QString &gid : std::as_const(gids)) {
            QVERIFY(!pickup(gid).contains(QStringLiteral("readyAt")));
            QCOMPARE(shopifyOrder(host, gid)->fulfillmentOrders.front().readyForPickupNotices, 0);
        }

        const auto pickingOf = [&](const QString &gid) {
            const QJsonArray found = odooRead(*run,
                QStringLiteral("stock.picking"),
                OdooQuery::domain({ OdooQuery::term(QStringLiteral("sale_id"),
                    QStringLiteral("="),
                    order(gid).value(QStringLiteral("odooOrderId")).toInt()) }),
                { QStringLiteral("id") });
            return found.size() == 1 ? found.first().toObject().value(QStringLiteral("id")).toInt() : 0;
        };
        for (const QString &gid : std::as_const(gids)) {
            const int picking = pickingOf(gid);
            QVERIFY(picking > 0);
            QJsonArray moves;
            for (const QJsonValue &m : odooRead(*run,
                     QStringLiteral("stock.move"),
                     OdooQuery::domain({ OdooQuery::term(QStringLiteral("picking_id"), QStringLiteral("="), picking) }),
                     { QStringLiteral("id") }))
                moves.append(m.toObject().value(QStringLiteral("id")));
            QCOMPARE(moves.size(), 2);
            odooDo(*run,
                QStringLiteral("stock.move"),
                QStringLiteral("write"),
                moves,
                { { QStringLiteral("vals"), QJsonObject { { QStringLiteral("picked"), true } } } });
        }
        for (const QString &gid : std::as_const(gids)) {
            QTRY_VERIFY2_WITH_TIMEOUT(pickup(gid).contains(QStringLiteral("readyAt")) || dead(*run) > 0,
                qPrintable(deadMessages(*run)),
                40000);
            QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
            const StoreOrder *o = shopifyOrder(host, gid);
            QCOMPARE(o->fulfillmentOrders.front().status, std::string("IN_PROGRESS"));
            QCOMPARE(o->fulfillmentOrders.front().readyForPickupNotices, 1);
            QCOMPARE(QString::fromStdString(o->displayFulfillmentStatus()), QStringLiteral("IN_PROGRESS"));
            QCOMPARE(shopifyFulfilled(host, gid), 0);
        }

        // The buyer collects: the store validates the picking at the counter.
        for (const QString &gid : std::as_const(gids)) {
            const int picking = pickingOf(gid);
            validatePicking(*run, picking);
            QCOMPARE(pickings(*run, gid).first().first(), QStringLiteral("done"));
        }
        for (int i = 0; i < gids.size(); ++i) {
            const QString &gid = gids.at(i);
            QTRY_VERIFY2_WITH_TIMEOUT(
                shopifyFulfilled(host, gid) == 2 + i || dead(*run) > 0, qPrintable(deadMessages(*run)), 40000);
            QTRY_VERIFY_WITH_TIMEOUT(pickup(gid).value(QStringLiteral("closed")).toBool(), 20000);
        }
        QTest::qWait(1000); // later polls change nothing
        for (int i = 0; i < gids.size(); ++i) {
            const StoreOrder *o = shopifyOrder(host, gids.at(i));
            QCOMPARE(int(o->fulfillments.size()), 1);
            QVERIFY(o->fulfillments.front().pickedUp);
            QCOMPARE(o->fulfillmentOrders.front().status, std::string("CLOSED"));
            QCOMPARE(o->fulfillmentOrders.front().readyForPickupNotices, 1);
            QCOMPARE(QString::fromStdString(o->displayFulfillmentStatus()), QStringLiteral("FULFILLED"));
            for (const auto &j : run->store->jobsByCorrelation(QString::fromStdString(o->name)))
                QVERIFY(j.step != FulfilmentJobs::CreateStep);
            QVERIFY(!host.shipbob()->orderByReference(ref(gids.at(i))));
        }
        QCOMPARE(host.shipbob()->state().orders().size(), shipBobOrders); // ShipBob never heard of them
        QVERIFY(host.shopify()->faults()->injectedCount(FaultKind::Truncated) > 0);
        QCOMPARE(dead(*run), 0);
    }

    // A pickup location nobody mapped to an Odoo warehouse: the order waits in the exception queue, naming
    // itself and the location, instead of being prepared somewhere the buyer is not.
    void unmappedPickupLocationIsAnException()
    {
        auto run = start(22);
        SandboxHost &host = *run->host;
        OrderInput input;
        input.lines << OrderLineInput { stockedSkus(host, 1).first(), 1 };
        input.customerIndex = 0;
        input.locationKey = QStringLiteral("main");
        input.pickup = true;
        const QString gid = host.shopify()->placeOrder(input);
        QVERIFY(!gid.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(dead(*run), 1, 40000);
        const QString message = deadMessages(*run);
        const QString name = QString::fromStdString(shopifyOrder(host, gid)->name);
        QVERIFY2(message.contains(QStringLiteral("Order %1: the buyer collects it at Main Street Warehouse").arg(name))
                && message.contains(QStringLiteral("routing.pickupWarehouses")),
            qPrintable(message));
        QVERIFY(run->store->state(FulfilmentJobs::OrderKind, gid).value(QStringLiteral("odooOrderId")).isUndefined());
    }

    // With routing.byStock, an order ShipBob's warehouse cannot cover ships from the internal warehouse when
    // that one can; when neither can, it stays with ShipBob as a backorder. The reason is kept for the trace.
    void stockAwareRouting()
    {
        RoutingRules rules;
        rules.byStock = true;
        auto run = start(18, OdooVersion::V18, rules);
        SandboxHost &host = *run->host;
        const QStringList skus = stockedSkus(host, 3);
        QCOMPARE(skus.size(), 3);
        const QString onlyInternal = skus.at(0), nowhere = skus.at(1), atShipBob = skus.at(2);
        for (const auto &[sku, shipBob, internal] : { std::tuple { onlyInternal, 0.0, 10.0 },
                 std::tuple { nowhere, 0.0, 0.0 },
                 std::tuple { atShipBob, 25.0, 0.0 } }) {
            QVERIFY(FlowTestSupport::setOdooStock(*run->odoo, host, sku, QStringLiteral("SBCIC"), shipBob));
            QVERIFY(FlowTestSupport::setOdooStock(*run->odoo, host, sku, QStringLiteral("WH"), internal));
        }
        QCOMPARE(host.odoo()->freeQty(onlyInternal, QStringLiteral("WH")), 10.0);
        const QString internalGid = place(host, { { onlyInternal, 2 } });
        const QString backorderGid = place(host, { { nowhere, 1 } });
        const QString shipBobGid = place(host, { { atShipBob, 3 } });
        const auto order = [&](const QString &gid) { return run->store->state(FulfilmentJobs::OrderKind, gid); };
        for (const QString &gid : { internalGid, backorderGid, shipBobGid })
            QTRY_VERIFY2_WITH_TIMEOUT(
                !order(gid).value(QStringLiteral("route")).toString().isEmpty(), qPrintable(deadMessages(*run)), 30000);

        QCOMPARE(order(internalGid).value(QStringLiteral("route")).toString(), FulfilmentJobs::RouteInternal);
        QCOMPARE(
            warehouseCode(host, order(internalGid).value(QStringLiteral("odooOrderId")).toInt()), QStringLiteral("WH"));
        QVERIFY2(order(internalGid)
                     .value(QStringLiteral("routeReason"))
                     .toString()
                     .startsWith(QStringLiteral("SBCIC lacks %1 (0 free, 2 ordered)").arg(onlyInternal)),
            qPrintable(order(internalGid).value(QStringLiteral("routeReason")).toString()));
        QVERIFY(!host.shipbob()->orderByReference(ref(internalGid)));

        QCOMPARE(order(backorderGid).value(QStringLiteral("route")).toString(), FulfilmentJobs::RouteShipBob);
        QVERIFY(
            order(backorderGid).value(QStringLiteral("routeReason")).toString().contains(QStringLiteral("backorder")));
        QCOMPARE(warehouseCode(host, order(backorderGid).value(QStringLiteral("odooOrderId")).toInt()),
            QStringLiteral("SBCIC"));

        QCOMPARE(order(shipBobGid).value(QStringLiteral("route")).toString(), FulfilmentJobs::RouteShipBob);
        QCOMPARE(order(shipBobGid).value(QStringLiteral("routeReason")).toString(), QStringLiteral("default route"));
        QTRY_VERIFY_WITH_TIMEOUT(host.shipbob()->orderByReference(ref(shipBobGid)), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(host.shipbob()->orderByReference(ref(backorderGid)), 30000);
        QCOMPARE(dead(*run), 0);
    }

    void lostAnswerMakesNoSecondShipBobOrder()
    {
        auto run = start(12);
        SandboxHost &host = *run->host;
        // ShipBob creates the order and the answer is lost, twice.
        host.shipbob()->faults()->addRule(lostAnswer(QStringLiteral("POST /order"), 1.0, 2));
        const QString gid = place(host, { { stockedSkus(host, 1).first(), 1 } });
        QTRY_VERIFY_WITH_TIMEOUT(
            run->store->state(FulfilmentJobs::OrderKind, gid).contains(QStringLiteral("shipbobOrderId"))
                || dead(*run) > 0,
            30000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        QVERIFY(host.shipbob()->faults()->injectedCount(FaultKind::Reset) > 0);
        int copies = 0;
        for (const auto *o : host.shipbob()->state().orders())
            copies += o->referenceId == ref(gid);
        QCOMPARE(copies, 1);
        QCOMPARE(run->store->state(FulfilmentJobs::OrderKind, gid).value(QStringLiteral("shipbobOrderId")).toInt(),
            host.shipbob()->orderByReference(ref(gid))->id);
    }

    void returnIsCreatedOnceAtShipBob()
    {
        auto run = start(15);
        SandboxHost &host = *run->host;
        const QStringList skus = stockedSkus(host, 2);
        const QString gid = place(host, { { skus[0], 2 }, { skus[1], 1 } });
        QTRY_VERIFY_WITH_TIMEOUT(host.shipbob()->orderByReference(ref(gid)) || dead(*run) > 0, 30000);
        shipUpToLabel(host);
        QTRY_COMPARE_WITH_TIMEOUT(shopifyFulfilled(host, gid), 3, 30000);
        // ShipBob creates the return and the answer is lost.
        host.shipbob()->faults()->addRule(lostAnswer(QStringLiteral("POST /return"), 1.0, 1));
        const QString name = QString::fromStdString(shopifyOrder(host, gid)->name);
        const QString returnGid = QStringLiteral("gid://shopify/Return/770001");
        const NewJob job = FulfilmentJobs::jobFor(FulfilmentJobs::ReturnStep,
            FulfilmentJobs::ShipBobLane,
            gid,
            name,
            QJsonObject { { QStringLiteral("orderGid"), gid },
                { QStringLiteral("name"), name },
                { QStringLiteral("returnGid"), returnGid },
                { QStringLiteral("lines"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("sku"), skus[0] }, { QStringLiteral("quantity"), 1 } } } } });
        run->engine->enqueue({ job, job }); // and the returns side asks twice
        const auto returns = [&] {
            QList<const ShipBobReturn *> out;
            for (const auto *r : host.shipbob()->state().returns())
                if (r->referenceId == QLatin1String("770001"))
                    out << r;
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            run->store->state(FulfilmentJobs::ReturnKind, returnGid).contains(QStringLiteral("shipbobReturnId"))
                || dead(*run) > 0,
            15000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                int finished = 0;
                for (const auto &j : run->store->jobsByCorrelation(name))
                    finished += j.step == FulfilmentJobs::ReturnStep && j.state == JobState::Done;
                return finished;
            }(),
            2,
            15000);
        QCOMPARE(host.shipbob()->faults()->injectedCount(FaultKind::Reset), 1);
        QCOMPARE(returns().size(), 1);
        QCOMPARE(returns().first()->lines.size(), 1);
        QCOMPARE(returns().first()->lines.first().sku, skus[0]);
        QCOMPARE(
            run->store->state(FulfilmentJobs::ReturnKind, returnGid).value(QStringLiteral("shipbobReturnId")).toInt(),
            returns().first()->id);
    }

    void cancellationBeforeShippingCancelsAtShipBob()
    {
        auto run = start(13);
        SandboxHost &host = *run->host;
        const QStringList skus = stockedSkus(host, 2);
        const QString early = place(host, { { skus[0], 1 } });
        const QString late = place(host, { { skus[1], 1 } });
        QTRY_VERIFY_WITH_TIMEOUT(
            (host.shipbob()->orderByReference(ref(early)) && host.shipbob()->orderByReference(ref(late)))
                || dead(*run) > 0,
            30000);
        QVERIFY2(dead(*run) == 0, qPrintable(deadMessages(*run)));
        // `late` ships before the cancellation arrives; `early` is still on ShipBob's floor.
        const int lateShipment = host.shipbob()->orderByReference(ref(late))->shipmentIds.first();
        const int earlyShipment = host.shipbob()->orderByReference(ref(early))->shipmentIds.first();
        QVERIFY(host.shipbob()->holdShipment(earlyShipment));
        shipUpToLabel(host);
        QCOMPARE(host.shipbob()->shipmentStatus(lateShipment), QStringLiteral("LabeledCreated"));

        // What the returns side does when Shopify reports the cancellations.
        for (const QString &gid : { early, late }) {
            QVERIFY(!run->store->mergeState(
                StateWrite { FulfilmentJobs::OrderKind, gid, QJsonObject { { QStringLiteral("cancelled"), true } } }));
            const QString name = QString::fromStdString(shopifyOrder(host, gid)->name);
            run->engine->enqueue({ FulfilmentJobs::jobFor(FulfilmentJobs::CancelStep,
                FulfilmentJobs::ShipBobLane,
                gid,
                name,
                QJsonObject { { QStringLiteral("orderGid"), gid }, { QStringLiteral("name"), name } }) });
        }
        QTRY_COMPARE_WITH_TIMEOUT(host.shipbob()->shipmentStatus(earlyShipment), QStringLiteral("Cancelled"), 15000);
        const QString earlyName = QString::fromStdString(shopifyOrder(host, early)->name);
        // Handed on to the sale order's cancellation (the returns side's step).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &j : run->store->jobsByCorrelation(earlyName))
                    if (j.step == FulfilmentJobs::CancelSaleOrderStep)
                        return true;
                return false;
            }(),
            15000);
        // Shipped already: the operator is told, naming the order; ShipBob's shipment is untouched.
        const QString lateName = QString::fromStdString(shopifyOrder(host, late)->name);
        QTRY_VERIFY_WITH_TIMEOUT(
            deadMessages(*run).contains(
                QStringLiteral("Order %1 was cancelled in Shopify after ShipBob shipped it").arg(lateName)),
            15000);
        QVERIFY(host.shipbob()->shipmentStatus(lateShipment) != QLatin1String("Cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestFulfilmentFlow)
#include "tst_fulfilmentflow.moc"
