#pragma once

#include "sandbox/common/webhookdispatcher.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

#include <functional>
#include <optional>

namespace Quayside::Sandbox {

struct ShipBobSubscription
{
    QString id;
    QStringList topics;
    QUrl url;
    QString description;
    QByteArray secret; // "whsec_" + base64 key
    qint64 createdMs = 0;
};

// ShipBob's webhook subscriptions and their delivery: each event is POSTed to every subscription of its topic,
// signed with the Standard Webhooks scheme (webhook-id, webhook-timestamp, webhook-signature "v1,<base64
// HMAC-SHA256 of id.timestamp.body>" keyed by the secret's base64 part) plus x-webhook-topic, through the
// WebhookDispatcher, so it may arrive twice or out of order.
class ShipBobWebhooks
{
public:
    ShipBobWebhooks(WebhookDispatcher *dispatcher, quint64 seed);

    static QStringList topics(); // Webhooks.Topics of 2026-01
    static bool isValidSecret(const QByteArray &secret); // ^whsec_[a-zA-Z0-9+/]{32}$
    static QByteArray sign(const QByteArray &secret, const QByteArray &id, qint64 timestamp, const QByteArray &body);

    QByteArray defaultSecret() const { return m_defaultSecret; }
    QByteArray newSecret();
    ShipBobSubscription subscribe(QStringList topics, const QUrl &url, const QString &description, QByteArray secret);
    bool remove(const QString &id);
    const QList<ShipBobSubscription> &subscriptions() const { return m_subscriptions; }
    // Sends `payload` to every subscriber of `topic`; returns how many deliveries were queued.
    int publish(const QByteArray &topic, const QByteArray &payload);
    void setTimestampClock(std::function<qint64()> secondsSinceEpoch) { m_clock = std::move(secondsSinceEpoch); }

private:
    QByteArray randomToken(int length);

    WebhookDispatcher *m_dispatcher;
    SeededRandom m_random;
    QByteArray m_defaultSecret;
    QList<ShipBobSubscription> m_subscriptions;
    std::function<qint64()> m_clock;
    int m_nextId = 1;
};

} // namespace Quayside::Sandbox
