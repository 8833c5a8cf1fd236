#include "core/connectors/odoo/odooclient.h"
#include "core/engine/engine.h"
#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/odooquery.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/orders/orderjobs.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingrepository.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
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

// The fulfilment flow's writes go through the published mappings: the ShipBob order (shipbob/order/outbound),
// the tracking written on the Odoo delivery (odoo/stock.picking/outbound) and the Shopify fulfilment
// (shopify/fulfillment/outbound). Over the sandbox on 127.0.0.1 with the real engine and clients: the shipped
// defaults send what the flow always sent; customised, published versions change what each emulator stores;
// a mapping that cannot map an order is a validation exception naming it, and the replay after a fix runs
// the new version.
class TestFulfilmentMappings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<MappingRepository> m_mappings;
    const QString m_actor = QStringLiteral("lead@example.com");

    static QString ref(const QString &gid) { return FulfilmentJobs::numericId(gid); }

    const StoreOrder *shopifyOrder(const QString &gid) const
    {
        const int i = m_host->shopify()->store().orderIndexById(ref(gid).toLongLong());
        return i < 0 ? nullptr : &m_host->shopify()->store().orders[size_t(i)];
    }

    QString nameOf(const QString &gid) const
    {
        const StoreOrder *o = shopifyOrder(gid);
        return o ? QString::fromStdString(o->name) : QString();
    }

    std::optional<JobRecord> job(const QString &gid, const QString &step) const
    {
        std::optional<JobRecord> last;
        for (const JobRecord &j : m_store->jobsByCorrelation(nameOf(gid)))
            if (j.step == step)
                last = j;
        return last;
    }

    // The mapping versions the step's jobs for the order ran with (jobs that wrote nothing ran with none).
    QList<int> versionsUsed(const QString &gid, const QString &step) const
    {
        QList<int> out;
        for (const JobRecord &j : m_store->jobsByCorrelation(nameOf(gid)))
            if (j.step == step && j.mappingVersion > 0 && !out.contains(j.mappingVersion))
                out << j.mappingVersion;
        return out;
    }

    QString placeWith(const QList<QPair<QString, QString>> &attributes, int customer)
    {
        const QStringList skus = FlowTestSupport::stockedSkus(*m_host, 3);
        OrderInput input;
        input.lines << OrderLineInput { skus.value(customer % 3), 1 };
        input.customerIndex = customer;
        input.locationKey = QStringLiteral("shipbob-cicero");
        input.customAttributes = attributes;
        return m_host->shopify()->placeOrder(input);
    }

    void shipUpToLabel()
    {
        const auto plan = m_host->shipbob()->progressionPlan();
        m_host->shipbob()->advance(plan.pickMs + plan.packMs + plan.labelMs);
    }

    // The action's answer from the engine's control thread: the version it saved or published.
    int operatorAction(const QString &action, const std::function<void()> &request)
    {
        return FlowTestSupport::operatorAction(*m_engine, action, request);
    }

    int publish(const MappingDocument &document, const QString &comment)
    {
        if (operatorAction(QStringLiteral("mapping.draft"), [&] { m_engine->saveMappingDraft(document.toJson()); }) < 0)
            return -1;
        return operatorAction(
            QStringLiteral("mapping.publish"), [&] { m_engine->publishMapping(document.key, comment); });
    }

    // The delivery Odoo validated for the order, with the fields asked for.
    QJsonObject picking(const QString &gid, const QJsonArray &fields)
    {
        auto odoo = connectedOdoo(&m_network, *m_host);
        const auto orders = odooCall(*odoo,
            QStringLiteral("sale.order"),
            QStringLiteral("search_read"),
            {},
            { { QStringLiteral("domain"),
                  OdooQuery::domain({ OdooQuery::term(
                      QStringLiteral("origin"), QStringLiteral("="), CreateSaleOrderStep::originFor(gid)) }) },
                { QStringLiteral("fields"), QJsonArray { QStringLiteral("id") } } });
        if (orders.value.toArray().isEmpty())
            return {};
        const auto found = odooCall(*odoo,
            QStringLiteral("stock.picking"),
            QStringLiteral("search_read"),
            {},
            { { QStringLiteral("domain"),
                  OdooQuery::domain({ OdooQuery::term(QStringLiteral("sale_id"),
                      QStringLiteral("="),
                      orders.value.toArray().first().toObject().value(QStringLiteral("id"))) }) },
                { QStringLiteral("fields"), fields } });
        return found.value.toArray().first().toObject();
    }

    static MappingRule rule(const char *id, const char *target, MappingOp op, const char *source = "")
    {
        MappingRule r;
        r.id = QLatin1String(id);
        r.target = QLatin1String(target);
        r.op = op;
        r.source = QLatin1String(source);
        return r;
    }

    static qsizetype indexOf(const MappingDocument &document, const QString &id)
    {
        for (qsizetype i = 0; i < document.rules.size(); ++i)
            if (document.rules.at(i).id == id)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.seed = 62;
        options.autoProgressShipments = false; // the test moves ShipBob's clock
        m_host = std::make_unique<SandboxHost>(options);
        QVERIFY(m_host->start(nullptr));
        // Odoo Studio: a custom field on deliveries for the carrier ShipBob used.
        m_host->odoo()->setRequiredField(QStringLiteral("stock.picking"),
            QStringLiteral("x_shipbob_carrier"),
            false,
            QStringLiteral("ShipBob carrier"));
        const auto setup
            = FlowTestSupport::orderFlowOn(*m_host, m_dir.filePath(QStringLiteral("fulmap.sqlite")), m_actor);
        m_engine = FlowTestSupport::startedEngine(setup, QStringLiteral("fulmap"));
        QVERIFY(m_engine);
        m_store = std::make_unique<JobStore>(QStringLiteral("fulmap"), Dialect::Sqlite);
        m_mappings = std::make_unique<MappingRepository>(QStringLiteral("fulmap"), Dialect::Sqlite);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        if (m_engine)
            m_engine->shutdown();
        m_mappings.reset();
        m_store.reset();
        Database::close(QStringLiteral("fulmap"));
    }

    void shippedDefaultsSendWhatTheFlowAlwaysSent()
    {
        // The engine's start stored every flow key's shipped default as version 1.
        for (const MappingKey &key : MappingCatalog::flowKeys()) {
            const auto published = m_mappings->published(key);
            QVERIFY2(published, qPrintable(key.text()));
            QCOMPARE(published->version, 1);
            QCOMPARE(published->document, *MappingCatalog::shippedDefault(key));
        }

        const QString gid = placeWith({}, 3);
        QVERIFY(!gid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_host->shipbob()->orderByReference(ref(gid)), 30000);
        const auto created = job(gid, FulfilmentJobs::CreateStep);
        QVERIFY(created);
        QTRY_VERIFY_WITH_TIMEOUT(job(gid, FulfilmentJobs::CreateStep)->state == JobState::Done, 10000);
        QCOMPARE(job(gid, FulfilmentJobs::CreateStep)->mappingVersion, 1);

        // ShipBob stored the order as the flow built it before mappings: DTC, the account's Standard ship
        // option, and the Shopify order's shipping address.
        const ShipBobOrder stored = *m_host->shipbob()->orderByReference(ref(gid));
        const QJsonObject order = QJsonDocument::fromJson(created->payload).object();
        const QJsonObject address = order.value(QStringLiteral("shippingAddress")).toObject();
        QCOMPARE(stored.orderNumber, nameOf(gid));
        QCOMPARE(stored.type, QStringLiteral("DTC"));
        QCOMPARE(stored.shippingMethod, QStringLiteral("Standard"));
        QVERIFY(stored.giftMessage.is_null());
        QCOMPARE(QString::fromStdString(stored.recipient.value("name", std::string())),
            address.value(QStringLiteral("name")).toString());
        QCOMPARE(QString::fromStdString(stored.recipient["address"].value("address1", std::string())),
            address.value(QStringLiteral("address1")).toString());
        QCOMPARE(QString::fromStdString(stored.recipient["address"].value("country", std::string())),
            address.value(QStringLiteral("countryCodeV2")).toString());
        QCOMPARE(QString::fromStdString(stored.recipient.value("email", std::string())),
            order.value(QStringLiteral("email")).toString());

        // Shipped: the Odoo delivery gets the tracking reference, Shopify the carrier and ShipBob's URL.
        shipUpToLabel();
        const auto shipment = m_host->shipbob()->shipment(stored.shipmentIds.first());
        QVERIFY(shipment && !shipment->trackingNumber.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shopifyOrder(gid)->fulfillments.size() == 1, 30000);
        const StoreFulfillment &fulfillment = shopifyOrder(gid)->fulfillments.front();
        QCOMPARE(QString::fromStdString(fulfillment.number), shipment->trackingNumber);
        QCOMPARE(QString::fromStdString(fulfillment.company), shipment->carrier);
        QCOMPARE(QString::fromStdString(fulfillment.url), shipment->trackingUrl);
        QTRY_VERIFY_WITH_TIMEOUT(job(gid, FulfilmentJobs::FulfillStep)->state == JobState::Done, 10000);
        QCOMPARE(job(gid, FulfilmentJobs::FulfillStep)->mappingVersion, 1);
        const QJsonObject delivery = picking(gid,
            { QStringLiteral("state"), QStringLiteral("carrier_tracking_ref"), QStringLiteral("x_shipbob_carrier") });
        QCOMPARE(delivery.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(delivery.value(QStringLiteral("carrier_tracking_ref")).toString(), shipment->trackingNumber);
        QVERIFY(!delivery.value(QStringLiteral("x_shipbob_carrier")).isString()
            || delivery.value(QStringLiteral("x_shipbob_carrier")).toString().isEmpty());
        QCOMPARE(versionsUsed(gid, FulfilmentJobs::ApplyShipmentStep), QList<int> { 1 });
    }

    void customisedMappingsReachShipBobOdooAndShopify()
    {
        // ShipBob: the checkout's delivery choice picks the ship option; the gift message goes along.
        MappingDocument shipBob = *MappingCatalog::shippedDefault(MappingCatalog::shipBobOrder());
        const qsizetype method = indexOf(shipBob, QStringLiteral("shipping_method"));
        QVERIFY(method >= 0);
        shipBob.rules[method]
            = rule("shipping_method", "shipping_method", MappingOp::Lookup, "customAttributes[key=delivery].value");
        shipBob.rules[method].table = QJsonObject { { QStringLiteral("Express"), QStringLiteral("2-Day") } };
        shipBob.rules[method].defaultValue = QStringLiteral("Standard");
        shipBob.rules << rule("gift", "gift_message", MappingOp::Copy, "customAttributes[key=gift_message].value");
        QCOMPARE(publish(shipBob, QStringLiteral("Express orders ship 2-Day")), 2);

        // Shopify: the carrier's full name and the retailer's own tracking page; no e-mail from Shopify.
        MappingDocument fulfillment = *MappingCatalog::shippedDefault(MappingCatalog::shopifyFulfillment());
        const QJsonObject carriers { { QStringLiteral("USPS"), QStringLiteral("United States Postal Service") },
            { QStringLiteral("UPS"), QStringLiteral("UPS Ground") },
            { QStringLiteral("FedEx"), QStringLiteral("FedEx Home Delivery") } };
        const qsizetype carrier = indexOf(fulfillment, QStringLiteral("carrier"));
        const qsizetype url = indexOf(fulfillment, QStringLiteral("tracking_url"));
        const qsizetype notify = indexOf(fulfillment, QStringLiteral("notify_customer"));
        QVERIFY(carrier >= 0 && url >= 0 && notify >= 0);
        fulfillment.rules[carrier] = rule("carrier", "trackingInfo.company", MappingOp::Lookup, "carrier");
        fulfillment.rules[carrier].table = carriers;
        fulfillment.rules[carrier].defaultValue = QStringLiteral("Other carrier");
        fulfillment.rules[url] = rule("tracking_url", "trackingInfo.url", MappingOp::Template);
        fulfillment.rules[url].templateText = QStringLiteral("https://track.example.com/{carrier}/{trackingNumber}");
        fulfillment.rules[notify] = rule("notify_customer", "notifyCustomer", MappingOp::Constant);
        fulfillment.rules[notify].value = false;
        QCOMPARE(publish(fulfillment, QStringLiteral("our own tracking page")), 2);

        // Odoo: the carrier on the delivery's custom field.
        MappingDocument delivery = *MappingCatalog::shippedDefault(MappingCatalog::odooPicking());
        delivery.rules << rule("carrier", "x_shipbob_carrier", MappingOp::Copy, "carrier");
        QCOMPARE(publish(delivery, QStringLiteral("carrier for the warehouse report")), 2);

        const QString gid = placeWith({ { QStringLiteral("delivery"), QStringLiteral("Express") },
                                          { QStringLiteral("gift_message"), QStringLiteral("Happy birthday, Ada!") } },
            5);
        QVERIFY(!gid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_host->shipbob()->orderByReference(ref(gid)), 30000);
        const ShipBobOrder stored = *m_host->shipbob()->orderByReference(ref(gid));
        QCOMPARE(stored.shippingMethod, QStringLiteral("2-Day"));
        QCOMPARE(QString::fromStdString(stored.giftMessage.get<std::string>()), QStringLiteral("Happy birthday, Ada!"));
        QCOMPARE(stored.type, QStringLiteral("DTC"));
        QTRY_VERIFY_WITH_TIMEOUT(job(gid, FulfilmentJobs::CreateStep)->state == JobState::Done, 10000);
        QCOMPARE(job(gid, FulfilmentJobs::CreateStep)->mappingVersion, 2);

        shipUpToLabel();
        const auto shipment = m_host->shipbob()->shipment(stored.shipmentIds.first());
        QVERIFY(shipment && !shipment->trackingNumber.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shopifyOrder(gid)->fulfillments.size() == 1, 30000);
        const StoreFulfillment &made = shopifyOrder(gid)->fulfillments.front();
        QCOMPARE(QString::fromStdString(made.number), shipment->trackingNumber);
        QCOMPARE(QString::fromStdString(made.company),
            carriers.value(shipment->carrier).toString(QStringLiteral("Other carrier")));
        QCOMPARE(QString::fromStdString(made.url),
            QStringLiteral("https://track.example.com/%1/%2").arg(shipment->carrier, shipment->trackingNumber));
        QTRY_VERIFY_WITH_TIMEOUT(job(gid, FulfilmentJobs::FulfillStep)->state == JobState::Done, 10000);
        QCOMPARE(job(gid, FulfilmentJobs::FulfillStep)->mappingVersion, 2);

        const QJsonObject picked = picking(gid,
            { QStringLiteral("state"), QStringLiteral("carrier_tracking_ref"), QStringLiteral("x_shipbob_carrier") });
        QCOMPARE(picked.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(picked.value(QStringLiteral("carrier_tracking_ref")).toString(), shipment->trackingNumber);
        QCOMPARE(picked.value(QStringLiteral("x_shipbob_carrier")).toString(), shipment->carrier);
        QCOMPARE(versionsUsed(gid, FulfilmentJobs::ApplyShipmentStep), QList<int> { 2 });
    }

    // (After the test above: ShipBob's published mapping is version 2.)
    void mappingErrorNamesTheOrderAndTheReplayUsesTheFix()
    {
        MappingDocument strict = m_mappings->published(MappingCatalog::shipBobOrder())->document;
        const qsizetype method = indexOf(strict, QStringLiteral("shipping_method"));
        strict.rules[method].defaultValue.reset(); // every delivery choice must be in the table
        QCOMPARE(publish(strict, QStringLiteral("no silent Standard")), 3);

        const QString gid = placeWith({ { QStringLiteral("delivery"), QStringLiteral("Pigeon") } }, 7);
        QVERIFY(!gid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            job(gid, FulfilmentJobs::CreateStep) && job(gid, FulfilmentJobs::CreateStep)->state == JobState::Dead,
            30000);
        const JobRecord failed = *job(gid, FulfilmentJobs::CreateStep);
        QVERIFY(failed.errorClass == ErrorClass::Validation);
        QCOMPARE(failed.mappingVersion, 3);
        QCOMPARE(failed.errorMessage,
            QStringLiteral("Order %1: mapping shipbob/order/outbound v3 cannot map it: rule \"shipping_method\" "
                           "(rules[%2]) → shipping_method: the lookup table has no entry for \"Pigeon\" and the rule "
                           "has no default (source customAttributes[key=delivery].value = \"Pigeon\")")
                .arg(nameOf(gid))
                .arg(method));
        QVERIFY(!m_host->shipbob()->orderByReference(ref(gid)));

        MappingDocument fixed = strict;
        QJsonObject table = fixed.rules[method].table;
        table.insert(QStringLiteral("Pigeon"), QStringLiteral("Ground"));
        fixed.rules[method].table = table;
        QCOMPARE(publish(fixed, QStringLiteral("pigeons fly Ground")), 4);
        QCOMPARE(operatorAction(QStringLiteral("replay"), [&] { m_engine->replay({ failed.id }); }), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_host->shipbob()->orderByReference(ref(gid)), 30000);
        QCOMPARE(m_host->shipbob()->orderByReference(ref(gid))->shippingMethod, QStringLiteral("Ground"));
        QTRY_VERIFY_WITH_TIMEOUT(job(gid, FulfilmentJobs::CreateStep)->state == JobState::Done, 10000);
        QCOMPARE(job(gid, FulfilmentJobs::CreateStep)->mappingVersion, 4);
        QCOMPARE(job(gid, FulfilmentJobs::CreateStep)->id, failed.id);
    }
};

QTEST_MAIN(TestFulfilmentMappings)
#include "tst_fulfilmentmappings.moc"
