#include "core/connectors/shipbob/shipbobwebhook.h"

#include "core/security/constanttime.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>

namespace Quayside::Connectors {

bool ShipBobWebhookVerifier::verify(const QByteArray &secret,
    const QByteArray &webhookId,
    const QByteArray &webhookTimestamp,
    const QByteArray &webhookSignature,
    const QByteArray &body,
    qint64 nowSecs,
    qint64 toleranceSecs)
{
    if (secret.isEmpty() || webhookId.isEmpty() || webhookSignature.isEmpty())
        return false;
    bool ok = false;
    const qint64 timestamp = webhookTimestamp.trimmed().toLongLong(&ok);
    if (!ok || qAbs(nowSecs - timestamp) > toleranceSecs)
        return false;
    const QByteArray key = QByteArray::fromBase64(secret.startsWith("whsec_") ? secret.mid(6) : secret);
    const QByteArray content = webhookId + '.' + QByteArray::number(timestamp) + '.' + body;
    const QByteArray expected = QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256);
    for (const QByteArray &part : webhookSignature.split(' ')) {
        const qsizetype comma = part.indexOf(',');
        if (comma < 0 || part.left(comma) != "v1")
            continue;
        if (equalInConstantTime(QByteArray::fromBase64(part.mid(comma + 1)), expected))
            return true;
    }
    return false;
}

} // namespace Quayside::Connectors
