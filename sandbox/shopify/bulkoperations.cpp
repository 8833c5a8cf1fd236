#include "sandbox/shopify/bulkoperations.h"

#include "sandbox/shopify/graphql/executor.h"
#include "sandbox/shopify/graphql/parser.h"
#include "sandbox/shopify/graphql/validator.h"
#include "sandbox/shopify/shopifyjson.h"
#include "sandbox/shopify/shopifyresolvers.h"

#include <functional>

namespace Quayside::Sandbox {

using GraphQL::Json;

namespace {
bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The nodes of a connection value ({edges:[{node}]} or {nodes:[...]}); nullptr when the value is not one.
const Json *connectionNodes(const Json &value, Json &scratch)
{
    if (!value.is_object())
        return nullptr;
    if (value.contains("nodes") && value["nodes"].is_array())
        return &value["nodes"];
    if (value.contains("edges") && value["edges"].is_array()) {
        scratch = Json::array();
        for (const auto &edge : value["edges"])
            if (edge.is_object() && edge.contains("node"))
                scratch.push_back(edge["node"]);
        return &scratch;
    }
    return nullptr;
}

Json userErrors(const std::string &message)
{
    return Json::array({ { { "code", "INVALID" }, { "field", Json::array({ "query" }) }, { "message", message } } });
}
} // namespace

BulkOperations::BulkOperations(const GraphQL::Schema &schema, ShopifyStore &store, const ShopInfo &shop)
    : m_schema(schema)
    , m_store(store)
    , m_shop(shop)
{ }

std::string BulkOperations::connectionProblem(const GraphQL::Document &document) const
{
    int connections = 0;
    int deepest = 0;
    std::function<void(const GraphQL::SelectionSet &, const std::string &, int)> walk
        = [&](const GraphQL::SelectionSet &selections, const std::string &typeName, int depth) {
              const GraphQL::TypeDefinition *type = m_schema.type(typeName);
              for (const auto &s : selections) {
                  if (s.kind != GraphQL::Selection::Kind::Field) {
                      const GraphQL::FragmentDefinition *fragment
                          = s.kind == GraphQL::Selection::Kind::FragmentSpread ? document.fragment(s.name) : nullptr;
                      walk(fragment ? fragment->selections : s.selections, typeName, depth);
                      continue;
                  }
                  const GraphQL::FieldDefinition *def = type ? type->field(s.name) : nullptr;
                  if (!def)
                      continue;
                  const std::string &child = def->type.namedType();
                  const bool connection = endsWith(child, "Connection");
                  connections += connection ? 1 : 0;
                  deepest = std::max(deepest, depth + (connection ? 1 : 0));
                  walk(s.selections, child, depth + (connection ? 1 : 0));
              }
          };
    if (!document.operations.empty())
        walk(document.operations.front().selections, m_schema.queryType(), 0);
    if (connections == 0)
        return "Bulk queries must contain at least one connection.";
    if (connections > 5)
        return "Bulk queries cannot contain more than 5 connections.";
    if (deepest > 2)
        return "Bulk queries cannot contain connections with a nesting depth greater than 2.";
    return {};
}

void BulkOperations::writeNode(const Json &node, const Json &parentId, Operation &op)
{
    Json line = Json::object();
    std::vector<const Json *> children;
    std::vector<Json> scratch;
    scratch.reserve(node.size());
    for (const auto &[key, value] : node.items()) {
        scratch.emplace_back();
        if (const Json *nodes = connectionNodes(value, scratch.back()))
            children.push_back(nodes);
        else
            line[key] = value;
    }
    if (!parentId.is_null())
        line["__parentId"] = parentId;
    op.jsonl += QByteArray::fromStdString(line.dump()) + '\n';
    ++op.objectCount;
    const Json id = node.contains("id") ? node["id"] : Json();
    for (const Json *nodes : children)
        for (const auto &child : *nodes)
            writeNode(child, id, op);
}

Json BulkOperations::run(const std::string &query, qint64 nowMs)
{
    GraphQL::Document document;
    try {
        document = GraphQL::Parser(query).parseDocument();
    } catch (const GraphQL::GraphQLError &error) {
        return { { "bulkOperation", nullptr }, { "userErrors", userErrors(error.what()) } };
    }
    GraphQL::Validator validator(m_schema);
    if (const auto errors = validator.validate(document); !errors.empty())
        return { { "bulkOperation", nullptr }, { "userErrors", userErrors(errors.front().what()) } };
    if (const std::string problem = connectionProblem(document); !problem.empty())
        return { { "bulkOperation", nullptr }, { "userErrors", userErrors(problem) } };

    ShopifyResolvers resolvers(m_store, m_shop, nowMs, nullptr, nullptr);
    resolvers.setUnpagedConnections(true);
    GraphQL::Executor executor(m_schema, resolvers);
    if (const auto errors = executor.prepare(document, {}, Json::object()); !errors.empty())
        return { { "bulkOperation", nullptr }, { "userErrors", userErrors(errors.front().what()) } };
    const GraphQL::ExecutionResult result = executor.execute();

    Operation op;
    op.number = int(m_operations.size()) + 1;
    op.query = query;
    op.createdAtMs = nowMs;
    if (result.data.is_object()) {
        for (const auto &[key, value] : result.data.items()) {
            Json scratch;
            const Json *roots = connectionNodes(value, scratch);
            if (!roots)
                continue;
            for (const auto &root : *roots) {
                writeNode(root, nullptr, op);
                ++op.rootObjectCount;
            }
        }
    }
    m_operations.push_back(op);
    return { { "bulkOperation", toJson(m_operations.back(), true) }, { "userErrors", Json::array() } };
}

Json BulkOperations::toJson(const Operation &op, bool justCreated) const
{
    const std::string url = m_baseUrl + "/bulk-operations/" + std::to_string(op.number) + ".jsonl";
    return { { "__typename", "BulkOperation" },
        { "id", ShopifyIds::gid("BulkOperation", op.number) },
        { "status", justCreated ? "CREATED" : "COMPLETED" },
        { "type", "QUERY" },
        { "errorCode", nullptr },
        { "query", op.query },
        { "createdAt", ShopifyJson::isoTime(op.createdAtMs) },
        { "completedAt", justCreated ? Json() : Json(ShopifyJson::isoTime(op.createdAtMs)) },
        { "objectCount", justCreated ? "0" : std::to_string(op.objectCount) },
        { "rootObjectCount", justCreated ? "0" : std::to_string(op.rootObjectCount) },
        { "fileSize", justCreated || op.jsonl.isEmpty() ? Json() : Json(std::to_string(op.jsonl.size())) },
        { "url", justCreated || op.jsonl.isEmpty() ? Json() : Json(url) },
        { "partialDataUrl", nullptr } };
}

Json BulkOperations::operation(const std::string &gid)
{
    const auto number = ShopifyIds::parseGid(gid, "BulkOperation");
    if (!number || *number < 1 || *number > qint64(m_operations.size()))
        return nullptr;
    return toJson(m_operations[size_t(*number - 1)], false);
}

QByteArray BulkOperations::file(int number) const
{
    return number >= 1 && number <= int(m_operations.size()) ? m_operations[size_t(number - 1)].jsonl : QByteArray();
}

} // namespace Quayside::Sandbox
