#include "core/flows/settlement/payoutmatcher.h"

#include <algorithm>
#include <tuple>

namespace Quayside {

QJsonObject PayoutItem::toJson() const
{
    return { { QStringLiteral("id"), id },
        { QStringLiteral("type"), type },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("fee"), fee },
        { QStringLiteral("net"), net },
        { QStringLiteral("order"), order },
        { QStringLiteral("orderName"), orderName } };
}

PayoutItem PayoutItem::fromJson(const QJsonObject &json)
{
    PayoutItem i;
    i.id = json.value(QStringLiteral("id")).toString();
    i.type = json.value(QStringLiteral("type")).toString();
    i.amount = qint64(json.value(QStringLiteral("amount")).toDouble());
    i.fee = qint64(json.value(QStringLiteral("fee")).toDouble());
    i.net = qint64(json.value(QStringLiteral("net")).toDouble());
    i.order = json.value(QStringLiteral("order")).toString();
    i.orderName = json.value(QStringLiteral("orderName")).toString();
    return i;
}

QString PayoutMatcher::money(qint64 cents)
{
    const qint64 whole = std::abs(cents) / 100, part = std::abs(cents) % 100;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(part, 2, 10, QLatin1Char('0'));
}

QString PayoutMatcher::Outcome::status() const
{
    if (waiting > 0 && unmatched == 0)
        return QStringLiteral("waiting");
    // A difference with nothing left to wait for will not go away by itself: a person must look.
    if (unmatched > 0 || difference != 0)
        return QStringLiteral("unmatched");
    return QStringLiteral("reconciled");
}

PayoutMatcher::Outcome PayoutMatcher::match(const Input &in)
{
    Outcome out;
    QHash<QString, qint64> invoiced; // sale order name -> Σ posted invoices
    QHash<QString, QList<OdooMove>> notesOf; // sale order name -> posted credit notes, oldest first
    for (const OdooMove &m : in.moves) {
        if (m.creditNote)
            notesOf[m.origin] << m;
        else
            invoiced[m.origin] += m.total;
    }
    for (auto &notes : notesOf)
        std::sort(notes.begin(), notes.end(), [](const OdooMove &a, const OdooMove &b) {
            return std::tie(a.date, a.id) < std::tie(b.date, b.id);
        });
    QHash<QString, qint64> charged = in.chargedElsewhere; // order gid -> Σ charges, every payout
    QHash<QString, qint64> refunded = in.refundedElsewhere; // order gid -> Σ refunds (negative), every payout
    for (const PayoutItem &i : in.items) {
        if (i.type == QLatin1String("CHARGE"))
            charged[i.order] += i.amount;
        else if (i.type == QLatin1String("REFUND"))
            refunded[i.order] += i.amount;
    }
    const auto cancelsOut = [&](const PayoutItem &i) {
        const QString saleOrder = in.saleOrderOf.value(i.order);
        return !i.order.isEmpty() && charged.value(i.order) > 0 && charged.value(i.order) + refunded.value(i.order) == 0
            && (saleOrder.isEmpty() || (!invoiced.contains(saleOrder) && notesOf.value(saleOrder).isEmpty()));
    };
    QSet<int> notesUsed = in.notesMatchedElsewhere;
    QSet<QString> roundedOrders;

    const auto notInOdoo = [&](const PayoutItem &i) {
        return i.orderName.isEmpty() ? QStringLiteral("no order is linked to this transaction")
                                     : QStringLiteral("order %1 has no sale order in Odoo").arg(i.orderName);
    };
    for (const PayoutItem &i : in.items) {
        out.fees += i.fee;
        ItemOutcome o;
        const QString saleOrder = in.saleOrderOf.value(i.order);
        const bool charge = i.type == QLatin1String("CHARGE");
        if ((charge || i.type == QLatin1String("REFUND")) && cancelsOut(i)) {
            o.status = Status::Matched;
            if (charge)
                out.matchedCharges += i.amount;
            else
                out.matchedRefunds -= i.amount;
        } else if (charge) {
            if (saleOrder.isEmpty()) {
                o = { in.mayWait ? Status::Waiting : Status::Unmatched, notInOdoo(i), 0 };
            } else if (!invoiced.contains(saleOrder)) {
                o = { in.mayWait ? Status::Waiting : Status::Unmatched,
                    QStringLiteral("%1 has no posted invoice yet").arg(saleOrder),
                    0 };
            } else if (std::abs(invoiced.value(saleOrder) - charged.value(i.order)) > in.roundingToleranceCents) {
                o.reason = QStringLiteral("Shopify charged %1 for %2, Odoo invoiced %3")
                               .arg(money(charged.value(i.order)), i.orderName, money(invoiced.value(saleOrder)));
            } else {
                o.status = Status::Matched;
                out.matchedCharges += i.amount;
                // Once per order: its first charge in this payout carries the order's rounding.
                if (!roundedOrders.contains(i.order)) {
                    roundedOrders.insert(i.order);
                    out.rounding += charged.value(i.order) - invoiced.value(saleOrder);
                }
            }
        } else if (i.type == QLatin1String("REFUND")) {
            const auto &notes = notesOf[saleOrder];
            const auto note = std::find_if(notes.cbegin(), notes.cend(), [&](const OdooMove &m) {
                return m.total == -i.amount && !notesUsed.contains(m.id);
            });
            if (saleOrder.isEmpty()) {
                o.reason = notInOdoo(i);
            } else if (note == notes.cend()) {
                o.reason = QStringLiteral("no credit note for refund of %1 on %2 (%3)")
                               .arg(money(-i.amount), i.orderName, saleOrder);
            } else {
                o = { Status::Matched, {}, note->id };
                notesUsed.insert(note->id);
                out.matchedRefunds += -i.amount;
            }
        } else if (in.adjustmentsBooked) {
            o.status = Status::Matched;
            out.bookedAdjustments += i.amount;
        } else {
            o.reason = i.orderName.isEmpty()
                ? QStringLiteral("%1 of %2: no adjustment account is set").arg(i.type, money(i.amount))
                : QStringLiteral("%1 of %2 on %3: no adjustment account is set")
                      .arg(i.type, money(i.amount), i.orderName);
        }
        if (o.status == Status::Waiting)
            ++out.waiting;
        else if (o.status == Status::Unmatched)
            ++out.unmatched;
        out.items.insert(i.id, o);
    }
    out.difference = in.net - (out.matchedCharges - out.matchedRefunds - out.fees + out.bookedAdjustments);
    return out;
}

} // namespace Quayside
