#include "sandbox/shopify/shopifymutations.h"

#include "sandbox/shopify/bulkoperations.h"
#include "sandbox/shopify/shopifyjson.h"

#include <QUrl>

#include <algorithm>
#include <set>

namespace Quayside::Sandbox {

using namespace ShopifyJson;
using GraphQL::FieldContext;
using GraphQL::GraphQLError;
using GraphQL::Json;

namespace {
const std::set<std::string> &idempotentMutations()
{
    static const std::set<std::string> names { "inventorySetQuantities", "inventoryAdjustQuantities", "refundCreate" };
    return names;
}

// Reasons confirmed in shopify.md §3.3 plus the further documented ones (some unverified there).
const std::set<std::string> &inventoryReasons()
{
    static const std::set<std::string> reasons { "correction",
        "cycle_count_available",
        "damaged",
        "movement_created",
        "movement_updated",
        "movement_received",
        "movement_canceled",
        "other",
        "promotion",
        "quality_control",
        "received",
        "reservation_created",
        "reservation_deleted",
        "reservation_updated",
        "restock",
        "safety_stock",
        "shrinkage" };
    return reasons;
}

Json errorsJson(const std::vector<ShopifyUserError> &errors, bool typed)
{
    Json out = Json::array();
    for (const auto &e : errors) {
        Json j = Json::object();
        if (typed)
            j["code"] = e.code.empty() ? Json() : Json(e.code);
        j["field"] = e.field.empty() ? Json() : Json(e.field);
        j["message"] = e.message;
        out.push_back(j);
    }
    return out;
}

std::string str(const Json &j, const char *key)
{
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}
} // namespace

ShopifyMutations::ShopifyMutations(
    ShopifyStore &store, IdempotencyStore &idempotency, std::string apiVersion, qint64 nowMs, BulkOperations *bulk)
    : m_store(store)
    , m_idempotency(idempotency)
    , m_apiVersion(std::move(apiVersion))
    , m_nowMs(nowMs)
    , m_bulk(bulk)
{ }

Json ShopifyMutations::failure(const std::string &mutation, const std::vector<ShopifyUserError> &errors)
{
    if (mutation == "inventorySetQuantities" || mutation == "inventoryAdjustQuantities")
        return { { "inventoryAdjustmentGroup", nullptr }, { "userErrors", errorsJson(errors, true) } };
    if (mutation == "refundCreate")
        return { { "refund", nullptr }, { "order", nullptr }, { "userErrors", errorsJson(errors, false) } };
    if (mutation == "fulfillmentCreate")
        return { { "fulfillment", nullptr }, { "userErrors", errorsJson(errors, false) } };
    if (mutation == "orderCancel")
        return { { "job", nullptr },
            { "orderCancelUserErrors", errorsJson(errors, true) },
            { "userErrors", errorsJson(errors, false) } };
    if (mutation == "webhookSubscriptionCreate")
        return { { "webhookSubscription", nullptr }, { "userErrors", errorsJson(errors, false) } };
    if (mutation == "webhookSubscriptionDelete")
        return { { "deletedWebhookSubscriptionId", nullptr }, { "userErrors", errorsJson(errors, false) } };
    if (mutation == "bulkOperationRunQuery")
        return { { "bulkOperation", nullptr }, { "userErrors", errorsJson(errors, true) } };
    if (mutation == "productUpdate")
        return { { "product", nullptr }, { "userErrors", errorsJson(errors, false) } };
    if (mutation == "productVariantsBulkUpdate")
        return { { "product", nullptr }, { "productVariants", nullptr }, { "userErrors", errorsJson(errors, true) } };
    return { { "return", nullptr }, { "userErrors", errorsJson(errors, true) } };
}

std::optional<Json> ShopifyMutations::resolve(const FieldContext &c)
{
    const std::string &name = c.selection.name;
    static const std::set<std::string> supported { "inventorySetQuantities",
        "webhookSubscriptionCreate",
        "webhookSubscriptionDelete",
        "bulkOperationRunQuery",
        "inventoryAdjustQuantities",
        "fulfillmentCreate",
        "fulfillmentOrderLineItemsPreparedForPickup",
        "refundCreate",
        "orderCancel",
        "productUpdate",
        "productVariantsBulkUpdate",
        "returnCreate",
        "returnRequest" };
    if (!supported.count(name))
        throw GraphQLError("The sandbox does not emulate the mutation '" + name + "'.", "NOT_IMPLEMENTED");
    const bool hasKey = c.directives.contains("idempotent");
    const bool capable = idempotentMutations().count(name) > 0;
    if (hasKey && !capable)
        throw GraphQLError("The @idempotent directive is not supported on the field '" + name + "'.", "BAD_REQUEST");
    if (!hasKey) {
        if (capable && versionAtLeast("2026-04"))
            throw GraphQLError("The @idempotent directive is required for this mutation.", "BAD_REQUEST");
        return run(name, c.arguments);
    }
    const Json keyValue = c.directives["idempotent"].value("key", Json());
    std::string key = keyValue.is_string() ? keyValue.get<std::string>() : std::string();
    if (key.find_first_not_of(" \t\r\n") == std::string::npos)
        throw GraphQLError("The idempotency key cannot be an empty string or whitespace only.", "BAD_REQUEST");
    const std::string fingerprint = c.arguments.dump();
    const IdempotencyStore::Lookup seen = m_idempotency.find(name, key, fingerprint, m_nowMs);
    if (seen.outcome == IdempotencyStore::Outcome::Replay)
        return seen.result;
    if (seen.outcome == IdempotencyStore::Outcome::Mismatch)
        return failure(name,
            { { {},
                "The same idempotency key was used with different parameters.",
                "IDEMPOTENCY_KEY_PARAMETER_MISMATCH" } });
    Json result = run(name, c.arguments);
    m_idempotency.remember(name, key, fingerprint, result, m_nowMs);
    return result;
}

Json ShopifyMutations::run(const std::string &name, const Json &args)
{
    if (name == "inventorySetQuantities")
        return inventorySetQuantities(args.value("input", Json::object()));
    if (name == "inventoryAdjustQuantities")
        return inventoryAdjustQuantities(args.value("input", Json::object()));
    if (name == "fulfillmentCreate")
        return fulfillmentCreate(args.value("fulfillment", Json::object()));
    if (name == "fulfillmentOrderLineItemsPreparedForPickup")
        return preparedForPickup(args.value("input", Json::object()));
    if (name == "refundCreate")
        return refundCreate(args.value("input", Json::object()));
    if (name == "orderCancel")
        return orderCancel(args);
    if (name == "webhookSubscriptionCreate")
        return webhookSubscriptionCreate(args);
    if (name == "webhookSubscriptionDelete")
        return webhookSubscriptionDelete(str(args, "id"));
    if (name == "bulkOperationRunQuery" && m_bulk)
        return m_bulk->run(str(args, "query"), m_nowMs);
    if (name == "bulkOperationRunQuery")
        throw GraphQLError("Bulk operations are unavailable.", "INTERNAL_SERVER_ERROR");
    if (name == "productUpdate")
        return productUpdate(args);
    if (name == "productVariantsBulkUpdate")
        return productVariantsBulkUpdate(args);
    if (name == "returnCreate")
        return returnCreate(args.value("returnInput", Json::object()), false);
    return returnCreate(args.value("input", Json::object()), true);
}

std::optional<std::pair<int, int>> ShopifyMutations::inventoryTarget(
    const Json &entry, std::vector<std::string> path, std::vector<ShopifyUserError> &errors) const
{
    const auto itemId = ShopifyIds::parseGid(str(entry, "inventoryItemId"), "InventoryItem");
    const auto locationId = ShopifyIds::parseGid(str(entry, "locationId"), "Location");
    const int v = itemId ? m_store.variantIndexByInventoryItem(*itemId) : -1;
    const int l = locationId ? m_store.locationIndexById(*locationId) : -1;
    auto fail = [&](const char *field, const char *message, const char *code) {
        std::vector<std::string> at = path;
        at.push_back(field);
        errors.push_back({ at, message, code });
        return std::nullopt;
    };
    if (v < 0)
        return fail("inventoryItemId", "The specified inventory item could not be found.", "INVALID_INVENTORY_ITEM");
    if (l < 0)
        return fail("locationId", "The specified location could not be found.", "INVALID_LOCATION");
    if (!m_store.inventory[size_t(v)][size_t(l)])
        return fail("locationId",
            "The specified inventory item is not stocked at the location.",
            "ITEM_NOT_STOCKED_AT_LOCATION");
    return std::make_pair(v, l);
}

Json ShopifyMutations::adjustmentGroup(const std::string &reason, const std::string &reference, const Json &changes)
{
    const Json group = { { "__typename", "InventoryAdjustmentGroup" },
        { "id", ShopifyIds::gid("InventoryAdjustmentGroup", m_store.nextAdjustmentGroupId()) },
        { "createdAt", isoTime(m_nowMs) },
        { "reason", reason },
        { "referenceDocumentUri", reference.empty() ? Json() : Json(reference) },
        { "changes", changes } };
    return { { "inventoryAdjustmentGroup", group }, { "userErrors", Json::array() } };
}

Json ShopifyMutations::inventorySetQuantities(const Json &input)
{
    std::vector<ShopifyUserError> errors;
    const std::string name = str(input, "name");
    const std::string reason = str(input, "reason");
    if (name != "available" && name != "on_hand")
        errors.push_back(
            { { "input", "name" }, "The quantity name must be either 'available' or 'on_hand'.", "INVALID_NAME" });
    if (!inventoryReasons().count(reason))
        errors.push_back({ { "input", "reason" }, "The reason is invalid.", "INVALID_REASON" });
    const std::string reference = str(input, "referenceDocumentUri");
    if (input.contains("referenceDocumentUri") && !input["referenceDocumentUri"].is_null()
        && reference.find(':') == std::string::npos)
        errors.push_back({ { "input", "referenceDocumentUri" },
            "The reference document URI is invalid.",
            "INVALID_REFERENCE_DOCUMENT" });
    struct Planned
    {
        int variant, location, quantity;
    };
    std::vector<Planned> planned;
    std::set<std::pair<int, int>> seen;
    const Json quantities = input.value("quantities", Json::array());
    for (size_t i = 0; i < quantities.size(); ++i) {
        const Json &q = quantities[i];
        const std::string at = std::to_string(i);
        const auto target = inventoryTarget(q, { "input", "quantities", at }, errors);
        if (!target)
            continue;
        const auto [v, l] = *target;
        const int quantity = q.value("quantity", 0);
        if (!seen.insert({ v, l }).second) {
            errors.push_back({ { "input", "quantities", at },
                "The combination of inventoryItemId and locationId must be unique.",
                "NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR" });
            continue;
        }
        if (quantity > 1'000'000'000)
            errors.push_back({ { "input", "quantities", at, "quantity" },
                "The quantity can't be higher than 1,000,000,000.",
                "INVALID_QUANTITY_TOO_HIGH" });
        else if (quantity < -1'000'000'000)
            errors.push_back({ { "input", "quantities", at, "quantity" },
                "The quantity can't be lower than -1,000,000,000.",
                "INVALID_QUANTITY_TOO_LOW" });
        if (!q.contains("changeFromQuantity") && versionAtLeast("2026-04")) {
            // Shopify requires the key explicitly (null skips the check); the exact wording is unverified.
            errors.push_back({ { "input", "quantities", at, "changeFromQuantity" },
                "changeFromQuantity must be specified explicitly; pass null to skip the check.",
                "" });
            continue;
        }
        if (q.contains("changeFromQuantity") && q["changeFromQuantity"].is_number_integer() && name != ""
            && q["changeFromQuantity"].get<int>()
                != m_store.quantity(v, l, name == "on_hand" ? "on_hand" : "available")) {
            errors.push_back({ { "input", "quantities", at, "changeFromQuantity" },
                "The specified compare quantity is stale.",
                "CHANGE_FROM_QUANTITY_STALE" });
            continue;
        }
        planned.push_back({ v, l, quantity });
    }
    if (!errors.empty())
        return failure("inventorySetQuantities", errors);
    Json changes = Json::array();
    for (const auto &p : planned) {
        const int delta = p.quantity - m_store.quantity(p.variant, p.location, name);
        m_store.adjust(p.variant, p.location, name, delta, m_nowMs);
        const Json item = ref("InventoryItem", { p.variant });
        const Json location = ref("Location", { p.location });
        for (const char *n : { "available", "on_hand" })
            changes.push_back({ { "name", n },
                { "delta", delta },
                { "quantityAfterChange", m_store.quantity(p.variant, p.location, n) },
                { "item", item },
                { "location", location },
                { "ledgerDocumentUri", nullptr } });
        if (delta != 0)
            m_store.inventoryChanged(p.variant, p.location);
    }
    return adjustmentGroup(reason, reference, changes);
}

Json ShopifyMutations::inventoryAdjustQuantities(const Json &input)
{
    std::vector<ShopifyUserError> errors;
    const std::string name = str(input, "name");
    const std::string reason = str(input, "reason");
    if (!ShopifyStore::isQuantityName(name) || name == "on_hand")
        errors.push_back({ { "input", "name" }, "The quantity name is invalid.", "INVALID_QUANTITY_NAME" });
    if (!inventoryReasons().count(reason))
        errors.push_back({ { "input", "reason" }, "The reason is invalid.", "INVALID_REASON" });
    const std::string reference = str(input, "referenceDocumentUri");
    struct Planned
    {
        int variant, location, delta;
        std::string ledger;
    };
    std::vector<Planned> planned;
    const Json list = input.value("changes", Json::array());
    for (size_t i = 0; i < list.size(); ++i) {
        const Json &ch = list[i];
        const std::string at = std::to_string(i);
        const auto target = inventoryTarget(ch, { "input", "changes", at }, errors);
        if (!target)
            continue;
        const auto [v, l] = *target;
        const int delta = ch.value("delta", 0);
        const std::string ledger = str(ch, "ledgerDocumentUri");
        if (name == "available" && !ledger.empty()) {
            errors.push_back({ { "input", "changes", at, "ledgerDocumentUri" },
                "A ledger document URI is not allowed when adjusting available.",
                "INVALID_AVAILABLE_DOCUMENT" });
            continue;
        }
        if (name != "available" && ledger.empty()) {
            errors.push_back({ { "input", "changes", at, "ledgerDocumentUri" },
                "A ledger document URI is required except when adjusting available.",
                "INVALID_QUANTITY_DOCUMENT" });
            continue;
        }
        if (ledger.rfind("gid://shopify/", 0) == 0) {
            errors.push_back({ { "input", "changes", at, "ledgerDocumentUri" },
                "The ledger document URI cannot be a Shopify resource.",
                "INTERNAL_LEDGER_DOCUMENT" });
            continue;
        }
        const long long after = (long long)m_store.quantity(v, l, name) + delta;
        if (after > 2'000'000'000LL) {
            errors.push_back({ { "input", "changes", at, "delta" },
                "The quantity can't be higher than 2,000,000,000.",
                "INVALID_QUANTITY_TOO_HIGH" });
            continue;
        }
        if (after < -2'000'000'000LL) {
            errors.push_back({ { "input", "changes", at, "delta" },
                "The quantity can't be lower than -2,000,000,000.",
                "INVALID_QUANTITY_TOO_LOW" });
            continue;
        }
        if (!ch.contains("changeFromQuantity") && versionAtLeast("2026-04")) {
            errors.push_back({ { "input", "changes", at, "changeFromQuantity" },
                "changeFromQuantity must be specified explicitly; pass null to skip the check.",
                "" });
            continue;
        }
        if (ch.contains("changeFromQuantity") && ch["changeFromQuantity"].is_number_integer()
            && ch["changeFromQuantity"].get<int>() != m_store.quantity(v, l, name)) {
            errors.push_back({ { "input", "changes", at, "changeFromQuantity" },
                "The specified compare quantity is stale.",
                "CHANGE_FROM_QUANTITY_STALE" });
            continue;
        }
        planned.push_back({ v, l, delta, ledger });
    }
    if (!errors.empty())
        return failure("inventoryAdjustQuantities", errors);
    Json changes = Json::array();
    for (const auto &p : planned) {
        m_store.adjust(p.variant, p.location, name, p.delta, m_nowMs);
        const Json item = ref("InventoryItem", { p.variant });
        const Json location = ref("Location", { p.location });
        changes.push_back({ { "name", name },
            { "delta", p.delta },
            { "quantityAfterChange", m_store.quantity(p.variant, p.location, name) },
            { "item", item },
            { "location", location },
            { "ledgerDocumentUri", p.ledger.empty() ? Json() : Json(p.ledger) } });
        if (name != "incoming")
            changes.push_back({ { "name", "on_hand" },
                { "delta", p.delta },
                { "quantityAfterChange", m_store.quantity(p.variant, p.location, "on_hand") },
                { "item", item },
                { "location", location },
                { "ledgerDocumentUri", nullptr } });
        m_store.inventoryChanged(p.variant, p.location);
    }
    return adjustmentGroup(reason, reference, changes);
}

Json ShopifyMutations::fulfillmentCreate(const Json &input)
{
    std::vector<ShopifyStore::FulfillRequest> requests;
    std::vector<ShopifyUserError> errors;
    const Json byOrder = input.value("lineItemsByFulfillmentOrder", Json::array());
    for (size_t i = 0; i < byOrder.size(); ++i) {
        ShopifyStore::FulfillRequest request;
        const auto id = ShopifyIds::parseGid(str(byOrder[i], "fulfillmentOrderId"), "FulfillmentOrder");
        request.fulfillmentOrderId = id.value_or(-1);
        const Json lines = byOrder[i].value("fulfillmentOrderLineItems", Json::array());
        for (const auto &l : lines.is_array() ? lines : Json::array()) {
            const auto lineId = ShopifyIds::parseGid(str(l, "id"), "FulfillmentOrderLineItem");
            request.lines.emplace_back(lineId.value_or(-1), l.value("quantity", 0));
        }
        requests.push_back(std::move(request));
    }
    const Json tracking = input.value("trackingInfo", Json::object());
    auto firstOf = [&](const char *single, const char *plural) {
        std::string v = tracking.is_object() ? str(tracking, single) : std::string();
        if (v.empty() && tracking.is_object() && tracking.contains(plural) && tracking[plural].is_array()
            && !tracking[plural].empty() && tracking[plural][0].is_string())
            v = tracking[plural][0].get<std::string>();
        return v;
    };
    const auto result = m_store.createFulfillment(
        requests, firstOf("company", "companies"), firstOf("number", "numbers"), firstOf("url", "urls"), m_nowMs);
    if (const auto *failed = std::get_if<std::vector<ShopifyUserError>>(&result))
        return failure("fulfillmentCreate", *failed);
    const auto [o, f] = std::get<std::pair<int, int>>(result);
    return { { "fulfillment", ref("Fulfillment", { o, f }) }, { "userErrors", Json::array() } };
}

Json ShopifyMutations::preparedForPickup(const Json &input)
{
    std::vector<qint64> ids;
    const Json byOrder = input.value("lineItemsByFulfillmentOrder", Json::array());
    for (const auto &entry : byOrder.is_array() ? byOrder : Json::array())
        ids.push_back(ShopifyIds::parseGid(str(entry, "fulfillmentOrderId"), "FulfillmentOrder").value_or(-1));
    return { { "userErrors", errorsJson(m_store.prepareForPickup(ids, m_nowMs), true) } };
}

Json ShopifyMutations::productUpdate(const Json &args)
{
    // 2024-10 moved the input from `input: ProductInput` to `product: ProductUpdateInput`; both still work.
    const Json input = args.contains("product") && args["product"].is_object() ? args["product"]
                                                                               : args.value("input", Json::object());
    const auto id = ShopifyIds::parseGid(str(input, "id"), "Product");
    const int p = id ? m_store.productIndexById(*id) : -1;
    if (p < 0)
        return failure("productUpdate", { { { "id" }, "Product does not exist", "" } });
    StoreProduct &product = m_store.products[size_t(p)];
    if (input.contains("title")) {
        const std::string title = str(input, "title");
        if (title.find_first_not_of(" \t\r\n") == std::string::npos)
            return failure("productUpdate", { { { "title" }, "Title can't be blank", "" } });
        if (title.size() > 255)
            return failure("productUpdate", { { { "title" }, "Title is too long (maximum is 255 characters)", "" } });
        product.title = title;
    }
    for (const char *field : { "vendor", "productType" })
        if (input.contains(field) && input[field].is_string())
            (std::string(field) == "vendor" ? product.vendor : product.productType) = input[field].get<std::string>();
    product.updatedAtMs = m_nowMs;
    return { { "product", ref("Product", { p }) }, { "userErrors", Json::array() } };
}

Json ShopifyMutations::productVariantsBulkUpdate(const Json &args)
{
    const auto productId = ShopifyIds::parseGid(str(args, "productId"), "Product");
    const int p = productId ? m_store.productIndexById(*productId) : -1;
    if (p < 0)
        return failure(
            "productVariantsBulkUpdate", { { { "productId" }, "Product does not exist", "PRODUCT_DOES_NOT_EXIST" } });
    const Json variants = args.value("variants", Json::array());
    const bool partial = args.value("allowPartialUpdates", false) == true;
    std::vector<ShopifyUserError> errors;
    std::vector<std::pair<int, qint64>> changes; // variant index, new price in cents (-1: unchanged)
    for (size_t i = 0; i < (variants.is_array() ? variants.size() : 0); ++i) {
        const std::string at = std::to_string(i);
        const Json &entry = variants[i];
        if (!entry.contains("id") || !entry["id"].is_string()) {
            errors.push_back(
                { { "variants", at, "id" }, "Product variant id is missing", "PRODUCT_VARIANT_ID_MISSING" });
            continue;
        }
        const auto variantId = ShopifyIds::parseGid(str(entry, "id"), "ProductVariant");
        const int v = variantId ? m_store.variantIndexById(*variantId) : -1;
        if (v < 0 || m_store.variants[size_t(v)].product != p) {
            errors.push_back(
                { { "variants", at, "id" }, "Product variant does not exist", "PRODUCT_VARIANT_DOES_NOT_EXIST" });
            continue;
        }
        qint64 price = -1;
        if (entry.contains("price")) {
            const auto parsed = cents(entry["price"]);
            if (!parsed) {
                errors.push_back({ { "variants", at, "price" }, "Price is invalid", "INVALID_INPUT" });
                continue;
            }
            if (*parsed < 0) {
                errors.push_back({ { "variants", at, "price" },
                    "Price must be greater than or equal to 0",
                    "NEGATIVE_PRICE_VALUE" });
                continue;
            }
            price = *parsed;
        }
        changes.emplace_back(v, price);
    }
    // Without allowPartialUpdates one bad entry rejects the whole call.
    if (!errors.empty() && !partial)
        return failure("productVariantsBulkUpdate", errors);
    std::vector<int> updated;
    for (const auto &[v, price] : changes) {
        StoreVariant &variant = m_store.variants[size_t(v)];
        if (price >= 0)
            variant.priceCents = price;
        variant.updatedAtMs = m_nowMs;
        updated.push_back(v);
    }
    m_store.products[size_t(p)].updatedAtMs = m_nowMs;
    Json list = Json::array();
    for (int v : updated)
        list.push_back(ref("ProductVariant", { v }));
    return {
        { "product", ref("Product", { p }) }, { "productVariants", list }, { "userErrors", errorsJson(errors, true) }
    };
}

Json ShopifyMutations::refundCreate(const Json &input)
{
    ShopifyStore::RefundRequest request;
    const auto orderId = ShopifyIds::parseGid(str(input, "orderId"), "Order");
    request.order = orderId ? m_store.orderIndexById(*orderId) : -1;
    request.note = str(input, "note");
    if (request.order < 0)
        return failure("refundCreate", { { { "orderId" }, "Order does not exist", "" } });
    const StoreOrder &order = m_store.orders[size_t(request.order)];
    std::vector<ShopifyUserError> errors;
    const Json lines = input.value("refundLineItems", Json::array());
    for (size_t i = 0; i < (lines.is_array() ? lines.size() : 0); ++i) {
        const auto lineId = ShopifyIds::parseGid(str(lines[i], "lineItemId"), "LineItem");
        RefundLine line;
        line.line = -1;
        for (size_t l = 0; l < order.lines.size(); ++l)
            if (lineId && order.lines[l].id == *lineId)
                line.line = int(l);
        line.quantity = lines[i].value("quantity", 0);
        line.restockType = lines[i].contains("restockType") && lines[i]["restockType"].is_string()
            ? lines[i]["restockType"].get<std::string>()
            : "NO_RESTOCK";
        if (lines[i].contains("locationId") && lines[i]["locationId"].is_string()) {
            const auto loc = ShopifyIds::parseGid(lines[i]["locationId"].get<std::string>(), "Location");
            line.location = loc ? m_store.locationIndexById(*loc) : -1;
            if (line.location < 0)
                errors.push_back(
                    { { "refundLineItems", std::to_string(i), "locationId" }, "Location does not exist", "" });
        }
        request.lines.push_back(line);
    }
    qint64 amount = 0;
    const Json transactions = input.value("transactions", Json::array());
    for (size_t i = 0; i < (transactions.is_array() ? transactions.size() : 0); ++i) {
        const auto value = cents(transactions[i].value("amount", Json()));
        if (!value || *value < 0)
            errors.push_back({ { "transactions", std::to_string(i), "amount" }, "Amount is invalid", "" });
        else
            amount += *value;
    }
    if (!errors.empty())
        return failure("refundCreate", errors);
    // Without transactions Shopify records the refund (and restocks) but moves no money.
    request.transactionCents = amount;
    const auto result = m_store.createRefund(request, m_nowMs);
    if (const auto *failed = std::get_if<std::vector<ShopifyUserError>>(&result))
        return failure("refundCreate", *failed);
    return { { "refund", ref("Refund", { request.order, std::get<int>(result) }) },
        { "order", ref("Order", { request.order }) },
        { "userErrors", Json::array() } };
}

Json ShopifyMutations::webhookSubscriptionCreate(const Json &args)
{
    const Json input = args.value("webhookSubscription", Json::object());
    std::string uri = str(input, "uri");
    if (uri.empty())
        uri = str(input, "callbackUrl");
    const QUrl url(QString::fromStdString(uri), QUrl::StrictMode);
    const bool http = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
    if (!http) // pubsub:// and arn: endpoints are not emulated
        return failure(
            "webhookSubscriptionCreate", { { { "webhookSubscription", "callbackUrl" }, "Address is invalid", "" } });
    const int index = m_store.subscribe(ShopifyStore::topicFromEnum(str(args, "topic")), uri, m_nowMs);
    if (index < 0)
        return failure("webhookSubscriptionCreate",
            { { { "webhookSubscription", "callbackUrl" }, "Address for this topic has already been taken", "" } });
    return { { "webhookSubscription", ref("WebhookSubscription", { index }) }, { "userErrors", Json::array() } };
}

Json ShopifyMutations::webhookSubscriptionDelete(const std::string &gid)
{
    const auto id = ShopifyIds::parseGid(gid, "WebhookSubscription");
    auto &list = m_store.webhookSubscriptions;
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto &s) { return id && s.id == *id; });
    if (it == list.end())
        return failure("webhookSubscriptionDelete", { { { "id" }, "Webhook subscription does not exist", "" } });
    list.erase(it);
    return { { "deletedWebhookSubscriptionId", gid }, { "userErrors", Json::array() } };
}

Json ShopifyMutations::orderCancel(const Json &args)
{
    const auto orderId = ShopifyIds::parseGid(str(args, "orderId"), "Order");
    const int index = orderId ? m_store.orderIndexById(*orderId) : -1;
    const bool refund = args.contains("refund") && args["refund"].is_boolean() ? args["refund"].get<bool>() : false;
    std::vector<ShopifyUserError> errors
        = m_store.cancelOrder(index, str(args, "reason"), args.value("restock", false), refund, m_nowMs);
    if (!errors.empty())
        return failure("orderCancel", errors);
    static int jobs = 0;
    return { { "job", { { "id", "gid://shopify/Job/" + std::to_string(++jobs) + "-order-cancel" }, { "done", true } } },
        { "orderCancelUserErrors", Json::array() },
        { "userErrors", Json::array() } };
}

Json ShopifyMutations::returnCreate(const Json &input, bool requested)
{
    ShopifyStore::ReturnRequest request;
    request.requested = requested;
    const auto orderId = ShopifyIds::parseGid(str(input, "orderId"), "Order");
    request.order = orderId ? m_store.orderIndexById(*orderId) : -1;
    const Json lines = input.value("returnLineItems", Json::array());
    for (const auto &l : lines.is_array() ? lines : Json::array()) {
        ReturnLine line;
        line.fulfillmentLineItemId
            = ShopifyIds::parseGid(str(l, "fulfillmentLineItemId"), "FulfillmentLineItem").value_or(-1);
        line.quantity = l.value("quantity", 0);
        line.note = requested ? str(l, "customerNote") : str(l, "returnReasonNote");
        request.lines.push_back(line);
    }
    const auto result = m_store.createReturn(request, m_nowMs);
    if (const auto *failed = std::get_if<std::vector<ShopifyUserError>>(&result))
        return failure(requested ? "returnRequest" : "returnCreate", *failed);
    return { { "return", ref("Return", { request.order, std::get<int>(result) }) }, { "userErrors", Json::array() } };
}

} // namespace Quayside::Sandbox
