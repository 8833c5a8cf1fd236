#pragma once

#include "core/security/roles.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace Quayside {

class SecretVault;

// The console's role for this sitting. It starts at the base role (operator unless the console is set to
// viewer); the admin passphrase raises it to admin until the console has been idle for kIdleMs or the
// user locks it. The passphrase's digest lives in the vault (AdminPassphrase), never in the store or the
// settings. After kFreeAttempts wrong passphrases in a row, further attempts are refused for a while that
// doubles with each miss. Everything that matters (elevation, lock, wrong passphrase, lock-out, the
// passphrase set) is announced through auditRequested for the engine to write to the audit log.
class AccessSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessSession)

public:
    using Clock = std::function<qint64()>; // epoch milliseconds
    static constexpr qint64 kIdleMs = 10 * 60 * 1000;
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kFirstLockoutMs = 30 * 1000;
    static constexpr qint64 kMaxLockoutMs = 15 * 60 * 1000;

    // `vault` must outlive the session; `clock` defaults to the system clock (tests move their own).
    AccessSession(SecretVault *vault, Role baseRole, QObject *parent = nullptr, Clock clock = {});

    Role role() const { return m_role; }
    Role baseRole() const { return m_baseRole; }
    // False until load() has read the vault.
    bool isLoaded() const { return m_loaded; }
    bool hasPassphrase() const { return !m_digest.isEmpty(); }
    bool isBusy() const { return m_busy; }
    qint64 elevatedUntil() const { return m_elevatedUntil; }
    // 0 when attempts are allowed now.
    qint64 lockedOutUntil() const;
    int failedAttempts() const { return m_failures; }

public Q_SLOTS:
    void load();
    // First run: sets the passphrase and makes this sitting admin. Later only an admin may change it.
    void setPassphrase(const QString &passphrase);
    void elevate(const QString &passphrase);
    // The user did something while admin: the idle time starts again.
    void touch();
    void lock();
    // Drops back to the base role once the idle time is over (a timer calls it every few seconds).
    void checkIdle();

Q_SIGNALS:
    void loaded();
    void roleChanged(Quayside::Role role);
    // The answer to setPassphrase or elevate: ok, or why not (retryAfterMs > 0 while locked out).
    void elevationFinished(bool ok, const QString &error, qint64 retryAfterMs);
    void auditRequested(const QString &action, const QString &note);

private:
    void setRole(Role role, const QString &why);
    void failed(const QString &why);
    qint64 now() const;

    SecretVault *m_vault;
    Role m_baseRole;
    Role m_role;
    Clock m_clock;
    QTimer *m_idleTimer;
    QString m_digest;
    bool m_loaded = false;
    bool m_busy = false;
    qint64 m_elevatedUntil = 0;
    qint64 m_lastAttemptAt = 0;
    int m_failures = 0;
};

} // namespace Quayside
