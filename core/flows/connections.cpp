#include "core/flows/connections.h"

namespace Quayside {

Connections Connections::fromSandbox(const QJsonObject &endpoints)
{
    Connections c;
    const QJsonObject shopify = endpoints.value(QStringLiteral("shopify")).toObject();
    c.shopify.shopDomain = shopify.value(QStringLiteral("shop")).toString();
    c.shopify.baseUrl = QUrl(shopify.value(QStringLiteral("url")).toString());
    c.shopify.accessToken = shopify.value(QStringLiteral("token")).toString();
    c.shopify.apiVersion = shopify.value(QStringLiteral("apiVersion")).toString(QStringLiteral("2026-10"));
    const QJsonObject odoo = endpoints.value(QStringLiteral("odoo")).toObject();
    c.odoo.baseUrl = QUrl(odoo.value(QStringLiteral("url")).toString());
    c.odoo.database = odoo.value(QStringLiteral("db")).toString();
    c.odoo.login = odoo.value(QStringLiteral("user")).toString();
    c.odoo.apiKey = odoo.value(QStringLiteral("apiKey")).toString();
    const QJsonObject shipbob = endpoints.value(QStringLiteral("shipbob")).toObject();
    c.shipbobUrl = QUrl(shipbob.value(QStringLiteral("url")).toString());
    c.shipbobToken = shipbob.value(QStringLiteral("token")).toString();
    c.shipbobChannelId = shipbob.value(QStringLiteral("channelId")).toInt();
    return c;
}

} // namespace Quayside
