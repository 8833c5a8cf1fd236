#include "sandbox/shopify/graphql/graphqlerror.h"

namespace Quayside::Sandbox::GraphQL {

GraphQLError::GraphQLError(std::string message, std::string code, SourceLocation location, Json extensions)
    : std::runtime_error(std::move(message))
    , m_code(std::move(code))
    , m_location(location)
    , m_extensions(std::move(extensions))
{ }

Json GraphQLError::toJson(const Json &path) const
{
    Json error = Json::object();
    error["message"] = what();
    if (m_location.line > 0)
        error["locations"] = Json::array({ Json { { "line", m_location.line }, { "column", m_location.column } } });
    if (!path.is_null())
        error["path"] = path;
    Json extensions = Json::object();
    extensions["code"] = m_code;
    for (const auto &[key, value] : m_extensions.items())
        extensions[key] = value;
    error["extensions"] = extensions;
    return error;
}

} // namespace Quayside::Sandbox::GraphQL
