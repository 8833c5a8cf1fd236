#pragma once

#include "core/engine/job.h"
#include "core/mapping/mappingdocument.h"
#include "core/store/database.h"

#include <QHash>
#include <QMetaType>
#include <QObject>

#include <memory>

class QTimer;

namespace Quayside {

class JobStore;

struct EngineStats
{
    QHash<JobState, qint64> jobs; // ready, leased and dead (JobStore::countOpen)
    qint64 due = 0; // leased, or ready and due now
    qint64 atMs = 0;
};

// The engine's own thread for everything that is not a lane: opening and migrating the store at start,
// recovering leases of dead predecessors, operator actions and periodic statistics.
class ControlWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlWorker)

public:
    ControlWorker(DatabaseConfig database,
        bool verifyIntegrity,
        QList<NewJob> recurring = {},
        int payloadRetentionDays = 0,
        QObject *parent = nullptr);
    ~ControlWorker() override;

public Q_SLOTS:
    void open();
    void replay(const QList<qint64> &ids, const QString &actor);
    // Mapping edits (MappingRepository); actionFinished carries the version saved or published.
    void saveMappingDraft(const QJsonObject &document, const QString &actor);
    void publishMapping(const Quayside::Mapping::MappingKey &key, const QString &actor, const QString &comment);
    void rollbackMapping(
        const Quayside::Mapping::MappingKey &key, int toVersion, const QString &actor, const QString &comment);
    void resolve(const QList<qint64> &ids, const QString &actor, const QString &note);
    void skip(const QList<qint64> &ids, const QString &actor, const QString &note);
    void reopen(const QList<qint64> &ids, const QString &actor);
    void reveal(const QString &target, const QString &actor);
    void forgetCustomer(const QString &email, const QString &actor, const QString &reason);
    void enqueue(const QList<Quayside::NewJob> &jobs);
    // An action the caller's role does not permit: audited as "access.denied" (target "action:<name>"),
    // answered with `error` and nothing changed.
    void refuse(const QString &action, const QString &actor, const QString &note, const QString &error);
    void recordAudit(const QString &action, const QString &target, const QString &actor, const QString &note);
    void mergeState(const Quayside::StateWrite &write,
        const QString &actor,
        const QString &action,
        const QStringList &retimePartitions,
        qint64 nextAttemptAt);
    void refreshStats();
    // Compares the audit log with the head kept outside the store (AuditAnchor; empty: none kept yet),
    // then reports the head whenever it moves (auditHeadChanged), for the engine to keep.
    void checkAuditAnchor(const QString &anchor);
    // Removes the payloads older than the retention period (JobStore::purgePayloads).
    void applyRetention();
    void trimWriteAheadLog();
    void close();

Q_SIGNALS:
    void opened();
    void openFailed(const QString &message, int kind);
    // The store cannot be opened for a reason that passes (read-only, disk full, locked): open() tries
    // again every kOpenRetryMs until it can, or until close().
    void storeUnavailable(const QString &message, int kind);
    // At open, the audit log's hash chain did not verify: entryId is the first entry that does not match.
    void auditChainBroken(qint64 entryId, const QString &problem);
    void auditHeadChanged(const QString &anchor);
    void actionFinished(const QString &action, int changed, const QString &error);
    void statsUpdated(const Quayside::EngineStats &stats);
    void closed();

private:
    void reclaimDeadLocalOwners(bool atStart);

    static constexpr int kOpenRetryMs = 2000;
    DatabaseConfig m_database;
    bool m_verifyIntegrity;
    QList<NewJob> m_recurring;
    int m_payloadRetentionDays;
    QString m_connectionName;
    std::unique_ptr<JobStore> m_store;
    QTimer *m_statsTimer = nullptr;
    QTimer *m_retentionTimer = nullptr;
    QTimer *m_walTimer = nullptr;
    QTimer *m_sweepTimer = nullptr;
    QTimer *m_openRetry = nullptr;
    QString m_waitingFor;
    std::optional<QString> m_pendingAnchor;
    bool m_anchorChecked = false;
    QString m_anchor;
};

} // namespace Quayside

Q_DECLARE_METATYPE(Quayside::EngineStats)
