#include "app/heaptrimmer.h"

#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Quayside {

HeapTrimmer::HeapTrimmer(int intervalMs, QObject *parent)
    : QObject(parent)
{
#if defined(__GLIBC__)
    auto *timer = new QTimer(this);
    timer->setInterval(intervalMs);
    timer->setTimerType(Qt::VeryCoarseTimer);
    // Trims every arena, not only the main one (glibc 2.8 and later).
    connect(timer, &QTimer::timeout, this, [] { malloc_trim(0); });
    timer->start();
#else
    Q_UNUSED(intervalMs)
#endif
}

} // namespace Quayside
