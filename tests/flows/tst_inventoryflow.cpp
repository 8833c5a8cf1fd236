#include "core/connectors/odoo/odooclient.h"
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/inventory/catalogplan.h"
#include "core/flows/inventory/inventoryflow.h"
#include "core/flows/inventory/inventoryjobs.h"
#include "core/flows/inventory/inventorysettings.h"
#include "core/flows/inventory/shopifystock.h"
#include "core/flows/inventory/stockmath.h"
#include "core/flows/orderflow.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/orders/pollordersstep.h"
#include "core/telemetry/inventorymismatchmodel.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "tests/flows/flowtestsupport.h"

using namespace Quayside;
using namespace Quayside::Sandbox;
using FlowTestSupport::connectedOdoo;
using FlowTestSupport::odooCall;
using FlowTestSupport::setOdooStock;

Q_DECLARE_METATYPE(Quayside::Sandbox::OdooVersion)
Q_DECLARE_METATYPE(Quayside::CatalogPair)

// Odoo stock → Shopify available per location, and the three-way reconciliation, end to end over the
// sandbox on 127.0.0.1: the real engine, the real clients, the emulators.
class TestInventoryFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_n = 0;

    bool renameInOdoo(Connectors::OdooClient &client, const SandboxHost &host, const QString &sku, const QString &to)
    {
        return odooCall(client,
            QStringLiteral("product.product"),
            QStringLiteral("write"),
            { host.odoo()->productIdBySku(sku) },
            { { QStringLiteral("vals"), QJsonObject { { QStringLiteral("default_code"), to } } } })
            .ok;
    }

    // A product as an Odoo user sees it on the product form.
    QJsonObject odooProduct(Connectors::OdooClient &client, const SandboxHost &host, const QString &sku)
    {
        const auto r = odooCall(client,
            QStringLiteral("product.product"),
            QStringLiteral("read"),
            { host.odoo()->productIdBySku(sku) },
            { { QStringLiteral("fields"), QJsonArray { QStringLiteral("name"), QStringLiteral("lst_price") } } });
        return r.value.toArray().at(0).toObject();
    }
    bool editInOdoo(
        Connectors::OdooClient &client, const SandboxHost &host, const QString &sku, const QJsonObject &vals)
    {
        return odooCall(client,
            QStringLiteral("product.product"),
            QStringLiteral("write"),
            { host.odoo()->productIdBySku(sku) },
            { { QStringLiteral("vals"), vals } })
            .ok;
    }
    static StoreVariant &shopifyVariant(SandboxHost &host, const QString &sku)
    {
        return host.shopify()->store().variants[size_t(host.world().variantIndexBySku(sku))];
    }
    static QString shopifyTitle(SandboxHost &host, const QString &sku)
    {
        return QString::fromStdString(
            host.shopify()->store().products[size_t(shopifyVariant(host, sku).product)].title);
    }
    // The SKUs of the first product with one variant, and of the first with at least two.
    static QPair<QStringList, QStringList> singleAndMultiVariant(const World &world)
    {
        QStringList single, multi;
        for (const auto &product : world.products()) {
            QStringList skus;
            for (int v : product.variantIndexes)
                skus << world.variants().at(v).sku;
            if (skus.size() == 1)
                single << skus;
            else if (skus.size() >= 2 && multi.isEmpty())
                multi = skus;
        }
        return { single, multi };
    }

    std::unique_ptr<Engine> startEngine(const SandboxHost &host,
        const QString &dbName,
        const InventorySettings &settings,
        const QList<NewJob> &recurring)
    {
        auto registry = std::make_shared<StepRegistry>();
        const Connections connections = Connections::fromSandbox(host.endpoints());
        // Orders stay with the internal warehouse here: this is about the stock arithmetic.
        RoutingRules internalOnly;
        internalOnly.shipBobEnabled = false;
        registerOrderFlow(*registry, connections, 100, internalOnly);
        registerInventoryFlow(*registry, connections, settings);
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(m_dir.filePath(dbName));
        LaneConfig shopify;
        shopify.name = OrderJobs::ShopifyLane;
        shopify.idlePollMs = 20;
        shopify.retryBaseMs = 20;
        shopify.retryCapMs = 200;
        // Some tests inject faults far denser than any real day: room for transient failures.
        shopify.retryLimits.transient = 60;
        shopify.breakerThreshold = 1000;
        LaneConfig odooLane = shopify;
        odooLane.name = OrderJobs::OdooLane;
        LaneConfig shipbob = shopify;
        shipbob.name = InventoryJobs::ShipBobLane;
        config.lanes = { shopify, odooLane, shipbob };
        config.recurring = recurring;
        config.actor = QStringLiteral("ops@example.com");
        auto engine = std::make_unique<Engine>(config, registry);
        QSignalSpy started(engine.get(), &Engine::started);
        engine->start();
        if (!started.wait(10000))
            qFatal("engine did not start");
        return engine;
    }

    // A read-only view of the engine's store.
    struct Store
    {
        QString name;
        std::unique_ptr<JobStore> jobs;
        Store(const QString &path, const QString &connection)
            : name(connection)
        {
            if (Database::open(DatabaseConfig::sqlite(path), connection))
                qFatal("cannot open the store");
            jobs = std::make_unique<JobStore>(connection, Dialect::Sqlite);
        }
        ~Store()
        {
            jobs.reset();
            Database::close(name);
        }
        QJsonObject state(const QString &kind, const QString &key) { return jobs->state(kind, key); }
        qint64 dead() { return jobs->countByState().value(JobState::Dead); }
    };

    // Flow state drops keys set to null: an unknown figure is an absent key.
    static bool unknown(const QJsonValue &v) { return v.isNull() || v.isUndefined(); }

    static int opening(const SandboxHost &host, const QString &sku, int location)
    {
        return host.world().openingStock(host.world().variantIndexBySku(sku), location);
    }

    static InventorySettings fastSettings()
    {
        InventorySettings s = InventorySettings::defaults();
        s.stockPollIntervalMs = 100;
        s.reconcileIntervalMs = 200;
        s.catalogIntervalMs = 60000;
        return s;
    }

private Q_SLOTS:
    void availableQuantity_data()
    {
        QTest::addColumn<double>("free");
        QTest::addColumn<int>("unconfirmed");
        QTest::addColumn<int>("safety");
        QTest::addColumn<int>("expected");
        QTest::newRow("plain") << 10.0 << 0 << 0 << 10;
        QTest::newRow("orders and safety") << 10.0 << 3 << 2 << 5;
        QTest::newRow("exactly zero") << 5.0 << 3 << 2 << 0;
        QTest::newRow("never below zero") << 4.0 << 3 << 2 << 0;
        QTest::newRow("fractional free is whole units") << 2.9 << 0 << 0 << 2;
        QTest::newRow("float noise under a whole unit is that unit") << 2.9999999999 << 0 << 0 << 3;
        QTest::newRow("negative free (overdrawn quants)") << -5.0 << 0 << 0 << 0;
        QTest::newRow("negative inputs are not credits") << 5.0 << -2 << -3 << 5;
        QTest::newRow("not a number") << std::nan("") << 0 << 0 << 0;
        QTest::newRow("capped at Shopify's maximum") << 5e9 << 0 << 0 << 1000000000;
    }

    void availableQuantity()
    {
        QFETCH(double, free);
        QFETCH(int, unconfirmed);
        QFETCH(int, safety);
        QFETCH(int, expected);
        QCOMPARE(StockMath::shopifyAvailable(free, unconfirmed, safety), expected);
    }

    void unconfirmedCountsEachOrderOnce()
    {
        const auto order = [](const QString &id, QJsonArray lines, const QJsonValue &cancelledAt = QJsonValue::Null) {
            return QJsonDocument(
                QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("name"), QStringLiteral("#1") },
                    { QStringLiteral("cancelledAt"), cancelledAt },
                    { QStringLiteral("lineItems"), QJsonObject { { QStringLiteral("nodes"), lines } } } })
                .toJson();
        };
        const auto line = [](const QString &sku, int quantity, std::optional<int> current = std::nullopt) {
            QJsonObject l { { QStringLiteral("sku"), sku }, { QStringLiteral("quantity"), quantity } };
            if (current)
                l.insert(QStringLiteral("currentQuantity"), *current);
            return l;
        };
        const QList<QByteArray> payloads {
            order(QStringLiteral("A"), { line(QStringLiteral("X"), 2) }),
            order(QStringLiteral("A"), { line(QStringLiteral("X"), 2, 1) }), // edited: the newest version counts
            order(QStringLiteral("B"), { line(QStringLiteral("X"), 3), line(QStringLiteral("Y"), 1) }),
            order(QStringLiteral("C"), { line(QStringLiteral("Y"), 4) }, QStringLiteral("2026-11-01T00:00:00Z")),
            order(QStringLiteral("D"), { line(QString(), 7), line(QStringLiteral("Z"), 0) }),
            QByteArray("{not json"),
            QByteArray("[]"),
        };
        const QHash<QString, int> expected { { QStringLiteral("X"), 4 }, { QStringLiteral("Y"), 1 } };
        QCOMPARE(StockMath::unconfirmedBySku(payloads), expected);
        QCOMPARE(StockMath::larger({ { QStringLiteral("X"), 1 }, { QStringLiteral("Y"), 5 } }, expected),
            (QHash<QString, int> { { QStringLiteral("X"), 4 }, { QStringLiteral("Y"), 5 } }));
    }

    void settingsRoundTrip()
    {
        InventorySettings s = InventorySettings::defaults();
        s.safetyStock = 2;
        s.safetyStockBySku.insert(QStringLiteral("QS-MUG-RED"), 5);
        s.reconcileMode = InventorySettings::ReconcileMode::Report;
        s.priceSource = InventorySettings::SystemOfRecord::Shopify;
        QString error;
        const InventorySettings back = InventorySettings::fromJson(s.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(back == s);
        QCOMPARE(back.safetyStockFor(QStringLiteral("QS-MUG-RED")), 5);
        QCOMPARE(back.safetyStockFor(QStringLiteral("QS-OTHER")), 2);

        // Bad values keep the defaults and are named.
        const InventorySettings bad = InventorySettings::fromJson(
            QJsonObject { { QStringLiteral("safetyStock"), -1 },
                { QStringLiteral("reconcileMode"), QStringLiteral("fix") },
                { QStringLiteral("locations"),
                    QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("x") } } } } },
            &error);
        QVERIFY(error.contains(QStringLiteral("safetyStock")));
        QVERIFY(error.contains(QStringLiteral("reconcileMode")));
        QVERIFY(error.contains(QStringLiteral("location")));
        QCOMPARE(bad.safetyStock, 0);
        QVERIFY(bad.locations.isEmpty());
        QCOMPARE(bad.reconcileMode, InventorySettings::ReconcileMode::Correct);
        // The sandbox's world is what the defaults describe.
        SandboxHost host(SandboxOptions {});
        const InventorySettings defaults = InventorySettings::defaults(); // location() points into it
        for (int i = 0; i < host.world().locations().size(); ++i) {
            const WorldLocation &l = host.world().locations().at(i);
            const InventoryLocation *mapped = defaults.location(l.key);
            QVERIFY(mapped);
            QCOMPARE(mapped->odooWarehouse, l.odooWarehouseCode);
            QCOMPARE(mapped->shopifyLocation, l.name);
            QCOMPARE(mapped->shipbobFulfillmentCenterId, l.shipbobFulfillmentCenterId);
        }
    }

    void odooStockReachesShopify_data()
    {
        QTest::addColumn<OdooVersion>("version");
        QTest::newRow("odoo 17 (context 'warehouse')") << OdooVersion::V17;
        QTest::newRow("odoo 18 (context 'warehouse_id')") << OdooVersion::V18;
        QTest::newRow("odoo 19 (JSON-2)") << OdooVersion::V19;
    }

    // Odoo free quantity per warehouse, minus the orders Odoo has not confirmed (here one stuck in the
    // exception queue for an unknown SKU), minus safety stock, reaches Shopify per location.
    void odooStockReachesShopify()
    {
        QFETCH(OdooVersion, version);
        SandboxOptions options;
        options.seed = 11;
        options.odooVersion = version;
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        const auto &variants = host.world().variants();
        const QString x = variants.at(0).sku; // the SKU whose stock changes
        const QString w = variants.at(5).sku; // unknown in Odoo: its order cannot be confirmed
        const QString z = variants.at(9).sku; // untouched in Odoo
        auto client = connectedOdoo(&m_network, host);
        QVERIFY(renameInOdoo(*client, host, w, QStringLiteral("RENAMED-W")));
        OrderInput input;
        input.lines = { { x, 3 }, { w, 1 } };
        input.customerIndex = 0;
        QVERIFY(!host.shopify()->placeOrder(input).isEmpty());

        InventorySettings settings = fastSettings();
        settings.safetyStock = 1;
        settings.safetyStockBySku.insert(x, 2);
        const QString dbName = QStringLiteral("inv%1.sqlite").arg(++m_n);
        auto engine
            = startEngine(host, dbName, settings, { PollOrdersStep::firstPoll(), InventoryJobs::firstStockPoll() });
        QVERIFY(setOdooStock(*client, host, x, QStringLiteral("WH"), 50));
        QCOMPARE(host.odoo()->freeQty(x, QStringLiteral("WH")), 50.0);

        Store store(m_dir.filePath(dbName), QStringLiteral("check%1").arg(m_n));
        QTRY_COMPARE_WITH_TIMEOUT(store.dead(), qint64(1), 20000); // the order with the unknown SKU
        // X: 50 free − 3 unconfirmed − 2 safety at the main warehouse; the same order is held back at Cicero.
        QTRY_COMPARE_WITH_TIMEOUT(host.shopify()->quantity(x, QStringLiteral("main")), 45, 20000);
        const int xCicero = qMax(0, opening(host, x, 1) - 3 - 2);
        QTRY_COMPARE_WITH_TIMEOUT(host.shopify()->quantity(x, QStringLiteral("shipbob-cicero")), xCicero, 20000);
        // Z: only the global safety stock.
        QTRY_COMPARE_WITH_TIMEOUT(
            host.shopify()->quantity(z, QStringLiteral("main")), qMax(0, opening(host, z, 0) - 1), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            host.shopify()->quantity(z, QStringLiteral("shipbob-cicero")), qMax(0, opening(host, z, 1) - 1), 20000);
        // W is unknown to Odoo: Shopify keeps its own figure (the order took one).
        QCOMPARE(host.shopify()->quantity(w, QStringLiteral("main")), opening(host, w, 0) - 1);

        // A later change in Odoo follows.
        QVERIFY(setOdooStock(*client, host, x, QStringLiteral("WH"), 20));
        QTRY_COMPARE_WITH_TIMEOUT(host.shopify()->quantity(x, QStringLiteral("main")), 15, 20000);
        engine->shutdown();
        QCOMPARE(store.dead(), qint64(1));
    }

    // Someone changes the figure in Shopify between the push's read and its write: the compare-and-set
    // fails as stale, the step reads again and sets Odoo's figure within the same attempt.
    void concurrentShopifyChangeIsRefreshedAndRetried()
    {
        SandboxOptions options;
        options.seed = 12;
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        const QString x = host.world().variants().at(2).sku;
        auto client = connectedOdoo(&m_network, host);
        const int target = opening(host, x, 0) + 13;
        QVERIFY(setOdooStock(*client, host, x, QStringLiteral("WH"), target));

        InventorySettings settings = fastSettings();
        settings.locations = { InventorySettings::defaults().locations.at(0) }; // main only
        settings.stockPollIntervalMs = 60000; // one poll and its pushes
        // The first poll reads every storable product; the pushes then call Shopify for the locations, one
        // read per batch of SKUs, and for X's batch the write (stale), the read again and the write.
        const auto storable = odooCall(*client,
            QStringLiteral("product.product"),
            QStringLiteral("search_read"),
            {},
            { { QStringLiteral("domain"),
                  QJsonArray { QJsonArray { QStringLiteral("default_code"), QStringLiteral("!="), false },
                      QJsonArray { QStringLiteral("is_storable"), QStringLiteral("="), true } } },
                { QStringLiteral("fields"), QJsonArray { QStringLiteral("default_code") } } });
        QVERIFY(storable.ok);
        QStringList skus;
        for (const auto &p : storable.value.toArray())
            skus << p.toObject().value(QStringLiteral("default_code")).toString();
        skus.sort();
        // Pushes go in batches of SKUs in SKU order, one read each; X is in batch `batch`.
        const int reads = int((skus.size() + ShopifyStock::kSkusPerQuery - 1) / ShopifyStock::kSkusPerQuery);
        const int batch = int(skus.indexOf(x) / ShopifyStock::kSkusPerQuery);
        QVERIFY(batch >= 0);
        NewJob poll = InventoryJobs::firstStockPoll();
        int graphqlCalls = 0;
        const int variant = host.world().variantIndexBySku(x);
        connect(host.shopify(), &EmulatorServer::requestHandled, this, [&](const QString &endpoint, int) {
            if (endpoint != QLatin1String("graphql"))
                return;
            if (++graphqlCalls == 1 + batch + 1) // X's push has just read it: a person edits it in Shopify
                host.shopify()->store().adjust(variant, 0, "available", 7, host.shopify()->now());
        });
        const QString dbName = QStringLiteral("inv%1.sqlite").arg(++m_n);
        auto engine = startEngine(host, dbName, settings, { poll });
        QTRY_COMPARE_WITH_TIMEOUT(host.shopify()->quantity(x, QStringLiteral("main")), target, 20000);
        Store store(m_dir.filePath(dbName), QStringLiteral("check%1").arg(m_n));
        const auto pushes = [&](const QString &what) {
            QSqlQuery q(store.jobs->db());
            q.exec(QStringLiteral("SELECT %1 FROM jobs WHERE step = 'push_stock' AND state = 'done'").arg(what));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pushes(QStringLiteral("COUNT(*)")), reads, 10000);
        QCOMPARE(pushes(QStringLiteral("MAX(attempts)")), 1); // refreshed within the attempt, not by a retry
        engine->shutdown();
        QCOMPARE(graphqlCalls, 1 + reads + 3);
        QCOMPARE(store.dead(), qint64(0));
    }

    void reconciliationRecordsMismatches_data()
    {
        QTest::addColumn<bool>("correct");
        QTest::newRow("correct mode") << true;
        QTest::newRow("report mode") << false;
    }

    // Drift in Shopify and at ShipBob, and a SKU that only one system knows: each is recorded with the
    // three figures; Correct mode sets Shopify back to Odoo's figure, Report mode leaves it.
    void reconciliationRecordsMismatches()
    {
        QFETCH(bool, correct);
        SandboxOptions options;
        options.seed = 13;
        options.autoProgressShipments = false;
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        const auto &variants = host.world().variants();
        // Pick SKUs stocked in both warehouses, so the figures are non-trivial.
        QStringList stocked;
        for (const auto &v : variants)
            if (opening(host, v.sku, 0) > 10 && opening(host, v.sku, 1) > 10)
                stocked << v.sku;
        QVERIFY(stocked.size() >= 4);
        const QString drift = stocked.at(0); // Shopify shows 5 more at the main warehouse
        const QString counted = stocked.at(1); // ShipBob counted 3 fewer
        const QString renamed = stocked.at(2); // Odoo's internal reference differs
        const QString noSku = stocked.at(3); // the Shopify variant lost its SKU
        const int driftVariant = host.world().variantIndexBySku(drift);
        host.shopify()->store().adjust(driftVariant, 0, "available", 5, host.shopify()->now());
        host.shipbob()->adjustOnHand(counted, -3);
        auto client = connectedOdoo(&m_network, host);
        QVERIFY(renameInOdoo(*client, host, renamed, QStringLiteral("RENAMED-1")));
        host.shopify()->store().variants[size_t(host.world().variantIndexBySku(noSku))].sku.clear();

        InventorySettings settings = fastSettings();
        settings.reconcileMode
            = correct ? InventorySettings::ReconcileMode::Correct : InventorySettings::ReconcileMode::Report;
        const QString dbName = QStringLiteral("inv%1.sqlite").arg(++m_n);
        auto engine = startEngine(host, dbName, settings, { InventoryJobs::firstReconcile() });
        Store store(m_dir.filePath(dbName), QStringLiteral("check%1").arg(m_n));
        const QString driftKey = InventoryJobs::mismatchKey(drift, QStringLiteral("main"));
        QTRY_VERIFY_WITH_TIMEOUT(!store.state(InventoryJobs::MismatchKind, driftKey).isEmpty(), 20000);

        const QJsonObject d = store.state(InventoryJobs::MismatchKind, driftKey);
        QCOMPARE(d.value(QStringLiteral("sku")).toString(), drift);
        QCOMPARE(d.value(QStringLiteral("location")).toString(), QStringLiteral("main"));
        QCOMPARE(d.value(QStringLiteral("shopify")).toInt(), opening(host, drift, 0) + 5);
        QCOMPARE(d.value(QStringLiteral("odoo")).toInt(), opening(host, drift, 0));
        QVERIFY(unknown(d.value(QStringLiteral("threepl")))); // not a ShipBob warehouse
        QCOMPARE(d.value(QStringLiteral("expected")).toInt(), opening(host, drift, 0));
        QVERIFY(!d.value(QStringLiteral("firstSeenAt")).toString().isEmpty());
        QVERIFY(!d.value(QStringLiteral("lastSeenAt")).toString().isEmpty());
        QCOMPARE(d.value(QStringLiteral("resolved")).toBool(), correct);
        QCOMPARE(host.shopify()->quantity(drift, QStringLiteral("main")), opening(host, drift, 0) + (correct ? 0 : 5));

        const QJsonObject c = store.state(
            InventoryJobs::MismatchKind, InventoryJobs::mismatchKey(counted, QStringLiteral("shipbob-cicero")));
        QCOMPARE(c.value(QStringLiteral("threepl")).toInt(), opening(host, counted, 1) - 3);
        QCOMPARE(c.value(QStringLiteral("odooOnHand")).toInt(), opening(host, counted, 1));
        QCOMPARE(c.value(QStringLiteral("shopify")).toInt(), opening(host, counted, 1));
        QCOMPARE(c.value(QStringLiteral("resolved")).toBool(), false); // a count difference needs a person

        const QJsonObject unknownInOdoo
            = store.state(InventoryJobs::MismatchKind, InventoryJobs::mismatchKey(renamed, QStringLiteral("main")));
        QVERIFY(unknown(unknownInOdoo.value(QStringLiteral("odoo"))));
        QVERIFY(unknownInOdoo.value(QStringLiteral("problems"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("Odoo")));
        const QJsonObject unknownInShopify = store.state(InventoryJobs::MismatchKind,
            InventoryJobs::mismatchKey(QStringLiteral("RENAMED-1"), QStringLiteral("main")));
        QVERIFY(unknown(unknownInShopify.value(QStringLiteral("shopify"))));
        QCOMPARE(unknownInShopify.value(QStringLiteral("odoo")).toInt(), opening(host, renamed, 0));
        const QJsonObject lostSku
            = store.state(InventoryJobs::MismatchKind, InventoryJobs::mismatchKey(noSku, QStringLiteral("main")));
        QVERIFY(unknown(lostSku.value(QStringLiteral("shopify"))));
        QVERIFY(
            lostSku.value(QStringLiteral("problems")).toArray().first().toString().contains(QStringLiteral("Shopify")));
        // Nothing else is out of line: exactly these mismatches (two locations for the SKU-level ones).
        const auto all = store.jobs->statesOfKind(InventoryJobs::MismatchKind);
        QStringList keys = all.keys();
        keys.sort();
        QStringList expectedKeys { driftKey,
            InventoryJobs::mismatchKey(counted, QStringLiteral("shipbob-cicero")),
            InventoryJobs::mismatchKey(renamed, QStringLiteral("main")),
            InventoryJobs::mismatchKey(renamed, QStringLiteral("shipbob-cicero")),
            InventoryJobs::mismatchKey(QStringLiteral("RENAMED-1"), QStringLiteral("main")),
            InventoryJobs::mismatchKey(QStringLiteral("RENAMED-1"), QStringLiteral("shipbob-cicero")),
            InventoryJobs::mismatchKey(noSku, QStringLiteral("main")),
            InventoryJobs::mismatchKey(noSku, QStringLiteral("shipbob-cicero")) };
        expectedKeys.sort();
        QCOMPARE(keys, expectedKeys);

        // The console's inventory view shows them with the three numbers side by side.
        InventoryMismatchModel view(store.name);
        QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.refresh());
        QCOMPARE(view.rowCount(), expectedKeys.size());
        QCOMPARE(view.openCount(), expectedKeys.size() - (correct ? 1 : 0));
        int countedRow = -1;
        for (int r = 0; r < view.rowCount(); ++r)
            if (view.index(r, InventoryMismatchModel::SkuColumn).data().toString() == counted
                && view.index(r, InventoryMismatchModel::LocationColumn).data().toString()
                    == QLatin1String("shipbob-cicero"))
                countedRow = r;
        QVERIFY(countedRow >= 0);
        const auto cell = [&](int column) { return view.index(countedRow, column).data(); };
        QCOMPARE(cell(InventoryMismatchModel::ShopifyColumn).toString(), QString::number(opening(host, counted, 1)));
        QCOMPARE(cell(InventoryMismatchModel::OdooOnHandColumn).toString(), QString::number(opening(host, counted, 1)));
        QCOMPARE(
            cell(InventoryMismatchModel::ShipBobColumn).toString(), QString::number(opening(host, counted, 1) - 3));
        QCOMPARE(cell(InventoryMismatchModel::StatusColumn).toString(), QStringLiteral("Open"));
        QVERIFY(cell(InventoryMismatchModel::ProblemColumn).toString().contains(QLatin1String("ShipBob has")));

        if (!correct) {
            // Someone fixes Shopify by hand: the next round marks the mismatch resolved.
            host.shopify()->store().adjust(driftVariant, 0, "available", -5, host.shopify()->now());
            QTRY_VERIFY_WITH_TIMEOUT(
                store.state(InventoryJobs::MismatchKind, driftKey).value(QStringLiteral("resolved")).toBool(), 20000);
            QVERIFY(!store.state(InventoryJobs::MismatchKind, driftKey)
                         .value(QStringLiteral("resolvedAt"))
                         .toString()
                         .isEmpty());
        }
        engine->shutdown();
        QCOMPARE(store.dead(), qint64(0));
    }

    // The acceptance property: whatever the network does, once every order is confirmed in Odoo, Shopify
    // shows Odoo's free quantity less safety stock for every SKU at every location (no oversell).
    void shopifyMatchesOdooAfterOrdersUnderFaults()
    {
        SandboxOptions options;
        options.seed = 15;
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        FaultRule shopify5xx;
        shopify5xx.endpoint = QStringLiteral("graphql");
        shopify5xx.probability = 0.15;
        host.shopify()->faults()->addRule(shopify5xx);
        FaultRule lostAnswer; // Shopify applied the write, the answer never came
        lostAnswer.endpoint = QStringLiteral("graphql");
        lostAnswer.kind = FaultKind::Reset;
        lostAnswer.phase = FaultPhase::After;
        lostAnswer.probability = 0.1;
        host.shopify()->faults()->addRule(lostAnswer);
        FaultRule odoo5xx;
        odoo5xx.endpoint = QStringLiteral("jsonrpc:object.execute_kw:*");
        odoo5xx.probability = 0.1;
        host.odoo()->faults()->addRule(odoo5xx);
        const int orders = 12;
        for (int i = 0; i < orders; ++i)
            QVERIFY(!host.traffic()->placeOne().isEmpty());
        auto client = connectedOdoo(&m_network, host);
        const QString counted = host.world().variants().at(7).sku;
        QVERIFY(setOdooStock(*client, host, counted, QStringLiteral("SBCIC"), 3));

        InventorySettings settings = fastSettings();
        settings.safetyStock = 1;
        const QString dbName = QStringLiteral("inv%1.sqlite").arg(++m_n);
        auto engine
            = startEngine(host, dbName, settings, { PollOrdersStep::firstPoll(), InventoryJobs::firstStockPoll() });
        Store store(m_dir.filePath(dbName), QStringLiteral("check%1").arg(m_n));
        const auto mismatches = [&] {
            QStringList out;
            for (const auto &v : host.world().variants())
                for (const auto &l : host.world().locations()) {
                    const int expected = StockMath::shopifyAvailable(
                        host.odoo()->freeQty(v.sku, l.odooWarehouseCode), 0, settings.safetyStockFor(v.sku));
                    const int shown = host.shopify()->quantity(v.sku, l.key);
                    if (shown != expected)
                        out << QStringLiteral("%1@%2 shows %3, expected %4").arg(v.sku, l.key).arg(shown).arg(expected);
                }
            return out;
        };
        const auto confirmed = [&] {
            return host.odoo()->recordCount(QStringLiteral("sale.order")) >= orders
                && store.jobs->openPayloads(OrderJobs::Flow, OrderJobs::CreateSaleOrderStep).isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(confirmed(), 40000);
        QDeadlineTimer settled(40000);
        while (!mismatches().isEmpty() && !settled.hasExpired())
            QTest::qWait(50);
        QVERIFY2(mismatches().isEmpty(), qPrintable(mismatches().join(QStringLiteral("; "))));
        engine->shutdown();
        QCOMPARE(store.dead(), qint64(0));
        QVERIFY(host.shopify()->faults()->injectedCount(FaultKind::Reset) > 0);
    }

    // The catalog link joins Odoo products and Shopify variants by SKU and names the ones only one knows.
    void catalogLinksBySku()
    {
        SandboxOptions options;
        options.seed = 14;
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        const QString sku = host.world().variants().at(1).sku;
        const QString renamed = host.world().variants().at(4).sku;
        auto client = connectedOdoo(&m_network, host);
        QVERIFY(renameInOdoo(*client, host, renamed, QStringLiteral("RENAMED-2")));
        const QString dbName = QStringLiteral("inv%1.sqlite").arg(++m_n);
        auto engine = startEngine(host, dbName, fastSettings(), { InventoryJobs::firstCatalogSync() });
        Store store(m_dir.filePath(dbName), QStringLiteral("check%1").arg(m_n));
        QTRY_VERIFY_WITH_TIMEOUT(!store.state(InventoryJobs::ProductKind, sku).isEmpty(), 20000);
        const QJsonObject link = store.state(InventoryJobs::ProductKind, sku);
        QCOMPARE(link.value(QStringLiteral("odooProductId")).toInt(), host.odoo()->productIdBySku(sku));
        QCOMPARE(
            link.value(QStringLiteral("shopifyInventoryItemId")).toString(), host.shopify()->inventoryItemGid(sku));
        QVERIFY(link.value(QStringLiteral("shopifyVariantId"))
                    .toString()
                    .startsWith(QStringLiteral("gid://shopify/ProductVariant/")));
        QVERIFY(unknown(link.value(QStringLiteral("missingIn"))));
        QCOMPARE(store.state(InventoryJobs::ProductKind, renamed).value(QStringLiteral("missingIn")).toString(),
            QStringLiteral("odoo"));
        QCOMPARE(store.state(InventoryJobs::ProductKind, QStringLiteral("RENAMED-2"))
                     .value(QStringLiteral("missingIn"))
                     .toString(),
            QStringLiteral("shopify"));
        engine->shutdown();
        QCOMPARE(store.dead(), qint64(0));
    }

    void catalogPlan_data()
    {
        QTest::addColumn<QString>("nameSource");
        QTest::addColumn<QString>("priceSource");
        QTest::addColumn<QList<CatalogPair>>("pairs");
        QTest::addColumn<int>("shopifyUpdates");
        QTest::addColumn<int>("odooWrites");
        QTest::addColumn<QStringList>("conflicted");

        const auto pair = [](const char *sku,
                              int product,
                              int tmpl,
                              const char *name,
                              qint64 odooCents,
                              const char *shopifyProduct,
                              const char *title,
                              qint64 shopifyCents) {
            return CatalogPair { .sku = QLatin1String(sku),
                .odooProductId = product,
                .odooTemplateId = tmpl,
                .odooName = QLatin1String(name),
                .odooPriceCents = odooCents,
                .shopifyProductId = QLatin1String(shopifyProduct),
                .shopifyVariantId = QStringLiteral("gid://shopify/ProductVariant/") + QLatin1String(sku),
                .shopifyTitle = QLatin1String(title),
                .shopifyPriceCents = shopifyCents };
        };
        const QList<CatalogPair> same { pair("A", 1, 1, "Mug", 1000, "P1", "Mug", 1000) };
        QTest::newRow("nothing differs") << "odoo"
                                         << "odoo" << same << 0 << 0 << QStringList();
        const QList<CatalogPair> priced { pair("A", 1, 1, "Mug", 1200, "P1", "Mug", 1000) };
        QTest::newRow("Odoo's price goes to Shopify") << "odoo"
                                                      << "odoo" << priced << 1 << 0 << QStringList();
        QTest::newRow("Shopify's price goes to Odoo") << "odoo"
                                                      << "shopify" << priced << 0 << 1 << QStringList();
        QTest::newRow("neither: only reported") << "none"
                                                << "none" << priced << 0 << 0 << QStringList();
        const QList<CatalogPair> sizes { pair("S", 1, 7, "Tee", 1000, "P1", "Tee", 1100),
            pair("M", 2, 7, "Tee", 1200, "P1", "Tee", 1300) };
        QTest::newRow("variants moved by the same amount") << "odoo"
                                                           << "shopify" << sizes << 0 << 2 << QStringList();
        const QList<CatalogPair> uneven { pair("S", 1, 7, "Tee", 1000, "P1", "Tee", 1100),
            pair("M", 2, 7, "Tee", 1200, "P1", "Tee", 1200) };
        QTest::newRow("variants moved apart: Odoo cannot hold it")
            << "odoo"
            << "shopify" << uneven << 0 << 0 << QStringList { QStringLiteral("S"), QStringLiteral("M") };
        const QList<CatalogPair> twoNames { pair("S", 1, 7, "Tee", 1000, "P1", "Shirt", 1000),
            pair("M", 2, 8, "Tee XL", 1000, "P1", "Shirt", 1000) };
        QTest::newRow("one Shopify product, two Odoo names")
            << "odoo"
            << "odoo" << twoNames << 0 << 0 << QStringList { QStringLiteral("S"), QStringLiteral("M") };
        QTest::newRow("Shopify's title renames both Odoo products") << "shopify"
                                                                    << "odoo" << twoNames << 0 << 2 << QStringList();
    }

    void catalogPlan()
    {
        QFETCH(QString, nameSource);
        QFETCH(QString, priceSource);
        QFETCH(QList<CatalogPair>, pairs);
        QFETCH(int, shopifyUpdates);
        QFETCH(int, odooWrites);
        QFETCH(QStringList, conflicted);
        QString error;
        const InventorySettings settings = InventorySettings::fromJson(
            { { QStringLiteral("nameSource"), nameSource }, { QStringLiteral("priceSource"), priceSource } }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CatalogPlan plan = CatalogPlan::make(pairs, settings);
        QCOMPARE(plan.shopify.size(), shopifyUpdates);
        QCOMPARE(plan.odoo.size(), odooWrites);
        QStringList got = plan.conflicts.keys();
        got.sort();
        conflicted.sort();
        QCOMPARE(got, conflicted);
        // The payloads carry the plan unchanged through the job queue.
        const auto shopifyBack
            = CatalogPlan::shopifyUpdatesFrom(CatalogPlan::shopifyPayloads(plan.shopify, 50).value(0));
        QCOMPARE(shopifyBack.size(), plan.shopify.size());
        for (qsizetype i = 0; i < shopifyBack.size(); ++i) {
            QCOMPARE(shopifyBack.at(i).title, plan.shopify.at(i).title);
            QCOMPARE(shopifyBack.at(i).variantPrices, plan.shopify.at(i).variantPrices);
        }
        const auto odooBack = CatalogPlan::odooWritesFrom(CatalogPlan::odooPayloads(plan.odoo, 50).value(0));
        QCOMPARE(odooBack.size(), plan.odoo.size());
        for (qsizetype i = 0; i < odooBack.size(); ++i)
            QCOMPARE(odooBack.at(i).values, plan.odoo.at(i).values);
    }

    // Odoo is the system of record (the default): its new price and name reach Shopify, and a price edited
    // in Shopify's admin is set back.
    void catalogWritesOdoosValuesToShopify()
    {
        SandboxOptions options;
        options.seed = 15;
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        const auto [single, multi] = singleAndMultiVariant(host.world());
        QVERIFY(single.size() >= 3 && multi.size() >= 2);
        const QString repriced = single.at(0), renamed = single.at(1), editedInShopify = single.at(2);
        auto client = connectedOdoo(&m_network, host);
        QVERIFY(editInOdoo(*client, host, repriced, { { QStringLiteral("lst_price"), 123.45 } }));
        QVERIFY(editInOdoo(*client, host, renamed, { { QStringLiteral("name"), QStringLiteral("Harbour Lamp") } }));
        // The name of a variant is its template's: every variant of the product is renamed.
        QVERIFY(editInOdoo(*client, host, multi.at(0), { { QStringLiteral("name"), QStringLiteral("Quay Tee") } }));
        QCOMPARE(odooProduct(*client, host, multi.at(1)).value(QStringLiteral("name")).toString(),
            QStringLiteral("Quay Tee"));
        const qint64 odooCents = std::llround(
            odooProduct(*client, host, editedInShopify).value(QStringLiteral("lst_price")).toDouble() * 100);
        shopifyVariant(host, editedInShopify).priceCents = odooCents + 500;

        const QString dbName = QStringLiteral("inv%1.sqlite").arg(++m_n);
        auto engine = startEngine(host, dbName, fastSettings(), { InventoryJobs::firstCatalogSync() });
        Store store(m_dir.filePath(dbName), QStringLiteral("check%1").arg(m_n));
        QTRY_COMPARE_WITH_TIMEOUT(shopifyVariant(host, repriced).priceCents, qint64(12345), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shopifyTitle(host, renamed), QStringLiteral("Harbour Lamp"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shopifyTitle(host, multi.at(0)), QStringLiteral("Quay Tee"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shopifyVariant(host, editedInShopify).priceCents, odooCents, 20000);
        // Odoo was only read.
        QCOMPARE(odooProduct(*client, host, editedInShopify).value(QStringLiteral("lst_price")).toDouble() * 100,
            double(odooCents));
        QTRY_VERIFY_WITH_TIMEOUT(
            store.state(InventoryJobs::ProductKind, repriced).contains(QStringLiteral("writtenToShopifyAt")), 20000);
        const QJsonObject link = store.state(InventoryJobs::ProductKind, repriced);
        QCOMPARE(link.value(QStringLiteral("pendingInShopify")).toArray(), QJsonArray());
        QVERIFY(link.value(QStringLiteral("drift")).toArray().first().toString().startsWith(QStringLiteral("price")));
        engine->shutdown();
        QCOMPARE(store.dead(), qint64(0));
    }

    // Shopify holds the prices, nobody holds the names: a Shopify price reaches Odoo, a price Odoo cannot
    // express is a conflict, and a name that differs is only reported.
    void catalogWritesShopifysPricesToOdoo()
    {
        SandboxOptions options;
        options.seed = 16;
        SandboxHost host(options);
        QVERIFY(host.start(nullptr));
        const auto [single, multi] = singleAndMultiVariant(host.world());
        QVERIFY(single.size() >= 2 && multi.size() >= 2);
        auto client = connectedOdoo(&m_network, host);
        shopifyVariant(host, single.at(0)).priceCents = 4711;
        QVERIFY(editInOdoo(*client, host, single.at(1), { { QStringLiteral("name"), QStringLiteral("Odoo's name") } }));
        // One variant only moves in Shopify: Odoo's template price plus extras cannot follow.
        const double multiOdooPrice
            = odooProduct(*client, host, multi.at(0)).value(QStringLiteral("lst_price")).toDouble();
        shopifyVariant(host, multi.at(0)).priceCents += 700;

        InventorySettings settings = fastSettings();
        settings.priceSource = InventorySettings::SystemOfRecord::Shopify;
        settings.nameSource = InventorySettings::SystemOfRecord::None;
        const QString dbName = QStringLiteral("inv%1.sqlite").arg(++m_n);
        auto engine = startEngine(host, dbName, settings, { InventoryJobs::firstCatalogSync() });
        Store store(m_dir.filePath(dbName), QStringLiteral("check%1").arg(m_n));
        QTRY_COMPARE_WITH_TIMEOUT(
            odooProduct(*client, host, single.at(0)).value(QStringLiteral("lst_price")).toDouble(), 47.11, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            store.state(InventoryJobs::ProductKind, single.at(0)).contains(QStringLiteral("writtenToOdooAt")), 20000);
        const QJsonObject conflict = store.state(InventoryJobs::ProductKind, multi.at(0));
        QCOMPARE(conflict.value(QStringLiteral("conflicts")).toArray().size(), 1);
        QCOMPARE(odooProduct(*client, host, multi.at(0)).value(QStringLiteral("lst_price")).toDouble(), multiOdooPrice);
        const QJsonObject named = store.state(InventoryJobs::ProductKind, single.at(1));
        QVERIFY(named.value(QStringLiteral("drift")).toArray().contains(QStringLiteral("name differs")));
        QCOMPARE(named.value(QStringLiteral("pendingInShopify")).toArray(), QJsonArray());
        QCOMPARE(named.value(QStringLiteral("pendingInOdoo")).toArray(), QJsonArray());
        QVERIFY(shopifyTitle(host, single.at(1)) != QStringLiteral("Odoo's name"));
        engine->shutdown();
        QCOMPARE(store.dead(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestInventoryFlow)
#include "tst_inventoryflow.moc"
