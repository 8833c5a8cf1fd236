#pragma once

#include "sandbox/shopify/graphql/ast.h"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace Quayside::Sandbox::GraphQL {

using Json = nlohmann::ordered_json;

// One entry of a response's "errors" array: {message, locations, path, extensions{code, ...}}.
class GraphQLError : public std::runtime_error
{
public:
    GraphQLError(std::string message, std::string code, SourceLocation location = {}, Json extensions = Json::object());

    const std::string &code() const { return m_code; }
    SourceLocation location() const { return m_location; }
    Json toJson(const Json &path = Json()) const;

private:
    std::string m_code;
    SourceLocation m_location;
    Json m_extensions;
};

} // namespace Quayside::Sandbox::GraphQL
