#include "sandbox/shipbob/slidingwindowratelimiter.h"

#include <algorithm>

namespace Quayside::Sandbox {

SlidingWindowRateLimiter::SlidingWindowRateLimiter(int limit, qint64 windowMs, std::function<qint64()> clock)
    : m_limit(limit)
    , m_windowMs(windowMs)
    , m_clock(std::move(clock))
{ }

SlidingWindowRateLimiter::Decision SlidingWindowRateLimiter::acquire(const QByteArray &key)
{
    const qint64 now = m_clock();
    auto &calls = m_calls[key];
    while (!calls.empty() && calls.front() <= now - m_windowMs)
        calls.pop_front();
    Decision d;
    if (int(calls.size()) >= m_limit) {
        d.allowed = false;
        d.remaining = 0;
        // A limit of 0 refuses everything: wait a whole window.
        d.retryAfterMs = calls.empty() ? m_windowMs : std::max<qint64>(1, calls.front() + m_windowMs - now);
        return d;
    }
    calls.push_back(now);
    d.remaining = m_limit - int(calls.size());
    return d;
}

} // namespace Quayside::Sandbox
