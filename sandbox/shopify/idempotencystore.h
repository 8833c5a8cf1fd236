#pragma once

#include <QtGlobal>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace Quayside::Sandbox {

// Results of @idempotent(key:) mutations, keyed on (mutation, key), kept for a retention window
// (default 24 h; the real window is unverified, shopify.md §3.5).
class IdempotencyStore
{
public:
    enum class Outcome { New, Replay, Mismatch };
    struct Lookup
    {
        Outcome outcome = Outcome::New;
        nlohmann::ordered_json result;
    };

    void setRetentionMs(qint64 ms) { m_retentionMs = ms; }
    Lookup find(const std::string &mutation, const std::string &key, const std::string &fingerprint, qint64 nowMs);
    void remember(const std::string &mutation,
        const std::string &key,
        const std::string &fingerprint,
        nlohmann::ordered_json result,
        qint64 nowMs);

private:
    struct Entry
    {
        std::string fingerprint;
        nlohmann::ordered_json result;
        qint64 atMs = 0;
    };
    std::map<std::string, Entry> m_entries;
    qint64 m_retentionMs = 24 * 3600 * 1000LL;
};

} // namespace Quayside::Sandbox
