#pragma once

#include "sandbox/shopify/graphql/graphqlerror.h"
#include "sandbox/shopify/graphql/schema.h"

#include <string>
#include <vector>

namespace Quayside::Sandbox::GraphQL {

// One reason an input value was rejected, as graphql-ruby reports it under extensions.problems.
struct InputProblem
{
    Json path = Json::array();
    std::string explanation;
};

// Coerces input values (variables JSON and argument literals) to a schema input type. The key presence of
// input-object fields is kept: an omitted field stays absent while an explicit null stays null, which is
// what changeFromQuantity's "must be passed explicitly" rule needs.
class InputCoercion
{
public:
    explicit InputCoercion(const Schema &schema);

    Json coerce(const TypeRef &type, const Json &value, Json path, std::vector<InputProblem> &problems) const;
    // The operation's variables: provided values, defaults, and INVALID_VARIABLE errors.
    Json coerceVariables(
        const OperationDefinition &operation, const Json &provided, std::vector<GraphQLError> &errors) const;
    // A literal (possibly holding variables) to JSON; `absent` is set when it is a variable with no value.
    static Json literalToJson(const Value &value, const Json &variables, bool *absent = nullptr);
    // The arguments of a field or directive, with schema defaults; throws GraphQLError on a bad literal.
    Json argumentValues(const std::vector<InputValueDefinition> &definitions,
        const std::vector<Argument> &arguments,
        const Json &variables,
        const std::string &fieldName) const;

private:
    Json defaultValue(const InputValueDefinition &definition) const;

    const Schema &m_schema;
};

} // namespace Quayside::Sandbox::GraphQL
