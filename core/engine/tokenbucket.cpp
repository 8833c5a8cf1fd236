#include "core/engine/tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace Quayside {

TokenBucket::TokenBucket(double capacity, double ratePerSecond)
    : m_capacity(capacity)
    , m_rate(ratePerSecond)
    , m_tokens(capacity)
{ }

void TokenBucket::configure(double capacity, double ratePerSecond, qint64 nowMs)
{
    refill(nowMs);
    m_capacity = capacity;
    m_rate = ratePerSecond;
    m_tokens = std::min(m_tokens, capacity);
}

void TokenBucket::refill(qint64 nowMs)
{
    if (m_lastMs < 0) {
        m_lastMs = nowMs;
        return;
    }
    if (nowMs < m_holdUntilMs) {
        m_tokens = 0;
        m_lastMs = nowMs;
        return;
    }
    const qint64 from = std::max(m_lastMs, m_holdUntilMs);
    if (nowMs > from)
        m_tokens = std::min(m_capacity, m_tokens + double(nowMs - from) * m_rate / 1000.0);
    m_lastMs = nowMs;
}

bool TokenBucket::tryTake(double tokens, qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens + 1e-9 < tokens)
        return false;
    m_tokens -= tokens;
    return true;
}

double TokenBucket::available(qint64 nowMs)
{
    refill(nowMs);
    return m_tokens;
}

qint64 TokenBucket::msUntilAvailable(double tokens, qint64 nowMs)
{
    refill(nowMs);
    qint64 wait = nowMs < m_holdUntilMs ? m_holdUntilMs - nowMs : 0;
    const double missing = tokens - m_tokens;
    // A bucket the server describes as refilling almost never would ask for more than qint64 can hold.
    constexpr double kMaxRefillMs = 24.0 * 60 * 60 * 1000;
    if (missing > 0 && m_rate > 0)
        wait += qint64(std::min(std::ceil(missing * 1000.0 / m_rate), kMaxRefillMs));
    return wait;
}

void TokenBucket::holdUntil(qint64 untilMs)
{
    m_holdUntilMs = std::max(m_holdUntilMs, untilMs);
    m_tokens = 0;
}

void TokenBucket::syncAvailable(double tokens, qint64 nowMs)
{
    refill(nowMs);
    m_tokens = std::clamp(tokens, 0.0, m_capacity);
}

} // namespace Quayside
