#pragma once

#include "core/connectors/common/fulfilmentprovider.h"
#include "core/connectors/common/httpexchange.h"
#include "core/connectors/shipbob/slidingwindow.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Quayside::Connectors {

struct ShipBobConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.shipbob.com"));
    QString apiVersion = QStringLiteral("2026-01");
    QString token; // personal access token, from the keychain; never logged
    int channelId = 0; // sent as shipbob_channel_id
    int requestsPerMinute = 150; // ShipBob's sliding window per user and application
    qint64 maxWaitMs = 15000; // longer waits for a slot fail the step as rate limited instead
    QString shippingMethod = QStringLiteral("Standard"); // must match the merchant's ship option mapping
    int timeoutMs = 30000;
};

// ShipBob Developer API 2026-01 (threepl.md §1.2): bearer token, shipbob_channel_id, the 150/min sliding
// window kept on our side and x-retry-after honoured, errors classified (401/403 auth, 429 rate limited,
// 422 duplicate reference_id vs other refusals, 400 validation, 5xx and network transient).
class ShipBobClient final : public QObject, public FulfilmentProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipBobClient)

public:
    ShipBobClient(QNetworkAccessManager *network, ShipBobConfig config, QObject *parent = nullptr);

    QString sourceName() const override;
    static QString sourceNameFor(int channelId); // "shipbob:<channel>", the inbound event source
    void createOrder(const ProviderOrderRequest &request, ProviderOrdersCallback done) override;
    void ordersByReference(const QString &referenceId, ProviderOrdersCallback done) override;
    void ordersUpdatedSince(const QDateTime &since, int page, ProviderPageCallback done) override;
    void cancelOrder(qint64 orderId, ProviderCallback done) override;
    void createReturn(const ProviderReturnRequest &request, ProviderReturnsCallback done) override;
    void returnsByReference(const QString &referenceId, ProviderReturnsCallback done) override;

    const ShipBobConfig &config() const { return m_config; }
    int requestsSent() const { return m_sent; }

    // One raw request under /<version>/; the answer classified. Public for tests and tools.
    void request(const QByteArray &verb,
        const QString &pathAndQuery,
        const QJsonDocument &body,
        std::function<void(ProviderResult, HttpOutcome)> done);

    // ShipBob's JSON mapped to the provider-neutral records.
    static ProviderOrder orderFrom(const QJsonObject &order);
    static ProviderShipment shipmentFrom(const QJsonObject &shipment);
    // Orders.OrderStatusEnum (+ delivery) → canonical state name.
    static QString canonicalState(const QString &status, bool delivered);
    static ProviderResult classify(const HttpOutcome &outcome, const QByteArray &verb);

private:
    // The order's own fields from the request's typed values, when no mapping made them.
    QJsonObject orderFields(const ProviderOrderRequest &req) const;
    void withFulfillmentCenter(std::function<void(ProviderResult, int)> done);
    void inventoryIdFor(const QString &sku, std::function<void(ProviderResult, int)> done);

    QNetworkAccessManager *m_network;
    ShipBobConfig m_config;
    std::shared_ptr<SlidingWindow> m_window;
    int m_fulfillmentCenterId = 0;
    QHash<QString, int> m_inventoryBySku;
    int m_sent = 0;
};

} // namespace Quayside::Connectors
