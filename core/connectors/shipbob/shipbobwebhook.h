#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace Quayside::Connectors {

// Verifies a ShipBob webhook delivery (Standard Webhooks scheme): `webhook-signature` holds one or more
// space-separated "v1,<base64 HMAC-SHA256>" of "<webhook-id>.<webhook-timestamp>.<raw body>", keyed by the
// base64 part of the subscription secret ("whsec_…"). Deliveries older or newer than the tolerance are
// refused, so a captured request cannot be replayed later.
struct ShipBobWebhookVerifier
{
    static constexpr qint64 kToleranceSecs = 300;

    static bool verify(const QByteArray &secret,
        const QByteArray &webhookId,
        const QByteArray &webhookTimestamp,
        const QByteArray &webhookSignature,
        const QByteArray &body,
        qint64 nowSecs,
        qint64 toleranceSecs = kToleranceSecs);
};

// What a verified delivery is about. A function of its own so the receiver and the fuzz target (fuzz/)
// read deliveries the same way.
struct ShipBobWebhookDelivery
{
    // The order topics carry the shipment, which names its order's reference id (ours: the Shopify order's
    // numeric id). Empty for the returns and billing topics, which are left to their polls, and when the
    // delivery names no reference.
    static QString orderReference(const QByteArray &topic, const QJsonObject &body);
};

} // namespace Quayside::Connectors
