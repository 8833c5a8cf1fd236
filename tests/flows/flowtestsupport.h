#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/engine/engine.h"
#include "core/flows/connections.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/odooquery.h"
#include "core/flows/orderflow.h"
#include "core/flows/orders/orderjobs.h"
#include "sandbox/common/world.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

// Shared by the flow tests: a checking Odoo client that waits for its answers, as a test reads the ERP.
namespace FlowTestSupport {

inline Quayside::Connectors::OdooResult odooCall(Quayside::Connectors::OdooClient &client,
    const QString &model,
    const QString &method,
    const QJsonArray &ids,
    const QJsonObject &kwargs)
{
    std::optional<Quayside::Connectors::OdooResult> result;
    client.call(model, method, ids, kwargs, [&](Quayside::Connectors::OdooResult r) { result = r; });
    QDeadlineTimer deadline(15000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(5);
    return result.value_or(Quayside::Connectors::OdooResult {});
}

inline std::unique_ptr<Quayside::Connectors::OdooClient> connectedOdoo(
    QNetworkAccessManager *network, const Quayside::Sandbox::SandboxHost &host)
{
    auto client = std::make_unique<Quayside::Connectors::OdooClient>(
        network, Quayside::Connections::fromSandbox(host.endpoints()).odoo);
    std::optional<bool> ok;
    client->connectToServer([&](Quayside::Connectors::OdooResult r) { ok = r.ok; });
    QDeadlineTimer deadline(15000);
    while (!ok && !deadline.hasExpired())
        QTest::qWait(5);
    return client;
}

// Counts stock as a warehouse worker would: an inventory adjustment applied in Odoo (odoo.md §3.3).
inline bool setOdooStock(Quayside::Connectors::OdooClient &client,
    const Quayside::Sandbox::SandboxHost &host,
    const QString &sku,
    const QString &warehouse,
    double quantity)
{
    const auto wh = odooCall(client,
        QStringLiteral("stock.warehouse"),
        QStringLiteral("search_read"),
        {},
        { { QStringLiteral("domain"),
              Quayside::OdooQuery::domain(
                  { Quayside::OdooQuery::term(QStringLiteral("code"), QStringLiteral("="), warehouse) }) },
            { QStringLiteral("fields"), QJsonArray { QStringLiteral("lot_stock_id") } } });
    if (!wh.ok || wh.value.toArray().isEmpty())
        return false;
    const int location
        = wh.value.toArray().at(0).toObject().value(QStringLiteral("lot_stock_id")).toArray().at(0).toInt();
    const QJsonObject inventoryMode { { QStringLiteral("inventory_mode"), true } };
    const auto quant = odooCall(client,
        QStringLiteral("stock.quant"),
        QStringLiteral("create"),
        {},
        { { QStringLiteral("vals_list"),
              QJsonArray { QJsonObject { { QStringLiteral("product_id"), host.odoo()->productIdBySku(sku) },
                  { QStringLiteral("location_id"), location },
                  { QStringLiteral("inventory_quantity"), quantity } } } },
            { QStringLiteral("context"), inventoryMode } });
    if (!quant.ok)
        return false;
    const int id = quant.value.isArray() ? quant.value.toArray().at(0).toInt() : quant.value.toInt();
    return odooCall(client,
        QStringLiteral("stock.quant"),
        QStringLiteral("action_apply_inventory"),
        { id },
        { { QStringLiteral("context"), inventoryMode } })
        .ok;
}

// SKUs ShipBob has plenty of, and Shopify sells from its ShipBob location.
inline QStringList stockedSkus(const Quayside::Sandbox::SandboxHost &host, int count)
{
    const Quayside::Sandbox::World &world = host.world();
    int l = -1;
    for (int i = 0; i < world.locations().size(); ++i)
        if (world.locations().at(i).shipbobFulfillmentCenterId != 0)
            l = i;
    QStringList out;
    for (int v = 0; v < world.variants().size() && out.size() < count; ++v)
        if (world.openingStock(v, l) >= 20)
            out << world.variants().at(v).sku;
    return out;
}

// A Shopify order from the ShipBob location for one of the world's customers; its gid.
inline QString place(
    Quayside::Sandbox::SandboxHost &host, const QList<QPair<QString, int>> &lines, int customerIndex = 0)
{
    Quayside::Sandbox::OrderInput input;
    for (const auto &[sku, quantity] : lines)
        input.lines << Quayside::Sandbox::OrderLineInput { sku, quantity };
    input.customerIndex = customerIndex;
    input.locationKey = QStringLiteral("shipbob-cicero");
    QString error;
    const QString gid = host.shopify()->placeOrder(input, &error);
    if (gid.isEmpty())
        qWarning("placeOrder: %s", qPrintable(error));
    return gid;
}

// The whole order flow on the sandbox, polling every 100 ms and retrying within a second, with ShipBob's
// rate limit out of the way: what an engine needs to run it.
struct OrderFlowSetup
{
    std::shared_ptr<Quayside::StepRegistry> registry;
    Quayside::EngineConfig config;
};

inline OrderFlowSetup orderFlowOn(
    Quayside::Sandbox::SandboxHost &host, const QString &databaseFile, const QString &actor)
{
    using namespace Quayside;
    host.shipbob()->setRateLimit(100000);
    Connections connections = Connections::fromSandbox(host.endpoints());
    connections.shipbobRequestsPerMinute = 100000;
    OrderFlowSetup setup;
    setup.registry = std::make_shared<StepRegistry>();
    registerOrderFlow(*setup.registry, connections, 100);
    setup.config.database = DatabaseConfig::sqlite(databaseFile);
    LaneConfig lane;
    lane.idlePollMs = 20;
    lane.retryBaseMs = 20;
    lane.retryCapMs = 200;
    for (const QString &name : { OrderJobs::ShopifyLane, OrderJobs::OdooLane, FulfilmentJobs::ShipBobLane }) {
        lane.name = name;
        setup.config.lanes << lane;
    }
    setup.config.recurring = orderFlowRecurringJobs();
    setup.config.actor = actor;
    return setup;
}

// The engine of `setup`, started, with the test's own connection `connection` open on its store; null (with
// a warning) when either fails.
inline std::unique_ptr<Quayside::Engine> startedEngine(const OrderFlowSetup &setup, const QString &connection)
{
    auto engine = std::make_unique<Quayside::Engine>(setup.config, setup.registry);
    QSignalSpy started(engine.get(), &Quayside::Engine::started);
    engine->start();
    if (!started.wait(10000)) {
        qWarning("the engine did not start");
        return nullptr;
    }
    if (const auto error = Quayside::Database::open(setup.config.database, connection)) {
        qWarning("cannot open the store: %s", qPrintable(error->message));
        return nullptr;
    }
    return engine;
}

// "step: message" of every job in the exception queue, one a line: what a failed wait prints.
inline QString deadMessages(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList out;
    if (q.exec(QStringLiteral("SELECT step, error_message FROM jobs WHERE state = 'dead'")))
        while (q.next())
            out << q.value(0).toString() + QLatin1String(": ") + q.value(1).toString();
    return out.join(QLatin1Char('\n'));
}

// The answer to an operator action from the engine's control thread: the count or version it reports, or
// -1 when it failed or did not answer.
inline int operatorAction(Quayside::Engine &engine, const QString &action, const std::function<void()> &request)
{
    QSignalSpy finished(&engine, &Quayside::Engine::operatorActionFinished);
    request();
    if (!finished.wait(10000))
        return -1;
    const auto answer = finished.takeFirst();
    if (answer.at(0).toString() != action || !answer.at(2).toString().isEmpty()) {
        qWarning("%s: %s", qPrintable(answer.at(0).toString()), qPrintable(answer.at(2).toString()));
        return -1;
    }
    return answer.at(1).toInt();
}

} // namespace FlowTestSupport
