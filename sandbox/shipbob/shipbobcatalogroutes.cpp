#include "sandbox/shipbob/shipbobcatalogroutes.h"

#include "sandbox/shipbob/shipbobjson.h"

namespace Quayside::Sandbox {

using nlohmann::json;
using namespace ShipBobReply;

namespace {
const char *const kShipMethods[] = { "Standard", "Expedited", "2-Day", "Overnight" };
} // namespace

std::optional<HttpResponse> ShipBobCatalogRoutes::route(const ShipBobCall &call)
{
    const QStringList &seg = call.segments;
    if (call.is("GET", 1) && seg.at(0) == QStringLiteral("channel")) {
        return jsonReply(200,
            { { "items",
                  json::array({ { { "id", call.channelId },
                      { "name", "Quayside" },
                      { "application_name", "Quayside" },
                      { "scopes",
                          { "orders_read",
                              "orders_write",
                              "inventory_read",
                              "returns_read",
                              "returns_write",
                              "webhooks_read",
                              "webhooks_write",
                              "channels_read",
                              "locations_read" } } } }) },
                { "next", nullptr },
                { "prev", nullptr } });
    }
    if (call.is("GET", 1) && seg.at(0) == QStringLiteral("fulfillment-center"))
        return jsonReply(200, json::array({ ShipBobJson::fulfillmentCenter(call.state) }));
    if (call.is("GET", 1) && seg.at(0) == QStringLiteral("shipping-method")) {
        json out = json::array();
        int id = 1;
        for (const char *name : kShipMethods) {
            out.push_back({ { "id", id },
                { "name", name },
                { "active", true },
                { "default", id == 1 },
                { "service_level", { { "id", id }, { "name", name } } } });
            ++id;
        }
        return jsonReply(200, out);
    }
    if (seg.at(0) != QStringLiteral("inventory-level") || call.method() != "GET")
        return std::nullopt;
    if (seg.size() == 1)
        return inventory(call, false);
    if (seg.size() == 2 && seg.at(1) == QStringLiteral("locations"))
        return inventory(call, true);
    const auto id = parseId(seg.at(1));
    if (!id)
        return problem(400, "Bad Request", "The value '" + seg.at(1).toStdString() + "' is not valid.");
    const auto *item = call.state.inventoryById(*id);
    if (!item)
        return problem(404, "Not Found", "Inventory " + std::to_string(*id) + " was not found.");
    if (seg.size() == 2)
        return jsonReply(200, ShipBobJson::inventoryTotals(*item));
    if (seg.size() == 3 && seg.at(2) == QStringLiteral("locations"))
        return jsonReply(200, ShipBobJson::inventoryByLocation(*item, call.state));
    return std::nullopt;
}

HttpResponse ShipBobCatalogRoutes::inventory(const ShipBobCall &call, bool byLocation)
{
    std::string error;
    const auto pageSize = parseBounded(call.query(QStringLiteral("PageSize")), 100, 1, 250, error);
    if (!pageSize)
        return problem(400, "Bad Request", "PageSize: " + error);
    const auto cursor = parseBounded(call.query(QStringLiteral("Cursor")), 0, 0, 2147483647, error);
    if (!cursor)
        return problem(400, "Bad Request", "Cursor: " + error);
    const QString search = call.query(QStringLiteral("SearchBy"));
    QList<int> ids;
    for (const auto &text : call.queryList(QStringLiteral("InventoryIds"))) {
        const auto id = parseId(text);
        if (!id)
            return problem(400, "Bad Request", "InventoryIds: the value '" + text.toStdString() + "' is not valid.");
        ids << *id;
    }
    const QString locationId = call.query(QStringLiteral("LocationId"));
    if (byLocation && !locationId.isEmpty() && locationId != QString::number(call.state.fulfillmentCenterId()))
        return jsonReply(200,
            { { "items", json::array() },
                { "first", nullptr },
                { "last", nullptr },
                { "next", nullptr },
                { "prev", nullptr } });

    QList<const ShipBobInventoryItem *> matched;
    for (const auto &item : call.state.inventory()) {
        if (!ids.isEmpty() && !ids.contains(item.inventoryId))
            continue;
        if (!search.isEmpty() && !item.sku.contains(search, Qt::CaseInsensitive)
            && !item.name.contains(search, Qt::CaseInsensitive))
            continue;
        matched << &item;
    }
    json items = json::array();
    for (int i = *cursor; i < matched.size() && i < *cursor + *pageSize; ++i)
        items.push_back(byLocation ? ShipBobJson::inventoryByLocation(*matched.at(i), call.state)
                                   : ShipBobJson::inventoryTotals(*matched.at(i)));
    const std::string base = byLocation ? "/2026-01/inventory-level/locations" : "/2026-01/inventory-level";
    auto pageUrl = [&](int at) {
        return base + "?PageSize=" + std::to_string(*pageSize) + "&Cursor=" + std::to_string(at)
            + (search.isEmpty() ? std::string() : "&SearchBy=" + QUrl::toPercentEncoding(search).toStdString());
    };
    const int total = int(matched.size());
    const int lastStart = total == 0 ? 0 : ((total - 1) / *pageSize) * *pageSize;
    return jsonReply(200,
        { { "items", items },
            { "first", *cursor > 0 ? json(pageUrl(0)) : json(nullptr) },
            { "prev", *cursor > 0 ? json(pageUrl(std::max(0, *cursor - *pageSize))) : json(nullptr) },
            { "next", *cursor + *pageSize < total ? json(pageUrl(*cursor + *pageSize)) : json(nullptr) },
            { "last", *cursor < lastStart ? json(pageUrl(lastStart)) : json(nullptr) } });
}

} // namespace Quayside::Sandbox
