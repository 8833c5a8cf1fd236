#include "core/engine/circuitbreaker.h"

#include <algorithm>

namespace Quayside {

CircuitBreaker::CircuitBreaker(int threshold, qint64 openMs, qint64 maxOpenMs)
    : m_threshold(threshold)
    , m_baseOpenMs(openMs)
    , m_maxOpenMs(maxOpenMs)
    , m_currentOpenMs(openMs)
{ }

bool CircuitBreaker::allowRequest(qint64 nowMs)
{
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        if (nowMs < m_openUntilMs)
            return false;
        m_state = State::HalfOpen;
        m_probeInFlight = true;
        return true;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_state = State::Closed;
    m_failures = 0;
    m_probeInFlight = false;
    m_currentOpenMs = m_baseOpenMs;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    if (m_state == State::HalfOpen) {
        m_probeInFlight = false;
        m_currentOpenMs = std::min(m_maxOpenMs, m_currentOpenMs * 2);
        m_state = State::Open;
        m_openUntilMs = nowMs + m_currentOpenMs;
        return;
    }
    if (m_state == State::Closed && m_failures >= m_threshold) {
        m_state = State::Open;
        m_openUntilMs = nowMs + m_currentOpenMs;
    }
}

QString toString(CircuitBreaker::State s)
{
    switch (s) {
    case CircuitBreaker::State::Closed:
        return QStringLiteral("closed");
    case CircuitBreaker::State::Open:
        return QStringLiteral("open");
    case CircuitBreaker::State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return QStringLiteral("closed");
}

} // namespace Quayside
