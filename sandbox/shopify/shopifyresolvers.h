#pragma once

#include "sandbox/shopify/connectionbuilder.h"
#include "sandbox/shopify/graphql/executor.h"
#include "sandbox/shopify/searchquery.h"
#include "sandbox/shopify/shopifystore.h"

#include <functional>
#include <map>

namespace Quayside::Sandbox {

class BulkOperations;
class ShopifyMutations;

struct ShopInfo
{
    std::string name = "Quayside Sandbox";
    std::string myshopifyDomain = "quayside-sandbox.myshopify.com";
    std::string email = "ops@quayside.example";
    std::string planName = "Basic";
    std::string accessScopes; // the app's granted scopes, comma-separated as in the token response
};

// Read side of the Admin API: maps QueryRoot fields and the fields of the objects they return onto the
// ShopifyStore. Objects travel as lazy references (ShopifyJson::ref) and are materialised on first use, so
// cycles (variant -> product -> variants) cost nothing until selected. Mutations are delegated.
class ShopifyResolvers : public GraphQL::FieldResolver
{
public:
    ShopifyResolvers(
        ShopifyStore &store, const ShopInfo &shop, qint64 nowMs, ShopifyMutations *mutations, BulkOperations *bulk);
    // Bulk operations read every record: connections without first/last are not paged.
    void setUnpagedConnections(bool unpaged) { m_unpaged = unpaged; }

    std::optional<GraphQL::Json> resolve(const GraphQL::FieldContext &context) override;
    // Warnings for ignored search fields, for extensions.search (shape unverified).
    const GraphQL::Json &searchWarnings() const { return m_searchWarnings; }

    GraphQL::Json materialize(const GraphQL::Json &value);
    // Resolves a GID to a reference for node(id:)/nodes(ids:); null when unknown.
    GraphQL::Json nodeFor(const std::string &gid) const;
    GraphQL::Json page(std::vector<ConnectionBuilder::Item> items, const GraphQL::Json &args) const;

private:
    std::optional<GraphQL::Json> rootField(const GraphQL::FieldContext &context);
    std::optional<GraphQL::Json> objectField(const GraphQL::FieldContext &context);
    // The records (indexes) that match the query: argument, paged; probe(i) reads record i's search fields.
    GraphQL::Json searchConnection(const GraphQL::Json &args,
        const std::vector<int> &records,
        const std::function<SearchQuery::Accessor(int)> &probe,
        const std::function<ConnectionBuilder::Item(int)> &item);
    static std::vector<int> allOf(size_t count);
    GraphQL::Json ordersConnection(const GraphQL::Json &args, int customer);
    GraphQL::Json variantsConnection(const GraphQL::Json &args, const std::vector<int> &subset);
    GraphQL::Json inventoryLevelsConnection(const GraphQL::Json &args, int variant, int location);
    GraphQL::Json quantities(int variant, int location, const GraphQL::Json &names);
    SearchQuery search(const GraphQL::Json &args, const SearchQuery::Accessor &probe);

    GraphQL::Json shop() const;
    GraphQL::Json appInstallation() const; // currentAppInstallation: the token's app and its access scopes
    GraphQL::Json order(int o) const;
    GraphQL::Json lineItem(int o, int l) const;
    GraphQL::Json fulfillmentOrder(int o, int f) const;
    GraphQL::Json fulfillment(int o, int f) const;
    GraphQL::Json refund(int o, int r) const;
    GraphQL::Json returnObject(int o, int r) const;
    GraphQL::Json orderTransaction(int o, int t) const;
    GraphQL::Json product(int p) const;
    GraphQL::Json variant(int v) const;
    GraphQL::Json inventoryItem(int v) const;
    GraphQL::Json inventoryLevel(int v, int l) const;
    GraphQL::Json location(int l) const;
    GraphQL::Json customer(int c) const;
    GraphQL::Json webhookSubscription(int index) const;
    GraphQL::Json mailingAddress(
        const WorldAddress &a, const std::string &name, const std::string &phone, const std::string &id) const;

    ShopifyStore &m_store;
    ShopInfo m_shop;
    qint64 m_nowMs;
    ShopifyMutations *m_mutations;
    BulkOperations *m_bulk;
    bool m_unpaged = false;
    std::map<std::string, GraphQL::Json> m_cache;
    GraphQL::Json m_searchWarnings = GraphQL::Json::array();
};

} // namespace Quayside::Sandbox
