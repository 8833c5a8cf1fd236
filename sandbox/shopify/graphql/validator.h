#pragma once

#include "sandbox/shopify/graphql/graphqlerror.h"
#include "sandbox/shopify/graphql/schema.h"

#include <set>
#include <vector>

namespace Quayside::Sandbox::GraphQL {

// Static validation of a whole document against the schema, with graphql-ruby's messages and codes
// (undefinedField, argumentNotAccepted, missingRequiredArguments, selectionMismatch, ...).
class Validator
{
public:
    explicit Validator(const Schema &schema);

    std::vector<GraphQLError> validate(const Document &document);

private:
    void visitSelections(const SelectionSet &selections, const std::string &typeName, const std::string &operationName);
    void visitField(const Selection &field, const TypeDefinition &parent, const std::string &operationName);
    void visitDirectives(const std::vector<Directive> &directives);
    void noteVariables(const std::vector<Argument> &arguments);
    void noteVariables(const Value &value);

    const Schema &m_schema;
    const Document *m_document = nullptr;
    std::vector<GraphQLError> m_errors;
    std::set<std::string> m_declared;
    std::set<std::string> m_visitingFragments;
    std::vector<std::pair<std::string, SourceLocation>> m_used;
};

} // namespace Quayside::Sandbox::GraphQL
