#include "sandbox/shopify/connectionbuilder.h"

#include <QByteArray>

#include <algorithm>

namespace Quayside::Sandbox {

using GraphQL::GraphQLError;
using GraphQL::Json;

int ConnectionBuilder::compare(const Json &a, qint64 idA, const Json &b, qint64 idB)
{
    int cmp = 0;
    if (a.is_number() && b.is_number())
        cmp = a.get<double>() < b.get<double>() ? -1 : (a.get<double>() > b.get<double>() ? 1 : 0);
    else if (a.is_string() && b.is_string())
        cmp = a.get<std::string>().compare(b.get<std::string>());
    if (cmp != 0)
        return cmp < 0 ? -1 : 1;
    return idA < idB ? -1 : (idA > idB ? 1 : 0);
}

std::string ConnectionBuilder::encodeCursor(const Json &sortValue, qint64 id)
{
    const std::string raw = Json { { "last_id", id }, { "last_value", sortValue } }.dump();
    return QByteArray::fromStdString(raw).toBase64().toStdString();
}

std::pair<Json, qint64> ConnectionBuilder::decodeCursor(const std::string &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(cursor));
    const Json j = decoded ? Json::parse(decoded.decoded.toStdString(), nullptr, false) : Json();
    if (!j.is_object() || !j.contains("last_id") || !j["last_id"].is_number_integer() || !j.contains("last_value"))
        throw GraphQLError("Invalid cursor for current pagination sort.", "BAD_REQUEST");
    return { j["last_value"], j["last_id"].get<qint64>() };
}

Json ConnectionBuilder::build(std::vector<Item> items, const Json &arguments, bool unpaged)
{
    auto intArg = [&](const char *name) -> std::optional<int> {
        if (!arguments.contains(name) || !arguments[name].is_number_integer())
            return std::nullopt;
        return arguments[name].get<int>();
    };
    auto stringArg = [&](const char *name) -> std::optional<std::string> {
        if (!arguments.contains(name) || !arguments[name].is_string())
            return std::nullopt;
        return arguments[name].get<std::string>();
    };
    const auto first = intArg("first");
    const auto last = intArg("last");
    const auto after = stringArg("after");
    const auto before = stringArg("before");
    if (!first && !last && !unpaged)
        throw GraphQLError("you must provide one of first or last", "BAD_REQUEST");
    // shopify.md §2.1 (github.com/gnikyt/Basic-Shopify-API issue #22): `last` needs `before`.
    if (last && !before && !unpaged)
        throw GraphQLError("using last without before is not supported", "BAD_REQUEST");
    for (const auto &[name, value] : { std::pair { "first", first }, std::pair { "last", last } }) {
        if (value && *value > MaxPageSize)
            throw GraphQLError(
                std::string("The ") + name + " argument must be less than or equal to " + std::to_string(MaxPageSize),
                "BAD_REQUEST");
        if (value && *value < 0)
            throw GraphQLError(std::string("The ") + name + " argument must be a non-negative integer", "BAD_REQUEST");
    }
    const bool reverse
        = arguments.contains("reverse") && arguments["reverse"].is_boolean() && arguments["reverse"].get<bool>();
    std::stable_sort(items.begin(), items.end(), [&](const Item &a, const Item &b) {
        const int c = compare(a.sortValue, a.id, b.sortValue, b.id);
        return reverse ? c > 0 : c < 0;
    });
    const int direction = reverse ? -1 : 1;
    size_t begin = 0;
    size_t end = items.size();
    if (after) {
        const auto [value, id] = decodeCursor(*after);
        while (begin < end && compare(items[begin].sortValue, items[begin].id, value, id) * direction <= 0)
            ++begin;
    }
    if (before) {
        const auto [value, id] = decodeCursor(*before);
        while (end > begin && compare(items[end - 1].sortValue, items[end - 1].id, value, id) * direction >= 0)
            --end;
    }
    if (first && end - begin > size_t(*first))
        end = begin + size_t(*first);
    if (last && end - begin > size_t(*last))
        begin = end - size_t(*last);

    Json edges = Json::array();
    Json nodes = Json::array();
    for (size_t i = begin; i < end; ++i) {
        const std::string cursor = encodeCursor(items[i].sortValue, items[i].id);
        edges.push_back({ { "cursor", cursor }, { "node", items[i].node } });
        nodes.push_back(items[i].node);
    }
    Json pageInfo = { { "hasNextPage", end < items.size() },
        { "hasPreviousPage", begin > 0 },
        { "startCursor", begin < end ? Json(encodeCursor(items[begin].sortValue, items[begin].id)) : Json() },
        { "endCursor", begin < end ? Json(encodeCursor(items[end - 1].sortValue, items[end - 1].id)) : Json() } };
    return { { "edges", edges }, { "nodes", nodes }, { "pageInfo", pageInfo } };
}

} // namespace Quayside::Sandbox
