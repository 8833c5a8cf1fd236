#pragma once

#include <QtGlobal>

namespace Quayside::Sandbox {

// Shopify's GraphQL rate limiter for one (app, shop): a bucket of `capacity` points refilled at
// `restoreRate` points per second. A query must fit its requested cost; the difference to the actual
// cost is refunded after execution. Time comes from the caller (milliseconds), so tests control it.
class LeakyBucket
{
public:
    LeakyBucket(double capacity = 2000.0, double restoreRate = 100.0);

    void configure(double capacity, double restoreRate, qint64 nowMs);
    // Takes `cost` points if available; returns false (and takes nothing) otherwise.
    bool tryTake(double cost, qint64 nowMs);
    void refund(double points, qint64 nowMs);
    double available(qint64 nowMs);
    double peekAvailable(qint64 nowMs) const; // what available() would answer, without changing state
    double capacity() const { return m_capacity; }
    double restoreRate() const { return m_restoreRate; }

private:
    void refill(qint64 nowMs);

    double m_capacity;
    double m_restoreRate;
    double m_available;
    qint64 m_lastMs = -1;
};

} // namespace Quayside::Sandbox
