#include "app/heaptrimmer.h"

#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Quayside {

HeapTrimmer::HeapTrimmer(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
#if defined(__GLIBC__)
    m_timer->setInterval(intervalMs);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &HeapTrimmer::trimNow);
    m_timer->start();
#else
    Q_UNUSED(intervalMs)
#endif
}

void HeapTrimmer::trimNow()
{
#if defined(__GLIBC__)
    // Trims every arena, not only the main one (glibc 2.8 and later).
    malloc_trim(0);
#endif
}

} // namespace Quayside
