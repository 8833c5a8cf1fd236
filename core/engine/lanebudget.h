#pragma once

#include "core/store/database.h"

#include <QString>

#include <optional>

namespace Quayside {

// A lane's rate budget kept in the store, so every worker on one database (team mode, PostgreSQL) draws
// from the same bucket: a lane's limit is the shop's, not one process's. A row per lane (`lane_budget`),
// read and written under the lane's lock in one short transaction; its time is the workers' clocks,
// which are assumed to agree within a fraction of a second.
class LaneBudget
{
public:
    LaneBudget(QString connectionName, QString lane, double capacity, double ratePerSecond);

    struct Grant
    {
        int tokens = 0; // granted now, at most the tokens asked for
        double left = 0; // what the bucket holds afterwards
        qint64 waitMs = 0; // tokens == 0: when to ask again
    };
    std::optional<StoreError> take(int want, qint64 nowMs, Grant *grant);
    // Tokens taken but not used (fewer jobs were due than granted) go back.
    std::optional<StoreError> giveBack(int tokens);
    // Every worker of the lane holds off until `untilMs` (the server said "slow down").
    std::optional<StoreError> holdUntil(qint64 untilMs);

private:
    QString m_connectionName;
    QString m_lane;
    double m_capacity;
    double m_rate;
};

} // namespace Quayside
