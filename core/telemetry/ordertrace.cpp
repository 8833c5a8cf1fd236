#include "core/telemetry/ordertrace.h"

#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/orders/orderjobs.h"
#include "core/security/piimask.h"
#include "core/store/migrations.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Quayside {

namespace {

const QString kOrderGidPrefix = QStringLiteral("gid://shopify/Order/");
const QString kFetchPrefix = QStringLiteral("fetch:");
constexpr qsizetype kIdsPerQuery = 200; // well under SQLite's and PostgreSQL's bound-parameter limits

QString fetchPartition(const QString &orderGid)
{
    return kFetchPrefix + orderGid;
}

int rank(TraceEntry::Kind kind)
{
    return static_cast<int>(kind);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QLatin1Char(','));
}

// Runs `sql` (with one %1 for the list of marks) for every chunk of `values`, handing each row to `row`.
template <typename Value, typename Row>
void forChunks(QSqlDatabase db, const QString &sql, const QList<Value> &values, Row row)
{
    for (qsizetype i = 0; i < values.size(); i += kIdsPerQuery) {
        const QList<Value> chunk = values.mid(i, kIdsPerQuery);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql.arg(placeholders(chunk.size())));
        for (const Value &v : chunk)
            q.addBindValue(v);
        if (!q.exec())
            continue;
        while (q.next())
            row(q);
    }
}

QString pretty(const QString &json, bool reveal)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return reveal ? json : PiiMask::maskEmailsIn(json);
    if (reveal)
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    const QJsonValue masked = PiiMask::mask(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    return QString::fromUtf8((masked.isObject() ? QJsonDocument(masked.toObject()) : QJsonDocument(masked.toArray()))
                                 .toJson(QJsonDocument::Indented));
}

QString text(const QString &message, bool reveal)
{
    return reveal ? message : PiiMask::maskEmailsIn(message);
}

// "odooOrderId 42 · route shipbob · refundsApplied 1": the fields an operator scans for, in one line.
QString stateSummary(const QJsonObject &state, bool reveal)
{
    const QJsonObject shown = reveal ? state : PiiMask::mask(state).toObject();
    QStringList parts;
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isArray())
            value = QString::number(v.toArray().size());
        else if (v.isObject())
            value = QStringLiteral("{…}");
        else if (v.isBool())
            value = v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (v.isDouble())
            value = QString::number(v.toDouble(), 'g', 15);
        else
            value = v.toString();
        parts << it.key() + QLatin1Char(' ') + value;
    }
    return parts.join(QStringLiteral(" · "));
}

QString shopMoney(const QJsonValue &set)
{
    const QJsonObject money = set.toObject().value(QStringLiteral("shopMoney")).toObject();
    const QString amount = money.value(QStringLiteral("amount")).toString();
    return amount.isEmpty() ? amount
                            : amount + QLatin1Char(' ') + money.value(QStringLiteral("currencyCode")).toString();
}

QString emailOf(const QJsonObject &order)
{
    const QString direct = order.value(QStringLiteral("email")).toString();
    if (!direct.isEmpty())
        return direct;
    return order.value(QStringLiteral("customer"))
        .toObject()
        .value(QStringLiteral("defaultEmailAddress"))
        .toObject()
        .value(QStringLiteral("emailAddress"))
        .toString();
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

} // namespace

QString OrderTrace::payloadSummary(const QByteArray &json)
{
    const QJsonObject p = QJsonDocument::fromJson(json).object();
    const auto str = [&](const char *key) { return p.value(QLatin1String(key)).toString(); };
    QStringList parts;
    if (p.contains(QStringLiteral("lineItems"))) { // a Shopify order as Quayside read it
        const int lines
            = int(p.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray().size());
        parts << tr("%n line(s)", nullptr, lines) << shopMoney(p.value(QStringLiteral("totalPriceSet")))
              << str("displayFinancialStatus") << str("displayFulfillmentStatus");
        if (!str("cancelledAt").isEmpty())
            parts << tr("cancelled");
    } else if (p.contains(QStringLiteral("shipmentId"))) {
        parts << tr("shipment %1").arg(p.value(QStringLiteral("shipmentId")).toInteger()) << str("state")
              << str("carrier") << str("trackingNumber");
    } else if (p.contains(QStringLiteral("pickingId"))) {
        parts << tr("picking %1").arg(p.value(QStringLiteral("pickingId")).toInteger()) << str("carrier")
              << str("trackingNumber");
    } else if (p.contains(QStringLiteral("refundGid"))) {
        parts << tr("refund of %1").arg(str("amount"));
    } else if (p.contains(QStringLiteral("returnName"))) {
        parts << tr("return %1").arg(str("returnName"));
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

bool traceOrder(const TraceEntry &a, const TraceEntry &b)
{
    const auto inJob
        = [](const TraceEntry &e) { return e.kind == TraceEntry::Kind::Attempt || e.kind == TraceEntry::Kind::Audit; };
    // The block: a job with what happened to it, or a single event or state.
    const auto block = [&](const TraceEntry &e) {
        return std::tuple(e.groupAt, rank(inJob(e) ? TraceEntry::Kind::Job : e.kind), inJob(e) ? e.jobId : e.id);
    };
    // Under a job, attempts count by when they ended: an operator acts on a job only once its attempt has
    // failed, and the attempt of a replay starts in the same millisecond as often as not.
    const auto when = [](const TraceEntry &e) {
        return e.kind == TraceEntry::Kind::Attempt ? e.at + std::max<qint64>(0, e.durationMs) : e.at;
    };
    const auto inBlock = [&](const TraceEntry &e) { return std::tuple(inJob(e), when(e), rank(e.kind), e.id, e.key); };
    return std::tuple(block(a), inBlock(a)) < std::tuple(block(b), inBlock(b));
}

OrderTrace::OrderTrace(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{ }

QSqlDatabase OrderTrace::db() const
{
    return Database::connection(m_connectionName);
}

QString OrderTrace::describe(OrderMatch::MatchedBy matchedBy)
{
    switch (matchedBy) {
    case OrderMatch::MatchedBy::ShopifyName:
        return tr("Shopify order name");
    case OrderMatch::MatchedBy::ShopifyId:
        return tr("Shopify order id (ShipBob reference)");
    case OrderMatch::MatchedBy::CustomerEmail:
        return tr("Customer e-mail");
    case OrderMatch::MatchedBy::OdooOrder:
        return tr("Odoo sale order");
    case OrderMatch::MatchedBy::ShipBobOrder:
        return tr("ShipBob order");
    case OrderMatch::MatchedBy::ShipBobShipment:
        return tr("ShipBob shipment");
    }
    return {};
}

void OrderTrace::addByPartitions(const QStringList &partitions, OrderMatch::MatchedBy why, QList<OrderMatch> *out) const
{
    const QString orderPrefix = OrderJobs::partitionFor(QString());
    for (const QString &partition : partitions) {
        QString gid;
        if (partition.startsWith(orderPrefix))
            gid = partition.mid(orderPrefix.size());
        else if (partition.startsWith(kFetchPrefix))
            gid = partition.mid(kFetchPrefix.size());
        if (!gid.startsWith(kOrderGidPrefix) || out->size() >= kMaxMatches)
            continue;
        const bool seen
            = std::any_of(out->cbegin(), out->cend(), [&](const OrderMatch &m) { return m.orderGid == gid; });
        if (!seen) {
            OrderMatch m;
            m.orderGid = gid;
            m.matchedBy = why;
            *out << m;
        }
    }
}

QList<OrderMatch> OrderTrace::search(const QString &input, const Options &options) const
{
    const QString needle = input.trimmed();
    QList<OrderMatch> found;
    if (needle.isEmpty())
        return found;
    QSqlDatabase database = db();
    const auto partitionsOf = [&](const QString &sql, const QVariantList &binds) {
        QStringList partitions;
        QSqlQuery q(database);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (q.exec())
            while (q.next())
                partitions << q.value(0).toString();
        return partitions;
    };
    // Each look-up is an index search: jobs_partition, jobs_correlation, jobs_order_email (migration 3).
    const QString byPartition = QStringLiteral("SELECT DISTINCT partition_key FROM jobs WHERE partition_key IN (?, ?)");
    const auto byGid = [&](const QString &gid, OrderMatch::MatchedBy why) {
        addByPartitions(partitionsOf(byPartition, { OrderJobs::partitionFor(gid), fetchPartition(gid) }), why, &found);
    };

    if (needle.startsWith(kOrderGidPrefix)) {
        byGid(needle, OrderMatch::MatchedBy::ShopifyId);
    } else if (needle.contains(QLatin1Char('@'))) {
        addByPartitions(partitionsOf(Migrations::render(QStringLiteral("SELECT DISTINCT partition_key FROM jobs"
                                                                       " WHERE step = 'create_sale_order'"
                                                                       " AND {{order_email}} = ?"),
                                         m_dialect),
                            { needle.toLower() }),
            OrderMatch::MatchedBy::CustomerEmail,
            &found);
    } else {
        const QString bare = needle.startsWith(QLatin1Char('#')) ? needle.mid(1) : needle;
        addByPartitions(partitionsOf(QStringLiteral("SELECT DISTINCT partition_key FROM jobs"
                                                    " WHERE correlation_id IN (?, ?)"),
                            { QString(QLatin1Char('#') + bare), bare }),
            OrderMatch::MatchedBy::ShopifyName,
            &found);
        bool numeric = false;
        const qint64 number = bare.toLongLong(&numeric);
        if (numeric) {
            byGid(FulfilmentJobs::orderGidFor(bare), OrderMatch::MatchedBy::ShopifyId);
            QSqlQuery q(database);
            q.prepare(QStringLiteral("SELECT value FROM flow_state WHERE kind = ? AND entity_key = ?"));
            q.addBindValue(FulfilmentJobs::ShipmentKind);
            q.addBindValue(bare);
            if (q.exec() && q.next()) {
                const QJsonObject shipment = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                byGid(shipment.value(QStringLiteral("orderGid")).toString(), OrderMatch::MatchedBy::ShipBobShipment);
            }
        }
        // The cross-system links are one small row per order (the kind's rows of the primary key), read only
        // where the text occurs and then compared field by field.
        QSqlQuery q(database);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT entity_key, value FROM flow_state WHERE kind = ? AND lower(value) LIKE ? ESCAPE '\\'"));
        q.addBindValue(FulfilmentJobs::OrderKind);
        q.addBindValue(QString(QLatin1Char('%') + escapeLike(bare.toLower()) + QLatin1Char('%')));
        if (q.exec()) {
            while (q.next()) {
                const QJsonObject links = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                const QString gid = q.value(0).toString();
                if (links.value(QStringLiteral("odooOrderName")).toString().compare(needle, Qt::CaseInsensitive) == 0
                    || (numeric && links.value(QStringLiteral("odooOrderId")).toInteger() == number))
                    byGid(gid, OrderMatch::MatchedBy::OdooOrder);
                else if (numeric && links.value(QStringLiteral("shipbobOrderId")).toInteger() == number)
                    byGid(gid, OrderMatch::MatchedBy::ShipBobOrder);
            }
        }
    }
    for (OrderMatch &m : found) {
        const OrderMatch s = summary(m.orderGid, options);
        m.orderName = s.orderName;
        m.customer = s.customer;
        m.firstSeenAt = s.firstSeenAt;
        m.lastActivityAt = s.lastActivityAt;
        m.jobs = s.jobs;
        m.stuck = s.stuck;
    }
    std::stable_sort(found.begin(), found.end(), [](const OrderMatch &a, const OrderMatch &b) {
        return a.firstSeenAt > b.firstSeenAt;
    });
    return found;
}

OrderMatch OrderTrace::summary(const QString &orderGid, const Options &options) const
{
    OrderMatch m;
    m.orderGid = orderGid;
    const QString partition = OrderJobs::partitionFor(orderGid);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT MIN(created_at), MAX(updated_at), COUNT(*),"
                             " SUM(CASE WHEN state = 'dead' THEN 1 ELSE 0 END)"
                             " FROM jobs WHERE partition_key IN (?, ?)"));
    q.addBindValue(partition);
    q.addBindValue(fetchPartition(orderGid));
    if (q.exec() && q.next()) {
        m.firstSeenAt = q.value(0).toLongLong();
        m.lastActivityAt = q.value(1).toLongLong();
        m.jobs = q.value(2).toInt();
        m.stuck = q.value(3).toInt();
    }
    // The newest version of the order as Quayside received it: its name and the customer's e-mail.
    q.prepare(QStringLiteral("SELECT correlation_id, payload FROM jobs WHERE partition_key = ?"
                             " AND step = 'create_sale_order' ORDER BY id DESC LIMIT 1"));
    q.addBindValue(partition);
    if (q.exec() && q.next()) {
        m.orderName = q.value(0).toString();
        const QString email = emailOf(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        m.customer = options.revealCustomerData ? email : PiiMask::maskText(email);
    }
    return m;
}

OrderTimeline OrderTrace::timeline(const QString &orderGid, const Options &options) const
{
    OrderTimeline out;
    if (!orderGid.startsWith(kOrderGidPrefix))
        return out;
    const bool reveal = options.revealCustomerData;
    QSqlDatabase database = db();
    JobStore store(m_connectionName, m_dialect);

    QList<JobRecord> jobs;
    {
        QSqlQuery q(database);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + jobColumns()
            + QStringLiteral(" FROM jobs WHERE partition_key IN (?, ?) ORDER BY id"));
        q.addBindValue(OrderJobs::partitionFor(orderGid));
        q.addBindValue(fetchPartition(orderGid));
        if (q.exec())
            while (q.next())
                jobs << jobFromQuery(q);
    }
    if (jobs.isEmpty())
        return out;
    out.order = summary(orderGid, options);

    QList<qint64> eventIds;
    QHash<qint64, qint64> jobCreated;
    QHash<qint64, qint64> jobEvent;
    QStringList targets;
    QStringList shipments;
    QStringList returns;
    for (const JobRecord &j : jobs) {
        TraceEntry e;
        e.kind = TraceEntry::Kind::Job;
        e.at = j.createdAt;
        e.groupAt = j.createdAt;
        e.id = j.id;
        e.key = QStringLiteral("job:%1").arg(j.id);
        e.system = j.lane;
        e.what = j.step;
        e.status = toString(j.state);
        e.errorClass = j.errorClass ? toString(*j.errorClass) : QString();
        e.message = text(j.errorMessage.isEmpty() ? payloadSummary(j.payload) : j.errorMessage, reveal);
        e.durationMs = j.finishedAt > 0 ? j.finishedAt - j.createdAt : -1;
        e.jobId = j.id;
        e.attempt = j.attempts;
        e.mappingVersion = j.mappingVersion;
        e.detail = pretty(QString::fromUtf8(j.payload), reveal);
        out.entries << e;

        int n = 0;
        for (const JobAttempt &a : store.attempts(j.id)) {
            TraceEntry t;
            t.kind = TraceEntry::Kind::Attempt;
            t.at = a.startedAt;
            t.groupAt = j.createdAt;
            t.id = n;
            // Replays start counting again, so the attempt number alone is not unique.
            t.key = QStringLiteral("attempt:%1:%2").arg(j.id).arg(n++);
            t.system = j.lane;
            t.what = j.step;
            t.status = a.outcome;
            t.errorClass = a.errorClass ? toString(*a.errorClass) : QString();
            t.message = text(a.message, reveal);
            t.durationMs = a.finishedAt - a.startedAt;
            t.jobId = j.id;
            t.attempt = a.attempt;
            t.detail = e.detail;
            out.entries << t;
        }
        if (j.eventId > 0 && !eventIds.contains(j.eventId))
            eventIds << j.eventId;
        targets << QStringLiteral("job:%1").arg(j.id);
        jobCreated.insert(j.id, j.createdAt);
        jobEvent.insert(j.id, j.eventId);
        const QJsonObject payload = QJsonDocument::fromJson(j.payload).object();
        const QJsonValue shipment = payload.value(QStringLiteral("shipmentId"));
        if (!shipment.isUndefined() && j.step != OrderJobs::CreateSaleOrderStep) {
            const QString key = QString::number(shipment.toInteger());
            if (!shipments.contains(key))
                shipments << key;
        }
        const QString returnGid = payload.value(QStringLiteral("returnGid")).toString();
        if (!returnGid.isEmpty() && !returns.contains(returnGid))
            returns << returnGid;
    }

    QHash<qint64, QString> eventSummary;
    forChunks(database,
        QStringLiteral("SELECT id, source, topic, entity_id, source_version, payload, received_at"
                       " FROM inbound_events WHERE id IN (%1)"),
        eventIds,
        [&](const QSqlQuery &q) {
            TraceEntry e;
            e.kind = TraceEntry::Kind::Event;
            e.id = q.value(0).toLongLong();
            e.key = QStringLiteral("event:%1").arg(e.id);
            e.system = q.value(1).toString().section(QLatin1Char(':'), 0, 0);
            e.what = q.value(2).toString();
            e.status = e.what == QLatin1String("webhook") ? QStringLiteral("webhook") : QStringLiteral("poll");
            const QString summary = payloadSummary(q.value(5).toString().toUtf8());
            eventSummary.insert(e.id, text(summary, reveal));
            e.message = text(
                summary.isEmpty() ? q.value(3).toString() + QStringLiteral(" · ") + q.value(4).toString() : summary,
                reveal);
            e.detail = pretty(q.value(5).toString(), reveal);
            e.at = q.value(6).toLongLong();
            e.groupAt = e.at;
            out.entries << e;
        });

    // A job that works on the data its event brought says so once, on the event's line.
    for (TraceEntry &e : out.entries)
        if (e.kind == TraceEntry::Kind::Job && e.errorClass.isEmpty() && !e.message.isEmpty()
            && e.message == eventSummary.value(jobEvent.value(e.jobId)))
            e.message.clear();

    const auto addState = [&](const QString &kind, const QString &key) {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT value, updated_at FROM flow_state WHERE kind = ? AND entity_key = ?"));
        q.addBindValue(kind);
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return QJsonObject();
        const QJsonObject value = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        TraceEntry e;
        e.kind = TraceEntry::Kind::State;
        e.at = q.value(1).toLongLong();
        e.groupAt = e.at;
        e.key = QStringLiteral("state:%1:%2").arg(kind, key);
        e.system = QStringLiteral("quayside");
        e.what = kind;
        e.status = key;
        e.message = stateSummary(value, reveal);
        e.detail = pretty(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)), reveal);
        out.entries << e;
        return value;
    };
    out.links = addState(FulfilmentJobs::OrderKind, orderGid);
    addState(FulfilmentJobs::PickupKind, orderGid); // only a pickup has one
    for (const QString &key : std::as_const(shipments))
        addState(FulfilmentJobs::ShipmentKind, key);
    for (const QString &key : std::as_const(returns))
        addState(FulfilmentJobs::ReturnKind, key);

    forChunks(database,
        QStringLiteral("SELECT id, at, actor, action, target, before_state, after_state, note"
                       " FROM audit_log WHERE target IN (%1)"),
        targets,
        [&](const QSqlQuery &q) {
            TraceEntry e;
            e.kind = TraceEntry::Kind::Audit;
            e.id = q.value(0).toLongLong();
            e.at = q.value(1).toLongLong();
            e.key = QStringLiteral("audit:%1").arg(e.id);
            e.system = QStringLiteral("operator");
            e.status = q.value(2).toString();
            e.what = q.value(3).toString();
            e.jobId = q.value(4).toString().section(QLatin1Char(':'), 1).toLongLong();
            e.groupAt = jobCreated.value(e.jobId, e.at);
            e.message = text(q.value(7).toString(), reveal);
            const QJsonObject change { { QStringLiteral("before"),
                                           QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object() },
                { QStringLiteral("after"), QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object() } };
            e.detail = pretty(QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)), reveal);
            out.entries << e;
        });

    std::sort(out.entries.begin(), out.entries.end(), traceOrder);
    return out;
}

} // namespace Quayside
