#pragma once

#include "core/mapping/graphqlfields.h"

#include <QJsonObject>

#include <memory>

namespace Quayside::Mapping {

// The fields of an OpenAPI 3.0 document's schemas (ShipBob's): properties with their types, descriptions,
// nullability, required-ness and deprecation, `$ref`s resolved, `allOf` parts merged, arrays read through
// their first item ("products[0].sku").
class OpenApiFields
{
public:
    static std::shared_ptr<const OpenApiFields> fromJson(const QByteArray &json, QString *error = nullptr);
    // ShipBob's 2026-01 document (built in): read once, shared after, safe from any thread.
    static std::shared_ptr<const OpenApiFields> shipBob();

    // A schema by name ("Orders.ShipmentViewModel") or reference ("#/components/schemas/…"). An unresolvable
    // reference is an error naming it and the property that made it.
    FieldWalk schemaFields(const QString &schema) const;
    // The referenced schema of an operation's JSON request body, or of its response with `status`; empty if the
    // document has none.
    QString requestSchema(const QString &path, const QString &method) const;
    QString responseSchema(const QString &path, const QString &method, const QString &status) const;

private:
    struct Resolved
    {
        QJsonObject schema;
        QString ref; // the last reference followed, "" for an inline schema
    };
    Resolved resolve(const QJsonObject &schema, const QString &at, QString *error) const;
    QString typeText(const QJsonObject &schema) const;
    // `alternative`: under a oneOf/anyOf branch, where nothing is required (another branch may apply).
    void walk(const QJsonObject &schema,
        const QString &prefix,
        QStringList &refs,
        FieldWalk &out,
        bool alternative = false) const;
    static QString refName(const QString &ref);
    QJsonObject operation(const QString &path, const QString &method) const;
    // The referenced schema of a request body or response object's application/json content.
    static QString jsonSchemaRef(const QJsonObject &withContent);

    QJsonObject m_document;
};

} // namespace Quayside::Mapping
