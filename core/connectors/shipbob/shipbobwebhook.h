#pragma once

#include <QByteArray>
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

} // namespace Quayside::Connectors
