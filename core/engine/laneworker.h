#pragma once

#include "core/engine/circuitbreaker.h"
#include "core/engine/jobstore.h"
#include "core/engine/lane.h"
#include "core/engine/retrypolicy.h"
#include "core/engine/stephandler.h"
#include "core/engine/tokenbucket.h"
#include "core/store/database.h"
#include "core/telemetry/telemetry.h"

#include <QObject>

#include <map>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Quayside {

class LaneBudget;

// One worker of a lane, living in its own QThread: leases due jobs, runs their steps (asynchronously,
// up to maxInFlight at once), and records each outcome: done, retry with backoff, exception queue, or
// lane paused. Talks to the rest of the program only through queued signals and slots.
class LaneWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneWorker)

public:
    LaneWorker(LaneConfig config,
        DatabaseConfig database,
        std::shared_ptr<const StepRegistry> registry,
        QString identity,
        QObject *parent = nullptr);
    ~LaneWorker() override;

    QString identity() const { return m_identity; }
    QString lane() const { return m_config.name; }

public Q_SLOTS:
    void start();
    // Stops leasing, lets running steps finish for up to drainMs, then gives back what is left.
    void stop(qint64 drainMs);
    void wake();
    // Another lane committed jobs due now; wakes this worker if they are for its lane.
    void wakeFor(const QStringList &lanes);
    void resume();

Q_SIGNALS:
    void statusChanged(const Quayside::LaneStatus &status);
    void stopped(const QString &identity);
    // Committed jobs for other lanes, due now: they need not wait for those lanes' idle poll.
    void jobsAdded(const QStringList &lanes);

private:
    void pump();
    void dispatch(const JobRecord &job, qint64 nowMs);
    void onStepFinished(const JobRecord &job, const StepResult &result, qint64 startedMs);
    void addFinish(const JobRecord &job, JobFinish finish);
    void flushFinishes();
    void housekeeping();
    void scheduleWake(qint64 ms);
    void openStore();
    void pauseForStore(const StoreError &error);
    void pauseLane(const QString &reason);
    void publishStatus();
    void finalize();
    StepHandler *handlerFor(const QString &flow, const QString &step);
    void assertThread() const;

    LaneConfig m_config;
    DatabaseConfig m_database;
    std::shared_ptr<const StepRegistry> m_registry;
    QString m_identity;
    QString m_connectionName;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<LaneBudget> m_budget; // team mode only
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_wakeTimer = nullptr;
    QTimer *m_housekeepingTimer = nullptr;
    QTimer *m_drainTimer = nullptr;
    CircuitBreaker m_breaker;
    TokenBucket m_bucket;
    RetryPolicy m_retry;
    TelemetryRecorder m_telemetry;
    std::map<QString, std::unique_ptr<StepHandler>> m_handlers;
    QList<QPair<JobRecord, JobFinish>> m_pendingFinishes;
    bool m_flushScheduled = false;
    bool m_pumpScheduled = false;
    int m_inFlight = 0;
    bool m_stopping = false;
    bool m_finalized = false;
    bool m_storePaused = false;
    LaneStatus m_status;
    qint64 m_lastTelemetryFlushMs = 0;
};

} // namespace Quayside
