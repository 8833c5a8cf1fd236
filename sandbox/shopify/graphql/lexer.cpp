#include "sandbox/shopify/graphql/lexer.h"

#include "sandbox/shopify/graphql/graphqlerror.h"

#include <cctype>

namespace Quayside::Sandbox::GraphQL {

namespace {
bool isNameStart(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isNameContinue(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
void appendUtf8(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}
} // namespace

std::string Token::kindName() const
{
    switch (kind) {
    case Kind::EndOfFile:
        return "EOF";
    case Kind::Bang:
        return "BANG";
    case Kind::Dollar:
        return "VAR_SIGN";
    case Kind::Amp:
        return "AMP";
    case Kind::LeftParen:
        return "LPAREN";
    case Kind::RightParen:
        return "RPAREN";
    case Kind::Spread:
        return "ELLIPSIS";
    case Kind::Colon:
        return "COLON";
    case Kind::Equals:
        return "EQUALS";
    case Kind::At:
        return "DIR_SIGN";
    case Kind::LeftBracket:
        return "LBRACKET";
    case Kind::RightBracket:
        return "RBRACKET";
    case Kind::LeftBrace:
        return "LCURLY";
    case Kind::RightBrace:
        return "RCURLY";
    case Kind::Pipe:
        return "PIPE";
    case Kind::Name:
        return "IDENTIFIER";
    case Kind::Int:
        return "INT";
    case Kind::Float:
        return "FLOAT";
    case Kind::String:
        return "STRING";
    }
    return "UNKNOWN";
}

Lexer::Lexer(std::string_view source)
    : m_source(source)
{
    if (m_source.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3;
}

char Lexer::peek(size_t ahead) const
{
    return m_pos + ahead < m_source.size() ? m_source[m_pos + ahead] : '\0';
}

void Lexer::advance()
{
    if (peek() == '\n') {
        ++m_line;
        m_lineStart = m_pos + 1;
    }
    ++m_pos;
}

void Lexer::fail(const std::string &message, SourceLocation at) const
{
    throw GraphQLError(
        message + " at [" + std::to_string(at.line) + ", " + std::to_string(at.column) + "]", "PARSE_ERROR", at);
}

void Lexer::skipIgnored()
{
    while (m_pos < m_source.size()) {
        const char c = peek();
        if (c == ' ' || c == '\t' || c == ',' || c == '\n' || c == '\r') {
            advance();
        } else if (c == '#') {
            while (m_pos < m_source.size() && peek() != '\n')
                advance();
        } else {
            break;
        }
    }
}

Token Lexer::next()
{
    skipIgnored();
    const SourceLocation at { m_line, int(m_pos - m_lineStart) + 1 };
    Token token;
    token.location = at;
    if (m_pos >= m_source.size())
        return token;
    const char c = peek();
    auto single = [&](Token::Kind kind) {
        token.kind = kind;
        token.text = std::string(1, c);
        advance();
        return token;
    };
    switch (c) {
    case '!':
        return single(Token::Kind::Bang);
    case '$':
        return single(Token::Kind::Dollar);
    case '&':
        return single(Token::Kind::Amp);
    case '(':
        return single(Token::Kind::LeftParen);
    case ')':
        return single(Token::Kind::RightParen);
    case ':':
        return single(Token::Kind::Colon);
    case '=':
        return single(Token::Kind::Equals);
    case '@':
        return single(Token::Kind::At);
    case '[':
        return single(Token::Kind::LeftBracket);
    case ']':
        return single(Token::Kind::RightBracket);
    case '{':
        return single(Token::Kind::LeftBrace);
    case '}':
        return single(Token::Kind::RightBrace);
    case '|':
        return single(Token::Kind::Pipe);
    case '.':
        if (peek(1) == '.' && peek(2) == '.') {
            advance();
            advance();
            advance();
            token.kind = Token::Kind::Spread;
            token.text = "...";
            return token;
        }
        fail("Parse error on \".\"", at);
    case '"':
        if (peek(1) == '"' && peek(2) == '"')
            return readBlockString(at);
        return readString(at);
    default:
        break;
    }
    if (isNameStart(c)) {
        const size_t start = m_pos;
        while (isNameContinue(peek()))
            advance();
        token.kind = Token::Kind::Name;
        token.text = std::string(m_source.substr(start, m_pos - start));
        return token;
    }
    if (c == '-' || isDigit(c))
        return readNumber(at);
    fail("Parse error on \"" + std::string(1, c) + "\" (error)", at);
}

Token Lexer::readNumber(SourceLocation at)
{
    const size_t start = m_pos;
    Token token;
    token.location = at;
    token.kind = Token::Kind::Int;
    if (peek() == '-')
        advance();
    if (!isDigit(peek()))
        fail("Parse error on \"-\" (error)", at);
    if (peek() == '0' && isDigit(peek(1)))
        fail("Parse error on \"0\" (INT): leading zero", at);
    while (isDigit(peek()))
        advance();
    if (peek() == '.') {
        token.kind = Token::Kind::Float;
        advance();
        if (!isDigit(peek()))
            fail("Parse error on \".\" (error)", at);
        while (isDigit(peek()))
            advance();
    }
    if (peek() == 'e' || peek() == 'E') {
        token.kind = Token::Kind::Float;
        advance();
        if (peek() == '+' || peek() == '-')
            advance();
        if (!isDigit(peek()))
            fail("Parse error on exponent (error)", at);
        while (isDigit(peek()))
            advance();
    }
    if (isNameStart(peek()) || peek() == '.')
        fail("Parse error on \"" + std::string(1, peek()) + "\" (error)", at);
    token.text = std::string(m_source.substr(start, m_pos - start));
    return token;
}

Token Lexer::readString(SourceLocation at)
{
    Token token;
    token.location = at;
    token.kind = Token::Kind::String;
    advance(); // opening quote
    while (true) {
        if (m_pos >= m_source.size() || peek() == '\n' || peek() == '\r')
            fail("Parse error on unterminated string", at);
        const char c = peek();
        if (c == '"') {
            advance();
            return token;
        }
        if (c != '\\') {
            token.text += c;
            advance();
            continue;
        }
        advance();
        const char e = peek();
        advance();
        switch (e) {
        case '"':
            token.text += '"';
            break;
        case '\\':
            token.text += '\\';
            break;
        case '/':
            token.text += '/';
            break;
        case 'b':
            token.text += '\b';
            break;
        case 'f':
            token.text += '\f';
            break;
        case 'n':
            token.text += '\n';
            break;
        case 'r':
            token.text += '\r';
            break;
        case 't':
            token.text += '\t';
            break;
        case 'u': {
            if (m_pos + 4 > m_source.size())
                fail("Parse error on bad unicode escape", at);
            unsigned code = 0;
            for (int i = 0; i < 4; ++i) {
                const char h = peek();
                if (!std::isxdigit(static_cast<unsigned char>(h)))
                    fail("Parse error on bad unicode escape", at);
                code = code * 16
                    + unsigned(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
                advance();
            }
            appendUtf8(token.text, code);
            break;
        }
        default:
            fail("Parse error on bad escape sequence", at);
        }
    }
}

Token Lexer::readBlockString(SourceLocation at)
{
    Token token;
    token.location = at;
    token.kind = Token::Kind::String;
    advance();
    advance();
    advance();
    std::string raw;
    while (true) {
        if (m_pos >= m_source.size())
            fail("Parse error on unterminated string", at);
        if (peek() == '"' && peek(1) == '"' && peek(2) == '"') {
            advance();
            advance();
            advance();
            break;
        }
        if (peek() == '\\' && peek(1) == '"' && peek(2) == '"' && peek(3) == '"') {
            raw += "\"\"\"";
            for (int i = 0; i < 4; ++i)
                advance();
            continue;
        }
        raw += peek();
        advance();
    }
    // Block string value: strip the common indentation and leading/trailing blank lines (spec 2.9.4).
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t i = 0; i <= raw.size(); ++i) {
        if (i == raw.size() || raw[i] == '\n') {
            std::string line = raw.substr(start, i - start);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            lines.push_back(line);
            start = i + 1;
        }
    }
    size_t common = std::string::npos;
    for (size_t i = 1; i < lines.size(); ++i) {
        const size_t indent = lines[i].find_first_not_of(" \t");
        if (indent != std::string::npos && indent < common)
            common = indent;
    }
    if (common != std::string::npos)
        for (size_t i = 1; i < lines.size(); ++i)
            lines[i] = lines[i].size() >= common ? lines[i].substr(common) : std::string();
    auto blank = [](const std::string &l) { return l.find_first_not_of(" \t") == std::string::npos; };
    while (!lines.empty() && blank(lines.front()))
        lines.erase(lines.begin());
    while (!lines.empty() && blank(lines.back()))
        lines.pop_back();
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i)
            token.text += '\n';
        token.text += lines[i];
    }
    return token;
}

} // namespace Quayside::Sandbox::GraphQL
