#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace Quayside {

// One Shopify Payments balance transaction of a payout, amounts in cents (a refund's amount is negative;
// fee is what Shopify kept, net = amount − fee).
struct PayoutItem
{
    QString id; // ShopifyPaymentsBalanceTransaction gid
    QString type; // CHARGE, REFUND, ADJUSTMENT, CHARGEBACK_*, ...
    qint64 amount = 0, fee = 0, net = 0;
    QString order; // the associated order's gid, empty for none
    QString orderName; // "#1001"

    QJsonObject toJson() const;
    static PayoutItem fromJson(const QJsonObject &json);
};

// A posted customer invoice or credit note in Odoo.
struct OdooMove
{
    int id = 0;
    bool creditNote = false; // out_refund; else out_invoice
    QString origin; // invoice_origin: the sale order's name
    qint64 total = 0; // amount_total in cents
    QString date;
};

// Matches one payout's transactions to Odoo's books: each charge to the invoices of its order (all charges
// of the order, across payouts, must equal what was invoiced), each refund to a credit note of its order
// for the same amount not matched by another refund (an order's charges may differ from its invoices by the
// rounding tolerance). An order refunded in full with nothing in Odoo's books for it (cancelled before it
// was invoiced, or never in Odoo) needs no booking: its charges and refunds cancel out. The payout's difference is its
// net minus what was matched, net of fees: zero when every item is accounted for. Pure: the steps read, this decides.
class PayoutMatcher
{
public:
    enum class Status { Matched, Waiting, Unmatched };
    struct ItemOutcome
    {
        Status status = Status::Unmatched;
        QString reason; // why it is not matched, in an accountant's words
        int moveId = 0; // the credit note a refund was matched to
    };
    struct Outcome
    {
        QHash<QString, ItemOutcome> items; // by item id
        qint64 matchedCharges = 0, matchedRefunds = 0, bookedAdjustments = 0, fees = 0, difference = 0;
        // Σ (charged − invoiced) of the orders matched within the tolerance: what Odoo's books lack of
        // Shopify's money (negative: what they hold too much), for the accountant to write off.
        qint64 rounding = 0;
        int waiting = 0, unmatched = 0;
        QString status() const; // "reconciled", "waiting" or "unmatched"
    };

    struct Input
    {
        QList<PayoutItem> items;
        qint64 net = 0;
        QHash<QString, QString> saleOrderOf; // order gid -> Odoo sale order name (absent: not in Odoo)
        QList<OdooMove> moves; // posted invoices and credit notes of those sale orders
        QHash<QString, qint64> chargedElsewhere; // order gid -> cents charged in other payouts
        QHash<QString, qint64> refundedElsewhere; // order gid -> cents refunded in other payouts (negative)
        QSet<int> notesMatchedElsewhere; // credit notes other payouts' refunds were matched to
        bool mayWait = true; // the payout is younger than the waiting period
        bool adjustmentsBooked = false; // an adjustment account is set
        // Shopify rounds tax per line after its own discount allocation, Odoo after a discount percentage
        // with two decimals: an order's charge and invoice may differ by a cent or two without anything
        // being wrong. Up to this much per order counts as matched.
        qint64 roundingToleranceCents = 0;
    };

    static Outcome match(const Input &input);
    // "25.00" for 2500.
    static QString money(qint64 cents);
};

} // namespace Quayside
