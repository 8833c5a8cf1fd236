#include "core/mapping/fieldcatalog.h"

#include "core/mapping/openapifields.h"

#include <QFile>

namespace Quayside::Mapping {

namespace {
MappingKey key(const char *system, const char *entity, const char *direction)
{
    return { QString::fromLatin1(system), QString::fromLatin1(entity), QString::fromLatin1(direction) };
}

// The records each key maps and what it writes. The Shopify order as OrderReader reads it feeds Odoo's sale
// order and ShipBob's order; ShipBob's shipment (its API's and its webhooks' payload) feeds Shopify's
// fulfillment and Odoo's picking.
struct Sides
{
    MappingKey key;
    FieldSchema source;
    FieldSchema target;
};

const QList<Sides> &sides()
{
    using K = FieldSchema::Kind;
    static const QList<Sides> all {
        { key("odoo", "sale.order", "outbound"),
            { K::ShopifyDocument, QStringLiteral("orders_by_ids") },
            { K::OdooModel, QStringLiteral("sale.order") } },
        { key("shipbob", "order", "outbound"),
            { K::ShopifyDocument, QStringLiteral("orders_by_ids") },
            { K::ShipBobSchema, QStringLiteral("Orders.CreateOrderModel") } },
        { key("shopify", "fulfillment", "outbound"),
            { K::ShipBobSchema, QStringLiteral("Orders.ShipmentViewModel") },
            { K::ShopifyInput, QStringLiteral("FulfillmentInput") } },
        { key("odoo", "stock.picking", "outbound"),
            { K::ShipBobSchema, QStringLiteral("Orders.ShipmentViewModel") },
            { K::OdooModel, QStringLiteral("stock.picking") } },
    };
    return all;
}
} // namespace

FieldSchema FieldCatalog::sourceSchema(const MappingKey &key)
{
    for (const Sides &s : sides())
        if (s.key == key)
            return s.source;
    return {};
}

FieldSchema FieldCatalog::targetSchema(const MappingKey &key)
{
    for (const Sides &s : sides())
        if (s.key == key)
            return s.target;
    return {};
}

FieldWalk FieldCatalog::fields(const FieldSchema &schema)
{
    FieldWalk out;
    switch (schema.kind) {
    case FieldSchema::Kind::ShopifyDocument:
    case FieldSchema::Kind::ShopifyInput: {
        const auto shopify = GraphQLFields::shopifyAdmin();
        if (!shopify) {
            out.error = QStringLiteral("Shopify's schema is not built in");
            return out;
        }
        if (schema.kind == FieldSchema::Kind::ShopifyInput)
            return shopify->inputFields(schema.name);
        // The documents are resources of quayside_core, the flows' own copies.
        QFile file(QStringLiteral(":/shopify/%1.graphql").arg(schema.name));
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = QStringLiteral("the GraphQL document %1 is not built in").arg(schema.name);
            return out;
        }
        return shopify->walk(QString::fromUtf8(file.readAll()), schema.name);
    }
    case FieldSchema::Kind::ShipBobSchema:
        if (const auto shipBob = OpenApiFields::shipBob())
            return shipBob->schemaFields(schema.name);
        out.error = QStringLiteral("ShipBob's OpenAPI document is not built in");
        return out;
    case FieldSchema::Kind::OdooModel:
        out.error = QStringLiteral("%1's fields come from Odoo (fields_get)").arg(schema.name);
        return out;
    case FieldSchema::Kind::None:
        break;
    }
    out.error = QStringLiteral("no schema");
    return out;
}

FieldWalk FieldCatalog::sourceFields(const MappingKey &key, const QList<QJsonObject> &records)
{
    FieldWalk out = fields(sourceSchema(key));
    out.fields = SourceFieldModel::merge(SourceFieldModel::fromPayloads(records), out.fields);
    return out;
}

QJsonArray FieldCatalog::odooFieldAttributes()
{
    return { QStringLiteral("string"),
        QStringLiteral("type"),
        QStringLiteral("required"),
        QStringLiteral("readonly"),
        QStringLiteral("help"),
        QStringLiteral("relation") };
}

QList<TargetField> FieldCatalog::fromOdooFieldsGet(const QJsonObject &fieldsGet, const QStringList &required)
{
    static const QStringList kMagic = { QStringLiteral("id"),
        QStringLiteral("display_name"),
        QStringLiteral("create_date"),
        QStringLiteral("create_uid"),
        QStringLiteral("write_date"),
        QStringLiteral("write_uid"),
        QStringLiteral("__last_update") };
    QList<TargetField> out;
    for (auto it = fieldsGet.begin(); it != fieldsGet.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        if (kMagic.contains(it.key()) || f.value(QStringLiteral("readonly")).toBool())
            continue; // nothing a create can set
        out << TargetField { it.key(),
            f.value(QStringLiteral("type")).toString(),
            f.value(QStringLiteral("string")).toString(),
            required.contains(it.key()),
            f.value(QStringLiteral("help")).toString(),
            f.value(QStringLiteral("relation")).toString() };
    }
    return out;
}

QList<TargetField> FieldCatalog::targetFields(const FieldWalk &walk)
{
    QList<TargetField> out;
    for (const SourceField &f : walk.fields) {
        if (f.path.contains(QLatin1String("[0]")) || f.deprecated)
            continue;
        out << TargetField { f.path, f.schemaType, QString(), !f.nullable, f.description, QString() };
    }
    return out;
}

} // namespace Quayside::Mapping
