#pragma once

#include <QObject>

namespace Quayside {

// glibc keeps memory that threads freed in their own arenas instead of giving it back; a process that runs
// for weeks with a dozen threads churning JSON and HTTP buffers then grows without holding more. This hands
// the free memory back to the system now and then. Elsewhere (no glibc) it does nothing.
class HeapTrimmer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeapTrimmer)

public:
    explicit HeapTrimmer(int intervalMs = 60'000, QObject *parent = nullptr);
};

} // namespace Quayside
