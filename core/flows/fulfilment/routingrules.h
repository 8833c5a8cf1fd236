#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace Quayside {

// Where a confirmed order is fulfilled. Default: everything goes to ShipBob. An order stays with the
// internal warehouse (Odoo's own delivery, no 3PL) when its destination country is in `internalCountries`,
// or when any of its SKUs is in `skusNotAtShipBob` (not stocked there), or when ShipBob is switched off.
// With `byStock`, an order bound for ShipBob whose lines ShipBob's warehouse cannot cover (Odoo's free
// quantity there) while the internal one can ships from the internal warehouse instead; when neither can,
// it stays with ShipBob as a backorder. The stock is read when the sale order is created, and the
// warehouse it is created in is the decision from then on.
// Before all of that: an order whose buyer collects it (a PICK_UP fulfilment order) is a pickup, prepared
// in the Odoo warehouse of its pickup location (`pickupWarehouses`), and never goes to a 3PL.
struct RoutingRules
{
    bool shipBobEnabled = true;
    QSet<QString> internalCountries; // ISO 3166-1 alpha-2, e.g. "CA"
    QSet<QString> skusNotAtShipBob;
    bool byStock = false;
    // The Odoo warehouse (stock.warehouse code) each route ships from: the sale order is created in it, so
    // Odoo reserves and moves the stock where the goods really are (ShipBob's stock is its own warehouse).
    QString shipBobWarehouse = QStringLiteral("SBCIC");
    QString internalWarehouse = QStringLiteral("WH");
    // Shopify pickup location (its gid or its name) -> the Odoo warehouse (code) behind its counter.
    QHash<QString, QString> pickupWarehouses;
    QString warehouseFor(const QString &route) const;
    // Every warehouse code a route may use.
    QStringList warehouseCodes() const;

    struct Decision
    {
        QString route; // FulfilmentJobs::RouteShipBob, RouteInternal or RoutePickup
        QString reason; // for the trace
        QString warehouse = {}; // a pickup's warehouse code; empty when its location has none mapped
    };
    struct PickupLocation
    {
        QString id; // Location gid
        QString name;
    };
    // Whether the buyer collects this fulfilment order (deliveryMethod.methodType PICK_UP).
    static bool isPickup(const QJsonObject &fulfillmentOrder);
    // Where the buyer collects the order, when one of its fulfilment orders is a local pickup.
    static std::optional<PickupLocation> pickupLocation(const QJsonObject &order);
    // `order` is the Shopify order as the order poll reads it (shippingAddress.countryCodeV2, lineItems).
    Decision decide(const QJsonObject &order) const;

    // {"shipBobEnabled": true, "byStock": false, "internalCountries": ["CA"], "skusNotAtShipBob": ["QS-X"],
    // "shipBobWarehouse": "SBCIC", "internalWarehouse": "WH", "pickupWarehouses": {"Main Street": "WH"}}; unknown keys
    // and wrong types are named in `error` and leave the defaults.
    static RoutingRules fromJson(const QJsonObject &json, QString *error);
};

} // namespace Quayside
