#include "core/engine/controlworker.h"

#include "core/engine/jobstore.h"
#include "core/logging/logging.h"
#include "core/mapping/mappingrepository.h"
#include "core/platform/process.h"
#include "core/security/auditanchor.h"
#include "core/security/auditlog.h"
#include "core/security/customereraser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <utility>

namespace Quayside {

ControlWorker::ControlWorker(
    DatabaseConfig database, bool verifyIntegrity, QList<NewJob> recurring, int payloadRetentionDays, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_verifyIntegrity(verifyIntegrity)
    , m_recurring(std::move(recurring))
    , m_payloadRetentionDays(payloadRetentionDays)
    , m_connectionName(QStringLiteral("control:") + Platform::workerIdentity(QStringLiteral("control")))
{ }

ControlWorker::~ControlWorker()
{
    close();
}

void ControlWorker::open()
{
    if (auto error = Database::openAndMigrate(m_database, m_connectionName, m_verifyIntegrity)) {
        Database::close(m_connectionName);
        if (error->isTransient()) {
            // Read-only, full or locked by another program: the environment will be fixed, and nothing
            // needs doing here but to try again. Said once per kind of trouble, not every few seconds.
            if (m_waitingFor != error->message) {
                qCWarning(lcStore) << "Waiting for the store:" << error->message;
                m_waitingFor = error->message;
                Q_EMIT storeUnavailable(error->message, int(error->kind));
            }
            if (!m_openRetry) {
                m_openRetry = new QTimer(this);
                m_openRetry->setSingleShot(true);
                m_openRetry->setInterval(kOpenRetryMs);
                connect(m_openRetry, &QTimer::timeout, this, &ControlWorker::open);
            }
            m_openRetry->start();
            return;
        }
        qCCritical(lcStore) << error->message;
        Q_EMIT openFailed(error->message, int(error->kind));
        return;
    }
    if (!m_waitingFor.isEmpty())
        qCInfo(lcStore) << "The store is usable again";
    m_waitingFor.clear();
    m_store = std::make_unique<JobStore>(m_connectionName, m_database.dialect);
    // A predecessor killed on this machine cannot release its leases; take them back now rather than
    // wait for them to expire.
    reclaimDeadLocalOwners(true);
    for (const NewJob &job : std::as_const(m_recurring)) {
        if (auto error = m_store->ensureRecurring(job)) {
            Database::close(m_connectionName);
            Q_EMIT openFailed(error->message, int(error->kind));
            return;
        }
    }
    // The shipped default mappings become version 1 of their keys on first start, so the flows always run
    // a stored, numbered version that operators can edit and roll back to.
    if (auto error = Mapping::MappingRepository(m_connectionName, m_database.dialect).seedDefaults())
        qCWarning(lcStore) << "The default mappings were not stored:" << error->message;
    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, &ControlWorker::refreshStats);
    m_statsTimer->start();
    if (m_database.dialect == Dialect::Sqlite) {
        m_walTimer = new QTimer(this);
        m_walTimer->setInterval(60 * 1000);
        connect(m_walTimer, &QTimer::timeout, this, &ControlWorker::trimWriteAheadLog);
        m_walTimer->start();
    }
    if (m_database.dialect == Dialect::Postgres) {
        // Team mode: other workers on this machine may die while we run; their leases come back within
        // seconds instead of at expiry (workers on other machines: at expiry, see LaneWorker).
        m_sweepTimer = new QTimer(this);
        m_sweepTimer->setInterval(5000);
        connect(m_sweepTimer, &QTimer::timeout, this, [this] { reclaimDeadLocalOwners(false); });
        m_sweepTimer->start();
    }
    Q_EMIT opened();
    refreshStats();
    // After the lanes are on their way: the whole chain is read, and a broken link is for people to
    // investigate, not a reason to stop orders flowing.
    QString problem;
    const qint64 broken = AuditLog::verify(m_store->db(), &problem);
    if (broken > 0) {
        qCCritical(lcStore) << "The audit log was altered at entry" << broken << problem;
        Q_EMIT auditChainBroken(broken, problem);
    } else if (broken < 0) {
        qCWarning(lcStore) << "The audit log could not be checked:" << problem;
    }
    if (m_pendingAnchor)
        checkAuditAnchor(*std::exchange(m_pendingAnchor, std::nullopt));
    if (m_payloadRetentionDays > 0) {
        m_retentionTimer = new QTimer(this);
        m_retentionTimer->setInterval(3600 * 1000);
        connect(m_retentionTimer, &QTimer::timeout, this, &ControlWorker::applyRetention);
        m_retentionTimer->start();
        applyRetention();
    }
}

void ControlWorker::reclaimDeadLocalOwners(bool atStart)
{
    if (!m_store)
        return;
    const QString ownPid = QString::number(QCoreApplication::applicationPid());
    for (const QString &owner : m_store->leaseOwners()) {
        // While running, this process's own leases are its lanes' (at start there are none of ours yet).
        if (!atStart && owner.section(QLatin1Char(':'), 1, 1) == ownPid)
            continue;
        if (!Platform::isDeadLocalOwner(owner, {}))
            continue;
        int count = 0;
        if (!m_store->reclaimOwnedBy(owner, &count) && count > 0)
            qCInfo(lcEngine) << "Recovered" << count << "jobs leased by" << owner << "which is no longer running";
    }
}

void ControlWorker::applyRetention()
{
    if (!m_store || m_payloadRetentionDays <= 0)
        return;
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(m_payloadRetentionDays) * 24 * 3600 * 1000;
    int purged = 0;
    if (auto error = m_store->purgePayloads(cutoff, &purged))
        qCWarning(lcStore) << "Removing old payloads failed:" << error->message; // tried again in an hour
    else if (purged > 0)
        qCInfo(lcStore) << "Removed" << purged << "payloads older than" << m_payloadRetentionDays << "days";
}

void ControlWorker::trimWriteAheadLog()
{
    if (!m_store)
        return;
    bool trimmed = false;
    if (auto error = Database::trimWriteAheadLog(m_database, m_connectionName, 64LL * 1024 * 1024, &trimmed))
        qCWarning(lcStore) << "Trimming the write-ahead log failed:" << error->message; // again in a minute
    else if (trimmed)
        qCInfo(lcStore) << "Trimmed the write-ahead log";
}

void ControlWorker::saveMappingDraft(const QJsonObject &document, const QString &actor)
{
    int version = 0;
    const auto error = m_store
        ? Mapping::MappingRepository(m_connectionName, m_database.dialect).saveDraft(document, actor, nullptr, &version)
        : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("mapping.draft"), error ? 0 : version, error ? error->message : QString());
}

void ControlWorker::publishMapping(const Mapping::MappingKey &key, const QString &actor, const QString &comment)
{
    int version = 0;
    const auto error = m_store
        ? Mapping::MappingRepository(m_connectionName, m_database.dialect).publish(key, actor, comment, &version)
        : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("mapping.publish"), error ? 0 : version, error ? error->message : QString());
}

void ControlWorker::rollbackMapping(
    const Mapping::MappingKey &key, int toVersion, const QString &actor, const QString &comment)
{
    int version = 0;
    const auto error = m_store ? Mapping::MappingRepository(m_connectionName, m_database.dialect)
                                     .rollback(key, toVersion, actor, comment, &version)
                               : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("mapping.rollback"), error ? 0 : version, error ? error->message : QString());
}

void ControlWorker::replay(const QList<qint64> &ids, const QString &actor)
{
    int changed = 0;
    const auto error = m_store ? m_store->replay(ids, actor, &changed) : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("replay"), changed, error ? error->message : QString());
}

void ControlWorker::resolve(const QList<qint64> &ids, const QString &actor, const QString &note)
{
    int changed = 0;
    const auto error = m_store ? m_store->resolve(ids, actor, note, &changed) : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("resolve"), changed, error ? error->message : QString());
}

void ControlWorker::skip(const QList<qint64> &ids, const QString &actor, const QString &note)
{
    int changed = 0;
    const auto error = m_store ? m_store->skip(ids, actor, note, &changed) : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("skip"), changed, error ? error->message : QString());
}

void ControlWorker::reopen(const QList<qint64> &ids, const QString &actor)
{
    int changed = 0;
    const auto error = m_store ? m_store->reopen(ids, actor, &changed) : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("reopen"), changed, error ? error->message : QString());
}

void ControlWorker::reveal(const QString &target, const QString &actor)
{
    const auto error = m_store ? m_store->recordReveal(target, actor) : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("reveal"), error || !m_store ? 0 : 1, error ? error->message : QString());
}

void ControlWorker::forgetCustomer(const QString &email, const QString &actor, const QString &reason)
{
    if (!m_store) {
        Q_EMIT actionFinished(QStringLiteral("forget"), 0, QStringLiteral("The store is not open"));
        return;
    }
    CustomerErasure who;
    who.email = email;
    who.actor = actor;
    who.reason = reason;
    ErasureResult result;
    const auto error = CustomerEraser(m_connectionName, m_database.dialect).erase(who, &result);
    Q_EMIT actionFinished(QStringLiteral("forget"), result.orders, error ? error->message : QString());
}

void ControlWorker::refuse(const QString &action, const QString &actor, const QString &note, const QString &error)
{
    if (m_store) {
        if (auto e
            = m_store->recordAudit(QStringLiteral("access.denied"), QStringLiteral("action:") + action, actor, note))
            qCWarning(lcStore) << "A refused action could not be audited:" << e->message;
    }
    Q_EMIT actionFinished(action, 0, error);
}

void ControlWorker::recordAudit(const QString &action, const QString &target, const QString &actor, const QString &note)
{
    const auto error = m_store ? m_store->recordAudit(action, target, actor, note) : std::nullopt;
    if (error)
        qCWarning(lcStore) << "An audit entry could not be written:" << action << error->message;
    Q_EMIT actionFinished(action, error || !m_store ? 0 : 1, error ? error->message : QString());
}

void ControlWorker::enqueue(const QList<NewJob> &jobs)
{
    const auto error = m_store ? m_store->enqueue(jobs) : std::nullopt;
    Q_EMIT actionFinished(QStringLiteral("enqueue"), error ? 0 : int(jobs.size()), error ? error->message : QString());
}

void ControlWorker::mergeState(const StateWrite &write,
    const QString &actor,
    const QString &action,
    const QStringList &retimePartitions,
    qint64 nextAttemptAt)
{
    int changed = 0;
    const auto error = m_store
        ? m_store->operatorMergeState(write, actor, action, retimePartitions, nextAttemptAt, &changed)
        : std::nullopt;
    Q_EMIT actionFinished(action, changed, error ? error->message : QString());
}

void ControlWorker::checkAuditAnchor(const QString &anchor)
{
    if (!m_store) {
        m_pendingAnchor = anchor; // the store is still being waited for: checked once it opens
        return;
    }
    if (!anchor.isEmpty()) {
        QString problem;
        const qint64 broken = AuditAnchor::check(m_store->db(), anchor, &problem);
        if (broken != 0) {
            qCCritical(lcStore) << "The audit log does not reach its anchor:" << problem;
            Q_EMIT auditChainBroken(broken, problem);
            // The anchor stays as it was: a restart must not make the removal look normal.
            return;
        }
    }
    m_anchorChecked = true;
    m_anchor = anchor;
    refreshStats();
}

void ControlWorker::refreshStats()
{
    if (!m_store)
        return;
    if (m_anchorChecked) {
        const QString head = AuditAnchor::current(m_store->db());
        if (!head.isEmpty() && head != m_anchor) {
            m_anchor = head;
            Q_EMIT auditHeadChanged(head);
        }
    }
    EngineStats stats;
    // Every second: counting every job and event ever stored grew with the store (17 + 9 ms at 130,000
    // jobs, 2 ms for these), and nothing reads those totals.
    stats.jobs = m_store->countOpen();
    stats.atMs = QDateTime::currentMSecsSinceEpoch();
    stats.due = m_store->countDue(stats.atMs);
    Q_EMIT statsUpdated(stats);
}

void ControlWorker::close()
{
    // Timers die in their own thread: the worker itself is deleted from the engine's.
    for (QTimer **timer : { &m_openRetry, &m_statsTimer, &m_walTimer, &m_sweepTimer, &m_retentionTimer }) {
        delete *timer;
        *timer = nullptr;
    }
    if (m_store) {
        m_store.reset();
        Database::close(m_connectionName);
        Q_EMIT closed();
    }
}

} // namespace Quayside
