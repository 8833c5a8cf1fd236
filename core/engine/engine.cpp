#include "core/engine/engine.h"

#include "core/engine/laneworker.h"
#include "core/logging/logging.h"
#include "core/platform/process.h"
#include "core/security/auditanchor.h"

#include <QDeadlineTimer>

namespace Quayside {

Engine::Engine(EngineConfig config, std::shared_ptr<const StepRegistry> registry, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_registry(std::move(registry))
    , m_role(m_config.role)
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
    connect(m_control, &ControlWorker::storeUnavailable, this, [this](const QString &message, int) {
        m_failure = message;
        Q_EMIT storeUnavailable(message);
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
    if (const auto vault = m_config.anchorVault) {
        const QString entry = AuditAnchor::vaultEntry(m_config.database);
        connect(m_control, &ControlWorker::auditHeadChanged, this, [vault, entry, this](const QString &head) {
            vault->write(entry, head, this, [](const QString &error) {
                if (!error.isEmpty())
                    qCWarning(lcStore) << "The audit log's anchor was not kept in the keychain:" << error;
            });
        });
        vault->read(entry, this, [this](std::optional<QString> anchor, const QString &error) {
            if (!error.isEmpty()) {
                // Without the keychain there is nothing to compare with, and nothing is overwritten.
                qCWarning(lcStore) << "The audit log's anchor could not be read from the keychain:" << error;
                return;
            }
            onControl([anchor = anchor.value_or(QString())](ControlWorker *c) { c->checkAuditAnchor(anchor); });
        });
    }
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
    m_failure.clear();
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

void Engine::setRole(Role role)
{
    m_role = role;
}

bool Engine::permitted(OperatorAction action, const QString &name)
{
    if (permits(m_role, action))
        return true;
    const QString answeredAs = name.isEmpty() ? toString(action) : name;
    const QString error = permissionDeniedError(action);
    qCWarning(lcEngine) << "Refused" << answeredAs << "for role" << toString(m_role) << "-" << error;
    if (m_control) {
        const QString note = QStringLiteral("role %1; %2").arg(toString(m_role), error);
        onControl([answeredAs, error, note, actor = m_config.actor](
                      ControlWorker *c) { c->refuse(answeredAs, actor, note, error); });
    } else {
        // Nothing to record it in before start; still answered, queued like every other answer.
        QMetaObject::invokeMethod(
            this,
            [this, answeredAs, error] { Q_EMIT operatorActionFinished(answeredAs, 0, error); },
            Qt::QueuedConnection);
    }
    return false;
}

void Engine::recordAudit(const QString &action, const QString &target, const QString &note)
{
    onControl([action, target, note, actor = m_config.actor](
                  ControlWorker *c) { c->recordAudit(action, target, actor, note); });
}

void Engine::replay(const QList<qint64> &ids)
{
    if (!permitted(OperatorAction::Replay))
        return;
    onControl([ids, actor = m_config.actor](ControlWorker *c) { c->replay(ids, actor); });
}

void Engine::saveMappingDraft(const QJsonObject &document)
{
    if (!permitted(OperatorAction::SaveMappingDraft))
        return;
    onControl([document, actor = m_config.actor](ControlWorker *c) { c->saveMappingDraft(document, actor); });
}

void Engine::publishMapping(const Mapping::MappingKey &key, const QString &comment)
{
    if (!permitted(OperatorAction::PublishMapping))
        return;
    onControl([key, comment, actor = m_config.actor](ControlWorker *c) { c->publishMapping(key, actor, comment); });
}

void Engine::rollbackMapping(const Mapping::MappingKey &key, int toVersion, const QString &comment)
{
    if (!permitted(OperatorAction::RollbackMapping))
        return;
    onControl([key, toVersion, comment, actor = m_config.actor](
                  ControlWorker *c) { c->rollbackMapping(key, toVersion, actor, comment); });
}

void Engine::resolve(const QList<qint64> &ids, const QString &note)
{
    if (!permitted(OperatorAction::Resolve))
        return;
    onControl([ids, note, actor = m_config.actor](ControlWorker *c) { c->resolve(ids, actor, note); });
}

void Engine::skip(const QList<qint64> &ids, const QString &note)
{
    if (!permitted(OperatorAction::Skip))
        return;
    onControl([ids, note, actor = m_config.actor](ControlWorker *c) { c->skip(ids, actor, note); });
}

void Engine::reopen(const QList<qint64> &ids)
{
    if (!permitted(OperatorAction::Reopen))
        return;
    onControl([ids, actor = m_config.actor](ControlWorker *c) { c->reopen(ids, actor); });
}

void Engine::revealCustomerData(const QString &target)
{
    if (!permitted(OperatorAction::RevealCustomerData))
        return;
    onControl([target, actor = m_config.actor](ControlWorker *c) { c->reveal(target, actor); });
}

void Engine::forgetCustomer(const QString &email, const QString &reason)
{
    if (!permitted(OperatorAction::ForgetCustomer))
        return;
    onControl([email, reason, actor = m_config.actor](ControlWorker *c) { c->forgetCustomer(email, actor, reason); });
}

void Engine::enqueue(const QList<NewJob> &jobs)
{
    onControl([jobs](ControlWorker *c) { c->enqueue(jobs); });
}

void Engine::editState(
    const StateWrite &write, const QString &action, const QStringList &retimePartitions, qint64 nextAttemptAt)
{
    if (!permitted(OperatorAction::ChangeSchedule, action))
        return;
    onControl([write, action, retimePartitions, nextAttemptAt, actor = m_config.actor](
                  ControlWorker *c) { c->mergeState(write, actor, action, retimePartitions, nextAttemptAt); });
}

void Engine::resumeLane(const QString &lane)
{
    if (!permitted(OperatorAction::ResumeLane))
        return;
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
