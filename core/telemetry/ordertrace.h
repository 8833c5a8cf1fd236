#pragma once

#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Quayside {

// One Shopify order a search found, and why it matched.
struct OrderMatch
{
    enum class MatchedBy { ShopifyName, ShopifyId, CustomerEmail, OdooOrder, ShipBobOrder, ShipBobShipment };

    QString orderGid;
    QString orderName; // "#1001"; empty while only a webhook named the order
    MatchedBy matchedBy = MatchedBy::ShopifyName;
    QString customer; // the order's e-mail, masked unless revealed
    qint64 firstSeenAt = 0;
    qint64 lastActivityAt = 0;
    int jobs = 0;
    int stuck = 0; // jobs in the exception queue
};

// One line of an order's timeline.
struct TraceEntry
{
    enum class Kind { Event, Job, Attempt, State, Audit };

    Kind kind = Kind::Job;
    qint64 at = 0; // epoch ms
    // Attempts and operator actions sit under their job (its creation time), so a job reads as one block
    // even when the order's other jobs were queued in between; everything else at its own time.
    qint64 groupAt = 0;
    qint64 id = 0; // of the row it comes from (event, job, attempt, audit entry); 0 for states
    QString key; // stable identity across refreshes: "job:12", "attempt:31", "state:order:gid://…"
    QString system; // "shopify", "odoo", "shipbob" (the lane or source), "quayside", "operator"
    QString what; // step, event topic, state kind or audit action (raw names; the model words them)
    QString status; // job state, attempt outcome, "poll"/"webhook" for events, actor for audit entries
    QString errorClass;
    QString message; // error, attempt message, state summary or note; customer e-mails masked
    qint64 durationMs = -1; // attempts: started → finished; jobs: created → finished
    qint64 jobId = 0;
    int attempt = 0;
    int mappingVersion = 0; // jobs: the mapping version their last attempt ran with (0: none)
    QString detail; // the payload or state, indented JSON, customer data masked unless revealed

    bool sameContent(const TraceEntry &o) const
    {
        return status == o.status && attempt == o.attempt && mappingVersion == o.mappingVersion
            && errorClass == o.errorClass && message == o.message && durationMs == o.durationMs && detail == o.detail;
    }
};

// Timeline order: by time (a job's attempts and operator actions right under the job), events before the
// jobs they cause, then id.
bool traceOrder(const TraceEntry &a, const TraceEntry &b);

struct OrderTimeline
{
    OrderMatch order;
    QJsonObject links; // the order's flow state: odooOrderId, odooOrderName, route, shipbobOrderId, …
    QList<TraceEntry> entries; // in traceOrder
};

struct OrderTraceOptions
{
    bool revealCustomerData = false; // customer names, e-mails, phones and addresses unmasked
};

// The order trace: finds Shopify orders by what an operator has at hand and lays out everything Quayside
// did for one of them. Read-only, on the caller's connection (the console's own); each look-up is an index
// search, so it stays quick on a store with years of orders.
class OrderTrace
{
    Q_DECLARE_TR_FUNCTIONS(Quayside::OrderTrace)

public:
    using Options = OrderTraceOptions;

    OrderTrace(QString connectionName, Dialect dialect);

    // By Shopify order name ("#1001" or "1001"), Shopify order id or gid (also ShipBob's reference id),
    // customer e-mail, Odoo sale order name or id, ShipBob order or shipment id. Newest orders first.
    QList<OrderMatch> search(const QString &text, const Options &options = {}) const;
    OrderTimeline timeline(const QString &orderGid, const Options &options = {}) const;

    static QString describe(OrderMatch::MatchedBy matchedBy);
    // One line about a job's or event's data: an order's lines, total and status, a shipment's state and
    // tracking, a refund's amount. Nothing personal.
    static QString payloadSummary(const QByteArray &json);
    static constexpr int kMaxMatches = 200;

private:
    QSqlDatabase db() const;
    void addByPartitions(const QStringList &partitions, OrderMatch::MatchedBy why, QList<OrderMatch> *out) const;
    OrderMatch summary(const QString &orderGid, const Options &options) const;

    QString m_connectionName;
    Dialect m_dialect;
};

} // namespace Quayside
