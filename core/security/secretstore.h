#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Quayside {

// Where a secret lives. Never the secret itself: config files and the store only ever hold these.
struct SecretRef
{
    enum class Kind { Keychain, Environment, File };
    Kind kind = Kind::Keychain;
    QString name; // keychain entry, variable name or file path

    // {"keychain": "odoo-api-key"}, {"env": "QUAYSIDE_ODOO_KEY"} or {"file": "/run/secrets/odoo"}.
    // A bare string is refused: it would be the secret written into the file.
    static std::optional<SecretRef> fromJson(const QJsonValue &json, const QString &where, QString *error);
    QJsonValue toJson() const;
    QString describe() const; // "keychain entry odoo-api-key", for messages (never the value)
};

// Reads and writes secrets. The OS keychain (QtKeychain: Windows Credential Manager, macOS Keychain,
// Secret Service/KWallet) is the default; servers without one use environment variables or files
// readable only by the service user.
class SecretStore
{
public:
    static inline const QString KeychainService = QStringLiteral("Quayside");

    // Blocks until the keychain answers (it may ask the user to unlock it): call it at start-up or from
    // a worker, never from a busy GUI path. Errors name the reference and what to do, never the value.
    static std::optional<QString> read(const SecretRef &ref, QString *error);
    static bool writeToKeychain(const QString &entry, const QString &value, QString *error);
    static bool removeFromKeychain(const QString &entry, QString *error);
};

} // namespace Quayside
