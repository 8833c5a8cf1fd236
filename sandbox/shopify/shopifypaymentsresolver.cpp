#include "sandbox/shopify/shopifypaymentsresolver.h"

#include "sandbox/shopify/shopifyjson.h"

#include <algorithm>

namespace Quayside::Sandbox {

using GraphQL::FieldContext;
using GraphQL::Json;
using ShopifyJson::isoTime;
using Values = std::optional<std::vector<std::string>>;

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}
std::string stringArg(const Json &args, const char *name, const std::string &fallback)
{
    return args.contains(name) && args[name].is_string() ? args[name].get<std::string>() : fallback;
}
std::string payoutGid(qint64 id)
{
    return ShopifyIds::gid("ShopifyPaymentsPayout", id);
}
} // namespace

ShopifyPaymentsResolver::ShopifyPaymentsResolver(
    const ShopifyStore &store, qint64 nowMs, bool unpaged, Json *searchWarnings)
    : m_store(store)
    , m_ledger(store.payoutLedger)
    , m_nowMs(nowMs)
    , m_unpaged(unpaged)
    , m_searchWarnings(searchWarnings)
{ }

Json ShopifyPaymentsResolver::accountRef()
{
    return ShopifyJson::ref("ShopifyPaymentsAccount", std::vector<int> {});
}

Json ShopifyPaymentsResolver::money(qint64 cents) const
{
    return ShopifyJson::money(cents, m_ledger.currency());
}

std::optional<Json> ShopifyPaymentsResolver::accountField(const FieldContext &c) const
{
    const std::string &f = c.selection.name;
    if (f == "payouts")
        return payouts(c.arguments);
    if (f == "balanceTransactions")
        return balanceTransactions(c.arguments);
    if (f == "bankAccounts" || f == "disputes")
        return ConnectionBuilder::build({}, c.arguments, m_unpaged);
    if (f == "id")
        return Json("gid://shopify/ShopifyPaymentsAccount/1");
    if (f == "activated")
        return Json(true);
    if (f == "onboardable")
        return Json(false);
    if (f == "balance")
        return Json::array({ money(m_ledger.pendingNetCents()) });
    if (f == "defaultCurrency")
        return Json(m_ledger.currency());
    if (f == "country")
        return Json(m_store.locations.empty() ? "US" : m_store.locations.front().address.countryCode.toStdString());
    if (f == "payoutSchedule") // the emulator pays out when closePayout() is called; DAILY is Shopify's default
        return Json { { "interval", "DAILY" }, { "monthlyAnchor", nullptr }, { "weeklyAnchor", nullptr } };
    return std::nullopt;
}

Json ShopifyPaymentsResolver::nodeFor(const std::string &gid) const
{
    if (const auto id = ShopifyIds::parseGid(gid, "ShopifyPaymentsPayout")) {
        const qint64 i = *id - PayoutLedger::PayoutIdBase - 1;
        return i >= 0 && i < qint64(m_ledger.payouts().size()) ? payout(int(i)) : Json(nullptr);
    }
    if (const auto id = ShopifyIds::parseGid(gid, "ShopifyPaymentsBalanceTransaction")) {
        const qint64 i = *id - PayoutLedger::TransactionIdBase - 1;
        return i >= 0 && i < qint64(m_ledger.transactions().size()) ? balanceTransaction(int(i)) : Json(nullptr);
    }
    return nullptr;
}

SearchQuery ShopifyPaymentsResolver::search(const Json &args, const SearchQuery::Accessor &probe) const
{
    SearchQuery query = SearchQuery::parse(stringArg(args, "query", ""));
    if (m_searchWarnings)
        for (const auto &field : query.unknownFields(probe))
            m_searchWarnings->push_back({ { "field", field }, { "message", "Invalid search field for this query." } });
    return query;
}

SearchQuery::Accessor ShopifyPaymentsResolver::payoutProbe(int index) const
{
    return [this, index](const std::string &field) -> Values {
        if (index < 0)
            return std::nullopt;
        const Payout &p = m_ledger.payouts()[size_t(index)];
        if (field == "id")
            return std::vector<std::string> { std::to_string(p.id) };
        if (field == "issued_at")
            return std::vector<std::string> { isoTime(p.issuedAtMs) };
        if (field == "status")
            return std::vector<std::string> { lower(p.status) };
        if (field == "amount")
            return std::vector<std::string> { ShopifyJson::decimal(p.netCents) };
        if (field == "currency")
            return std::vector<std::string> { m_ledger.currency() };
        return std::nullopt;
    };
}

SearchQuery::Accessor ShopifyPaymentsResolver::transactionProbe(int index) const
{
    return [this, index](const std::string &field) -> Values {
        if (index < 0)
            return std::nullopt;
        const BalanceTransaction &t = m_ledger.transactions()[size_t(index)];
        const Payout *p = t.payout >= 0 ? &m_ledger.payouts()[size_t(t.payout)] : nullptr;
        if (field.empty())
            return std::vector<std::string> { t.order >= 0 ? m_store.orders[size_t(t.order)].name
                                                           : t.adjustmentReason };
        if (field == "id")
            return std::vector<std::string> { std::to_string(t.id) };
        if (field == "payments_transfer_id")
            return std::vector<std::string> { p ? std::to_string(p->id) : "" };
        if (field == "payout_status")
            return std::vector<std::string> { p ? lower(p->status) : "pending" };
        if (field == "payout_date")
            return p ? std::vector<std::string> { isoTime(p->issuedAtMs) } : std::vector<std::string> {};
        if (field == "processed_at")
            return std::vector<std::string> { isoTime(t.processedAtMs) };
        if (field == "transaction_type")
            return std::vector<std::string> { lower(t.type) };
        if (field == "currency")
            return std::vector<std::string> { m_ledger.currency() };
        return std::nullopt;
    };
}

Json ShopifyPaymentsResolver::payouts(const Json &args) const
{
    const std::vector<Payout> &all = m_ledger.payouts();
    const SearchQuery query = search(args, payoutProbe(all.empty() ? -1 : 0));
    const std::string direction = stringArg(args, "transactionType", "");
    const std::string key = stringArg(args, "sortKey", "ISSUED_AT");
    std::vector<ConnectionBuilder::Item> items;
    for (size_t i = 0; i < all.size(); ++i) {
        const Payout &p = all[i];
        if ((!direction.empty() && p.transactionType() != direction) || !query.matches(payoutProbe(int(i)), m_nowMs))
            continue;
        const qint64 fees = p.chargesFeeCents + p.refundsFeeCents + p.adjustmentsFeeCents;
        Json sort = key == "ISSUED_AT"  ? Json(p.issuedAtMs)
            : key == "STATUS"           ? Json(p.status)
            : key == "AMOUNT"           ? Json(p.netCents)
            : key == "CHARGE_GROSS"     ? Json(p.chargesGrossCents)
            : key == "REFUND_GROSS"     ? Json(p.refundsGrossCents)
            : key == "ADJUSTMENT_GROSS" ? Json(p.adjustmentsGrossCents)
            : key == "FEE_AMOUNT"       ? Json(fees)
                                        : Json(p.id);
        items.push_back({ sort, p.id, payout(int(i)) });
    }
    return ConnectionBuilder::build(std::move(items), args, m_unpaged);
}

Json ShopifyPaymentsResolver::balanceTransactions(const Json &args) const
{
    const std::vector<BalanceTransaction> &all = m_ledger.transactions();
    const SearchQuery query = search(args, transactionProbe(all.empty() ? -1 : 0));
    const std::string key = stringArg(args, "sortKey", "PROCESSED_AT");
    // hideTransfers has nothing to hide: the emulator records no TRANSFER transactions.
    std::vector<ConnectionBuilder::Item> items;
    for (size_t i = 0; i < all.size(); ++i) {
        const BalanceTransaction &t = all[i];
        if (!query.matches(transactionProbe(int(i)), m_nowMs))
            continue;
        const Payout *p = t.payout >= 0 ? &m_ledger.payouts()[size_t(t.payout)] : nullptr;
        Json sort = key == "PROCESSED_AT" ? Json(t.processedAtMs)
            : key == "AMOUNT"             ? Json(t.amountCents)
            : key == "FEE"                ? Json(t.feeCents)
            : key == "NET"                ? Json(t.netCents)
            : key == "TRANSACTION_TYPE"   ? Json(t.type)
            : key == "ORDER_NAME"         ? Json(t.order >= 0 ? m_store.orders[size_t(t.order)].name : "")
            : key == "PAYOUT_DATE"        ? Json(p ? p->issuedAtMs : 0)
            : key == "PAYOUT_STATUS"      ? Json(p ? p->status : "PENDING")
                                          : Json(t.id);
        items.push_back({ sort, t.id, balanceTransaction(int(i)) });
    }
    return ConnectionBuilder::build(std::move(items), args, m_unpaged);
}

Json ShopifyPaymentsResolver::payout(int index) const
{
    const Payout &p = m_ledger.payouts()[size_t(index)];
    const Json zero = money(0);
    return { { "__typename", "ShopifyPaymentsPayout" },
        { "id", payoutGid(p.id) },
        { "legacyResourceId", std::to_string(p.id) },
        { "issuedAt", isoTime(p.issuedAtMs) },
        { "status", p.status },
        { "transactionType", p.transactionType() },
        { "net", money(p.netCents) },
        { "gross", money(p.netCents) }, // deprecated; Shopify documents it as the payout's total, like net
        { "externalTraceId", nullptr },
        { "bankAccount", nullptr },
        { "summary",
            { { "chargesGross", money(p.chargesGrossCents) },
                { "chargesFee", money(p.chargesFeeCents) },
                { "refundsFeeGross", money(p.refundsGrossCents) },
                { "refundsFee", money(p.refundsFeeCents) },
                { "adjustmentsGross", money(p.adjustmentsGrossCents) },
                { "adjustmentsFee", money(p.adjustmentsFeeCents) },
                { "reservedFundsGross", zero },
                { "reservedFundsFee", zero },
                { "advanceGross", zero },
                { "advanceFees", zero },
                { "retriedPayoutsGross", zero },
                { "retriedPayoutsFee", zero },
                { "usdcRebateCreditAmount", zero } } } };
}

Json ShopifyPaymentsResolver::balanceTransaction(int index) const
{
    const BalanceTransaction &t = m_ledger.transactions()[size_t(index)];
    const Payout *p = t.payout >= 0 ? &m_ledger.payouts()[size_t(t.payout)] : nullptr;
    Json order = nullptr;
    if (t.order >= 0) {
        const StoreOrder &o = m_store.orders[size_t(t.order)];
        order = { { "id", ShopifyIds::gid("Order", o.id) }, { "name", o.name } };
    }
    const bool adjustment = t.sourceType == "ADJUSTMENT";
    return { { "__typename", "ShopifyPaymentsBalanceTransaction" },
        { "id", ShopifyIds::gid("ShopifyPaymentsBalanceTransaction", t.id) },
        { "type", t.type },
        { "sourceType", t.sourceType },
        { "sourceId", nullptr }, // Shopify's internal charge/refund ids: not modelled
        { "sourceOrderTransactionId",
            t.sourceOrderTransactionId ? Json(std::to_string(*t.sourceOrderTransactionId)) : Json() },
        { "amount", money(t.amountCents) },
        { "fee", money(t.feeCents) },
        { "net", money(t.netCents) },
        { "transactionDate", isoTime(t.processedAtMs) },
        { "test", t.test },
        { "associatedOrder", order },
        { "associatedPayout",
            { { "id", p ? Json(payoutGid(p->id)) : Json() }, { "status", p ? p->status : "PENDING" } } },
        { "adjustmentReason", adjustment ? Json(t.adjustmentReason) : Json() },
        { "adjustmentsOrders", Json::array() } };
}

} // namespace Quayside::Sandbox
