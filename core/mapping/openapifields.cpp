#include "core/mapping/openapifields.h"

#include "core/schemas/apischemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace Quayside::Mapping {

namespace {
const QLatin1String kSchemas("#/components/schemas/");

bool hasFields(const QJsonObject &schema)
{
    for (const QString &key :
        { QStringLiteral("properties"), QStringLiteral("allOf"), QStringLiteral("oneOf"), QStringLiteral("anyOf") })
        if (schema.contains(key))
            return true;
    return false;
}

QString jsonKind(const QString &openApiType)
{
    if (openApiType == QLatin1String("integer") || openApiType == QLatin1String("number"))
        return QStringLiteral("number");
    if (openApiType == QLatin1String("boolean"))
        return QStringLiteral("bool");
    if (openApiType == QLatin1String("array"))
        return QStringLiteral("list");
    if (openApiType == QLatin1String("string"))
        return QStringLiteral("string");
    return QStringLiteral("object");
}
} // namespace

std::shared_ptr<const OpenApiFields> OpenApiFields::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().contains(QStringLiteral("openapi"))) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not an OpenAPI document");
        return nullptr;
    }
    auto out = std::make_shared<OpenApiFields>();
    out->m_document = doc.object();
    return out;
}

std::shared_ptr<const OpenApiFields> OpenApiFields::shipBob()
{
    static QMutex mutex;
    static std::shared_ptr<const OpenApiFields> document;
    const QMutexLocker lock(&mutex);
    if (!document)
        document = fromJson(Schemas::shipBobOpenApi());
    return document;
}

QString OpenApiFields::refName(const QString &ref)
{
    QString name = ref.startsWith(kSchemas) ? ref.mid(kSchemas.size()) : ref;
    return name.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
}

OpenApiFields::Resolved OpenApiFields::resolve(const QJsonObject &schema, const QString &at, QString *error) const
{
    Resolved out { schema, QString() };
    // A chain of references ends in a schema; eight hops is more than any real document uses.
    for (int hop = 0; hop < 8 && out.schema.contains(QStringLiteral("$ref")); ++hop) {
        const QString ref = out.schema.value(QStringLiteral("$ref")).toString();
        const QJsonObject target = m_document.value(QStringLiteral("components"))
                                       .toObject()
                                       .value(QStringLiteral("schemas"))
                                       .toObject()
                                       .value(refName(ref))
                                       .toObject();
        if (!ref.startsWith(kSchemas) || target.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("%1: the reference %2 does not resolve")
                             .arg(at.isEmpty() ? QStringLiteral("(root)") : at, ref);
            return { {}, ref };
        }
        out = { target, ref };
    }
    return out;
}

QString OpenApiFields::typeText(const QJsonObject &schema) const
{
    if (schema.contains(QStringLiteral("$ref")))
        return refName(schema.value(QStringLiteral("$ref")).toString());
    if (const QJsonArray all = schema.value(QStringLiteral("allOf")).toArray(); all.size() == 1)
        return typeText(all.first().toObject());
    for (const QString &alternatives : { QStringLiteral("oneOf"), QStringLiteral("anyOf") })
        if (schema.contains(alternatives)) {
            QStringList names;
            for (const QJsonValue &v : schema.value(alternatives).toArray())
                names << typeText(v.toObject());
            return names.join(QStringLiteral(" | "));
        }
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("array"))
        return QLatin1Char('[') + typeText(schema.value(QStringLiteral("items")).toObject()) + QLatin1Char(']');
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (schema.contains(QStringLiteral("enum"))) {
        QStringList values;
        for (const QJsonValue &v : schema.value(QStringLiteral("enum")).toArray())
            values << v.toVariant().toString();
        return QStringLiteral("%1 (%2)").arg(
            type.isEmpty() ? QStringLiteral("enum") : type, values.join(QLatin1Char('|')));
    }
    return format.isEmpty() ? (type.isEmpty() ? QStringLiteral("object") : type)
                            : QStringLiteral("%1 (%2)").arg(type, format);
}

void OpenApiFields::walk(
    const QJsonObject &schema, const QString &prefix, QStringList &refs, FieldWalk &out, bool alternative) const
{
    const Resolved r = resolve(schema, prefix, &out.error);
    if (!out.ok())
        return;
    if (!r.ref.isEmpty() && refs.contains(r.ref))
        return; // a schema that contains itself (a tree of categories): its first level is enough
    if (!r.ref.isEmpty())
        refs << r.ref;
    // allOf parts all apply; of oneOf/anyOf only one may, so what one of them requires is not required.
    for (const QString &combined : { QStringLiteral("allOf"), QStringLiteral("oneOf"), QStringLiteral("anyOf") })
        for (const QJsonValue &part : r.schema.value(combined).toArray())
            walk(part.toObject(), prefix, refs, out, alternative || combined != QLatin1String("allOf"));
    QStringList required;
    for (const QJsonValue &v : r.schema.value(QStringLiteral("required")).toArray())
        required << v.toString();
    const QJsonObject properties = r.schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end() && out.ok(); ++it) {
        const QString path = prefix + it.key();
        const QJsonObject property = it.value().toObject();
        const Resolved p = resolve(property, path, &out.error);
        if (!out.ok())
            return;
        SourceField f;
        f.path = path;
        QString type = p.schema.value(QStringLiteral("type")).toString();
        if (type.isEmpty() && hasFields(p.schema))
            type = QStringLiteral("object");
        f.type = jsonKind(type);
        f.inSchema = true;
        f.schemaType = typeText(property);
        f.description = property.value(QStringLiteral("description")).toString();
        if (f.description.isEmpty())
            f.description = p.schema.value(QStringLiteral("description")).toString();
        f.description = f.description.replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed();
        f.list = type == QLatin1String("array");
        const bool nullable = property.value(QStringLiteral("nullable")).toBool()
            || p.schema.value(QStringLiteral("nullable")).toBool();
        f.nullable = nullable || alternative || !required.contains(it.key());
        f.deprecated = property.value(QStringLiteral("deprecated")).toBool()
            || p.schema.value(QStringLiteral("deprecated")).toBool();
        out.fields << f;
        if (f.list) {
            const QJsonObject items = p.schema.value(QStringLiteral("items")).toObject();
            const Resolved item = resolve(items, path + QStringLiteral("[0]"), &out.error);
            if (hasFields(item.schema))
                walk(items, path + QStringLiteral("[0]."), refs, out, alternative);
        } else if (f.type == QLatin1String("object")) {
            walk(property, path + QLatin1Char('.'), refs, out, alternative);
        }
    }
    if (!r.ref.isEmpty())
        refs.removeLast();
}

FieldWalk OpenApiFields::schemaFields(const QString &schema) const
{
    FieldWalk out;
    QStringList refs;
    const QString ref = schema.startsWith(QLatin1Char('#')) ? schema : kSchemas + schema;
    walk(QJsonObject { { QStringLiteral("$ref"), ref } }, QString(), refs, out);
    return out;
}

QString OpenApiFields::requestSchema(const QString &path, const QString &method) const
{
    return jsonSchemaRef(operation(path, method).value(QStringLiteral("requestBody")).toObject());
}

QString OpenApiFields::responseSchema(const QString &path, const QString &method, const QString &status) const
{
    return jsonSchemaRef(
        operation(path, method).value(QStringLiteral("responses")).toObject().value(status).toObject());
}

QJsonObject OpenApiFields::operation(const QString &path, const QString &method) const
{
    return m_document.value(QStringLiteral("paths")).toObject().value(path).toObject().value(method).toObject();
}

QString OpenApiFields::jsonSchemaRef(const QJsonObject &withContent)
{
    const QJsonObject schema = withContent.value(QStringLiteral("content"))
                                   .toObject()
                                   .value(QStringLiteral("application/json"))
                                   .toObject()
                                   .value(QStringLiteral("schema"))
                                   .toObject();
    return refName(schema.value(QStringLiteral("$ref")).toString());
}

} // namespace Quayside::Mapping
