#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/flows/connections.h"
#include "sandbox/host/sandboxhost.h"

#include <QDeadlineTimer>
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

} // namespace FlowTestSupport
