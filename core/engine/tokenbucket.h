#pragma once

#include <QtGlobal>

namespace Quayside {

// A token bucket: `capacity` tokens, refilled at `ratePerSecond`. Time is passed in, so the limiter is
// deterministic in tests and reusable by every connector (requests/s, Shopify cost points, ...).
class TokenBucket
{
public:
    TokenBucket(double capacity = 10, double ratePerSecond = 10);

    void configure(double capacity, double ratePerSecond, qint64 nowMs);
    bool tryTake(double tokens, qint64 nowMs);
    double available(qint64 nowMs);
    // Milliseconds until `tokens` are available (0 if they are now).
    qint64 msUntilAvailable(double tokens, qint64 nowMs);
    // Empties the bucket and holds it empty until `untilMs` (a Retry-After from the server).
    void holdUntil(qint64 untilMs);
    // Replaces the local estimate with what the server reported (Shopify's currentlyAvailable).
    void syncAvailable(double tokens, qint64 nowMs);

    double capacity() const { return m_capacity; }
    double ratePerSecond() const { return m_rate; }

private:
    void refill(qint64 nowMs);

    double m_capacity;
    double m_rate;
    double m_tokens;
    qint64 m_lastMs = -1;
    qint64 m_holdUntilMs = 0;
};

} // namespace Quayside
