#include "core/connectors/shipbob/shipbobwebhook.h"

#include "core/security/constanttime.h"

#include <QCryptographicHash>
#include <QJsonValue>
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
    // Compared without subtracting: a timestamp near the ends of qint64 would overflow the difference.
    if (!ok || timestamp < nowSecs - toleranceSecs || timestamp > nowSecs + toleranceSecs)
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

QString ShipBobWebhookDelivery::orderReference(const QByteArray &topic, const QJsonObject &body)
{
    if (!topic.startsWith("order"))
        return {};
    const QJsonValue reference = body.value(QStringLiteral("reference_id"));
    if (!reference.isDouble())
        return reference.toString();
    // A number that is no whole qint64 (1e300, 2.5) names no order of ours.
    const qint64 id = reference.toInteger(-1);
    return id >= 0 ? QString::number(id) : QString();
}

} // namespace Quayside::Connectors
