#include "sandbox/shipbob/shipbobwebhooks.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace Quayside::Sandbox {

ShipBobWebhooks::ShipBobWebhooks(WebhookDispatcher *dispatcher, quint64 seed)
    : m_dispatcher(dispatcher)
    , m_random(seed ^ 0x00AB5EC7ULL)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_defaultSecret = newSecret();
}

QStringList ShipBobWebhooks::topics()
{
    return { QStringLiteral("order.shipped"),
        QStringLiteral("order.shipment.delivered"),
        QStringLiteral("order.shipment.exception"),
        QStringLiteral("order.shipment.on_hold"),
        QStringLiteral("order.shipment.cancelled"),
        QStringLiteral("return.created"),
        QStringLiteral("return.updated"),
        QStringLiteral("return.completed"),
        QStringLiteral("billing.charge.created"),
        QStringLiteral("billing.refund.created"),
        QStringLiteral("billing.credit.created") };
}

bool ShipBobWebhooks::isValidSecret(const QByteArray &secret)
{
    static const QRegularExpression pattern(QStringLiteral("^whsec_[a-zA-Z0-9+/]{32}$"));
    return pattern.match(QString::fromLatin1(secret)).hasMatch();
}

QByteArray ShipBobWebhooks::sign(
    const QByteArray &secret, const QByteArray &id, qint64 timestamp, const QByteArray &body)
{
    const QByteArray key = QByteArray::fromBase64(secret.startsWith("whsec_") ? secret.mid(6) : secret);
    const QByteArray content = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1," + QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256).toBase64();
}

QByteArray ShipBobWebhooks::randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += alphabet[m_random.bounded(0, 62)];
    return out;
}

QByteArray ShipBobWebhooks::newSecret()
{
    return "whsec_" + randomToken(32);
}

ShipBobSubscription ShipBobWebhooks::subscribe(
    QStringList topics, const QUrl &url, const QString &description, QByteArray secret)
{
    ShipBobSubscription s;
    s.id = QString::number(m_nextId++);
    s.topics = std::move(topics);
    s.url = url;
    s.description = description;
    s.secret = secret.isEmpty() ? newSecret() : std::move(secret);
    s.createdMs = QDateTime::currentMSecsSinceEpoch();
    m_subscriptions << s;
    return s;
}

bool ShipBobWebhooks::remove(const QString &id)
{
    return m_subscriptions.removeIf([&](const ShipBobSubscription &s) { return s.id == id; }) > 0;
}

int ShipBobWebhooks::publish(const QByteArray &topic, const QByteArray &payload)
{
    int queued = 0;
    for (const auto &s : std::as_const(m_subscriptions)) {
        if (!s.topics.contains(QString::fromLatin1(topic)))
            continue;
        WebhookDelivery d;
        d.url = s.url;
        d.topic = topic;
        d.body = payload;
        const QByteArray id = "msg_" + randomToken(27);
        const qint64 timestamp = m_clock();
        d.headers << qMakePair(QByteArrayLiteral("webhook-id"), id)
                  << qMakePair(QByteArrayLiteral("webhook-timestamp"), QByteArray::number(timestamp))
                  << qMakePair(QByteArrayLiteral("webhook-signature"), sign(s.secret, id, timestamp, payload))
                  << qMakePair(QByteArrayLiteral("x-webhook-topic"), topic);
        m_dispatcher->send(d);
        ++queued;
    }
    return queued;
}

} // namespace Quayside::Sandbox
