#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/orders/orderjobs.h"
#include "core/security/piimask.h"
#include "core/store/migrations.h"
#include "core/telemetry/ordertrace.h"
#include "core/telemetry/ordertracemodel.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "tests/flows/flowtestsupport.h"

using namespace Quayside;
using namespace Quayside::Sandbox;
using FlowTestSupport::place;
using FlowTestSupport::stockedSkus;

using Kind = TraceEntry::Kind;
using MatchedBy = OrderMatch::MatchedBy;

// The order trace over a store the real order flow filled: orders placed in the Shopify emulator, taken
// to Odoo and ShipBob over HTTP by the engine, shipped by ShipBob and fulfilled in Shopify; one order
// stuck on an SKU Odoo does not know, replayed by an operator. Read back on a connection of its own, as
// the console reads it.
class TestOrderTrace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<OrderTrace> m_trace;
    QString m_shipped; // customer 0; its first sale order create fails once; shipped and fulfilled
    QString m_second; // customer 0 again
    QString m_other; // customer 1
    QString m_stuck; // customer 2, with the SKU Odoo lacks
    QString m_email; // customer 0's

    static QString ref(const QString &gid) { return FulfilmentJobs::numericId(gid); }

    QString nameOf(const QString &gid) const
    {
        const int i = m_host->shopify()->store().orderIndexById(ref(gid).toLongLong());
        return i < 0 ? QString() : QString::fromStdString(m_host->shopify()->store().orders[size_t(i)].name);
    }

    bool stepDone(const QString &gid, const QString &step) const
    {
        for (const JobRecord &j : m_store->jobsByCorrelation(nameOf(gid)))
            if (j.step == step && j.state == JobState::Done && j.partitionKey == OrderJobs::partitionFor(gid))
                return true;
        return false;
    }

    std::optional<JobRecord> deadJob() const
    {
        for (const JobRecord &j : m_store->jobsByCorrelation(nameOf(m_stuck)))
            if (j.state == JobState::Dead)
                return j;
        return std::nullopt;
    }

    static QStringList gids(const QList<OrderMatch> &matches)
    {
        QStringList out;
        for (const OrderMatch &m : matches)
            out << m.orderGid;
        return out;
    }

    static std::optional<OrderMatch> matchFor(const QList<OrderMatch> &matches, const QString &gid)
    {
        for (const OrderMatch &m : matches)
            if (m.orderGid == gid)
                return m;
        return std::nullopt;
    }

    QString plan(const QString &sql)
    {
        QSqlQuery q(m_store->db());
        if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + Migrations::render(sql, Dialect::Sqlite)))
            return q.lastError().text();
        QStringList rows;
        while (q.next())
            rows << q.value(3).toString();
        return rows.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.seed = 23;
        options.autoProgressShipments = false; // the test moves ShipBob's clock
        options.productMissingInOdoo = true;
        m_host = std::make_unique<SandboxHost>(options);
        QVERIFY(m_host->start(nullptr));
        const auto setup = FlowTestSupport::orderFlowOn(
            *m_host, m_dir.filePath(QStringLiteral("trace.sqlite")), QStringLiteral("lead@example.com"));
        const EngineConfig &config = setup.config;
        m_engine = std::make_unique<Engine>(config, setup.registry);
        QSignalSpy started(m_engine.get(), &Engine::started);
        m_engine->start();
        QVERIFY(started.wait(10000));
        QVERIFY(!Database::open(config.database, QStringLiteral("trace")));
        m_store = std::make_unique<JobStore>(QStringLiteral("trace"), Dialect::Sqlite);
        m_trace = std::make_unique<OrderTrace>(QStringLiteral("trace"), Dialect::Sqlite);

        // Odoo answers the first sale order create with a 503, so the trace has a retried attempt.
        FaultRule once;
        once.endpoint = QStringLiteral("jsonrpc:object.execute_kw:sale.order.create");
        once.kind = FaultKind::ServerError;
        once.remaining = 1;
        m_host->odoo()->faults()->addRule(once);
        const QStringList skus = stockedSkus(*m_host, 3);
        QCOMPARE(skus.size(), 3);
        m_shipped = place(*m_host, { { skus[0], 1 }, { skus[1], 2 } }, 0);
        QVERIFY(!m_shipped.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(stepDone(m_shipped, FulfilmentJobs::CreateStep), 30000);
        m_second = place(*m_host, { { skus[2], 1 } }, 0);
        m_other = place(*m_host, { { skus[0], 1 } }, 1);
        m_stuck = place(*m_host, { { skus[1], 1 }, { m_host->missingSku(), 1 } }, 2);
        QVERIFY(!m_second.isEmpty() && !m_other.isEmpty() && !m_stuck.isEmpty());
        m_email = m_host->world().customers().at(0).email;
        QTRY_VERIFY_WITH_TIMEOUT(
            stepDone(m_second, FulfilmentJobs::CreateStep) && stepDone(m_other, FulfilmentJobs::CreateStep), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(deadJob().has_value(), 30000);

        // ShipBob picks, packs and ships: Odoo's delivery is validated and Shopify fulfilled.
        const auto plan = m_host->shipbob()->progressionPlan();
        m_host->shipbob()->advance(plan.pickMs + plan.packMs + plan.labelMs);
        QTRY_VERIFY_WITH_TIMEOUT(stepDone(m_shipped, FulfilmentJobs::FulfillStep), 30000);

        // An operator replays the stuck order; Odoo still lacks the SKU, so it is back in the queue.
        const qint64 stuckJob = deadJob()->id;
        QSignalSpy actions(m_engine.get(), &Engine::operatorActionFinished);
        m_engine->replay({ stuckJob });
        QVERIFY(actions.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_store->attempts(stuckJob).size() == 2 && deadJob().has_value(), 15000);
    }

    void cleanupTestCase()
    {
        m_host.reset(); // the emulators first, so a step waiting for one fails at once
        if (m_engine)
            m_engine->shutdown();
        m_trace.reset();
        m_store.reset();
        Database::close(QStringLiteral("trace"));
    }

    void byNameOneTimelineAcrossTheThreeSystems()
    {
        const QString name = nameOf(m_shipped);
        QVERIFY(name.startsWith(QLatin1Char('#')));
        for (const QString &query : { name, name.mid(1), QString(QStringLiteral("  ") + name + QStringLiteral(" ")) }) {
            const QList<OrderMatch> found = m_trace->search(query);
            QCOMPARE(gids(found), QStringList { m_shipped });
            QCOMPARE(found.first().orderName, name);
            QCOMPARE(found.first().matchedBy, MatchedBy::ShopifyName);
            QVERIFY(found.first().jobs >= 5);
            QCOMPARE(found.first().stuck, 0);
        }

        const OrderTimeline t = m_trace->timeline(m_shipped);
        QCOMPARE(t.order.orderName, name);
        QVERIFY(std::is_sorted(t.entries.cbegin(), t.entries.cend(), traceOrder));
        // Jobs, events and states in time order; each job's attempts right under it, in time order.
        qint64 last = 0;
        qint64 job = 0;
        qint64 lastInJob = 0;
        for (const TraceEntry &e : t.entries) {
            if (e.kind == Kind::Attempt || e.kind == Kind::Audit) {
                QCOMPARE(e.jobId, job);
                QVERIFY(e.at >= lastInJob);
                lastInJob = e.at;
                continue;
            }
            QVERIFY(e.at >= last);
            last = e.at;
            job = e.kind == Kind::Job ? e.jobId : 0;
            lastInJob = e.at;
        }

        // The jobs, in the order they ran, each on the system it talks to.
        QStringList steps;
        QStringList systems;
        for (const TraceEntry &e : t.entries)
            if (e.kind == Kind::Job && e.status == QLatin1String("done")) {
                steps << e.what;
                systems << e.system;
            }
        const QStringList expected { OrderJobs::CreateSaleOrderStep,
            FulfilmentJobs::RouteStep,
            FulfilmentJobs::CreateStep,
            FulfilmentJobs::ApplyShipmentStep,
            FulfilmentJobs::FulfillStep };
        qsizetype at = 0;
        for (const QString &step : expected) {
            at = steps.indexOf(step, at);
            QVERIFY2(at >= 0,
                qPrintable(step + QStringLiteral(" missing or out of order in ") + steps.join(QLatin1Char(','))));
            const QString system = systems.at(at);
            if (step == FulfilmentJobs::CreateStep)
                QCOMPARE(system, QStringLiteral("shipbob"));
            else if (step == FulfilmentJobs::FulfillStep)
                QCOMPARE(system, QStringLiteral("shopify"));
            else
                QCOMPARE(system, QStringLiteral("odoo"));
        }

        // The Shopify order version that started it all comes first, from the poll.
        QCOMPARE(t.entries.first().kind, Kind::Event);
        QCOMPARE(t.entries.first().system, QStringLiteral("shopify"));
        QCOMPARE(t.entries.first().what, OrderJobs::EventTopic);
        QCOMPARE(t.entries.first().status, QStringLiteral("poll"));
        // ShipBob's shipment reports come before the jobs that apply them.
        const auto firstOf = [&](Kind kind, const QString &what) {
            for (qsizetype i = 0; i < t.entries.size(); ++i)
                if (t.entries.at(i).kind == kind && t.entries.at(i).what == what)
                    return i;
            return qsizetype(-1);
        };
        const qsizetype shipmentEvent = firstOf(Kind::Event, QStringLiteral("shipment/status"));
        QVERIFY(shipmentEvent > 0);
        QCOMPARE(t.entries.at(shipmentEvent).system, QStringLiteral("shipbob"));
        // Each line says what the data was about, without opening it.
        QVERIFY2(t.entries.first().message.startsWith(QStringLiteral("2 line(s) · ")),
            qPrintable(t.entries.first().message));
        QVERIFY(t.entries.first().message.contains(QLatin1String("PAID")));
        const int shipment = m_host->shipbob()->orderByReference(ref(m_shipped))->shipmentIds.first();
        const QString tracking = m_host->shipbob()->shipment(shipment)->trackingNumber;
        QVERIFY(std::any_of(t.entries.cbegin(), t.entries.cend(), [&](const TraceEntry &e) {
            return e.kind == Kind::Event && e.what == QLatin1String("shipment/status")
                && e.message.contains(QLatin1String("shipped")) && e.message.contains(tracking);
        }));
        QVERIFY(shipmentEvent < firstOf(Kind::Job, FulfilmentJobs::ApplyShipmentStep));

        // Attempts: the create failed once (Odoo's 503), then succeeded; every finished job has its attempt.
        QList<TraceEntry> createAttempts;
        for (const TraceEntry &e : t.entries)
            if (e.kind == Kind::Attempt && e.what == OrderJobs::CreateSaleOrderStep)
                createAttempts << e;
        QCOMPARE(createAttempts.size(), 2);
        QCOMPARE(createAttempts.at(0).status, QStringLiteral("retry"));
        QCOMPARE(createAttempts.at(0).errorClass, QStringLiteral("transient"));
        QVERIFY(!createAttempts.at(0).message.isEmpty());
        QCOMPARE(createAttempts.at(1).status, QStringLiteral("done"));
        QCOMPARE(createAttempts.at(1).attempt, 2);
        for (const TraceEntry &job : t.entries) {
            if (job.kind != Kind::Job || job.status != QLatin1String("done"))
                continue;
            QVERIFY(job.durationMs >= 0);
            const bool attempted = std::any_of(t.entries.cbegin(), t.entries.cend(), [&](const TraceEntry &a) {
                return a.kind == Kind::Attempt && a.jobId == job.jobId && a.status == QLatin1String("done")
                    && a.durationMs >= 0 && a.at >= job.at;
            });
            QVERIFY2(attempted, qPrintable(job.what));
        }

        // The order's links and its shipment's state, as they are now.
        const QString odooName = t.links.value(QStringLiteral("odooOrderName")).toString();
        QVERIFY(odooName.startsWith(QLatin1Char('S')));
        QCOMPARE(t.links.value(QStringLiteral("shipbobOrderId")).toInt(),
            m_host->shipbob()->orderByReference(ref(m_shipped))->id);
        const qsizetype orderState = firstOf(Kind::State, FulfilmentJobs::OrderKind);
        QVERIFY(orderState >= 0);
        QVERIFY(t.entries.at(orderState).message.contains(odooName));
        const qsizetype shipmentState = firstOf(Kind::State, FulfilmentJobs::ShipmentKind);
        QVERIFY(shipmentState >= 0);
        QCOMPARE(t.entries.at(shipmentState).status,
            QString::number(m_host->shipbob()->orderByReference(ref(m_shipped))->shipmentIds.first()));
    }

    void byCustomerEmail()
    {
        // Case does not matter in an e-mail; newest order first.
        const QList<OrderMatch> found = m_trace->search(m_email.toUpper());
        QCOMPARE(gids(found), (QStringList { m_second, m_shipped }));
        for (const OrderMatch &m : found) {
            QCOMPARE(m.matchedBy, MatchedBy::CustomerEmail);
            QCOMPARE(m.customer, PiiMask::maskText(m_email));
        }
        QCOMPARE(m_trace->search(m_email, { true }).first().customer, m_email);
        QCOMPARE(gids(m_trace->search(m_host->world().customers().at(1).email)), QStringList { m_other });
    }

    void byOdooAndShipBobReferences()
    {
        const QJsonObject links = m_trace->timeline(m_shipped).links;
        const QString odooName = links.value(QStringLiteral("odooOrderName")).toString();
        QCOMPARE(gids(m_trace->search(odooName)), QStringList { m_shipped });
        QCOMPARE(m_trace->search(odooName.toLower()).first().matchedBy, MatchedBy::OdooOrder);
        // Bare numbers can name several things; the order is among them, with the reason.
        const auto foundAs = [&](const QString &query, MatchedBy why) {
            const auto m = matchFor(m_trace->search(query), m_shipped);
            return m && m->matchedBy == why;
        };
        QVERIFY(foundAs(QString::number(links.value(QStringLiteral("odooOrderId")).toInt()), MatchedBy::OdooOrder));
        QVERIFY(
            foundAs(QString::number(links.value(QStringLiteral("shipbobOrderId")).toInt()), MatchedBy::ShipBobOrder));
        const int shipment = m_host->shipbob()->orderByReference(ref(m_shipped))->shipmentIds.first();
        QVERIFY(foundAs(QString::number(shipment), MatchedBy::ShipBobShipment));
        // ShipBob's reference id is the Shopify order's numeric id.
        QCOMPARE(gids(m_trace->search(ref(m_shipped))), QStringList { m_shipped });
        QCOMPARE(m_trace->search(ref(m_shipped)).first().matchedBy, MatchedBy::ShopifyId);
        QCOMPARE(gids(m_trace->search(m_shipped)), QStringList { m_shipped });
    }

    void customerDataIsMaskedUnlessRevealed()
    {
        const WorldCustomer &c = m_host->world().customers().at(0);
        const QString fullName = c.firstName + QLatin1Char(' ') + c.lastName;
        const QStringList personal { c.email, c.phone, fullName, c.address.line1 };
        const OrderTimeline masked = m_trace->timeline(m_shipped);
        bool maskedEmailShown = false;
        for (const TraceEntry &e : masked.entries) {
            for (const QString &value : personal) {
                QVERIFY2(!e.detail.contains(value), qPrintable(e.key + QStringLiteral(" shows ") + value));
                QVERIFY2(!e.message.contains(value), qPrintable(e.key + QStringLiteral(" says ") + value));
            }
            maskedEmailShown = maskedEmailShown || e.detail.contains(PiiMask::maskText(c.email));
        }
        QVERIFY(maskedEmailShown);
        QCOMPARE(masked.order.customer, PiiMask::maskText(c.email));

        const OrderTimeline revealed = m_trace->timeline(m_shipped, { true });
        QCOMPARE(revealed.entries.size(), masked.entries.size());
        QVERIFY(std::any_of(revealed.entries.cbegin(), revealed.entries.cend(), [&](const TraceEntry &e) {
            return e.kind == Kind::Job && e.what == OrderJobs::CreateSaleOrderStep && e.detail.contains(c.email)
                && e.detail.contains(fullName);
        }));
        QCOMPARE(revealed.order.customer, c.email);
    }

    void exceptionsAndOperatorActions()
    {
        const QList<OrderMatch> found = m_trace->search(nameOf(m_stuck));
        QCOMPARE(gids(found), QStringList { m_stuck });
        QCOMPARE(found.first().stuck, 1);
        const OrderTimeline t = m_trace->timeline(m_stuck);
        const auto job = std::find_if(t.entries.cbegin(), t.entries.cend(), [](const TraceEntry &e) {
            return e.kind == Kind::Job && e.what == OrderJobs::CreateSaleOrderStep;
        });
        QVERIFY(job != t.entries.cend());
        QCOMPARE(job->status, QStringLiteral("dead"));
        QCOMPARE(job->errorClass, QStringLiteral("business"));
        QVERIFY2(job->message.contains(m_host->missingSku()), qPrintable(job->message));
        // Failed, replayed by the operator (audited), failed again: in that order.
        QStringList story;
        for (const TraceEntry &e : t.entries)
            if ((e.kind == Kind::Attempt && e.jobId == job->jobId) || e.kind == Kind::Audit)
                story << (e.kind == Kind::Audit ? e.what + QLatin1Char('/') + e.status
                                                : e.status + QLatin1Char('/') + e.errorClass);
        QCOMPARE(story,
            (QStringList { QStringLiteral("dead/business"),
                QStringLiteral("job.replay/lead@example.com"),
                QStringLiteral("dead/business") }));
        // No later step of the order ran past it.
        QVERIFY(std::none_of(t.entries.cbegin(), t.entries.cend(), [](const TraceEntry &e) {
            return e.kind == Kind::Job && e.what == FulfilmentJobs::RouteStep;
        }));
    }

    void unknownQueriesFindNothing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("order name") << QStringLiteral("#999999");
        QTest::newRow("e-mail") << QStringLiteral("nobody@example.invalid");
        QTest::newRow("odoo name") << QStringLiteral("S99999");
        QTest::newRow("gid") << QStringLiteral("gid://shopify/Order/999999999");
        QTest::newRow("like wildcards") << QStringLiteral("%");
        QTest::newRow("quote") << QStringLiteral("'\"");
    }

    void unknownQueriesFindNothing()
    {
        QFETCH(QString, query);
        QCOMPARE(m_trace->search(query).size(), 0);
        QVERIFY(m_trace->timeline(query).entries.isEmpty());
    }

    void lookUpsUseIndexes()
    {
        const QString byEmail
            = plan(QStringLiteral("SELECT DISTINCT partition_key FROM jobs WHERE step = 'create_sale_order'"
                                  " AND {{order_email}} = 'a@b.c'"));
        QVERIFY2(byEmail.contains(QLatin1String("jobs_order_email")), qPrintable(byEmail));
        const QString byTarget = plan(QStringLiteral("SELECT id FROM audit_log WHERE target IN ('job:1', 'job:2')"));
        QVERIFY2(byTarget.contains(QLatin1String("audit_log_target")), qPrintable(byTarget));
        const QString byName
            = plan(QStringLiteral("SELECT DISTINCT partition_key FROM jobs WHERE correlation_id IN ('#1001', '1001')"));
        QVERIFY2(byName.contains(QLatin1String("jobs_correlation")), qPrintable(byName));
    }

    void timelineModel()
    {
        const QList<TraceEntry> all = m_trace->timeline(m_shipped).entries;
        QVERIFY(all.size() >= 10);
        OrderTraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto check = [&](const QList<TraceEntry> &expected) {
            QCOMPARE(model.rowCount(), expected.size());
            for (int r = 0; r < expected.size(); ++r)
                QCOMPARE(model.index(r, 0).data(OrderTraceModel::KeyRole).toString(), expected.at(r).key);
        };

        // The order as it was part way, then as it is: the rows that came are inserted, not reset.
        model.setTimeline(m_shipped, all.mid(0, all.size() / 2));
        check(all.mid(0, all.size() / 2));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTimeline(m_shipped, all);
        check(all);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), all.size() - all.size() / 2);

        // Rows that went are removed; a row whose outcome changed is updated in place.
        QList<TraceEntry> fewer = all;
        fewer.removeAt(3);
        fewer.removeAt(1);
        fewer[0].status = QStringLiteral("changed");
        model.setTimeline(m_shipped, fewer);
        check(fewer);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(resets.count(), 0);

        // What the columns say: a job of the ShipBob lane and its attempt.
        const int row = model.rowOfKey(std::find_if(all.cbegin(), all.cend(), [](const TraceEntry &e) {
            return e.kind == Kind::Job && e.what == FulfilmentJobs::CreateStep;
        })->key);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, OrderTraceModel::SystemColumn).data().toString(), QStringLiteral("ShipBob"));
        QCOMPARE(model.index(row, OrderTraceModel::OutcomeColumn).data().toString(), QStringLiteral("done"));
        QCOMPARE(
            model.index(row, OrderTraceModel::WhatColumn).data(Qt::ToolTipRole).toString(), FulfilmentJobs::CreateStep);
        QVERIFY(!model.index(row, OrderTraceModel::TimeColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, OrderTraceModel::DurationColumn).data().toString().isEmpty());

        // Another order replaces the rows.
        const QList<TraceEntry> other = m_trace->timeline(m_other).entries;
        model.setTimeline(m_other, other);
        check(other);
        QCOMPARE(resets.count(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void matchModel()
    {
        OrderMatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatches(m_trace->search(m_email));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, OrderMatchModel::OrderColumn).data().toString(), nameOf(m_second));
        QCOMPARE(model.index(1, 0).data(OrderMatchModel::OrderGidRole).toString(), m_shipped);
        QCOMPARE(model.index(1, OrderMatchModel::CustomerColumn).data().toString(), PiiMask::maskText(m_email));
        QCOMPARE(model.rowOfOrder(m_shipped), 1);
        model.setMatches({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderTrace)
#include "tst_ordertrace.moc"
