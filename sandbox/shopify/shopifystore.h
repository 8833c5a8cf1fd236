#pragma once

#include "sandbox/common/world.h"
#include "sandbox/shopify/payoutledger.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

namespace Quayside::Sandbox {

// Stable numeric ids, derived from World indexes (and creation counters), so runs with one seed agree.
namespace ShopifyIds {
constexpr qint64 Product = 7'100'000'000;
constexpr qint64 Variant = 4'200'000'000;
constexpr qint64 InventoryItem = 4'300'000'000;
constexpr qint64 Location = 6'500'000'000;
constexpr qint64 Customer = 5'100'000'000;
constexpr qint64 Order = 5'500'000'000;
constexpr qint64 LineItem = 1'300'000'000;
constexpr qint64 FulfillmentOrder = 6'600'000'000;
constexpr qint64 FulfillmentOrderLineItem = 6'700'000'000;
constexpr qint64 Fulfillment = 4'800'000'000;
constexpr qint64 FulfillmentLineItem = 4'900'000'000;
constexpr qint64 Refund = 9'100'000'000;
constexpr qint64 Return = 9'200'000'000;
constexpr qint64 ReturnLineItem = 9'300'000'000;
constexpr qint64 AdjustmentGroup = 9'400'000'000;
constexpr qint64 InventoryLevel = 9'500'000'000;
constexpr qint64 OrderTransaction = 8'300'000'000;

std::string gid(const std::string &type, qint64 id);
// "gid://shopify/Order/123" -> 123 when the type matches (a query string, as on InventoryLevel ids, is ignored).
std::optional<qint64> parseGid(const std::string &gid, const std::string &type);
} // namespace ShopifyIds

struct ShopifyUserError
{
    std::vector<std::string> field;
    std::string message;
    std::string code;
};

struct StoreVariant
{
    qint64 id = 0;
    qint64 inventoryItemId = 0;
    int product = 0;
    std::string sku, barcode, title;
    qint64 priceCents = 0, costCents = 0;
    int grams = 0;
    qint64 createdAtMs = 0, updatedAtMs = 0;
};

struct StoreProduct
{
    qint64 id = 0;
    std::string handle, title, vendor, productType;
    std::vector<int> variants;
    qint64 createdAtMs = 0, updatedAtMs = 0;
};

struct StoreLocation
{
    qint64 id = 0;
    std::string key, name;
    WorldAddress address;
    bool localPickup = false; // buyers may collect here (Settings → Shipping and delivery → Local pickup)
};

struct StoreCustomer
{
    qint64 id = 0;
    std::string firstName, lastName, email, phone;
    WorldAddress address;
    qint64 createdAtMs = 0, updatedAtMs = 0;
};

struct InventoryLevelState
{
    std::map<std::string, int> quantities; // every named state except on_hand, which is derived
    qint64 updatedAtMs = 0;
};

struct OrderLine
{
    qint64 id = 0;
    int variant = -1;
    std::string sku, title, variantTitle;
    int quantity = 0;
    int refundedQuantity = 0;
    qint64 unitCents = 0, discountCents = 0, taxCents = 0;
    // This line's share of the order-level discount. Shopify allocates order discounts to the lines and taxes
    // what is left, line by line, rounded per line.
    qint64 orderDiscountCents = 0;
    std::string taxTitle;
    double taxRate = 0;
    // What the buyer pays for the line before tax: after its own and its share of the order's discounts.
    qint64 netCents() const { return unitCents * quantity - discountCents - orderDiscountCents; }
};

struct FulfillmentOrderLine
{
    qint64 id = 0;
    int line = 0; // index into the order's lines
    int total = 0;
    int remaining = 0;
};

struct StoreFulfillmentOrder
{
    qint64 id = 0;
    int location = 0;
    std::string status = "OPEN";
    std::string deliveryMethod = "SHIPPING"; // DeliveryMethodType; PICK_UP: the buyer collects at `location`
    int readyForPickupNotices = 0; // "Ready for pickup" e-mails sent: one per prepared-for-pickup call
    bool isPickup() const { return deliveryMethod == "PICK_UP"; }
    bool hasRemaining() const
    {
        return std::any_of(lines.cbegin(), lines.cend(), [](const FulfillmentOrderLine &l) { return l.remaining > 0; });
    }
    std::vector<FulfillmentOrderLine> lines;
    qint64 createdAtMs = 0, updatedAtMs = 0;
};

struct FulfillmentLine
{
    qint64 id = 0;
    int line = 0;
    int quantity = 0;
};

struct StoreFulfillment
{
    qint64 id = 0;
    std::string name, status = "SUCCESS", company, number, url;
    int location = 0;
    bool pickedUp = false; // it closed a local pickup: the buyer collected
    qint64 createdAtMs = 0;
    std::vector<FulfillmentLine> lines;
};

struct RefundLine
{
    int line = 0;
    int quantity = 0;
    std::string restockType;
    int location = -1;
    qint64 subtotalCents = 0;
};

struct StoreRefund
{
    qint64 id = 0;
    qint64 createdAtMs = 0;
    std::string note;
    qint64 amountCents = 0;
    std::vector<RefundLine> lines;
};

struct ReturnLine
{
    qint64 id = 0;
    qint64 fulfillmentLineItemId = 0;
    int quantity = 0;
    std::string note;
};

// A payment on an order (OrderTransaction): the checkout's SALE and the REFUNDs against it.
struct StoreOrderTransaction
{
    qint64 id = 0;
    std::string kind; // OrderTransactionKind
    std::string gateway;
    qint64 amountCents = 0;
    qint64 feeCents = 0; // what the gateway kept (Shopify Payments sales only)
    std::optional<qint64> parentId;
    qint64 processedAtMs = 0;
};

struct StoreReturn
{
    qint64 id = 0;
    std::string name, status;
    qint64 createdAtMs = 0;
    std::vector<ReturnLine> lines;
};

struct StoreOrder
{
    qint64 id = 0;
    int number = 0;
    std::string name, email, currency = "USD", financialStatus = "PAID", cancelReason, tags, shippingTitle;
    int customer = -1; // index into customers; -1 = guest
    qint64 createdAtMs = 0, updatedAtMs = 0, processedAtMs = 0;
    std::optional<qint64> cancelledAtMs, closedAtMs;
    std::vector<OrderLine> lines;
    qint64 shippingCents = 0, discountCents = 0;
    bool test = false;
    bool taxesIncluded = false; // the shop's "all prices include tax" when the order was placed
    std::string note; // the buyer's order note
    std::vector<std::pair<std::string, std::string>> customAttributes; // the checkout's note attributes
    WorldAddress shippingAddress;
    std::string shippingName, shippingPhone;
    std::vector<StoreFulfillmentOrder> fulfillmentOrders;
    std::vector<StoreFulfillment> fulfillments;
    std::vector<StoreRefund> refunds;
    std::vector<StoreReturn> returns;
    std::vector<StoreOrderTransaction> transactions;

    // False when the buyer collects everything (local pickup): Shopify then has no shipping address.
    bool requiresShipping() const;
    qint64 subtotalCents() const; // lines after line discounts
    qint64 taxCents() const;
    qint64 totalCents() const; // subtotal + tax (unless included) + shipping - order discount
    qint64 allDiscountsCents() const; // order and line level discounts (Order.totalDiscountsSet)
    qint64 refundedCents() const;
    std::string displayFulfillmentStatus() const;
    std::string returnStatus() const;
};

struct WebhookSubscriptionRecord
{
    qint64 id = 0;
    std::string topic; // as in X-Shopify-Topic, e.g. "orders/create"
    std::string uri;
    qint64 createdAtMs = 0;
};

// What the traffic generator and tests pass to ShopifyEmulator::placeOrder.
struct OrderLineInput
{
    QString sku;
    int quantity = 1;
    qint64 unitPriceCents = -1; // -1: the catalogue price
    qint64 discountCents = 0; // for the whole line
};

struct OrderInput
{
    QList<OrderLineInput> lines;
    int customerIndex = -1; // index into World::customers(); -1 = guest checkout
    QString guestEmail = QStringLiteral("guest@example.net");
    WorldAddress guestAddress { QStringLiteral("1 Guest Lane"),
        QStringLiteral("Portland"),
        QStringLiteral("ME"),
        QStringLiteral("04101"),
        QStringLiteral("US") };
    QString currency = QStringLiteral("USD");
    qint64 shippingCents = 0;
    QString shippingTitle = QStringLiteral("Standard Shipping");
    qint64 orderDiscountCents = 0;
    QString locationKey = QStringLiteral("main");
    bool pickup = false; // the buyer chose local pickup at `locationKey` (the location must offer it)
    QString financialStatus = QStringLiteral("PAID"); // OrderDisplayFinancialStatus
    bool test = false;
    QString tags;
    QString note;
    QList<QPair<QString, QString>> customAttributes; // note attributes (key, value), as a checkout adds them
    std::optional<qint64> createdAtMs; // default: the emulator's clock
};

// The shop's in-memory state: catalogue, locations and stock from the World, then orders and everything that
// happens to them. Business rules live here; the GraphQL resolvers only translate. Not thread-safe: used on the
// emulator's thread only.
class ShopifyStore
{
public:
    using EventSink = std::function<void(const std::string &topic, int orderIndex, int variant, int location)>;

    explicit ShopifyStore(const World &world, qint64 nowMs);

    void setEventSink(EventSink sink) { m_events = std::move(sink); }
    const World &world() const { return m_world; }

    // Settings → Taxes and duties → "All prices include tax" (EU/UK/AU shops): line prices are gross and
    // the tax lines are the part of them that is tax.
    bool taxesIncluded = false;
    std::vector<StoreProduct> products;
    std::vector<StoreVariant> variants;
    std::vector<StoreLocation> locations;
    std::vector<StoreCustomer> customers;
    std::vector<StoreOrder> orders;
    // [variant][location]; an absent optional means "not stocked at that location".
    std::vector<std::vector<std::optional<InventoryLevelState>>> inventory;
    std::vector<WebhookSubscriptionRecord> webhookSubscriptions;
    // Shopify Payments: the balance that paid orders and refunds move, and its payouts.
    PayoutLedger payoutLedger;

    // Adds a subscription unless (topic, uri) exists; returns its index, or -1 when it was a duplicate.
    int subscribe(const std::string &topic, const std::string &uri, qint64 nowMs);
    // WebhookSubscriptionTopic enum value <-> topic string ("INVENTORY_LEVELS_UPDATE" <-> "inventory_levels/update").
    static std::string topicFromEnum(const std::string &value);
    static std::string topicToEnum(const std::string &topic);

    int variantIndexById(qint64 id) const;
    int variantIndexByInventoryItem(qint64 inventoryItemId) const;
    int productIndexById(qint64 id) const;
    int locationIndexById(qint64 id) const;
    int locationIndexByKey(const QString &key) const;
    int customerIndexById(qint64 id) const;
    int orderIndexById(qint64 id) const;

    int quantity(int variant, int location, const std::string &name) const; // on_hand derived
    static bool isQuantityName(const std::string &name);
    // Moves a named quantity by `delta` (on_hand moves available); returns false when not stocked there.
    bool adjust(int variant, int location, const std::string &name, int delta, qint64 nowMs);
    qint64 nextAdjustmentGroupId() { return ShopifyIds::AdjustmentGroup + ++m_adjustmentGroups; }
    void inventoryChanged(int variant, int location);

    // Order life cycle; each returns user errors (empty on success) and emits the webhook events.
    std::variant<int, std::vector<ShopifyUserError>> placeOrder(const OrderInput &input, qint64 nowMs);
    struct FulfillRequest
    {
        qint64 fulfillmentOrderId = 0;
        std::vector<std::pair<qint64, int>> lines; // (fulfillment order line id, quantity); empty = all remaining
    };
    std::variant<std::pair<int, int>, std::vector<ShopifyUserError>> createFulfillment(
        const std::vector<FulfillRequest> &requests,
        const std::string &company,
        const std::string &number,
        const std::string &url,
        qint64 nowMs); // (order, fulfillment)
    struct RefundRequest
    {
        int order = -1;
        std::string note;
        std::vector<RefundLine> lines;
        std::optional<qint64> shippingCents;
        bool fullShipping = false;
        std::optional<qint64> transactionCents; // when given, the amount refunded
    };
    std::variant<int, std::vector<ShopifyUserError>> createRefund(const RefundRequest &request, qint64 nowMs);
    std::vector<ShopifyUserError> cancelOrder(
        int order, const std::string &reason, bool restock, bool refund, qint64 nowMs);
    struct ReturnRequest
    {
        int order = -1;
        std::vector<ReturnLine> lines;
        bool requested = false; // returnRequest: REQUESTED; returnCreate: OPEN
    };
    std::variant<int, std::vector<ShopifyUserError>> createReturn(const ReturnRequest &request, qint64 nowMs);
    // The fulfilment order with this id and the index of its order; {-1, nullptr} when there is none.
    std::pair<int, StoreFulfillmentOrder *> findFulfillmentOrder(qint64 id);
    // fulfillmentOrderLineItemsPreparedForPickup: each pickup fulfilment order moves to IN_PROGRESS and its
    // buyer gets a "Ready for pickup" notice, again on every call (Shopify has no guard against repeats).
    std::vector<ShopifyUserError> prepareForPickup(const std::vector<qint64> &fulfillmentOrderIds, qint64 nowMs);
    // The fulfillment line item with this id, as (order, fulfillment, line) indexes.
    std::optional<std::tuple<int, int, int>> findFulfillmentLine(qint64 id) const;

private:
    void publish(const std::string &topic, int order, int variant = -1, int location = -1);
    static void allocateOrderDiscount(StoreOrder &order);
    void recordSale(int order, qint64 nowMs);
    void recordRefundTransaction(int order, qint64 amountCents, qint64 nowMs);

    World m_world;
    EventSink m_events;
    qint64 m_lineItems = 0, m_fulfillmentOrders = 0, m_fulfillmentOrderLines = 0, m_fulfillments = 0,
           m_fulfillmentLines = 0, m_refunds = 0, m_returns = 0, m_returnLines = 0, m_adjustmentGroups = 0,
           m_subscriptions = 0, m_orderTransactions = 0;
};

} // namespace Quayside::Sandbox
