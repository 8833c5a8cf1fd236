#pragma once

#include "core/mapping/mappingdocument.h"

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
    // Targets the flow sets itself and a mapping may not (the idempotency key, partner, lines, warehouse).
    static QStringList reservedTargets(const MappingKey &key);
    // The (flow, step) whose job payloads are this key's records, for previews; empty if none.
    static QPair<QString, QString> sampleStep(const MappingKey &key);
    // The problems that make a document unfit to publish for its key: parse-level checks are done by
    // MappingDocument::fromJson; this adds the key's own rules (reserved targets).
    static QList<MappingError> check(const MappingDocument &document);

    static MappingKey odooSaleOrder()
    {
        return { QStringLiteral("odoo"), QStringLiteral("sale.order"), QStringLiteral("outbound") };
    }
};

} // namespace Quayside::Mapping
