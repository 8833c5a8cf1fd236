#include "core/engine/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Quayside {

RetryPolicy::RetryPolicy(qint64 baseMs, qint64 capMs, Limits limits)
    : m_baseMs(baseMs)
    , m_capMs(capMs)
    , m_limits(limits)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{ }

qint64 RetryPolicy::ceilingMs(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = double(m_baseMs) * double(qint64(1) << exponent);
    return qint64(std::min(double(m_capMs), ceiling));
}

qint64 RetryPolicy::delayMs(ErrorClass c, int attempt, qint64 retryAfterMs) const
{
    if (retryAfterMs >= 0) {
        // The server said when; a little jitter keeps a fleet of jobs from returning in one burst.
        return retryAfterMs + qint64(m_random() * double(std::min<qint64>(m_baseMs, 1000)));
    }
    if (c == ErrorClass::Conflict)
        return qint64(m_random() * double(std::min<qint64>(m_baseMs, 250)));
    return qint64(m_random() * double(ceilingMs(attempt)));
}

int RetryPolicy::maxAttempts(ErrorClass c) const
{
    switch (c) {
    case ErrorClass::Transient:
        return m_limits.transient;
    case ErrorClass::RateLimited:
        return m_limits.rateLimited;
    case ErrorClass::Conflict:
        return m_limits.conflict;
    case ErrorClass::Auth:
        return 0; // never counted: the lane pauses instead
    case ErrorClass::Validation:
    case ErrorClass::Business:
        return 1;
    }
    return 1;
}

bool RetryPolicy::shouldRetry(ErrorClass c, int attempts) const
{
    if (isTerminal(c))
        return false;
    if (c == ErrorClass::Auth)
        return true;
    return attempts < maxAttempts(c);
}

} // namespace Quayside
