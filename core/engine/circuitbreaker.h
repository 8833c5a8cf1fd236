#pragma once

#include <QString>
#include <QtGlobal>

namespace Quayside {

// Per-lane circuit breaker: opens after `threshold` consecutive transient failures, stays open for a
// cool-down that doubles on each failed probe (up to a cap), then lets one probe through (half-open).
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(int threshold = 5, qint64 openMs = 10000, qint64 maxOpenMs = 5 * 60 * 1000);

    // Whether a request may start now; moves Open → HalfOpen when the cool-down has passed.
    bool allowRequest(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);

    State state() const { return m_state; }
    qint64 openUntilMs() const { return m_openUntilMs; }
    int consecutiveFailures() const { return m_failures; }
    bool probeInFlight() const { return m_probeInFlight; }

private:
    int m_threshold;
    qint64 m_baseOpenMs;
    qint64 m_maxOpenMs;
    qint64 m_currentOpenMs;
    State m_state = State::Closed;
    int m_failures = 0;
    qint64 m_openUntilMs = 0;
    bool m_probeInFlight = false;
};

QString toString(CircuitBreaker::State s);

} // namespace Quayside
