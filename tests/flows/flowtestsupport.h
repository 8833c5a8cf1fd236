#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/flows/connections.h"
#include "sandbox/host/sandboxhost.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

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
              QJsonArray { QJsonArray { QStringLiteral("code"), QStringLiteral("="), warehouse } } },
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

} // namespace FlowTestSupport
