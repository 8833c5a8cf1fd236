#pragma once

#include "sandbox/shopify/graphql/ast.h"
#include "sandbox/shopify/graphql/lexer.h"

#include <string_view>

namespace Quayside::Sandbox::GraphQL {

// Recursive-descent parser for executable documents. Errors are thrown as GraphQLError with
// graphql-ruby's wording ("Parse error on "}" (RCURLY) at [3, 1]"), which is what Shopify answers.
class Parser
{
public:
    explicit Parser(std::string_view source);

    Document parseDocument();
    // A constant value on its own, e.g. a schema argument's default value ("PROCESSED_AT", "false", "[]").
    static Value parseConstValue(std::string_view source);

private:
    void advance();
    bool peek(Token::Kind kind) const { return m_token.kind == kind; }
    bool peekName(std::string_view name) const { return m_token.kind == Token::Kind::Name && m_token.text == name; }
    Token expect(Token::Kind kind);
    std::string expectName();
    [[noreturn]] void unexpected() const;

    OperationDefinition parseOperation();
    FragmentDefinition parseFragment();
    std::vector<VariableDefinition> parseVariableDefinitions();
    TypeRef parseType();
    SelectionSet parseSelectionSet();
    Selection parseSelection();
    std::vector<Argument> parseArguments(bool isConst);
    std::vector<Directive> parseDirectives(bool isConst);
    Value parseValue(bool isConst);

    // Guards the recursion (selection sets, values, list types) against hostile nesting.
    void enter();
    void leave() { --m_depth; }

    Lexer m_lexer;
    Token m_token;
    int m_depth = 0;
};

} // namespace Quayside::Sandbox::GraphQL
