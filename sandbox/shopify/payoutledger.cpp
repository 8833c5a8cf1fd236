#include "sandbox/shopify/payoutledger.h"

namespace Quayside::Sandbox {

PayoutLedger::PayoutLedger(std::string currency)
    : m_currency(std::move(currency))
{ }

qint64 PayoutLedger::processingFeeCents(qint64 amountCents)
{
    return (amountCents * RatePerMille + 500) / 1000 + FlatFeeCents;
}

int PayoutLedger::add(BalanceTransaction transaction)
{
    transaction.id = TransactionIdBase + qint64(m_transactions.size()) + 1;
    transaction.netCents = transaction.amountCents - transaction.feeCents;
    m_transactions.push_back(std::move(transaction));
    return int(m_transactions.size()) - 1;
}

int PayoutLedger::recordCharge(int order, qint64 orderTransactionId, qint64 amountCents, bool test, qint64 atMs)
{
    BalanceTransaction t;
    t.type = t.sourceType = "CHARGE";
    t.amountCents = amountCents;
    t.feeCents = processingFeeCents(amountCents);
    t.processedAtMs = atMs;
    t.order = order;
    t.sourceOrderTransactionId = orderTransactionId;
    t.test = test;
    return add(std::move(t));
}

int PayoutLedger::recordRefund(int order, qint64 orderTransactionId, qint64 amountCents, bool test, qint64 atMs)
{
    BalanceTransaction t;
    t.type = t.sourceType = "REFUND";
    t.amountCents = -amountCents;
    t.processedAtMs = atMs;
    t.order = order;
    t.sourceOrderTransactionId = orderTransactionId;
    t.test = test;
    return add(std::move(t));
}

int PayoutLedger::addAdjustment(qint64 amountCents, const std::string &reason, qint64 atMs, qint64 feeCents)
{
    BalanceTransaction t;
    t.type = t.sourceType = "ADJUSTMENT";
    t.amountCents = amountCents;
    t.feeCents = feeCents;
    t.processedAtMs = atMs;
    t.adjustmentReason = reason;
    return add(std::move(t));
}

std::optional<int> PayoutLedger::closePayout(qint64 issuedAtMs)
{
    Payout payout;
    payout.id = PayoutIdBase + qint64(m_payouts.size()) + 1;
    payout.issuedAtMs = issuedAtMs;
    const int index = int(m_payouts.size());
    for (size_t i = 0; i < m_transactions.size(); ++i) {
        BalanceTransaction &t = m_transactions[i];
        if (t.payout >= 0 || t.processedAtMs > issuedAtMs)
            continue;
        t.payout = index;
        payout.transactions.push_back(int(i));
        payout.netCents += t.netCents;
        if (t.type == "CHARGE") {
            payout.chargesGrossCents += t.amountCents;
            payout.chargesFeeCents += t.feeCents;
        } else if (t.type == "REFUND") {
            payout.refundsGrossCents += t.amountCents;
            payout.refundsFeeCents += t.feeCents;
        } else {
            payout.adjustmentsGrossCents += t.amountCents;
            payout.adjustmentsFeeCents += t.feeCents;
        }
    }
    if (payout.transactions.empty())
        return std::nullopt;
    m_payouts.push_back(std::move(payout));
    return index;
}

qint64 PayoutLedger::pendingNetCents() const
{
    qint64 sum = 0;
    for (const auto &t : m_transactions)
        if (t.payout < 0)
            sum += t.netCents;
    return sum;
}

} // namespace Quayside::Sandbox
