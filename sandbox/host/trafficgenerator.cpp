#include "sandbox/host/trafficgenerator.h"

#include "sandbox/host/sandboxhost.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <cmath>

namespace Quayside::Sandbox {

TrafficGenerator::TrafficGenerator(SandboxHost *host, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_random(seed ^ 0x5eed0f0dULL)
    , m_pickups(seed ^ 0x91c4f0dULL)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        placeOne();
        // Roughly 1 order in 25 is cancelled, 1 in 25 partly refunded, 1 in 30 returned once fulfilled.
        if (m_random.chance(0.04))
            cancelOne();
        if (m_random.chance(0.04))
            refundOne();
        if (m_random.chance(0.033))
            returnOne();
        scheduleNext();
    });
}

void TrafficGenerator::setOrdersPerMinute(double rate)
{
    m_rate = std::max(0.0, rate);
    m_timer.stop();
    scheduleNext();
}

void TrafficGenerator::scheduleNext()
{
    if (m_rate <= 0)
        return;
    // Exponential gaps (a Poisson process); one minute in ten runs at five times the rate, like a sale.
    const bool burst = m_random.chance(0.1);
    const double rate = (burst ? 5.0 : 1.0) * m_rate / 60000.0; // orders per ms
    const double gap = -std::log(1.0 - m_random.unit()) / rate;
    m_timer.start(int(std::clamp(gap, 1.0, 600000.0)));
}

QString TrafficGenerator::placeOne(QString *error)
{
    const World &world = m_host->world();
    OrderInput input;
    const int lines = m_random.bounded(1, 5);
    for (int l = 0; l < lines; ++l) {
        OrderLineInput line;
        line.sku = world.variants().at(m_random.bounded(0, int(world.variants().size()))).sku;
        line.quantity = m_random.chance(0.8) ? 1 : m_random.bounded(2, 4);
        if (m_random.chance(0.15))
            line.discountCents = 200;
        input.lines << line;
    }
    // A product just launched in Shopify sells above average (and may not be set up in Odoo yet).
    if (!m_host->missingSku().isEmpty() && m_random.chance(0.08))
        input.lines.append(OrderLineInput { m_host->missingSku(), 1, -1, 0 });
    // A third of shoppers check out as guests; the rest are the world's known customers.
    input.customerIndex = m_random.chance(0.33) ? -1 : m_random.bounded(0, int(world.customers().size()));
    if (input.customerIndex < 0)
        input.guestEmail = QStringLiteral("guest%1@example.net").arg(m_placed + 1);
    input.shippingCents = m_random.chance(0.3) ? 0 : 599;
    input.orderDiscountCents = m_random.chance(0.1) ? 500 : 0;
    if (m_random.chance(0.05))
        input.currency = QStringLiteral("EUR");
    // Both locations sell online; the ShipBob one fulfils most web orders.
    input.locationKey = m_random.chance(0.7) ? QStringLiteral("shipbob-cicero") : QStringLiteral("main");
    if (input.locationKey == QLatin1String("main") && m_pickupShare > 0 && m_pickups.chance(m_pickupShare)) {
        input.pickup = true;
        input.shippingCents = 0;
        input.shippingTitle = QStringLiteral("Pickup at the Main Street store");
    }
    const QString id = m_host->shopify()->placeOrder(input, error);
    if (!id.isEmpty()) {
        ++m_placed;
        Q_EMIT orderPlaced(id);
    }
    return id;
}

} // namespace Quayside::Sandbox

namespace Quayside::Sandbox {

int TrafficGenerator::pickOrder(const std::function<bool(int)> &eligible)
{
    const auto &orders = m_host->shopify()->store().orders;
    QList<int> candidates;
    // Shoppers act on recent orders: look at the last 50.
    for (int i = int(orders.size()) - 1; i >= 0 && i >= int(orders.size()) - 50; --i)
        if (eligible(i))
            candidates << i;
    return candidates.isEmpty() ? -1 : candidates.at(m_random.bounded(0, int(candidates.size())));
}

bool TrafficGenerator::cancelOne()
{
    ShopifyStore &store = m_host->shopify()->store();
    const int order = pickOrder(
        [&](int i) { return !store.orders[size_t(i)].cancelledAtMs && store.orders[size_t(i)].fulfillments.empty(); });
    if (order < 0)
        return false;
    const bool ok = store.cancelOrder(order, "CUSTOMER", true, true, m_host->shopify()->now()).empty();
    m_cancelled += ok ? 1 : 0;
    return ok;
}

bool TrafficGenerator::refundOne()
{
    ShopifyStore &store = m_host->shopify()->store();
    const int order = pickOrder([&](int i) {
        const auto &o = store.orders[size_t(i)];
        return !o.cancelledAtMs && o.refunds.empty() && !o.lines.empty() && o.lines.front().quantity > 0;
    });
    if (order < 0)
        return false;
    ShopifyStore::RefundRequest request;
    request.order = order;
    request.note = "Damaged in transit";
    RefundLine line;
    line.line = 0;
    line.quantity = 1;
    line.restockType = "NO_RESTOCK";
    request.lines.push_back(line);
    const auto result = store.createRefund(request, m_host->shopify()->now());
    const bool ok = std::holds_alternative<int>(result);
    m_refunded += ok ? 1 : 0;
    return ok;
}

bool TrafficGenerator::returnOne()
{
    ShopifyStore &store = m_host->shopify()->store();
    const int order = pickOrder([&](int i) {
        const auto &o = store.orders[size_t(i)];
        return !o.fulfillments.empty() && o.returns.empty() && !o.fulfillments.front().lines.empty();
    });
    if (order < 0)
        return false;
    ShopifyStore::ReturnRequest request;
    request.order = order;
    ReturnLine line;
    line.fulfillmentLineItemId = store.orders[size_t(order)].fulfillments.front().lines.front().id;
    line.quantity = 1;
    line.note = "Wrong size";
    request.lines.push_back(line);
    // The merchant books the customer's return in the admin (returnCreate): approved at once, so it is
    // OPEN and flows on to Odoo and the 3PL. (A REQUESTED return waits for an approval the sandbox does
    // not give.)
    request.requested = false;
    const auto result = store.createReturn(request, m_host->shopify()->now());
    const bool ok = std::holds_alternative<int>(result);
    m_returned += ok ? 1 : 0;
    return ok;
}

} // namespace Quayside::Sandbox
