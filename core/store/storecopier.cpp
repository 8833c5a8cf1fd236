#include "core/store/storecopier.h"

#include "core/logging/logging.h"
#include "core/security/auditlog.h"

#include <QSqlQuery>
#include <QSqlField>
#include <QSqlRecord>

namespace Quayside {

namespace {

const QString kSource = QStringLiteral("storecopy:source");
const QString kTarget = QStringLiteral("storecopy:target");

std::optional<StoreError> countRows(QSqlDatabase db, const QString &table, qint64 *count)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Counting %1").arg(table));
    *count = q.value(0).toLongLong();
    return std::nullopt;
}

QString lastAuditHash(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return QString();
}

std::optional<StoreError> copyTable(QSqlDatabase from, QSqlDatabase to, const QString &table)
{
    const QSqlRecord columns = to.record(table);
    QStringList names;
    QStringList marks;
    for (int i = 0; i < columns.count(); ++i) {
        names << columns.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table)))
        return StoreError::fromSql(read.lastError(), QStringLiteral("Reading %1").arg(table));
    QSqlQuery write(to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return StoreError::fromSql(write.lastError(), QStringLiteral("Preparing to write %1").arg(table));
    while (read.next()) {
        for (int i = 0; i < names.size(); ++i) {
            const QVariant value = read.value(i);
            // SQLite reports a NULL without the column's type; the target wants a typed one.
            write.addBindValue(value.isNull() ? QVariant(columns.field(i).metaType()) : value);
        }
        if (!write.exec())
            return StoreError::fromSql(write.lastError(), QStringLiteral("Writing %1").arg(table));
    }
    if (Database::dialectOf(to) == Dialect::Postgres && names.contains(QStringLiteral("id"))) {
        // Rows came with their ids: the sequence must continue after them, not hand them out again.
        QSqlQuery seq(to);
        if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                     " COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM %1")
                          .arg(table)))
            return StoreError::fromSql(seq.lastError(), QStringLiteral("Continuing the ids of %1").arg(table));
    }
    return std::nullopt;
}

std::optional<StoreError> copyAndCheck(QSqlDatabase from, QSqlDatabase to, StoreCopier::Report *report)
{
    for (const QString &table : StoreCopier::tables()) {
        qint64 existing = 0;
        if (auto e = countRows(to, table, &existing))
            return e;
        // Rows the schema itself brings (none today) would make counts differ; a used store is refused.
        if (existing > 0 && table != QLatin1String("mappings"))
            return StoreError { StoreError::Kind::Query,
                QStringLiteral("The target already holds data (%1 rows in %2); it was left untouched")
                    .arg(existing)
                    .arg(table) };
    }
    WriteTransaction tx(to, Database::dialectOf(to));
    if (auto e = tx.begin())
        return e;
    for (const QString &table : StoreCopier::tables()) {
        // The target's own seeded mappings give way to the source's history.
        if (table == QLatin1String("mappings")) {
            QSqlQuery clear(to);
            if (!clear.exec(QStringLiteral("DELETE FROM mappings")))
                return StoreError::fromSql(clear.lastError(), QStringLiteral("Emptying mappings"));
        }
        if (auto e = copyTable(from, to, table))
            return e;
        qCInfo(lcStore) << "Copied" << table;
    }

    // Checked inside the transaction: a copy that does not match leaves the target as empty as it was.

    for (const QString &table : StoreCopier::tables()) {
        StoreCopier::TableCount count;
        count.table = table;
        if (auto e = countRows(from, table, &count.source))
            return e;
        if (auto e = countRows(to, table, &count.target))
            return e;
        report->tables << count;
        if (count.source != count.target)
            return StoreError { StoreError::Kind::Query,
                QStringLiteral("%1: %2 rows in the source, %3 in the target")
                    .arg(table)
                    .arg(count.source)
                    .arg(count.target) };
    }
    QString problem;
    const qint64 broken = AuditLog::verify(to, &problem);
    if (broken != 0)
        return StoreError { StoreError::Kind::Query,
            QStringLiteral("The copied audit log does not verify: %1").arg(problem) };
    if (lastAuditHash(from) != lastAuditHash(to))
        return StoreError { StoreError::Kind::Query, QStringLiteral("The copied audit log ends elsewhere") };
    qint64 entries = 0;
    if (auto e = countRows(to, QStringLiteral("audit_log"), &entries))
        return e;
    report->auditEntries = entries;
    return tx.commit();
}

} // namespace

const QStringList &StoreCopier::tables()
{
    static const QStringList names { QStringLiteral("inbound_events"),
        QStringLiteral("jobs"),
        QStringLiteral("job_attempts"),
        QStringLiteral("audit_log"),
        QStringLiteral("cursors"),
        QStringLiteral("telemetry_counts"),
        QStringLiteral("telemetry_latency"),
        QStringLiteral("flow_state"),
        QStringLiteral("mappings"),
        QStringLiteral("lane_budget") };
    return names;
}

std::optional<StoreError> StoreCopier::copy(const DatabaseConfig &source, const DatabaseConfig &target, Report *report)
{
    *report = Report {};
    // The source is brought to this build's schema first, as opening it in Quayside would.
    auto error = Database::openAndMigrate(source, kSource);
    if (!error)
        error = Database::openAndMigrate(target, kTarget);
    if (!error)
        error = copyAndCheck(Database::connection(kSource), Database::connection(kTarget), report);
    Database::close(kSource);
    Database::close(kTarget);
    return error;
}

} // namespace Quayside
