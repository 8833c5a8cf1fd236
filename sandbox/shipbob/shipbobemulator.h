#pragma once

#include "sandbox/common/webhookdispatcher.h"
#include "sandbox/common/world.h"
#include "sandbox/shipbob/shipbobstate.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Quayside::Sandbox {

class ShipBobApi;
class ShipBobWebhooks;

// The ShipBob sandbox as tests, the demo and the traffic generator use it: the 2026-01 API on 127.0.0.1 (a PAT
// and a channel derived from the seed), ShipBob's state seeded from the world's ShipBob fulfilment centre, a
// simulated clock that moves shipments (Processing -> Picked -> Packed -> LabeledCreated -> in transit ->
// delivered) and returns forward, and signed webhooks for every change. Point a client at baseUrl() with
// token() and it cannot tell it from api.shipbob.com except by the URL and the token.
class ShipBobEmulator : public QObject
{
    Q_OBJECT

public:
    ShipBobEmulator(const World &world, quint64 seed, QObject *parent = nullptr);
    ~ShipBobEmulator() override;

    // Server
    quint16 listenLocal(quint16 port = 0);
    QUrl baseUrl() const; // http://127.0.0.1:<port>; the API lives under /2026-01/
    QUrl apiUrl(const QString &pathAndQuery) const; // apiUrl("order?Limit=5") -> .../2026-01/order?Limit=5
    QByteArray token() const { return m_token; } // the PAT: "Authorization: Bearer <token>"
    int channelId() const { return m_channelId; } // send as the shipbob_channel_id header
    int fulfillmentCenterId() const;
    ShipBobApi *server() const { return m_api.get(); }
    FaultInjector *faults() const { return m_faults.get(); }
    std::shared_ptr<FaultInjector> faultInjector() const { return m_faults; }
    WebhookDispatcher *webhookDispatcher() const { return m_dispatcher.get(); }

    // Simulated clock
    qint64 now() const; // simulated epoch ms; starts at 2026-01-15T09:00:00Z
    void advance(qint64 ms); // applies every due step and publishes its webhooks
    void tick(); // advance(tickIntervalMs * speed)
    void setAutoProgress(bool on, int tickIntervalMs = 250, double speed = 60.0);
    bool autoProgress() const { return m_timer.isActive(); }
    void setProgressionPlan(const ShipBobProgressionPlan &plan);
    const ShipBobProgressionPlan &progressionPlan() const;

    // Rate limit: 150 requests per sliding minute per token; the clock is injectable for tests.
    void setRateLimitClock(std::function<qint64()> epochMs);
    void setRateLimit(int requestsPerMinute);

    // Lookups for tests and the traffic generator (the emulator's own channel)
    std::optional<ShipBobOrder> orderByReference(const QString &referenceId) const;
    std::optional<ShipBobOrder> order(int orderId) const;
    std::optional<ShipBobShipment> shipment(int shipmentId) const;
    QString shipmentStatus(int shipmentId) const; // Orders.OrderStatusEnum, empty if unknown
    std::optional<ShipBobStage> shipmentStage(int shipmentId) const;
    QString trackingStatus(int shipmentId) const; // "PreTransit", "InTransit", "Delivered", ...
    int fulfillableQuantity(const QString &sku) const; // -1 if ShipBob does not know the SKU
    int onHandQuantity(const QString &sku) const;
    int committedQuantity(const QString &sku) const;
    int inventoryId(const QString &sku) const;

    // Steering, as ShipBob's floor and carriers would
    bool holdShipment(int shipmentId, const QString &reason = QStringLiteral("Invalid Address"));
    bool releaseShipment(int shipmentId);
    bool failNextDelivery(int shipmentId);
    bool cancelShipment(int shipmentId);
    int splitShipment(int shipmentId, const QList<QPair<QString, int>> &moveOut); // new shipment id or 0
    void adjustOnHand(const QString &sku, int delta); // inventory drift for reconciliation

    // Webhooks: subscriptions made here are signed with webhookSecret(); the API can add others.
    void setWebhookUrl(const QByteArray &topic, const QUrl &url);
    QByteArray webhookSecret() const;
    ShipBobWebhooks &webhooks() const { return *m_webhooks; }

    ShipBobState &state() { return m_state; }
    const ShipBobState &state() const { return m_state; }

Q_SIGNALS:
    void eventPublished(const QByteArray &topic, int shipmentId, int returnId);

private:
    void publishEvents();

    ShipBobState m_state;
    QByteArray m_token;
    int m_channelId;
    std::shared_ptr<FaultInjector> m_faults;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    std::unique_ptr<ShipBobWebhooks> m_webhooks;
    std::unique_ptr<ShipBobApi> m_api;
    QTimer m_timer;
    int m_tickIntervalMs = 250;
    double m_speed = 60.0;
};

} // namespace Quayside::Sandbox
