#include "sandbox/shopify/idempotencystore.h"

namespace Quayside::Sandbox {

IdempotencyStore::Lookup IdempotencyStore::find(
    const std::string &mutation, const std::string &key, const std::string &fingerprint, qint64 nowMs)
{
    const auto it = m_entries.find(mutation + '\n' + key);
    if (it == m_entries.end())
        return {};
    if (nowMs - it->second.atMs > m_retentionMs) {
        m_entries.erase(it);
        return {};
    }
    if (it->second.fingerprint != fingerprint)
        return { Outcome::Mismatch, {} };
    return { Outcome::Replay, it->second.result };
}

void IdempotencyStore::remember(const std::string &mutation,
    const std::string &key,
    const std::string &fingerprint,
    nlohmann::ordered_json result,
    qint64 nowMs)
{
    m_entries[mutation + '\n' + key] = { fingerprint, std::move(result), nowMs };
}

} // namespace Quayside::Sandbox
