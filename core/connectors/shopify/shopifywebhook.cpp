#include "core/connectors/shopify/shopifywebhook.h"

#include "core/security/constanttime.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Quayside::Connectors {

bool ShopifyWebhookVerifier::verify(const QByteArray &secret, const QByteArray &hmacHeader, const QByteArray &body)
{
    if (secret.isEmpty() || hmacHeader.isEmpty())
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
    return equalInConstantTime(hmacHeader.trimmed(), expected);
}

} // namespace Quayside::Connectors
