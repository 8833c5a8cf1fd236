#include "core/connectors/odoo/odooclient.h"
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/orderflow.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/returns/aftersalesjobs.h"
#include "core/flows/returns/cancelsaleorderstep.h"
#include "core/flows/returns/creditrefundstep.h"
#include "core/flows/returns/invoicesaleorderstep.h"
#include "core/flows/returns/returnpickingstep.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "tests/flows/flowtestsupport.h"

using namespace Quayside;
using namespace Quayside::Sandbox;

Q_DECLARE_METATYPE(Quayside::Sandbox::OdooVersion)

namespace {

// FULFIL's ShipBob steps are not on this branch: minimal stand-ins, registered only here. cancel_at_3pl
// finds no ShipBob order and hands over to cancel_sale_order, as its contract says; create_3pl_return
// records what it was asked to do.
class CancelAt3plStandIn final : public StepHandler
{
public:
    void run(const JobRecord &job, StepCallback done) override
    {
        const QJsonObject p = QJsonDocument::fromJson(job.payload).object();
        done(StepResult::done({ AfterSalesJobs::orderJob(AfterSalesJobs::CancelSaleOrderStep,
            OrderJobs::OdooLane,
            p.value(QStringLiteral("orderGid")).toString(),
            p.value(QStringLiteral("name")).toString(),
            {}) }));
    }
};

struct Recorder
{
    QMutex mutex;
    QList<QJsonObject> payloads;
};

class Create3plReturnStandIn final : public StepHandler
{
public:
    explicit Create3plReturnStandIn(std::shared_ptr<Recorder> recorder)
        : m_recorder(std::move(recorder))
    { }
    void run(const JobRecord &job, StepCallback done) override
    {
        QMutexLocker lock(&m_recorder->mutex);
        m_recorder->payloads << QJsonDocument::fromJson(job.payload).object();
        done(StepResult::done());
    }

private:
    std::shared_ptr<Recorder> m_recorder;
};

} // namespace

// Cancellations, invoices, refunds and returns of Shopify orders, end to end over the sandbox on
// 127.0.0.1: the real engine and clients, the emulators' state checked at the end.
class TestReturnsFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_n = 0;
    qint64 m_clockOffset = 0;
    std::shared_ptr<Recorder> m_recorder;

    struct Fixture
    {
        std::unique_ptr<SandboxHost> host;
        std::unique_ptr<Engine> engine;
        std::unique_ptr<Connectors::OdooClient> odoo;
        std::unique_ptr<JobStore> store;
        QString connection;
        OdooVersion version = OdooVersion::V18;
    };

    Fixture start(OdooVersion version = OdooVersion::V18)
    {
        Fixture f;
        f.version = version;
        SandboxOptions options;
        options.seed = 11;
        options.odooVersion = version;
        f.host = std::make_unique<SandboxHost>(options);
        if (!f.host->start(nullptr))
            qFatal("sandbox did not start");
        // Shopify's updatedAt has whole seconds: the test moves the shop's clock on before each change, so
        // every change is a new order version (as it is when people, not a test, make the changes).
        m_clockOffset = 0;
        f.host->shopify()->setClock([this] { return QDateTime::currentMSecsSinceEpoch() + m_clockOffset; });
        f.odoo
            = std::make_unique<Connectors::OdooClient>(&m_network, Connections::fromSandbox(f.host->endpoints()).odoo);
        std::optional<bool> ok;
        f.odoo->connectToServer([&](Connectors::OdooResult r) { ok = r.ok; });
        QDeadlineTimer deadline(15000);
        while (!ok && !deadline.hasExpired())
            QTest::qWait(5);
        return f;
    }

    void startEngine(Fixture &f)
    {
        auto registry = std::make_shared<StepRegistry>();
        // Deliveries are validated by the test itself here, so orders stay with the internal warehouse.
        RoutingRules internalOnly;
        internalOnly.shipBobEnabled = false;
        registerOrderFlow(*registry, Connections::fromSandbox(f.host->endpoints()), 100, internalOnly);
        registry->add(OrderJobs::Flow, AfterSalesJobs::CancelAt3plStep, [](const StepEnvironment &) {
            return std::make_unique<CancelAt3plStandIn>();
        });
        m_recorder = std::make_shared<Recorder>();
        registry->add(
            OrderJobs::Flow, AfterSalesJobs::Create3plReturnStep, [recorder = m_recorder](const StepEnvironment &) {
                return std::make_unique<Create3plReturnStandIn>(recorder);
            });
        const QString dbName = QStringLiteral("returns%1.sqlite").arg(++m_n);
        EngineConfig config;
        config.database = DatabaseConfig::sqlite(m_dir.filePath(dbName));
        LaneConfig lane;
        lane.idlePollMs = 20;
        lane.retryBaseMs = 20;
        lane.retryCapMs = 200;
        // Faults in the busy-day test are far denser than any real day: room for transient failures.
        lane.retryLimits.transient = 60;
        lane.breakerThreshold = 1000;
        for (const QString &name : { OrderJobs::ShopifyLane, OrderJobs::OdooLane, AfterSalesJobs::ShipbobLane }) {
            lane.name = name;
            config.lanes << lane;
        }
        config.recurring = orderFlowRecurringJobs();
        config.actor = QStringLiteral("ops@example.com");
        f.engine = std::make_unique<Engine>(config, registry);
        QSignalSpy started(f.engine.get(), &Engine::started);
        f.engine->start();
        if (!started.wait(10000))
            qFatal("engine did not start");
        f.connection = QStringLiteral("check%1").arg(m_n);
        if (Database::open(config.database, f.connection))
            qFatal("cannot open the store");
        f.store = std::make_unique<JobStore>(f.connection, Dialect::Sqlite);
    }

    void stop(Fixture &f)
    {
        f.engine->shutdown();
        f.store.reset();
        Database::close(f.connection);
    }

    void nextSecond() { m_clockOffset += 2000; }

    static int answersLost(Fixture &f) { return f.host->odoo()->faults()->injectedCount(FaultKind::Reset); }

    // Odoo does the work, then the connection drops before the answer: the step must not do it twice.
    static void loseAnswerOnce(Fixture &f, const QString &model, const QString &method)
    {
        FaultRule rule;
        // The emulator's endpoint names: JSON-RPC (17, 18) and JSON-2 (19).
        rule.endpoint = f.version == OdooVersion::V19
            ? QStringLiteral("json2:%1/%2").arg(model, method)
            : QStringLiteral("jsonrpc:object.execute_kw:%1.%2").arg(model, method);
        rule.kind = FaultKind::Reset;
        rule.phase = FaultPhase::After;
        rule.remaining = 1;
        f.host->odoo()->faults()->addRule(rule);
    }

    QJsonValue odoo(
        Fixture &f, const QString &model, const QString &method, const QJsonArray &ids, const QJsonObject &kwargs)
    {
        // The checking client crosses the same injected faults as the product: it asks until Odoo answers
        // (the checks are reads; the few writes a test makes are idempotent).
        std::optional<Connectors::OdooResult> result;
        for (int attempt = 0; attempt < 50 && !(result && result->ok); ++attempt) {
            result.reset();
            f.odoo->call(model, method, ids, kwargs, [&](Connectors::OdooResult r) { result = r; });
            QDeadlineTimer deadline(15000);
            while (!result && !deadline.hasExpired())
                QTest::qWait(5);
        }
        if (!result || !result->ok)
            qFatal("Odoo check failed: %s.%s: %s",
                qPrintable(model),
                qPrintable(method),
                result ? qPrintable(result->message) : "timeout");
        return result->value;
    }

    QJsonArray find(Fixture &f, const QString &model, const QList<QJsonArray> &terms, const QJsonArray &fields)
    {
        QJsonArray domain;
        for (const auto &t : terms)
            domain.append(t);
        return odoo(f,
            model,
            QStringLiteral("search_read"),
            {},
            { { QStringLiteral("domain"), domain }, { QStringLiteral("fields"), fields } })
            .toArray();
    }

    static QJsonArray is(const QString &field, const QJsonValue &value)
    {
        return QJsonArray { field, QStringLiteral("="), value };
    }

    // Every Odoo sale order made from the Shopify order (cancelled ones too).
    QJsonArray saleOrders(Fixture &f, const QString &gid)
    {
        return find(f,
            QStringLiteral("sale.order"),
            { is(QStringLiteral("origin"), CreateSaleOrderStep::originFor(gid)) },
            { QStringLiteral("id"),
                QStringLiteral("name"),
                QStringLiteral("state"),
                QStringLiteral("amount_untaxed"),
                QStringLiteral("amount_tax"),
                QStringLiteral("amount_total") });
    }

    QString state(Fixture &f, const QString &gid)
    {
        const QJsonArray orders = saleOrders(f, gid);
        return orders.size() == 1 ? orders.first().toObject().value(QStringLiteral("state")).toString()
                                  : QStringLiteral("%1 orders").arg(orders.size());
    }

    QJsonArray moves(Fixture &f, const QString &type, const QString &origin, const QString &state = {})
    {
        QList<QJsonArray> domain { is(QStringLiteral("move_type"), type),
            is(QStringLiteral("invoice_origin"), origin) };
        if (!state.isEmpty())
            domain.append(is(QStringLiteral("state"), state));
        return find(f,
            QStringLiteral("account.move"),
            domain,
            { QStringLiteral("state"), QStringLiteral("ref"), QStringLiteral("amount_total") });
    }

    qint64 jobCount(Fixture &f, const QString &step, const QString &state = {})
    {
        QSqlQuery q(f.store->db());
        // An empty step counts every step.
        q.prepare(state.isEmpty()
                ? QStringLiteral("SELECT COUNT(*) FROM jobs WHERE (step = ? OR ? = '')")
                : QStringLiteral("SELECT COUNT(*) FROM jobs WHERE (step = ? OR ? = '') AND state = ?"));
        q.addBindValue(step);
        q.addBindValue(step);
        if (!state.isEmpty())
            q.addBindValue(state);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString deadMessages(Fixture &f) { return FlowTestSupport::deadMessages(f.store->db()); }

    // Variants with plenty of stock in the main warehouse, so deliveries validate in full.
    QList<QString> stockedSkus(const SandboxHost &host, int count)
    {
        QList<QString> skus;
        for (int v = 0; v < host.world().variants().size() && skus.size() < count; ++v)
            if (host.world().openingStock(v, 0) >= 20)
                skus << host.world().variants().at(v).sku;
        return skus;
    }

    QString place(Fixture &f, const OrderInput &input)
    {
        QString error;
        const QString gid = f.host->shopify()->placeOrder(input, &error);
        if (gid.isEmpty())
            qFatal("placeOrder: %s", qPrintable(error));
        return gid;
    }

    int orderIndex(Fixture &f, const QString &gid)
    {
        return f.host->shopify()->store().orderIndexById(gid.section(QLatin1Char('/'), -1).toLongLong());
    }

    // The warehouse ships the order: Odoo's delivery validated, then the fulfilment in Shopify (what the
    // FULFIL helper's steps do; done by hand here).
    void ship(Fixture &f, const QString &gid)
    {
        const QString soName = saleOrders(f, gid).first().toObject().value(QStringLiteral("name")).toString();
        const QJsonArray pickings = find(f,
            QStringLiteral("stock.picking"),
            { QJsonArray { QStringLiteral("origin"), QStringLiteral("like"), soName } },
            { QStringLiteral("state") });
        for (const auto &p : pickings)
            odoo(f,
                QStringLiteral("stock.picking"),
                QStringLiteral("button_validate"),
                { p.toObject().value(QStringLiteral("id")) },
                { { QStringLiteral("context"), QJsonObject { { QStringLiteral("skip_sms"), true } } } });
        nextSecond();
        ShopifyStore &store = f.host->shopify()->store();
        const auto &order = store.orders[size_t(orderIndex(f, gid))];
        ShopifyStore::FulfillRequest request;
        request.fulfillmentOrderId = order.fulfillmentOrders.front().id;
        const auto result = store.createFulfillment(
            { request }, "UPS", "1Z999", "https://ups.example/1Z999", f.host->shopify()->now());
        if (!std::holds_alternative<std::pair<int, int>>(result))
            qFatal("fulfilment failed");
    }

    // Odoo reserved the whole order, so its delivery validates in full.
    bool readyToShip(Fixture &f, const QString &gid)
    {
        const QString soName = saleOrders(f, gid).first().toObject().value(QStringLiteral("name")).toString();
        const QJsonArray pickings = find(f,
            QStringLiteral("stock.picking"),
            { QJsonArray { QStringLiteral("origin"), QStringLiteral("like"), soName } },
            { QStringLiteral("state") });
        QJsonArray ids;
        for (const auto &p : pickings)
            ids.append(p.toObject().value(QStringLiteral("id")));
        const QJsonArray moves = find(f,
            QStringLiteral("stock.move"),
            { QJsonArray { QStringLiteral("picking_id"), QStringLiteral("in"), ids } },
            { QStringLiteral("quantity"), QStringLiteral("product_uom_qty") });
        return !moves.isEmpty() && std::all_of(moves.cbegin(), moves.cend(), [](const QJsonValue &m) {
            return m.toObject().value(QStringLiteral("quantity")).toDouble()
                >= m.toObject().value(QStringLiteral("product_uom_qty")).toDouble();
        });
    }

    // A placed, confirmed (and, when `shipped`, delivered and invoiced) order of two lines: 2 + 1 units.
    QString confirmedOrder(Fixture &f, bool shipped, QStringList *skus = nullptr)
    {
        const QList<QString> stocked = stockedSkus(*f.host, 2);
        OrderInput input;
        input.lines = { { stocked.at(0), 2 }, { stocked.at(1), 1 } };
        input.customerIndex = 0;
        const QString gid = place(f, input);
        if (skus)
            *skus = stocked;
        if (!QTest::qWaitFor([&] { return state(f, gid) == QLatin1String("sale"); }, 30000))
            qFatal("the order was not confirmed in Odoo: %s", qPrintable(deadMessages(f)));
        if (!shipped)
            return gid;
        ship(f, gid);
        const QString soName = saleOrders(f, gid).first().toObject().value(QStringLiteral("name")).toString();
        if (!QTest::qWaitFor(
                [&] { return moves(f, QStringLiteral("out_invoice"), soName, QStringLiteral("posted")).size() == 1; },
                30000))
            qFatal("the order was not invoiced: %s", qPrintable(deadMessages(f)));
        return gid;
    }

    // Runs one step directly, outside the engine (as a retry after a crash would), with no flow state.
    template <typename Step>
    StepResult runDirectly(Fixture &f, const QString &stepName, const QJsonObject &payload)
    {
        Connectors::OdooClient client(&m_network, Connections::fromSandbox(f.host->endpoints()).odoo);
        Step step(&client, [](const QString &, const QString &) { return QJsonObject(); });
        JobRecord job;
        job.flow = OrderJobs::Flow;
        job.step = stepName;
        job.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        std::optional<StepResult> result;
        step.run(job, [&](StepResult r) { result = r; });
        QDeadlineTimer deadline(15000);
        while (!result && !deadline.hasExpired())
            QTest::qWait(5);
        return result.value_or(StepResult::failure(ErrorClass::Transient, QStringLiteral("timeout")));
    }

    QJsonObject jobPayload(Fixture &f, const QString &step)
    {
        QSqlQuery q(f.store->db());
        q.prepare(QStringLiteral("SELECT payload FROM jobs WHERE step = ? ORDER BY id LIMIT 1"));
        q.addBindValue(step);
        return q.exec() && q.next() ? QJsonDocument::fromJson(q.value(0).toByteArray()).object() : QJsonObject();
    }

private Q_SLOTS:
    void cancellationCancelsOnce_data()
    {
        QTest::addColumn<OdooVersion>("version");
        QTest::addRow("odoo 17") << OdooVersion::V17;
        QTest::addRow("odoo 18") << OdooVersion::V18;
        QTest::addRow("odoo 19") << OdooVersion::V19;
    }

    void cancellationCancelsOnce()
    {
        QFETCH(OdooVersion, version);
        Fixture f = start(version);
        startEngine(f);
        const QString gid = confirmedOrder(f, false);
        loseAnswerOnce(f, QStringLiteral("sale.order"), QStringLiteral("action_cancel"));
        nextSecond();
        ShopifyStore &shop = f.host->shopify()->store();
        QVERIFY(shop.cancelOrder(orderIndex(f, gid), "CUSTOMER", true, false, f.host->shopify()->now()).empty());
        QTRY_COMPARE_WITH_TIMEOUT(state(f, gid), QStringLiteral("cancel"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.store->state(AfterSalesJobs::StateKind, gid).value(AfterSalesJobs::CancelledField).toBool(), 30000);
        // Repeated: the order changes again in Shopify (a new version), and the cancel job runs twice.
        nextSecond();
        shop.orders[size_t(orderIndex(f, gid))].tags = "after-cancel";
        shop.orders[size_t(orderIndex(f, gid))].updatedAtMs = f.host->shopify()->now();
        f.engine->enqueue({ AfterSalesJobs::orderJob(AfterSalesJobs::CancelSaleOrderStep,
            OrderJobs::OdooLane,
            gid,
            QString::fromStdString(shop.orders[size_t(orderIndex(f, gid))].name),
            {}) });
        // Three versions (placed, cancelled, tagged); the last two create nothing.
        QTRY_COMPARE_WITH_TIMEOUT(
            jobCount(f, OrderJobs::CreateSaleOrderStep, QStringLiteral("done")), qint64(3), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            jobCount(f, AfterSalesJobs::CancelSaleOrderStep, QStringLiteral("done")), qint64(2), 30000);
        QCOMPARE(jobCount(f, AfterSalesJobs::CancelAt3plStep), qint64(1)); // one cancellation, detected once
        QCOMPARE(jobPayload(f, AfterSalesJobs::CancelAt3plStep).keys(),
            QStringList({ QStringLiteral("name"), QStringLiteral("orderGid") }));
        QCOMPARE(saleOrders(f, gid).size(), 1); // never re-created, never a second copy
        QCOMPARE(state(f, gid), QStringLiteral("cancel"));
        QCOMPARE(deadMessages(f), QString());
        QCOMPARE(answersLost(f), 1);
        stop(f);
    }

    void orderCancelledBeforeIntakeIsNeverCreated()
    {
        Fixture f = start();
        const QList<QString> skus = stockedSkus(*f.host, 1);
        OrderInput input;
        input.lines = { { skus.at(0), 1 } };
        const QString gid = place(f, input);
        nextSecond();
        QVERIFY(f.host->shopify()
                    ->store()
                    .cancelOrder(orderIndex(f, gid), "CUSTOMER", true, true, f.host->shopify()->now())
                    .empty());
        startEngine(f);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.store->state(AfterSalesJobs::StateKind, gid).value(AfterSalesJobs::CancelledField).toBool(), 30000);
        // Its refund (cancel with refund) has nothing to credit either.
        QTRY_COMPARE_WITH_TIMEOUT(
            f.store->state(AfterSalesJobs::StateKind, gid).value(AfterSalesJobs::RefundsField).toArray().size(),
            1,
            30000);
        QCOMPARE(jobCount(f, OrderJobs::CreateSaleOrderStep, QStringLiteral("done")), qint64(1));
        QCOMPARE(saleOrders(f, gid).size(), 0);
        QCOMPARE(deadMessages(f), QString());
        stop(f);
    }

    void paidOrderGetsOneInvoice()
    {
        Fixture f = start();
        loseAnswerOnce(f, QStringLiteral("sale.advance.payment.inv"), QStringLiteral("create_invoices"));
        loseAnswerOnce(f, QStringLiteral("account.move"), QStringLiteral("action_post"));
        startEngine(f);
        const QString gid = confirmedOrder(f, true); // waits for exactly one posted invoice
        const QJsonObject so = saleOrders(f, gid).first().toObject();
        const QString soName = so.value(QStringLiteral("name")).toString();
        // More versions of the paid order, and the step run again outside the engine: still one invoice.
        for (int i = 0; i < 2; ++i) {
            const qint64 before = jobCount(f, AfterSalesJobs::InvoiceStep, QStringLiteral("done"));
            nextSecond();
            ShopifyStore &shop = f.host->shopify()->store();
            shop.orders[size_t(orderIndex(f, gid))].updatedAtMs = f.host->shopify()->now();
            QTRY_VERIFY_WITH_TIMEOUT(jobCount(f, AfterSalesJobs::InvoiceStep, QStringLiteral("done")) > before, 30000);
        }
        const StepResult again = runDirectly<InvoiceSaleOrderStep>(f,
            AfterSalesJobs::InvoiceStep,
            { { QStringLiteral("orderGid"), gid }, { QStringLiteral("name"), QStringLiteral("#again") } });
        QVERIFY2(again.ok, qPrintable(again.message));
        const QJsonArray invoices = moves(f, QStringLiteral("out_invoice"), soName);
        QCOMPARE(invoices.size(), 1);
        QCOMPARE(invoices.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("posted"));
        // What the customer paid in Shopify, tax included: Odoo's taxes are Shopify's rates.
        QCOMPARE(invoices.first().toObject().value(QStringLiteral("amount_total")).toDouble(),
            double(f.host->shopify()->store().orders[size_t(orderIndex(f, gid))].totalCents()) / 100.0);
        QCOMPARE(deadMessages(f), QString());
        QCOMPARE(answersLost(f), 2);
        stop(f);
    }

    void refundBecomesOneCreditNote_data()
    {
        QTest::addColumn<bool>("invoiced");
        QTest::addColumn<int>("firstLineUnits"); // refunded units of the 2-unit line
        QTest::addColumn<int>("secondLineUnits"); // refunded units of the 1-unit line
        QTest::addColumn<bool>("full"); // the credit note equals the invoice
        QTest::addColumn<OdooVersion>("version");
        QTest::addRow("full refund of an invoiced order") << true << 2 << 1 << true << OdooVersion::V18;
        QTest::addRow("partial refund of an invoiced order") << true << 1 << 0 << false << OdooVersion::V18;
        QTest::addRow("partial refund before the invoice") << false << 1 << 0 << false << OdooVersion::V18;
        QTest::addRow("partial refund of an invoiced order, odoo 17") << true << 1 << 0 << false << OdooVersion::V17;
        QTest::addRow("full refund of an invoiced order, odoo 19") << true << 2 << 1 << true << OdooVersion::V19;
    }

    void refundBecomesOneCreditNote()
    {
        QFETCH(bool, invoiced);
        QFETCH(int, firstLineUnits);
        QFETCH(int, secondLineUnits);
        QFETCH(bool, full);
        QFETCH(OdooVersion, version);
        Fixture f = start(version);
        startEngine(f);
        QStringList skus;
        const QString gid = confirmedOrder(f, invoiced, &skus);
        loseAnswerOnce(f, QStringLiteral("account.move.reversal"), QStringLiteral("refund_moves"));
        loseAnswerOnce(f, QStringLiteral("account.move"), QStringLiteral("create"));
        loseAnswerOnce(f, QStringLiteral("account.move"), QStringLiteral("action_post"));
        const QJsonObject so = saleOrders(f, gid).first().toObject();
        const QString soName = so.value(QStringLiteral("name")).toString();
        nextSecond();
        ShopifyStore &shop = f.host->shopify()->store();
        ShopifyStore::RefundRequest request;
        request.order = orderIndex(f, gid);
        request.note = "Damaged";
        for (const auto &[line, units] : { std::pair { 0, firstLineUnits }, std::pair { 1, secondLineUnits } })
            if (units > 0) {
                RefundLine refundLine;
                refundLine.line = line;
                refundLine.quantity = units;
                refundLine.restockType = "NO_RESTOCK";
                request.lines.push_back(refundLine);
            }
        const auto refund = shop.createRefund(request, f.host->shopify()->now());
        QVERIFY(std::holds_alternative<int>(refund));
        const StoreOrder &order = shop.orders[size_t(request.order)];
        const QString refundGid
            = QStringLiteral("gid://shopify/Refund/%1").arg(order.refunds[size_t(std::get<int>(refund))].id);
        QTRY_VERIFY_WITH_TIMEOUT(f.store->state(AfterSalesJobs::StateKind, gid)
                                     .value(AfterSalesJobs::RefundsField)
                                     .toArray()
                                     .contains(refundGid),
            30000);
        // The step again, with no flow state to stop it: it finds the credit note by the refund's gid.
        const QJsonObject payload = jobPayload(f, AfterSalesJobs::CreditNoteStep);
        QCOMPARE(payload.value(QStringLiteral("refundGid")).toString(), refundGid);
        const StepResult again = runDirectly<CreditRefundStep>(f, AfterSalesJobs::CreditNoteStep, payload);
        QVERIFY2(again.ok, qPrintable(again.message));
        f.engine->enqueue({ AfterSalesJobs::orderJob(
            AfterSalesJobs::CreditNoteStep, OrderJobs::OdooLane, gid, QString::fromStdString(order.name), payload) });
        QTRY_COMPARE_WITH_TIMEOUT(
            jobCount(f, AfterSalesJobs::CreditNoteStep, QStringLiteral("done")), qint64(2), 30000);

        const QJsonArray notes = moves(f, QStringLiteral("out_refund"), soName);
        QCOMPARE(notes.size(), 1);
        const QJsonObject note = notes.first().toObject();
        QCOMPARE(note.value(QStringLiteral("state")).toString(), QStringLiteral("posted"));
        QVERIFY(note.value(QStringLiteral("ref")).toString().endsWith(refundGid));
        // What was refunded, at the prices Odoo knows (Shopify's), with the line's tax (Shopify's rate).
        double expected = 0;
        for (const auto &l : request.lines) {
            const auto &line = order.lines[size_t(l.line)];
            expected += std::round(double(line.unitCents) * l.quantity * (1.0 + line.taxRate)) / 100.0;
        }
        QCOMPARE(note.value(QStringLiteral("amount_total")).toDouble(), expected);
        if (invoiced) {
            const QJsonObject invoice = moves(f, QStringLiteral("out_invoice"), soName).first().toObject();
            QCOMPARE(note.value(QStringLiteral("amount_total")).toDouble()
                    == invoice.value(QStringLiteral("amount_total")).toDouble(),
                full);
            QVERIFY(note.value(QStringLiteral("ref")).toString().startsWith(QStringLiteral("Reversal of: INV/")));
        }
        QCOMPARE(deadMessages(f), QString());
        QCOMPARE(answersLost(f), 2);
        stop(f);
    }

    void returnBecomesReturnPicking_data()
    {
        QTest::addColumn<OdooVersion>("version");
        QTest::addColumn<QString>("wizardMethod");
        QTest::addRow("odoo 17") << OdooVersion::V17 << QStringLiteral("create_returns");
        QTest::addRow("odoo 18") << OdooVersion::V18 << QStringLiteral("action_create_returns");
        QTest::addRow("odoo 19") << OdooVersion::V19 << QStringLiteral("action_create_returns");
    }

    void returnBecomesReturnPicking()
    {
        QFETCH(OdooVersion, version);
        QFETCH(QString, wizardMethod);
        Fixture f = start(version);
        startEngine(f);
        QStringList skus;
        const QString gid = confirmedOrder(f, true, &skus);
        // FULFIL's routing decided ShipBob (written by hand here): the 3PL return follows.
        loseAnswerOnce(f, QStringLiteral("stock.return.picking"), wizardMethod);
        QVERIFY(!f.store->mergeState({ AfterSalesJobs::StateKind,
            gid,
            QJsonObject { { QStringLiteral("route"), QStringLiteral("shipbob") } } }));
        nextSecond();
        ShopifyStore &shop = f.host->shopify()->store();
        const int index = orderIndex(f, gid);
        ShopifyStore::ReturnRequest request;
        request.order = index;
        request.requested = false; // returnCreate: approved at once (OPEN)
        for (const auto &line : shop.orders[size_t(index)].fulfillments.front().lines)
            if (line.line == 0) {
                ReturnLine returnLine;
                returnLine.fulfillmentLineItemId = line.id;
                returnLine.quantity = 2;
                returnLine.note = "Wrong size";
                request.lines.push_back(returnLine);
            }
        const auto created = shop.createReturn(request, f.host->shopify()->now());
        QVERIFY(std::holds_alternative<int>(created));
        const QString returnGid = QStringLiteral("gid://shopify/Return/%1")
                                      .arg(shop.orders[size_t(index)].returns[size_t(std::get<int>(created))].id);
        QTRY_VERIFY_WITH_TIMEOUT(f.store->state(AfterSalesJobs::StateKind, gid)
                                     .value(AfterSalesJobs::ReturnsField)
                                     .toArray()
                                     .contains(returnGid),
            30000);
        // And once more, outside the engine: found by its origin, not made twice.
        const StepResult again = runDirectly<ReturnPickingStep>(
            f, AfterSalesJobs::ReturnPickingStep, jobPayload(f, AfterSalesJobs::ReturnPickingStep));
        QVERIFY2(again.ok, qPrintable(again.message));
        const QJsonArray returns = find(f,
            QStringLiteral("stock.picking"),
            { is(QStringLiteral("origin"), ReturnPickingStep::originFor(returnGid)) },
            { QStringLiteral("state"), QStringLiteral("picking_type_code"), QStringLiteral("move_ids") });
        QCOMPARE(returns.size(), 1);
        QCOMPARE(returns.first().toObject().value(QStringLiteral("picking_type_code")).toString(),
            QStringLiteral("incoming"));
        const QJsonArray returnMoves = odoo(f,
            QStringLiteral("stock.move"),
            QStringLiteral("read"),
            returns.first().toObject().value(QStringLiteral("move_ids")).toArray(),
            { { QStringLiteral("fields"),
                QJsonArray { QStringLiteral("product_id"), QStringLiteral("product_uom_qty") } } })
                                           .toArray();
        QCOMPARE(returnMoves.size(), 1);
        QCOMPARE(returnMoves.first().toObject().value(QStringLiteral("product_uom_qty")).toDouble(), 2.0);
        QVERIFY(returnMoves.first()
                    .toObject()
                    .value(QStringLiteral("product_id"))
                    .toArray()
                    .at(1)
                    .toString()
                    .contains(skus.at(0)));
        QTRY_COMPARE_WITH_TIMEOUT(
            jobCount(f, AfterSalesJobs::Create3plReturnStep, QStringLiteral("done")), qint64(1), 30000);
        {
            QMutexLocker lock(&m_recorder->mutex);
            QCOMPARE(m_recorder->payloads.size(), 1);
            const QJsonObject p = m_recorder->payloads.first();
            QCOMPARE(p.value(QStringLiteral("orderGid")).toString(), gid);
            QCOMPARE(p.value(QStringLiteral("returnGid")).toString(), returnGid);
            QCOMPARE(p.value(QStringLiteral("lines")).toArray(),
                QJsonArray(
                    { QJsonObject { { QStringLiteral("sku"), skus.at(0) }, { QStringLiteral("quantity"), 2 } } }));
        }
        QCOMPARE(deadMessages(f), QString());
        QCOMPARE(answersLost(f), 1);
        stop(f);
    }

    // Shoppers cancel, refund and return while Odoo fails one call in ten and loses one answer in five on
    // the after-sales writes: every cancellation, refund and return still lands exactly once.
    void busyDayWithFaults()
    {
        Fixture f = start();
        FaultRule errors;
        errors.endpoint = QStringLiteral("jsonrpc:object.execute_kw:*");
        errors.kind = FaultKind::ServerError;
        errors.probability = 0.1;
        f.host->odoo()->faults()->addRule(errors);
        for (const char *writes : { "account.move*", "sale.advance.payment.inv*", "stock.return.picking*" }) {
            FaultRule lost;
            lost.endpoint = QStringLiteral("jsonrpc:object.execute_kw:") + QLatin1String(writes);
            lost.kind = FaultKind::Reset;
            lost.phase = FaultPhase::After;
            lost.probability = 0.2;
            f.host->odoo()->faults()->addRule(lost);
        }
        startEngine(f);
        ShopifyStore &shop = f.host->shopify()->store();
        const int placed = 16;
        for (int i = 0; i < placed; ++i)
            QVERIFY(!f.host->traffic()->placeOne().isEmpty());
        QStringList usd; // orders Odoo can book (the others wait in the exception queue: another currency)
        for (const auto &o : shop.orders)
            if (o.currency == "USD")
                usd << QStringLiteral("gid://shopify/Order/%1").arg(o.id);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(
                usd.cbegin(), usd.cend(), [&](const QString &gid) { return state(f, gid) == QLatin1String("sale"); }),
            60000);
        const auto booked = [&](const StoreOrder &o) { return o.currency == "USD"; };
        nextSecond();
        for (int i = 0; i < 3; ++i)
            f.host->traffic()->cancelOne();
        for (int i = 0; i < 3; ++i)
            f.host->traffic()->refundOne();
        // The warehouse ships three orders that are still open; shoppers return lines of two of them.
        int shipped = 0;
        for (const auto &o : shop.orders) {
            const QString gid = QStringLiteral("gid://shopify/Order/%1").arg(o.id);
            if (booked(o) && !o.cancelledAtMs && o.fulfillments.empty() && shipped < 3 && readyToShip(f, gid)) {
                ship(f, gid);
                ++shipped;
            }
        }
        QCOMPARE(shipped, 3);
        nextSecond();
        f.host->traffic()->returnOne();
        f.host->traffic()->returnOne();

        // What should be true in Odoo, per order.
        const auto settled = [&] {
            for (const auto &o : shop.orders) {
                if (!booked(o))
                    continue;
                const QString gid = QStringLiteral("gid://shopify/Order/%1").arg(o.id);
                const QJsonObject flow = f.store->state(AfterSalesJobs::StateKind, gid);
                if (o.cancelledAtMs.has_value() != flow.value(AfterSalesJobs::CancelledField).toBool())
                    return false;
                if (int(flow.value(AfterSalesJobs::RefundsField).toArray().size()) != int(o.refunds.size()))
                    return false;
                if (int(flow.value(AfterSalesJobs::ReturnsField).toArray().size()) != int(o.returns.size()))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(deadMessages(f)), 60000);
        for (const auto &o : shop.orders) {
            if (!booked(o))
                continue;
            const QString gid = QStringLiteral("gid://shopify/Order/%1").arg(o.id);
            const QJsonArray orders = saleOrders(f, gid);
            QCOMPARE(orders.size(), 1);
            QCOMPARE(orders.first().toObject().value(QStringLiteral("state")).toString(),
                o.cancelledAtMs ? QStringLiteral("cancel") : QStringLiteral("sale"));
            const QString soName = orders.first().toObject().value(QStringLiteral("name")).toString();
            // One credit note per refund (a cancelled order never invoiced has none to credit).
            const QJsonArray notes = moves(f, QStringLiteral("out_refund"), soName);
            QCOMPARE(notes.size(), o.cancelledAtMs ? 0 : int(o.refunds.size()));
            for (const auto &n : notes)
                QCOMPARE(n.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("posted"));
            QCOMPARE(moves(f, QStringLiteral("out_invoice"), soName).size(), o.fulfillments.empty() ? 0 : 1);
            for (const auto &r : o.returns)
                QCOMPARE(find(f,
                             QStringLiteral("stock.picking"),
                             { is(QStringLiteral("origin"),
                                   ReturnPickingStep::originFor(QStringLiteral("gid://shopify/Return/%1").arg(r.id))),
                                 is(QStringLiteral("state"), QStringLiteral("assigned")) },
                             { QStringLiteral("id") })
                             .size(),
                    1);
        }
        // The exception queue holds exactly the orders in another currency.
        QCOMPARE(jobCount(f, OrderJobs::CreateSaleOrderStep, QStringLiteral("dead")), qint64(placed - usd.size()));
        QCOMPARE(jobCount(f, QString(), QStringLiteral("dead")), qint64(placed - usd.size()));
        QVERIFY(answersLost(f) > 0);
        stop(f);
    }

    // A shop whose prices include tax (EU/UK style): its taxes match Odoo taxes "included in price", and
    // the invoice is Shopify's total to the cent. Until Odoo has such a tax the order waits in the
    // exception queue, named; the accountant creates it, the operator replays.
    void taxInclusiveShopUsesIncludedTaxes()
    {
        Fixture f = start();
        f.host->shopify()->store().taxesIncluded = true;
        startEngine(f);
        const QList<QString> skus = stockedSkus(*f.host, 2);
        OrderInput input;
        input.lines = { { skus.at(0), 2, 2499, 0 }, { skus.at(1), 1, 1000, 0 } };
        input.customerIndex = 1;
        const QString gid = place(f, input);
        const StoreOrder &order = f.host->shopify()->store().orders[size_t(orderIndex(f, gid))];
        QVERIFY(order.taxesIncluded && order.lines.at(0).taxRate > 0);
        QCOMPARE(order.totalCents(), qint64(2 * 2499 + 1000)); // the tax is inside the prices
        QTRY_VERIFY_WITH_TIMEOUT(!deadMessages(f).isEmpty(), 30000);
        QVERIFY2(deadMessages(f).contains(QStringLiteral("included in price")), qPrintable(deadMessages(f)));
        QVERIFY2(deadMessages(f).contains(QString::fromStdString(order.name)), qPrintable(deadMessages(f)));
        QCOMPARE(saleOrders(f, gid).size(), 0);

        odoo(f,
            QStringLiteral("account.tax"),
            QStringLiteral("create"),
            {},
            { { QStringLiteral("vals_list"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Sales tax (incl.)") },
                    { QStringLiteral("amount_type"), QStringLiteral("percent") },
                    { QStringLiteral("amount"), order.lines.at(0).taxRate * 100.0 },
                    { QStringLiteral("type_tax_use"), QStringLiteral("sale") },
                    { QStringLiteral("price_include"), true } } } } });
        QSqlQuery q(f.store->db());
        QList<qint64> dead;
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM jobs WHERE state = 'dead'")));
        while (q.next())
            dead << q.value(0).toLongLong();
        f.engine->replay(dead);
        QTRY_VERIFY2_WITH_TIMEOUT(state(f, gid) == QLatin1String("sale"), qPrintable(deadMessages(f)), 30000);
        const QJsonObject so = saleOrders(f, gid).first().toObject();
        QCOMPARE(so.value(QStringLiteral("amount_total")).toDouble(), double(order.totalCents()) / 100.0);
        QCOMPARE(so.value(QStringLiteral("amount_tax")).toDouble(), double(order.taxCents()) / 100.0);
        ship(f, gid);
        const QString soName = so.value(QStringLiteral("name")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            moves(f, QStringLiteral("out_invoice"), soName, QStringLiteral("posted")).size(), 1, 30000);
        QCOMPARE(moves(f, QStringLiteral("out_invoice"), soName)
                     .first()
                     .toObject()
                     .value(QStringLiteral("amount_total"))
                     .toDouble(),
            double(order.totalCents()) / 100.0);
        QCOMPARE(deadMessages(f), QString());
        stop(f);
    }

    void mappingCarriesDiscountsShippingAndCurrency()
    {
        Fixture f = start();
        startEngine(f);
        const QList<QString> skus = stockedSkus(*f.host, 2);
        OrderInput input;
        input.lines = { { skus.at(0), 2, 2500, 200 }, { skus.at(1), 1, 1000, 0 } };
        input.orderDiscountCents = 500;
        input.shippingCents = 599;
        input.customerIndex = 1;
        const QString gid = place(f, input);
        OrderInput euro = input;
        euro.currency = QStringLiteral("EUR");
        const QString euroGid = place(f, euro);
        QTRY_VERIFY2_WITH_TIMEOUT(state(f, gid) == QLatin1String("sale"), qPrintable(deadMessages(f)), 30000);
        // 50.00 - 2.00 + 10.00 - 5.00 + 5.99 shipping, to the cent (discounts rounded to 0.01 %).
        QCOMPARE(saleOrders(f, gid).first().toObject().value(QStringLiteral("amount_untaxed")).toDouble(), 58.99);
        const QJsonArray shipping = find(f,
            QStringLiteral("product.product"),
            { is(QStringLiteral("default_code"), QStringLiteral("SHOPIFY-SHIPPING")) },
            { QStringLiteral("type") });
        QCOMPARE(shipping.size(), 1);
        QCOMPARE(shipping.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("service"));
        // Each product line carries the Odoo sales tax of its Shopify tax rate; the shipping line none.
        const auto &shopifyLines = f.host->shopify()->store().orders[size_t(orderIndex(f, gid))].lines;
        const int soId = saleOrders(f, gid).first().toObject().value(QStringLiteral("id")).toInt();
        const QJsonArray odooLines = find(f,
            QStringLiteral("sale.order.line"),
            { is(QStringLiteral("order_id"), soId) },
            { QStringLiteral("product_id"), QStringLiteral("tax_id") });
        QCOMPARE(odooLines.size(), 3);
        int taxed = 0;
        for (const auto &v : odooLines) {
            const QJsonObject line = v.toObject();
            const QJsonArray taxIds = line.value(QStringLiteral("tax_id")).toArray();
            const auto product = find(f,
                QStringLiteral("product.product"),
                { is(QStringLiteral("id"), line.value(QStringLiteral("product_id")).toArray().at(0)) },
                { QStringLiteral("default_code") });
            const QString sku = product.first().toObject().value(QStringLiteral("default_code")).toString();
            const auto shopifyLine = std::find_if(shopifyLines.cbegin(), shopifyLines.cend(), [&](const auto &l) {
                return QString::fromStdString(l.sku) == sku;
            });
            if (shopifyLine == shopifyLines.cend() || shopifyLine->taxRate <= 0) {
                QVERIFY2(taxIds.isEmpty(), qPrintable(sku));
                continue;
            }
            QCOMPARE(taxIds.size(), 1);
            const auto tax = find(f,
                QStringLiteral("account.tax"),
                { is(QStringLiteral("id"), taxIds.at(0)) },
                { QStringLiteral("amount"), QStringLiteral("price_include") });
            QCOMPARE(tax.first().toObject().value(QStringLiteral("amount")).toDouble(), shopifyLine->taxRate * 100.0);
            ++taxed;
        }
        QCOMPARE(taxed, 2);
        // The EUR order waits in the exception queue, naming the order and both currencies.
        QTRY_VERIFY_WITH_TIMEOUT(!deadMessages(f).isEmpty(), 30000);
        const QString name
            = QString::fromStdString(f.host->shopify()->store().orders[size_t(orderIndex(f, euroGid))].name);
        QVERIFY2(deadMessages(f).contains(
                     QStringLiteral("Order %1: the order is in EUR but Odoo books sale orders in USD").arg(name)),
            qPrintable(deadMessages(f)));
        QCOMPARE(saleOrders(f, euroGid).size(), 0);
        stop(f);
    }
};

QTEST_GUILESS_MAIN(TestReturnsFlow)
#include "tst_returnsflow.moc"
