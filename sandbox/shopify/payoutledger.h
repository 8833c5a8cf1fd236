#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace Quayside::Sandbox {

// One movement on the Shopify Payments balance (ShopifyPaymentsBalanceTransaction). Amounts in cents: fee is
// what Shopify keeps (positive), net = amount - fee.
struct BalanceTransaction
{
    qint64 id = 0;
    std::string type; // ShopifyPaymentsTransactionType: CHARGE, REFUND, ADJUSTMENT
    std::string sourceType; // ShopifyPaymentsSourceType
    qint64 amountCents = 0, feeCents = 0, netCents = 0;
    qint64 processedAtMs = 0;
    int order = -1; // index into ShopifyStore::orders; -1 for adjustments
    std::optional<qint64> sourceOrderTransactionId;
    std::string adjustmentReason;
    bool test = false;
    int payout = -1; // index into PayoutLedger::payouts(); -1 while pending
};

// A transfer to the merchant's bank (ShopifyPaymentsPayout) with the totals its summary reports, in cents.
struct Payout
{
    qint64 id = 0;
    qint64 issuedAtMs = 0;
    std::string status = "PAID";
    qint64 netCents = 0;
    qint64 chargesGrossCents = 0, chargesFeeCents = 0;
    qint64 refundsGrossCents = 0, refundsFeeCents = 0;
    qint64 adjustmentsGrossCents = 0, adjustmentsFeeCents = 0;
    std::vector<int> transactions; // indexes into PayoutLedger::transactions()
    std::string transactionType() const { return netCents < 0 ? "WITHDRAWAL" : "DEPOSIT"; }
};

// The Shopify Payments balance of one shop: charges, refunds and adjustments as they happen, gathered into
// payouts when a test or the traffic generator closes one. Integer cents throughout, so Σ net of a payout's
// transactions equals its net exactly.
class PayoutLedger
{
public:
    static constexpr qint64 PayoutIdBase = 8'100'000'000;
    static constexpr qint64 TransactionIdBase = 8'200'000'000;

    explicit PayoutLedger(std::string currency);

    // Shopify Payments' online card rate (Basic plan): 2.9 % of the amount + 0.30, half-up to the cent.
    static constexpr qint64 RatePerMille = 29;
    static constexpr qint64 FlatFeeCents = 30;
    static qint64 processingFeeCents(qint64 amountCents);

    const std::string &currency() const { return m_currency; }
    int recordCharge(int order, qint64 orderTransactionId, qint64 amountCents, bool test, qint64 atMs);
    // `amountCents` is what went back to the buyer (positive); Shopify keeps the original fee.
    int recordRefund(int order, qint64 orderTransactionId, qint64 amountCents, bool test, qint64 atMs);
    int addAdjustment(qint64 amountCents, const std::string &reason, qint64 atMs, qint64 feeCents = 0);
    // Pays out every pending transaction processed by `issuedAtMs` (Shopify: "the payout only contains balance
    // transactions that were available at this time"). Returns the payout's index, or nullopt when nothing was
    // pending: no empty payouts.
    std::optional<int> closePayout(qint64 issuedAtMs);

    const std::vector<BalanceTransaction> &transactions() const { return m_transactions; }
    const std::vector<Payout> &payouts() const { return m_payouts; }
    qint64 pendingNetCents() const;

private:
    int add(BalanceTransaction transaction);

    std::string m_currency;
    std::vector<BalanceTransaction> m_transactions;
    std::vector<Payout> m_payouts;
};

} // namespace Quayside::Sandbox
