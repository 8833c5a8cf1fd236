#pragma once

#include "core/mapping/graphqlfields.h"
#include "core/mapping/mappingdocument.h"
#include "core/mapping/mappingtargetsmodel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Quayside::Mapping {

// Where one side of a mapping gets its fields from.
struct FieldSchema
{
    enum class Kind {
        None,
        ShopifyDocument, // `name`: one of our GraphQL documents (resources/shopify/<name>.graphql), walked
        ShopifyInput, // `name`: an input object of Shopify's schema (what a mutation takes)
        ShipBobSchema, // `name`: a schema of ShipBob's OpenAPI document (components/schemas)
        OdooModel, // `name`: an Odoo model; its fields come live from fields_get
    };
    Kind kind = Kind::None;
    QString name;

    bool operator==(const FieldSchema &) const = default;
};

// The field trees of the mapping editor, per mapping key (system, entity, direction): which schema describes
// the records a key maps (source) and what it writes (target), and those schemas' fields. Shopify's and
// ShipBob's descriptions are built in (quayside_schemas); the first read of Shopify's takes a few hundred
// milliseconds, so callers on the GUI thread read it on a worker.
class FieldCatalog
{
public:
    static FieldSchema sourceSchema(const MappingKey &key);
    static FieldSchema targetSchema(const MappingKey &key);

    // The schema's fields; an error when the schema or document cannot be read or walked. OdooModel is live
    // (fromOdooFieldsGet), so here it is an error.
    static FieldWalk fields(const FieldSchema &schema);
    // The source tree of `key`: its schema's fields merged with those `records` carried.
    static FieldWalk sourceFields(const MappingKey &key, const QList<QJsonObject> &records);

    // The fields_get attributes fromOdooFieldsGet reads.
    static QJsonArray odooFieldAttributes();
    // Odoo's fields a create can set (not read-only, not the ORM's own), with label, type, help and relation;
    // `required` marks the ones only a rule can fill (MappingCatalog::odooRequiredCustomFields).
    static QList<TargetField> fromOdooFieldsGet(const QJsonObject &fieldsGet, const QStringList &required);
    // A schema's fields as targets: scalars and objects outside lists (a list is one target, set by `each`).
    static QList<TargetField> targetFields(const FieldWalk &walk);
};

} // namespace Quayside::Mapping
