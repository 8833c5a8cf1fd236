#include "core/security/accesssession.h"

#include "core/logging/logging.h"
#include "core/security/adminpassphrase.h"
#include "core/security/secretvault.h"

#include <QDateTime>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

namespace Quayside {

namespace {
// PBKDF2 is slow on purpose; run it on the pool and answer on `context`'s thread, unless it is gone.
template <typename Result>
void offThread(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        Result result = work();
        if (guard)
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
    });
}
} // namespace

AccessSession::AccessSession(SecretVault *vault, Role baseRole, QObject *parent, Clock clock)
    : QObject(parent)
    , m_vault(vault)
    , m_baseRole(std::min(baseRole, Role::Operator))
    , m_role(m_baseRole)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setInterval(5000);
    connect(m_idleTimer, &QTimer::timeout, this, &AccessSession::checkIdle);
}

qint64 AccessSession::now() const
{
    return m_clock();
}

qint64 AccessSession::lockedOutUntil() const
{
    if (m_failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(m_failures - kFreeAttempts, 10);
    const qint64 until = m_lastAttemptAt + std::min(kFirstLockoutMs << doublings, kMaxLockoutMs);
    return until > now() ? until : 0;
}

void AccessSession::load()
{
    m_vault->read(AdminPassphrase::vaultEntry(), this, [this](std::optional<QString> value, QString error) {
        m_digest = value.value_or(QString());
        m_loaded = true;
        if (!error.isEmpty()) // no keychain: nobody can become admin, which the passphrase dialog then says
            qCWarning(lcApp).noquote() << "The admin passphrase cannot be read:" << error;
        Q_EMIT loaded();
    });
}

void AccessSession::setPassphrase(const QString &passphrase)
{
    if (m_busy)
        return;
    if (!m_loaded || (hasPassphrase() && m_role != Role::Admin)) {
        Q_EMIT elevationFinished(false, tr("Only an admin can change the admin passphrase."), 0);
        return;
    }
    if (passphrase.size() < AdminPassphrase::kMinimumLength) {
        Q_EMIT elevationFinished(
            false, tr("The passphrase needs at least %1 characters.").arg(AdminPassphrase::kMinimumLength), 0);
        return;
    }
    m_busy = true;
    const bool first = !hasPassphrase();
    offThread<QString>(
        this,
        [passphrase] { return AdminPassphrase::digest(passphrase); },
        [this, first](QString digest) {
            m_vault->write(AdminPassphrase::vaultEntry(), digest, this, [this, first, digest](QString error) {
                m_busy = false;
                if (!error.isEmpty()) {
                    Q_EMIT elevationFinished(false, tr("The keychain did not store the passphrase: %1").arg(error), 0);
                    return;
                }
                m_digest = digest;
                Q_EMIT auditRequested(QStringLiteral("access.passphrase_set"),
                    first ? QStringLiteral("first admin passphrase") : QStringLiteral("admin passphrase changed"));
                setRole(Role::Admin, QStringLiteral("passphrase set"));
                Q_EMIT elevationFinished(true, QString(), 0);
            });
        });
}

void AccessSession::elevate(const QString &passphrase)
{
    if (m_busy)
        return;
    if (!hasPassphrase()) {
        Q_EMIT elevationFinished(false, tr("No admin passphrase has been set yet."), 0);
        return;
    }
    if (const qint64 until = lockedOutUntil()) {
        Q_EMIT auditRequested(QStringLiteral("access.elevate_refused"),
            QStringLiteral("locked out after %1 wrong passphrases").arg(m_failures));
        Q_EMIT elevationFinished(false,
            tr("Too many wrong passphrases. Try again in %n second(s).", nullptr, int((until - now() + 999) / 1000)),
            until - now());
        return;
    }
    m_busy = true;
    offThread<bool>(
        this,
        [passphrase, digest = m_digest] { return AdminPassphrase::matches(passphrase, digest); },
        [this](bool ok) {
            m_busy = false;
            m_lastAttemptAt = now();
            if (!ok) {
                failed(QStringLiteral("wrong admin passphrase (%1 in a row)"));
                return;
            }
            m_failures = 0;
            setRole(Role::Admin, QStringLiteral("passphrase accepted"));
            Q_EMIT elevationFinished(true, QString(), 0);
        });
}

void AccessSession::failed(const QString &why)
{
    ++m_failures;
    Q_EMIT auditRequested(QStringLiteral("access.elevate_failed"), why.arg(m_failures));
    const qint64 until = lockedOutUntil();
    Q_EMIT elevationFinished(false,
        until ? tr("Wrong passphrase. Further attempts wait %n second(s).", nullptr, int((until - now() + 999) / 1000))
              : tr("Wrong passphrase."),
        until ? until - now() : 0);
}

void AccessSession::touch()
{
    if (m_role == Role::Admin)
        m_elevatedUntil = now() + kIdleMs;
}

void AccessSession::lock()
{
    if (m_role == Role::Admin)
        setRole(m_baseRole, QStringLiteral("locked by the user"));
}

void AccessSession::checkIdle()
{
    if (m_role == Role::Admin && now() >= m_elevatedUntil)
        setRole(m_baseRole, QStringLiteral("idle for %1 minutes").arg(kIdleMs / 60000));
}

void AccessSession::setRole(Role role, const QString &why)
{
    if (role == Role::Admin) {
        m_elevatedUntil = now() + kIdleMs;
        m_idleTimer->start();
    } else {
        m_elevatedUntil = 0;
        m_idleTimer->stop();
    }
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT auditRequested(role == Role::Admin ? QStringLiteral("access.elevate") : QStringLiteral("access.lock"), why);
    Q_EMIT roleChanged(role);
}

} // namespace Quayside
