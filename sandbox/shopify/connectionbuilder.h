#pragma once

#include "sandbox/shopify/graphql/graphqlerror.h"

#include <QtGlobal>

#include <vector>

namespace Quayside::Sandbox {

// Relay cursor pagination as Shopify serves it: first/after, last/before, reverse, at most 250 per page,
// opaque base64 cursors holding the sort value and the id (the tie-break), so a page boundary stays stable
// even when records change between requests.
class ConnectionBuilder
{
public:
    static constexpr int MaxPageSize = 250;

    struct Item
    {
        GraphQL::Json sortValue; // number or string
        qint64 id = 0;
        GraphQL::Json node;
    };

    // Throws GraphQLError for a missing first/last, a page over 250, or a bad cursor. `unpaged` (bulk
    // operations): without first/last every item is returned.
    static GraphQL::Json build(std::vector<Item> items, const GraphQL::Json &arguments, bool unpaged = false);
    static std::string encodeCursor(const GraphQL::Json &sortValue, qint64 id);

private:
    static int compare(const GraphQL::Json &a, qint64 idA, const GraphQL::Json &b, qint64 idB);
    static std::pair<GraphQL::Json, qint64> decodeCursor(const std::string &cursor);
};

} // namespace Quayside::Sandbox
