#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/orderflow.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/returns/aftersalesjobs.h"
#include "core/flows/settlement/payoutmatcher.h"
#include "core/flows/settlement/settlementflow.h"
#include "core/flows/settlement/settlementjobs.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "tests/flows/flowtestsupport.h"

using namespace Quayside;
using namespace Quayside::Sandbox;
using FlowTestSupport::odooCall;

Q_DECLARE_METATYPE(Quayside::PayoutMatcher::Input)

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;

PayoutItem item(const char *id, const char *type, qint64 amount, qint64 fee, const QString &order = {})
{
    PayoutItem i;
    i.id = QString::fromLatin1(id);
    i.type = QString::fromLatin1(type);
    i.amount = amount;
    i.fee = fee;
    i.net = amount - fee;
    i.order = order;
    i.orderName = order.isEmpty() ? QString() : QStringLiteral("#10") + order.right(2);
    return i;
}

OdooMove move(int id, bool creditNote, const char *origin, qint64 total, const char *date = "2026-11-20")
{
    return OdooMove { id, creditNote, QString::fromLatin1(origin), total, QString::fromLatin1(date) };
}
} // namespace

// Shopify Payments payouts against Odoo's books. The matcher's rules on their own, then the whole flow over
// the sandbox on 127.0.0.1: a week of orders, shipments and refunds paid out daily reconciles to a zero
// difference, and a refund whose credit note is gone is the one unmatched item, naming its order.
class TestSettlement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    qint64 m_base = 0; // the shop's clock: m_base + m_offset
    qint64 m_offset = 0;
    int m_runs = 0;

    struct Fixture
    {
        std::unique_ptr<SandboxHost> host;
        std::unique_ptr<Engine> engine;
        std::unique_ptr<Connectors::OdooClient> odoo;
        std::unique_ptr<JobStore> store;
        QString connection;
    };

    void start(Fixture &f, SettlementSettings settlement = {})
    {
        SandboxOptions options;
        options.seed = 11;
        f.host = std::make_unique<SandboxHost>(options);
        QVERIFY(f.host->start(nullptr));
        // The week happened in the last eight days, in order: the shop's clock only moves forward.
        m_base = QDateTime::currentMSecsSinceEpoch() - 8 * kDayMs;
        m_offset = 0;
        f.host->shopify()->setClock([this] { return m_base + m_offset; });
        f.odoo = FlowTestSupport::connectedOdoo(&m_network, *f.host);

        auto registry = std::make_shared<StepRegistry>();
        const Connections connections = Connections::fromSandbox(f.host->endpoints());
        // Deliveries are validated by the test itself, so orders stay with the internal warehouse.
        RoutingRules internalOnly;
        internalOnly.shipBobEnabled = false;
        registerOrderFlow(*registry, connections, 100, internalOnly);
        settlement.pollIntervalMs = 200;
        registerSettlementFlow(*registry, connections, settlement);
        EngineConfig config;
        // A store of its own per test: the emulators of every test hand out the same ids.
        config.database = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("settlement%1.sqlite").arg(++m_runs)));
        LaneConfig lane;
        lane.idlePollMs = 20;
        lane.retryBaseMs = 20;
        lane.retryCapMs = 200;
        for (const QString &name : { OrderJobs::ShopifyLane, OrderJobs::OdooLane, AfterSalesJobs::ShipbobLane }) {
            lane.name = name;
            config.lanes << lane;
        }
        config.recurring = orderFlowRecurringJobs() + settlementFlowRecurringJobs(settlement);
        config.actor = QStringLiteral("finance@example.com");
        f.engine = std::make_unique<Engine>(config, registry);
        QSignalSpy started(f.engine.get(), &Engine::started);
        f.engine->start();
        QVERIFY(started.wait(10000));
        f.connection = QStringLiteral("settlement-check");
        QVERIFY(!Database::open(config.database, f.connection));
        f.store = std::make_unique<JobStore>(f.connection, Dialect::Sqlite);
    }

    void stop(Fixture &f)
    {
        f.engine->shutdown();
        f.store.reset();
        Database::close(f.connection);
    }

    QJsonArray find(Fixture &f, const QString &model, const QJsonArray &domain, const QJsonArray &fields)
    {
        const auto r = odooCall(*f.odoo,
            model,
            QStringLiteral("search_read"),
            {},
            { { QStringLiteral("domain"), domain }, { QStringLiteral("fields"), fields } });
        if (!r.ok)
            qWarning("Odoo read failed: %s", qPrintable(r.message));
        return r.value.toArray();
    }

    QString saleOrderName(Fixture &f, const QString &gid)
    {
        const QJsonArray found = find(f,
            QStringLiteral("sale.order"),
            OdooQuery::listOf(
                OdooQuery::term(QStringLiteral("origin"), QStringLiteral("="), CreateSaleOrderStep::originFor(gid))),
            OdooQuery::fields({ "name", "state" }));
        return found.size() == 1 && found.first().toObject().value(QStringLiteral("state")) == QLatin1String("sale")
            ? found.first().toObject().value(QStringLiteral("name")).toString()
            : QString();
    }

    QJsonArray postedMoves(Fixture &f, const QString &type, const QString &saleOrder)
    {
        using OdooQuery::term;
        return find(f,
            QStringLiteral("account.move"),
            OdooQuery::domain({ term(QStringLiteral("move_type"), QStringLiteral("="), type),
                term(QStringLiteral("invoice_origin"), QStringLiteral("="), saleOrder),
                term(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("posted")) }),
            OdooQuery::fields({ "id", "amount_total" }));
    }

    QString deadMessages(Fixture &f) { return FlowTestSupport::deadMessages(f.store->db()); }

    qint64 jobCount(Fixture &f, const QString &step)
    {
        QSqlQuery q(f.store->db());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE step = ?"));
        q.addBindValue(step);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    int orderIndex(Fixture &f, const QString &gid)
    {
        return f.host->shopify()->store().orderIndexById(gid.section(QLatin1Char('/'), -1).toLongLong());
    }

    // A paid order of two lines, confirmed in Odoo, delivered from the warehouse, fulfilled in Shopify and
    // invoiced by the flow; its gid and sale order name.
    QPair<QString, QString> shippedOrder(Fixture &f, int customer, qint64 shippingCents)
    {
        QStringList skus;
        for (int v = 0; v < f.host->world().variants().size() && skus.size() < 2; ++v)
            if (f.host->world().openingStock(v, 0) >= 60)
                skus << f.host->world().variants().at(v).sku;
        OrderInput input;
        input.lines = { { skus.at(0), 2 }, { skus.at(1), 1 } };
        input.customerIndex = customer;
        input.shippingCents = shippingCents;
        QString error;
        const QString gid = f.host->shopify()->placeOrder(input, &error);
        if (gid.isEmpty())
            qFatal("placeOrder: %s", qPrintable(error));
        QString so;
        if (!QTest::qWaitFor([&] { return !(so = saleOrderName(f, gid)).isEmpty(); }, 30000))
            qFatal("the order was not confirmed in Odoo: %s", qPrintable(deadMessages(f)));
        const QJsonArray pickings = find(f,
            QStringLiteral("stock.picking"),
            OdooQuery::listOf(OdooQuery::term(QStringLiteral("origin"), QStringLiteral("like"), so)),
            OdooQuery::fields({ "state" }));
        for (const auto &p : pickings)
            odooCall(*f.odoo,
                QStringLiteral("stock.picking"),
                QStringLiteral("button_validate"),
                OdooQuery::listOf(p.toObject().value(QStringLiteral("id"))),
                { { QStringLiteral("context"), QJsonObject { { QStringLiteral("skip_sms"), true } } } });
        tick();
        ShopifyStore &store = f.host->shopify()->store();
        ShopifyStore::FulfillRequest request;
        request.fulfillmentOrderId = store.orders[size_t(orderIndex(f, gid))].fulfillmentOrders.front().id;
        const auto fulfilled = store.createFulfillment(
            { request }, "UPS", "1Z999", "https://ups.example/1Z999", f.host->shopify()->now());
        if (!std::holds_alternative<std::pair<int, int>>(fulfilled))
            qFatal("fulfilment failed");
        if (!QTest::qWaitFor([&] { return postedMoves(f, QStringLiteral("out_invoice"), so).size() == 1; }, 30000))
            qFatal("the order was not invoiced: %s", qPrintable(deadMessages(f)));
        return { gid, so };
    }

    // One unit of the order's first line back to the buyer, and its credit note posted by the flow; the
    // credit note's id.
    int refundOneUnit(Fixture &f, const QString &gid, const QString &so)
    {
        tick();
        const int notesBefore = int(postedMoves(f, QStringLiteral("out_refund"), so).size());
        ShopifyStore::RefundRequest request;
        request.order = orderIndex(f, gid);
        request.note = "Damaged";
        RefundLine line;
        line.line = 0;
        line.quantity = 1;
        line.restockType = "NO_RESTOCK";
        request.lines.push_back(line);
        if (!std::holds_alternative<int>(f.host->shopify()->store().createRefund(request, f.host->shopify()->now())))
            qFatal("refund failed");
        QJsonArray notes;
        if (!QTest::qWaitFor(
                [&] { return (notes = postedMoves(f, QStringLiteral("out_refund"), so)).size() == notesBefore + 1; },
                30000))
            qFatal("no credit note for the refund: %s", qPrintable(deadMessages(f)));
        return notes.last().toObject().value(QStringLiteral("id")).toInt();
    }

    // Shopify's updatedAt has whole seconds: every change is a new order version.
    void tick() { m_offset += 2000; }

    // The day's payout, issued at the end of day `day` of the week.
    void payOut(Fixture &f, int day)
    {
        m_offset = std::max(m_offset, day * kDayMs + 23 * 3600 * 1000);
        QVERIFY(f.host->shopify()->store().payoutLedger.closePayout(m_base + m_offset).has_value());
        tick();
    }

    QHash<QString, QJsonObject> payouts(Fixture &f) { return f.store->statesOfKind(SettlementJobs::PayoutKind); }

    QList<QJsonObject> openItems(Fixture &f)
    {
        QList<QJsonObject> open;
        const auto items = f.store->statesOfKind(SettlementJobs::ItemKind);
        for (const auto &i : items)
            if (!i.value(QStringLiteral("resolved")).toBool())
                open << i;
        return open;
    }

    int payoutsIn(Fixture &f, const QString &status)
    {
        int n = 0;
        const auto all = payouts(f);
        for (const auto &p : all)
            n += p.value(QStringLiteral("status")).toString() == status;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void matcher_data()
    {
        QTest::addColumn<PayoutMatcher::Input>("input");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("difference");
        QTest::addColumn<QString>("reason"); // of the one item not matched, when there is one
        QTest::addColumn<qint64>("rounding");

        const QString o1 = QStringLiteral("gid://shopify/Order/101"), o2 = QStringLiteral("gid://shopify/Order/102");
        PayoutMatcher::Input base;
        base.saleOrderOf = { { o1, QStringLiteral("S00001") }, { o2, QStringLiteral("S00002") } };

        PayoutMatcher::Input in = base;
        in.items = { item("t1", "CHARGE", 5000, 175, o1), item("t2", "CHARGE", 2000, 88, o2) };
        in.moves = { move(1, false, "S00001", 5000), move(2, false, "S00002", 2000) };
        in.net = 5000 - 175 + 2000 - 88;
        QTest::addRow("charges equal to their invoices")
            << in << QStringLiteral("reconciled") << qint64(0) << QString() << qint64(0);

        in = base;
        in.items = { item("t1", "CHARGE", 3000, 117, o1) };
        in.moves = { move(1, false, "S00001", 5000) };
        in.chargedElsewhere = { { o1, 2000 } };
        in.net = 3000 - 117;
        QTest::addRow("an order charged over two payouts")
            << in << QStringLiteral("reconciled") << qint64(0) << QString() << qint64(0);

        // Every transaction accounted for and still money missing: nothing will arrive to explain it, so the
        // payout needs a person now instead of being matched again on every run.
        in = base;
        in.items = { item("t1", "CHARGE", 5000, 175, o1) };
        in.moves = { move(1, false, "S00001", 5000) };
        in.net = 5000 - 175 + 100;
        QTest::addRow("a difference no transaction explains")
            << in << QStringLiteral("unmatched") << qint64(100) << QString() << qint64(0);

        in = base;
        in.items = { item("t1", "CHARGE", 5000, 175, o1) };
        in.net = 5000 - 175;
        QTest::addRow("not invoiced yet: waits")
            << in << QStringLiteral("waiting") << qint64(5000) << QString() << qint64(0);
        in.mayWait = false;
        QTest::addRow("not invoiced after the waiting period")
            << in << QStringLiteral("unmatched") << qint64(5000) << QStringLiteral("S00001 has no posted invoice yet")
            << qint64(0);

        in = base;
        in.items = { item("t1", "CHARGE", 5000, 175, o1) };
        in.moves = { move(1, false, "S00001", 4999) };
        in.net = 5000 - 175;
        QTest::addRow("charged a cent more than invoiced")
            << in << QStringLiteral("unmatched") << qint64(5000)
            << QStringLiteral("Shopify charged 50.00 for #1001, Odoo invoiced 49.99") << qint64(0);
        in.roundingToleranceCents = 2;
        QTest::addRow("a cent of rounding within the tolerance")
            << in << QStringLiteral("reconciled") << qint64(0) << QString() << qint64(1);
        in.moves = { move(1, false, "S00001", 4997) };
        QTest::addRow("three cents, over the tolerance")
            << in << QStringLiteral("unmatched") << qint64(5000)
            << QStringLiteral("Shopify charged 50.00 for #1001, Odoo invoiced 49.97") << qint64(0);

        in = base;
        in.items = {
            item("t1", "CHARGE", 5000, 175, o1), item("t2", "REFUND", -1000, 0, o1), item("t3", "REFUND", -1000, 0, o1)
        };
        in.moves = { move(1, false, "S00001", 5000),
            move(7, true, "S00001", 1000, "2026-11-21"),
            move(5, true, "S00001", 1000, "2026-11-20") };
        in.net = 5000 - 175 - 2000;
        QTest::addRow("two equal refunds, two credit notes")
            << in << QStringLiteral("reconciled") << qint64(0) << QString() << qint64(0);
        in.moves.removeLast();
        QTest::addRow("two equal refunds, one credit note")
            << in << QStringLiteral("unmatched") << qint64(-1000)
            << QStringLiteral("no credit note for refund of 10.00 on #1001 (S00001)") << qint64(0);
        in.moves << move(5, true, "S00001", 1000);
        in.notesMatchedElsewhere = { 5 };
        QTest::addRow("a credit note another payout matched")
            << in << QStringLiteral("unmatched") << qint64(-1000)
            << QStringLiteral("no credit note for refund of 10.00 on #1001 (S00001)") << qint64(0);

        in = base;
        in.items = { item("t1", "REFUND", -1000, 0, QStringLiteral("gid://shopify/Order/199")) };
        in.net = -1000;
        QTest::addRow("an order Odoo never had")
            << in << QStringLiteral("unmatched") << qint64(-1000)
            << QStringLiteral("order #1099 has no sale order in Odoo") << qint64(0);

        in = base;
        in.items = { item("t1", "CHARGE", 5000, 175, o1), item("t2", "REFUND", -5000, 0, o1) };
        in.net = -175;
        QTest::addRow("cancelled before it was invoiced: the refund cancels the charge")
            << in << QStringLiteral("reconciled") << qint64(0) << QString() << qint64(0);
        in.items = { item("t2", "REFUND", -5000, 0, o1) };
        in.chargedElsewhere = { { o1, 5000 } };
        in.net = -5000;
        QTest::addRow("the same, refunded in a later payout")
            << in << QStringLiteral("reconciled") << qint64(0) << QString() << qint64(0);
        in.moves = { move(1, false, "S00001", 5000) };
        QTest::addRow("the same, but invoiced: the credit note is missing")
            << in << QStringLiteral("unmatched") << qint64(-5000)
            << QStringLiteral("no credit note for refund of 50.00 on #1001 (S00001)") << qint64(0);
        in = base;
        in.items = { item("t1", "CHARGE", 4200, 152, QStringLiteral("gid://shopify/Order/199")),
            item("t2", "REFUND", -4200, 0, QStringLiteral("gid://shopify/Order/199")) };
        in.net = -152;
        QTest::addRow("never in Odoo, refunded in full")
            << in << QStringLiteral("reconciled") << qint64(0) << QString() << qint64(0);

        in = base;
        in.items = { item("t1", "ADJUSTMENT", -1500, 0) };
        in.net = -1500;
        QTest::addRow("an adjustment, no account")
            << in << QStringLiteral("unmatched") << qint64(-1500)
            << QStringLiteral("ADJUSTMENT of -15.00: no adjustment account is set") << qint64(0);
        in.adjustmentsBooked = true;
        QTest::addRow("an adjustment booked")
            << in << QStringLiteral("reconciled") << qint64(0) << QString() << qint64(0);
    }

    void matcher()
    {
        QFETCH(PayoutMatcher::Input, input);
        QFETCH(QString, status);
        QFETCH(qint64, difference);
        QFETCH(QString, reason);
        QFETCH(qint64, rounding);
        const PayoutMatcher::Outcome out = PayoutMatcher::match(input);
        QCOMPARE(out.rounding, rounding);
        QCOMPARE(out.status(), status);
        QCOMPARE(out.difference, difference);
        qint64 fees = 0;
        for (const auto &i : input.items)
            fees += i.fee;
        QCOMPARE(out.fees, fees);
        QStringList reasons;
        for (const auto &o : out.items)
            if (o.status == PayoutMatcher::Status::Unmatched)
                reasons << o.reason;
        QCOMPARE(reasons, reason.isEmpty() ? QStringList() : QStringList { reason });
    }

    // A payout of 120 adjustments is read in three pages, each a job of its own, and with an adjustment
    // account set they are all booked: the payout reconciles to the cent.
    void largePayoutIsReadInPages()
    {
        Fixture f;
        SettlementSettings settings;
        settings.adjustmentAccount = QStringLiteral("649000");
        start(f, settings);
        if (QTest::currentTestFailed())
            return;
        PayoutLedger &ledger = f.host->shopify()->store().payoutLedger;
        qint64 net = 0;
        for (int i = 0; i < 120; ++i) {
            tick();
            const qint64 amount = (i % 2 ? -1 : 1) * (100 + i);
            ledger.addAdjustment(amount, "Sandbox correction", f.host->shopify()->now(), i % 3);
            net += amount - i % 3;
        }
        payOut(f, 0);
        QCOMPARE(ledger.payouts().back().netCents, net);

        QTRY_COMPARE_WITH_TIMEOUT(payoutsIn(f, QStringLiteral("reconciled")), 1, 30000);
        const QJsonObject payout = payouts(f).cbegin().value();
        QCOMPARE(payout.value(QStringLiteral("items")).toArray().size(), 120);
        QCOMPARE(payout.value(QStringLiteral("net")).toInteger(), net);
        QCOMPARE(payout.value(QStringLiteral("difference")).toInteger(), 0);
        QCOMPARE(jobCount(f, SettlementJobs::ReadStep), qint64(3));
        QCOMPARE(deadMessages(f), QString());
        stop(f);
    }

    void weekOfPayoutsReconciles()
    {
        Fixture f;
        start(f);
        if (QTest::currentTestFailed())
            return;
        ShopifyStore &shop = f.host->shopify()->store();
        QList<QPair<QString, QString>> orders; // gid, sale order
        int refunds = 0;
        for (int day = 0; day < 7; ++day) {
            m_offset = std::max(m_offset, day * kDayMs + 9 * 3600 * 1000);
            orders << shippedOrder(f, day % 5, 0) << shippedOrder(f, (day + 1) % 5, day % 2 ? 599 : 0);
            if (day % 2 == 1) {
                refundOneUnit(f, orders.at(orders.size() - 3).first, orders.at(orders.size() - 3).second);
                ++refunds;
            }
            payOut(f, day);
        }
        QCOMPARE(int(shop.payoutLedger.payouts().size()), 7);
        qint64 paid = 0;
        for (const auto &p : shop.payoutLedger.payouts())
            paid += p.netCents;

        QTRY_COMPARE_WITH_TIMEOUT(payoutsIn(f, QStringLiteral("reconciled")), 7, 30000);
        qint64 matchedNet = 0, charges = 0, refunded = 0;
        const auto all = payouts(f);
        for (const auto &p : all) {
            QCOMPARE(p.value(QStringLiteral("difference")).toInteger(), 0);
            matchedNet += p.value(QStringLiteral("matchedCharges")).toInteger()
                - p.value(QStringLiteral("matchedRefunds")).toInteger() - p.value(QStringLiteral("fees")).toInteger();
            for (const auto &i : p.value(QStringLiteral("items")).toArray()) {
                charges += i.toObject().value(QStringLiteral("type")) == QLatin1String("CHARGE");
                refunded += i.toObject().value(QStringLiteral("type")) == QLatin1String("REFUND");
            }
        }
        QCOMPARE(matchedNet, paid);
        QCOMPARE(charges, qint64(orders.size()));
        QCOMPARE(refunded, qint64(refunds));
        QCOMPARE(openItems(f).size(), 0);
        QCOMPARE(deadMessages(f), QString());

        // The eighth day: a refund whose credit note an accountant cancelled. One item is open, naming its order.
        m_offset = std::max(m_offset, 7 * kDayMs + 9 * 3600 * 1000);
        const auto &[gid, so] = orders.at(4);
        const int note = refundOneUnit(f, gid, so);
        for (const char *method : { "button_draft", "button_cancel" })
            QVERIFY(
                odooCall(*f.odoo, QStringLiteral("account.move"), QLatin1String(method), OdooQuery::listOf(note), {})
                    .ok);
        payOut(f, 7);
        QTRY_COMPARE_WITH_TIMEOUT(payoutsIn(f, QStringLiteral("unmatched")), 1, 30000);
        QCOMPARE(payoutsIn(f, QStringLiteral("reconciled")), 7);
        const QList<QJsonObject> open = openItems(f);
        QCOMPARE(open.size(), 1);
        const QJsonObject missing = open.first();
        const QString orderName = QString::fromStdString(shop.orders[size_t(orderIndex(f, gid))].name);
        QCOMPARE(missing.value(QStringLiteral("type")).toString(), QStringLiteral("REFUND"));
        QCOMPARE(missing.value(QStringLiteral("order")).toString(), gid);
        QCOMPARE(missing.value(QStringLiteral("orderName")).toString(), orderName);
        QVERIFY2(missing.value(QStringLiteral("reason")).toString().contains(orderName),
            qPrintable(missing.value(QStringLiteral("reason")).toString()));
        QVERIFY(missing.value(QStringLiteral("reason")).toString().contains(so));
        const QJsonObject eighth
            = f.store->state(SettlementJobs::PayoutKind, missing.value(QStringLiteral("payout")).toString());
        QCOMPARE(eighth.value(QStringLiteral("difference")).toInteger(),
            missing.value(QStringLiteral("amount")).toInteger());
        QVERIFY(missing.value(QStringLiteral("amount")).toInteger() < 0);

        // The accountant posts the credit note again: the next run matches it and closes the item.
        QVERIFY(odooCall(
            *f.odoo, QStringLiteral("account.move"), QStringLiteral("button_draft"), OdooQuery::listOf(note), {})
                    .ok);
        QVERIFY(odooCall(
            *f.odoo, QStringLiteral("account.move"), QStringLiteral("action_post"), OdooQuery::listOf(note), {})
                    .ok);
        QTRY_COMPARE_WITH_TIMEOUT(payoutsIn(f, QStringLiteral("reconciled")), 8, 30000);
        QCOMPARE(openItems(f).size(), 0);
        // Each payout was read once, however often the poll listed it again.
        QCOMPARE(jobCount(f, SettlementJobs::ReadStep), qint64(8));
        QCOMPARE(deadMessages(f), QString());
        stop(f);
    }
};

QTEST_MAIN(TestSettlement)
#include "tst_settlement.moc"
