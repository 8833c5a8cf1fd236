#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Quayside {

// Where a confirmed order is fulfilled. Default: everything goes to ShipBob. An order stays with the
// internal warehouse (Odoo's own delivery, no 3PL) when its destination country is in `internalCountries`,
// or when any of its SKUs is in `skusNotAtShipBob` (not stocked there), or when ShipBob is switched off.
// With `byStock`, an order bound for ShipBob whose lines ShipBob's warehouse cannot cover (Odoo's free
// quantity there) while the internal one can ships from the internal warehouse instead; when neither can,
// it stays with ShipBob as a backorder. The stock is read when the sale order is created, and the
// warehouse it is created in is the decision from then on.
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
    QString warehouseFor(const QString &route) const;

    struct Decision
    {
        QString route; // FulfilmentJobs::RouteShipBob or RouteInternal
        QString reason; // for the trace
    };
    // `order` is the Shopify order as the order poll reads it (shippingAddress.countryCodeV2, lineItems).
    Decision decide(const QJsonObject &order) const;

    // {"shipBobEnabled": true, "byStock": false, "internalCountries": ["CA"], "skusNotAtShipBob": ["QS-X"],
    // "shipBobWarehouse": "SBCIC", "internalWarehouse": "WH"}; unknown keys and wrong types are named in
    // `error` and leave the defaults.
    static RoutingRules fromJson(const QJsonObject &json, QString *error);
};

} // namespace Quayside
