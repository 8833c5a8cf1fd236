#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/store/database.h"
#include "sandbox/common/faultinjector.h"
#include "sandbox/common/world.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "tests/day/headlessworker.h"
#include "tests/support/teststore.h"

using namespace Quayside;
using namespace Quayside::Sandbox;

// A scripted business day against the sandbox, with the product's own binary (`quayside --headless
// --config`) as the worker: generated orders, transient faults on every system, two 30-second outages
// (Odoo, then ShipBob), optionally SIGKILLs of the worker at seeded moments. At the end every system must
// hold the right state, and the exception queue only the orders broken on purpose. The operator's
// resolves and replays go through a console attached to the workers' store (`quayside --attach`). In team
// mode three workers share a PostgreSQL store and one of them is killed for good mid-run: the end state
// must be the same.
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
    std::vector<std::unique_ptr<Testing::HeadlessWorker>> m_workers;
    QList<PlacedOrder> m_orders;
    bool m_missingFixed = false;

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

    // Odoo records whose `field` starts with `prefix`, keyed by the rest, with their states.
    QHash<QString, QStringList> odooByPrefix(const char *model, const char *field, const QString &prefix) const
    {
        OdooDatabase &db = m_host->odoo()->database();
        QHash<QString, QStringList> out;
        for (int id : db.search(model, Json::array(), Json::object())) {
            const Json value = db.stored(model, id, field);
            if (!value.is_string())
                continue;
            const QString text = QString::fromStdString(value.get<std::string>());
            const qsizetype at = text.indexOf(prefix);
            if (at >= 0)
                out[text.mid(at + prefix.size()).trimmed()]
                    << QString::fromStdString(db.stored(model, id, "state").get<std::string>());
        }
        return out;
    }

    // The end state the day must reach, in all three systems; `why` names the first thing that is not
    // there yet.
    bool shippedAtShipBob(const QString &gid) const
    {
        const auto order = m_host->shipbob()->orderByReference(gid.section(QLatin1Char('/'), -1));
        if (!order)
            return false;
        for (int id : order->shipmentIds)
            if (const auto shipment = m_host->shipbob()->shipment(id); shipment && shipment->labeledMs > 0)
                return true;
        return false;
    }

    bool settled(QString *why, QSet<QString> *cancelledAfterShipping) const
    {
        const auto inOdoo = odooOrders();
        const auto creditNotes = odooByPrefix("account.move", "ref", QStringLiteral("Shopify refund "));
        const auto returnPickings = odooByPrefix("stock.picking", "origin", QStringLiteral("Shopify return "));
        const ShopifyStore &store = m_host->shopify()->store();
        for (const PlacedOrder &o : m_orders) {
            const StoreOrder &order
                = store.orders[size_t(store.orderIndexById(o.gid.section(QLatin1Char('/'), -1).toLongLong()))];
            const QStringList states = inOdoo.value(o.gid);
            const QString name = QString::fromStdString(order.name);
            if (states.size() > 1) {
                *why = QStringLiteral("%1 has %2 Odoo orders").arg(name).arg(states.size());
                return false;
            }
            if (o.broken) {
                if (!states.isEmpty()) {
                    *why = QStringLiteral("%1 (unknown SKU) reached Odoo").arg(name);
                    return false;
                }
                continue;
            }
            if (order.cancelledAtMs) {
                // Cancelled after ShipBob had shipped it: the goods are gone, so Odoo keeps the sale and the
                // operator is asked (an exception naming the order); otherwise it is cancelled everywhere.
                if (shippedAtShipBob(o.gid)) {
                    cancelledAfterShipping->insert(o.gid);
                    continue;
                }
                if (!states.isEmpty() && states.first() != QLatin1String("cancel")) {
                    *why = QStringLiteral("%1 is cancelled in Shopify, %2 in Odoo").arg(name, states.first());
                    return false;
                }
                continue;
            }
            if (states != QStringList { QStringLiteral("sale") }) {
                *why = QStringLiteral("%1 is not confirmed in Odoo (%2)").arg(name, states.join(QLatin1Char(',')));
                return false;
            }
            int unfulfilled = 0;
            for (const auto &fo : order.fulfillmentOrders)
                for (const auto &l : fo.lines)
                    unfulfilled += l.remaining;
            if (unfulfilled > 0) {
                *why = QStringLiteral("%1 has %2 unfulfilled items in Shopify").arg(name).arg(unfulfilled);
                return false;
            }
            for (const StoreRefund &r : order.refunds) {
                const QString gid = QStringLiteral("gid://shopify/Refund/%1").arg(r.id);
                if (creditNotes.value(gid).size() != 1) {
                    *why = QStringLiteral("%1: refund %2 has %3 credit notes")
                               .arg(name, gid)
                               .arg(creditNotes.value(gid).size());
                    return false;
                }
            }
            for (const StoreReturn &r : order.returns) {
                const QString gid = QStringLiteral("gid://shopify/Return/%1").arg(r.id);
                if (r.status != "OPEN" && r.status != "CLOSED")
                    continue;
                QStringList live = returnPickings.value(gid);
                live.removeAll(QStringLiteral("cancel"));
                if (live.size() != 1) {
                    *why = QStringLiteral("%1: return %2 has %3 Odoo return pickings").arg(name, gid).arg(live.size());
                    return false;
                }
            }
        }
        // Stock: Shopify's available figure is Odoo's free quantity in the mapped warehouse, less what orders
        // not yet in Odoo hold back (the broken ones waiting in the exception queue), at every location.
        QHash<QString, int> heldBack;
        for (const PlacedOrder &o : m_orders) {
            if (!o.broken)
                continue;
            const StoreOrder &order
                = store.orders[size_t(store.orderIndexById(o.gid.section(QLatin1Char('/'), -1).toLongLong()))];
            if (order.cancelledAtMs)
                continue;
            for (const OrderLine &l : order.lines)
                heldBack[QString::fromStdString(l.sku)] += l.quantity - l.refundedQuantity;
        }
        for (const auto &[locationName, warehouse] :
            { std::pair { "Main Street Warehouse", "WH" }, std::pair { "ShipBob Cicero (IL)", "SBCIC" } }) {
            int location = -1;
            for (size_t l = 0; l < store.locations.size(); ++l)
                if (store.locations[l].name == locationName)
                    location = int(l);
            for (size_t v = 0; v < store.variants.size(); ++v) {
                const QString sku = QString::fromStdString(store.variants[v].sku);
                if (location < 0 || !store.inventory[v][size_t(location)])
                    continue;
                if (sku == m_host->missingSku() && !m_missingFixed)
                    continue; // Odoo does not know it yet: nothing to push (reconciliation reports it)
                const int shopify = store.quantity(int(v), location, "available");
                const int odoo = std::max(0,
                    int(std::floor(m_host->odoo()->freeQty(sku, QLatin1String(warehouse)) + 1e-6))
                        - heldBack.value(sku));
                if (shopify != odoo) {
                    *why = QStringLiteral("%1 at %2: Shopify %3, Odoo %4")
                               .arg(sku, QLatin1String(locationName))
                               .arg(shopify)
                               .arg(odoo);
                    return false;
                }
            }
        }
        return true;
    }

    // Waits until `done` holds, asking every two seconds: the emulators share this thread and a full check
    // of three systems is not free.
    template <typename Done>
    static bool waitFor(Done done, int timeoutMs, const QString *why)
    {
        QElapsedTimer t;
        t.start();
        for (int round = 1; !done(); ++round) {
            if (t.elapsed() > timeoutMs)
                return false;
            if (round % 15 == 0)
                qInfo("Still waiting after %lld s: %s", t.elapsed() / 1000, qPrintable(*why));
            QTest::qWait(2000);
        }
        return true;
    }

    // The merchant refunds one item of a recent order: restocked (it leaves the fulfilment) while unshipped,
    // as Shopify's admin does by default, kept as a write-off once shipped.
    bool refundOne(SeededRandom &random)
    {
        ShopifyStore &store = m_host->shopify()->store();
        QList<int> candidates;
        for (qsizetype k = std::max<qsizetype>(0, m_orders.size() - 50); k < m_orders.size(); ++k) {
            const int i = store.orderIndexById(m_orders.at(k).gid.section(QLatin1Char('/'), -1).toLongLong());
            const StoreOrder &order = store.orders[size_t(i)];
            if (!order.cancelledAtMs && order.refunds.empty() && !order.lines.empty()
                && order.lines.front().quantity > order.lines.front().refundedQuantity)
                candidates << i;
        }
        if (candidates.isEmpty())
            return false;
        ShopifyStore::RefundRequest request;
        request.order = candidates.at(random.bounded(0, int(candidates.size())));
        request.note = "Damaged in transit";
        RefundLine line;
        line.line = 0;
        line.quantity = 1;
        line.restockType = store.orders[size_t(request.order)].fulfillments.empty() ? "CANCEL" : "NO_RESTOCK";
        request.lines.push_back(line);
        return std::holds_alternative<int>(store.createRefund(request, m_host->shopify()->now()));
    }

    // A shopper sends one item of a delivered order back; the merchant books the return (OPEN).
    bool returnOne(SeededRandom &random)
    {
        ShopifyStore &store = m_host->shopify()->store();
        QList<int> candidates;
        for (const PlacedOrder &o : std::as_const(m_orders)) {
            const int i = store.orderIndexById(o.gid.section(QLatin1Char('/'), -1).toLongLong());
            const StoreOrder &order = store.orders[size_t(i)];
            if (!o.broken && !order.cancelledAtMs && order.returns.empty() && !order.fulfillments.empty()
                && !order.fulfillments.front().lines.empty())
                candidates << i;
        }
        if (candidates.isEmpty())
            return false;
        ShopifyStore::ReturnRequest request;
        request.order = candidates.at(random.bounded(0, int(candidates.size())));
        ReturnLine line;
        line.fulfillmentLineItemId = store.orders[size_t(request.order)].fulfillments.front().lines.front().id;
        line.quantity = 1;
        line.note = "Wrong size";
        request.lines.push_back(line);
        request.requested = false;
        return std::holds_alternative<int>(store.createReturn(request, m_host->shopify()->now()));
    }

    // The console an operator works in: the product's engine on the workers' store with no lanes of its
    // own, as `quayside --attach` runs it; what it does reaches the workers through the store.
    static std::unique_ptr<Engine> attachConsole(const DatabaseConfig &database)
    {
        EngineConfig config;
        config.database = database;
        config.actor = QStringLiteral("ops@example.com");
        config.role = Role::Operator;
        auto console = std::make_unique<Engine>(config, std::make_shared<StepRegistry>());
        QSignalSpy started(console.get(), &Engine::started);
        console->start();
        if (!started.wait(30000))
            return nullptr;
        return console;
    }

    // An operator action on the console, and how many jobs it changed (-1: refused or failed).
    template <typename Action>
    static int onConsole(Engine *console, Action action)
    {
        QSignalSpy finished(console, &Engine::operatorActionFinished);
        action();
        if (!finished.wait(30000) || !finished.first().at(2).toString().isEmpty())
            return -1;
        return finished.first().at(1).toInt();
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
        QTest::addColumn<int>("workers");
        QTest::newRow("no crash") << 0 << 1;
        QTest::newRow("worker killed three times") << 3 << 1;
        // Team mode: the store on PostgreSQL; the killed worker stays dead and the other two carry on.
        QTest::newRow("three workers on PostgreSQL, one killed") << 1 << 3;
    }

    void aDayOfTrading()
    {
        QFETCH(int, kills);
        QFETCH(int, workers);
        std::optional<DatabaseConfig> database;
        if (workers > 1) {
            QString why;
            database = TestStore::freshPostgres(QStringLiteral("scriptedday"), &why);
            if (!database)
                QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: ") + why));
        }
        SandboxOptions options;
        options.seed = 2026;
        options.productMissingInOdoo = true;
        m_host = std::make_unique<SandboxHost>(options);
        QString error;
        QVERIFY2(m_host->start(&error), qPrintable(error));
        // A Plus shop (1,000 points/s): this is about correctness under faults, not the bucket (see bench/).
        m_host->shopify()->setPlan(ShopifyEmulator::Plan::Plus);
        m_host->shipbob()->setAutoProgress(true, 100, 600.0); // labels within seconds, not half an hour
        const QString dataDir = m_dir.filePath(QStringLiteral("day-%1-%2").arg(kills).arg(workers));
        if (!database)
            database = DatabaseConfig::sqlite(dataDir + QStringLiteral("-0/quayside.sqlite"));
        const auto every = [](const char *d) { return QJsonObject { { QStringLiteral("every"), QLatin1String(d) } }; };
        m_workers.clear();
        for (int w = 0; w < workers; ++w) {
            auto worker = std::make_unique<Testing::HeadlessWorker>(m_host.get(),
                dataDir + QStringLiteral("-%1").arg(w),
                m_dir.filePath(QStringLiteral("day-%1-%2-%3.json").arg(kills).arg(workers).arg(w)));
            // The end-of-day reconciliation is compressed: it corrects what the real-time push cannot see
            // (Shopify-side changes such as restocks on cancellation).
            QVERIFY2(worker->writeConfig(QJsonObject { { QStringLiteral("orders"), every("5s") },
                                             { QStringLiteral("shipments"), every("1s") },
                                             { QStringLiteral("inventory"), every("2s") },
                                             { QStringLiteral("reconciliation"), every("20s") } },
                         &error,
                         {}),
                qPrintable(error));
            if (database->dialect != Dialect::Sqlite)
                worker->setDatabase(database->url());
            m_workers.push_back(std::move(worker));
        }
        m_orders.clear();
        m_missingFixed = false;
        injectTransientFaults();
        for (const auto &worker : m_workers)
            QVERIFY(worker->start());

        // The script: 500 orders in bursts of 20 over half a minute, with cancellations, refunds and returns
        // among them; the Odoo outage early, the ShipBob one after it. Orders use SKUs ShipBob has plenty of,
        // so every good order can ship.
        // Every row trades the same day; the kills come from a generator of their own.
        SeededRandom random(7);
        SeededRandom killRandom(quint64(1000 + kills));
        const World &world = m_host->world();
        const QString missing = m_host->missingSku();
        int shipbobLocation = -1;
        for (int l = 0; l < world.locations().size(); ++l)
            if (world.locations().at(l).shipbobFulfillmentCenterId != 0)
                shipbobLocation = l;
        QHash<QString, int> left; // units we may still order of each SKU
        for (int v = 0; v < world.variants().size(); ++v)
            if (world.variants().at(v).sku != missing && world.openingStock(v, shipbobLocation) >= 40)
                left.insert(world.variants().at(v).sku, world.openingStock(v, shipbobLocation) / 2);
        QVERIFY2(left.size() >= 10, "the seeded world has too few SKUs stocked at ShipBob");
        QStringList skus = left.keys();
        skus.sort();
        QList<qint64> killAt;
        for (int i = 0; i < kills; ++i)
            killAt << 2000 + killRandom.bounded(0, 50'000);
        std::sort(killAt.begin(), killAt.end());
        QElapsedTimer clock;
        clock.start();
        bool odooOutage = false;
        bool shipbobOutage = false;
        int splits = 0;
        const int total = 500;
        // Returns need shipped orders, so the day goes on until a few came back (or four minutes passed).
        int returns = 0;
        int refunds = 0;
        const auto returnsDone = [&] { return returns >= 5 || clock.elapsed() > 240'000; };
        while (m_orders.size() < total || !killAt.isEmpty() || !shipbobOutage || !returnsDone()) {
            if (m_orders.size() < total && clock.elapsed() >= m_orders.size() * 60) {
                for (int i = 0; i < 20 && m_orders.size() < total; ++i) {
                    OrderInput input;
                    const bool broken = m_orders.size() % 50 == 17; // ten orders carry the unknown SKU
                    const int lines = random.bounded(1, 3);
                    for (int l = 0; l < lines; ++l) {
                        const QString sku = skus.at(random.bounded(0, int(skus.size())));
                        if (left.value(sku) > 0
                            && std::none_of(input.lines.cbegin(), input.lines.cend(), [&](const OrderLineInput &x) {
                                   return x.sku == sku;
                               })) {
                            input.lines.append({ sku, 1 });
                            --left[sku];
                        }
                    }
                    if (broken)
                        input.lines.append({ missing, 1 });
                    if (input.lines.isEmpty())
                        continue;
                    input.customerIndex = random.bounded(0, int(world.customers().size()));
                    const QString gid = m_host->shopify()->placeOrder(input, &error);
                    QVERIFY2(!gid.isEmpty(), qPrintable(error));
                    m_orders << PlacedOrder { gid, broken };
                }
                // After-sales, as shoppers do: now and then a cancellation, a refund, a return.
                if (random.chance(0.5))
                    m_host->traffic()->cancelOne();
                if (random.chance(0.5))
                    refunds += refundOne(random) ? 1 : 0;
            }
            if (clock.elapsed() > 20'000 && random.chance(0.05))
                returns += returnOne(random) ? 1 : 0;
            // Split shipments: ShipBob ships one line of some multi-line orders later (ten of them).
            for (qsizetype k = m_orders.size() - 1; k >= 0 && splits < 10 && k >= m_orders.size() - 100; --k) {
                const auto order
                    = m_host->shipbob()->orderByReference(m_orders.at(k).gid.section(QLatin1Char('/'), -1));
                if (!order || order->shipmentIds.size() != 1)
                    continue;
                const auto shipment = m_host->shipbob()->shipment(order->shipmentIds.first());
                if (shipment && shipment->labeledMs == 0 && shipment->lines.size() >= 2
                    && m_host->shipbob()->splitShipment(
                           shipment->id, { { shipment->lines.last().sku, shipment->lines.last().quantity } })
                        > 0)
                    ++splits;
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
                QVERIFY(m_workers.front()->kill());
                if (workers == 1)
                    QVERIFY(m_workers.front()->start());
            }
            QTest::qWait(20);
            for (const auto &worker : m_workers)
                worker->log(); // keeps the pipe drained
        }
        qInfo("Script done after %.0f s: %d orders, %d split shipments, %d cancellations, %d refunds, %d returns",
            double(clock.elapsed()) / 1000.0,
            int(m_orders.size()),
            splits,
            m_host->traffic()->cancellations(),
            refunds,
            returns);

        // The day settles: every good order confirmed once in Odoo, the broken ones in the exception queue.
        QVERIFY(!Database::open(*database, QStringLiteral("day-check")));
        const std::unique_ptr<Engine> console = attachConsole(*database);
        QVERIFY(console);
        {
            JobStore store(QStringLiteral("day-check"), database->dialect);
            QString why;
            QSet<QString> afterShipping;
            // The broken orders wait in the exception queue, except those cancelled before the worker got to
            // them (nothing to write to Odoo then); a cancellation after the failure leaves the exception.
            const ShopifyStore &shop = m_host->shopify()->store();
            QSet<QString> broken;
            QSet<QString> brokenLive;
            for (const PlacedOrder &o : std::as_const(m_orders)) {
                if (!o.broken)
                    continue;
                broken << o.gid;
                if (!shop.orders[size_t(shop.orderIndexById(o.gid.section(QLatin1Char('/'), -1).toLongLong()))]
                         .cancelledAtMs)
                    brokenLive << o.gid;
            }
            QVERIFY2(waitFor(
                         [&] {
                             afterShipping.clear();
                             return settled(&why, &afterShipping)
                                 && deadJobs(store).size() >= brokenLive.size() + afterShipping.size();
                         },
                         900'000,
                         &why),
                qPrintable(why));
            qInfo("Settled after %.0f s", double(clock.elapsed()) / 1000.0);
            const QList<JobRecord> allDead = deadJobs(store);
            QList<JobRecord> dead; // the unknown-SKU ones
            QList<qint64> cancelledLate;
            QSet<QString> deadOrders;
            for (const JobRecord &job : allDead) {
                QVERIFY2(job.errorMessage.startsWith(QLatin1String("Order #")), qPrintable(job.errorMessage));
                QVERIFY(job.errorClass == ErrorClass::Business);
                if (job.errorMessage.contains(QLatin1String("was cancelled in Shopify after ShipBob shipped it"))) {
                    cancelledLate << job.id;
                    continue;
                }
                QVERIFY2(
                    job.errorMessage.contains(QStringLiteral("unknown SKU ") + missing), qPrintable(job.errorMessage));
                const QString gid = job.partitionKey.mid(job.partitionKey.indexOf(QLatin1Char(':')) + 1);
                QVERIFY2(broken.contains(gid), qPrintable(job.partitionKey));
                deadOrders << gid;
                dead << job;
            }
            QCOMPARE(int(dead.size()), int(deadOrders.size())); // one exception per order
            QVERIFY(deadOrders.contains(brokenLive));
            QCOMPARE(int(cancelledLate.size()), int(afterShipping.size()));
            // The operator arranges those returns with the customers and marks them handled.
            if (!cancelledLate.isEmpty())
                QCOMPARE(
                    onConsole(console.get(),
                        [&] { console->resolve(cancelledLate, QStringLiteral("return arranged with the customer")); }),
                    int(cancelledLate.size()));
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
            QCOMPARE(onConsole(console.get(), [&] { console->replay(ids); }), int(ids.size()));
            for (PlacedOrder &o : m_orders)
                o.broken = false;
            m_missingFixed = true;
            QVERIFY2(waitFor([&] { return settled(&why, &afterShipping) && deadJobs(store).isEmpty(); }, 240'000, &why),
                qPrintable(why));
            qInfo("Replayed orders settled after %.0f s", double(clock.elapsed()) / 1000.0);
        }
        {
            // Orders came in by webhook too, and the repeated deliveries were dropped by their id.
            QSqlQuery q(Database::connection(QStringLiteral("day-check")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM inbound_events WHERE topic = 'webhook'")) && q.next());
            QVERIFY(q.value(0).toLongLong() > 0);
            QVERIFY(m_host->shopify()->faults()->injectedCount(FaultKind::DuplicateWebhook) > 0);
            QVERIFY(m_host->shopify()->faults()->injectedCount(FaultKind::OutOfOrderWebhook) > 0);
        }
        QVERIFY(console->shutdown());
        Database::close(QStringLiteral("day-check"));
        // The killed worker of team mode stays dead; the others stop cleanly.
        for (size_t w = (workers > 1 && kills > 0) ? 1 : 0; w < m_workers.size(); ++w)
            QVERIFY(m_workers.at(w)->terminate());
        QVERIFY(m_host->odoo()->faults()->injectedCount(FaultKind::Outage) > 0);
        QVERIFY(m_host->shipbob()->faults()->injectedCount(FaultKind::Outage) > 0);
        QVERIFY(splits > 0);
        // The script did what it says: the refunds and returns are the script's own (refundOne, returnOne).
        QVERIFY(m_host->traffic()->cancellations() > 0);
        QVERIFY(refunds > 0);
        QVERIFY(returns > 0);
        QVERIFY(m_host->odoo()->faults()->injectedCount(FaultKind::Reset) > 0);
        QVERIFY(m_host->shopify()->faults()->injectedCount(FaultKind::ServerError) > 0);
        m_host.reset();
    }
};

QTEST_GUILESS_MAIN(TestScriptedDay)
#include "tst_scriptedday.moc"
