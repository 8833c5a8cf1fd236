#include "sandbox/shopify/shopifystore.h"

#include <algorithm>
#include <cmath>

namespace Quayside::Sandbox {

namespace ShopifyIds {
std::string gid(const std::string &type, qint64 id)
{
    return "gid://shopify/" + type + "/" + std::to_string(id);
}

std::optional<qint64> parseGid(const std::string &gid, const std::string &type)
{
    const std::string prefix = "gid://shopify/" + type + "/";
    if (gid.rfind(prefix, 0) != 0)
        return std::nullopt;
    std::string digits = gid.substr(prefix.size());
    digits = digits.substr(0, digits.find('?'));
    if (digits.empty() || digits.size() > 18 || !std::all_of(digits.begin(), digits.end(), ::isdigit))
        return std::nullopt;
    return std::stoll(digits);
}
} // namespace ShopifyIds

namespace {
constexpr qint64 DayMs = 86'400'000;
const std::vector<std::string> &quantityNames()
{
    static const std::vector<std::string> names {
        "available", "committed", "reserved", "damaged", "incoming", "quality_control", "safety_stock", "on_hand"
    };
    return names;
}
ShopifyUserError userError(std::vector<std::string> field, std::string message, std::string code = {})
{
    return { std::move(field), std::move(message), std::move(code) };
}
} // namespace

qint64 StoreOrder::subtotalCents() const
{
    qint64 sum = 0;
    for (const auto &l : lines)
        sum += l.unitCents * l.quantity - l.discountCents;
    return sum;
}

void ShopifyStore::allocateOrderDiscount(StoreOrder &order)
{
    // By each line's share of the discounted subtotal, in cents; the last line takes what rounding left over.
    qint64 base = 0;
    for (const OrderLine &line : order.lines)
        base += line.unitCents * line.quantity - line.discountCents;
    qint64 left = std::min(order.discountCents, base);
    for (size_t i = 0; i < order.lines.size() && base > 0; ++i) {
        OrderLine &line = order.lines[i];
        const qint64 net = line.unitCents * line.quantity - line.discountCents;
        const qint64 share = i + 1 == order.lines.size() ? left : order.discountCents * net / base;
        line.orderDiscountCents = std::min(share, left);
        left -= line.orderDiscountCents;
    }
}

qint64 StoreOrder::taxCents() const
{
    qint64 sum = 0;
    for (const auto &l : lines)
        sum += l.taxCents;
    return sum;
}

qint64 StoreOrder::totalCents() const
{
    return subtotalCents() + (taxesIncluded ? 0 : taxCents()) + shippingCents - discountCents;
}

qint64 StoreOrder::allDiscountsCents() const
{
    qint64 sum = discountCents;
    for (const auto &l : lines)
        sum += l.discountCents;
    return sum;
}

qint64 StoreOrder::refundedCents() const
{
    qint64 sum = 0;
    for (const auto &r : refunds)
        sum += r.amountCents;
    return sum;
}

bool StoreOrder::requiresShipping() const
{
    for (const auto &fo : fulfillmentOrders)
        if (!fo.isPickup())
            return true;
    return fulfillmentOrders.empty();
}

std::string StoreOrder::displayFulfillmentStatus() const
{
    int total = 0;
    int remaining = 0;
    for (const auto &fo : fulfillmentOrders) {
        for (const auto &l : fo.lines) {
            total += l.total;
            remaining += l.remaining;
        }
    }
    if (fulfillments.empty()) {
        // A pickup prepared for collection is work in progress until the buyer collects it.
        for (const auto &fo : fulfillmentOrders)
            if (fo.status == "IN_PROGRESS")
                return "IN_PROGRESS";
        return "UNFULFILLED";
    }
    return remaining == 0 || total == 0 ? "FULFILLED" : "PARTIALLY_FULFILLED";
}

std::string StoreOrder::returnStatus() const
{
    for (const auto &r : returns) {
        if (r.status == "REQUESTED")
            return "RETURN_REQUESTED";
        if (r.status == "OPEN")
            return "IN_PROGRESS";
    }
    return returns.empty() ? "NO_RETURN" : "RETURNED";
}

ShopifyStore::ShopifyStore(const World &world, qint64 nowMs)
    : payoutLedger(world.currency().toStdString())
    , m_world(world)
{
    const qint64 catalogueMs = nowMs - 30 * DayMs;
    for (int p = 0; p < world.products().size(); ++p) {
        const WorldProduct &wp = world.products().at(p);
        StoreProduct product;
        product.id = ShopifyIds::Product + p + 1;
        product.handle = wp.handle.toStdString();
        product.title = wp.title.toStdString();
        product.vendor = wp.vendor.toStdString();
        product.productType = wp.productType.toStdString();
        product.variants.assign(wp.variantIndexes.begin(), wp.variantIndexes.end());
        product.createdAtMs = product.updatedAtMs = catalogueMs + p * 60'000;
        products.push_back(std::move(product));
    }
    for (int v = 0; v < world.variants().size(); ++v) {
        const WorldVariant &wv = world.variants().at(v);
        StoreVariant variant;
        variant.id = ShopifyIds::Variant + v + 1;
        variant.inventoryItemId = ShopifyIds::InventoryItem + v + 1;
        variant.product = wv.productIndex;
        variant.sku = wv.sku.toStdString();
        variant.barcode = wv.barcode.toStdString();
        variant.title = wv.optionTitle.toStdString();
        variant.priceCents = wv.priceCents;
        variant.costCents = wv.costCents;
        variant.grams = wv.grams;
        variant.createdAtMs = variant.updatedAtMs = catalogueMs + wv.productIndex * 60'000;
        variants.push_back(std::move(variant));
    }
    for (int l = 0; l < world.locations().size(); ++l) {
        const WorldLocation &wl = world.locations().at(l);
        // The retailer's own warehouse doubles as its shop counter; a 3PL's centre takes no visitors.
        locations.push_back({ ShopifyIds::Location + l + 1,
            wl.key.toStdString(),
            wl.name.toStdString(),
            wl.address,
            wl.shipbobFulfillmentCenterId == 0 });
    }
    for (int c = 0; c < world.customers().size(); ++c) {
        const WorldCustomer &wc = world.customers().at(c);
        customers.push_back({ ShopifyIds::Customer + c + 1,
            wc.firstName.toStdString(),
            wc.lastName.toStdString(),
            wc.email.toStdString(),
            wc.phone.toStdString(),
            wc.address,
            catalogueMs,
            catalogueMs });
    }
    inventory.resize(variants.size());
    for (size_t v = 0; v < variants.size(); ++v) {
        for (size_t l = 0; l < locations.size(); ++l) {
            InventoryLevelState level;
            for (const auto &name : quantityNames())
                if (name != "on_hand")
                    level.quantities[name] = 0;
            level.quantities["available"] = world.openingStock(int(v), int(l));
            level.updatedAtMs = catalogueMs;
            inventory[v].push_back(level);
        }
    }
}

void ShopifyStore::publish(const std::string &topic, int order, int variant, int location)
{
    if (m_events)
        m_events(topic, order, variant, location);
}

int ShopifyStore::variantIndexById(qint64 id) const
{
    const qint64 i = id - ShopifyIds::Variant - 1;
    return i >= 0 && i < qint64(variants.size()) ? int(i) : -1;
}

int ShopifyStore::variantIndexByInventoryItem(qint64 id) const
{
    const qint64 i = id - ShopifyIds::InventoryItem - 1;
    return i >= 0 && i < qint64(variants.size()) ? int(i) : -1;
}

int ShopifyStore::productIndexById(qint64 id) const
{
    const qint64 i = id - ShopifyIds::Product - 1;
    return i >= 0 && i < qint64(products.size()) ? int(i) : -1;
}

int ShopifyStore::locationIndexById(qint64 id) const
{
    const qint64 i = id - ShopifyIds::Location - 1;
    return i >= 0 && i < qint64(locations.size()) ? int(i) : -1;
}

int ShopifyStore::locationIndexByKey(const QString &key) const
{
    for (size_t i = 0; i < locations.size(); ++i)
        if (locations[i].key == key.toStdString())
            return int(i);
    return -1;
}

int ShopifyStore::customerIndexById(qint64 id) const
{
    const qint64 i = id - ShopifyIds::Customer - 1;
    return i >= 0 && i < qint64(customers.size()) ? int(i) : -1;
}

int ShopifyStore::orderIndexById(qint64 id) const
{
    const qint64 i = id - ShopifyIds::Order - 1;
    return i >= 0 && i < qint64(orders.size()) ? int(i) : -1;
}

bool ShopifyStore::isQuantityName(const std::string &name)
{
    const auto &names = quantityNames();
    return std::find(names.begin(), names.end(), name) != names.end();
}

int ShopifyStore::quantity(int variant, int location, const std::string &name) const
{
    if (variant < 0 || variant >= int(inventory.size()) || location < 0 || location >= int(locations.size()))
        return 0;
    const auto &level = inventory[variant][location];
    if (!level)
        return 0;
    if (name == "on_hand") {
        int sum = 0;
        for (const auto &[state, q] : level->quantities)
            if (state != "incoming")
                sum += q;
        return sum;
    }
    const auto it = level->quantities.find(name);
    return it == level->quantities.end() ? 0 : it->second;
}

bool ShopifyStore::adjust(int variant, int location, const std::string &name, int delta, qint64 nowMs)
{
    if (variant < 0 || variant >= int(inventory.size()) || location < 0 || location >= int(locations.size()))
        return false;
    auto &level = inventory[variant][location];
    if (!level)
        return false;
    level->quantities[name == "on_hand" ? "available" : name] += delta;
    level->updatedAtMs = nowMs;
    return true;
}

void ShopifyStore::inventoryChanged(int variant, int location)
{
    publish("inventory_levels/update", -1, variant, location);
}

std::variant<int, std::vector<ShopifyUserError>> ShopifyStore::placeOrder(const OrderInput &input, qint64 nowMs)
{
    std::vector<ShopifyUserError> errors;
    const int location = locationIndexByKey(input.locationKey);
    if (location < 0)
        errors.push_back(userError({ "locationKey" }, "Location not found", "NOT_FOUND"));
    else if (input.pickup && !locations[size_t(location)].localPickup)
        errors.push_back(userError({ "locationKey" }, "Local pickup is not offered at this location", "INVALID"));
    if (input.lines.isEmpty())
        errors.push_back(userError({ "lineItems" }, "Line items can't be blank", "BLANK"));
    if (input.customerIndex >= int(customers.size()))
        errors.push_back(userError({ "customer" }, "Customer not found", "NOT_FOUND"));
    std::vector<int> lineVariants;
    for (int i = 0; i < input.lines.size(); ++i) {
        const int v = m_world.variantIndexBySku(input.lines.at(i).sku);
        if (v < 0)
            errors.push_back(userError({ "lineItems", std::to_string(i), "sku" }, "SKU not found", "NOT_FOUND"));
        if (input.lines.at(i).quantity <= 0)
            errors.push_back(
                userError({ "lineItems", std::to_string(i), "quantity" }, "Quantity must be positive", "INVALID"));
        lineVariants.push_back(v);
    }
    if (!errors.empty())
        return errors;

    StoreOrder order;
    order.number = 1001 + int(orders.size());
    order.id = ShopifyIds::Order + qint64(orders.size()) + 1;
    order.name = "#" + std::to_string(order.number);
    order.customer = input.customerIndex;
    const WorldAddress address = input.customerIndex >= 0 ? customers[input.customerIndex].address : input.guestAddress;
    order.shippingAddress = address;
    if (input.customerIndex >= 0) {
        const StoreCustomer &c = customers[input.customerIndex];
        order.email = c.email;
        order.shippingName = c.firstName + " " + c.lastName;
        order.shippingPhone = c.phone;
    } else {
        order.email = input.guestEmail.toStdString();
        order.shippingName = "Guest";
    }
    order.currency = input.currency.toStdString();
    order.financialStatus = input.financialStatus.toStdString();
    order.createdAtMs = order.updatedAtMs = order.processedAtMs = input.createdAtMs.value_or(nowMs);
    order.shippingCents = input.shippingCents;
    order.shippingTitle = input.shippingTitle.toStdString();
    order.discountCents = input.orderDiscountCents;
    order.test = input.test;
    order.taxesIncluded = taxesIncluded;
    order.tags = input.tags.toStdString();
    order.note = input.note.toStdString();
    for (const auto &[key, value] : input.customAttributes)
        order.customAttributes.emplace_back(key.toStdString(), value.toStdString());
    // Shopify taxes a pickup where the buyer collects it.
    const WorldAddress &taxedAt = input.pickup ? locations[size_t(location)].address : address;
    const WorldTax *tax = nullptr;
    for (const auto &t : m_world.taxes())
        if (t.countryCode == taxedAt.countryCode)
            tax = &t;
    StoreFulfillmentOrder fo;
    fo.id = ShopifyIds::FulfillmentOrder + ++m_fulfillmentOrders;
    fo.location = location;
    fo.createdAtMs = fo.updatedAtMs = order.createdAtMs;
    if (input.pickup)
        fo.deliveryMethod = "PICK_UP";
    for (int i = 0; i < input.lines.size(); ++i) {
        const OrderLineInput &in = input.lines.at(i);
        const StoreVariant &variant = variants[lineVariants[size_t(i)]];
        OrderLine line;
        line.id = ShopifyIds::LineItem + ++m_lineItems;
        line.variant = lineVariants[size_t(i)];
        line.sku = variant.sku;
        line.title = products[variant.product].title;
        line.variantTitle = variant.title;
        line.quantity = in.quantity;
        line.unitCents = in.unitPriceCents >= 0 ? in.unitPriceCents : variant.priceCents;
        line.discountCents = in.discountCents;
        if (tax) {
            line.taxTitle = tax->name.toStdString();
            line.taxRate = tax->rateBasisPoints / 10000.0;
        }
        fo.lines.push_back(
            { ShopifyIds::FulfillmentOrderLineItem + ++m_fulfillmentOrderLines, i, in.quantity, in.quantity });
        order.lines.push_back(std::move(line));
    }
    allocateOrderDiscount(order);
    for (OrderLine &line : order.lines) {
        const double net = double(line.netCents());
        line.taxCents
            = std::llround(order.taxesIncluded ? net * line.taxRate / (1.0 + line.taxRate) : net * line.taxRate);
    }
    order.fulfillmentOrders.push_back(std::move(fo));
    orders.push_back(std::move(order));
    const int index = int(orders.size()) - 1;
    for (const auto &line : orders.back().lines) {
        adjust(line.variant, location, "available", -line.quantity, nowMs);
        adjust(line.variant, location, "committed", line.quantity, nowMs);
    }
    if (orders.back().financialStatus == "PAID")
        recordSale(index, orders.back().createdAtMs);
    publish("orders/create", index);
    if (orders.back().financialStatus == "PAID")
        publish("orders/paid", index);
    for (const auto &line : orders.back().lines)
        inventoryChanged(line.variant, location);
    return index;
}

std::variant<std::pair<int, int>, std::vector<ShopifyUserError>> ShopifyStore::createFulfillment(
    const std::vector<FulfillRequest> &requests,
    const std::string &company,
    const std::string &number,
    const std::string &url,
    qint64 nowMs)
{
    std::vector<ShopifyUserError> errors;
    int orderIndex = -1;
    int location = -1;
    std::vector<std::pair<StoreFulfillmentOrder *, std::vector<std::pair<FulfillmentOrderLine *, int>>>> plan;
    for (size_t r = 0; r < requests.size(); ++r) {
        // Not a structured binding: clang before 16 cannot use one inside the lambdas below.
        const std::pair<int, StoreFulfillmentOrder *> hit = findFulfillmentOrder(requests[r].fulfillmentOrderId);
        const int foundOrder = hit.first;
        StoreFulfillmentOrder *const found = hit.second;
        const std::vector<std::string> base { "fulfillment", "lineItemsByFulfillmentOrder", std::to_string(r) };
        if (!found) {
            errors.push_back(
                userError({ base[0], base[1], base[2], "fulfillmentOrderId" }, "Fulfillment order does not exist."));
            continue;
        }
        if ((orderIndex >= 0 && orderIndex != foundOrder) || (location >= 0 && location != found->location)) {
            errors.push_back(
                userError({ "fulfillment" }, "All fulfillment orders must belong to the same order and location."));
            continue;
        }
        orderIndex = foundOrder;
        location = found->location;
        if (found->status == "CLOSED" || found->status == "CANCELLED" || orders[size_t(foundOrder)].cancelledAtMs) {
            errors.push_back(userError({ "fulfillment" },
                "Fulfillment order " + std::to_string(found->id) + " has an unfulfillable status= " + found->status
                    + "."));
            continue;
        }
        std::vector<std::pair<FulfillmentOrderLine *, int>> lines;
        if (requests[r].lines.empty()) {
            for (auto &l : found->lines)
                if (l.remaining > 0)
                    lines.emplace_back(&l, l.remaining);
        }
        for (size_t i = 0; i < requests[r].lines.size(); ++i) {
            const auto &[lineId, quantity] = requests[r].lines[i];
            const auto wanted = lineId; // clang before 16 cannot capture a structured binding
            auto it
                = std::find_if(found->lines.begin(), found->lines.end(), [&](const auto &l) { return l.id == wanted; });
            if (it == found->lines.end()) {
                errors.push_back(
                    userError({ base[0], base[1], base[2], "fulfillmentOrderLineItems", std::to_string(i), "id" },
                        "Fulfillment order line item does not exist."));
            } else if (quantity <= 0 || quantity > it->remaining) {
                errors.push_back(
                    userError({ base[0], base[1], base[2], "fulfillmentOrderLineItems", std::to_string(i), "quantity" },
                        "Invalid fulfillment order line item quantity requested."));
            } else {
                lines.emplace_back(&*it, quantity);
            }
        }
        plan.emplace_back(found, std::move(lines));
    }
    if (requests.empty())
        errors.push_back(userError(
            { "fulfillment", "lineItemsByFulfillmentOrder" }, "Line items by fulfillment order can't be blank"));
    if (!errors.empty())
        return errors;

    StoreOrder &order = orders[size_t(orderIndex)];
    StoreFulfillment fulfillment;
    fulfillment.id = ShopifyIds::Fulfillment + ++m_fulfillments;
    fulfillment.name = order.name + "." + std::to_string(order.fulfillments.size() + 1);
    fulfillment.company = company;
    fulfillment.number = number;
    fulfillment.url = url;
    fulfillment.location = location;
    fulfillment.createdAtMs = nowMs;
    for (auto &[fo, lines] : plan) {
        for (auto &[line, quantity] : lines) {
            line->remaining -= quantity;
            fulfillment.lines.push_back(
                { ShopifyIds::FulfillmentLineItem + ++m_fulfillmentLines, line->line, quantity });
            const int variant = order.lines[size_t(line->line)].variant;
            adjust(variant, location, "committed", -quantity, nowMs);
        }
        fo->status = fo->hasRemaining() ? "IN_PROGRESS" : "CLOSED";
        fo->updatedAtMs = nowMs;
    }
    for (const auto &[fo, lines] : plan)
        fulfillment.pickedUp |= fo->isPickup();
    order.fulfillments.push_back(std::move(fulfillment));
    order.updatedAtMs = nowMs;
    const int fulfillmentIndex = int(order.fulfillments.size()) - 1;
    publish("fulfillments/create", orderIndex);
    publish(order.displayFulfillmentStatus() == "FULFILLED" ? "orders/fulfilled" : "orders/partially_fulfilled",
        orderIndex);
    publish("orders/updated", orderIndex);
    for (const auto &l : order.fulfillments.back().lines)
        inventoryChanged(order.lines[size_t(l.line)].variant, location);
    return std::make_pair(orderIndex, fulfillmentIndex);
}

std::pair<int, StoreFulfillmentOrder *> ShopifyStore::findFulfillmentOrder(qint64 id)
{
    for (size_t o = 0; o < orders.size(); ++o)
        for (auto &fo : orders[o].fulfillmentOrders)
            if (fo.id == id)
                return { int(o), &fo };
    return { -1, nullptr };
}

std::vector<ShopifyUserError> ShopifyStore::prepareForPickup(const std::vector<qint64> &ids, qint64 nowMs)
{
    std::vector<ShopifyUserError> errors;
    std::vector<std::pair<int, StoreFulfillmentOrder *>> prepared;
    for (size_t i = 0; i < ids.size(); ++i) {
        const std::vector<std::string> field {
            "input", "lineItemsByFulfillmentOrder", std::to_string(i), "fulfillmentOrderId"
        };
        const std::pair<int, StoreFulfillmentOrder *> hit = findFulfillmentOrder(ids[i]);
        const int foundOrder = hit.first;
        StoreFulfillmentOrder *const found = hit.second;
        if (!found) {
            errors.push_back(userError(field, "Fulfillment order does not exist.", "FULFILLMENT_ORDER_INVALID"));
            continue;
        }
        if (!found->isPickup() || orders[size_t(foundOrder)].cancelledAtMs) {
            errors.push_back(
                userError(field, "Fulfillment order is not a local pickup order.", "FULFILLMENT_ORDER_INVALID"));
            continue;
        }
        if (!found->hasRemaining() || found->status == "CLOSED" || found->status == "CANCELLED") {
            errors.push_back(userError(field,
                "There are no line items to prepare for pickup.",
                "NO_LINE_ITEMS_TO_PREPARE_FOR_FULFILLMENT_ORDER"));
            continue;
        }
        prepared.emplace_back(foundOrder, found);
    }
    if (ids.empty())
        errors.push_back(userError({ "input", "lineItemsByFulfillmentOrder" },
            "Line items by fulfillment order can't be blank",
            "FULFILLMENT_ORDER_INVALID"));
    if (!errors.empty())
        return errors;
    for (auto &[order, fo] : prepared) {
        fo->status = "IN_PROGRESS";
        fo->updatedAtMs = nowMs;
        ++fo->readyForPickupNotices;
        orders[size_t(order)].updatedAtMs = nowMs;
        publish("orders/updated", order);
    }
    return {};
}

std::variant<int, std::vector<ShopifyUserError>> ShopifyStore::createRefund(const RefundRequest &request, qint64 nowMs)
{
    std::vector<ShopifyUserError> errors;
    if (request.order < 0)
        return std::vector<ShopifyUserError> { userError({ "orderId" }, "Order does not exist") };
    StoreOrder &order = orders[size_t(request.order)];
    qint64 amount = 0;
    for (size_t i = 0; i < request.lines.size(); ++i) {
        const RefundLine &rl = request.lines[i];
        const std::vector<std::string> base { "refundLineItems", std::to_string(i) };
        if (rl.line < 0 || rl.line >= int(order.lines.size())) {
            errors.push_back(userError({ base[0], base[1], "lineItemId" }, "Line item does not exist"));
            continue;
        }
        const OrderLine &line = order.lines[size_t(rl.line)];
        if (rl.quantity <= 0 || rl.quantity > line.quantity - line.refundedQuantity) {
            errors.push_back(
                userError({ base[0], base[1], "quantity" }, "Quantity cannot refund more items than were purchased"));
            continue;
        }
        const qint64 addedTax = order.taxesIncluded ? 0 : line.taxCents;
        amount += (line.netCents() + addedTax) * rl.quantity / line.quantity;
    }
    if (request.fullShipping)
        amount += order.shippingCents;
    else if (request.shippingCents)
        amount += *request.shippingCents;
    if (request.transactionCents)
        amount = *request.transactionCents;
    if (amount + order.refundedCents() > order.totalCents())
        errors.push_back(userError({ "transactions" }, "Refund amount exceeds the refundable amount"));
    if (!errors.empty())
        return errors;

    StoreRefund refund;
    refund.id = ShopifyIds::Refund + ++m_refunds;
    refund.createdAtMs = nowMs;
    refund.note = request.note;
    refund.amountCents = amount;
    for (RefundLine rl : request.lines) {
        OrderLine &line = order.lines[size_t(rl.line)];
        line.refundedQuantity += rl.quantity;
        rl.subtotalCents = line.netCents() * rl.quantity / line.quantity;
        const int location = rl.location >= 0 ? rl.location : order.fulfillmentOrders.front().location;
        if (rl.restockType == "CANCEL") {
            // Unfulfilled units go back from committed to available and leave the fulfillment order.
            int left = rl.quantity;
            for (auto &fo : order.fulfillmentOrders)
                for (auto &fl : fo.lines)
                    if (fl.line == rl.line && left > 0) {
                        const int take = std::min(left, fl.remaining);
                        fl.remaining -= take;
                        fl.total -= take;
                        left -= take;
                        adjust(line.variant, fo.location, "committed", -take, nowMs);
                        adjust(line.variant, fo.location, "available", take, nowMs);
                        inventoryChanged(line.variant, fo.location);
                    }
        } else if (rl.restockType == "RETURN" || rl.restockType == "LEGACY_RESTOCK") {
            adjust(line.variant, location, "available", rl.quantity, nowMs);
            inventoryChanged(line.variant, location);
        }
        refund.lines.push_back(rl);
    }
    order.refunds.push_back(std::move(refund));
    recordRefundTransaction(request.order, amount, nowMs);
    if (order.refundedCents() > 0)
        order.financialStatus = order.refundedCents() >= order.totalCents() ? "REFUNDED" : "PARTIALLY_REFUNDED";
    order.updatedAtMs = nowMs;
    publish("refunds/create", request.order);
    publish("orders/updated", request.order);
    return int(order.refunds.size()) - 1;
}

std::vector<ShopifyUserError> ShopifyStore::cancelOrder(
    int index, const std::string &reason, bool restock, bool refund, qint64 nowMs)
{
    if (index < 0)
        return { userError({ "orderId" }, "Order does not exist", "NOT_FOUND") };
    StoreOrder &order = orders[size_t(index)];
    if (order.cancelledAtMs)
        return { userError({ "orderId" }, "Order has already been cancelled", "INVALID") };
    if (!order.fulfillments.empty())
        return { userError({ "orderId" }, "Cannot cancel an order that has fulfillments", "INVALID") };
    order.cancelledAtMs = nowMs;
    order.closedAtMs = nowMs;
    order.cancelReason = reason;
    order.updatedAtMs = nowMs;
    for (auto &fo : order.fulfillmentOrders) {
        for (auto &fl : fo.lines) {
            const int variant = order.lines[size_t(fl.line)].variant;
            adjust(variant, fo.location, "committed", -fl.remaining, nowMs);
            if (restock)
                adjust(variant, fo.location, "available", fl.remaining, nowMs);
            fl.remaining = 0;
            inventoryChanged(variant, fo.location);
        }
        fo.status = "CLOSED";
        fo.updatedAtMs = nowMs;
    }
    if (refund && order.totalCents() > order.refundedCents()) {
        StoreRefund r;
        r.id = ShopifyIds::Refund + ++m_refunds;
        r.createdAtMs = nowMs;
        r.note = "Order cancelled";
        r.amountCents = order.totalCents() - order.refundedCents();
        order.refunds.push_back(r);
        recordRefundTransaction(index, r.amountCents, nowMs);
        order.financialStatus = "REFUNDED";
        publish("refunds/create", index);
    } else if (order.financialStatus == "PENDING" || order.financialStatus == "AUTHORIZED") {
        order.financialStatus = "VOIDED";
    }
    publish("orders/cancelled", index);
    publish("orders/updated", index);
    return {};
}

// Every checkout in the emulated shop pays through Shopify Payments, so a paid order is a charge on the balance.
void ShopifyStore::recordSale(int index, qint64 nowMs)
{
    StoreOrder &order = orders[size_t(index)];
    StoreOrderTransaction sale;
    sale.id = ShopifyIds::OrderTransaction + ++m_orderTransactions;
    sale.kind = "SALE";
    sale.gateway = "shopify_payments";
    sale.amountCents = order.totalCents();
    sale.feeCents = PayoutLedger::processingFeeCents(sale.amountCents);
    sale.processedAtMs = nowMs;
    order.transactions.push_back(sale);
    payoutLedger.recordCharge(index, sale.id, sale.amountCents, order.test, nowMs);
}

// Money goes back the way it came: against the order's sale, through the sale's gateway. Without a sale
// (an order that was never paid) the refund is a manual one and leaves the Shopify Payments balance alone.
void ShopifyStore::recordRefundTransaction(int index, qint64 amountCents, qint64 nowMs)
{
    if (amountCents <= 0)
        return;
    StoreOrder &order = orders[size_t(index)];
    const auto sale = std::find_if(
        order.transactions.begin(), order.transactions.end(), [](const auto &t) { return t.kind == "SALE"; });
    StoreOrderTransaction refund;
    refund.id = ShopifyIds::OrderTransaction + ++m_orderTransactions;
    refund.kind = "REFUND";
    refund.gateway = sale != order.transactions.end() ? sale->gateway : "manual";
    refund.amountCents = amountCents;
    refund.processedAtMs = nowMs;
    if (sale != order.transactions.end())
        refund.parentId = sale->id;
    order.transactions.push_back(refund);
    if (refund.gateway == "shopify_payments")
        payoutLedger.recordRefund(index, refund.id, amountCents, order.test, nowMs);
}

std::optional<std::tuple<int, int, int>> ShopifyStore::findFulfillmentLine(qint64 id) const
{
    for (size_t o = 0; o < orders.size(); ++o)
        for (size_t f = 0; f < orders[o].fulfillments.size(); ++f)
            for (size_t l = 0; l < orders[o].fulfillments[f].lines.size(); ++l)
                if (orders[o].fulfillments[f].lines[l].id == id)
                    return std::make_tuple(int(o), int(f), int(l));
    return std::nullopt;
}

std::variant<int, std::vector<ShopifyUserError>> ShopifyStore::createReturn(const ReturnRequest &request, qint64 nowMs)
{
    std::vector<ShopifyUserError> errors;
    const std::string root = request.requested ? "input" : "returnInput";
    if (request.order < 0)
        return std::vector<ShopifyUserError> { userError({ root, "orderId" }, "Order does not exist.", "NOT_FOUND") };
    StoreOrder &order = orders[size_t(request.order)];
    if (request.lines.empty())
        errors.push_back(userError({ root, "returnLineItems" }, "Return line items can't be blank.", "BLANK"));
    for (size_t i = 0; i < request.lines.size(); ++i) {
        const ReturnLine &rl = request.lines[i];
        const auto found = findFulfillmentLine(rl.fulfillmentLineItemId);
        const std::vector<std::string> base { root, "returnLineItems", std::to_string(i) };
        if (!found || std::get<0>(*found) != request.order) {
            errors.push_back(userError({ base[0], base[1], base[2], "fulfillmentLineItemId" },
                "Fulfillment line item does not exist.",
                "NOT_FOUND"));
            continue;
        }
        int alreadyReturned = 0;
        for (const auto &r : order.returns)
            if (r.status != "DECLINED" && r.status != "CANCELED")
                for (const auto &l : r.lines)
                    alreadyReturned += l.fulfillmentLineItemId == rl.fulfillmentLineItemId ? l.quantity : 0;
        const int fulfilled
            = order.fulfillments[size_t(std::get<1>(*found))].lines[size_t(std::get<2>(*found))].quantity;
        if (rl.quantity <= 0 || rl.quantity + alreadyReturned > fulfilled)
            errors.push_back(userError(
                { base[0], base[1], base[2], "quantity" }, "Quantity is not available for return.", "INVALID"));
    }
    if (!errors.empty())
        return errors;
    StoreReturn ret;
    ret.id = ShopifyIds::Return + ++m_returns;
    ret.name = order.name + "-R" + std::to_string(order.returns.size() + 1);
    ret.status = request.requested ? "REQUESTED" : "OPEN";
    ret.createdAtMs = nowMs;
    for (ReturnLine rl : request.lines) {
        rl.id = ShopifyIds::ReturnLineItem + ++m_returnLines;
        ret.lines.push_back(rl);
    }
    order.returns.push_back(std::move(ret));
    order.updatedAtMs = nowMs;
    publish(request.requested ? "returns/request" : "returns/approve", request.order);
    publish("orders/updated", request.order);
    return int(order.returns.size()) - 1;
}

int ShopifyStore::subscribe(const std::string &topic, const std::string &uri, qint64 nowMs)
{
    for (const auto &s : webhookSubscriptions)
        if (s.topic == topic && s.uri == uri)
            return -1;
    webhookSubscriptions.push_back({ ++m_subscriptions, topic, uri, nowMs });
    return int(webhookSubscriptions.size()) - 1;
}

std::string ShopifyStore::topicFromEnum(const std::string &value)
{
    // The resource part may itself contain underscores; the known resources decide where the action starts.
    static const std::vector<std::string> resources { "INVENTORY_LEVELS",
        "INVENTORY_ITEMS",
        "FULFILLMENT_ORDERS",
        "BULK_OPERATIONS",
        "ORDERS",
        "REFUNDS",
        "FULFILLMENTS",
        "RETURNS",
        "PRODUCTS",
        "CUSTOMERS",
        "APP" };
    std::string resource;
    for (const auto &r : resources)
        if (value.rfind(r + "_", 0) == 0 && r.size() > resource.size())
            resource = r;
    if (resource.empty())
        resource = value.substr(0, value.find('_'));
    std::string topic = value;
    std::transform(topic.begin(), topic.end(), topic.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (resource.size() < topic.size())
        topic[resource.size()] = '/';
    return topic;
}

std::string ShopifyStore::topicToEnum(const std::string &topic)
{
    std::string value = topic;
    std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    std::replace(value.begin(), value.end(), '/', '_');
    return value;
}

} // namespace Quayside::Sandbox
