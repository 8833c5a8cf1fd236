#pragma once

#include "core/engine/errorclass.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Quayside {

enum class JobState {
    Ready, // waiting for its time and its partition's turn
    Leased, // a worker holds it until the lease expires
    Done,
    Dead, // in the exception queue; blocks later jobs of its partition until handled
    Resolved, // an operator marked it handled
    Skipped, // an operator skipped it
};

QString toString(JobState s);
std::optional<JobState> jobStateFromString(const QString &name);

struct NewJob
{
    QString flow;
    QString step;
    QString lane;
    QString partitionKey; // the business entity: jobs of one partition run in order
    QString correlationId; // the business transaction, for the order trace
    QByteArray payload; // JSON
    int mappingVersion = 0;
    qint64 notBeforeMs = 0; // 0: as soon as possible
};

struct InboundEvent
{
    QString source; // "shopify:shop.myshopify.com", "shipbob:channel"
    QString topic; // "orders/updated"
    QString entityId;
    QString sourceVersion; // updated_at or a version counter: a repeat of the same version is a duplicate
    QString correlationId;
    QByteArray payload;
};

// An inbound event and the jobs it causes, recorded together (or not at all, if it is a duplicate).
struct EventIntake
{
    InboundEvent event;
    QList<NewJob> jobs;
};

// A flow's durable note about one entity (cross-system links, a shipment's furthest state, an inventory
// mismatch): a JSON object merged key by key into what is stored, in the same transaction as the job's
// completion. A key set to null is removed.
struct StateWrite
{
    QString kind; // "order", "shipment", "inventory_mismatch"
    QString key; // the entity: a Shopify gid, "SKU@location"
    QJsonObject fields;
};

struct JobRecord
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString flow;
    QString step;
    QString lane;
    QString partitionKey;
    QString correlationId;
    QByteArray payload;
    int mappingVersion = 0;
    JobState state = JobState::Ready;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString leaseOwner;
    qint64 leaseExpiresAt = 0;
    std::optional<ErrorClass> errorClass;
    QString errorMessage;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 finishedAt = 0;
};

struct JobAttempt
{
    qint64 jobId = 0;
    int attempt = 0;
    QString worker;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QString outcome; // "done", "retry", "dead", "paused", "lease_lost"
    std::optional<ErrorClass> errorClass;
    QString message;
};

} // namespace Quayside

Q_DECLARE_METATYPE(Quayside::JobRecord)
