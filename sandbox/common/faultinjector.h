#pragma once

#include "sandbox/common/world.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace Quayside::Sandbox {

enum class FaultKind {
    Latency, // add latencyMs before the response
    ServerError, // HTTP status (default 503) with the service's error body
    RateLimited, // 429 / THROTTLED, as the emulator shapes it
    Timeout, // never answer; the client's own timeout must fire
    Reset, // abort the TCP connection
    Malformed, // a 200 with a body that is not valid JSON
    Truncated, // Content-Length promises more than is sent, then the connection closes
    Unauthorized, // 401 as the service shapes it
    Outage, // the endpoint answers 503 (Before phase) until the rule's window ends
    DuplicateWebhook, // a webhook is delivered twice
    OutOfOrderWebhook, // a webhook is held back and delivered after the next one
};

QString toString(FaultKind kind);
std::optional<FaultKind> faultKindFromString(const QString &name);

// When the fault strikes relative to the handler: Before means the request never reached the service
// (nothing written); After means the service did the work and only the answer was lost or mangled, the
// case that tests a client's idempotency.
enum class FaultPhase { Before, After };

struct FaultRule
{
    QString endpoint = QStringLiteral("*"); // "*", an exact endpoint name, or a prefix ending in '*'
    FaultKind kind = FaultKind::ServerError;
    double probability = 1.0;
    FaultPhase phase = FaultPhase::Before;
    int status = 0; // ServerError: the HTTP status; 0 = 503
    int latencyMs = 0; // Latency: the delay; RateLimited: the Retry-After hint
    int remaining = -1; // how many more times the rule may fire; -1 = unlimited
    qint64 activeUntilMs = 0; // epoch ms after which the rule is dropped; 0 = no end
    QString owner; // who set it (e.g. "panel"), so one owner's rules can be replaced without the others'
};

struct FaultDecision
{
    FaultKind kind;
    FaultPhase phase;
    int status;
    int latencyMs;
};

// Seeded and deterministic: the same seed and the same sequence of requests give the same faults.
// Thread-safe, so tests and the console's sandbox panel can change rules while servers run.
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed = 1);

    void setSeed(quint64 seed);
    void addRule(const FaultRule &rule);
    void clear();
    // Replaces the rules of one owner (FaultRule::owner) with these, leaving everyone else's.
    void setRules(const QString &owner, const QList<FaultRule> &rules);
    QList<FaultRule> rules() const;
    // Total faults injected so far, per kind, for tests and the console.
    int injectedCount(FaultKind kind) const;

    // All faults that apply to this request, at most one per kind, in rule order.
    QList<FaultDecision> decide(const QString &endpoint, qint64 nowMs);

private:
    static bool matches(const QString &pattern, const QString &endpoint);

    mutable QMutex m_mutex;
    SeededRandom m_random;
    QList<FaultRule> m_rules;
    QHash<int, int> m_injected;
};

} // namespace Quayside::Sandbox
