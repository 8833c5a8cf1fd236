#include "core/engine/controlworker.h"

#include "core/engine/jobstore.h"
#include "core/logging/logging.h"
#include "core/mapping/mappingrepository.h"
#include "core/platform/process.h"

#include <QDateTime>
#include <QTimer>

namespace Quayside {

ControlWorker::ControlWorker(DatabaseConfig database, bool verifyIntegrity, QList<NewJob> recurring, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_verifyIntegrity(verifyIntegrity)
    , m_recurring(std::move(recurring))
    , m_connectionName(QStringLiteral("control:") + Platform::workerIdentity(QStringLiteral("control")))
{ }

ControlWorker::~ControlWorker()
{
    close();
}

void ControlWorker::open()
{
    if (auto error = Database::openAndMigrate(m_database, m_connectionName, m_verifyIntegrity)) {
        qCCritical(lcStore) << error->message;
        Database::close(m_connectionName);
        Q_EMIT openFailed(error->message, int(error->kind));
        return;
    }
    m_store = std::make_unique<JobStore>(m_connectionName, m_database.dialect);
    // A predecessor killed on this machine cannot release its leases; take them back now rather than
    // wait for them to expire.
    for (const QString &owner : m_store->leaseOwners()) {
        if (!Platform::isDeadLocalOwner(owner, {}))
            continue;
        int count = 0;
        if (!m_store->reclaimOwnedBy(owner, &count) && count > 0)
            qCInfo(lcEngine) << "Recovered" << count << "jobs leased by" << owner << "which is no longer running";
    }
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
    Q_EMIT opened();
    refreshStats();
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

void ControlWorker::refreshStats()
{
    if (!m_store)
        return;
    EngineStats stats;
    stats.jobs = m_store->countByState();
    stats.events = m_store->eventCount();
    stats.due = m_store->countDue(QDateTime::currentMSecsSinceEpoch());
    stats.atMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT statsUpdated(stats);
}

void ControlWorker::close()
{
    if (m_statsTimer)
        m_statsTimer->stop();
    if (m_store) {
        m_store.reset();
        Database::close(m_connectionName);
        Q_EMIT closed();
    }
}

} // namespace Quayside
