#pragma once

#include "core/mapping/mappingdocument.h"
#include "core/mapping/mappingtargetsmodel.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Quayside::Mapping {

// The mappings Quayside's own flows use: the shipped defaults (resources/mappings/*.json, built in), which
// target fields each flow owns itself, and which job's payloads are the records a key maps.
struct RequiredField
{
    QString name;
    QString label;
};

class MappingCatalog
{
public:
    // The fields fields_get(attributes: required, type, string) says are required and custom (x_): what a
    // create must set. Odoo's own required fields have defaults or are set by the flow; numbers and booleans
    // are never "not set" in Odoo's database (0 / False).
    static QList<RequiredField> odooRequiredCustomFields(const QJsonObject &fieldsGet);

    // Every shipped default; a broken one is a build defect, reported in the log and left out.
    static QList<MappingDocument> shippedDefaults();
    static std::optional<MappingDocument> shippedDefault(const MappingKey &key);
    // Every key a built-in flow applies, in the order the editor offers them.
    static QList<MappingKey> flowKeys();
    // Targets the flow sets itself and a mapping may not (idempotency keys, partner, lines, warehouse...):
    // dotted paths; a rule may set neither one of them, nor a field inside one, nor an object holding one.
    static QStringList reservedTargets(const MappingKey &key);
    static bool isReserved(const QStringList &reserved, const QString &target);
    // The (flow, step) whose job payloads are this key's records, for previews; empty if none.
    static QPair<QString, QString> sampleStep(const MappingKey &key);
    // The fields a mapping for this key can set, for the editor's target list, when the target system has no
    // schema call of its own (ShipBob's OpenAPI order model, Shopify's FulfillmentInput); empty for Odoo keys,
    // whose fields come from fields_get.
    static QList<TargetField> knownTargets(const MappingKey &key);
    // The shape of this key's records when they are Quayside's own job payloads (the shipment reports), so
    // the editor can offer their fields before any is stored; empty for records read from a system.
    static QJsonObject recordShape(const MappingKey &key);
    // The problems that make a document unfit to publish for its key: parse-level checks are done by
    // MappingDocument::fromJson; this adds the key's own rules (reserved targets).
    static QList<MappingError> check(const MappingDocument &document);

    static MappingKey odooSaleOrder()
    {
        return { QStringLiteral("odoo"), QStringLiteral("sale.order"), QStringLiteral("outbound") };
    }
    static MappingKey shipBobOrder()
    {
        return { QStringLiteral("shipbob"), QStringLiteral("order"), QStringLiteral("outbound") };
    }
    static MappingKey shopifyFulfillment()
    {
        return { QStringLiteral("shopify"), QStringLiteral("fulfillment"), QStringLiteral("outbound") };
    }
    static MappingKey odooPicking()
    {
        return { QStringLiteral("odoo"), QStringLiteral("stock.picking"), QStringLiteral("outbound") };
    }
};

} // namespace Quayside::Mapping
