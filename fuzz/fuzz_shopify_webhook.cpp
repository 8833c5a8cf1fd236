// libFuzzer target: a Shopify webhook delivery as the receiver sees it: the HMAC header checked against a
// known secret, then the body read for the order it is about. "X-Shopify-Hmac-Sha256: sign" makes the
// harness sign the body, so the path past verification is reached.
#include "core/connectors/shopify/shopifywebhook.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include "fuzz/fuzzinput.h"

namespace {
const QByteArray kSecret = "shpss_fuzz_client_secret";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Quayside;
    QList<QPair<QByteArray, QByteArray>> headers;
    const QByteArray body = Fuzz::splitHeaders(Fuzz::bytes(data, size), &headers);
    QByteArray hmac = Fuzz::header(headers, "X-Shopify-Hmac-Sha256");
    const QByteArray topic = Fuzz::header(headers, "X-Shopify-Topic");
    if (hmac == "sign")
        hmac = QMessageAuthenticationCode::hash(body, kSecret, QCryptographicHash::Sha256).toBase64();
    if (!Connectors::ShopifyWebhookVerifier::verify(kSecret, hmac, body))
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    (void)Connectors::ShopifyWebhookDelivery::orderGid(topic, document.object());
    return 0;
}
