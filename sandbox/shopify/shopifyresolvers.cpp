#include "sandbox/shopify/shopifyresolvers.h"

#include "sandbox/shopify/bulkoperations.h"
#include "sandbox/shopify/connectionbuilder.h"
#include "sandbox/shopify/shopifyjson.h"
#include "sandbox/shopify/shopifymutations.h"
#include "sandbox/shopify/shopifypaymentsresolver.h"

#include <algorithm>
#include <cstdio>

namespace Quayside::Sandbox {

using namespace ShopifyJson;
using GraphQL::FieldContext;
using GraphQL::GraphQLError;
using GraphQL::Json;
using Values = std::optional<std::vector<std::string>>;

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}
std::string legacy(qint64 id)
{
    return std::to_string(id);
}
// The search fields every timestamped record has: id (the legacy numeric id), created_at, updated_at.
Values timestampedFields(const std::string &field, qint64 id, qint64 createdAtMs, qint64 updatedAtMs)
{
    if (field == "id")
        return std::vector<std::string> { legacy(id) };
    if (field == "updated_at")
        return std::vector<std::string> { isoTime(updatedAtMs) };
    if (field == "created_at")
        return std::vector<std::string> { isoTime(createdAtMs) };
    return std::nullopt;
}
std::optional<qint64> argGid(const Json &args, const char *name, const std::string &type)
{
    if (!args.contains(name) || !args[name].is_string())
        return std::nullopt;
    return ShopifyIds::parseGid(args[name].get<std::string>(), type);
}
std::string sortKey(const Json &args)
{
    return args.contains("sortKey") && args["sortKey"].is_string() ? args["sortKey"].get<std::string>() : "ID";
}
} // namespace

ShopifyResolvers::ShopifyResolvers(
    ShopifyStore &store, const ShopInfo &shop, qint64 nowMs, ShopifyMutations *mutations, BulkOperations *bulk)
    : m_store(store)
    , m_shop(shop)
    , m_nowMs(nowMs)
    , m_mutations(mutations)
    , m_bulk(bulk)
{ }

Json ShopifyResolvers::page(std::vector<ConnectionBuilder::Item> items, const Json &args) const
{
    return ConnectionBuilder::build(std::move(items), args, m_unpaged);
}

std::optional<Json> ShopifyResolvers::resolve(const FieldContext &context)
{
    if (context.parentType == "QueryRoot")
        return rootField(context);
    if (context.parentType == "Mutation")
        return m_mutations ? m_mutations->resolve(context) : std::nullopt;
    return objectField(context);
}

SearchQuery ShopifyResolvers::search(const Json &args, const SearchQuery::Accessor &probe)
{
    const std::string text
        = args.contains("query") && args["query"].is_string() ? args["query"].get<std::string>() : "";
    SearchQuery query = SearchQuery::parse(text);
    for (const auto &field : query.unknownFields(probe))
        m_searchWarnings.push_back({ { "field", field }, { "message", "Invalid search field for this query." } });
    return query;
}

Json ShopifyResolvers::nodeFor(const std::string &gid) const
{
    auto index = [&](const char *type, qint64 base, size_t count) -> int {
        const auto id = ShopifyIds::parseGid(gid, type);
        if (!id)
            return -1;
        const qint64 i = *id - base - 1;
        return i >= 0 && i < qint64(count) ? int(i) : -1;
    };
    if (int i = index("Order", ShopifyIds::Order, m_store.orders.size()); i >= 0)
        return ref("Order", { i });
    if (int i = index("Product", ShopifyIds::Product, m_store.products.size()); i >= 0)
        return ref("Product", { i });
    if (int i = index("ProductVariant", ShopifyIds::Variant, m_store.variants.size()); i >= 0)
        return ref("ProductVariant", { i });
    if (int i = index("InventoryItem", ShopifyIds::InventoryItem, m_store.variants.size()); i >= 0)
        return ref("InventoryItem", { i });
    if (int i = index("Location", ShopifyIds::Location, m_store.locations.size()); i >= 0)
        return ref("Location", { i });
    if (int i = index("Customer", ShopifyIds::Customer, m_store.customers.size()); i >= 0)
        return ref("Customer", { i });
    // Records inside orders: find the one whose id matches, searching each child list of every order.
    auto within = [&](const char *type, const auto &listOf) -> Json {
        const auto id = ShopifyIds::parseGid(gid, type);
        if (!id)
            return nullptr;
        for (size_t o = 0; o < m_store.orders.size(); ++o) {
            const auto &list = listOf(m_store.orders[o]);
            for (size_t i = 0; i < list.size(); ++i)
                if (list[i].id == *id)
                    return ref(type, { int(o), int(i) });
        }
        return nullptr;
    };
    for (Json found :
        { within(
              "FulfillmentOrder", [](const StoreOrder &o) -> const auto & { return o.fulfillmentOrders; }),
            within(
                "Fulfillment", [](const StoreOrder &o) -> const auto & { return o.fulfillments; }),
            within(
                "LineItem", [](const StoreOrder &o) -> const auto & { return o.lines; }),
            within(
                "Refund", [](const StoreOrder &o) -> const auto & { return o.refunds; }),
            within(
                "Return", [](const StoreOrder &o) -> const auto & { return o.returns; }),
            within(
                "OrderTransaction", [](const StoreOrder &o) -> const auto & { return o.transactions; }) })
        if (!found.is_null())
            return found;
    if (const auto id = ShopifyIds::parseGid(gid, "WebhookSubscription")) {
        for (size_t i = 0; i < m_store.webhookSubscriptions.size(); ++i)
            if (m_store.webhookSubscriptions[i].id == *id)
                return ref("WebhookSubscription", { int(i) });
        return nullptr;
    }
    if (Json payment = ShopifyPaymentsResolver(m_store, m_nowMs, m_unpaged, nullptr).nodeFor(gid); !payment.is_null())
        return payment;
    if (ShopifyIds::parseGid(gid, "BulkOperation") && m_bulk)
        return m_bulk->operation(gid);
    if (const auto level = ShopifyIds::parseGid(gid, "InventoryLevel")) {
        const qint64 i = *level - ShopifyIds::InventoryLevel - 1;
        const qint64 perVariant = qint64(m_store.locations.size());
        if (i >= 0 && perVariant > 0 && i / perVariant < qint64(m_store.variants.size())
            && m_store.inventory[size_t(i / perVariant)][size_t(i % perVariant)])
            return ref("InventoryLevel", { int(i / perVariant), int(i % perVariant) });
    }
    return nullptr;
}

std::optional<Json> ShopifyResolvers::rootField(const FieldContext &c)
{
    const std::string &f = c.selection.name;
    const Json &args = c.arguments;
    if (f == "shop")
        return shop();
    if (f == "currentAppInstallation")
        return appInstallation();
    if (f == "shopifyPaymentsAccount")
        return ShopifyPaymentsResolver::accountRef();
    if (f == "node")
        return nodeFor(args.value("id", ""));
    if (f == "webhookSubscription") {
        const Json node = nodeFor(args.value("id", ""));
        return node.is_object() && node.value("__typename", "") == "WebhookSubscription" ? node : Json(nullptr);
    }
    if (f == "webhookSubscriptions") {
        std::vector<ConnectionBuilder::Item> items;
        const Json topics = args.contains("topics") && args["topics"].is_array() ? args["topics"] : Json::array();
        for (size_t i = 0; i < m_store.webhookSubscriptions.size(); ++i) {
            const WebhookSubscriptionRecord &s = m_store.webhookSubscriptions[i];
            bool wanted = topics.empty();
            for (const auto &t : topics)
                wanted |= t.is_string() && ShopifyStore::topicFromEnum(t.get<std::string>()) == s.topic;
            if (wanted)
                items.push_back({ Json(s.createdAtMs), s.id, ref("WebhookSubscription", { int(i) }) });
        }
        return page(std::move(items), args);
    }
    if (f == "bulkOperation")
        return m_bulk ? m_bulk->operation(args.value("id", "")) : Json(nullptr);
    if (f == "nodes") {
        Json out = Json::array();
        for (const auto &id : args.value("ids", Json::array()))
            out.push_back(nodeFor(id.get<std::string>()));
        return out;
    }
    if (f == "publicApiVersions") {
        Json out = Json::array();
        for (const char *v : { "2026-01", "2026-04", "2026-07", "2026-10" })
            out.push_back({ { "handle", v }, { "displayName", v }, { "supported", true } });
        out.push_back(
            { { "handle", "2027-01" }, { "displayName", "2027-01 (Release candidate)" }, { "supported", false } });
        out.push_back({ { "handle", "unstable" }, { "displayName", "unstable" }, { "supported", false } });
        return out;
    }
    if (f == "order") {
        const auto id = argGid(args, "id", "Order");
        const int o = id ? m_store.orderIndexById(*id) : -1;
        return o >= 0 ? ref("Order", { o }) : Json(nullptr);
    }
    if (f == "orders")
        return ordersConnection(args, -1);
    if (f == "location") {
        const auto id = argGid(args, "id", "Location");
        const int l = id ? m_store.locationIndexById(*id) : (args.contains("id") ? -1 : 0);
        return l >= 0 ? ref("Location", { l }) : Json(nullptr);
    }
    if (f == "locations") {
        auto probe = [&](int l) {
            return [this, l](const std::string &field) -> Values {
                const StoreLocation &loc = m_store.locations[size_t(l)];
                if (field == "name" || field.empty())
                    return std::vector<std::string> { loc.name };
                if (field == "id")
                    return std::vector<std::string> { legacy(loc.id) };
                return std::nullopt;
            };
        };
        return searchConnection(args, allOf(m_store.locations.size()), probe, [&](int l) {
            const StoreLocation &loc = m_store.locations[size_t(l)];
            return ConnectionBuilder::Item {
                sortKey(args) == "NAME" ? Json(loc.name) : Json(loc.id), loc.id, ref("Location", { l })
            };
        });
    }
    if (f == "product") {
        const auto id = argGid(args, "id", "Product");
        const int p = id ? m_store.productIndexById(*id) : -1;
        return p >= 0 ? ref("Product", { p }) : Json(nullptr);
    }
    if (f == "products") {
        auto probe = [&](int p) {
            return [this, p](const std::string &field) -> Values {
                const StoreProduct &pr = m_store.products[size_t(p)];
                if (field.empty() || field == "title")
                    return std::vector<std::string> { pr.title };
                if (field == "handle")
                    return std::vector<std::string> { pr.handle };
                if (field == "vendor")
                    return std::vector<std::string> { pr.vendor };
                if (field == "product_type")
                    return std::vector<std::string> { pr.productType };
                if (field == "status")
                    return std::vector<std::string> { "active" };
                if (field == "id")
                    return std::vector<std::string> { legacy(pr.id) };
                if (field == "updated_at")
                    return std::vector<std::string> { isoTime(pr.updatedAtMs) };
                if (field == "created_at")
                    return std::vector<std::string> { isoTime(pr.createdAtMs) };
                if (field == "sku") {
                    std::vector<std::string> skus;
                    for (int v : pr.variants)
                        skus.push_back(m_store.variants[size_t(v)].sku);
                    return skus;
                }
                return std::nullopt;
            };
        };
        const std::string key = sortKey(args);
        return searchConnection(args, allOf(m_store.products.size()), probe, [&](int p) {
            const StoreProduct &pr = m_store.products[size_t(p)];
            Json sort = key == "TITLE" ? Json(pr.title)
                : key == "UPDATED_AT"  ? Json(pr.updatedAtMs)
                : key == "CREATED_AT"  ? Json(pr.createdAtMs)
                                       : Json(pr.id);
            return ConnectionBuilder::Item { sort, pr.id, ref("Product", { p }) };
        });
    }
    if (f == "productVariant") {
        const auto id = argGid(args, "id", "ProductVariant");
        const int v = id ? m_store.variantIndexById(*id) : -1;
        return v >= 0 ? ref("ProductVariant", { v }) : Json(nullptr);
    }
    if (f == "productVariants")
        return variantsConnection(args, {});
    if (f == "inventoryItem") {
        const auto id = argGid(args, "id", "InventoryItem");
        const int v = id ? m_store.variantIndexByInventoryItem(*id) : -1;
        return v >= 0 ? ref("InventoryItem", { v }) : Json(nullptr);
    }
    if (f == "inventoryItems") {
        Json items = variantsConnection(args, {});
        for (auto *list : { &items["nodes"] })
            for (auto &n : *list)
                n["__typename"] = "InventoryItem";
        for (auto &e : items["edges"])
            e["node"]["__typename"] = "InventoryItem";
        return items;
    }
    if (f == "inventoryLevel") {
        const Json node = nodeFor(args.value("id", ""));
        return node.is_object() && node.value("__typename", "") == "InventoryLevel" ? node : Json(nullptr);
    }
    if (f == "customer") {
        const auto id = argGid(args, "id", "Customer");
        const int i = id ? m_store.customerIndexById(*id) : -1;
        return i >= 0 ? ref("Customer", { i }) : Json(nullptr);
    }
    if (f == "customers") {
        auto probe = [&](int i) {
            return [this, i](const std::string &field) -> Values {
                const StoreCustomer &cu = m_store.customers[size_t(i)];
                if (field.empty())
                    return std::vector<std::string> { cu.firstName + " " + cu.lastName, cu.email };
                if (field == "email")
                    return std::vector<std::string> { cu.email };
                if (field == "first_name")
                    return std::vector<std::string> { cu.firstName };
                if (field == "last_name")
                    return std::vector<std::string> { cu.lastName };
                if (field == "phone")
                    return std::vector<std::string> { cu.phone };
                if (field == "country")
                    return std::vector<std::string> { cu.address.countryCode.toStdString() };
                return timestampedFields(field, cu.id, cu.createdAtMs, cu.updatedAtMs);
            };
        };
        const std::string key = sortKey(args);
        return searchConnection(args, allOf(m_store.customers.size()), probe, [&](int i) {
            const StoreCustomer &cu = m_store.customers[size_t(i)];
            Json sort = key == "NAME" ? Json(cu.lastName + " " + cu.firstName)
                : key == "UPDATED_AT" ? Json(cu.updatedAtMs)
                : key == "CREATED_AT" ? Json(cu.createdAtMs)
                                      : Json(cu.id);
            return ConnectionBuilder::Item { sort, cu.id, ref("Customer", { i }) };
        });
    }
    if (f == "fulfillmentOrder") {
        const Json node = nodeFor(args.value("id", ""));
        return node.is_object() && node.value("__typename", "") == "FulfillmentOrder" ? node : Json(nullptr);
    }
    if (f == "fulfillmentOrders") {
        const bool includeClosed
            = args.contains("includeClosed") && args["includeClosed"].is_boolean() && args["includeClosed"].get<bool>();
        auto probe = [&](int o, int fo) {
            return [this, o, fo](const std::string &field) -> Values {
                const StoreFulfillmentOrder &x = m_store.orders[size_t(o)].fulfillmentOrders[size_t(fo)];
                if (field == "status")
                    return std::vector<std::string> { lower(x.status) };
                if (field == "id")
                    return std::vector<std::string> { legacy(x.id) };
                if (field == "assigned_location_id")
                    return std::vector<std::string> { legacy(m_store.locations[size_t(x.location)].id) };
                if (field == "updated_at")
                    return std::vector<std::string> { isoTime(x.updatedAtMs) };
                return std::nullopt;
            };
        };
        const SearchQuery query = search(args, probe(0, 0));
        std::vector<ConnectionBuilder::Item> items;
        for (size_t o = 0; o < m_store.orders.size(); ++o)
            for (size_t fo = 0; fo < m_store.orders[o].fulfillmentOrders.size(); ++fo) {
                const StoreFulfillmentOrder &x = m_store.orders[o].fulfillmentOrders[fo];
                if ((!includeClosed && (x.status == "CLOSED" || x.status == "CANCELLED"))
                    || !query.matches(probe(int(o), int(fo)), m_nowMs))
                    continue;
                items.push_back({ Json(x.id), x.id, ref("FulfillmentOrder", { int(o), int(fo) }) });
            }
        return page(std::move(items), args);
    }
    return std::nullopt; // not emulated: nullable fields answer null, non-null ones raise a field error
}

std::vector<int> ShopifyResolvers::allOf(size_t count)
{
    std::vector<int> all(count);
    for (size_t i = 0; i < count; ++i)
        all[i] = int(i);
    return all;
}

Json ShopifyResolvers::searchConnection(const Json &args,
    const std::vector<int> &records,
    const std::function<SearchQuery::Accessor(int)> &probe,
    const std::function<ConnectionBuilder::Item(int)> &item)
{
    const SearchQuery query = records.empty() ? SearchQuery() : search(args, probe(records.front()));
    std::vector<ConnectionBuilder::Item> items;
    for (int r : records)
        if (query.matches(probe(r), m_nowMs))
            items.push_back(item(r));
    return page(std::move(items), args);
}

Json ShopifyResolvers::ordersConnection(const Json &args, int customerFilter)
{
    auto probe = [this](int o) {
        return [this, o](const std::string &field) -> Values {
            const StoreOrder &x = m_store.orders[size_t(o)];
            if (field.empty())
                return std::vector<std::string> { x.name, x.email };
            if (field == "updated_at")
                return std::vector<std::string> { isoTime(x.updatedAtMs) };
            if (field == "created_at")
                return std::vector<std::string> { isoTime(x.createdAtMs) };
            if (field == "processed_at")
                return std::vector<std::string> { isoTime(x.processedAtMs) };
            if (field == "status") {
                if (x.cancelledAtMs)
                    return std::vector<std::string> { "cancelled", "closed" };
                if (x.closedAtMs)
                    return std::vector<std::string> { "closed" };
                return std::vector<std::string> { "open", "not_closed" };
            }
            if (field == "financial_status")
                return std::vector<std::string> { lower(x.financialStatus) };
            if (field == "fulfillment_status") {
                const std::string s = x.displayFulfillmentStatus();
                if (s == "FULFILLED")
                    return std::vector<std::string> { "shipped", "fulfilled" };
                if (s == "PARTIALLY_FULFILLED")
                    return std::vector<std::string> { "partial", "unshipped" };
                return std::vector<std::string> { "unshipped", "unfulfilled" };
            }
            if (field == "name")
                return std::vector<std::string> { x.name, x.name.substr(1) };
            if (field == "id")
                return std::vector<std::string> { legacy(x.id) };
            if (field == "email")
                return std::vector<std::string> { x.email };
            if (field == "test")
                return std::vector<std::string> { x.test ? "true" : "false" };
            if (field == "tag")
                return std::vector<std::string> { x.tags };
            if (field == "customer_id")
                return std::vector<std::string> { x.customer >= 0 ? legacy(m_store.customers[size_t(x.customer)].id)
                                                                  : "" };
            if (field == "sku") {
                std::vector<std::string> skus;
                for (const auto &l : x.lines)
                    skus.push_back(l.sku);
                return skus;
            }
            return std::nullopt;
        };
    };
    const std::string key
        = args.contains("sortKey") && args["sortKey"].is_string() ? args["sortKey"].get<std::string>() : "PROCESSED_AT";
    std::vector<int> records;
    for (size_t o = 0; o < m_store.orders.size(); ++o)
        if (customerFilter < 0 || m_store.orders[o].customer == customerFilter)
            records.push_back(int(o));
    return searchConnection(args, records, probe, [&](int o) {
        const StoreOrder &x = m_store.orders[size_t(o)];
        Json sort = key == "UPDATED_AT" ? Json(x.updatedAtMs)
            : key == "CREATED_AT"       ? Json(x.createdAtMs)
            : key == "PROCESSED_AT"     ? Json(x.processedAtMs)
            : key == "TOTAL_PRICE"      ? Json(x.totalCents())
            : key == "ORDER_NUMBER"     ? Json(x.number)
                                        : Json(x.id);
        return ConnectionBuilder::Item { sort, x.id, ref("Order", { o }) };
    });
}

Json ShopifyResolvers::variantsConnection(const Json &args, const std::vector<int> &subset)
{
    auto probe = [this](int v) {
        return [this, v](const std::string &field) -> Values {
            const StoreVariant &x = m_store.variants[size_t(std::max(v, 0))];
            if (field.empty())
                return std::vector<std::string> { x.sku, x.title, m_store.products[size_t(x.product)].title };
            if (field == "sku")
                return std::vector<std::string> { x.sku };
            if (field == "barcode")
                return std::vector<std::string> { x.barcode };
            if (field == "title")
                return std::vector<std::string> { x.title };
            if (field == "product_id")
                return std::vector<std::string> { legacy(m_store.products[size_t(x.product)].id) };
            return timestampedFields(field, x.id, x.createdAtMs, x.updatedAtMs);
        };
    };
    const std::string key = sortKey(args);
    return searchConnection(args, subset.empty() ? allOf(m_store.variants.size()) : subset, probe, [&](int v) {
        const StoreVariant &x = m_store.variants[size_t(v)];
        Json sort = key == "SKU" ? Json(x.sku)
            : key == "TITLE"     ? Json(x.title)
            : key == "POSITION"  ? Json(v)
                                 : Json(x.id);
        return ConnectionBuilder::Item { sort, x.id, ref("ProductVariant", { v }) };
    });
}

Json ShopifyResolvers::inventoryLevelsConnection(const Json &args, int variant, int location)
{
    std::vector<ConnectionBuilder::Item> items;
    for (size_t v = 0; v < m_store.variants.size(); ++v) {
        if (variant >= 0 && int(v) != variant)
            continue;
        for (size_t l = 0; l < m_store.locations.size(); ++l) {
            if ((location >= 0 && int(l) != location) || !m_store.inventory[v][l])
                continue;
            const qint64 id = ShopifyIds::InventoryLevel + qint64(v * m_store.locations.size() + l) + 1;
            items.push_back({ Json(id), id, ref("InventoryLevel", { int(v), int(l) }) });
        }
    }
    return page(std::move(items), args);
}

Json ShopifyResolvers::quantities(int v, int l, const Json &names)
{
    Json out = Json::array();
    const auto &level = m_store.inventory[size_t(v)][size_t(l)];
    for (const auto &n : names) {
        const std::string name = n.get<std::string>();
        if (!ShopifyStore::isQuantityName(name))
            throw GraphQLError("Invalid quantity name: " + name + ".", "BAD_REQUEST");
        const qint64 levelId
            = ShopifyIds::InventoryLevel + qint64(size_t(v) * m_store.locations.size() + size_t(l)) + 1;
        out.push_back({ { "id",
                            "gid://shopify/InventoryQuantity/" + std::to_string(levelId) + "?inventory_item_id="
                                + legacy(m_store.variants[size_t(v)].inventoryItemId) + "&name=" + name },
            { "name", name },
            { "quantity", m_store.quantity(v, l, name) },
            { "updatedAt", level ? Json(isoTime(level->updatedAtMs)) : Json() } });
    }
    return out;
}

std::optional<Json> ShopifyResolvers::objectField(const FieldContext &c)
{
    const Json &p = c.parent;
    if (!p.is_object() || !p.contains("__ref"))
        return std::nullopt;
    const std::string &type = c.parentType;
    const std::string &f = c.selection.name;
    const Json &args = c.arguments;
    const int a = refIndex(p, 0);
    const int b = refIndex(p, 1);
    // A connection over a child list: references (parent indexes..., i), cursors on the child's own id.
    auto children = [&](const char *typeName, const auto &list, std::vector<int> parent) {
        std::vector<ConnectionBuilder::Item> items;
        for (size_t i = 0; i < list.size(); ++i) {
            std::vector<int> indexes = parent;
            indexes.push_back(int(i));
            qint64 id = qint64(i) + 1;
            if constexpr (requires { list[i].id; })
                id = list[i].id;
            items.push_back({ Json(qint64(i)), id, ref(typeName, indexes) });
        }
        return page(std::move(items), args);
    };
    if (type == "ShopifyPaymentsAccount")
        return ShopifyPaymentsResolver(m_store, m_nowMs, m_unpaged, &m_searchWarnings).accountField(c);
    if (type == "Order") {
        const StoreOrder &o = m_store.orders[size_t(a)];
        if (f == "transactions") {
            const size_t limit = args.contains("first") && args["first"].is_number_integer()
                ? std::min(o.transactions.size(), size_t(std::max(0, args["first"].get<int>())))
                : o.transactions.size();
            Json out = Json::array();
            for (size_t i = 0; i < limit; ++i)
                out.push_back(ref("OrderTransaction", { a, int(i) }));
            return out;
        }
        if (f == "lineItems")
            return children("LineItem", o.lines, { a });
        if (f == "fulfillmentOrders")
            return children("FulfillmentOrder", o.fulfillmentOrders, { a });
        if (f == "returns")
            return children("Return", o.returns, { a });
        if (f == "fulfillments" || f == "refunds") {
            const size_t count = f == "refunds" ? o.refunds.size() : o.fulfillments.size();
            const size_t limit = args.contains("first") && args["first"].is_number_integer()
                ? std::min(count, size_t(std::max(0, args["first"].get<int>())))
                : count;
            Json out = Json::array();
            for (size_t i = 0; i < limit; ++i)
                out.push_back(ref(f == "refunds" ? "Refund" : "Fulfillment", { a, int(i) }));
            return out;
        }
    } else if (type == "FulfillmentOrder") {
        const StoreFulfillmentOrder &fo = m_store.orders[size_t(a)].fulfillmentOrders[size_t(b)];
        if (f == "lineItems")
            return children("FulfillmentOrderLineItem", fo.lines, { a, b });
        if (f == "fulfillments") {
            std::vector<ConnectionBuilder::Item> items;
            return page(std::move(items), args);
        }
    } else if (type == "Fulfillment") {
        const StoreFulfillment &fu = m_store.orders[size_t(a)].fulfillments[size_t(b)];
        if (f == "fulfillmentLineItems")
            return children("FulfillmentLineItem", fu.lines, { a, b });
        if (f == "trackingInfo") {
            Json out = Json::array();
            if (!fu.number.empty() || !fu.company.empty())
                out.push_back({ { "company", fu.company.empty() ? Json() : Json(fu.company) },
                    { "number", fu.number.empty() ? Json() : Json(fu.number) },
                    { "url", fu.url.empty() ? Json() : Json(fu.url) } });
            return out;
        }
    } else if (type == "Refund") {
        const StoreRefund &r = m_store.orders[size_t(a)].refunds[size_t(b)];
        if (f == "refundLineItems")
            return children("RefundLineItem", r.lines, { a, b });
    } else if (type == "Return") {
        const StoreReturn &r = m_store.orders[size_t(a)].returns[size_t(b)];
        if (f == "returnLineItems")
            return children("ReturnLineItem", r.lines, { a, b });
    } else if (type == "Product") {
        if (f == "variants")
            return variantsConnection(args, m_store.products[size_t(a)].variants);
    } else if (type == "InventoryItem") {
        if (f == "inventoryLevel") {
            const auto id = argGid(args, "locationId", "Location");
            const int l = id ? m_store.locationIndexById(*id) : -1;
            return l >= 0 && m_store.inventory[size_t(a)][size_t(l)] ? ref("InventoryLevel", { a, l }) : Json(nullptr);
        }
        if (f == "inventoryLevels")
            return inventoryLevelsConnection(args, a, -1);
    } else if (type == "Location") {
        if (f == "inventoryLevel") {
            const auto id = argGid(args, "inventoryItemId", "InventoryItem");
            const int v = id ? m_store.variantIndexByInventoryItem(*id) : -1;
            return v >= 0 && m_store.inventory[size_t(v)][size_t(a)] ? ref("InventoryLevel", { v, a }) : Json(nullptr);
        }
        if (f == "inventoryLevels")
            return inventoryLevelsConnection(args, -1, a);
    } else if (type == "InventoryLevel") {
        if (f == "quantities")
            return quantities(a, b, args.value("names", Json::array()));
    } else if (type == "Customer") {
        if (f == "orders")
            return ordersConnection(args, a);
    }
    const Json &full = materialize(p);
    return full.contains(f) ? full[f] : Json(nullptr);
}

Json ShopifyResolvers::materialize(const Json &value)
{
    const std::string key = value.dump();
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return it->second;
    const std::string type = value.value("__typename", "");
    const int a = refIndex(value, 0);
    const int b = refIndex(value, 1);
    const int c = refIndex(value, 2);
    Json out;
    if (type == "Order")
        out = order(a);
    else if (type == "LineItem")
        out = lineItem(a, b);
    else if (type == "FulfillmentOrder")
        out = fulfillmentOrder(a, b);
    else if (type == "Fulfillment")
        out = fulfillment(a, b);
    else if (type == "Refund")
        out = refund(a, b);
    else if (type == "Return")
        out = returnObject(a, b);
    else if (type == "Product")
        out = product(a);
    else if (type == "ProductVariant")
        out = variant(a);
    else if (type == "InventoryItem")
        out = inventoryItem(a);
    else if (type == "InventoryLevel")
        out = inventoryLevel(a, b);
    else if (type == "Location")
        out = location(a);
    else if (type == "Customer")
        out = customer(a);
    else if (type == "WebhookSubscription")
        out = webhookSubscription(a);
    else if (type == "OrderTransaction")
        out = orderTransaction(a, b);
    else if (type == "FulfillmentOrderLineItem") {
        const StoreOrder &o = m_store.orders[size_t(a)];
        const FulfillmentOrderLine &l = o.fulfillmentOrders[size_t(b)].lines[size_t(c)];
        const OrderLine &line = o.lines[size_t(l.line)];
        out = { { "id", ShopifyIds::gid("FulfillmentOrderLineItem", l.id) },
            { "totalQuantity", l.total },
            { "remainingQuantity", l.remaining },
            { "lineItem", ref("LineItem", { a, l.line }) },
            { "inventoryItemId",
                ShopifyIds::gid("InventoryItem", m_store.variants[size_t(line.variant)].inventoryItemId) },
            { "sku", line.sku },
            { "productTitle", line.title },
            { "variantTitle", line.variantTitle },
            { "variant", ref("ProductVariant", { line.variant }) },
            { "requiresShipping", true },
            { "originalUnitPriceSet", moneyBag(line.unitCents, o.currency) },
            { "warnings", Json::array() },
            { "financialSummaries", Json::array() } };
    } else if (type == "FulfillmentLineItem") {
        const StoreOrder &o = m_store.orders[size_t(a)];
        const FulfillmentLine &l = o.fulfillments[size_t(b)].lines[size_t(c)];
        const OrderLine &line = o.lines[size_t(l.line)];
        const qint64 total = line.unitCents * l.quantity;
        out = { { "id", ShopifyIds::gid("FulfillmentLineItem", l.id) },
            { "quantity", l.quantity },
            { "lineItem", ref("LineItem", { a, l.line }) },
            { "originalTotal", decimal(total) },
            { "originalTotalSet", moneyBag(total, o.currency) },
            { "discountedTotal", decimal(total) },
            { "discountedTotalSet", moneyBag(total, o.currency) } };
    } else if (type == "RefundLineItem") {
        const StoreOrder &o = m_store.orders[size_t(a)];
        const RefundLine &l = o.refunds[size_t(b)].lines[size_t(c)];
        const OrderLine &line = o.lines[size_t(l.line)];
        const qint64 tax = line.taxCents * l.quantity / std::max(1, line.quantity);
        out = { { "id", nullptr },
            { "lineItem", ref("LineItem", { a, l.line }) },
            { "quantity", l.quantity },
            { "restockType", l.restockType.empty() ? "NO_RESTOCK" : l.restockType },
            { "restocked", l.restockType == "RETURN" || l.restockType == "CANCEL" },
            { "location", l.location >= 0 ? ref("Location", { l.location }) : Json() },
            { "price", decimal(line.unitCents) },
            { "priceSet", moneyBag(line.unitCents, o.currency) },
            { "subtotal", decimal(l.subtotalCents) },
            { "subtotalSet", moneyBag(l.subtotalCents, o.currency) },
            { "totalTax", decimal(tax) },
            { "totalTaxSet", moneyBag(tax, o.currency) } };
    } else if (type == "ReturnLineItem") {
        const StoreOrder &o = m_store.orders[size_t(a)];
        const ReturnLine &l = o.returns[size_t(b)].lines[size_t(c)];
        const auto found = m_store.findFulfillmentLine(l.fulfillmentLineItemId);
        out = { { "id", ShopifyIds::gid("ReturnLineItem", l.id) },
            { "quantity", l.quantity },
            { "returnReasonNote", l.note },
            { "customerNote", l.note.empty() ? Json() : Json(l.note) },
            { "returnReason", "UNKNOWN" },
            { "processableQuantity", l.quantity },
            { "processedQuantity", 0 },
            { "unprocessedQuantity", l.quantity },
            { "refundableQuantity", l.quantity },
            { "refundedQuantity", 0 },
            { "fulfillmentLineItem",
                found ? ref("FulfillmentLineItem", { std::get<0>(*found), std::get<1>(*found), std::get<2>(*found) })
                      : Json() } };
    } else {
        out = Json::object();
    }
    out["__typename"] = type;
    m_cache[key] = out;
    return out;
}

Json ShopifyResolvers::webhookSubscription(int i) const
{
    const WebhookSubscriptionRecord &s = m_store.webhookSubscriptions[size_t(i)];
    return { { "id", ShopifyIds::gid("WebhookSubscription", s.id) },
        { "legacyResourceId", legacy(s.id) },
        { "topic", ShopifyStore::topicToEnum(s.topic) },
        { "uri", s.uri },
        { "callbackUrl", s.uri },
        { "endpoint", { { "__typename", "WebhookHttpEndpoint" }, { "callbackUrl", s.uri } } },
        { "format", "JSON" },
        { "filter", nullptr },
        { "name", nullptr },
        { "includeFields", Json::array() },
        { "metafieldNamespaces", Json::array() },
        { "metafields", Json::array() },
        { "apiVersion", { { "handle", "2026-10" }, { "displayName", "2026-10" }, { "supported", true } } },
        { "createdAt", isoTime(s.createdAtMs) },
        { "updatedAt", isoTime(s.createdAtMs) } };
}

Json ShopifyResolvers::shop() const
{
    return { { "id", "gid://shopify/Shop/1" },
        { "name", m_shop.name },
        { "email", m_shop.email },
        { "contactEmail", m_shop.email },
        { "myshopifyDomain", m_shop.myshopifyDomain },
        { "url", "https://" + m_shop.myshopifyDomain },
        { "currencyCode", m_store.world().currency().toStdString() },
        { "enabledPresentmentCurrencies", Json::array({ m_store.world().currency().toStdString() }) },
        { "ianaTimezone", "Etc/UTC" },
        { "timezoneAbbreviation", "UTC" },
        { "weightUnit", "GRAMS" },
        { "plan",
            { { "publicDisplayName", m_shop.planName },
                { "partnerDevelopment", false },
                { "shopifyPlus", m_shop.planName == "Shopify Plus" } } },
        { "primaryDomain",
            { { "id", "gid://shopify/Domain/1" },
                { "host", m_shop.myshopifyDomain },
                { "url", "https://" + m_shop.myshopifyDomain },
                { "sslEnabled", true } } },
        { "createdAt", "2025-01-01T00:00:00Z" } };
}

Json ShopifyResolvers::appInstallation() const
{
    Json scopes = Json::array();
    for (const QString &handle : QString::fromStdString(m_shop.accessScopes).split(u',', Qt::SkipEmptyParts))
        scopes.push_back({ { "handle", handle.trimmed().toStdString() }, { "description", "" } });
    return { { "id", "gid://shopify/AppInstallation/1" },
        { "accessScopes", scopes },
        { "launchUrl", "https://" + m_shop.myshopifyDomain + "/admin/apps/quayside" } };
}

Json ShopifyResolvers::mailingAddress(
    const WorldAddress &ad, const std::string &name, const std::string &phone, const std::string &id) const
{
    const size_t space = name.find(' ');
    return { { "id", id },
        { "name", name },
        { "firstName", name.substr(0, space) },
        { "lastName", space == std::string::npos ? Json() : Json(name.substr(space + 1)) },
        { "company", nullptr },
        { "address1", ad.line1.toStdString() },
        { "address2", "" },
        { "city", ad.city.toStdString() },
        { "province", ad.province.toStdString() },
        { "provinceCode", ad.province.toStdString() },
        { "zip", ad.zip.toStdString() },
        { "country", ad.countryCode.toStdString() },
        { "countryCode", ad.countryCode.toStdString() },
        { "countryCodeV2", ad.countryCode.toStdString() },
        { "phone", phone.empty() ? Json() : Json(phone) },
        { "formatted",
            Json::array({ ad.line1.toStdString(),
                ad.city.toStdString() + " " + ad.province.toStdString() + " " + ad.zip.toStdString(),
                ad.countryCode.toStdString() }) },
        { "coordinatesValidated", false } };
}

Json ShopifyResolvers::order(int index) const
{
    const StoreOrder &o = m_store.orders[size_t(index)];
    const std::string &cur = o.currency;
    Json taxLines = Json::array();
    if (o.taxCents() > 0 && !o.lines.empty())
        taxLines.push_back({ { "title", o.lines.front().taxTitle },
            { "rate", o.lines.front().taxRate },
            { "ratePercentage", o.lines.front().taxRate * 100 },
            { "price", decimal(o.taxCents()) },
            { "priceSet", moneyBag(o.taxCents(), cur) } });
    const qint64 outstanding
        = o.financialStatus == "PAID" || o.financialStatus == "PARTIALLY_REFUNDED" || o.financialStatus == "REFUNDED"
        ? 0
        : o.totalCents();
    Json attributes = Json::array();
    for (const auto &[key, value] : o.customAttributes)
        attributes.push_back({ { "key", key }, { "value", value } });
    return { { "id", ShopifyIds::gid("Order", o.id) },
        { "legacyResourceId", legacy(o.id) },
        { "name", o.name },
        { "email", o.email },
        { "phone", nullptr },
        { "createdAt", isoTime(o.createdAtMs) },
        { "updatedAt", isoTime(o.updatedAtMs) },
        { "processedAt", isoTime(o.processedAtMs) },
        { "taxesIncluded", o.taxesIncluded },
        { "cancelledAt", o.cancelledAtMs ? Json(isoTime(*o.cancelledAtMs)) : Json() },
        { "cancelReason", o.cancelledAtMs ? Json(o.cancelReason) : Json() },
        { "closed", o.closedAtMs.has_value() },
        { "closedAt", o.closedAtMs ? Json(isoTime(*o.closedAtMs)) : Json() },
        { "confirmed", true },
        { "test", o.test },
        { "note", o.note.empty() ? Json() : Json(o.note) },
        { "customAttributes", attributes },
        { "tags", o.tags.empty() ? Json::array() : Json::array({ o.tags }) },
        { "currencyCode", cur },
        { "presentmentCurrencyCode", cur },
        { "displayFinancialStatus", o.financialStatus },
        { "displayFulfillmentStatus", o.displayFulfillmentStatus() },
        { "returnStatus", o.returnStatus() },
        { "fullyPaid", outstanding == 0 },
        { "unpaid", outstanding != 0 },
        { "customer", o.customer >= 0 ? ref("Customer", { o.customer }) : Json() },
        { "shippingAddress",
            o.requiresShipping() ? mailingAddress(o.shippingAddress,
                o.shippingName,
                o.shippingPhone,
                "gid://shopify/MailingAddress/" + legacy(o.id) + "?model_name=Address")
                                 : Json() },
        { "billingAddress",
            mailingAddress(o.shippingAddress,
                o.shippingName,
                o.shippingPhone,
                "gid://shopify/MailingAddress/" + legacy(o.id + 1) + "?model_name=Address") },
        { "subtotalPriceSet", moneyBag(o.subtotalCents(), cur) },
        { "currentSubtotalPriceSet", moneyBag(o.subtotalCents(), cur) },
        { "totalPriceSet", moneyBag(o.totalCents(), cur) },
        { "currentTotalPriceSet", moneyBag(o.totalCents() - o.refundedCents(), cur) },
        { "totalTaxSet", moneyBag(o.taxCents(), cur) },
        { "currentTotalTaxSet", moneyBag(o.taxCents(), cur) },
        { "totalShippingPriceSet", moneyBag(o.shippingCents, cur) },
        { "totalDiscountsSet", moneyBag(o.allDiscountsCents(), cur) },
        { "totalRefundedSet", moneyBag(o.refundedCents(), cur) },
        { "totalOutstandingSet", moneyBag(outstanding, cur) },
        { "totalReceivedSet", moneyBag(o.totalCents() - outstanding, cur) },
        { "netPaymentSet", moneyBag(o.totalCents() - outstanding - o.refundedCents(), cur) },
        { "totalPrice", decimal(o.totalCents()) },
        { "taxLines", taxLines },
        { "sourceName", "web" } };
}

Json ShopifyResolvers::lineItem(int o, int l) const
{
    const StoreOrder &order = m_store.orders[size_t(o)];
    const OrderLine &line = order.lines[size_t(l)];
    const std::string &cur = order.currency;
    int unfulfilled = 0;
    for (const auto &fo : order.fulfillmentOrders)
        for (const auto &fl : fo.lines)
            if (fl.line == l)
                unfulfilled += fl.remaining;
    const int current = line.quantity - line.refundedQuantity;
    const qint64 original = line.unitCents * line.quantity;
    const qint64 discountedUnit = line.quantity ? (original - line.discountCents) / line.quantity : line.unitCents;
    Json taxLines = Json::array();
    if (line.taxCents > 0)
        taxLines.push_back({ { "title", line.taxTitle },
            { "rate", line.taxRate },
            { "ratePercentage", line.taxRate * 100 },
            { "price", decimal(line.taxCents) },
            { "priceSet", moneyBag(line.taxCents, cur) } });
    return { { "id", ShopifyIds::gid("LineItem", line.id) },
        { "sku", line.sku },
        { "name", line.title + (line.variantTitle == "Default Title" ? "" : " - " + line.variantTitle) },
        { "title", line.title },
        { "variantTitle", line.variantTitle == "Default Title" ? Json() : Json(line.variantTitle) },
        { "vendor", m_store.products[size_t(m_store.variants[size_t(line.variant)].product)].vendor },
        { "quantity", line.quantity },
        { "currentQuantity", current },
        { "refundableQuantity", current },
        { "unfulfilledQuantity", unfulfilled },
        { "fulfillableQuantity", unfulfilled },
        { "nonFulfillableQuantity", line.quantity - unfulfilled },
        { "fulfillmentStatus", unfulfilled == 0 ? "fulfilled" : "unfulfilled" },
        { "requiresShipping", true },
        { "taxable", line.taxCents > 0 },
        { "isGiftCard", false },
        { "merchantEditable", true },
        { "restockable", true },
        { "canRestock", true },
        { "variant", ref("ProductVariant", { line.variant }) },
        { "product", ref("Product", { m_store.variants[size_t(line.variant)].product }) },
        { "originalUnitPrice", decimal(line.unitCents) },
        { "originalUnitPriceSet", moneyBag(line.unitCents, cur) },
        { "discountedUnitPrice", decimal(discountedUnit) },
        { "discountedUnitPriceSet", moneyBag(discountedUnit, cur) },
        { "discountedUnitPriceAfterAllDiscountsSet", moneyBag(discountedUnit, cur) },
        { "originalTotal", decimal(original) },
        { "originalTotalSet", moneyBag(original, cur) },
        { "discountedTotal", decimal(original - line.discountCents) },
        { "discountedTotalSet", moneyBag(original - line.discountCents, cur) },
        { "totalDiscount", decimal(line.discountCents) },
        { "totalDiscountSet", moneyBag(line.discountCents, cur) },
        { "taxLines", taxLines },
        { "customAttributes", Json::array() },
        { "discountAllocations", Json::array() },
        { "duties", Json::array() } };
}

Json ShopifyResolvers::fulfillmentOrder(int o, int f) const
{
    const StoreOrder &order = m_store.orders[size_t(o)];
    const StoreFulfillmentOrder &fo = order.fulfillmentOrders[size_t(f)];
    const StoreLocation &loc = m_store.locations[size_t(fo.location)];
    Json actions = Json::array();
    if (fo.status == "OPEN" || fo.status == "IN_PROGRESS")
        for (const char *a : { "CREATE_FULFILLMENT", "REQUEST_FULFILLMENT", "HOLD", "MOVE", "SPLIT" })
            actions.push_back({ { "action", a }, { "externalUrl", nullptr } });
    return { { "id", ShopifyIds::gid("FulfillmentOrder", fo.id) },
        { "status", fo.status },
        { "requestStatus", "UNSUBMITTED" },
        { "createdAt", isoTime(fo.createdAtMs) },
        { "updatedAt", isoTime(fo.updatedAtMs) },
        { "fulfillAt", isoTime(fo.createdAtMs) },
        { "fulfillBy", nullptr },
        { "order", ref("Order", { o }) },
        { "orderId", ShopifyIds::gid("Order", order.id) },
        { "orderName", order.name },
        { "orderProcessedAt", isoTime(order.processedAtMs) },
        { "supportedActions", actions },
        { "fulfillmentHolds", Json::array() },
        { "deliveryMethod",
            { { "id", ShopifyIds::gid("DeliveryMethod", fo.id) },
                { "methodType", fo.deliveryMethod },
                { "presentedName", fo.isPickup() ? "Pickup at " + loc.name : order.shippingTitle },
                { "serviceCode", nullptr },
                { "sourceReference", nullptr },
                { "minDeliveryDateTime", nullptr },
                { "maxDeliveryDateTime", nullptr },
                { "additionalInformation", nullptr },
                { "brandedPromise", nullptr } } },
        { "assignedLocation",
            { { "location", ref("Location", { fo.location }) },
                { "name", loc.name },
                { "address1", loc.address.line1.toStdString() },
                { "address2", nullptr },
                { "city", loc.address.city.toStdString() },
                { "province", loc.address.province.toStdString() },
                { "zip", loc.address.zip.toStdString() },
                { "countryCode", loc.address.countryCode.toStdString() },
                { "phone", nullptr } } } };
}

Json ShopifyResolvers::fulfillment(int o, int f) const
{
    const StoreOrder &order = m_store.orders[size_t(o)];
    const StoreFulfillment &fu = order.fulfillments[size_t(f)];
    int total = 0;
    for (const auto &l : fu.lines)
        total += l.quantity;
    return { { "id", ShopifyIds::gid("Fulfillment", fu.id) },
        { "legacyResourceId", legacy(fu.id) },
        { "name", fu.name },
        { "status", fu.status },
        { "displayStatus",
            fu.pickedUp             ? "PICKED_UP"
                : fu.number.empty() ? "FULFILLED"
                                    : "CONFIRMED" },
        { "createdAt", isoTime(fu.createdAtMs) },
        { "updatedAt", isoTime(fu.createdAtMs) },
        { "location", ref("Location", { fu.location }) },
        { "order", ref("Order", { o }) },
        { "requiresShipping", true },
        { "totalQuantity", total } };
}

Json ShopifyResolvers::refund(int o, int r) const
{
    const StoreOrder &order = m_store.orders[size_t(o)];
    const StoreRefund &re = order.refunds[size_t(r)];
    return { { "id", ShopifyIds::gid("Refund", re.id) },
        { "legacyResourceId", legacy(re.id) },
        { "createdAt", isoTime(re.createdAtMs) },
        { "updatedAt", isoTime(re.createdAtMs) },
        { "processedAt", isoTime(re.createdAtMs) },
        { "note", re.note.empty() ? Json() : Json(re.note) },
        { "order", ref("Order", { o }) },
        { "totalRefunded", money(re.amountCents, order.currency) },
        { "totalRefundedSet", moneyBag(re.amountCents, order.currency) } };
}

Json ShopifyResolvers::orderTransaction(int o, int t) const
{
    const StoreOrder &order = m_store.orders[size_t(o)];
    const StoreOrderTransaction &x = order.transactions[size_t(t)];
    const std::string &cur = order.currency;
    Json parent = nullptr;
    for (size_t i = 0; i < order.transactions.size(); ++i)
        if (x.parentId && order.transactions[i].id == *x.parentId)
            parent = ref("OrderTransaction", { o, int(i) });
    Json fees = Json::array();
    if (x.feeCents > 0) {
        // Shopify Payments' card rate split into its rate and flat part; the `type` wording is unverified.
        char rate[16];
        std::snprintf(rate, sizeof rate, "0.%03lld", static_cast<long long>(PayoutLedger::RatePerMille));
        fees.push_back({ { "id", "gid://shopify/TransactionFee/" + legacy(x.id) },
            { "type", "payment_processing" },
            { "rate", rate },
            { "rateName", nullptr },
            { "flatFeeName", nullptr },
            { "amount", money(x.feeCents, cur) },
            { "flatFee", money(PayoutLedger::FlatFeeCents, cur) },
            { "taxAmount", money(0, cur) } });
    }
    const bool shopifyPayments = x.gateway == "shopify_payments";
    return { { "id", ShopifyIds::gid("OrderTransaction", x.id) },
        { "kind", x.kind },
        { "status", "SUCCESS" },
        { "gateway", x.gateway },
        { "formattedGateway", shopifyPayments ? "Shopify Payments" : "Manual" },
        { "manualPaymentGateway", !shopifyPayments },
        { "manuallyCapturable", false },
        { "multiCapturable", false },
        { "test", order.test },
        { "amountSet", moneyBag(x.amountCents, cur) },
        { "amountV2", money(x.amountCents, cur) },
        { "amount", decimal(x.amountCents) },
        { "fees", fees },
        { "parentTransaction", parent },
        { "order", ref("Order", { o }) },
        { "createdAt", isoTime(x.processedAtMs) },
        { "processedAt", isoTime(x.processedAtMs) },
        { "settlementCurrency", shopifyPayments ? Json(m_store.payoutLedger.currency()) : Json() },
        { "errorCode", nullptr },
        { "receiptJson", nullptr } };
}

Json ShopifyResolvers::returnObject(int o, int r) const
{
    const StoreReturn &re = m_store.orders[size_t(o)].returns[size_t(r)];
    int total = 0;
    for (const auto &l : re.lines)
        total += l.quantity;
    return { { "id", ShopifyIds::gid("Return", re.id) },
        { "name", re.name },
        { "status", re.status },
        { "createdAt", isoTime(re.createdAtMs) },
        { "requestApprovedAt", re.status == "OPEN" ? Json(isoTime(re.createdAtMs)) : Json() },
        { "closedAt", nullptr },
        { "order", ref("Order", { o }) },
        { "totalQuantity", total },
        { "returnShippingFees", Json::array() } };
}

Json ShopifyResolvers::product(int p) const
{
    const StoreProduct &pr = m_store.products[size_t(p)];
    int total = 0;
    for (int v : pr.variants)
        for (size_t l = 0; l < m_store.locations.size(); ++l)
            total += m_store.quantity(v, int(l), "available");
    return { { "id", ShopifyIds::gid("Product", pr.id) },
        { "legacyResourceId", legacy(pr.id) },
        { "title", pr.title },
        { "handle", pr.handle },
        { "vendor", pr.vendor },
        { "productType", pr.productType },
        { "status", "ACTIVE" },
        { "tags", Json::array() },
        { "createdAt", isoTime(pr.createdAtMs) },
        { "updatedAt", isoTime(pr.updatedAtMs) },
        { "publishedAt", isoTime(pr.createdAtMs) },
        { "totalInventory", total },
        { "tracksInventory", true },
        { "hasOnlyDefaultVariant", pr.variants.size() == 1 },
        { "hasOutOfStockVariants", false },
        { "isGiftCard", false },
        { "description", "" },
        { "descriptionHtml", "" },
        { "variantsCount", { { "count", int(pr.variants.size()) }, { "precision", "EXACT" } } } };
}

Json ShopifyResolvers::variant(int v) const
{
    const StoreVariant &x = m_store.variants[size_t(v)];
    const StoreProduct &pr = m_store.products[size_t(x.product)];
    int available = 0;
    for (size_t l = 0; l < m_store.locations.size(); ++l)
        available += m_store.quantity(v, int(l), "available");
    const auto pos = std::find(pr.variants.begin(), pr.variants.end(), v) - pr.variants.begin();
    return { { "id", ShopifyIds::gid("ProductVariant", x.id) },
        { "legacyResourceId", legacy(x.id) },
        { "sku", x.sku },
        { "barcode", x.barcode },
        { "title", x.title },
        { "displayName", pr.title + " - " + x.title },
        { "price", decimal(x.priceCents) },
        { "compareAtPrice", nullptr },
        { "position", int(pos) + 1 },
        { "inventoryQuantity", available },
        { "sellableOnlineQuantity", available },
        { "availableForSale", available > 0 },
        { "inventoryPolicy", "DENY" },
        { "taxable", true },
        { "createdAt", isoTime(x.createdAtMs) },
        { "updatedAt", isoTime(x.updatedAtMs) },
        { "product", ref("Product", { x.product }) },
        { "inventoryItem", ref("InventoryItem", { v }) },
        { "selectedOptions", Json::array() } };
}

Json ShopifyResolvers::inventoryItem(int v) const
{
    const StoreVariant &x = m_store.variants[size_t(v)];
    int stocked = 0;
    for (size_t l = 0; l < m_store.locations.size(); ++l)
        stocked += m_store.inventory[size_t(v)][l] ? 1 : 0;
    return { { "id", ShopifyIds::gid("InventoryItem", x.inventoryItemId) },
        { "legacyResourceId", legacy(x.inventoryItemId) },
        { "sku", x.sku },
        { "tracked", true },
        { "requiresShipping", true },
        { "duplicateSkuCount", 0 },
        { "createdAt", isoTime(x.createdAtMs) },
        { "updatedAt", isoTime(x.updatedAtMs) },
        { "variant", ref("ProductVariant", { v }) },
        { "unitCost", money(x.costCents, m_store.world().currency().toStdString()) },
        { "countryCodeOfOrigin", nullptr },
        { "harmonizedSystemCode", nullptr },
        { "locationsCount", { { "count", stocked }, { "precision", "EXACT" } } },
        { "measurement",
            { { "id", "gid://shopify/InventoryItemMeasurement/" + legacy(x.inventoryItemId) },
                { "weight", { { "unit", "GRAMS" }, { "value", double(x.grams) } } } } } };
}

Json ShopifyResolvers::inventoryLevel(int v, int l) const
{
    const qint64 id = ShopifyIds::InventoryLevel + qint64(size_t(v) * m_store.locations.size() + size_t(l)) + 1;
    const auto &level = m_store.inventory[size_t(v)][size_t(l)];
    return { { "id",
                 "gid://shopify/InventoryLevel/" + legacy(id)
                     + "?inventory_item_id=" + legacy(m_store.variants[size_t(v)].inventoryItemId) },
        { "item", ref("InventoryItem", { v }) },
        { "location", ref("Location", { l }) },
        { "isActive", true },
        { "canDeactivate", true },
        { "deactivationAlert", nullptr },
        { "createdAt", isoTime(m_store.variants[size_t(v)].createdAtMs) },
        { "updatedAt", isoTime(level ? level->updatedAtMs : 0) } };
}

Json ShopifyResolvers::location(int l) const
{
    const StoreLocation &loc = m_store.locations[size_t(l)];
    const WorldAddress &ad = loc.address;
    return { { "id", ShopifyIds::gid("Location", loc.id) },
        { "legacyResourceId", legacy(loc.id) },
        { "name", loc.name },
        { "isActive", true },
        { "isPrimary", l == 0 },
        { "activatable", false },
        { "deactivatable", l != 0 },
        { "deletable", false },
        { "addressVerified", true },
        { "fulfillsOnlineOrders", true },
        { "hasActiveInventory", true },
        { "hasUnfulfilledOrders", false },
        { "isFulfillmentService", false },
        { "shipsInventory", true },
        { "localPickupSettingsV2",
            loc.localPickup ? Json { { "pickupTime", "TWO_HOURS" }, { "instructions", "Ask at the counter." } }
                            : Json() },
        { "createdAt", "2025-01-01T00:00:00Z" },
        { "updatedAt", "2025-01-01T00:00:00Z" },
        { "deactivatedAt", nullptr },
        { "address",
            { { "address1", ad.line1.toStdString() },
                { "address2", nullptr },
                { "city", ad.city.toStdString() },
                { "province", ad.province.toStdString() },
                { "provinceCode", ad.province.toStdString() },
                { "zip", ad.zip.toStdString() },
                { "country", ad.countryCode.toStdString() },
                { "countryCode", ad.countryCode.toStdString() },
                { "phone", nullptr },
                { "formatted",
                    Json::array({ ad.line1.toStdString(),
                        ad.city.toStdString() + " " + ad.province.toStdString() + " " + ad.zip.toStdString() }) } } } };
}

Json ShopifyResolvers::customer(int i) const
{
    const StoreCustomer &cu = m_store.customers[size_t(i)];
    int orders = 0;
    qint64 spent = 0;
    for (const auto &o : m_store.orders)
        if (o.customer == i) {
            ++orders;
            spent += o.totalCents() - o.refundedCents();
        }
    return { { "id", ShopifyIds::gid("Customer", cu.id) },
        { "legacyResourceId", legacy(cu.id) },
        { "firstName", cu.firstName },
        { "lastName", cu.lastName },
        { "displayName", cu.firstName + " " + cu.lastName },
        { "email", cu.email },
        { "phone", cu.phone },
        { "defaultEmailAddress", { { "emailAddress", cu.email }, { "marketingState", "NOT_SUBSCRIBED" } } },
        { "defaultPhoneNumber", { { "phoneNumber", cu.phone }, { "marketingState", "NOT_SUBSCRIBED" } } },
        { "defaultAddress",
            mailingAddress(cu.address,
                cu.firstName + " " + cu.lastName,
                cu.phone,
                "gid://shopify/MailingAddress/" + legacy(cu.id) + "?model_name=CustomerAddress") },
        { "addresses", Json::array() },
        { "numberOfOrders", std::to_string(orders) },
        { "amountSpent", money(spent, m_store.world().currency().toStdString()) },
        { "state", "ENABLED" },
        { "tags", Json::array() },
        { "taxExempt", false },
        { "verifiedEmail", true },
        { "validEmailAddress", true },
        { "locale", "en" },
        { "createdAt", isoTime(cu.createdAtMs) },
        { "updatedAt", isoTime(cu.updatedAtMs) } };
}

} // namespace Quayside::Sandbox
