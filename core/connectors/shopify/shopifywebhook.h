#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Quayside::Connectors {

// Verifies a Shopify webhook delivery: `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw body,
// keyed by the app's client secret (shopify.md §4). Compared in constant time, before the body is parsed.
struct ShopifyWebhookVerifier
{
    static bool verify(const QByteArray &secret, const QByteArray &hmacHeader, const QByteArray &body);
};

// What a verified delivery is about. A function of its own so the receiver and the fuzz target (fuzz/)
// read deliveries the same way.
struct ShopifyWebhookDelivery
{
    // The order as a GraphQL id: order topics carry the order itself, refunds, returns and fulfilments
    // carry order_id. Empty when the delivery names no order.
    static QString orderGid(const QByteArray &topic, const QJsonObject &body);
};

} // namespace Quayside::Connectors
