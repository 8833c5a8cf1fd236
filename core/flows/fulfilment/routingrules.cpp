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

QString RoutingRules::warehouseFor(const QString &route) const
{
    return route == FulfilmentJobs::RouteShipBob ? shipBobWarehouse : internalWarehouse;
}

RoutingRules RoutingRules::fromJson(const QJsonObject &json, QString *error)
{
    RoutingRules rules;
    QStringList problems;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if ((key == QLatin1String("shipBobEnabled") || key == QLatin1String("byStock")) && it.value().isBool()) {
            (key == QLatin1String("byStock") ? rules.byStock : rules.shipBobEnabled) = it.value().toBool();
            continue;
        }
        if ((key == QLatin1String("shipBobWarehouse") || key == QLatin1String("internalWarehouse"))
            && it.value().isString() && !it.value().toString().trimmed().isEmpty()) {
            (key == QLatin1String("shipBobWarehouse") ? rules.shipBobWarehouse : rules.internalWarehouse)
                = it.value().toString().trimmed();
            continue;
        }
        if ((key == QLatin1String("internalCountries") || key == QLatin1String("skusNotAtShipBob"))
            && it.value().isArray()) {
            QSet<QString> &target
                = key == QLatin1String("internalCountries") ? rules.internalCountries : rules.skusNotAtShipBob;
            for (const QJsonValue &v : it.value().toArray()) {
                const QString text = v.toString().trimmed();
                if (text.isEmpty())
                    problems << QStringLiteral("%1 must list non-empty strings").arg(key);
                else
                    target.insert(key == QLatin1String("internalCountries") ? text.toUpper() : text);
            }
            continue;
        }
        problems << QStringLiteral("routing.%1 is unknown or of the wrong type").arg(key);
    }
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return rules;
}

} // namespace Quayside
