#pragma once

#include "sandbox/common/emulatorserver.h"
#include "sandbox/shipbob/shipbobstate.h"
#include "sandbox/shipbob/slidingwindowratelimiter.h"

namespace Quayside::Sandbox {

class ShipBobWebhooks;

// The HTTP face of the ShipBob 2026-01 API on 127.0.0.1: bearer PAT, the 150/min sliding window per token,
// the shipbob_channel_id header, routing to the order, catalogue, return and webhook routes, and faults shaped
// as ShipBob answers them. Fault endpoint names read "POST /order", "GET /order/{id}", "POST /order/{id}:cancel".
class ShipBobApi : public EmulatorServer
{
    Q_OBJECT

public:
    ShipBobApi(
        ShipBobState &state, ShipBobWebhooks &webhooks, QByteArray token, int channelId, QObject *parent = nullptr);

    static constexpr int kRequestsPerMinute = 150;
    static QString endpointFor(const QByteArray &method, const QString &path);
    SlidingWindowRateLimiter &rateLimiter() { return m_limiter; }

protected:
    HttpResponse handle(const HttpRequest &request) override;
    QString endpointName(const HttpRequest &request) const override;
    HttpResponse serverErrorResponse(const HttpRequest &request, int status) const override;
    HttpResponse rateLimitedResponse(const HttpRequest &request, int retryAfterMs) const override;
    HttpResponse unauthorizedResponse(const HttpRequest &request) const override;

private:
    std::optional<HttpResponse> checkChannel(
        const HttpRequest &request, const QStringList &segments, const QString &action) const;

    ShipBobState &m_state;
    ShipBobWebhooks &m_webhooks;
    QByteArray m_token;
    int m_channelId;
    SlidingWindowRateLimiter m_limiter;
};

} // namespace Quayside::Sandbox
