#pragma once

#include "sandbox/shopify/graphql/graphqlerror.h"
#include "sandbox/shopify/graphql/schema.h"
#include "sandbox/shopify/shopifystore.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace Quayside::Sandbox {

struct ShopInfo;

// bulkOperationRunQuery: runs the query over every record (connections unpaged), writes the JSONL result with
// nested connection children on their own lines carrying "__parentId" (after their parent), and serves it
// from a local URL. Limits from shopify.md §3.9: at least one connection, at most 5, nested at most 2 deep.
// The run completes at once; the mutation answers CREATED and later polls answer COMPLETED.
class BulkOperations
{
public:
    BulkOperations(const GraphQL::Schema &schema, ShopifyStore &store, const ShopInfo &shop);

    void setBaseUrl(const std::string &baseUrl) { m_baseUrl = baseUrl; }
    // The BulkOperationRunQueryPayload.
    GraphQL::Json run(const std::string &query, qint64 nowMs);
    // A BulkOperation object for bulkOperation(id:)/node(id:); null when unknown.
    GraphQL::Json operation(const std::string &gid);
    // The JSONL file of operation `number` (as in its URL); empty when unknown.
    QByteArray file(int number) const;

private:
    struct Operation
    {
        int number = 0;
        std::string query;
        qint64 createdAtMs = 0;
        QByteArray jsonl;
        int objectCount = 0;
        int rootObjectCount = 0;
    };
    GraphQL::Json toJson(const Operation &op, bool justCreated) const;
    std::string connectionProblem(const GraphQL::Document &document) const;
    void writeNode(const GraphQL::Json &node, const GraphQL::Json &parentId, Operation &op);

    const GraphQL::Schema &m_schema;
    ShopifyStore &m_store;
    const ShopInfo &m_shop;
    std::string m_baseUrl;
    std::vector<Operation> m_operations;
};

} // namespace Quayside::Sandbox
