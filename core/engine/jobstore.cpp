#include "core/engine/jobstore.h"

#include "core/logging/logging.h"
#include "core/security/auditlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Quayside {

namespace {

const QString kJobColumns = QStringLiteral(
    "id, event_id, flow, step, lane, partition_key, correlation_id, payload, mapping_version, state, attempts,"
    " next_attempt_at, lease_owner, lease_expires_at, error_class, error_message, created_at, updated_at, finished_at");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// What an operator did at `t`; AuditLog::append chains it to the entries before.
AuditEntry auditEntry(qint64 t,
    const QString &actor,
    const QString &action,
    const QString &target,
    const QString &before,
    const QString &after,
    const QString &note = {})
{
    AuditEntry entry;
    entry.at = t;
    entry.actor = actor;
    entry.action = action;
    entry.target = target;
    entry.before = before;
    entry.after = after;
    entry.note = note;
    return entry;
}

QVariant nullableText(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString stateSnapshot(const JobRecord &j)
{
    QJsonObject o { { QStringLiteral("state"), toString(j.state) }, { QStringLiteral("attempts"), j.attempts } };
    if (j.errorClass)
        o.insert(QStringLiteral("error_class"), toString(*j.errorClass));
    if (!j.errorMessage.isEmpty())
        o.insert(QStringLiteral("error"), j.errorMessage);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Lock names (Database::lockKey). Taken in sorted order wherever a transaction needs several, so two
// writers can never wait for each other.
QString partitionLock(const QString &partition)
{
    return QStringLiteral("partition:") + partition;
}

QString stateLock(const QString &kind, const QString &key)
{
    return QStringLiteral("state:%1/%2").arg(kind, key);
}

std::optional<StoreError> lockAll(QSqlDatabase &db, QStringList keys)
{
    if (Database::dialectOf(db) != Dialect::Postgres)
        return std::nullopt;
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys))
        if (auto e = Database::lockKey(db, key))
            return e;
    return std::nullopt;
}

} // namespace

const QString &jobColumns()
{
    return kJobColumns;
}

JobRecord jobFromQuery(const QSqlQuery &q)
{
    JobRecord j;
    j.id = q.value(0).toLongLong();
    j.eventId = q.value(1).toLongLong();
    j.flow = q.value(2).toString();
    j.step = q.value(3).toString();
    j.lane = q.value(4).toString();
    j.partitionKey = q.value(5).toString();
    j.correlationId = q.value(6).toString();
    j.payload = q.value(7).toString().toUtf8();
    j.mappingVersion = q.value(8).toInt();
    j.state = jobStateFromString(q.value(9).toString()).value_or(JobState::Ready);
    j.attempts = q.value(10).toInt();
    j.nextAttemptAt = q.value(11).toLongLong();
    j.leaseOwner = q.value(12).toString();
    j.leaseExpiresAt = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        j.errorClass = errorClassFromString(q.value(14).toString());
    j.errorMessage = q.value(15).toString();
    j.createdAt = q.value(16).toLongLong();
    j.updatedAt = q.value(17).toLongLong();
    j.finishedAt = q.value(18).toLongLong();
    return j;
}

JobStore::JobStore(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{ }

QSqlDatabase JobStore::db() const
{
    return Database::connection(m_connectionName);
}

std::optional<StoreError> JobStore::insertJobs(
    QSqlDatabase &db, const QList<NewJob> &jobs, qint64 eventId, qint64 t, QList<qint64> *ids)
{
    // PostgreSQL hands out ids before commit: without the lock a job could commit after a later job of its
    // partition had already been leased, and run out of order.
    QStringList partitions;
    for (const NewJob &job : jobs)
        partitions << partitionLock(job.partitionKey);
    if (auto e = lockAll(db, partitions))
        return e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO jobs (event_id, flow, step, lane, partition_key, correlation_id, payload,"
                             " mapping_version, state, attempts, next_attempt_at, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ready', 0, ?, ?, ?)")
        + (m_dialect == Dialect::Postgres ? QStringLiteral(" RETURNING id") : QString()));
    for (const NewJob &job : jobs) {
        q.addBindValue(eventId > 0 ? QVariant(eventId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(job.flow);
        q.addBindValue(job.step);
        q.addBindValue(job.lane);
        q.addBindValue(job.partitionKey);
        q.addBindValue(job.correlationId);
        q.addBindValue(QString::fromUtf8(job.payload));
        q.addBindValue(job.mappingVersion);
        q.addBindValue(std::max(job.notBeforeMs, t));
        q.addBindValue(t);
        q.addBindValue(t);
        if (!q.exec())
            return StoreError::fromSql(q.lastError(), QStringLiteral("Enqueueing a %1/%2 job").arg(job.flow, job.step));
        if (ids) {
            if (m_dialect == Dialect::Postgres && q.next())
                *ids << q.value(0).toLongLong();
            else
                *ids << q.lastInsertId().toLongLong();
        }
    }
    return std::nullopt;
}

std::optional<StoreError> JobStore::insertEvent(
    QSqlDatabase &database, const EventIntake &intake, qint64 t, bool *duplicate)
{
    const InboundEvent &event = intake.event;
    QSqlQuery q(database);
    // ON CONFLICT DO NOTHING is portable between SQLite (3.24+) and PostgreSQL.
    q.prepare(QStringLiteral("INSERT INTO inbound_events (source, topic, entity_id, source_version, correlation_id,"
                             " payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (source, topic, entity_id, source_version) DO NOTHING"));
    q.addBindValue(event.source);
    q.addBindValue(event.topic);
    q.addBindValue(event.entityId);
    q.addBindValue(event.sourceVersion);
    q.addBindValue(event.correlationId);
    q.addBindValue(QString::fromUtf8(event.payload));
    q.addBindValue(t);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Recording an inbound %1 event").arg(event.topic));
    *duplicate = q.numRowsAffected() == 0;
    if (*duplicate)
        return std::nullopt;
    q.prepare(QStringLiteral(
        "SELECT id FROM inbound_events WHERE source = ? AND topic = ? AND entity_id = ? AND source_version = ?"));
    q.addBindValue(event.source);
    q.addBindValue(event.topic);
    q.addBindValue(event.entityId);
    q.addBindValue(event.sourceVersion);
    if (!q.exec() || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Reading back an inbound event"));
    const qint64 eventId = q.value(0).toLongLong();
    q.finish();
    return insertJobs(database, intake.jobs, eventId, t, nullptr);
}

std::optional<StoreError> JobStore::saveCursor(
    QSqlDatabase &database, const QString &name, const QString &value, qint64 t)
{
    QSqlQuery q(database);
    q.prepare(
        QStringLiteral("INSERT INTO cursors (name, value, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(value);
    q.addBindValue(t);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Saving cursor %1").arg(name));
    return std::nullopt;
}

std::optional<StoreError> JobStore::saveState(QSqlDatabase &database, const StateWrite &write, qint64 t)
{
    // Inside the caller's write transaction, so read-merge-write cannot interleave with another writer.
    if (auto e = Database::lockKey(database, stateLock(write.kind, write.key)))
        return e;
    QSqlQuery q(database);
    q.prepare(QStringLiteral("SELECT value FROM flow_state WHERE kind = ? AND entity_key = ?"));
    q.addBindValue(write.kind);
    q.addBindValue(write.key);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Reading %1 state of %2").arg(write.kind, write.key));
    QJsonObject merged = q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
    q.finish();
    for (auto it = write.fields.begin(); it != write.fields.end(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value());
    }
    if (merged.isEmpty()) {
        // An entity without state has no row: states of a kind are read whole, by polls among others.
        q.prepare(QStringLiteral("DELETE FROM flow_state WHERE kind = ? AND entity_key = ?"));
        q.addBindValue(write.kind);
        q.addBindValue(write.key);
        if (!q.exec())
            return StoreError::fromSql(
                q.lastError(), QStringLiteral("Clearing %1 state of %2").arg(write.kind, write.key));
        return std::nullopt;
    }
    q.prepare(QStringLiteral("INSERT INTO flow_state (kind, entity_key, value, updated_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (kind, entity_key) DO UPDATE SET value = excluded.value,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(write.kind);
    q.addBindValue(write.key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact)));
    q.addBindValue(t);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Saving %1 state of %2").arg(write.kind, write.key));
    return std::nullopt;
}

std::optional<StoreError> JobStore::mergeState(const StateWrite &write)
{
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    if (auto e = saveState(database, write, now()))
        return e;
    return tx.commit();
}

std::optional<StoreError> JobStore::operatorMergeState(const StateWrite &write,
    const QString &actor,
    const QString &action,
    const QStringList &retimePartitions,
    qint64 nextAttemptAt,
    int *changed)
{
    if (changed)
        *changed = 0;
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    if (auto e = lockAll(database, { stateLock(write.kind, write.key), AuditLog::kLockKey }))
        return e;
    // Read inside the transaction, so the audited "before" is what the edit replaced.
    const QJsonObject before = state(write.kind, write.key);
    const qint64 t = now();
    if (auto e = saveState(database, write, t))
        return e;
    const QJsonObject after = state(write.kind, write.key);
    if (after == before)
        return std::nullopt; // nothing changed: the transaction rolls back, nothing to audit
    for (const QString &partition : retimePartitions) {
        // Only a first attempt: a job waiting out a retry backoff keeps its wait.
        QSqlQuery q(database);
        q.prepare(QStringLiteral("UPDATE jobs SET next_attempt_at = ?, updated_at = ?"
                                 " WHERE partition_key = ? AND state = 'ready' AND attempts = 0"));
        q.addBindValue(nextAttemptAt);
        q.addBindValue(t);
        q.addBindValue(partition);
        if (!q.exec())
            return StoreError::fromSql(q.lastError(), QStringLiteral("Rescheduling %1").arg(partition));
    }
    const auto json
        = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    if (auto e = AuditLog::append(database,
            auditEntry(
                t, actor, action, QStringLiteral("%1:%2").arg(write.kind, write.key), json(before), json(after))))
        return e;
    if (auto e = tx.commit())
        return e;
    if (changed)
        *changed = 1;
    return std::nullopt;
}

QJsonObject JobStore::state(const QString &kind, const QString &key)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM flow_state WHERE kind = ? AND entity_key = ?"));
    q.addBindValue(kind);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QHash<QString, QJsonObject> JobStore::statesOfKind(const QString &kind)
{
    QHash<QString, QJsonObject> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity_key, value FROM flow_state WHERE kind = ?"));
    q.addBindValue(kind);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    return out;
}

QHash<QString, QSet<QString>> JobStore::knownEventVersions(
    const QString &source, const QString &topic, const QStringList &entityIds)
{
    QHash<QString, QSet<QString>> out;
    constexpr qsizetype kPerQuery = 200; // well under SQLite's and PostgreSQL's bound-parameter limits
    for (qsizetype i = 0; i < entityIds.size(); i += kPerQuery) {
        const QStringList chunk = entityIds.mid(i, kPerQuery);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT entity_id, source_version FROM inbound_events WHERE source = ? AND topic = ?"
                                 " AND entity_id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        q.addBindValue(source);
        q.addBindValue(topic);
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return out; // unknown reads as new: the full read and the duplicate check on insert follow
        while (q.next())
            out[q.value(0).toString()].insert(q.value(1).toString());
    }
    return out;
}

QList<QByteArray> JobStore::openPayloads(const QString &flow, const QString &step)
{
    QList<QByteArray> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT payload FROM jobs WHERE flow = ? AND step = ?"
                             " AND state IN ('ready', 'leased', 'dead') ORDER BY id"));
    q.addBindValue(flow);
    q.addBindValue(step);
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0).toByteArray();
    return out;
}

std::optional<StoreError> JobStore::ingest(const InboundEvent &event, const QList<NewJob> &jobs, bool *duplicate)
{
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    bool seen = false;
    if (auto e = insertEvent(database, EventIntake { event, jobs }, now(), &seen))
        return e;
    if (duplicate)
        *duplicate = seen;
    if (seen)
        return std::nullopt; // nothing written: the transaction rolls back
    return tx.commit();
}

std::optional<StoreError> JobStore::enqueue(const QList<NewJob> &jobs, QList<qint64> *ids)
{
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    if (auto e = insertJobs(database, jobs, 0, now(), ids))
        return e;
    return tx.commit();
}

std::optional<StoreError> JobStore::ensureRecurring(const NewJob &job, bool *added)
{
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    // Two workers checking at once must not both add a chain.
    if (auto e = Database::lockKey(database, partitionLock(job.partitionKey)))
        return e;
    QSqlQuery q(database);
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM jobs WHERE partition_key = ? AND state IN ('ready', 'leased', 'dead')"));
    q.addBindValue(job.partitionKey);
    if (!q.exec() || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Looking for recurring job %1").arg(job.partitionKey));
    const bool missing = q.value(0).toInt() == 0;
    q.finish();
    if (added)
        *added = missing;
    if (!missing)
        return std::nullopt;
    if (auto e = insertJobs(database, { job }, 0, now(), nullptr))
        return e;
    return tx.commit();
}

std::optional<StoreError> JobStore::lease(
    const QString &lane, const QString &owner, int max, qint64 leaseMs, qint64 nowMs, QList<JobRecord> *out)
{
    // One statement, so the choice and the claim are atomic. Only a partition's earliest unfinished job
    // qualifies: a job waiting for a retry, leased elsewhere or dead holds back the ones behind it.
    // PostgreSQL: candidates another worker is claiming right now are skipped, not waited for; a claimed
    // job is re-checked against its committed row, so two workers never lease the same job. The partition
    // check reads the statement's snapshot, in which an earlier job is never missing (see insertJobs).
    const QString lockClause
        = m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE OF j SKIP LOCKED") : QString();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jobs SET state = 'leased', lease_owner = ?, lease_expires_at = ?,"
                             " attempts = attempts + 1, updated_at = ?"
                             " WHERE id IN (SELECT j.id FROM jobs j"
                             "  WHERE j.lane = ? AND j.state = 'ready' AND j.next_attempt_at <= ?"
                             "  AND NOT EXISTS (SELECT 1 FROM jobs p WHERE p.partition_key = j.partition_key"
                             "   AND p.state IN ('ready', 'leased', 'dead') AND p.id < j.id)"
                             "  ORDER BY j.id LIMIT ?")
        + lockClause + QStringLiteral(") RETURNING ") + kJobColumns);
    q.addBindValue(owner);
    q.addBindValue(nowMs + leaseMs);
    q.addBindValue(nowMs);
    q.addBindValue(lane);
    q.addBindValue(nowMs);
    q.addBindValue(max);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Leasing jobs of lane %1").arg(lane));
    while (q.next())
        *out << jobFromQuery(q);
    q.finish();
    // RETURNING gives no order guarantee; callers dispatch in id order.
    std::sort(out->begin(), out->end(), [](const JobRecord &a, const JobRecord &b) { return a.id < b.id; });
    return std::nullopt;
}

std::optional<StoreError> JobStore::reclaimExpired(qint64 nowMs, int *count)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL,"
                             " updated_at = ? WHERE state = 'leased' AND lease_expires_at < ?"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Reclaiming expired leases"));
    if (count)
        *count = q.numRowsAffected();
    if (q.numRowsAffected() > 0)
        qCInfo(lcEngine) << "Reclaimed" << q.numRowsAffected() << "jobs whose lease expired";
    return std::nullopt;
}

std::optional<StoreError> JobStore::reclaimOwnedBy(const QString &owner, int *count)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL,"
                             " updated_at = ? WHERE state = 'leased' AND lease_owner = ?"));
    q.addBindValue(now());
    q.addBindValue(owner);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Reclaiming the leases of %1").arg(owner));
    if (count)
        *count = q.numRowsAffected();
    return std::nullopt;
}

QStringList JobStore::leaseOwners()
{
    QStringList owners;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT DISTINCT lease_owner FROM jobs WHERE state = 'leased'")))
        while (q.next())
            owners << q.value(0).toString();
    return owners;
}

std::optional<StoreError> JobStore::finish(
    const QList<QPair<JobRecord, JobFinish>> &results, const QString &owner, QList<bool> *leaseLost)
{
    if (leaseLost)
        leaseLost->clear();
    if (results.isEmpty())
        return std::nullopt;
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    if (m_dialect == Dialect::Postgres) {
        QStringList keys;
        for (const auto &[job, f] : results) {
            for (const NewJob &n : f.followUps)
                keys << partitionLock(n.partitionKey);
            for (const EventIntake &intake : f.events)
                for (const NewJob &n : intake.jobs)
                    keys << partitionLock(n.partitionKey);
            for (const StateWrite &w : f.state)
                keys << stateLock(w.kind, w.key);
        }
        if (auto e = lockAll(database, keys))
            return e;
    }
    const qint64 t = now();
    QSqlQuery update(database);
    QSqlQuery attempt(database);
    attempt.prepare(
        QStringLiteral("INSERT INTO job_attempts (job_id, attempt, worker, started_at, finished_at, outcome,"
                       " error_class, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &[job, f] : results) {
        QString outcome;
        switch (f.kind) {
        case JobFinish::Kind::Done:
            outcome = QStringLiteral("done");
            update.prepare(QStringLiteral("UPDATE jobs SET state = 'done', lease_owner = NULL, lease_expires_at = NULL,"
                                          " error_class = NULL, error_message = NULL, updated_at = ?, finished_at = ?"
                                          " WHERE id = ? AND state = 'leased' AND lease_owner = ?"));
            update.addBindValue(t);
            update.addBindValue(t);
            break;
        case JobFinish::Kind::Retry:
            outcome = f.countAttempt ? QStringLiteral("retry") : QStringLiteral("paused");
            update.prepare(
                QStringLiteral("UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL,"
                               " attempts = attempts - ?, next_attempt_at = ?, error_class = ?,"
                               " error_message = ?, updated_at = ?"
                               " WHERE id = ? AND state = 'leased' AND lease_owner = ?"));
            update.addBindValue(f.countAttempt ? 0 : 1);
            update.addBindValue(f.nextAttemptAt);
            update.addBindValue(f.errorClass ? toString(*f.errorClass) : QString());
            update.addBindValue(f.message);
            update.addBindValue(t);
            break;
        case JobFinish::Kind::Dead:
            outcome = QStringLiteral("dead");
            update.prepare(QStringLiteral("UPDATE jobs SET state = 'dead', lease_owner = NULL, lease_expires_at = NULL,"
                                          " error_class = ?, error_message = ?, updated_at = ?"
                                          " WHERE id = ? AND state = 'leased' AND lease_owner = ?"));
            update.addBindValue(f.errorClass ? toString(*f.errorClass) : toString(ErrorClass::Business));
            update.addBindValue(f.message);
            update.addBindValue(t);
            break;
        case JobFinish::Kind::Release:
            outcome = QStringLiteral("released");
            update.prepare(
                QStringLiteral("UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL,"
                               " attempts = attempts - 1, updated_at = ?"
                               " WHERE id = ? AND state = 'leased' AND lease_owner = ?"));
            update.addBindValue(t);
            break;
        }
        update.addBindValue(job.id);
        update.addBindValue(owner);
        if (!update.exec())
            return StoreError::fromSql(update.lastError(), QStringLiteral("Recording the end of job %1").arg(job.id));
        const bool lost = update.numRowsAffected() == 0;
        if (leaseLost)
            *leaseLost << lost;
        if (lost) {
            qCWarning(lcEngine) << "Job" << job.id << "was no longer leased by" << owner << "; its result is dropped";
            continue;
        }
        if (f.kind == JobFinish::Kind::Release)
            continue;
        if (f.mappingVersion > 0) {
            QSqlQuery mapping(database);
            mapping.prepare(QStringLiteral("UPDATE jobs SET mapping_version = ? WHERE id = ?"));
            mapping.addBindValue(f.mappingVersion);
            mapping.addBindValue(job.id);
            if (!mapping.exec())
                return StoreError::fromSql(
                    mapping.lastError(), QStringLiteral("Recording the mapping version of job %1").arg(job.id));
        }
        attempt.addBindValue(job.id);
        attempt.addBindValue(job.attempts);
        attempt.addBindValue(owner);
        attempt.addBindValue(f.startedAt ? f.startedAt : t);
        attempt.addBindValue(t);
        attempt.addBindValue(outcome);
        attempt.addBindValue(
            f.errorClass ? QVariant(toString(*f.errorClass)) : QVariant(QMetaType::fromType<QString>()));
        attempt.addBindValue(nullableText(f.message));
        if (!attempt.exec())
            return StoreError::fromSql(
                attempt.lastError(), QStringLiteral("Recording an attempt of job %1").arg(job.id));
        if (f.kind == JobFinish::Kind::Done) {
            if (!f.followUps.isEmpty())
                if (auto e = insertJobs(database, f.followUps, job.eventId, t, nullptr))
                    return e;
            for (const EventIntake &intake : f.events) {
                bool duplicate = false;
                if (auto e = insertEvent(database, intake, t, &duplicate))
                    return e;
            }
            for (const auto &[name, value] : f.cursors)
                if (auto e = saveCursor(database, name, value, t))
                    return e;
            for (const StateWrite &w : f.state)
                if (auto e = saveState(database, w, t))
                    return e;
        }
    }
    return tx.commit();
}

std::optional<StoreError> JobStore::releaseAll(const QString &owner, int *count)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jobs SET state = 'ready', lease_owner = NULL, lease_expires_at = NULL,"
                             " attempts = attempts - 1, updated_at = ? WHERE state = 'leased' AND lease_owner = ?"));
    q.addBindValue(now());
    q.addBindValue(owner);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Releasing leases"));
    if (count)
        *count = q.numRowsAffected();
    return std::nullopt;
}

std::optional<StoreError> JobStore::operatorAction(const QList<qint64> &ids,
    const QString &actor,
    const QString &action,
    const QStringList &fromStates,
    JobState to,
    const QString &note,
    int *changed)
{
    if (changed)
        *changed = 0;
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    if (auto e = Database::lockKey(database, AuditLog::kLockKey))
        return e;
    const qint64 t = now();
    QSqlQuery select(database);
    QSqlQuery update(database);
    int n = 0;
    for (qint64 id : ids) {
        select.prepare(QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM jobs WHERE id = ?"));
        select.addBindValue(id);
        if (!select.exec())
            return StoreError::fromSql(select.lastError(), QStringLiteral("Reading job %1").arg(id));
        if (!select.next())
            continue;
        const JobRecord before = jobFromQuery(select);
        select.finish();
        if (!fromStates.contains(toString(before.state)))
            continue; // someone else already handled it: nothing to do, nothing to audit
        if (to == JobState::Ready) {
            // A replay gets a fresh attempt budget and runs with today's mapping and data.
            update.prepare(
                QStringLiteral("UPDATE jobs SET state = 'ready', attempts = 0, next_attempt_at = ?,"
                               " error_class = NULL, error_message = NULL, finished_at = NULL, updated_at = ?"
                               " WHERE id = ?"));
            update.addBindValue(t);
            update.addBindValue(t);
        } else {
            update.prepare(QStringLiteral("UPDATE jobs SET state = ?, updated_at = ?, finished_at = ? WHERE id = ?"));
            update.addBindValue(toString(to));
            update.addBindValue(t);
            update.addBindValue(to == JobState::Dead ? QVariant(QMetaType::fromType<qint64>()) : QVariant(t));
        }
        update.addBindValue(id);
        if (!update.exec())
            return StoreError::fromSql(update.lastError(), QStringLiteral("Updating job %1").arg(id));
        JobRecord after = before;
        after.state = to;
        if (to == JobState::Ready) {
            after.attempts = 0;
            after.errorClass.reset();
            after.errorMessage.clear();
        }
        if (auto e = AuditLog::append(database,
                auditEntry(t,
                    actor,
                    action,
                    QStringLiteral("job:%1").arg(id),
                    stateSnapshot(before),
                    stateSnapshot(after),
                    note)))
            return e;
        ++n;
    }
    if (auto e = tx.commit())
        return e;
    if (changed)
        *changed = n;
    return std::nullopt;
}

std::optional<StoreError> JobStore::replay(const QList<qint64> &ids, const QString &actor, int *changed)
{
    return operatorAction(ids,
        actor,
        QStringLiteral("job.replay"),
        { QStringLiteral("dead"), QStringLiteral("resolved"), QStringLiteral("skipped") },
        JobState::Ready,
        QString(),
        changed);
}

std::optional<StoreError> JobStore::resolve(
    const QList<qint64> &ids, const QString &actor, const QString &note, int *changed)
{
    if (note.trimmed().isEmpty())
        return StoreError { StoreError::Kind::Query,
            QStringLiteral("Resolving needs a note saying how it was handled") };
    return operatorAction(
        ids, actor, QStringLiteral("job.resolve"), { QStringLiteral("dead") }, JobState::Resolved, note, changed);
}

std::optional<StoreError> JobStore::skip(
    const QList<qint64> &ids, const QString &actor, const QString &note, int *changed)
{
    return operatorAction(
        ids, actor, QStringLiteral("job.skip"), { QStringLiteral("dead") }, JobState::Skipped, note, changed);
}

std::optional<StoreError> JobStore::reopen(const QList<qint64> &ids, const QString &actor, int *changed)
{
    return operatorAction(ids,
        actor,
        QStringLiteral("job.reopen"),
        { QStringLiteral("resolved"), QStringLiteral("skipped") },
        JobState::Dead,
        QString(),
        changed);
}

std::optional<StoreError> JobStore::purgePayloads(qint64 cutoffMs, int *purged)
{
    static constexpr qint64 kBatch = 2000; // ids per transaction
    QSqlDatabase database = db();
    int total = 0;
    const struct
    {
        const char *table;
        const char *emptied;
        const char *condition;
    } targets[] = {
        { "jobs",
            "payload = '{}'",
            "state IN ('done', 'resolved', 'skipped') AND finished_at < :cutoff AND payload <> '{}'" },
        { "inbound_events", "payload = NULL", "received_at < :cutoff AND payload IS NOT NULL" },
    };
    for (const auto &target : targets) {
        QSqlQuery max(database);
        if (!max.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(target.table)))
            || !max.next())
            return StoreError::fromSql(max.lastError(), QStringLiteral("Reading %1").arg(QLatin1String(target.table)));
        const qint64 last = max.value(0).toLongLong();
        max.finish();
        // Walks the primary key in ranges: each batch costs the same however much was purged before.
        for (qint64 from = 0; from < last; from += kBatch) {
            WriteTransaction tx(database, m_dialect);
            if (auto e = tx.begin())
                return e;
            QSqlQuery q(database);
            q.prepare(
                QStringLiteral("UPDATE %1 SET %2 WHERE id > :from AND id <= :to AND %3")
                    .arg(QLatin1String(target.table), QLatin1String(target.emptied), QLatin1String(target.condition)));
            q.bindValue(QStringLiteral(":from"), from);
            q.bindValue(QStringLiteral(":to"), from + kBatch);
            q.bindValue(QStringLiteral(":cutoff"), cutoffMs);
            if (!q.exec())
                return StoreError::fromSql(q.lastError(), QStringLiteral("Removing old payloads"));
            total += q.numRowsAffected();
            if (auto e = tx.commit())
                return e;
        }
    }
    if (purged)
        *purged = total;
    return std::nullopt;
}

std::optional<StoreError> JobStore::recordReveal(const QString &target, const QString &actor)
{
    return recordAudit(QStringLiteral("customer.reveal"), target, actor, QStringLiteral("customer details shown"));
}

std::optional<StoreError> JobStore::recordAudit(
    const QString &action, const QString &target, const QString &actor, const QString &note)
{
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    if (auto e = AuditLog::append(database, auditEntry(now(), actor, action, target, QString(), QString(), note)))
        return e;
    return tx.commit();
}

std::optional<JobRecord> JobStore::job(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobFromQuery(q);
}

QList<JobRecord> JobStore::jobsByCorrelation(const QString &correlationId)
{
    QList<JobRecord> out;
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM jobs WHERE correlation_id = ? ORDER BY id"));
    q.addBindValue(correlationId);
    if (q.exec())
        while (q.next())
            out << jobFromQuery(q);
    return out;
}

QList<JobAttempt> JobStore::attempts(qint64 jobId)
{
    QList<JobAttempt> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT job_id, attempt, worker, started_at, finished_at, outcome, error_class, message"
                             " FROM job_attempts WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (q.exec()) {
        while (q.next()) {
            JobAttempt a;
            a.jobId = q.value(0).toLongLong();
            a.attempt = q.value(1).toInt();
            a.worker = q.value(2).toString();
            a.startedAt = q.value(3).toLongLong();
            a.finishedAt = q.value(4).toLongLong();
            a.outcome = q.value(5).toString();
            if (!q.value(6).isNull())
                a.errorClass = errorClassFromString(q.value(6).toString());
            a.message = q.value(7).toString();
            out << a;
        }
    }
    return out;
}

QHash<JobState, qint64> JobStore::countByState()
{
    return countStates(QStringLiteral("SELECT state, COUNT(*) FROM jobs GROUP BY state"));
}

QHash<JobState, qint64> JobStore::countOpen()
{
    return countStates(
        QStringLiteral("SELECT state, COUNT(*) FROM jobs WHERE state IN ('ready', 'leased', 'dead') GROUP BY state"));
}

QHash<JobState, qint64> JobStore::countStates(const QString &sql)
{
    QHash<JobState, qint64> counts;
    QSqlQuery q(db());
    if (q.exec(sql))
        while (q.next())
            if (auto s = jobStateFromString(q.value(0).toString()))
                counts.insert(*s, q.value(1).toLongLong());
    return counts;
}

qint64 JobStore::countDue(qint64 nowMs)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM jobs WHERE state = 'leased' OR (state = 'ready' AND next_attempt_at <= ?)"));
    q.addBindValue(nowMs);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 JobStore::eventCount()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM inbound_events")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<StoreError> JobStore::setCursor(const QString &name, const QString &value)
{
    QSqlDatabase database = db();
    return saveCursor(database, name, value, now());
}

QString JobStore::cursor(const QString &name)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM cursors WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

} // namespace Quayside
