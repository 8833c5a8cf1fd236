#pragma once

#include "sandbox/shopify/connectionbuilder.h"
#include "sandbox/shopify/graphql/executor.h"
#include "sandbox/shopify/searchquery.h"
#include "sandbox/shopify/shopifystore.h"

namespace Quayside::Sandbox {

// Read side of Shopify Payments: QueryRoot.shopifyPaymentsAccount, its payouts and balance transactions
// (search, sort keys, cursors), over the store's PayoutLedger. Payouts and balance transactions are answered
// as whole objects: they hold no cycles worth deferring.
class ShopifyPaymentsResolver
{
public:
    // `searchWarnings` (may be null) collects the search fields a query used that the resource does not know.
    ShopifyPaymentsResolver(const ShopifyStore &store, qint64 nowMs, bool unpaged, GraphQL::Json *searchWarnings);

    static GraphQL::Json accountRef();
    // A field of ShopifyPaymentsAccount; nullopt for fields the emulator does not model.
    std::optional<GraphQL::Json> accountField(const GraphQL::FieldContext &context) const;
    // node(id:) for payouts and balance transactions; null when the GID is not one of them.
    GraphQL::Json nodeFor(const std::string &gid) const;

private:
    GraphQL::Json payouts(const GraphQL::Json &args) const;
    GraphQL::Json balanceTransactions(const GraphQL::Json &args) const;
    GraphQL::Json payout(int index) const;
    GraphQL::Json balanceTransaction(int index) const;
    SearchQuery search(const GraphQL::Json &args, const SearchQuery::Accessor &probe) const;
    SearchQuery::Accessor payoutProbe(int index) const;
    SearchQuery::Accessor transactionProbe(int index) const;
    GraphQL::Json money(qint64 cents) const;

    const ShopifyStore &m_store;
    const PayoutLedger &m_ledger;
    qint64 m_nowMs;
    bool m_unpaged;
    GraphQL::Json *m_searchWarnings;
};

} // namespace Quayside::Sandbox
