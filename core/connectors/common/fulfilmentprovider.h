#pragma once

#include "core/engine/errorclass.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Quayside::Connectors {

// What a fulfilment provider (a 3PL) answered, classified for the engine.
struct ProviderResult
{
    bool ok = false;
    ErrorClass errorClass = ErrorClass::Transient;
    QString message; // for the operator; never contains customer data
    qint64 retryAfterMs = -1;
    bool duplicate = false; // a create was refused because its reference id already exists
    bool ambiguous = false; // the request may have been applied (no answer after sending): re-read first
    int status = 0;

    static ProviderResult success()
    {
        ProviderResult r;
        r.ok = true;
        return r;
    }
};

struct ProviderLine
{
    QString sku;
    QString name;
    int quantity = 0;
};

struct ProviderAddress
{
    QString name;
    QString company;
    QString address1;
    QString address2;
    QString city;
    QString province;
    QString zip;
    QString country; // ISO 3166-1 alpha-2
    QString phone;
    QString email;
};

struct ProviderOrderRequest
{
    QString referenceId; // our stable idempotency key (the Shopify order's numeric id)
    QString orderNumber; // "#1001", shown in the provider's app
    ProviderAddress recipient;
    QList<ProviderLine> lines;
    QString shippingMethod;
    // The provider's own order fields as a mapping made them (ShipBob: recipient, order_number, type,
    // shipping_method, tags...). When set, they are the order as sent, instead of orderNumber, recipient
    // and shippingMethod; the reference id and the lines are always the ones above.
    QJsonObject fields;
};

// One shipment as the provider reports it, mapped to the canonical state names of
// flows/fulfilment/shipmentstate.h ("pending", "accepted", ..., "cancelled").
struct ProviderShipment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString state; // canonical
    QString rawStatus; // the provider's own words, kept verbatim
    QDateTime at; // when the provider last changed it
    QString carrier;
    QString trackingNumber;
    QString trackingUrl;
    QList<ProviderLine> lines;
};

struct ProviderOrder
{
    qint64 id = 0;
    QString referenceId;
    QString orderNumber;
    QString status; // the provider's order status, verbatim
    QDateTime lastUpdate;
    QList<ProviderShipment> shipments;
};

struct ProviderReturnRequest
{
    QString referenceId; // our stable idempotency key (the Shopify return's numeric id)
    QList<ProviderLine> lines;
    qint64 originalShipmentId = 0; // 0: unknown
};

struct ProviderReturn
{
    qint64 id = 0;
    QString referenceId;
    QString status;
};

using ProviderOrdersCallback = std::function<void(ProviderResult, QList<ProviderOrder>)>;
using ProviderPageCallback = std::function<void(ProviderResult, QList<ProviderOrder>, bool hasMore)>;
using ProviderReturnsCallback = std::function<void(ProviderResult, QList<ProviderReturn>)>;
using ProviderCallback = std::function<void(ProviderResult)>;

// A 3PL as the fulfilment flow sees it. Creates are idempotent at the provider by reference id: a repeat
// answers with `duplicate` set, and the caller looks the existing record up. A second 3PL is a new folder
// with a new implementation of this interface.
class FulfilmentProvider
{
public:
    virtual ~FulfilmentProvider() = default;

    virtual QString sourceName() const = 0; // inbound event source, e.g. "shipbob:<channel>"
    virtual void createOrder(const ProviderOrderRequest &request, ProviderOrdersCallback done) = 0;
    virtual void ordersByReference(const QString &referenceId, ProviderOrdersCallback done) = 0;
    // Orders (with their shipments) the provider changed at or after `since`, oldest first; page from 1.
    virtual void ordersUpdatedSince(const QDateTime &since, int page, ProviderPageCallback done) = 0;
    // Cancels every shipment that has not left the building.
    virtual void cancelOrder(qint64 orderId, ProviderCallback done) = 0;
    virtual void createReturn(const ProviderReturnRequest &request, ProviderReturnsCallback done) = 0;
    virtual void returnsByReference(const QString &referenceId, ProviderReturnsCallback done) = 0;
};

} // namespace Quayside::Connectors
