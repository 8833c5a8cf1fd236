#include "sandbox/shipbob/shipbobemulator.h"

#include "sandbox/shipbob/shipbobapi.h"
#include "sandbox/shipbob/shipbobjson.h"
#include "sandbox/shipbob/shipbobwebhooks.h"

namespace Quayside::Sandbox {

namespace {
QByteArray tokenFor(quint64 seed)
{
    SeededRandom random(seed ^ 0x7A7A7A7AULL);
    QByteArray hex;
    for (int i = 0; i < 5; ++i)
        hex += QByteArray::number(random.next(), 16).rightJustified(16, '0');
    return "sbx_pat_" + hex.left(64);
}
} // namespace

ShipBobEmulator::ShipBobEmulator(const World &world, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_state(world, seed)
    , m_token(tokenFor(seed))
    , m_channelId(100000 + int(seed % 800000))
    , m_faults(std::make_shared<FaultInjector>(seed))
    , m_dispatcher(std::make_unique<WebhookDispatcher>(m_faults))
    , m_webhooks(std::make_unique<ShipBobWebhooks>(m_dispatcher.get(), seed))
    , m_api(std::make_unique<ShipBobApi>(m_state, *m_webhooks, m_token, m_channelId))
{
    m_api->setFaultInjector(m_faults);
    m_api->setRandomSeed(seed);
    // Changes made through the API (a shipment on hold or in exception at creation, a cancellation, a return)
    // publish their webhooks once the request is answered.
    connect(m_api.get(), &EmulatorServer::requestHandled, this, [this] { publishEvents(); });
    connect(&m_timer, &QTimer::timeout, this, &ShipBobEmulator::tick);
}

ShipBobEmulator::~ShipBobEmulator() = default;

quint16 ShipBobEmulator::listenLocal(quint16 port)
{
    return m_api->listenLocal(port);
}

QUrl ShipBobEmulator::baseUrl() const
{
    return m_api->baseUrl();
}

QUrl ShipBobEmulator::apiUrl(const QString &pathAndQuery) const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/2026-01/") + pathAndQuery);
}

int ShipBobEmulator::fulfillmentCenterId() const
{
    return m_state.fulfillmentCenterId();
}

qint64 ShipBobEmulator::now() const
{
    return m_state.now();
}

void ShipBobEmulator::advance(qint64 ms)
{
    m_state.advance(ms);
    publishEvents();
}

void ShipBobEmulator::tick()
{
    advance(qint64(m_tickIntervalMs * m_speed));
}

void ShipBobEmulator::setAutoProgress(bool on, int tickIntervalMs, double speed)
{
    m_tickIntervalMs = std::max(1, tickIntervalMs);
    m_speed = speed;
    if (on)
        m_timer.start(m_tickIntervalMs);
    else
        m_timer.stop();
}

void ShipBobEmulator::setProgressionPlan(const ShipBobProgressionPlan &plan)
{
    m_state.setPlan(plan);
}

const ShipBobProgressionPlan &ShipBobEmulator::progressionPlan() const
{
    return m_state.plan();
}

void ShipBobEmulator::setRateLimitClock(std::function<qint64()> epochMs)
{
    m_api->rateLimiter().setClock(std::move(epochMs));
}

void ShipBobEmulator::setRateLimit(int requestsPerMinute)
{
    m_api->rateLimiter().setLimit(requestsPerMinute);
}

std::optional<ShipBobOrder> ShipBobEmulator::orderByReference(const QString &referenceId) const
{
    const auto *o = m_state.orderByReference(m_channelId, referenceId);
    return o ? std::optional(*o) : std::nullopt;
}

std::optional<ShipBobOrder> ShipBobEmulator::order(int orderId) const
{
    const auto *o = m_state.order(orderId);
    return o ? std::optional(*o) : std::nullopt;
}

std::optional<ShipBobShipment> ShipBobEmulator::shipment(int shipmentId) const
{
    const auto *s = m_state.shipment(shipmentId);
    return s ? std::optional(*s) : std::nullopt;
}

QString ShipBobEmulator::shipmentStatus(int shipmentId) const
{
    const auto *s = m_state.shipment(shipmentId);
    return s ? toApiStatus(s->stage) : QString();
}

std::optional<ShipBobStage> ShipBobEmulator::shipmentStage(int shipmentId) const
{
    const auto *s = m_state.shipment(shipmentId);
    return s ? std::optional(s->stage) : std::nullopt;
}

QString ShipBobEmulator::trackingStatus(int shipmentId) const
{
    const auto *s = m_state.shipment(shipmentId);
    if (!s)
        return QString();
    const auto status = ShipBobJson::tracking(*s).at("status");
    return status.is_string() ? QString::fromStdString(status.get<std::string>()) : QString();
}

int ShipBobEmulator::fulfillableQuantity(const QString &sku) const
{
    const auto *item = m_state.inventoryBySku(sku);
    return item ? item->fulfillable() : -1;
}

int ShipBobEmulator::onHandQuantity(const QString &sku) const
{
    const auto *item = m_state.inventoryBySku(sku);
    return item ? item->onHand : -1;
}

int ShipBobEmulator::committedQuantity(const QString &sku) const
{
    const auto *item = m_state.inventoryBySku(sku);
    return item ? item->committed : -1;
}

int ShipBobEmulator::inventoryId(const QString &sku) const
{
    const auto *item = m_state.inventoryBySku(sku);
    return item ? item->inventoryId : 0;
}

bool ShipBobEmulator::holdShipment(int shipmentId, const QString &reason)
{
    const bool ok = m_state.holdShipment(shipmentId, reason);
    publishEvents();
    return ok;
}

bool ShipBobEmulator::releaseShipment(int shipmentId)
{
    const bool ok = m_state.releaseShipment(shipmentId);
    publishEvents();
    return ok;
}

bool ShipBobEmulator::failNextDelivery(int shipmentId)
{
    return m_state.failNextDelivery(shipmentId);
}

bool ShipBobEmulator::cancelShipment(int shipmentId)
{
    const bool ok = m_state.cancelShipment(shipmentId);
    publishEvents();
    return ok;
}

int ShipBobEmulator::splitShipment(int shipmentId, const QList<QPair<QString, int>> &moveOut)
{
    const int id = m_state.splitShipment(shipmentId, moveOut);
    publishEvents();
    return id;
}

void ShipBobEmulator::adjustOnHand(const QString &sku, int delta)
{
    m_state.adjustOnHand(sku, delta);
}

void ShipBobEmulator::setWebhookUrl(const QByteArray &topic, const QUrl &url)
{
    m_webhooks->subscribe({ QString::fromLatin1(topic) }, url, QStringLiteral("sandbox"), m_webhooks->defaultSecret());
}

QByteArray ShipBobEmulator::webhookSecret() const
{
    return m_webhooks->defaultSecret();
}

void ShipBobEmulator::publishEvents()
{
    for (const auto &event : m_state.takeEvents()) {
        nlohmann::json payload;
        if (event.shipmentId != 0) {
            if (const auto *s = m_state.shipment(event.shipmentId))
                payload = ShipBobJson::shipment(*s, m_state);
        } else if (const auto *r = m_state.returnOrder(event.returnId)) {
            payload = ShipBobJson::returnOrder(*r, m_state, false);
        }
        if (!payload.is_null())
            m_webhooks->publish(event.topic, QByteArray::fromStdString(payload.dump()));
        Q_EMIT eventPublished(event.topic, event.shipmentId, event.returnId);
    }
}

} // namespace Quayside::Sandbox
