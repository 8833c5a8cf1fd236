#include "core/flows/inventory/inventorysettings.h"

#include <QJsonArray>

namespace Quayside {

namespace {
QString modeName(InventorySettings::ReconcileMode m)
{
    return m == InventorySettings::ReconcileMode::Correct ? QStringLiteral("correct") : QStringLiteral("report");
}
} // namespace

QString InventorySettings::systemName(SystemOfRecord s)
{
    switch (s) {
    case InventorySettings::SystemOfRecord::Odoo:
        return QStringLiteral("odoo");
    case InventorySettings::SystemOfRecord::Shopify:
        return QStringLiteral("shopify");
    case InventorySettings::SystemOfRecord::None:
        break;
    }
    return QStringLiteral("none");
}

namespace {
void note(QString *error, const QString &what)
{
    if (error)
        *error += (error->isEmpty() ? QString() : QStringLiteral("; ")) + what;
}
} // namespace

const InventoryLocation *InventorySettings::location(const QString &key) const
{
    for (const auto &l : locations)
        if (l.key == key)
            return &l;
    return nullptr;
}

QJsonObject InventorySettings::toJson() const
{
    QJsonArray locs;
    for (const auto &l : locations)
        locs.append(QJsonObject { { QStringLiteral("key"), l.key },
            { QStringLiteral("odooWarehouse"), l.odooWarehouse },
            { QStringLiteral("shopifyLocation"), l.shopifyLocation },
            { QStringLiteral("shipbobFulfillmentCenterId"), l.shipbobFulfillmentCenterId } });
    QJsonObject perSku;
    for (auto it = safetyStockBySku.cbegin(); it != safetyStockBySku.cend(); ++it)
        perSku.insert(it.key(), it.value());
    return { { QStringLiteral("locations"), locs },
        { QStringLiteral("safetyStock"), safetyStock },
        { QStringLiteral("safetyStockBySku"), perSku },
        { QStringLiteral("reconcileMode"), modeName(reconcileMode) },
        { QStringLiteral("nameSource"), systemName(nameSource) },
        { QStringLiteral("priceSource"), systemName(priceSource) } };
}

InventorySettings InventorySettings::fromJson(const QJsonObject &json, QString *error)
{
    InventorySettings s = defaults();
    if (json.contains(QStringLiteral("locations"))) {
        s.locations.clear();
        for (const auto &v : json.value(QStringLiteral("locations")).toArray()) {
            const QJsonObject o = v.toObject();
            InventoryLocation l;
            l.key = o.value(QStringLiteral("key")).toString();
            l.odooWarehouse = o.value(QStringLiteral("odooWarehouse")).toString();
            l.shopifyLocation = o.value(QStringLiteral("shopifyLocation")).toString();
            l.shipbobFulfillmentCenterId = o.value(QStringLiteral("shipbobFulfillmentCenterId")).toInt();
            if (l.key.isEmpty() || l.odooWarehouse.isEmpty() || l.shopifyLocation.isEmpty()) {
                note(error, QStringLiteral("a location needs a key, an Odoo warehouse and a Shopify location"));
                continue;
            }
            s.locations << l;
        }
    }
    const auto count = [&](const char *name, auto &field, qint64 minimum) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() < double(minimum))
            note(error, QStringLiteral("%1 must be a number of at least %2").arg(QLatin1String(name)).arg(minimum));
        else
            field = std::remove_reference_t<decltype(field)>(v.toDouble());
    };
    count("safetyStock", s.safetyStock, 0);
    const QJsonObject perSku = json.value(QStringLiteral("safetyStockBySku")).toObject();
    for (auto it = perSku.constBegin(); it != perSku.constEnd(); ++it) {
        if (it.value().isDouble() && it.value().toInt() >= 0)
            s.safetyStockBySku.insert(it.key(), it.value().toInt());
        else
            note(error, QStringLiteral("the safety stock of %1 must be a number of at least 0").arg(it.key()));
    }
    const QString mode = json.value(QStringLiteral("reconcileMode")).toString();
    if (mode == QLatin1String("report"))
        s.reconcileMode = ReconcileMode::Report;
    else if (mode == QLatin1String("correct"))
        s.reconcileMode = ReconcileMode::Correct;
    else if (!mode.isEmpty())
        note(error, QStringLiteral("reconcileMode must be \"correct\" or \"report\""));
    for (const auto &[key, field] :
        { std::pair { "nameSource", &s.nameSource }, std::pair { "priceSource", &s.priceSource } }) {
        const QString v = json.value(QLatin1String(key)).toString();
        if (v == QLatin1String("odoo"))
            *field = SystemOfRecord::Odoo;
        else if (v == QLatin1String("shopify"))
            *field = SystemOfRecord::Shopify;
        else if (v == QLatin1String("none"))
            *field = SystemOfRecord::None;
        else if (!v.isEmpty())
            note(error, QStringLiteral("%1 must be \"odoo\", \"shopify\" or \"none\"").arg(QLatin1String(key)));
    }
    return s;
}

InventorySettings InventorySettings::defaults()
{
    InventorySettings s;
    s.locations = {
        { QStringLiteral("main"), QStringLiteral("WH"), QStringLiteral("Main Street Warehouse"), 0 },
        { QStringLiteral("shipbob-cicero"), QStringLiteral("SBCIC"), QStringLiteral("ShipBob Cicero (IL)"), 10 },
    };
    return s;
}

} // namespace Quayside
