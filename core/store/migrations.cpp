#include "core/store/migrations.h"

#include "core/logging/logging.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Quayside {

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations {
        { 1,
            QStringLiteral("engine: events, jobs, attempts, audit log, cursors, telemetry"),
            {
                QStringLiteral("CREATE TABLE inbound_events ("
                               " id {{id}},"
                               " source TEXT NOT NULL, topic TEXT NOT NULL, entity_id TEXT NOT NULL,"
                               " source_version TEXT NOT NULL, correlation_id TEXT, payload TEXT,"
                               " received_at {{bigint}} NOT NULL,"
                               " UNIQUE (source, topic, entity_id, source_version))"),
                QStringLiteral("CREATE TABLE jobs ("
                               " id {{id}},"
                               " event_id {{bigint}},"
                               " flow TEXT NOT NULL, step TEXT NOT NULL, lane TEXT NOT NULL,"
                               " partition_key TEXT NOT NULL, correlation_id TEXT NOT NULL,"
                               " payload TEXT NOT NULL, mapping_version INTEGER NOT NULL DEFAULT 0,"
                               " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                               " next_attempt_at {{bigint}} NOT NULL,"
                               " lease_owner TEXT, lease_expires_at {{bigint}},"
                               " error_class TEXT, error_message TEXT,"
                               " created_at {{bigint}} NOT NULL, updated_at {{bigint}} NOT NULL,"
                               " finished_at {{bigint}})"),
                // Leasing scans ready jobs of a lane in id order; expiry scans leased jobs by expiry time;
                // partition ordering looks for earlier unfinished jobs of the same partition.
                QStringLiteral("CREATE INDEX jobs_lane_state ON jobs (lane, state, id)"),
                QStringLiteral("CREATE INDEX jobs_state_lease ON jobs (state, lease_expires_at)"),
                QStringLiteral("CREATE INDEX jobs_partition ON jobs (partition_key, state, id)"),
                QStringLiteral("CREATE INDEX jobs_correlation ON jobs (correlation_id)"),
                QStringLiteral("CREATE TABLE job_attempts ("
                               " id {{id}},"
                               " job_id {{bigint}} NOT NULL, attempt INTEGER NOT NULL, worker TEXT,"
                               " started_at {{bigint}} NOT NULL, finished_at {{bigint}} NOT NULL,"
                               " outcome TEXT NOT NULL, error_class TEXT, message TEXT)"),
                QStringLiteral("CREATE INDEX job_attempts_job ON job_attempts (job_id)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id {{id}},"
                               " at {{bigint}} NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
                               " target TEXT NOT NULL, before_state TEXT, after_state TEXT, note TEXT,"
                               " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE cursors ("
                               " name TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at {{bigint}} NOT NULL)"),
                QStringLiteral("CREATE TABLE telemetry_counts ("
                               " minute {{bigint}} NOT NULL, flow TEXT NOT NULL, lane TEXT NOT NULL,"
                               " metric TEXT NOT NULL, value {{bigint}} NOT NULL,"
                               " PRIMARY KEY (minute, flow, lane, metric))"),
                QStringLiteral("CREATE TABLE telemetry_latency ("
                               " minute {{bigint}} NOT NULL, flow TEXT NOT NULL, lane TEXT NOT NULL,"
                               " bucket INTEGER NOT NULL, count {{bigint}} NOT NULL,"
                               " PRIMARY KEY (minute, flow, lane, bucket))"),
            } },
        { 2,
            QStringLiteral("flows: durable per-entity state (links between systems, shipment states, mismatches)"),
            {
                QStringLiteral("CREATE TABLE flow_state ("
                               " kind TEXT NOT NULL, entity_key TEXT NOT NULL, value TEXT NOT NULL,"
                               " updated_at {{bigint}} NOT NULL,"
                               " PRIMARY KEY (kind, entity_key))"),
            } },
        { 3,
            QStringLiteral("order trace: orders by customer e-mail, audit entries by job"),
            {
                // Only create_sale_order jobs carry a whole Shopify order; the partial index keeps the others
                // (and every state change of a job) free of the expression's cost.
                QStringLiteral("CREATE INDEX jobs_order_email ON jobs ({{order_email}})"
                               " WHERE step = 'create_sale_order'"),
                QStringLiteral("CREATE INDEX audit_log_target ON audit_log (target)"),
            } },
        { 4,
            QStringLiteral("exception queue: its signature (count, id sum, latest change) read from the index alone"),
            {
                // The same index as before, one column longer: every update of a job already rewrites its
                // entry (state or lease changes with it), so the console's once-a-second check costs
                // milliseconds on 100,000 exceptions instead of a table scan.
                QStringLiteral("DROP INDEX jobs_state_lease"),
                QStringLiteral("CREATE INDEX jobs_state_lease ON jobs (state, lease_expires_at, updated_at)"),
            } },
        { 5,
            QStringLiteral("dashboard: orders synced per minute"),
            {
                // The dashboard counts Shopify orders booked in Odoo per minute over the last day. Partial, so
                // the other steps' jobs and every earlier state change pay nothing for it. Step and state lead
                // although they are constant: without statistics SQLite's planner otherwise prefers the
                // equality on jobs_state_lease, a walk over every finished job.
                QStringLiteral("CREATE INDEX jobs_orders_done ON jobs (step, state, finished_at)"
                               " WHERE step = 'create_sale_order' AND state = 'done'"),
            } },
        { 6,
            QStringLiteral("mappings: versioned mapping documents per (system, entity, direction)"),
            {
                // One row per version; at most one draft and one published row per key (the others are
                // archived), so a rollback is a new version and history is never rewritten.
                QStringLiteral("CREATE TABLE mappings ("
                               " id {{id}},"
                               " system TEXT NOT NULL, entity TEXT NOT NULL, direction TEXT NOT NULL,"
                               " version INTEGER NOT NULL, state TEXT NOT NULL, document TEXT NOT NULL,"
                               " author TEXT NOT NULL, comment TEXT,"
                               " created_at {{bigint}} NOT NULL, published_at {{bigint}},"
                               " UNIQUE (system, entity, direction, version))"),
                QStringLiteral("CREATE INDEX mappings_key_state ON mappings (system, entity, direction, state)"),
            } },
        { 7,
            QStringLiteral("team mode: a lane's rate budget shared by every worker on the database"),
            {
                // Tokens are fractional (refilled continuously); hold_until is a server's Retry-After.
                QStringLiteral("CREATE TABLE lane_budget ("
                               " lane TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL,"
                               " updated_at {{bigint}} NOT NULL, hold_until {{bigint}} NOT NULL DEFAULT 0)"),
            } },
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

QString Migrations::render(const QString &statement, Dialect dialect)
{
    QString sql = statement;
    if (dialect == Dialect::Sqlite) {
        sql.replace(QLatin1String("{{id}}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("{{bigint}}"), QLatin1String("INTEGER"));
        // json_valid first: an index expression that raised an error would make the job's INSERT fail.
        sql.replace(QLatin1String("{{order_email}}"),
            QLatin1String("lower(CASE WHEN json_valid(payload) THEN json_extract(payload, '$.email') END)"));
    } else {
        sql.replace(QLatin1String("{{id}}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        sql.replace(QLatin1String("{{bigint}}"), QLatin1String("BIGINT"));
        // A cast to json would raise on a malformed payload; the pattern cannot. Payloads are written with
        // sorted keys, so the order's own "email" comes before any nested one.
        sql.replace(
            QLatin1String("{{order_email}}"), QLatin1String("lower(substring(payload from '\"email\":\"([^\"]*)\"'))"));
    }
    return sql;
}

std::optional<StoreError> Migrations::currentVersion(QSqlDatabase db, int *version)
{
    *version = 0;
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("Reading the schema version"));
    if (q.next())
        *version = q.value(0).toInt();
    return std::nullopt;
}

std::optional<StoreError> Migrations::migrate(QSqlDatabase db, Dialect dialect)
{
    int current = 0;
    if (auto error = currentVersion(db, &current))
        return error;
    if (current > latestVersion()) {
        return StoreError { StoreError::Kind::NewerSchema,
            QStringLiteral("This database was written by a newer Quayside (schema version %1; this "
                           "version understands up to %2). It was left untouched; update Quayside "
                           "or choose another database.")
                .arg(current)
                .arg(latestVersion()) };
    }
    for (const Migration &m : all()) {
        if (m.version <= current)
            continue;
        WriteTransaction tx(db, dialect);
        if (auto error = tx.begin())
            return error;
        QSqlQuery q(db);
        if (dialect == Dialect::Postgres) {
            // Several workers may start on a new database at once: one migrates, the others find it done.
            if (auto error = Database::lockKey(db, QStringLiteral("quayside:schema")))
                return error;
            int now = 0;
            if (auto error = currentVersion(db, &now))
                return error;
            if (now >= m.version)
                continue;
        }
        if (m.version == 1
            && !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                                      " description TEXT NOT NULL, applied_at BIGINT NOT NULL)"))) {
            return StoreError::fromSql(q.lastError(), QStringLiteral("Creating the schema history"));
        }
        for (const QString &statement : m.statements) {
            if (!q.exec(render(statement, dialect))) {
                auto e = StoreError::fromSql(q.lastError(), QStringLiteral("Migration %1").arg(m.version));
                if (e.kind == StoreError::Kind::Query)
                    e.kind = StoreError::Kind::Migration;
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.description);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return StoreError::fromSql(q.lastError(), QStringLiteral("Recording migration %1").arg(m.version));
        if (auto error = tx.commit())
            return error;
        qCInfo(lcStore) << "Applied schema migration" << m.version << m.description;
    }
    return std::nullopt;
}

} // namespace Quayside
