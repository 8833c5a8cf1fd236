#include "core/flows/fulfilment/routingrules.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"

#include <QJsonArray>

namespace Quayside {

RoutingRules::Decision RoutingRules::decide(const QJsonObject &order) const
{
    if (!shipBobEnabled)
        return { FulfilmentJobs::RouteInternal, QStringLiteral("ShipBob is not in use") };
    const QString country
        = order.value(QStringLiteral("shippingAddress")).toObject().value(QStringLiteral("countryCodeV2")).toString();
    if (!country.isEmpty() && internalCountries.contains(country.toUpper()))
        return { FulfilmentJobs::RouteInternal,
            QStringLiteral("destination %1 is shipped from the internal warehouse").arg(country) };
    const QJsonArray lines
        = order.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray();
    for (const auto &l : lines) {
        const QString sku = l.toObject().value(QStringLiteral("sku")).toString();
        if (skusNotAtShipBob.contains(sku))
            return { FulfilmentJobs::RouteInternal, QStringLiteral("SKU %1 is not stocked at ShipBob").arg(sku) };
    }
    return { FulfilmentJobs::RouteShipBob, QStringLiteral("default route") };
}

} // namespace Quayside
