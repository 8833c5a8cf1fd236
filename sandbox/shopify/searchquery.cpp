#include "sandbox/shopify/searchquery.h"

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <cctype>

namespace Quayside::Sandbox {

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::optional<double> parseNumber(const std::string &s)
{
    if (s.empty())
        return std::nullopt;
    size_t used = 0;
    try {
        const double d = std::stod(s, &used);
        return used == s.size() ? std::optional<double>(d) : std::nullopt;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}
} // namespace

std::optional<qint64> SearchQuery::parseInstant(const std::string &text, qint64 nowMs)
{
    if (lower(text) == "now")
        return nowMs;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const QString s = QString::fromStdString(text);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid() && text.size() == 10)
        dt = QDateTime(QDate::fromString(s, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

SearchQuery SearchQuery::parse(const std::string &query)
{
    SearchQuery result;
    std::vector<Term> group;
    size_t i = 0;
    bool negateNext = false;
    while (i < query.size()) {
        while (i < query.size() && std::isspace(static_cast<unsigned char>(query[i])))
            ++i;
        if (i >= query.size())
            break;
        // A token runs to the next unquoted whitespace.
        std::string token;
        char quote = 0;
        while (i < query.size() && (quote || !std::isspace(static_cast<unsigned char>(query[i])))) {
            const char c = query[i++];
            if (quote) {
                if (c == quote)
                    quote = 0;
                else
                    token += c;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else {
                token += c;
            }
        }
        if (token == "OR") {
            if (!group.empty())
                result.m_groups.push_back(std::move(group));
            group.clear();
            continue;
        }
        if (token == "AND")
            continue;
        if (token == "NOT") {
            negateNext = true;
            continue;
        }
        Term term;
        term.negated = negateNext;
        negateNext = false;
        if (!token.empty() && token[0] == '-' && token.find(':') != std::string::npos) {
            term.negated = !term.negated;
            token.erase(0, 1);
        }
        const size_t colon = token.find(':');
        if (colon == std::string::npos) {
            term.op = ":";
            term.value = token;
        } else {
            term.field = lower(token.substr(0, colon));
            std::string rest = token.substr(colon + 1);
            for (const char *op : { ">=", "<=", ">", "<" }) {
                if (rest.rfind(op, 0) == 0) {
                    term.op = op;
                    rest.erase(0, std::string(op).size());
                    break;
                }
            }
            if (term.op.empty())
                term.op = ":";
            term.value = rest;
        }
        group.push_back(std::move(term));
    }
    if (!group.empty())
        result.m_groups.push_back(std::move(group));
    return result;
}

bool SearchQuery::termMatches(const Term &term, const std::vector<std::string> &values, qint64 nowMs)
{
    for (const auto &value : values) {
        int cmp = 0;
        const auto a = parseInstant(value, nowMs);
        const auto b = parseInstant(term.value, nowMs);
        const auto na = parseNumber(value);
        const auto nb = parseNumber(term.value);
        if (a && b) {
            cmp = *a < *b ? -1 : (*a > *b ? 1 : 0);
        } else if (na && nb) {
            cmp = *na < *nb ? -1 : (*na > *nb ? 1 : 0);
        } else {
            const std::string lv = lower(value);
            std::string lt = lower(term.value);
            if (term.op == ":") {
                // A trailing * is a prefix match; free text matches substrings.
                if (!lt.empty() && lt.back() == '*') {
                    lt.pop_back();
                    if (lv.rfind(lt, 0) == 0)
                        return true;
                    continue;
                }
                if (term.field.empty() ? lv.find(lt) != std::string::npos : lv == lt)
                    return true;
                continue;
            }
            cmp = lv.compare(lt);
        }
        if ((term.op == ":" && cmp == 0) || (term.op == ">" && cmp > 0) || (term.op == ">=" && cmp >= 0)
            || (term.op == "<" && cmp < 0) || (term.op == "<=" && cmp <= 0))
            return true;
    }
    return false;
}

bool SearchQuery::matches(const Accessor &accessor, qint64 nowMs) const
{
    if (m_groups.empty())
        return true;
    for (const auto &group : m_groups) {
        bool all = true;
        for (const auto &term : group) {
            const auto values = accessor(term.field);
            if (!values)
                continue; // unknown field: ignored
            if (termMatches(term, *values, nowMs) == term.negated) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

std::vector<std::string> SearchQuery::unknownFields(const Accessor &accessor) const
{
    std::vector<std::string> out;
    for (const auto &group : m_groups)
        for (const auto &term : group)
            if (!accessor(term.field))
                out.push_back(term.field);
    return out;
}

} // namespace Quayside::Sandbox
