#include "core/flows/fulfilment/routingrules.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"

#include <QJsonArray>

namespace Quayside {

bool RoutingRules::isPickup(const QJsonObject &fulfillmentOrder)
{
    return fulfillmentOrder.value(QStringLiteral("deliveryMethod"))
               .toObject()
               .value(QStringLiteral("methodType"))
               .toString()
        == QLatin1String("PICK_UP");
}

std::optional<RoutingRules::PickupLocation> RoutingRules::pickupLocation(const QJsonObject &order)
{
    const QJsonArray fulfillmentOrders
        = order.value(QStringLiteral("fulfillmentOrders")).toObject().value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &v : fulfillmentOrders) {
        const QJsonObject fo = v.toObject();
        if (!isPickup(fo))
            continue;
        const QJsonObject assigned = fo.value(QStringLiteral("assignedLocation")).toObject();
        return PickupLocation {
            assigned.value(QStringLiteral("location")).toObject().value(QStringLiteral("id")).toString(),
            assigned.value(QStringLiteral("name")).toString()
        };
    }
    return std::nullopt;
}

RoutingRules::Decision RoutingRules::decide(const QJsonObject &order) const
{
    if (const auto pickup = pickupLocation(order)) {
        const QString warehouse = pickupWarehouses.value(pickup->id, pickupWarehouses.value(pickup->name));
        return { FulfilmentJobs::RoutePickup,
            QStringLiteral("the buyer collects it at %1").arg(pickup->name.isEmpty() ? pickup->id : pickup->name),
            warehouse };
    }
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

QStringList RoutingRules::warehouseCodes() const
{
    QStringList codes { shipBobWarehouse, internalWarehouse };
    for (const QString &code : pickupWarehouses)
        if (!codes.contains(code))
            codes << code;
    return codes;
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
        if (key == QLatin1String("pickupWarehouses") && it.value().isObject()) {
            const QJsonObject map = it.value().toObject();
            for (auto p = map.begin(); p != map.end(); ++p) {
                const QString code = p.value().toString().trimmed();
                if (p.key().trimmed().isEmpty() || code.isEmpty())
                    problems << QStringLiteral("pickupWarehouses maps a location name or id to a warehouse code");
                else
                    rules.pickupWarehouses.insert(p.key().trimmed(), code);
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
