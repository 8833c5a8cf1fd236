#include "core/flows/settlement/settlementsteps.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/odooquery.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/settlement/payoutmatcher.h"
#include "core/flows/settlement/settlementjobs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Quayside {

namespace {
constexpr int kPayoutPage = 50;
// Shopify asks 5 points a transaction (the node, three amounts, the order): 50 a page is 252 points, which
// fits beside the order polls on the same bucket; 100 (503) waited minutes for a full bucket on a busy shop.
constexpr int kTransactionPage = 50;
constexpr qint64 kDayMs = 24 * 3600 * 1000;

// A MoneyV2 ({"amount": "12.34"}) in cents.
qint64 cents(const QJsonValue &money)
{
    return std::llround(money.toObject().value(QStringLiteral("amount")).toString().toDouble() * 100);
}

qint64 isoMs(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

QJsonObject node(const QJsonObject &data, const QString &connection)
{
    return data.value(QStringLiteral("shopifyPaymentsAccount")).toObject().value(connection).toObject();
}
} // namespace

PollPayoutsStep::PollPayoutsStep(Connectors::ShopifyClient *client,
    SettlementSettings settings,
    StepEnvironment env,
    std::function<FlowSchedule()> schedule)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_env(std::move(env))
    , m_schedule(std::move(schedule))
{ }

void PollPayoutsStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject state = QJsonDocument::fromJson(job.payload).object();
    const QString since = state.value(QStringLiteral("since")).toString();
    const QString after = state.value(QStringLiteral("after")).toString();
    // Shopify can pay a payout a day or two after its date: the window reaches back, duplicates are dropped.
    const QString from = since.isEmpty()
        ? QStringLiteral("1970-01-01T00:00:00Z")
        : QDateTime::fromString(since, Qt::ISODate).addDays(-m_settings.lookbackDays).toUTC().toString(Qt::ISODate);
    QJsonObject variables { { QStringLiteral("first"), kPayoutPage },
        { QStringLiteral("q"), QStringLiteral("status:paid issued_at:>='%1'").arg(from) } };
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    const QString document = Connectors::ShopifyClient::document(QStringLiteral("payouts_paid"));
    m_client->query(
        document, variables, 2 + kPayoutPage, [this, state, since, after, done](Connectors::ShopifyResult r) {
            if (!r.ok) {
                done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
                return;
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const QString shop = m_client->config().shopDomain;
            StepResult result = StepResult::done();
            if (after.isEmpty())
                result.followUps << rematches(now);
            const QJsonObject payouts = node(r.data, QStringLiteral("payouts"));
            QString newest = state.value(QStringLiteral("pageNewest")).toString();
            newest = newest.isEmpty() ? since : newest;
            for (const QJsonValue &v : payouts.value(QStringLiteral("nodes")).toArray()) {
                const QJsonObject payout = v.toObject();
                const QString gid = payout.value(QStringLiteral("id")).toString();
                if (gid.isEmpty())
                    continue;
                const QString issuedAt = payout.value(QStringLiteral("issuedAt")).toString();
                if (newest.isEmpty() || isoMs(issuedAt) > isoMs(newest))
                    newest = issuedAt;
                const QString key = SettlementJobs::key(shop, gid);
                EventIntake intake;
                intake.event.source = OrderJobs::eventSource(shop);
                intake.event.topic = SettlementJobs::EventTopic;
                intake.event.entityId = gid;
                intake.event.sourceVersion = payout.value(QStringLiteral("status")).toString();
                intake.event.correlationId = SettlementJobs::payoutPartition(key);
                intake.event.payload = QJsonDocument(payout).toJson(QJsonDocument::Compact);
                intake.jobs << SettlementJobs::job(SettlementJobs::ReadStep,
                    SettlementJobs::payoutPartition(key),
                    { { QStringLiteral("shop"), shop }, { QStringLiteral("payout"), payout } });
                result.events << intake;
            }
            const QJsonObject page = payouts.value(QStringLiteral("pageInfo")).toObject();
            if (page.value(QStringLiteral("hasNextPage")).toBool()) {
                QJsonObject next = state;
                next.insert(QStringLiteral("after"), page.value(QStringLiteral("endCursor")));
                next.insert(QStringLiteral("pageNewest"), newest);
                result.followUps << SettlementJobs::job(SettlementJobs::PollStep, SettlementJobs::PollPartition, next);
            } else {
                result.followUps << SettlementJobs::job(SettlementJobs::PollStep,
                    SettlementJobs::PollPartition,
                    { { QStringLiteral("since"), newest } },
                    m_schedule().nextRunMs(now));
                if (!newest.isEmpty())
                    result.cursors << qMakePair(QStringLiteral("shopify:payouts:issued_at"), newest);
            }
            done(result);
        });
}

QList<NewJob> PollPayoutsStep::rematches(qint64 nowMs) const
{
    QList<NewJob> jobs;
    if (!m_env.readStatesOfKind)
        return jobs;
    const QString shop = m_client->config().shopDomain;
    const QHash<QString, QJsonObject> payouts = m_env.readStatesOfKind(SettlementJobs::PayoutKind);
    for (auto it = payouts.cbegin(); it != payouts.cend(); ++it) {
        const QJsonObject &p = it.value();
        if (p.value(QStringLiteral("shop")).toString() != shop || !p.contains(QStringLiteral("status")))
            continue; // another shop's, or not matched yet (its match job is on its way)
        const QString status = p.value(QStringLiteral("status")).toString();
        const bool young
            = nowMs - isoMs(p.value(QStringLiteral("issuedAt")).toString()) < qint64(m_settings.waitDays) * kDayMs;
        // A waiting payout is looked at once more after the waiting period, to turn what still waits unmatched.
        if (status == QLatin1String("waiting") || (status == QLatin1String("unmatched") && young))
            jobs << SettlementJobs::job(SettlementJobs::MatchStep,
                SettlementJobs::payoutPartition(it.key()),
                { { QStringLiteral("key"), it.key() } });
    }
    return jobs;
}

ReadPayoutStep::ReadPayoutStep(Connectors::ShopifyClient *client)
    : m_client(client)
{ }

void ReadPayoutStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    const QJsonObject payout = payload.value(QStringLiteral("payout")).toObject();
    const QString legacyId = payout.value(QStringLiteral("legacyResourceId")).toString();
    QJsonObject variables { { QStringLiteral("first"), kTransactionPage },
        { QStringLiteral("q"), QStringLiteral("payments_transfer_id:%1").arg(legacyId) } };
    const QString after = payload.value(QStringLiteral("after")).toString();
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    const QString document = Connectors::ShopifyClient::document(QStringLiteral("payout_transactions"));
    m_client->query(document,
        variables,
        2 + kTransactionPage * 5,
        [payload, payout, legacyId, job, done](Connectors::ShopifyResult r) {
            if (!r.ok) {
                done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
                return;
            }
            const QJsonObject transactions = node(r.data, QStringLiteral("balanceTransactions"));
            QJsonArray items = payload.value(QStringLiteral("items")).toArray();
            for (const QJsonValue &v : transactions.value(QStringLiteral("nodes")).toArray()) {
                const QJsonObject t = v.toObject();
                PayoutItem item;
                item.id = t.value(QStringLiteral("id")).toString();
                item.type = t.value(QStringLiteral("type")).toString();
                item.amount = cents(t.value(QStringLiteral("amount")));
                item.fee = cents(t.value(QStringLiteral("fee")));
                item.net = cents(t.value(QStringLiteral("net")));
                const QJsonObject order = t.value(QStringLiteral("associatedOrder")).toObject();
                item.order = order.value(QStringLiteral("id")).toString();
                item.orderName = order.value(QStringLiteral("name")).toString();
                items.append(item.toJson());
            }
            const QString shop = payload.value(QStringLiteral("shop")).toString();
            const QString key = SettlementJobs::key(shop, payout.value(QStringLiteral("id")).toString());
            const QJsonObject page = transactions.value(QStringLiteral("pageInfo")).toObject();
            if (page.value(QStringLiteral("hasNextPage")).toBool()) {
                QJsonObject next = payload;
                next.insert(QStringLiteral("items"), items);
                next.insert(QStringLiteral("after"), page.value(QStringLiteral("endCursor")));
                done(StepResult::done(
                    { SettlementJobs::job(SettlementJobs::ReadStep, SettlementJobs::payoutPartition(key), next) }));
                return;
            }
            const qint64 net = cents(payout.value(QStringLiteral("net")));
            qint64 sum = 0;
            for (const QJsonValue &i : std::as_const(items))
                sum += qint64(i.toObject().value(QStringLiteral("net")).toDouble());
            if (sum != net) {
                done(StepResult::failure(ErrorClass::Business,
                    QStringLiteral("payout %1: its %2 transactions add up to %3, the payout is %4")
                        .arg(legacyId)
                        .arg(items.size())
                        .arg(PayoutMatcher::money(sum), PayoutMatcher::money(net))));
                return;
            }
            StepResult result = StepResult::done({ SettlementJobs::job(
                SettlementJobs::MatchStep, SettlementJobs::payoutPartition(key), { { QStringLiteral("key"), key } }) });
            result.state << StateWrite { SettlementJobs::PayoutKind,
                key,
                { { QStringLiteral("shop"), shop },
                    { QStringLiteral("payout"), payout.value(QStringLiteral("id")) },
                    { QStringLiteral("legacyId"), legacyId },
                    { QStringLiteral("issuedAt"), payout.value(QStringLiteral("issuedAt")) },
                    { QStringLiteral("net"), net },
                    { QStringLiteral("currency"),
                        payout.value(QStringLiteral("net")).toObject().value(QStringLiteral("currencyCode")) },
                    { QStringLiteral("items"), items },
                    { QStringLiteral("readAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } } };
            done(result);
        });
}

MatchPayoutStep::MatchPayoutStep(Connectors::OdooClient *client, SettlementSettings settings, StepEnvironment env)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_env(std::move(env))
{ }

void MatchPayoutStep::run(const JobRecord &job, StepCallback done)
{
    const QString key = QJsonDocument::fromJson(job.payload).object().value(QStringLiteral("key")).toString();
    // One read of the shop's payouts: this one, and what the others already hold.
    const QHash<QString, QJsonObject> payouts = m_env.readStatesOfKind(SettlementJobs::PayoutKind);
    const QJsonObject payout = payouts.value(key);
    if (payout.isEmpty()) {
        done(StepResult::failure(ErrorClass::Validation, QStringLiteral("payout %1 was never read").arg(key)));
        return;
    }
    auto input = std::make_shared<PayoutMatcher::Input>();
    input->net = qint64(payout.value(QStringLiteral("net")).toDouble());
    input->adjustmentsBooked = !m_settings.adjustmentAccount.isEmpty();
    input->roundingToleranceCents = m_settings.roundingToleranceCents;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    input->mayWait
        = now - isoMs(payout.value(QStringLiteral("issuedAt")).toString()) < qint64(m_settings.waitDays) * kDayMs;
    QJsonArray names;
    for (const QJsonValue &v : payout.value(QStringLiteral("items")).toArray()) {
        const PayoutItem item = PayoutItem::fromJson(v.toObject());
        input->items << item;
        if (item.order.isEmpty() || input->saleOrderOf.contains(item.order))
            continue;
        const QString saleOrder
            = m_env.readState(FulfilmentJobs::OrderKind, item.order).value(QStringLiteral("odooOrderName")).toString();
        if (!saleOrder.isEmpty()) {
            input->saleOrderOf.insert(item.order, saleOrder);
            names.append(saleOrder);
        }
    }
    // What other payouts of this shop already hold: an order's earlier charges, credit notes already matched.
    const QString shop = payout.value(QStringLiteral("shop")).toString();
    for (auto it = payouts.cbegin(); it != payouts.cend(); ++it) {
        if (it.key() == key || it.value().value(QStringLiteral("shop")).toString() != shop)
            continue;
        for (const QJsonValue &v : it.value().value(QStringLiteral("items")).toArray()) {
            const PayoutItem item = PayoutItem::fromJson(v.toObject());
            if (item.type == QLatin1String("CHARGE"))
                input->chargedElsewhere[item.order] += item.amount;
            else if (item.type == QLatin1String("REFUND"))
                input->refundedElsewhere[item.order] += item.amount;
        }
        const QJsonObject matches = it.value().value(QStringLiteral("creditNotes")).toObject();
        for (const QJsonValue &note : matches)
            input->notesMatchedElsewhere.insert(note.toInt());
    }

    const auto finish = [this, key, payout, input, now, done]() {
        const PayoutMatcher::Outcome outcome = PayoutMatcher::match(*input);
        const QString stamp = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
        StepResult result = StepResult::done();
        QJsonObject creditNotes;
        const QHash<QString, QJsonObject> known = m_env.readStatesOfKind(SettlementJobs::ItemKind);
        for (const PayoutItem &item : std::as_const(input->items)) {
            const PayoutMatcher::ItemOutcome o = outcome.items.value(item.id);
            if (o.moveId)
                creditNotes.insert(item.id, o.moveId);
            const QString itemKey = SettlementJobs::key(payout.value(QStringLiteral("shop")).toString(), item.id);
            const QJsonObject before = known.value(itemKey);
            if (o.status != PayoutMatcher::Status::Unmatched) {
                if (!before.isEmpty() && !before.value(QStringLiteral("resolved")).toBool())
                    result.state << StateWrite { SettlementJobs::ItemKind,
                        itemKey,
                        { { QStringLiteral("resolved"), true }, { QStringLiteral("resolvedAt"), stamp } } };
                continue;
            }
            QJsonObject fields { { QStringLiteral("shop"), payout.value(QStringLiteral("shop")) },
                { QStringLiteral("payout"), key },
                { QStringLiteral("payoutId"), payout.value(QStringLiteral("legacyId")) },
                { QStringLiteral("type"), item.type },
                { QStringLiteral("amount"), item.amount },
                { QStringLiteral("order"), item.order },
                { QStringLiteral("orderName"), item.orderName },
                { QStringLiteral("reason"), o.reason },
                { QStringLiteral("lastSeenAt"), stamp },
                { QStringLiteral("resolved"), false },
                { QStringLiteral("resolvedAt"), QJsonValue::Null } };
            if (before.isEmpty() || before.value(QStringLiteral("resolved")).toBool())
                fields.insert(QStringLiteral("firstSeenAt"), stamp);
            result.state << StateWrite { SettlementJobs::ItemKind, itemKey, fields };
        }
        result.state << StateWrite { SettlementJobs::PayoutKind,
            key,
            { { QStringLiteral("status"), outcome.status() },
                { QStringLiteral("matchedCharges"), outcome.matchedCharges },
                { QStringLiteral("matchedRefunds"), outcome.matchedRefunds },
                { QStringLiteral("bookedAdjustments"), outcome.bookedAdjustments },
                { QStringLiteral("fees"), outcome.fees },
                { QStringLiteral("rounding"), outcome.rounding },
                { QStringLiteral("difference"), outcome.difference },
                { QStringLiteral("waiting"), outcome.waiting },
                { QStringLiteral("unmatched"), outcome.unmatched },
                { QStringLiteral("creditNotes"), creditNotes },
                { QStringLiteral("matchedAt"), stamp } } };
        done(result);
    };
    if (names.isEmpty()) {
        finish();
        return;
    }
    using OdooQuery::term;
    m_client->call(QStringLiteral("account.move"),
        QStringLiteral("search_read"),
        {},
        OdooQuery::searchRead(
            OdooQuery::domain({ term(QStringLiteral("move_type"),
                                    QStringLiteral("in"),
                                    QJsonArray { QStringLiteral("out_invoice"), QStringLiteral("out_refund") }),
                term(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("posted")),
                term(QStringLiteral("invoice_origin"), QStringLiteral("in"), names) }),
            OdooQuery::fields({ "id", "move_type", "invoice_origin", "amount_total", "date" }),
            QStringLiteral("id asc")),
        [input, finish, done](Connectors::OdooResult r) {
            if (!r.ok) {
                done(StepResult::failure(r.ambiguous ? ErrorClass::Transient : r.errorClass,
                    QStringLiteral("reading the invoices and credit notes: %1").arg(r.message)));
                return;
            }
            for (const QJsonValue &v : r.value.toArray()) {
                const QJsonObject m = v.toObject();
                OdooMove move;
                move.id = m.value(QStringLiteral("id")).toInt();
                move.creditNote = m.value(QStringLiteral("move_type")).toString() == QLatin1String("out_refund");
                move.origin = m.value(QStringLiteral("invoice_origin")).toString();
                move.total = std::llround(m.value(QStringLiteral("amount_total")).toDouble() * 100);
                move.date = m.value(QStringLiteral("date")).toString();
                input->moves << move;
            }
            finish();
        });
}

} // namespace Quayside
