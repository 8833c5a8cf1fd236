#pragma once

#include "core/engine/job.h"
#include "core/mapping/mappingversion.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QObject;

namespace Quayside {

struct StepResult
{
    bool ok = true;
    ErrorClass errorClass = ErrorClass::Transient;
    QString message;
    qint64 retryAfterMs = -1; // the server's Retry-After, when it gave one
    QList<NewJob> followUps; // the flow's next steps, enqueued atomically with the completion
    QList<EventIntake> events; // what a poll found: recorded atomically with the completion, duplicates dropped
    QList<QPair<QString, QString>> cursors; // durable cursors (name, value) saved with the completion
    QList<StateWrite> state; // flow state merged with the completion
    int mappingVersion = 0; // the mapping version the step ran with, recorded on the job whatever the outcome

    static StepResult done(QList<NewJob> followUps = {});
    static StepResult failure(ErrorClass c, QString message, qint64 retryAfterMs = -1);
};

using StepCallback = std::function<void(StepResult)>;

// One step of a flow. run() may finish synchronously or later (network replies); it must call done
// exactly once, on the worker's thread.
class StepHandler
{
public:
    virtual ~StepHandler() = default;
    virtual void run(const JobRecord &job, StepCallback done) = 0;
};

// Clients shared by a lane's steps (laneClient) are children of the lane's context with these names; the
// lane deletes them first at shutdown, in its own thread, before the steps that hold pointers to them.
inline QString sharedClientName(const QString &system)
{
    return QStringLiteral("quayside.") + system;
}
inline bool isSharedClientName(const QString &objectName)
{
    return objectName.startsWith(QLatin1String("quayside."));
}

// What a handler gets from its lane: objects living in the lane's thread.
struct StepEnvironment
{
    QObject *context = nullptr; // parent for QObjects the handler creates
    QNetworkAccessManager *network = nullptr;
    QString lane;
    // Reads a flow state entry (empty object if none) from the lane's own connection.
    std::function<QJsonObject(const QString &kind, const QString &key)> readState;
    // Every flow state entry of one kind, keyed by entity (e.g. the open inventory mismatches).
    std::function<QHash<QString, QJsonObject>(const QString &kind)> readStatesOfKind;
    // Payloads of the jobs of (flow, step) that are not finished: ready, leased or in the exception queue.
    // Read-only, from the lane's own connection (e.g. Shopify orders not yet confirmed in Odoo).
    std::function<QList<QByteArray>(const QString &flow, const QString &step)> openJobPayloads;
    // JobStore::knownEventVersions on the lane's connection.
    std::function<QHash<QString, QSet<QString>>(const QString &source, const QString &topic, const QStringList &ids)>
        knownEventVersions;
    // The published mapping of a key, read when asked (so a publish applies from the next job on); the
    // shipped default as version 0 when the store has none.
    std::function<std::optional<Mapping::MappingVersion>(const Mapping::MappingKey &key)> publishedMapping;
};

// Maps (flow, step) to handler factories. Factories run in the lane's thread, so handlers and the
// QObjects they own have the right thread affinity.
class StepRegistry
{
public:
    using Factory = std::function<std::unique_ptr<StepHandler>(const StepEnvironment &)>;

    void add(const QString &flow, const QString &step, Factory factory);
    Factory find(const QString &flow, const QString &step) const;

private:
    QHash<QString, Factory> m_factories;
};

} // namespace Quayside
