#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace Quayside::Sandbox {

// Shopify's search syntax for the `query:` argument: terms `field:value`, `field:>value` (also >=, <, <=),
// quoted values ('…' or "…"), `-field:value` / `NOT` negation, implicit or explicit `AND`, and `OR` (lower
// precedence). Bare words match the resource's default text fields. Dates compare as instants
// (ISO-8601, a date alone, or `now`), numbers numerically, everything else case-insensitively.
class SearchQuery
{
public:
    struct Term
    {
        std::string field; // empty: free text
        std::string op; // ":", ">", ">=", "<", "<="
        std::string value;
        bool negated = false;
    };
    // Returns the values of a field for one record (several, e.g. one SKU per line item); nullopt when the
    // field is not searchable on that resource (the term is then ignored, as Shopify does).
    using Accessor = std::function<std::optional<std::vector<std::string>>(const std::string &field)>;

    static SearchQuery parse(const std::string &query);
    bool matches(const Accessor &accessor, qint64 nowMs) const;
    bool isEmpty() const { return m_groups.empty(); }
    // Fields that were ignored because the resource does not know them (for extensions.search warnings).
    std::vector<std::string> unknownFields(const Accessor &accessor) const;

    static std::optional<qint64> parseInstant(const std::string &text, qint64 nowMs);

private:
    static bool termMatches(const Term &term, const std::vector<std::string> &values, qint64 nowMs);

    std::vector<std::vector<Term>> m_groups; // OR of ANDs
};

} // namespace Quayside::Sandbox
