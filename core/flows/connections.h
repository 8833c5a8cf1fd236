#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/connectors/shopify/shopifyclient.h"

#include <QJsonObject>

namespace Quayside {

// Where the three systems are and how to reach them. Secrets in here come from the keychain (or, for
// the sandbox, from the sandbox itself) and are never written to settings, logs or the store.
struct Connections
{
    Connectors::ShopifyConfig shopify;
    Connectors::OdooConfig odoo;
    QUrl shipbobUrl;
    QString shipbobToken;
    int shipbobChannelId = 0;
    int shipbobRequestsPerMinute = 150; // ShipBob's sliding window; the client keeps under it
    int shipbobTimeoutMs = 30000;
    // Where Shopify delivers webhooks to this install (config "webhooks.callbackUrl"); empty: poll only.
    QUrl shopifyWebhookCallback;

    // From `quayside --sandbox-only`'s first line / SandboxHost::endpoints().
    static Connections fromSandbox(const QJsonObject &endpoints);
};

} // namespace Quayside
