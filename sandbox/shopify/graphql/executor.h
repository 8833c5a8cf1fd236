#pragma once

#include "sandbox/shopify/graphql/graphqlerror.h"
#include "sandbox/shopify/graphql/inputcoercion.h"
#include "sandbox/shopify/graphql/schema.h"

#include <optional>
#include <string>
#include <vector>

namespace Quayside::Sandbox::GraphQL {

// Everything a resolver needs to produce one field's value.
struct FieldContext
{
    const std::string &parentType;
    const Json &parent; // the parent object's value (an object JSON; empty object for the root)
    const FieldDefinition &definition;
    const Selection &selection;
    const Json &arguments; // coerced, with schema defaults
    const Json &directives; // {"idempotent": {"key": "..."}} for the directives on this field
    const Json &rawVariables; // as the client sent them (key presence preserved)
};

// Produces raw values; the executor completes them against the schema (selection, aliases, __typename,
// lists, non-null propagation). An object value is a JSON object, optionally with "__typename" naming
// its concrete type (required for interfaces and unions). Throw GraphQLError for a field error.
class FieldResolver
{
public:
    virtual ~FieldResolver() = default;
    // std::nullopt: use the default, parent[fieldName].
    virtual std::optional<Json> resolve(const FieldContext &context) = 0;
};

struct ExecutionResult
{
    bool executed = false; // false: the request failed before execution (parse, validation, variables)
    Json data;
    Json errors = Json::array();
    int actualCost = 0;
    const OperationDefinition *operation = nullptr;
};

class Executor
{
public:
    Executor(const Schema &schema, FieldResolver &resolver);

    // Selects the operation and coerces variables; returns the errors that stop execution, if any.
    std::vector<GraphQLError> prepare(
        const Document &document, const std::string &operationName, const Json &variables);
    const OperationDefinition *operation() const { return m_operation; }
    const Json &variables() const { return m_variables; }
    ExecutionResult execute();

    // Fields of a selection set for a concrete object type, after @skip/@include and fragments (spec CollectFields).
    static std::vector<std::pair<std::string, std::vector<const Selection *>>> collectFields(const Schema &schema,
        const Document &document,
        const std::string &objectType,
        const std::vector<const Selection *> &fields,
        const Json &variables);

private:
    std::optional<Json> executeSelections(const std::string &objectType,
        const Json &value,
        const std::vector<const Selection *> &fields,
        const Json &path);
    std::optional<Json> executeField(const TypeDefinition &parentType,
        const Json &parent,
        const std::vector<const Selection *> &nodes,
        const Json &path);
    std::optional<Json> completeValue(
        const TypeRef &type, const Json &value, const std::vector<const Selection *> &nodes, const Json &path);
    void addError(const GraphQLError &error, const Json &path);
    // __schema, __type(name:) and the includeDeprecated filter, answered from the introspection result.
    std::optional<Json> introspect(const FieldContext &context) const;

    const Schema &m_schema;
    FieldResolver &m_resolver;
    InputCoercion m_coercion;
    const Document *m_document = nullptr;
    const OperationDefinition *m_operation = nullptr;
    Json m_rawVariables;
    Json m_variables;
    Json m_errors;
    int m_actualCost = 0;
};

} // namespace Quayside::Sandbox::GraphQL
