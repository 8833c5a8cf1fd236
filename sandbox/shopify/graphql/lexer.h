#pragma once

#include "sandbox/shopify/graphql/ast.h"

#include <string>
#include <string_view>

namespace Quayside::Sandbox::GraphQL {

struct Token
{
    enum class Kind {
        EndOfFile,
        Bang,
        Dollar,
        Amp,
        LeftParen,
        RightParen,
        Spread,
        Colon,
        Equals,
        At,
        LeftBracket,
        RightBracket,
        LeftBrace,
        RightBrace,
        Pipe,
        Name,
        Int,
        Float,
        String,
    };
    Kind kind = Kind::EndOfFile;
    std::string text; // Name, Int, Float: as written; String: the decoded value
    SourceLocation location;

    // graphql-ruby's token names, as Shopify quotes them in parse errors ("Parse error on "}" (RCURLY) ...").
    std::string kindName() const;
};

// Splits a GraphQL source into tokens; skips whitespace, commas, comments and a byte-order mark.
class Lexer
{
public:
    explicit Lexer(std::string_view source);

    Token next(); // throws GraphQLError (PARSE_ERROR) on an invalid character or unterminated string

private:
    char peek(size_t ahead = 0) const;
    void advance();
    void skipIgnored();
    Token readNumber(SourceLocation at);
    Token readString(SourceLocation at);
    Token readBlockString(SourceLocation at);
    [[noreturn]] void fail(const std::string &message, SourceLocation at) const;

    std::string_view m_source;
    size_t m_pos = 0;
    int m_line = 1;
    size_t m_lineStart = 0;
};

} // namespace Quayside::Sandbox::GraphQL
