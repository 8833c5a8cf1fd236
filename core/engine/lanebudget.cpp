#include "core/engine/lanebudget.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Quayside {

LaneBudget::LaneBudget(QString connectionName, QString lane, double capacity, double ratePerSecond)
    : m_connectionName(std::move(connectionName))
    , m_lane(std::move(lane))
    , m_capacity(capacity)
    , m_rate(ratePerSecond)
{ }

std::optional<StoreError> LaneBudget::take(int want, qint64 nowMs, Grant *grant)
{
    *grant = Grant {};
    QSqlDatabase db = Database::connection(m_connectionName);
    WriteTransaction tx(db, Database::dialectOf(db));
    if (auto e = tx.begin())
        return e;
    if (auto e = Database::lockKey(db, QStringLiteral("budget:") + m_lane))
        return e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO lane_budget (lane, tokens, updated_at, hold_until) VALUES (?, ?, ?, 0)"
                             " ON CONFLICT (lane) DO NOTHING"));
    q.addBindValue(m_lane);
    q.addBindValue(m_capacity);
    q.addBindValue(nowMs);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Creating the budget of lane %1").arg(m_lane));
    q.prepare(QStringLiteral("SELECT tokens, updated_at, hold_until FROM lane_budget WHERE lane = ?"));
    q.addBindValue(m_lane);
    if (!q.exec() || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Reading the budget of lane %1").arg(m_lane));
    double tokens = q.value(0).toDouble();
    const qint64 updatedAt = q.value(1).toLongLong();
    const qint64 holdUntil = q.value(2).toLongLong();
    q.finish();
    if (nowMs < holdUntil) {
        grant->waitMs = holdUntil - nowMs;
        return std::nullopt; // nothing written: the transaction rolls back
    }
    // A worker whose clock lags another's must not refill the bucket twice over the same interval.
    const qint64 refillFrom = std::max(updatedAt, holdUntil);
    const qint64 at = std::max(nowMs, refillFrom);
    tokens = std::min(m_capacity, tokens + double(at - refillFrom) * m_rate / 1000.0);
    grant->tokens = std::clamp(int(std::floor(tokens + 1e-9)), 0, std::max(want, 0));
    tokens -= grant->tokens;
    grant->left = tokens;
    if (grant->tokens == 0)
        grant->waitMs = m_rate > 0 ? qint64(std::ceil((1.0 - tokens) * 1000.0 / m_rate)) : 1000;
    q.prepare(QStringLiteral("UPDATE lane_budget SET tokens = ?, updated_at = ? WHERE lane = ?"));
    q.addBindValue(tokens);
    q.addBindValue(at);
    q.addBindValue(m_lane);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Taking from the budget of lane %1").arg(m_lane));
    return tx.commit();
}

std::optional<StoreError> LaneBudget::giveBack(int tokens)
{
    if (tokens <= 0)
        return std::nullopt;
    QSqlQuery q(Database::connection(m_connectionName));
    // One statement: atomic on its own, no lock needed.
    q.prepare(QStringLiteral("UPDATE lane_budget SET tokens = CASE WHEN tokens + ? > ? THEN ? ELSE tokens + ? END"
                             " WHERE lane = ?"));
    q.addBindValue(double(tokens));
    q.addBindValue(m_capacity);
    q.addBindValue(m_capacity);
    q.addBindValue(double(tokens));
    q.addBindValue(m_lane);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Returning to the budget of lane %1").arg(m_lane));
    return std::nullopt;
}

std::optional<StoreError> LaneBudget::holdUntil(qint64 untilMs)
{
    QSqlQuery q(Database::connection(m_connectionName));
    q.prepare(QStringLiteral("UPDATE lane_budget SET tokens = 0, hold_until = CASE WHEN hold_until > ? THEN hold_until"
                             " ELSE ? END WHERE lane = ?"));
    q.addBindValue(untilMs);
    q.addBindValue(untilMs);
    q.addBindValue(m_lane);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Holding lane %1").arg(m_lane));
    return std::nullopt;
}

} // namespace Quayside
