#include "core/security/customereraser.h"

#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/orders/orderjobs.h"
#include "core/security/auditlog.h"
#include "core/security/piimask.h"
#include "core/telemetry/ordertrace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Quayside {

namespace {

// Personal values emptied, at any depth; the payload's own "name" is the order's name (#1001), which
// is not personal and is how the order stays findable.
QJsonValue erased(const QJsonValue &value, bool root)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool personal = PiiMask::isPersonalKey(it.key()) && !(root && it.key() == QLatin1String("name"));
            out.insert(it.key(),
                personal && !it.value().isObject() && !it.value().isArray() ? QJsonValue(QString())
                                                                            : erased(it.value(), false));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(erased(v, false));
        return out;
    }
    return value;
}

QByteArray erasedPayload(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return json;
    return QJsonDocument(erased(doc.object(), true).toObject()).toJson(QJsonDocument::Compact);
}

// Error messages can quote the customer's e-mail (a refused partner, say).
std::optional<StoreError> maskAttemptMessages(QSqlDatabase db, qint64 jobId)
{
    QSqlQuery attempts(db);
    attempts.prepare(QStringLiteral("SELECT id, message FROM job_attempts WHERE job_id = ?"));
    attempts.addBindValue(jobId);
    if (!attempts.exec())
        return StoreError::fromSql(attempts.lastError(), QStringLiteral("Reading the attempts of job %1").arg(jobId));
    QSqlQuery update(db);
    while (attempts.next()) {
        const QString message = attempts.value(1).toString();
        const QString masked = PiiMask::maskEmailsIn(message);
        if (masked == message)
            continue;
        update.prepare(QStringLiteral("UPDATE job_attempts SET message = ? WHERE id = ?"));
        update.addBindValue(masked);
        update.addBindValue(attempts.value(0));
        if (!update.exec())
            return StoreError::fromSql(update.lastError(), QStringLiteral("Erasing the attempts of job %1").arg(jobId));
    }
    return std::nullopt;
}

} // namespace

CustomerEraser::CustomerEraser(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{ }

std::optional<StoreError> CustomerEraser::erase(const CustomerErasure &who, ErasureResult *result)
{
    ErasureResult r;
    QSet<QString> gids;
    if (!who.email.trimmed().isEmpty()) {
        const OrderTrace trace(m_connectionName, m_dialect);
        for (const OrderMatch &m : trace.search(who.email.trimmed()))
            if (m.matchedBy == OrderMatch::MatchedBy::CustomerEmail)
                gids.insert(m.orderGid);
    }
    for (const QString &id : who.orderIds)
        gids.insert(id.startsWith(QLatin1String("gid://")) ? id : FulfilmentJobs::orderGidFor(id));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (who.wholeShop) {
        // Every order the store has worked on has jobs in its partition (intake creates them with the event).
        const QString prefix = OrderJobs::partitionFor(QString());
        QSqlQuery orders(db);
        orders.prepare(QStringLiteral("SELECT DISTINCT partition_key FROM jobs WHERE partition_key LIKE ?"));
        orders.addBindValue(QString(prefix + QStringLiteral("gid://%")));
        if (!orders.exec())
            return StoreError::fromSql(orders.lastError(), QStringLiteral("Reading the shop's orders"));
        while (orders.next())
            gids.insert(orders.value(0).toString().mid(prefix.size()));
    }
    r.orders = int(gids.size());

    QList<qint64> dead;
    {
        WriteTransaction tx(db, m_dialect);
        if (auto e = tx.begin())
            return e;
        QSqlQuery select(db);
        QSqlQuery update(db);
        for (const QString &gid : std::as_const(gids)) {
            // The order's own jobs, the fetches a webhook started, and its events.
            select.prepare(
                QStringLiteral("SELECT id, payload, state, error_message FROM jobs WHERE partition_key IN (?, ?)"));
            select.addBindValue(OrderJobs::partitionFor(gid));
            select.addBindValue(OrderJobs::fetch(gid).partitionKey);
            if (!select.exec())
                return StoreError::fromSql(select.lastError(), QStringLiteral("Reading the jobs of %1").arg(gid));
            struct Job
            {
                qint64 id;
                QByteArray payload;
                QVariant error;
            };
            QList<Job> jobs;
            while (select.next()) {
                jobs.append({ select.value(0).toLongLong(), select.value(1).toByteArray(), select.value(3) });
                if (select.value(2).toString() == QLatin1String("dead"))
                    dead << select.value(0).toLongLong();
            }
            for (const Job &job : std::as_const(jobs)) {
                if (auto e = maskAttemptMessages(db, job.id))
                    return e;
                const QByteArray cleaned = erasedPayload(job.payload);
                const QVariant error
                    = job.error.isNull() ? job.error : QVariant(PiiMask::maskEmailsIn(job.error.toString()));
                if (cleaned == job.payload && error == job.error)
                    continue;
                update.prepare(QStringLiteral("UPDATE jobs SET payload = ?, error_message = ? WHERE id = ?"));
                update.addBindValue(QString::fromUtf8(cleaned));
                update.addBindValue(error);
                update.addBindValue(job.id);
                if (!update.exec())
                    return StoreError::fromSql(update.lastError(), QStringLiteral("Erasing job %1").arg(job.id));
                ++r.jobs;
            }
            select.prepare(
                QStringLiteral("SELECT id, payload FROM inbound_events WHERE entity_id = ? OR correlation_id = ?"));
            select.addBindValue(gid);
            select.addBindValue(gid);
            if (!select.exec())
                return StoreError::fromSql(select.lastError(), QStringLiteral("Reading the events of %1").arg(gid));
            QList<QPair<qint64, QByteArray>> events;
            while (select.next())
                events.append({ select.value(0).toLongLong(), select.value(1).toByteArray() });
            for (const auto &[id, payload] : std::as_const(events)) {
                const QByteArray cleaned = erasedPayload(payload);
                if (cleaned == payload)
                    continue;
                update.prepare(QStringLiteral("UPDATE inbound_events SET payload = ? WHERE id = ?"));
                update.addBindValue(QString::fromUtf8(cleaned));
                update.addBindValue(id);
                if (!update.exec())
                    return StoreError::fromSql(update.lastError(), QStringLiteral("Erasing event %1").arg(id));
                ++r.events;
            }
        }
        AuditEntry entry;
        entry.at = QDateTime::currentMSecsSinceEpoch();
        entry.actor = who.actor;
        entry.action = who.wholeShop ? QStringLiteral("shop.redact") : QStringLiteral("customer.forget");
        entry.target = who.wholeShop          ? QStringLiteral("shop:") + who.shop
            : who.shopifyCustomerId.isEmpty() ? QStringLiteral("customer")
                                              : QStringLiteral("customer:") + who.shopifyCustomerId;
        entry.after = QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("orders"), r.orders },
                { QStringLiteral("jobs"), r.jobs },
                { QStringLiteral("events"),
                    r.events } }).toJson(QJsonDocument::Compact));
        entry.note = PiiMask::maskEmailsIn(who.reason);
        if (auto e = AuditLog::append(db, entry))
            return e;
        if (auto e = tx.commit())
            return e;
    }
    if (!dead.isEmpty()) {
        JobStore store(m_connectionName, m_dialect);
        if (auto e = store.skip(dead, who.actor, QStringLiteral("The customer's data was erased"), &r.skipped))
            return e;
    }
    if (result)
        *result = r;
    return std::nullopt;
}

} // namespace Quayside
