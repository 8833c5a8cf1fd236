#pragma once

#include "core/mapping/sourcefieldmodel.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Quayside::Mapping {

// The fields a schema walk found, or why it could not walk (the first problem, with the document's line).
struct FieldWalk
{
    QList<SourceField> fields;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// A GraphQL schema's types from its introspection result, kept to what a field catalog needs: each field's
// type as GraphQL writes it, description and deprecation.
class GraphQLFields
{
public:
    // `json`: an introspection result, `{"data": {"__schema": …}}` or `{"__schema": …}`; null if unreadable.
    static std::shared_ptr<const GraphQLFields> fromIntrospection(const QByteArray &json, QString *error = nullptr);
    // Shopify's Admin API (2026-10, built in): read once on first use (a few hundred milliseconds, so not on
    // the GUI thread), shared after; safe from any thread. Null if the resource is missing.
    static std::shared_ptr<const GraphQLFields> shopifyAdmin();

    // What `document`'s operation selects, walked against the schema: record paths below the root field (the
    // root field holds the record: `order(id:)`, or `nodes(ids:)` with `... on Order`), in document order,
    // response keys (an alias, else the name), list items as "[0]" ("lineItems.nodes[0].sku"). A field the
    // type does not have, an unknown type condition or a named fragment spread is an error naming the line.
    FieldWalk walk(const QString &document, const QString &documentName = QString()) const;
    // An input object's fields, nested inputs as paths: what a mutation takes (target side).
    FieldWalk inputFields(const QString &inputType) const;
    bool hasType(const QString &name) const { return m_types.contains(name); }

    // "[LineItem!]!" -> "LineItem".
    static QString namedType(const QString &typeText);

private:
    struct Field
    {
        QString name;
        QString type; // "[LineItem!]!"
        QString description;
        bool deprecated = false;
        QString deprecationReason;
    };
    struct Type
    {
        QString kind; // OBJECT, INTERFACE, UNION, INPUT_OBJECT, SCALAR, ENUM
        QList<Field> fields; // fields, or inputFields of an input object
        QHash<QString, qsizetype> at;
    };
    class Walker;

    const Field *field(const QString &type, const QString &name) const;
    QString jsonKind(const QString &typeText) const;
    SourceField sourceField(const QString &path, const Field &f) const;
    void addInputs(const QString &type, const QString &prefix, int depth, FieldWalk &out) const;

    QHash<QString, Type> m_types;
    QString m_queryType;
    QString m_mutationType;
};

} // namespace Quayside::Mapping
