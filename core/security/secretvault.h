#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Quayside {

// The secrets the console edits, read and written asynchronously so the GUI thread never waits for a
// keychain (which may ask the user to unlock it). Production uses the OS keychain; tests, which have no
// keychain daemon, use MemoryVault. Callbacks run on `context`'s thread, and not at all once it is gone.
class SecretVault
{
public:
    // value empty and error empty: there is no such entry.
    using ReadDone = std::function<void(std::optional<QString> value, QString error)>;
    using WriteDone = std::function<void(QString error)>; // error empty: done

    virtual ~SecretVault() = default;
    virtual void read(const QString &entry, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &entry, const QString &value, QObject *context, WriteDone done) = 0;
    virtual void remove(const QString &entry, QObject *context, WriteDone done) = 0;
};

// The OS keychain through QtKeychain, service SecretStore::KeychainService ("Quayside"), the same entries
// `quayside --store-secret` writes and configuration files name as {"keychain": "entry"}.
class KeychainVault final : public SecretVault
{
public:
    void read(const QString &entry, QObject *context, ReadDone done) override;
    void write(const QString &entry, const QString &value, QObject *context, WriteDone done) override;
    void remove(const QString &entry, QObject *context, WriteDone done) override;
};

// Keeps secrets in memory only; answers queued, as the keychain does.
class MemoryVault final : public SecretVault
{
public:
    void read(const QString &entry, QObject *context, ReadDone done) override;
    void write(const QString &entry, const QString &value, QObject *context, WriteDone done) override;
    void remove(const QString &entry, QObject *context, WriteDone done) override;

    QHash<QString, QString> entries;
};

} // namespace Quayside
