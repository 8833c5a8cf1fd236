#pragma once

#include "core/engine/errorclass.h"

#include <QtGlobal>

#include <functional>

namespace Quayside {

// Exponential backoff with full jitter (delay drawn uniformly from [0, min(cap, base * 2^attempt)]),
// a Retry-After hint taking precedence, and an attempt budget per error class.
struct RetryLimits
{
    // Transient failures end by themselves: with the 5-minute cap, 50 attempts keep trying for about
    // four hours (a long outage, a maintenance window) before a person is asked to look.
    int transient = 50;
    int rateLimited = 30;
    int conflict = 5;
};

class RetryPolicy
{
public:
    using Limits = RetryLimits;

    RetryPolicy(qint64 baseMs = 500, qint64 capMs = 5 * 60 * 1000, Limits limits = RetryLimits());

    // Delay before attempt `attempt + 1`, given `attempt` attempts so far (1-based).
    qint64 delayMs(ErrorClass c, int attempt, qint64 retryAfterMs = -1) const;
    // Whether another attempt is allowed after `attempts` attempts failed with class c.
    bool shouldRetry(ErrorClass c, int attempts) const;
    int maxAttempts(ErrorClass c) const;
    qint64 ceilingMs(int attempt) const; // the jitter window's upper bound

    // For tests: a deterministic source in [0, 1).
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    Limits m_limits;
    std::function<double()> m_random;
};

} // namespace Quayside
