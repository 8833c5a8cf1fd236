#pragma once

#include <QByteArray>
#include <QHash>

#include <deque>
#include <functional>

namespace Quayside::Sandbox {

// A sliding-window request limit per key (ShipBob: 150 requests per minute per user and application).
// The clock is injectable so tests can move through the window without waiting.
class SlidingWindowRateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int remaining = 0; // calls left in the window after this one
        qint64 retryAfterMs = 0; // when refused: until the oldest call leaves the window
    };

    SlidingWindowRateLimiter(int limit, qint64 windowMs, std::function<qint64()> clock);

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    Decision acquire(const QByteArray &key);

private:
    int m_limit;
    qint64 m_windowMs;
    std::function<qint64()> m_clock;
    QHash<QByteArray, std::deque<qint64>> m_calls;
};

} // namespace Quayside::Sandbox
