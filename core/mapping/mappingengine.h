#pragma once

#include "core/mapping/mappingdocument.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Quayside::Mapping {

// Paths into JSON: "customer.email", "lineItems.nodes[0].sku" (or "lineItems.nodes.0.sku"), and
// "customAttributes[key=channel].value" for the first list item whose `key` is "channel" (Shopify's note
// attributes and metafields are such lists).
namespace JsonPath {
// nullopt when any part of the path is absent.
std::optional<QJsonValue> read(const QJsonValue &root, const QString &path);
// Sets the value at a dotted path of plain names, making the objects on the way.
void write(QJsonObject &root, const QString &path, const QJsonValue &value);
} // namespace JsonPath

struct MappingOutcome
{
    QJsonObject result;
    QList<MappingError> errors;
    bool ok() const { return errors.isEmpty(); }
    // Every error on one line each, for an exception message.
    QString errorText() const;
};

// Applies a document's rules, in order, to one record. Pure: the same document and record always give
// the same result, so previews show exactly what the flow will send. All rules run even after an error,
// so one pass reports every problem.
class MappingEngine
{
public:
    static MappingOutcome apply(const MappingDocument &document, const QJsonObject &record);
    // A Required error for each field the target system requires (e.g. Odoo's fields_get) that the result
    // leaves without a value; the rule is the document's, so the error names the document's key.
    static QList<MappingError> missingRequired(const QJsonObject &result, const QStringList &requiredTargets);
};

} // namespace Quayside::Mapping
