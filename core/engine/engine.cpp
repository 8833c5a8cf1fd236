#include "core/engine/engine.h"

#include "core/engine/laneworker.h"
#include "core/logging/logging.h"
#include "core/platform/process.h"

#include <QDeadlineTimer>

namespace Quayside {

Engine::Engine(EngineConfig config, std::shared_ptr<const StepRegistry> registry, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_registry(std::move(registry))
{
    qRegisterMetaType<Quayside::LaneStatus>();
    qRegisterMetaType<Quayside::EngineStats>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<QList<Quayside::NewJob>>();
    m_controlThread.setObjectName(QStringLiteral("quayside-control"));
}

Engine::~Engine()
{
    shutdown();
}

void Engine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Engine::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    setState(State::Starting);
    m_failure.clear();
    m_control = new ControlWorker(
        m_config.database, m_config.verifyIntegrityOnOpen, m_config.recurring, m_config.payloadRetentionDays);
    m_control->moveToThread(&m_controlThread);
    connect(m_control, &ControlWorker::opened, this, &Engine::startLanes);
    connect(m_control, &ControlWorker::auditChainBroken, this, &Engine::auditChainBroken);
    connect(m_control, &ControlWorker::openFailed, this, [this](const QString &message, int) {
        m_failure = message;
        setState(State::Failed);
        Q_EMIT failed(message);
    });
    connect(m_control, &ControlWorker::statsUpdated, this, [this](const EngineStats &stats) {
        m_stats = stats;
        Q_EMIT statsUpdated(stats);
    });
    connect(m_control,
        &ControlWorker::actionFinished,
        this,
        [this](const QString &action, int changed, const QString &error) {
            Q_EMIT operatorActionFinished(action, changed, error);
            if (changed > 0)
                for (const auto &w : std::as_const(m_workers))
                    QMetaObject::invokeMethod(w.worker, &LaneWorker::wake, Qt::QueuedConnection);
        });
    m_controlThread.start();
    QMetaObject::invokeMethod(m_control, &ControlWorker::open, Qt::QueuedConnection);
}

void Engine::startLanes()
{
    for (const LaneConfig &lane : std::as_const(m_config.lanes)) {
        for (int i = 0; i < std::max(1, lane.workers); ++i) {
            const QString identity = Platform::workerIdentity(lane.name + QLatin1Char('#') + QString::number(i));
            WorkerThread w;
            w.thread = std::make_unique<QThread>();
            w.thread->setObjectName(QStringLiteral("lane-") + lane.name);
            w.worker = new LaneWorker(lane, m_config.database, m_registry, identity);
            w.worker->moveToThread(w.thread.get());
            connect(w.thread.get(), &QThread::started, w.worker, &LaneWorker::start);
            connect(w.worker, &LaneWorker::stopped, w.thread.get(), &QThread::quit, Qt::DirectConnection);
            connect(w.worker, &LaneWorker::stopped, this, &Engine::onWorkerStopped);
            connect(w.worker, &LaneWorker::statusChanged, this, [this](const LaneStatus &status) {
                m_laneStatus.insert(status.worker, status);
                Q_EMIT laneStatusChanged(status);
            });
            w.thread->start();
            m_workers.push_back(std::move(w));
        }
    }
    for (const auto &from : std::as_const(m_workers))
        for (const auto &to : std::as_const(m_workers))
            if (from.worker != to.worker && from.worker->lane() != to.worker->lane())
                connect(from.worker, &LaneWorker::jobsAdded, to.worker, &LaneWorker::wakeFor);
    m_runningWorkers = int(m_workers.size());
    qCInfo(lcEngine) << "Engine running on" << m_config.database.describe() << "with" << m_runningWorkers
                     << "lane workers";
    setState(State::Running);
    Q_EMIT started();
}

void Engine::stop()
{
    if (m_state != State::Running && m_state != State::Starting)
        return;
    setState(State::Stopping);
    if (m_workers.empty()) {
        onWorkerStopped();
        return;
    }
    for (const auto &w : std::as_const(m_workers))
        QMetaObject::invokeMethod(
            w.worker, [worker = w.worker, drain = m_config.drainMs] { worker->stop(drain); }, Qt::QueuedConnection);
}

void Engine::onWorkerStopped()
{
    if (--m_runningWorkers > 0 || m_state != State::Stopping)
        return;
    joinThreads(QDeadlineTimer::Forever);
    setState(State::Stopped);
    Q_EMIT stopped();
}

bool Engine::joinThreads(QDeadlineTimer deadline)
{
    bool clean = true;
    for (auto &w : m_workers) {
        if (!w.thread->wait(deadline)) {
            qCWarning(lcEngine) << "A lane worker did not stop in time; its leases will expire by themselves";
            w.thread->terminate();
            w.thread->wait();
            clean = false;
        }
        delete w.worker;
    }
    m_workers.clear();
    m_runningWorkers = 0;
    if (m_control) {
        if (m_controlThread.isRunning())
            QMetaObject::invokeMethod(m_control, &ControlWorker::close, Qt::BlockingQueuedConnection);
        m_controlThread.quit();
        m_controlThread.wait();
        delete m_control;
        m_control = nullptr;
    }
    return clean;
}

bool Engine::shutdown(int timeoutMs)
{
    if (m_state == State::Stopped && !m_control)
        return true;
    if (m_state == State::Running || m_state == State::Starting)
        stop();
    const bool clean = joinThreads(QDeadlineTimer(timeoutMs));
    if (m_state != State::Failed)
        setState(State::Stopped);
    return clean;
}

void Engine::onControl(std::function<void(ControlWorker *)> call)
{
    if (m_control)
        QMetaObject::invokeMethod(
            m_control, [c = m_control, call = std::move(call)] { call(c); }, Qt::QueuedConnection);
}

void Engine::replay(const QList<qint64> &ids)
{
    onControl([ids, actor = m_config.actor](ControlWorker *c) { c->replay(ids, actor); });
}

void Engine::saveMappingDraft(const QJsonObject &document)
{
    onControl([document, actor = m_config.actor](ControlWorker *c) { c->saveMappingDraft(document, actor); });
}

void Engine::publishMapping(const Mapping::MappingKey &key, const QString &comment)
{
    onControl([key, comment, actor = m_config.actor](ControlWorker *c) { c->publishMapping(key, actor, comment); });
}

void Engine::rollbackMapping(const Mapping::MappingKey &key, int toVersion, const QString &comment)
{
    onControl([key, toVersion, comment, actor = m_config.actor](
                  ControlWorker *c) { c->rollbackMapping(key, toVersion, actor, comment); });
}

void Engine::resolve(const QList<qint64> &ids, const QString &note)
{
    onControl([ids, note, actor = m_config.actor](ControlWorker *c) { c->resolve(ids, actor, note); });
}

void Engine::skip(const QList<qint64> &ids, const QString &note)
{
    onControl([ids, note, actor = m_config.actor](ControlWorker *c) { c->skip(ids, actor, note); });
}

void Engine::reopen(const QList<qint64> &ids)
{
    onControl([ids, actor = m_config.actor](ControlWorker *c) { c->reopen(ids, actor); });
}

void Engine::revealCustomerData(const QString &target)
{
    onControl([target, actor = m_config.actor](ControlWorker *c) { c->reveal(target, actor); });
}

void Engine::forgetCustomer(const QString &email, const QString &reason)
{
    onControl([email, reason, actor = m_config.actor](ControlWorker *c) { c->forgetCustomer(email, actor, reason); });
}

void Engine::enqueue(const QList<NewJob> &jobs)
{
    onControl([jobs](ControlWorker *c) { c->enqueue(jobs); });
}

void Engine::editState(
    const StateWrite &write, const QString &action, const QStringList &retimePartitions, qint64 nextAttemptAt)
{
    onControl([write, action, retimePartitions, nextAttemptAt, actor = m_config.actor](
                  ControlWorker *c) { c->mergeState(write, actor, action, retimePartitions, nextAttemptAt); });
}

void Engine::resumeLane(const QString &lane)
{
    for (const auto &w : std::as_const(m_workers))
        if (w.worker->lane() == lane)
            QMetaObject::invokeMethod(w.worker, &LaneWorker::resume, Qt::QueuedConnection);
}

void Engine::wakeLane(const QString &lane)
{
    for (const auto &w : std::as_const(m_workers))
        if (w.worker->lane() == lane)
            QMetaObject::invokeMethod(w.worker, &LaneWorker::wake, Qt::QueuedConnection);
}

} // namespace Quayside
