#include "sandbox/host/trafficgenerator.h"

#include "sandbox/host/sandboxhost.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <cmath>

namespace Quayside::Sandbox {

TrafficGenerator::TrafficGenerator(SandboxHost *host, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_random(seed ^ 0x5eed0f0dULL)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        placeOne();
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
    const QString id = m_host->shopify()->placeOrder(input, error);
    if (!id.isEmpty()) {
        ++m_placed;
        Q_EMIT orderPlaced(id);
    }
    return id;
}

} // namespace Quayside::Sandbox
