#include "core/engine/laneworker.h"

#include "core/engine/lanebudget.h"
#include "core/logging/logging.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingrepository.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <cmath>

namespace Quayside {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
constexpr qint64 kTelemetryFlushMs = 2000;
} // namespace

LaneWorker::LaneWorker(LaneConfig config,
    DatabaseConfig database,
    std::shared_ptr<const StepRegistry> registry,
    QString identity,
    QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_database(std::move(database))
    , m_registry(std::move(registry))
    , m_identity(std::move(identity))
    , m_connectionName(QStringLiteral("lane:") + m_identity)
    , m_breaker(m_config.breakerThreshold, m_config.breakerOpenMs)
    , m_bucket(m_config.burst, m_config.ratePerSecond)
    , m_retry(m_config.retryBaseMs, m_config.retryCapMs, m_config.retryLimits)
{
    m_status.lane = m_config.name;
    m_status.worker = m_identity;
}

LaneWorker::~LaneWorker()
{
    m_handlers.clear();
    m_budget.reset();
    m_store.reset();
    if (QSqlDatabase::contains(m_connectionName))
        Database::close(m_connectionName);
}

void LaneWorker::assertThread() const
{
    Q_ASSERT(QThread::currentThread() == thread());
}

void LaneWorker::start()
{
    assertThread();
    m_network = new QNetworkAccessManager(this);
    m_wakeTimer = new QTimer(this);
    m_wakeTimer->setSingleShot(true);
    connect(m_wakeTimer, &QTimer::timeout, this, &LaneWorker::pump);
    m_housekeepingTimer = new QTimer(this);
    m_housekeepingTimer->setInterval(1000);
    connect(m_housekeepingTimer, &QTimer::timeout, this, &LaneWorker::housekeeping);
    m_housekeepingTimer->start();

    if (auto error = Database::open(m_database, m_connectionName)) {
        pauseForStore(*error);
        return;
    }
    openStore();
    m_status.running = true;
    m_lastTelemetryFlushMs = nowMs();
    qCInfo(lcEngine) << "Lane worker" << m_identity << "started";
    publishStatus();
    pump();
}

void LaneWorker::openStore()
{
    m_store = std::make_unique<JobStore>(m_connectionName, m_database.dialect);
    // Team mode: every worker on the database draws from the lane's one budget. A single process on
    // SQLite keeps the bucket in memory.
    if (m_database.dialect == Dialect::Postgres && m_config.ratePerSecond > 0)
        m_budget
            = std::make_unique<LaneBudget>(m_connectionName, m_config.name, m_config.burst, m_config.ratePerSecond);
}

void LaneWorker::wake()
{
    if (m_pumpScheduled || m_finalized)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void LaneWorker::resume()
{
    assertThread();
    if (!m_status.paused)
        return;
    qCInfo(lcEngine) << "Lane" << m_config.name << "resumed";
    m_status.paused = false;
    m_status.pauseReason.clear();
    m_storePaused = false;
    publishStatus();
    wake();
}

void LaneWorker::scheduleWake(qint64 ms)
{
    if (!m_wakeTimer)
        return;
    const int delay = int(std::clamp<qint64>(ms, 1, 60000));
    if (!m_wakeTimer->isActive() || m_wakeTimer->remainingTime() > delay)
        m_wakeTimer->start(delay);
}

void LaneWorker::pump()
{
    assertThread();
    if (!m_store || m_stopping || m_finalized || m_status.paused)
        return;
    if (!m_pendingFinishes.isEmpty()) {
        flushFinishes(); // pumps again once the outcomes are durable
        return;
    }
    const qint64 now = nowMs();
    int capacity = m_config.maxInFlight - m_inFlight;
    const auto circuit = m_breaker.state();
    if (circuit == CircuitBreaker::State::Open && now < m_breaker.openUntilMs()) {
        scheduleWake(m_breaker.openUntilMs() - now);
        return;
    }
    if (circuit != CircuitBreaker::State::Closed)
        capacity = m_breaker.probeInFlight() ? 0 : std::min(capacity, 1);
    if (capacity <= 0)
        return; // a finishing step pumps again
    capacity = std::min(capacity, m_config.leaseBatch);
    LaneBudget::Grant grant;
    if (m_budget) {
        if (auto error = m_budget->take(capacity, now, &grant)) {
            pauseForStore(*error);
            return;
        }
        if (grant.tokens < 1) {
            m_bucket.syncAvailable(grant.left, now);
            scheduleWake(grant.waitMs);
            return;
        }
        capacity = grant.tokens;
    } else if (m_config.ratePerSecond > 0) {
        const int tokens = int(std::floor(m_bucket.available(now) + 1e-9));
        if (tokens < 1) {
            scheduleWake(m_bucket.msUntilAvailable(1, now));
            return;
        }
        capacity = std::min(capacity, tokens);
    }

    QList<JobRecord> jobs;
    if (auto error = m_store->lease(m_config.name, m_identity, capacity, m_config.leaseMs, now, &jobs)) {
        if (m_budget)
            m_budget->giveBack(grant.tokens);
        pauseForStore(*error);
        return;
    }
    if (m_budget) {
        const int unused = grant.tokens - int(jobs.size());
        if (auto error = m_budget->giveBack(unused))
            qCWarning(lcEngine) << error->message;
        m_bucket.syncAvailable(grant.left + std::max(unused, 0), now);
    }
    if (jobs.isEmpty()) {
        scheduleWake(m_config.idlePollMs);
        return;
    }
    for (const JobRecord &job : jobs) {
        if (circuit != CircuitBreaker::State::Closed)
            m_breaker.allowRequest(now);
        if (m_config.ratePerSecond > 0 && !m_budget)
            m_bucket.tryTake(1, now);
        dispatch(job, now);
    }
    if (jobs.size() == capacity && m_inFlight < m_config.maxInFlight)
        wake();
}

StepHandler *LaneWorker::handlerFor(const QString &flow, const QString &step)
{
    const QString key = flow + QLatin1Char('/') + step;
    auto it = m_handlers.find(key);
    if (it != m_handlers.end())
        return it->second.get();
    const auto factory = m_registry ? m_registry->find(flow, step) : StepRegistry::Factory();
    if (!factory)
        return nullptr;
    StepEnvironment env;
    env.context = this;
    env.network = m_network;
    env.lane = m_config.name;
    env.readState = [this](const QString &kind, const QString &key) {
        return m_store ? m_store->state(kind, key) : QJsonObject();
    };
    env.readStatesOfKind
        = [this](const QString &kind) { return m_store ? m_store->statesOfKind(kind) : QHash<QString, QJsonObject>(); };
    env.openJobPayloads = [this](const QString &flow, const QString &step) {
        return m_store ? m_store->openPayloads(flow, step) : QList<QByteArray>();
    };
    env.knownEventVersions = [this](const QString &source, const QString &topic, const QStringList &ids) {
        return m_store ? m_store->knownEventVersions(source, topic, ids) : QHash<QString, QSet<QString>>();
    };
    env.publishedMapping = [this](const Mapping::MappingKey &key) -> std::optional<Mapping::MappingVersion> {
        if (auto stored
            = m_store ? Mapping::MappingRepository(m_connectionName, m_database.dialect).published(key) : std::nullopt)
            return stored;
        if (auto shipped = Mapping::MappingCatalog::shippedDefault(key))
            return Mapping::MappingVersion {
                key, 0, Mapping::MappingState::Published, *shipped, QStringLiteral("quayside"), QString(), 0, 0
            };
        return std::nullopt;
    };
    auto handler = factory(env);
    auto *raw = handler.get();
    m_handlers.emplace(key, std::move(handler));
    return raw;
}

void LaneWorker::dispatch(const JobRecord &job, qint64 now)
{
    ++m_inFlight;
    StepHandler *handler = handlerFor(job.flow, job.step);
    if (!handler) {
        onStepFinished(job,
            StepResult::failure(ErrorClass::Validation,
                tr("No handler for step %1/%2; the job was queued by a newer or "
                   "differently configured Quayside")
                    .arg(job.flow, job.step)),
            now);
        return;
    }
    auto called = std::make_shared<bool>(false);
    QPointer<LaneWorker> self(this);
    handler->run(job, [self, job, now, called](StepResult result) {
        if (*called || !self)
            return;
        *called = true;
        // Always queued: a handler that answers synchronously must not re-enter pump() from dispatch().
        QMetaObject::invokeMethod(
            self.data(),
            [self, job, result, now] {
                if (self)
                    self->onStepFinished(job, result, now);
            },
            Qt::QueuedConnection);
    });
}

void LaneWorker::onStepFinished(const JobRecord &job, const StepResult &result, qint64 startedMs)
{
    assertThread();
    if (m_finalized)
        return; // the lease was given back at shutdown; the job runs again after restart
    --m_inFlight;
    const qint64 now = nowMs();
    JobFinish finish;
    finish.startedAt = startedMs;
    finish.mappingVersion = result.mappingVersion;
    if (result.ok) {
        m_breaker.recordSuccess();
        m_telemetry.count(now, job.flow, m_config.name, Metric::Succeeded);
        m_telemetry.latency(now, job.flow, m_config.name, now - startedMs);
        m_status.lastSuccessMs = now;
        ++m_status.succeeded;
        finish.kind = JobFinish::Kind::Done;
        finish.followUps = result.followUps;
        finish.events = result.events;
        finish.cursors = result.cursors;
        finish.state = result.state;
        addFinish(job, std::move(finish));
        return;
    }

    finish.errorClass = result.errorClass;
    finish.message = result.message;
    m_status.lastError = result.message;
    // Only a transient failure says the service is down. Any other answer (a refusal of this job, a
    // throttle, bad credentials) came from a service that is up: a half-open circuit closes, and its
    // probe no longer counts as in flight (else the lane would never lease again).
    if (result.errorClass != ErrorClass::Transient)
        m_breaker.recordSuccess();
    const auto retryOrDead = [&](qint64 retryAfterMs) {
        if (m_retry.shouldRetry(result.errorClass, job.attempts)) {
            finish.kind = JobFinish::Kind::Retry;
            finish.nextAttemptAt = now + m_retry.delayMs(result.errorClass, job.attempts, retryAfterMs);
            m_telemetry.count(now, job.flow, m_config.name, Metric::Retried);
            ++m_status.retried;
        } else {
            finish.kind = JobFinish::Kind::Dead;
            finish.message = tr("%1 (gave up after %n attempt(s))", nullptr, job.attempts).arg(result.message);
            m_telemetry.count(now, job.flow, m_config.name, Metric::DeadLettered);
            ++m_status.deadLettered;
        }
    };

    switch (result.errorClass) {
    case ErrorClass::Auth:
        // Credentials are wrong for every job of this lane: retrying would only burn budgets and maybe
        // lock the account. Give the job back untouched and wait for the operator.
        finish.kind = JobFinish::Kind::Retry;
        finish.countAttempt = false;
        finish.nextAttemptAt = now;
        m_telemetry.count(now, job.flow, m_config.name, Metric::AuthPaused);
        pauseLane(tr("Authentication failed: %1").arg(result.message));
        break;
    case ErrorClass::RateLimited: {
        const qint64 hold
            = result.retryAfterMs >= 0 ? result.retryAfterMs : m_retry.delayMs(result.errorClass, job.attempts);
        m_bucket.holdUntil(now + hold);
        if (m_budget)
            if (auto error = m_budget->holdUntil(now + hold))
                qCWarning(lcEngine) << error->message;
        m_telemetry.count(now, job.flow, m_config.name, Metric::Throttled);
        retryOrDead(result.retryAfterMs);
        break;
    }
    case ErrorClass::Transient:
        m_breaker.recordFailure(now);
        retryOrDead(result.retryAfterMs);
        break;
    case ErrorClass::Conflict:
        retryOrDead(-1);
        break;
    case ErrorClass::Validation:
    case ErrorClass::Business:
        finish.kind = JobFinish::Kind::Dead;
        m_telemetry.count(now, job.flow, m_config.name, Metric::DeadLettered);
        ++m_status.deadLettered;
        break;
    }
    addFinish(job, std::move(finish));
}

void LaneWorker::addFinish(const JobRecord &job, JobFinish finish)
{
    m_pendingFinishes.append({ job, std::move(finish) });
    if (m_flushScheduled)
        return;
    // Group commit: outcomes arriving in the same event-loop turn share one transaction.
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushScheduled = false;
            flushFinishes();
        },
        Qt::QueuedConnection);
}

void LaneWorker::wakeFor(const QStringList &lanes)
{
    if (lanes.contains(m_config.name))
        wake();
}

void LaneWorker::flushFinishes()
{
    if (!m_store || m_pendingFinishes.isEmpty())
        return;
    if (auto error = m_store->finish(m_pendingFinishes, m_identity)) {
        pauseForStore(*error); // outcomes stay pending and are written when the store is back
        return;
    }
    QStringList lanes;
    const qint64 now = nowMs();
    const auto note = [&](const NewJob &j) {
        if (j.lane != m_config.name && j.notBeforeMs <= now && !lanes.contains(j.lane))
            lanes << j.lane;
    };
    for (const auto &[job, finish] : std::as_const(m_pendingFinishes)) {
        for (const NewJob &j : finish.followUps)
            note(j);
        for (const EventIntake &intake : finish.events)
            for (const NewJob &j : intake.jobs)
                note(j);
    }
    m_pendingFinishes.clear();
    if (!lanes.isEmpty())
        Q_EMIT jobsAdded(lanes);
    if (m_stopping) {
        if (m_inFlight == 0)
            finalize();
        return;
    }
    pump();
}

void LaneWorker::housekeeping()
{
    assertThread();
    const qint64 now = nowMs();
    if (m_storePaused && m_store) {
        m_storePaused = false;
        m_status.paused = false;
        m_status.pauseReason.clear();
        if (!m_pendingFinishes.isEmpty())
            flushFinishes();
        else
            wake();
    } else if (m_storePaused && !m_store) {
        if (!Database::open(m_database, m_connectionName)) {
            openStore();
            m_storePaused = false;
            m_status.paused = false;
            m_status.pauseReason.clear();
            m_status.running = true;
            wake();
        }
    }
    if (m_store && !m_stopping) {
        if (auto error = m_store->reclaimExpired(now))
            qCWarning(lcEngine) << error->message;
        if (now - m_lastTelemetryFlushMs >= kTelemetryFlushMs) {
            if (auto error = m_telemetry.flush(m_store->db(), m_database.dialect))
                qCWarning(lcEngine) << "Telemetry not saved yet:" << error->message;
            m_lastTelemetryFlushMs = now;
        }
    }
    publishStatus();
}

void LaneWorker::pauseForStore(const StoreError &error)
{
    qCWarning(lcEngine) << "Lane" << m_config.name << "waits for the store:" << error.message;
    m_storePaused = true;
    m_status.paused = true;
    m_status.pauseReason = tr("Database problem (%1): %2").arg(toString(error.kind), error.message);
    publishStatus();
    // housekeeping() retries every second; the outcomes already computed stay in memory until then.
}

void LaneWorker::pauseLane(const QString &reason)
{
    if (m_status.paused && m_status.pauseReason == reason)
        return;
    qCWarning(lcEngine) << "Lane" << m_config.name << "paused:" << reason;
    m_status.paused = true;
    m_status.pauseReason = reason;
    publishStatus();
}

void LaneWorker::publishStatus()
{
    m_status.circuit = m_breaker.state();
    m_status.inFlight = m_inFlight;
    m_status.rateHeadroom = m_config.ratePerSecond > 0 && m_bucket.capacity() > 0
        ? m_bucket.available(nowMs()) / m_bucket.capacity()
        : 1.0;
    Q_EMIT statusChanged(m_status);
}

void LaneWorker::stop(qint64 drainMs)
{
    assertThread();
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_wakeTimer)
        m_wakeTimer->stop();
    if (m_inFlight == 0 && m_pendingFinishes.isEmpty()) {
        finalize();
        return;
    }
    if (!m_pendingFinishes.isEmpty())
        flushFinishes();
    if (m_finalized)
        return;
    m_drainTimer = new QTimer(this);
    m_drainTimer->setSingleShot(true);
    connect(m_drainTimer, &QTimer::timeout, this, &LaneWorker::finalize);
    m_drainTimer->start(int(std::max<qint64>(drainMs, 0)));
}

void LaneWorker::finalize()
{
    assertThread();
    if (m_finalized)
        return;
    if (m_store) {
        if (!m_pendingFinishes.isEmpty() && !m_store->finish(m_pendingFinishes, m_identity))
            m_pendingFinishes.clear();
        int released = 0;
        if (auto error = m_store->releaseAll(m_identity, &released))
            qCWarning(lcEngine) << "Leases not released (they expire by themselves):" << error->message;
        else if (released > 0)
            qCInfo(lcEngine) << "Gave back" << released << "unfinished jobs of lane" << m_config.name;
        if (auto error = m_telemetry.flush(m_store->db(), m_database.dialect))
            qCWarning(lcEngine) << "Telemetry lost at shutdown:" << error->message;
    }
    m_finalized = true;
    m_status.running = false;
    if (m_housekeepingTimer)
        m_housekeepingTimer->stop();
    // The clients the steps share (laneClient, sharedClientName) go first and at once:
    // an answer still on its way must find no callback into a step that is gone, and their timers must
    // stop in this thread, not in whichever thread later deletes the worker.
    const QObjectList made = children(); // a copy: deleting a child changes the list
    for (QObject *child : made)
        if (isSharedClientName(child->objectName()))
            delete child;
    m_handlers.clear();
    m_budget.reset();
    m_store.reset();
    Database::close(m_connectionName);
    // Objects with timers or sockets must die in their own thread; deleteLater runs as this thread
    // finishes (finalize may be running inside the drain timer's own signal, so no direct delete).
    for (QObject *child : { static_cast<QObject *>(m_wakeTimer),
             static_cast<QObject *>(m_housekeepingTimer),
             static_cast<QObject *>(m_drainTimer),
             static_cast<QObject *>(m_network) })
        if (child)
            child->deleteLater();
    m_wakeTimer = m_housekeepingTimer = m_drainTimer = nullptr;
    m_network = nullptr;
    publishStatus();
    qCInfo(lcEngine) << "Lane worker" << m_identity << "stopped";
    Q_EMIT stopped(m_identity);
}

} // namespace Quayside
