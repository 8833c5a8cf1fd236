#include "sandbox/common/faultinjector.h"

#include <QMutexLocker>

#include <algorithm>

namespace Quayside::Sandbox {

namespace {
struct KindName
{
    FaultKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    { FaultKind::Latency, "latency" },
    { FaultKind::ServerError, "server_error" },
    { FaultKind::RateLimited, "rate_limited" },
    { FaultKind::Timeout, "timeout" },
    { FaultKind::Reset, "reset" },
    { FaultKind::Malformed, "malformed" },
    { FaultKind::Truncated, "truncated" },
    { FaultKind::Unauthorized, "unauthorized" },
    { FaultKind::Outage, "outage" },
    { FaultKind::DuplicateWebhook, "duplicate_webhook" },
    { FaultKind::OutOfOrderWebhook, "out_of_order_webhook" },
};
} // namespace

QString toString(FaultKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QString();
}

std::optional<FaultKind> faultKindFromString(const QString &name)
{
    for (const auto &k : kKindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

FaultInjector::FaultInjector(quint64 seed)
    : m_random(seed)
{ }

void FaultInjector::setSeed(quint64 seed)
{
    QMutexLocker lock(&m_mutex);
    m_random = SeededRandom(seed);
}

void FaultInjector::addRule(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules << rule;
}

void FaultInjector::setRules(const QString &owner, const QList<FaultRule> &rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules.removeIf([&owner](const FaultRule &r) { return r.owner == owner; });
    for (FaultRule rule : rules) {
        rule.owner = owner;
        m_rules << rule;
    }
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

QList<FaultRule> FaultInjector::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

int FaultInjector::injectedCount(FaultKind kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_injected.value(int(kind));
}

bool FaultInjector::matches(const QString &pattern, const QString &endpoint)
{
    if (pattern == QLatin1String("*"))
        return true;
    if (pattern.endsWith(QLatin1Char('*')))
        return endpoint.startsWith(QStringView(pattern).chopped(1));
    return pattern == endpoint;
}

QList<FaultDecision> FaultInjector::decide(const QString &endpoint, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    QList<FaultDecision> decisions;
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        if (it->activeUntilMs > 0 && nowMs > it->activeUntilMs) {
            it = m_rules.erase(it);
            continue;
        }
        const bool already = std::any_of(
            decisions.cbegin(), decisions.cend(), [&](const FaultDecision &d) { return d.kind == it->kind; });
        // Draw for every matching rule, fired or not, so one rule's outcome never shifts another's sequence.
        if (matches(it->endpoint, endpoint) && m_random.chance(it->probability) && !already && it->remaining != 0) {
            decisions << FaultDecision { it->kind, it->phase, it->status, it->latencyMs };
            ++m_injected[int(it->kind)];
            if (it->remaining > 0 && --it->remaining == 0) {
                it = m_rules.erase(it);
                continue;
            }
        }
        ++it;
    }
    return decisions;
}

} // namespace Quayside::Sandbox
