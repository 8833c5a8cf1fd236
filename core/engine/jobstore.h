#pragma once

#include "core/engine/job.h"
#include "core/store/database.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Quayside {

// How a leased job ends its attempt.
struct JobFinish
{
    enum class Kind {
        Done, // completed; follow-up jobs are enqueued in the same transaction
        Retry, // back to ready at nextAttemptAt
        Dead, // to the exception queue
        Release, // given back untouched (shutdown, paused lane): the attempt does not count
    };
    Kind kind = Kind::Done;
    std::optional<ErrorClass> errorClass;
    QString message;
    qint64 nextAttemptAt = 0;
    bool countAttempt = true; // Retry only: false for auth pauses, which must not burn the budget
    QList<NewJob> followUps;
    QList<EventIntake> events;
    QList<QPair<QString, QString>> cursors;
    QList<StateWrite> state;
    qint64 startedAt = 0;
    int mappingVersion = 0; // > 0: recorded on the job (the mapping version this attempt ran with)
};

// All job persistence, on one connection of one thread. Every state change is a single conditional
// UPDATE or one transaction, so a kill at any moment leaves each job in exactly one consistent state.
class JobStore
{
public:
    JobStore(QString connectionName, Dialect dialect);

    QSqlDatabase db() const;
    Dialect dialect() const { return m_dialect; }

    // Intake: the event and the jobs it causes commit together; a repeat of the same
    // (source, topic, entity, version) is dropped and reported as duplicate.
    std::optional<StoreError> ingest(const InboundEvent &event, const QList<NewJob> &jobs, bool *duplicate = nullptr);
    std::optional<StoreError> enqueue(const QList<NewJob> &jobs, QList<qint64> *ids = nullptr);
    // Adds the job unless its partition already has one waiting, running or in the exception queue
    // (recurring jobs such as a poll: exactly one chain per partition).
    std::optional<StoreError> ensureRecurring(const NewJob &job, bool *added = nullptr);

    // Leases up to `max` due jobs of `lane`, only the earliest unfinished job of each partition.
    std::optional<StoreError> lease(
        const QString &lane, const QString &owner, int max, qint64 leaseMs, qint64 nowMs, QList<JobRecord> *out);
    // Leases whose owner vanished without releasing them become ready again.
    std::optional<StoreError> reclaimExpired(qint64 nowMs, int *count = nullptr);
    std::optional<StoreError> reclaimOwnedBy(const QString &owner, int *count = nullptr);
    QStringList leaseOwners();

    // Ends one or more attempts in one transaction. leaseLost[i] is true when job i was no longer leased
    // by `owner` (its lease expired and another worker took it): that result is discarded.
    std::optional<StoreError> finish(
        const QList<QPair<JobRecord, JobFinish>> &results, const QString &owner, QList<bool> *leaseLost = nullptr);
    std::optional<StoreError> releaseAll(const QString &owner, int *count = nullptr);

    // Operator actions on the exception queue, each audited per job (who, what, before/after).
    std::optional<StoreError> replay(const QList<qint64> &ids, const QString &actor, int *changed = nullptr);
    std::optional<StoreError> resolve(
        const QList<qint64> &ids, const QString &actor, const QString &note, int *changed = nullptr);
    std::optional<StoreError> skip(
        const QList<qint64> &ids, const QString &actor, const QString &note, int *changed = nullptr);
    // Undo of resolve/skip: back to the exception queue.
    std::optional<StoreError> reopen(const QList<qint64> &ids, const QString &actor, int *changed = nullptr);
    // Empties the payloads of jobs finished (done, resolved, skipped) before `cutoffMs` and of events
    // received before it: customer data is not kept longer than the retention period. Dead, ready and
    // leased jobs keep theirs (they may still run). In short transactions, so workers are not held up.
    std::optional<StoreError> purgePayloads(qint64 cutoffMs, int *purged = nullptr);
    // Records that `actor` was shown the unmasked customer details of `target` ("job:42", "order:<gid>")
    // as a "customer.reveal" audit entry.
    std::optional<StoreError> recordReveal(const QString &target, const QString &actor);
    // One audit entry that changes nothing else (an elevation, a refused action, a console setting).
    std::optional<StoreError> recordAudit(
        const QString &action, const QString &target, const QString &actor, const QString &note);

    std::optional<JobRecord> job(qint64 id);
    QList<JobRecord> jobsByCorrelation(const QString &correlationId);
    QList<JobAttempt> attempts(qint64 jobId);
    QHash<JobState, qint64> countByState();
    // Ready, leased and dead only: read from the state index, so its cost follows the open work, not the
    // store's whole history (what a console asks every second).
    QHash<JobState, qint64> countOpen();
    // Jobs that should be running now: leased, or ready and due (scheduled polls and backoffs excluded).
    qint64 countDue(qint64 nowMs);
    qint64 eventCount();

    std::optional<StoreError> setCursor(const QString &name, const QString &value);
    QString cursor(const QString &name);

    // Flow state: merged outside of a job (operator tools, tests) or read.
    std::optional<StoreError> mergeState(const StateWrite &write);
    // An operator's edit of flow state (a flow's schedule), audited as `action` in the same transaction.
    // The waiting first attempts of `retimePartitions` move to `nextAttemptAt`, so a recurring chain
    // follows a new schedule now rather than after its next run. An edit that changes nothing writes and
    // audits nothing (*changed = 0).
    std::optional<StoreError> operatorMergeState(const StateWrite &write,
        const QString &actor,
        const QString &action,
        const QStringList &retimePartitions = {},
        qint64 nextAttemptAt = 0,
        int *changed = nullptr);
    QJsonObject state(const QString &kind, const QString &key);
    // Every entry of one kind, keyed by entity.
    QHash<QString, QJsonObject> statesOfKind(const QString &kind);
    // Payloads of the unfinished jobs (ready, leased, dead) of one step, oldest first.
    QList<QByteArray> openPayloads(const QString &flow, const QString &step);
    // Which of these (entity id, source version) events of one source and topic were already recorded:
    // the versions seen, keyed by entity id. Lets a poll skip the full read of what it already has.
    QHash<QString, QSet<QString>> knownEventVersions(
        const QString &source, const QString &topic, const QStringList &entityIds);

private:
    // (state, count) rows of `sql`.
    QHash<JobState, qint64> countStates(const QString &sql);
    // Inside an open transaction: records the event unless seen before, then its jobs.
    std::optional<StoreError> insertEvent(QSqlDatabase &db, const EventIntake &intake, qint64 now, bool *duplicate);
    std::optional<StoreError> saveCursor(QSqlDatabase &db, const QString &name, const QString &value, qint64 now);
    std::optional<StoreError> saveState(QSqlDatabase &db, const StateWrite &write, qint64 now);
    std::optional<StoreError> insertJobs(
        QSqlDatabase &db, const QList<NewJob> &jobs, qint64 eventId, qint64 now, QList<qint64> *ids);
    std::optional<StoreError> operatorAction(const QList<qint64> &ids,
        const QString &actor,
        const QString &action,
        const QStringList &fromStates,
        JobState to,
        const QString &note,
        int *changed);

    QString m_connectionName;
    Dialect m_dialect;
};

// The columns jobFromQuery reads, in its order, for read-only queries elsewhere (console models).
const QString &jobColumns();
JobRecord jobFromQuery(const class QSqlQuery &q);

} // namespace Quayside
