#pragma once

#include "sandbox/common/world.h"

#include <QObject>
#include <QTimer>

namespace Quayside::Sandbox {

class SandboxHost;

// Shoppers for the sandbox: orders of one to four lines, known and guest customers, discounts, shipping,
// now and then another currency, at a chosen average rate with bursts (a sale every few minutes).
// Seeded, so the same seed and rate place the same orders.
class TrafficGenerator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficGenerator)

public:
    TrafficGenerator(SandboxHost *host, quint64 seed, QObject *parent = nullptr);

    void setOrdersPerMinute(double rate);
    double ordersPerMinute() const { return m_rate; }
    int ordersPlaced() const { return m_placed; }
    // Places one order now; returns its Shopify id (gid), or an empty string with the reason.
    QString placeOne(QString *error = nullptr);

Q_SIGNALS:
    void orderPlaced(const QString &orderId);

private:
    void scheduleNext();

    SandboxHost *m_host;
    SeededRandom m_random;
    QTimer m_timer;
    double m_rate = 0;
    int m_placed = 0;
};

} // namespace Quayside::Sandbox
