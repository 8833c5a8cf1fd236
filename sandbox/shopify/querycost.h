#pragma once

#include "sandbox/shopify/graphql/graphqlerror.h"
#include "sandbox/shopify/graphql/schema.h"

namespace Quayside::Sandbox {

// Shopify's calculated query cost (shopify.md §2.1), computed before execution from the selection:
// scalar/enum 0, object 1, interface/union the max over their possible selections, connection
// 2 + first(or last) × the cost of one node, each top-level mutation field 10.
class QueryCost
{
public:
    static constexpr int MutationCost = 10;
    static constexpr int SingleQueryMax = 1000;

    QueryCost(const GraphQL::Schema &schema, const GraphQL::Document &document, const GraphQL::Json &variables);

    int requested(const GraphQL::OperationDefinition &operation) const;

private:
    int selectionCost(const GraphQL::SelectionSet &selections, const std::string &typeName, int depth) const;
    int fieldCost(const GraphQL::Selection &field, const GraphQL::TypeDefinition &parent, int depth) const;
    int connectionNodeCost(const GraphQL::SelectionSet &selections, const std::string &connectionType, int depth) const;
    std::vector<std::pair<std::string, const GraphQL::Selection *>> flatten(
        const GraphQL::SelectionSet &selections, const std::string &typeName) const;

    const GraphQL::Schema &m_schema;
    const GraphQL::Document &m_document;
    const GraphQL::Json &m_variables;
};

} // namespace Quayside::Sandbox
