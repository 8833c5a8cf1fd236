#pragma once

#include <QByteArray>

namespace Quayside::Connectors {

// Verifies a Shopify webhook delivery: `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw body,
// keyed by the app's client secret (shopify.md §4). Compared in constant time, before the body is parsed.
struct ShopifyWebhookVerifier
{
    static bool verify(const QByteArray &secret, const QByteArray &hmacHeader, const QByteArray &body);
};

} // namespace Quayside::Connectors
