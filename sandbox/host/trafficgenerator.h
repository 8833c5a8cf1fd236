#pragma once

#include "sandbox/common/world.h"

#include <QObject>
#include <QTimer>

#include <functional>

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
    // The share of orders from the retailer's own location that the buyer collects there (local pickup).
    // Drawn from a stream of its own, so the orders of a seed stay the same whatever the share.
    void setPickupShare(double share) { m_pickupShare = share; }
    // Places one order now; returns its Shopify id (gid), or an empty string with the reason.
    QString placeOne(QString *error = nullptr);
    // After-sales, as shoppers do now and then: cancel an order not yet fulfilled, refund part of a
    // paid one, or return a fulfilled line. Each returns false when no order qualifies.
    bool cancelOne();
    bool refundOne();
    bool returnOne();
    int cancellations() const { return m_cancelled; }
    int refunds() const { return m_refunded; }
    int returns() const { return m_returned; }

Q_SIGNALS:
    void orderPlaced(const QString &orderId);

private:
    void scheduleNext();

    SandboxHost *m_host;
    SeededRandom m_random;
    SeededRandom m_pickups;
    double m_pickupShare = 0;
    QTimer m_timer;
    double m_rate = 0;
    int pickOrder(const std::function<bool(int)> &eligible);

    int m_placed = 0;
    int m_cancelled = 0;
    int m_refunded = 0;
    int m_returned = 0;
};

} // namespace Quayside::Sandbox
