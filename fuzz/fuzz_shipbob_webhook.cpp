// libFuzzer target: a ShipBob webhook delivery as the receiver sees it: the Standard Webhooks headers
// checked against a known secret, then the body read for the order it is about. A header
// "webhook-signature: sign" makes the harness sign the delivery, so the path past verification is reached.
#include "core/connectors/shipbob/shipbobwebhook.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include "fuzz/fuzzinput.h"

namespace {
constexpr qint64 kNow = 1795000000; // 2026-11-18: fixed, so every run of an input is the same
const QByteArray kSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Quayside;
    QList<QPair<QByteArray, QByteArray>> headers;
    const QByteArray body = Fuzz::splitHeaders(Fuzz::bytes(data, size), &headers);
    const QByteArray id = Fuzz::header(headers, "webhook-id");
    const QByteArray timestamp = Fuzz::header(headers, "webhook-timestamp");
    QByteArray signature = Fuzz::header(headers, "webhook-signature");
    const QByteArray topic = Fuzz::header(headers, "x-webhook-topic");
    if (signature == "sign") {
        const QByteArray key = QByteArray::fromBase64(kSecret.mid(6));
        signature = "v1,"
            + QMessageAuthenticationCode::hash(
                id + '.' + timestamp.trimmed() + '.' + body, key, QCryptographicHash::Sha256)
                  .toBase64();
    }
    if (!Connectors::ShipBobWebhookVerifier::verify(kSecret, id, timestamp, signature, body, kNow))
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    (void)Connectors::ShipBobWebhookDelivery::orderReference(topic, document.object());
    return 0;
}
