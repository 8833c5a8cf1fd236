#pragma once

#include "core/engine/circuitbreaker.h"
#include "core/engine/retrypolicy.h"

#include <QMetaType>
#include <QString>

namespace Quayside {

// A lane is one target endpoint (a Shopify shop, an Odoo database, a 3PL account) with its own
// workers, limits and breaker, so one failing endpoint never stalls the others.
struct LaneConfig
{
    QString name;
    int workers = 1; // threads, each with its own connection and event loop
    int maxInFlight = 4; // concurrent jobs per worker (steps are asynchronous)
    int leaseBatch = 32;
    qint64 leaseMs = 60000; // a step must finish well within its lease
    double ratePerSecond = 0; // jobs started per second; 0 = unlimited
    double burst = 10;
    int breakerThreshold = 5;
    qint64 breakerOpenMs = 10000;
    qint64 idlePollMs = 250;
    qint64 retryBaseMs = 500;
    qint64 retryCapMs = 5 * 60 * 1000;
    RetryPolicy::Limits retryLimits;
};

struct LaneStatus
{
    QString lane;
    QString worker;
    bool running = false;
    bool paused = false; // auth failure or store problem: waits for the operator / the environment
    QString pauseReason;
    CircuitBreaker::State circuit = CircuitBreaker::State::Closed;
    int inFlight = 0;
    double rateHeadroom = 1.0; // available tokens / capacity (1.0 when unlimited)
    qint64 lastSuccessMs = 0;
    QString lastError;
    qint64 succeeded = 0; // since start
    qint64 retried = 0;
    qint64 deadLettered = 0;
};

} // namespace Quayside

Q_DECLARE_METATYPE(Quayside::LaneStatus)
