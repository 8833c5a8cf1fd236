#pragma once

#include "core/engine/controlworker.h"
#include "core/engine/lane.h"
#include "core/engine/stephandler.h"
#include "core/security/roles.h"
#include "core/security/secretvault.h"
#include "core/store/database.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace Quayside {

class LaneWorker;

struct EngineConfig
{
    DatabaseConfig database;
    QList<LaneConfig> lanes;
    QString actor; // who operator actions are recorded as
    // What the operator actions asked of this engine may do (setRole changes it). Admin by default: the
    // headless worker has no console, so roles do not apply to it.
    Role role = Role::Admin;
    bool verifyIntegrityOnOpen = true;
    qint64 drainMs = 5000; // how long stop() lets running steps finish
    QList<NewJob> recurring; // added at start unless their partition already has one (polls)
    // Payloads (orders with customer details) of finished jobs and of events are removed this many days
    // after the fact, at start and hourly; 0 keeps them. The exception queue's jobs keep theirs.
    int payloadRetentionDays = 90;
    // Where the audit log's head is kept outside the store (AuditAnchor), checked at start and updated as
    // the log grows. Null: not kept (tests, a headless host without a keychain).
    std::shared_ptr<SecretVault> anchorVault;
};

// The facade the console and the headless runner talk to, from their own (GUI) thread. Everything it
// starts runs in worker threads; requests go there as queued calls, and news comes back as signals.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    enum class State { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    Engine(EngineConfig config, std::shared_ptr<const StepRegistry> registry, QObject *parent = nullptr);
    ~Engine() override;

    State state() const { return m_state; }
    const EngineConfig &config() const { return m_config; }
    QList<LaneStatus> laneStatuses() const { return m_laneStatus.values(); }
    EngineStats stats() const { return m_stats; }
    QString failureMessage() const { return m_failure; }
    Role role() const { return m_role; }
    // The console's current role (AccessSession). An operator action the role does not permit changes
    // nothing: it is audited as "access.denied" and answered with operatorActionFinished(action, 0,
    // permissionDeniedError(...)).
    void setRole(Quayside::Role role);

public Q_SLOTS:
    void start();
    void stop();
    // Stops and waits (for application exit and SIGTERM); returns false if a worker did not stop in time.
    bool shutdown(int timeoutMs = 15000);

    void replay(const QList<qint64> &ids);
    // Mapping edits, as the operator (audited where they change what runs): operatorActionFinished answers
    // with "mapping.draft" / "mapping.publish" / "mapping.rollback" and the version saved or published in
    // `changed` (0 and the reason on failure). A publish applies to the next job that reads the mapping.
    void saveMappingDraft(const QJsonObject &document);
    void publishMapping(const Quayside::Mapping::MappingKey &key, const QString &comment);
    void rollbackMapping(const Quayside::Mapping::MappingKey &key, int toVersion, const QString &comment);
    void resolve(const QList<qint64> &ids, const QString &note);
    void skip(const QList<qint64> &ids, const QString &note);
    void reopen(const QList<qint64> &ids);
    // The operator asks to see customer details ("job:42", "order:<gid>"); operatorActionFinished("reveal",
    // 1, "") says the request is in the audit log and the details may be shown.
    void revealCustomerData(const QString &target);
    // Erases a customer's personal data from the store (CustomerEraser), audited with the reason;
    // operatorActionFinished("forget", orders, error).
    void forgetCustomer(const QString &email, const QString &reason);
    void enqueue(const QList<Quayside::NewJob> &jobs);
    // An operator's edit of flow state, such as a flow's schedule; audited as `action`. The waiting runs
    // of `retimePartitions` move to `nextAttemptAt` (JobStore::operatorMergeState). Answers with
    // operatorActionFinished.
    void editState(const Quayside::StateWrite &write,
        const QString &action,
        const QStringList &retimePartitions = {},
        qint64 nextAttemptAt = 0);
    void resumeLane(const QString &lane);
    // An audit entry that changes nothing in the store: elevations, refused passphrases, console
    // settings kept outside it (connections, alert thresholds). Written even before start is complete,
    // once the control thread runs.
    void recordAudit(const QString &action, const QString &target, const QString &note);
    void wakeLane(const QString &lane);

Q_SIGNALS:
    void stateChanged(Quayside::Engine::State state);
    void started();
    void failed(const QString &message);
    // Start waits for the store (read-only, disk full, locked by another program) and tries again by
    // itself; `started` follows once it can be written.
    void storeUnavailable(const QString &message);
    void stopped();
    void laneStatusChanged(const Quayside::LaneStatus &status);
    void statsUpdated(const Quayside::EngineStats &stats);
    void operatorActionFinished(const QString &action, int changed, const QString &error);
    // The audit log, checked at every start, was edited or had entries removed (ControlWorker).
    void auditChainBroken(qint64 entryId, const QString &problem);

private:
    void setState(State state);
    void startLanes();
    void onWorkerStopped();
    // Waits for the lane threads (terminating any still running at the deadline), then closes the
    // control thread; returns false if a worker had to be terminated.
    bool joinThreads(QDeadlineTimer deadline);
    // Runs `call` on the control thread (queued); does nothing before start.
    void onControl(std::function<void(ControlWorker *)> call);
    // Whether the current role may do `action`; if not, the refusal is audited and answered as
    // `name` (the action's own name unless the caller's action has one of its own).
    bool permitted(OperatorAction action, const QString &name = {});

    struct WorkerThread
    {
        std::unique_ptr<QThread> thread;
        LaneWorker *worker = nullptr;
    };

    EngineConfig m_config;
    std::shared_ptr<const StepRegistry> m_registry;
    State m_state = State::Stopped;
    Role m_role;
    QString m_failure;
    QThread m_controlThread;
    ControlWorker *m_control = nullptr;
    std::vector<WorkerThread> m_workers;
    int m_runningWorkers = 0;
    QHash<QString, LaneStatus> m_laneStatus; // by worker identity
    EngineStats m_stats;
};

} // namespace Quayside
