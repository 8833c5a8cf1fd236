#pragma once

#include "sandbox/shopify/graphql/graphqlerror.h"
#include "sandbox/shopify/shopifystore.h"

namespace Quayside::Sandbox {

// Webhook bodies: the REST resource JSON of each topic (snake_case, numeric ids plus admin_graphql_api_id),
// shopify.md §4.4.
class RestPayloads
{
public:
    explicit RestPayloads(const ShopifyStore &store);

    GraphQL::Json order(int order) const;
    GraphQL::Json refund(int order, int refund) const;
    GraphQL::Json fulfillment(int order, int fulfillment) const;
    GraphQL::Json returnPayload(int order, int returnIndex) const;
    GraphQL::Json inventoryLevel(int variant, int location, qint64 nowMs) const;
    // The body for a store event (topic as in X-Shopify-Topic).
    GraphQL::Json forEvent(const std::string &topic, int order, int variant, int location, qint64 nowMs) const;

private:
    GraphQL::Json lineItem(const StoreOrder &order, int line) const;

    const ShopifyStore &m_store;
};

} // namespace Quayside::Sandbox
