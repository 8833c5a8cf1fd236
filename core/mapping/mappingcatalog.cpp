#include "core/mapping/mappingcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtDebug>

#include <algorithm>

namespace Quayside::Mapping {

QList<MappingDocument> MappingCatalog::shippedDefaults()
{
    QList<MappingDocument> out;
    const QDir dir(QStringLiteral(":/mappings"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QList<MappingError> errors;
        const auto doc
            = file.open(QIODevice::ReadOnly) ? MappingDocument::fromJson(file.readAll(), &errors) : std::nullopt;
        if (doc)
            out << *doc;
        else
            qWarning() << "Shipped mapping" << name
                       << "is unreadable:" << (errors.isEmpty() ? file.errorString() : errors.first().text());
    }
    return out;
}

std::optional<MappingDocument> MappingCatalog::shippedDefault(const MappingKey &key)
{
    for (const MappingDocument &d : shippedDefaults())
        if (d.key == key)
            return d;
    return std::nullopt;
}

QList<MappingKey> MappingCatalog::flowKeys()
{
    return { odooSaleOrder(), shipBobOrder(), odooPicking(), shopifyFulfillment() };
}

QStringList MappingCatalog::reservedTargets(const MappingKey &key)
{
    if (key == odooSaleOrder())
        return { QStringLiteral("partner_id"),
            QStringLiteral("origin"),
            QStringLiteral("order_line"),
            QStringLiteral("warehouse_id") };
    // reference_id is ShipBob's idempotency key; the products are the order's open lines by SKU.
    if (key == shipBobOrder())
        return { QStringLiteral("reference_id"), QStringLiteral("products") };
    // The tracking number marks the fulfilment as this shipment's (a re-run counts what it covers); the
    // lines are what the shipment holds, taken from Shopify's open fulfillment orders.
    if (key == shopifyFulfillment())
        return { QStringLiteral("lineItemsByFulfillmentOrder"), QStringLiteral("trackingInfo.number") };
    // The tracking reference marks the picking as this shipment's, so a re-run never validates a second one.
    if (key == odooPicking())
        return { QStringLiteral("carrier_tracking_ref") };
    return {};
}

bool MappingCatalog::isReserved(const QStringList &reserved, const QString &target)
{
    return std::any_of(reserved.cbegin(), reserved.cend(), [&target](const QString &r) {
        return target == r || target.startsWith(r + QLatin1Char('.')) || r.startsWith(target + QLatin1Char('.'));
    });
}

QPair<QString, QString> MappingCatalog::sampleStep(const MappingKey &key)
{
    const QString flow = QStringLiteral("orders");
    if (key == odooSaleOrder())
        return { flow, QStringLiteral("create_sale_order") };
    if (key == shipBobOrder())
        return { flow, QStringLiteral("create_3pl_order") };
    if (key == odooPicking())
        return { flow, QStringLiteral("apply_shipment") };
    if (key == shopifyFulfillment())
        return { flow, QStringLiteral("fulfill_in_shopify") };
    return {};
}

QList<TargetField> MappingCatalog::knownTargets(const MappingKey &key)
{
    const auto field = [](const char *name, const char *type, const char *label, bool required = false) {
        return TargetField { QLatin1String(name), QLatin1String(type), QLatin1String(label), required, {}, {} };
    };
    // ShipBob's Orders.CreateOrderModel (API 2026-01), the parts the flow leaves to mappings.
    if (key == shipBobOrder())
        return { field("order_number", "string", "Order number", true),
            field("type", "string", "Order type (DTC, DropShip, B2B)", true),
            field("shipping_method", "string", "Ship option (the merchant's ship option mapping)", true),
            field("recipient.name", "string", "Recipient name", true),
            field("recipient.address.address1", "string", "Address line 1", true),
            field("recipient.address.address2", "string", "Address line 2"),
            field("recipient.address.company_name", "string", "Company"),
            field("recipient.address.city", "string", "City", true),
            field("recipient.address.state", "string", "State or province"),
            field("recipient.address.zip_code", "string", "Postal code"),
            field("recipient.address.country", "string", "Country (ISO 3166-1 alpha-2)", true),
            field("recipient.email", "string", "Recipient e-mail"),
            field("recipient.phone_number", "string", "Recipient phone"),
            field("gift_message", "string", "Gift message"),
            field("tags", "array", "Tags ([{name, value}])"),
            field("purchase_date", "datetime", "Purchase date"),
            field("location_id", "integer", "Fulfilment center"),
            field("financials.total_price", "number", "Order total") };
    // Shopify's FulfillmentInput, the parts the flow leaves to mappings.
    if (key == shopifyFulfillment())
        return { field("notifyCustomer", "boolean", "Notify the customer"),
            field("trackingInfo.company", "string", "Tracking company (carrier name)"),
            field("trackingInfo.url", "string", "Tracking URL"),
            field("originAddress.countryCode", "string", "Origin country") };
    return {};
}

QJsonObject MappingCatalog::recordShape(const MappingKey &key)
{
    if (key != odooPicking() && key != shopifyFulfillment())
        return {};
    // PollShipmentsStep's report (apply_shipment) and what ApplyShipmentStep hands on (fulfill_in_shopify).
    QJsonObject shape { { QStringLiteral("name"), QString() },
        { QStringLiteral("orderGid"), QString() },
        { QStringLiteral("shipmentId"), 0 },
        { QStringLiteral("carrier"), QString() },
        { QStringLiteral("trackingNumber"), QString() },
        { QStringLiteral("trackingUrl"), QString() },
        { QStringLiteral("lines"),
            QJsonArray { QJsonObject { { QStringLiteral("sku"), QString() }, { QStringLiteral("quantity"), 0 } } } } };
    if (key == odooPicking()) {
        shape.insert(QStringLiteral("providerOrderId"), 0);
        shape.insert(QStringLiteral("state"), QString());
        shape.insert(QStringLiteral("rawStatus"), QString());
        shape.insert(QStringLiteral("at"), QString());
    } else {
        shape.insert(QStringLiteral("notifyCustomer"), true); // the flow's setting, added by the step
    }
    return shape;
}

QList<RequiredField> MappingCatalog::odooRequiredCustomFields(const QJsonObject &fieldsGet)
{
    static const QStringList neverUnset { QStringLiteral("boolean"),
        QStringLiteral("integer"),
        QStringLiteral("float"),
        QStringLiteral("monetary"),
        QStringLiteral("one2many"),
        QStringLiteral("many2many") };
    QList<RequiredField> out;
    for (auto it = fieldsGet.begin(); it != fieldsGet.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        if (it.key().startsWith(QLatin1String("x_")) && f.value(QStringLiteral("required")).toBool()
            && !neverUnset.contains(f.value(QStringLiteral("type")).toString()))
            out << RequiredField { it.key(), f.value(QStringLiteral("string")).toString() };
    }
    return out;
}

QList<MappingError> MappingCatalog::check(const MappingDocument &document)
{
    QList<MappingError> errors;
    const QStringList reserved = reservedTargets(document.key);
    for (qsizetype i = 0; i < document.rules.size(); ++i) {
        const MappingRule &r = document.rules.at(i);
        if (isReserved(reserved, r.target))
            errors << MappingError { MappingError::Kind::Parse,
                QStringLiteral("rules[%1].target").arg(i),
                r.id,
                r.target,
                r.source,
                std::nullopt,
                QStringLiteral("%1 is set by the order flow itself (%2 are reserved)")
                    .arg(r.target, reserved.join(QStringLiteral(", "))) };
    }
    return errors;
}

} // namespace Quayside::Mapping
