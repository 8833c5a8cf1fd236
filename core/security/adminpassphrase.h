#pragma once

#include <QString>

namespace Quayside {

// The admin passphrase is never kept: only a slow, salted PBKDF2-SHA256 digest of it, in the OS keychain
// (AccessSession), as "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>". Deriving takes a noticeable
// fraction of a second on purpose, so callers run it off the GUI thread.
class AdminPassphrase
{
public:
    static constexpr int kIterations = 200000;
    static constexpr int kMinimumLength = 8;
    // The keychain entry (service "Quayside") that holds the digest.
    static QString vaultEntry() { return QStringLiteral("admin-passphrase"); }

    // A digest of `passphrase` with a fresh random salt.
    static QString digest(const QString &passphrase, int iterations = kIterations);
    // Whether `passphrase` derives `stored`; compares in constant time. A malformed `stored` never matches.
    static bool matches(const QString &passphrase, const QString &stored);
};

} // namespace Quayside
