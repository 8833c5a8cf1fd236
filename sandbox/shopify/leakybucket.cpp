#include "sandbox/shopify/leakybucket.h"

#include <algorithm>

namespace Quayside::Sandbox {

LeakyBucket::LeakyBucket(double capacity, double restoreRate)
    : m_capacity(capacity)
    , m_restoreRate(restoreRate)
    , m_available(capacity)
{ }

void LeakyBucket::configure(double capacity, double restoreRate, qint64 nowMs)
{
    refill(nowMs);
    m_capacity = capacity;
    m_restoreRate = restoreRate;
    m_available = std::min(m_available, capacity);
}

void LeakyBucket::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_available = std::min(m_capacity, m_available + double(nowMs - m_lastMs) * m_restoreRate / 1000.0);
    if (nowMs > m_lastMs)
        m_lastMs = nowMs;
}

bool LeakyBucket::tryTake(double cost, qint64 nowMs)
{
    refill(nowMs);
    if (cost > m_available)
        return false;
    m_available -= cost;
    return true;
}

void LeakyBucket::refund(double points, qint64 nowMs)
{
    refill(nowMs);
    m_available = std::min(m_capacity, m_available + std::max(0.0, points));
}

double LeakyBucket::peekAvailable(qint64 nowMs) const
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        return std::min(m_capacity, m_available + double(nowMs - m_lastMs) * m_restoreRate / 1000.0);
    return m_available;
}

double LeakyBucket::available(qint64 nowMs)
{
    refill(nowMs);
    return m_available;
}

} // namespace Quayside::Sandbox
