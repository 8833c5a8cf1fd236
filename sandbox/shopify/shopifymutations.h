#pragma once

#include "sandbox/shopify/graphql/executor.h"
#include "sandbox/shopify/idempotencystore.h"
#include "sandbox/shopify/shopifystore.h"

namespace Quayside::Sandbox {

// Write side of the Admin API: inventorySetQuantities (compare-and-set), inventoryAdjustQuantities,
// fulfillmentCreate, fulfillmentOrderLineItemsPreparedForPickup, refundCreate, orderCancel, returnCreate and
// returnRequest, productUpdate (title,
// vendor, type) and productVariantsBulkUpdate (price), with @idempotent(key:)
// handling and userErrors shaped as Shopify's (typed {code, field, message} or plain {field, message}).
class BulkOperations;

class ShopifyMutations
{
public:
    ShopifyMutations(ShopifyStore &store,
        IdempotencyStore &idempotency,
        std::string apiVersion,
        qint64 nowMs,
        BulkOperations *bulk = nullptr);

    std::optional<GraphQL::Json> resolve(const GraphQL::FieldContext &context);

private:
    GraphQL::Json run(const std::string &name, const GraphQL::Json &args);
    // The (variant, location) an inventory input entry names, or a userError under `path`.
    std::optional<std::pair<int, int>> inventoryTarget(
        const GraphQL::Json &entry, std::vector<std::string> path, std::vector<ShopifyUserError> &errors) const;
    // The success payload of both inventory mutations.
    GraphQL::Json adjustmentGroup(
        const std::string &reason, const std::string &reference, const GraphQL::Json &changes);
    GraphQL::Json inventorySetQuantities(const GraphQL::Json &input);
    GraphQL::Json inventoryAdjustQuantities(const GraphQL::Json &input);
    GraphQL::Json fulfillmentCreate(const GraphQL::Json &input);
    GraphQL::Json preparedForPickup(const GraphQL::Json &input);
    GraphQL::Json refundCreate(const GraphQL::Json &input);
    GraphQL::Json productUpdate(const GraphQL::Json &args);
    GraphQL::Json productVariantsBulkUpdate(const GraphQL::Json &args);
    GraphQL::Json orderCancel(const GraphQL::Json &args);
    GraphQL::Json webhookSubscriptionCreate(const GraphQL::Json &args);
    GraphQL::Json webhookSubscriptionDelete(const std::string &gid);
    GraphQL::Json returnCreate(const GraphQL::Json &input, bool requested);
    // The payload shape for this mutation with only userErrors set (the entity field null).
    static GraphQL::Json failure(const std::string &mutation, const std::vector<ShopifyUserError> &errors);
    bool versionAtLeast(const std::string &version) const { return m_apiVersion >= version; }

    ShopifyStore &m_store;
    IdempotencyStore &m_idempotency;
    std::string m_apiVersion;
    qint64 m_nowMs;
    BulkOperations *m_bulk;
};

} // namespace Quayside::Sandbox
