#pragma once

#include <QObject>

class QSocketNotifier;

namespace Quayside {

// Turns SIGTERM and SIGINT into a Qt signal on the main thread (self-pipe), so the engine can finish or
// give back its leases instead of dying mid-write.
class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Quayside
