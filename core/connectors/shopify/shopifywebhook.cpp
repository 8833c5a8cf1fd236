#include "core/connectors/shopify/shopifywebhook.h"

#include "core/security/constanttime.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QMessageAuthenticationCode>

namespace Quayside::Connectors {

bool ShopifyWebhookVerifier::verify(const QByteArray &secret, const QByteArray &hmacHeader, const QByteArray &body)
{
    if (secret.isEmpty() || hmacHeader.isEmpty())
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
    return equalInConstantTime(hmacHeader.trimmed(), expected);
}

QString ShopifyWebhookDelivery::orderGid(const QByteArray &topic, const QJsonObject &body)
{
    // Shopify's ids are positive whole numbers; anything else (1e300, -1, 2.5) names no order.
    const auto orderOf = [](const QJsonValue &id) {
        const qint64 n = id.toInteger(0);
        return n > 0 ? QStringLiteral("gid://shopify/Order/%1").arg(n) : QString();
    };
    const QJsonValue orderId = body.value(QStringLiteral("order_id"));
    if (orderId.isDouble())
        return orderOf(orderId);
    if (topic.startsWith("orders/")) {
        const QString gid = body.value(QStringLiteral("admin_graphql_api_id")).toString();
        if (gid.startsWith(QLatin1String("gid://shopify/Order/")))
            return gid;
        return orderOf(body.value(QStringLiteral("id")));
    }
    return {};
}

} // namespace Quayside::Connectors
