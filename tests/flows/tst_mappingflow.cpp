#include "core/connectors/odoo/odooclient.h"
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/odooquery.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/orders/orderjobs.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingpreview.h"
#include "core/mapping/mappingrepository.h"
#include "core/security/auditlog.h"
#include "core/telemetry/ordertrace.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/flows/flowtestsupport.h"

using namespace Quayside;
using namespace Quayside::Mapping;
using namespace Quayside::Sandbox;
using FlowTestSupport::connectedOdoo;
using FlowTestSupport::odooCall;

// A retailer's Odoo starts requiring a custom field on sale orders. The order flow, over the sandbox on
// 127.0.0.1 with the real engine and clients, refuses the order before writing anything and names the
// field; an operator adds a rule to a draft of the mapping, previews it on the stored order, publishes it
// and replays the exception from the queue: the order reaches Odoo with the field set, and the audit log
// has the publish and the replay.
class TestMappingFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<MappingRepository> m_mappings;
    const QString m_actor = QStringLiteral("lead@example.com");
    const MappingKey m_key = MappingCatalog::odooSaleOrder();

    QString nameOf(const QString &gid) const
    {
        const int i = m_host->shopify()->store().orderIndexById(FulfilmentJobs::numericId(gid).toLongLong());
        return i < 0 ? QString() : QString::fromStdString(m_host->shopify()->store().orders[size_t(i)].name);
    }

    std::optional<JobRecord> createJob(const QString &gid) const
    {
        for (const JobRecord &j : m_store->jobsByCorrelation(nameOf(gid)))
            if (j.step == OrderJobs::CreateSaleOrderStep && j.partitionKey == OrderJobs::partitionFor(gid))
                return j;
        return std::nullopt;
    }

    // What Odoo holds for the order: its non-cancelled sale orders with the fields asked for.
    QJsonArray saleOrders(Connectors::OdooClient &odoo, const QString &gid, const QJsonArray &fields)
    {
        const auto r = odooCall(odoo,
            QStringLiteral("sale.order"),
            QStringLiteral("search_read"),
            {},
            { { QStringLiteral("domain"),
                  OdooQuery::domain({ OdooQuery::term(
                      QStringLiteral("origin"), QStringLiteral("="), CreateSaleOrderStep::originFor(gid)) }) },
                { QStringLiteral("fields"), fields } });
        return r.value.toArray();
    }

    // The action's answer from the engine's control thread: the version it saved or published.
    int operatorAction(const QString &action, const std::function<void()> &request)
    {
        return FlowTestSupport::operatorAction(*m_engine, action, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.seed = 61;
        options.autoProgressShipments = false;
        m_host = std::make_unique<SandboxHost>(options);
        QVERIFY(m_host->start(nullptr));
        // Odoo Studio: a required "Sales Channel" on every sale order.
        m_host->odoo()->setRequiredField(
            QStringLiteral("sale.order"), QStringLiteral("x_sales_channel"), true, QStringLiteral("Sales Channel"));
        const auto setup = FlowTestSupport::orderFlowOn(*m_host, m_dir.filePath(QStringLiteral("map.sqlite")), m_actor);
        m_engine = FlowTestSupport::startedEngine(setup, QStringLiteral("mapflow"));
        QVERIFY(m_engine);
        m_store = std::make_unique<JobStore>(QStringLiteral("mapflow"), Dialect::Sqlite);
        m_mappings = std::make_unique<MappingRepository>(QStringLiteral("mapflow"), Dialect::Sqlite);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        if (m_engine)
            m_engine->shutdown();
        m_mappings.reset();
        m_store.reset();
        Database::close(QStringLiteral("mapflow"));
    }

    void requiredCustomFieldFixedByAMappingAndReplayed()
    {
        // The engine's start stored the shipped default as version 1.
        const auto v1 = m_mappings->published(m_key);
        QVERIFY(v1);
        QCOMPARE(v1->version, 1);

        const QStringList skus = FlowTestSupport::stockedSkus(*m_host, 1);
        QCOMPARE(skus.size(), 1);
        // Checkout added a note attribute naming the channel the buyer came from.
        OrderInput input;
        input.lines << OrderLineInput { skus[0], 1 };
        input.customerIndex = 3;
        input.locationKey = QStringLiteral("shipbob-cicero");
        input.customAttributes << qMakePair(QStringLiteral("channel"), QStringLiteral("instagram"));
        const QString gid = m_host->shopify()->placeOrder(input);
        QVERIFY(!gid.isEmpty());
        const QString name = nameOf(gid);

        // The order fails before anything is written, naming itself, the field and the mapping version.
        QTRY_VERIFY_WITH_TIMEOUT(createJob(gid) && createJob(gid)->state == JobState::Dead, 30000);
        const JobRecord failed = *createJob(gid);
        QVERIFY(failed.errorClass == ErrorClass::Validation);
        QVERIFY2(
            failed.errorMessage.startsWith(QStringLiteral("Order %1: ").arg(name)), qPrintable(failed.errorMessage));
        QVERIFY2(failed.errorMessage.contains(QLatin1String("x_sales_channel (Sales Channel)")),
            qPrintable(failed.errorMessage));
        QVERIFY2(failed.errorMessage.contains(QLatin1String("mapping odoo/sale.order/outbound v1")),
            qPrintable(failed.errorMessage));
        QCOMPARE(failed.mappingVersion, 1);
        auto odoo = connectedOdoo(&m_network, *m_host);
        QVERIFY(saleOrders(*odoo, gid, { QStringLiteral("id") }).isEmpty());

        // A draft with a rule for the field: the note attribute, else "shopify".
        MappingDocument draft = v1->document;
        MappingRule channel;
        channel.id = QStringLiteral("sales_channel");
        channel.target = QStringLiteral("x_sales_channel");
        channel.op = MappingOp::Copy;
        channel.source = QStringLiteral("customAttributes[key=channel].value");
        channel.defaultValue = QStringLiteral("shopify");
        channel.required = true;
        draft.rules << channel;
        QCOMPARE(
            operatorAction(QStringLiteral("mapping.draft"), [&] { m_engine->saveMappingDraft(draft.toJson()); }), 2);
        QCOMPARE(m_mappings->draft(m_key)->document, draft);

        // The preview over the stored orders, with the fields Odoo requires (as the editor reads them).
        const auto fieldsGet = odooCall(*odoo,
            QStringLiteral("sale.order"),
            QStringLiteral("fields_get"),
            {},
            { { QStringLiteral("attributes"),
                QJsonArray { QStringLiteral("required"), QStringLiteral("type"), QStringLiteral("string") } } });
        QVERIFY(fieldsGet.ok);
        QStringList requiredCustom;
        for (const RequiredField &f : MappingCatalog::odooRequiredCustomFields(fieldsGet.value.toObject()))
            requiredCustom << f.name;
        QCOMPARE(requiredCustom, QStringList { QStringLiteral("x_sales_channel") });
        const auto rows = m_mappings->preview(m_mappings->draft(m_key)->document, 20, requiredCustom);
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const PreviewRow &r) { return r.label == name; });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->id, QStringLiteral("job:%1").arg(failed.id));
        QVERIFY2(row->draftMaps(), qPrintable(row->draft.errorText()));
        QCOMPARE(row->draft.result.value(QStringLiteral("x_sales_channel")).toString(), QStringLiteral("instagram"));
        QCOMPARE(row->draft.result.value(QStringLiteral("client_order_ref")).toString(), name);
        QVERIFY(row->published && !row->published->ok());
        QCOMPARE(row->published->errors.size(), 1);
        QCOMPARE(row->published->errors.first().target, QStringLiteral("x_sales_channel"));
        QCOMPARE(row->diff,
            (QList<MappingChange> { { MappingChange::Kind::Added,
                QStringLiteral("x_sales_channel"),
                QJsonValue::Undefined,
                QStringLiteral("instagram") } }));

        // Publish, then replay from the exception queue as the console does (the engine facade).
        const QString comment = QStringLiteral("Odoo requires the sales channel since today");
        QCOMPARE(
            operatorAction(QStringLiteral("mapping.publish"), [&] { m_engine->publishMapping(m_key, comment); }), 2);
        QCOMPARE(operatorAction(QStringLiteral("replay"), [&] { m_engine->replay({ failed.id }); }), 1);
        QTRY_VERIFY_WITH_TIMEOUT(createJob(gid)->state == JobState::Done, 30000);
        QCOMPARE(createJob(gid)->mappingVersion, 2);
        // The order's trace shows the version the job ran with.
        const auto timeline = OrderTrace(QStringLiteral("mapflow"), Dialect::Sqlite).timeline(gid);
        const auto traced = std::find_if(timeline.entries.cbegin(), timeline.entries.cend(), [](const TraceEntry &e) {
            return e.kind == TraceEntry::Kind::Job && e.what == OrderJobs::CreateSaleOrderStep;
        });
        QVERIFY(traced != timeline.entries.cend());
        QCOMPARE(traced->mappingVersion, 2);

        // In Odoo, with the field set (read back over JSON-RPC).
        const QJsonArray orders = saleOrders(*odoo,
            gid,
            { QStringLiteral("x_sales_channel"),
                QStringLiteral("client_order_ref"),
                QStringLiteral("note"),
                QStringLiteral("state") });
        QCOMPARE(orders.size(), 1);
        const QJsonObject order = orders.first().toObject();
        QCOMPARE(order.value(QStringLiteral("x_sales_channel")).toString(), QStringLiteral("instagram"));
        QCOMPARE(order.value(QStringLiteral("client_order_ref")).toString(), name);
        QVERIFY(order.value(QStringLiteral("note")).toString().startsWith(QLatin1String("Shopify payment status: ")));
        QCOMPARE(order.value(QStringLiteral("state")).toString(), QStringLiteral("sale"));

        // The audit log: the publish (who, what, why), then the replay of that job.
        const auto audit = AuditLog::entries(m_store->db(), 50);
        const auto publish = std::find_if(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
            return e.action == QLatin1String("mapping.publish");
        });
        const auto replay = std::find_if(
            audit.cbegin(), audit.cend(), [](const AuditEntry &e) { return e.action == QLatin1String("job.replay"); });
        QVERIFY(publish != audit.cend() && replay != audit.cend());
        QCOMPARE(publish->actor, m_actor);
        QCOMPARE(publish->target, QStringLiteral("mapping:odoo/sale.order/outbound"));
        QCOMPARE(publish->note, comment);
        QCOMPARE(replay->actor, m_actor);
        QCOMPARE(replay->target, QStringLiteral("job:%1").arg(failed.id));
        QVERIFY(publish->id < replay->id);
        QCOMPARE(AuditLog::verify(m_store->db()), 0);
    }

    // (After the test above: the published mapping sets the channel Odoo requires.)
    // A published mapping that cannot map an order: the exception names the order, the rule, the field and
    // the value; rolling back (audited) and replaying takes the order through with the version rolled to.
    void mappingErrorNamesOrderRuleFieldAndValueThenRollback()
    {
        const auto live = m_mappings->published(m_key);
        QVERIFY(live);
        MappingDocument broken = live->document;
        MappingRule carrier;
        carrier.id = QStringLiteral("carrier_by_country");
        carrier.target = QStringLiteral("x_carrier");
        carrier.op = MappingOp::Lookup;
        carrier.source = QStringLiteral("shippingAddress.countryCodeV2");
        carrier.table = QJsonObject { { QStringLiteral("FR"), QStringLiteral("Colissimo") } };
        broken.rules << carrier;
        const int draft
            = operatorAction(QStringLiteral("mapping.draft"), [&] { m_engine->saveMappingDraft(broken.toJson()); });
        QCOMPARE(draft, live->version + 1);
        QCOMPARE(operatorAction(QStringLiteral("mapping.publish"),
                     [&] { m_engine->publishMapping(m_key, QStringLiteral("carriers by country")); }),
            draft);

        const QStringList skus = FlowTestSupport::stockedSkus(*m_host, 2);
        const QString gid = FlowTestSupport::place(*m_host, { { skus.last(), 1 } }, 4);
        QVERIFY(!gid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(createJob(gid) && createJob(gid)->state == JobState::Dead, 30000);
        const JobRecord failed = *createJob(gid);
        const QString country = QJsonDocument::fromJson(failed.payload)
                                    .object()
                                    .value(QStringLiteral("shippingAddress"))
                                    .toObject()
                                    .value(QStringLiteral("countryCodeV2"))
                                    .toString();
        QVERIFY(!country.isEmpty() && country != QLatin1String("FR"));
        QVERIFY(failed.errorClass == ErrorClass::Validation);
        QCOMPARE(failed.mappingVersion, draft);
        QCOMPARE(failed.errorMessage,
            QStringLiteral("Order %1: mapping odoo/sale.order/outbound v%2 cannot map it: rule \"carrier_by_country\" "
                           "(rules[%4]) → x_carrier: the lookup table has no entry for \"%3\" and the rule has no "
                           "default (source shippingAddress.countryCodeV2 = \"%3\")")
                .arg(nameOf(gid))
                .arg(draft)
                .arg(country)
                .arg(broken.rules.size() - 1));

        QCOMPARE(operatorAction(QStringLiteral("mapping.rollback"),
                     [&] { m_engine->rollbackMapping(m_key, live->version, QStringLiteral("carriers broke orders")); }),
            draft + 1);
        QCOMPARE(m_mappings->published(m_key)->document, live->document);
        QCOMPARE(operatorAction(QStringLiteral("replay"), [&] { m_engine->replay({ failed.id }); }), 1);
        QTRY_VERIFY_WITH_TIMEOUT(createJob(gid)->state == JobState::Done, 30000);
        QCOMPARE(createJob(gid)->mappingVersion, draft + 1);
        const auto audit
            = AuditLog::entries(m_store->db(), AuditFilter { QStringLiteral("mapping.rollback"), {}, {} }, 10, 0);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actor, m_actor);
        QCOMPARE(
            audit.first().note, QStringLiteral("Rolled back to version %1: carriers broke orders").arg(live->version));
    }
};

QTEST_MAIN(TestMappingFlow)
#include "tst_mappingflow.moc"
