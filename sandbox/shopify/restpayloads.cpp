#include "sandbox/shopify/restpayloads.h"

#include "sandbox/shopify/shopifyjson.h"

#include <algorithm>

namespace Quayside::Sandbox {

using namespace ShopifyJson;
using GraphQL::Json;

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}
Json priceSet(qint64 cents, const std::string &currency)
{
    const Json m = { { "amount", decimal(cents) }, { "currency_code", currency } };
    return { { "shop_money", m }, { "presentment_money", m } };
}
} // namespace

RestPayloads::RestPayloads(const ShopifyStore &store)
    : m_store(store)
{ }

Json RestPayloads::lineItem(const StoreOrder &order, int l) const
{
    const OrderLine &line = order.lines[size_t(l)];
    const StoreVariant &variant = m_store.variants[size_t(line.variant)];
    Json taxLines = Json::array();
    if (line.taxCents > 0)
        taxLines.push_back({ { "title", line.taxTitle },
            { "rate", line.taxRate },
            { "price", decimal(line.taxCents) },
            { "price_set", priceSet(line.taxCents, order.currency) } });
    return { { "id", line.id },
        { "admin_graphql_api_id", ShopifyIds::gid("LineItem", line.id) },
        { "sku", line.sku },
        { "name", line.title },
        { "title", line.title },
        { "variant_title", line.variantTitle },
        { "quantity", line.quantity },
        { "current_quantity", line.quantity - line.refundedQuantity },
        { "variant_id", variant.id },
        { "product_id", m_store.products[size_t(variant.product)].id },
        { "price", decimal(line.unitCents) },
        { "price_set", priceSet(line.unitCents, order.currency) },
        { "total_discount", decimal(line.discountCents) },
        { "tax_lines", taxLines } };
}

Json RestPayloads::order(int index) const
{
    const StoreOrder &o = m_store.orders[size_t(index)];
    Json lines = Json::array();
    for (size_t l = 0; l < o.lines.size(); ++l)
        lines.push_back(lineItem(o, int(l)));
    Json refunds = Json::array();
    for (size_t r = 0; r < o.refunds.size(); ++r)
        refunds.push_back(refund(index, int(r)));
    Json fulfillments = Json::array();
    for (size_t f = 0; f < o.fulfillments.size(); ++f)
        fulfillments.push_back(fulfillment(index, int(f)));
    Json customer = nullptr;
    if (o.customer >= 0) {
        const StoreCustomer &c = m_store.customers[size_t(o.customer)];
        customer = { { "id", c.id },
            { "admin_graphql_api_id", ShopifyIds::gid("Customer", c.id) },
            { "email", c.email },
            { "first_name", c.firstName },
            { "last_name", c.lastName },
            { "phone", c.phone } };
    }
    const std::string status = o.displayFulfillmentStatus();
    const WorldAddress &a = o.shippingAddress;
    return { { "id", o.id },
        { "admin_graphql_api_id", ShopifyIds::gid("Order", o.id) },
        { "name", o.name },
        { "order_number", o.number },
        { "email", o.email },
        { "created_at", isoTime(o.createdAtMs) },
        { "updated_at", isoTime(o.updatedAtMs) },
        { "processed_at", isoTime(o.processedAtMs) },
        { "cancelled_at", o.cancelledAtMs ? Json(isoTime(*o.cancelledAtMs)) : Json() },
        { "cancel_reason", o.cancelledAtMs ? Json(lower(o.cancelReason)) : Json() },
        { "closed_at", o.closedAtMs ? Json(isoTime(*o.closedAtMs)) : Json() },
        { "financial_status", lower(o.financialStatus) },
        { "fulfillment_status",
            status == "FULFILLED"                 ? Json("fulfilled")
                : status == "PARTIALLY_FULFILLED" ? Json("partial")
                                                  : Json() },
        { "currency", o.currency },
        { "subtotal_price", decimal(o.subtotalCents()) },
        { "total_tax", decimal(o.taxCents()) },
        { "taxes_included", o.taxesIncluded },
        { "total_discounts", decimal(o.allDiscountsCents()) },
        { "total_price", decimal(o.totalCents()) },
        { "total_price_set", priceSet(o.totalCents(), o.currency) },
        { "test", o.test },
        { "tags", o.tags },
        { "line_items", lines },
        { "shipping_lines", Json::array({ { { "title", o.shippingTitle }, { "price", decimal(o.shippingCents) } } }) },
        { "shipping_address",
            o.requiresShipping() ? Json { { "name", o.shippingName },
                { "address1", a.line1.toStdString() },
                { "city", a.city.toStdString() },
                { "province_code", a.province.toStdString() },
                { "zip", a.zip.toStdString() },
                { "country_code", a.countryCode.toStdString() },
                { "phone", o.shippingPhone } }
                                 : Json() },
        { "customer", customer },
        { "refunds", refunds },
        { "fulfillments", fulfillments } };
}

Json RestPayloads::refund(int index, int r) const
{
    const StoreOrder &o = m_store.orders[size_t(index)];
    const StoreRefund &re = o.refunds[size_t(r)];
    Json lines = Json::array();
    for (const auto &l : re.lines)
        lines.push_back({ { "line_item_id", o.lines[size_t(l.line)].id },
            { "line_item", lineItem(o, l.line) },
            { "quantity", l.quantity },
            { "restock_type", lower(l.restockType.empty() ? "NO_RESTOCK" : l.restockType) },
            { "location_id", l.location >= 0 ? Json(m_store.locations[size_t(l.location)].id) : Json() },
            { "subtotal", decimal(l.subtotalCents) } });
    return { { "id", re.id },
        { "admin_graphql_api_id", ShopifyIds::gid("Refund", re.id) },
        { "order_id", o.id },
        { "created_at", isoTime(re.createdAtMs) },
        { "processed_at", isoTime(re.createdAtMs) },
        { "note", re.note },
        { "refund_line_items", lines },
        { "transactions",
            re.amountCents > 0 ? Json::array({ { { "kind", "refund" },
                { "status", "success" },
                { "amount", decimal(re.amountCents) },
                { "currency", o.currency } } })
                               : Json::array() } };
}

Json RestPayloads::fulfillment(int index, int f) const
{
    const StoreOrder &o = m_store.orders[size_t(index)];
    const StoreFulfillment &fu = o.fulfillments[size_t(f)];
    Json lines = Json::array();
    for (const auto &l : fu.lines) {
        Json line = lineItem(o, l.line);
        line["quantity"] = l.quantity;
        lines.push_back(line);
    }
    return { { "id", fu.id },
        { "admin_graphql_api_id", ShopifyIds::gid("Fulfillment", fu.id) },
        { "order_id", o.id },
        { "name", fu.name },
        { "status", lower(fu.status) },
        { "created_at", isoTime(fu.createdAtMs) },
        { "updated_at", isoTime(fu.createdAtMs) },
        { "location_id", m_store.locations[size_t(fu.location)].id },
        { "tracking_company", fu.company.empty() ? Json() : Json(fu.company) },
        { "tracking_number", fu.number.empty() ? Json() : Json(fu.number) },
        { "tracking_numbers", fu.number.empty() ? Json::array() : Json::array({ fu.number }) },
        { "tracking_url", fu.url.empty() ? Json() : Json(fu.url) },
        { "tracking_urls", fu.url.empty() ? Json::array() : Json::array({ fu.url }) },
        { "line_items", lines } };
}

Json RestPayloads::returnPayload(int index, int r) const
{
    const StoreOrder &o = m_store.orders[size_t(index)];
    const StoreReturn &re = o.returns[size_t(r)];
    Json lines = Json::array();
    for (const auto &l : re.lines)
        lines.push_back({ { "id", l.id },
            { "admin_graphql_api_id", ShopifyIds::gid("ReturnLineItem", l.id) },
            { "fulfillment_line_item_id", l.fulfillmentLineItemId },
            { "quantity", l.quantity } });
    return { { "id", re.id },
        { "admin_graphql_api_id", ShopifyIds::gid("Return", re.id) },
        { "order_id", o.id },
        { "name", re.name },
        { "status", lower(re.status) },
        { "return_line_items", lines } };
}

Json RestPayloads::inventoryLevel(int v, int l, qint64 nowMs) const
{
    const StoreVariant &variant = m_store.variants[size_t(v)];
    const qint64 levelId = ShopifyIds::InventoryLevel + qint64(size_t(v) * m_store.locations.size() + size_t(l)) + 1;
    return { { "inventory_item_id", variant.inventoryItemId },
        { "location_id", m_store.locations[size_t(l)].id },
        { "available", m_store.quantity(v, l, "available") },
        { "updated_at", isoTime(nowMs) },
        { "admin_graphql_api_id",
            "gid://shopify/InventoryLevel/" + std::to_string(levelId)
                + "?inventory_item_id=" + std::to_string(variant.inventoryItemId) } };
}

Json RestPayloads::forEvent(const std::string &topic, int orderIndex, int variant, int location, qint64 nowMs) const
{
    if (topic.rfind("inventory_levels/", 0) == 0)
        return inventoryLevel(variant, location, nowMs);
    const StoreOrder &o = m_store.orders[size_t(orderIndex)];
    if (topic == "refunds/create")
        return refund(orderIndex, int(o.refunds.size()) - 1);
    if (topic.rfind("fulfillments/", 0) == 0)
        return fulfillment(orderIndex, int(o.fulfillments.size()) - 1);
    if (topic.rfind("returns/", 0) == 0)
        return returnPayload(orderIndex, int(o.returns.size()) - 1);
    return order(orderIndex);
}

} // namespace Quayside::Sandbox
