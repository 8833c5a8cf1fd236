#pragma once

#include <QMutex>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

namespace Quayside::Connectors {

// ShipBob's rate limit modelled on our side: at most `limit` requests in any sliding `windowMs`, per
// token and application. Each request books a send time; a booking that would wait longer than the
// caller accepts is refused (and books nothing), so the step can fail as rate limited instead of holding
// its lease. A 429's x-retry-after closes the window until then. Thread-safe: one window is shared by
// every client that uses the same token.
class SlidingWindow
{
public:
    SlidingWindow(int limit, qint64 windowMs = 60000);

    // Books a send slot; returns how long to wait before sending (0: now), or nothing if that exceeds maxWaitMs
    // (then `wouldWaitMs` says how long).
    std::optional<qint64> book(qint64 nowMs, qint64 maxWaitMs, qint64 *wouldWaitMs = nullptr);
    void holdUntil(qint64 epochMs);
    void setLimit(int limit);
    int limit() const;

    // The window shared by every client of this token (created with `limit` the first time).
    static std::shared_ptr<SlidingWindow> shared(const QString &token, int limit);

private:
    mutable QMutex m_mutex;
    int m_limit;
    qint64 m_windowMs;
    qint64 m_heldUntil = 0;
    std::deque<qint64> m_sends; // booked send times, ascending
};

} // namespace Quayside::Connectors
