#include "core/connectors/shipbob/slidingwindow.h"

#include <QCryptographicHash>
#include <QHash>

namespace Quayside::Connectors {

SlidingWindow::SlidingWindow(int limit, qint64 windowMs)
    : m_limit(std::max(1, limit))
    , m_windowMs(windowMs)
{ }

std::optional<qint64> SlidingWindow::book(qint64 nowMs, qint64 maxWaitMs, qint64 *wouldWaitMs)
{
    QMutexLocker lock(&m_mutex);
    while (!m_sends.empty() && m_sends.front() <= nowMs - m_windowMs)
        m_sends.pop_front();
    qint64 at = std::max(nowMs, m_heldUntil);
    if (qsizetype(m_sends.size()) >= m_limit)
        at = std::max(at, m_sends[m_sends.size() - size_t(m_limit)] + m_windowMs);
    if (at - nowMs > maxWaitMs) {
        if (wouldWaitMs)
            *wouldWaitMs = at - nowMs;
        return std::nullopt;
    }
    m_sends.push_back(std::max(at, m_sends.empty() ? at : m_sends.back()));
    return at - nowMs;
}

void SlidingWindow::holdUntil(qint64 epochMs)
{
    QMutexLocker lock(&m_mutex);
    m_heldUntil = std::max(m_heldUntil, epochMs);
}

void SlidingWindow::setLimit(int limit)
{
    QMutexLocker lock(&m_mutex);
    m_limit = std::max(1, limit);
}

int SlidingWindow::limit() const
{
    QMutexLocker lock(&m_mutex);
    return m_limit;
}

std::shared_ptr<SlidingWindow> SlidingWindow::shared(const QString &token, int limit)
{
    static QMutex mutex;
    static QHash<QByteArray, std::weak_ptr<SlidingWindow>> windows;
    // Keyed by a hash, so the token itself is not kept around any longer than the clients keep it.
    const QByteArray key = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    QMutexLocker lock(&mutex);
    if (auto existing = windows.value(key).lock())
        return existing;
    auto window = std::make_shared<SlidingWindow>(limit);
    windows.insert(key, window);
    return window;
}

} // namespace Quayside::Connectors
