#include "sandbox/shopify/graphql/parser.h"

#include "sandbox/shopify/graphql/graphqlerror.h"

namespace Quayside::Sandbox::GraphQL {

Parser::Parser(std::string_view source)
    : m_lexer(source)
{
    advance();
}

void Parser::advance()
{
    m_token = m_lexer.next();
}

void Parser::unexpected() const
{
    const auto at = m_token.location;
    const std::string where = " at [" + std::to_string(at.line) + ", " + std::to_string(at.column) + "]";
    if (m_token.kind == Token::Kind::EndOfFile)
        throw GraphQLError("Parse error on end of file (EOF)" + where, "PARSE_ERROR", at);
    const std::string shown = m_token.kind == Token::Kind::String ? "\"" + m_token.text + "\"" : m_token.text;
    throw GraphQLError("Parse error on \"" + shown + "\" (" + m_token.kindName() + ")" + where, "PARSE_ERROR", at);
}

void Parser::enter()
{
    static constexpr int MaxDepth = 128;
    if (++m_depth > MaxDepth) {
        const auto at = m_token.location;
        throw GraphQLError("Parse error: the document nests deeper than " + std::to_string(MaxDepth) + " levels at ["
                + std::to_string(at.line) + ", " + std::to_string(at.column) + "]",
            "PARSE_ERROR",
            at);
    }
}

Token Parser::expect(Token::Kind kind)
{
    if (m_token.kind != kind)
        unexpected();
    Token t = m_token;
    advance();
    return t;
}

std::string Parser::expectName()
{
    return expect(Token::Kind::Name).text;
}

Document Parser::parseDocument()
{
    Document document;
    if (peek(Token::Kind::EndOfFile))
        unexpected();
    while (!peek(Token::Kind::EndOfFile)) {
        if (peek(Token::Kind::LeftBrace)) {
            OperationDefinition op;
            op.location = m_token.location;
            op.selections = parseSelectionSet();
            document.operations.push_back(std::move(op));
        } else if (peekName("query") || peekName("mutation") || peekName("subscription")) {
            document.operations.push_back(parseOperation());
        } else if (peekName("fragment")) {
            document.fragments.push_back(parseFragment());
        } else {
            unexpected();
        }
    }
    return document;
}

OperationDefinition Parser::parseOperation()
{
    OperationDefinition op;
    op.location = m_token.location;
    op.operation = expectName();
    if (peek(Token::Kind::Name))
        op.name = expectName();
    if (peek(Token::Kind::LeftParen))
        op.variables = parseVariableDefinitions();
    op.directives = parseDirectives(false);
    op.selections = parseSelectionSet();
    return op;
}

FragmentDefinition Parser::parseFragment()
{
    FragmentDefinition fragment;
    fragment.location = m_token.location;
    advance(); // "fragment"
    if (peekName("on"))
        unexpected();
    fragment.name = expectName();
    if (!peekName("on"))
        unexpected();
    advance();
    fragment.typeCondition = expectName();
    fragment.directives = parseDirectives(false);
    fragment.selections = parseSelectionSet();
    return fragment;
}

std::vector<VariableDefinition> Parser::parseVariableDefinitions()
{
    std::vector<VariableDefinition> definitions;
    expect(Token::Kind::LeftParen);
    do {
        VariableDefinition def;
        def.location = m_token.location;
        expect(Token::Kind::Dollar);
        def.name = expectName();
        expect(Token::Kind::Colon);
        def.type = parseType();
        if (peek(Token::Kind::Equals)) {
            advance();
            def.defaultValue = parseValue(true);
        }
        parseDirectives(true);
        definitions.push_back(std::move(def));
    } while (!peek(Token::Kind::RightParen));
    advance();
    return definitions;
}

TypeRef Parser::parseType()
{
    TypeRef type;
    if (peek(Token::Kind::LeftBracket)) {
        advance();
        type.kind = TypeRef::Kind::List;
        enter();
        type.ofType = std::make_shared<TypeRef>(parseType());
        leave();
        expect(Token::Kind::RightBracket);
    } else {
        type.name = expectName();
    }
    if (peek(Token::Kind::Bang)) {
        advance();
        TypeRef wrapped;
        wrapped.kind = TypeRef::Kind::NonNull;
        wrapped.ofType = std::make_shared<TypeRef>(std::move(type));
        return wrapped;
    }
    return type;
}

SelectionSet Parser::parseSelectionSet()
{
    enter();
    SelectionSet selections;
    expect(Token::Kind::LeftBrace);
    do {
        selections.push_back(parseSelection());
    } while (!peek(Token::Kind::RightBrace));
    advance();
    leave();
    return selections;
}

Selection Parser::parseSelection()
{
    Selection selection;
    selection.location = m_token.location;
    if (peek(Token::Kind::Spread)) {
        advance();
        if (peek(Token::Kind::Name) && !peekName("on")) {
            selection.kind = Selection::Kind::FragmentSpread;
            selection.name = expectName();
            selection.directives = parseDirectives(false);
            return selection;
        }
        selection.kind = Selection::Kind::InlineFragment;
        if (peekName("on")) {
            advance();
            selection.typeCondition = expectName();
        }
        selection.directives = parseDirectives(false);
        selection.selections = parseSelectionSet();
        return selection;
    }
    selection.kind = Selection::Kind::Field;
    selection.name = expectName();
    if (peek(Token::Kind::Colon)) {
        advance();
        selection.alias = selection.name;
        selection.location = m_token.location;
        selection.name = expectName();
    }
    if (peek(Token::Kind::LeftParen))
        selection.arguments = parseArguments(false);
    selection.directives = parseDirectives(false);
    if (peek(Token::Kind::LeftBrace))
        selection.selections = parseSelectionSet();
    return selection;
}

std::vector<Argument> Parser::parseArguments(bool isConst)
{
    std::vector<Argument> arguments;
    expect(Token::Kind::LeftParen);
    do {
        Argument argument;
        argument.location = m_token.location;
        argument.name = expectName();
        expect(Token::Kind::Colon);
        argument.value = parseValue(isConst);
        arguments.push_back(std::move(argument));
    } while (!peek(Token::Kind::RightParen));
    advance();
    return arguments;
}

std::vector<Directive> Parser::parseDirectives(bool isConst)
{
    std::vector<Directive> directives;
    while (peek(Token::Kind::At)) {
        Directive directive;
        directive.location = m_token.location;
        advance();
        directive.name = expectName();
        if (peek(Token::Kind::LeftParen))
            directive.arguments = parseArguments(isConst);
        directives.push_back(std::move(directive));
    }
    return directives;
}

Value Parser::parseValue(bool isConst)
{
    Value value;
    value.location = m_token.location;
    switch (m_token.kind) {
    case Token::Kind::Dollar:
        if (isConst)
            unexpected();
        advance();
        value.kind = Value::Kind::Variable;
        value.text = expectName();
        return value;
    case Token::Kind::Int:
        value.kind = Value::Kind::Int;
        value.text = m_token.text;
        advance();
        return value;
    case Token::Kind::Float:
        value.kind = Value::Kind::Float;
        value.text = m_token.text;
        advance();
        return value;
    case Token::Kind::String:
        value.kind = Value::Kind::String;
        value.text = m_token.text;
        advance();
        return value;
    case Token::Kind::Name:
        if (m_token.text == "true" || m_token.text == "false") {
            value.kind = Value::Kind::Boolean;
            value.boolean = m_token.text == "true";
        } else if (m_token.text == "null") {
            value.kind = Value::Kind::Null;
        } else {
            value.kind = Value::Kind::Enum;
            value.text = m_token.text;
        }
        advance();
        return value;
    case Token::Kind::LeftBracket:
        advance();
        enter();
        value.kind = Value::Kind::List;
        while (!peek(Token::Kind::RightBracket))
            value.list.push_back(parseValue(isConst));
        advance();
        leave();
        return value;
    case Token::Kind::LeftBrace:
        advance();
        enter();
        value.kind = Value::Kind::Object;
        while (!peek(Token::Kind::RightBrace)) {
            std::string name = expectName();
            expect(Token::Kind::Colon);
            value.fields.push_back({ std::move(name), parseValue(isConst) });
        }
        advance();
        leave();
        return value;
    default:
        unexpected();
    }
}

Value Parser::parseConstValue(std::string_view source)
{
    Parser parser(source);
    Value value = parser.parseValue(true);
    if (!parser.peek(Token::Kind::EndOfFile))
        parser.unexpected();
    return value;
}

} // namespace Quayside::Sandbox::GraphQL
