#include "core/mapping/graphqlfields.h"

#include "core/schemas/apischemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

namespace Quayside::Mapping {

namespace {

struct Token
{
    QString text;
    int line = 1;
};

// Just enough of GraphQL's lexer for selection sets: names, punctuators and lines; strings skipped, comments
// dropped.
QList<Token> tokens(const QString &text)
{
    QList<Token> out;
    int line = 1;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++line;
        if (c == QLatin1Char('#')) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('"')) {
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i)
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
            ++i;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = i;
            while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('_')))
                ++i;
            out << Token { text.mid(start, i - start), line };
        } else if (text.mid(i, 3) == QLatin1String("...")) {
            out << Token { QStringLiteral("..."), line };
            i += 3;
        } else {
            if (!c.isSpace() && c != QLatin1Char(','))
                out << Token { QString(c), line };
            ++i;
        }
    }
    return out;
}

QString typeText(const QJsonObject &ref)
{
    const QString kind = ref.value(QStringLiteral("kind")).toString();
    const QJsonObject of = ref.value(QStringLiteral("ofType")).toObject();
    if (kind == QLatin1String("NON_NULL"))
        return typeText(of) + QLatin1Char('!');
    if (kind == QLatin1String("LIST"))
        return QLatin1Char('[') + typeText(of) + QLatin1Char(']');
    return ref.value(QStringLiteral("name")).toString();
}

} // namespace

QString GraphQLFields::namedType(const QString &typeText)
{
    QString name = typeText;
    name.remove(QLatin1Char('[')).remove(QLatin1Char(']')).remove(QLatin1Char('!'));
    return name;
}

std::shared_ptr<const GraphQLFields> GraphQLFields::fromIntrospection(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QJsonObject root = doc.object();
    if (root.contains(QStringLiteral("data")))
        root = root.value(QStringLiteral("data")).toObject();
    const QJsonObject schema = root.value(QStringLiteral("__schema")).toObject();
    if (schema.isEmpty()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("no __schema in the introspection");
        return nullptr;
    }
    auto out = std::make_shared<GraphQLFields>();
    out->m_queryType = schema.value(QStringLiteral("queryType")).toObject().value(QStringLiteral("name")).toString();
    out->m_mutationType
        = schema.value(QStringLiteral("mutationType")).toObject().value(QStringLiteral("name")).toString();
    for (const QJsonValue &tv : schema.value(QStringLiteral("types")).toArray()) {
        const QJsonObject t = tv.toObject();
        Type type;
        type.kind = t.value(QStringLiteral("kind")).toString();
        const QJsonArray fields = t.value(type.kind == QLatin1String("INPUT_OBJECT") ? QStringLiteral("inputFields")
                                                                                     : QStringLiteral("fields"))
                                      .toArray();
        for (const QJsonValue &fv : fields) {
            const QJsonObject f = fv.toObject();
            Field field;
            field.name = f.value(QStringLiteral("name")).toString();
            field.type = typeText(f.value(QStringLiteral("type")).toObject());
            field.description = f.value(QStringLiteral("description")).toString();
            field.deprecated = f.value(QStringLiteral("isDeprecated")).toBool();
            field.deprecationReason = f.value(QStringLiteral("deprecationReason")).toString();
            type.at.insert(field.name, type.fields.size());
            type.fields << field;
        }
        out->m_types.insert(t.value(QStringLiteral("name")).toString(), type);
    }
    return out;
}

std::shared_ptr<const GraphQLFields> GraphQLFields::shopifyAdmin()
{
    static QMutex mutex;
    static std::shared_ptr<const GraphQLFields> schema;
    const QMutexLocker lock(&mutex);
    if (!schema)
        schema = fromIntrospection(Schemas::shopifyAdminIntrospection());
    return schema;
}

const GraphQLFields::Field *GraphQLFields::field(const QString &type, const QString &name) const
{
    static const Field typeName { QStringLiteral("__typename"),
        QStringLiteral("String!"),
        QStringLiteral("The name of the object's type."),
        false,
        QString() };
    if (name == typeName.name)
        return &typeName;
    const auto t = m_types.constFind(type);
    if (t == m_types.cend())
        return nullptr;
    const auto at = t->at.constFind(name);
    return at == t->at.cend() ? nullptr : &t->fields.at(*at);
}

QString GraphQLFields::jsonKind(const QString &typeText) const
{
    if (typeText.startsWith(QLatin1Char('[')))
        return QStringLiteral("list");
    const QString name = namedType(typeText);
    if (name == QLatin1String("Int") || name == QLatin1String("Float"))
        return QStringLiteral("number");
    if (name == QLatin1String("Boolean"))
        return QStringLiteral("bool");
    const QString kind = m_types.value(name).kind;
    if (kind == QLatin1String("SCALAR") || kind == QLatin1String("ENUM"))
        return QStringLiteral("string"); // IDs, money, dates, URLs and enums all travel as JSON strings
    return QStringLiteral("object");
}

SourceField GraphQLFields::sourceField(const QString &path, const Field &f) const
{
    SourceField out;
    out.path = path;
    out.type = jsonKind(f.type);
    out.inSchema = true;
    out.schemaType = f.type;
    out.description = f.description;
    out.list = f.type.startsWith(QLatin1Char('['));
    out.nullable = !f.type.endsWith(QLatin1Char('!'));
    out.deprecated = f.deprecated;
    out.deprecationReason = f.deprecationReason;
    return out;
}

class GraphQLFields::Walker
{
public:
    Walker(const GraphQLFields &schema, QList<Token> tokens, QString documentName)
        : m_schema(schema)
        , m_t(std::move(tokens))
        , m_name(std::move(documentName))
    { }

    FieldWalk walk()
    {
        QString root = m_schema.m_queryType;
        while (m_i < m_t.size() && peek() != QLatin1String("{")) {
            if (peek() == QLatin1String("mutation"))
                root = m_schema.m_mutationType;
            ++m_i;
        }
        if (m_i >= m_t.size())
            fail(QStringLiteral("no selection set"));
        else
            selectionSet(root, QString(), true);
        return m_out;
    }

private:
    QString peek() const { return m_i < m_t.size() ? m_t.at(m_i).text : QString(); }
    int line() const { return m_t.value(qMin(m_i, m_t.size() - 1)).line; }
    void fail(const QString &what)
    {
        if (m_out.error.isEmpty())
            m_out.error = QStringLiteral("%1 line %2: %3")
                              .arg(m_name.isEmpty() ? QStringLiteral("document") : m_name)
                              .arg(line())
                              .arg(what);
    }
    void skipBalanced(const QString &open, const QString &close)
    {
        int depth = 0;
        do {
            if (peek() == open)
                ++depth;
            else if (peek() == close)
                --depth;
            ++m_i;
        } while (depth > 0 && m_i < m_t.size());
    }
    void skipArgumentsAndDirectives()
    {
        for (;;) {
            if (peek() == QLatin1String("("))
                skipBalanced(QStringLiteral("("), QStringLiteral(")"));
            else if (peek() == QLatin1String("@"))
                m_i += 2;
            else
                return;
        }
    }
    void add(const SourceField &f)
    {
        if (!m_paths.contains(f.path)) {
            m_paths.insert(f.path);
            m_out.fields << f;
        }
    }
    // `root`: the operation's own fields (order, nodes) hold the record, so they are not part of paths.
    void selectionSet(const QString &type, const QString &prefix, bool root)
    {
        ++m_i; // {
        while (m_out.ok() && m_i < m_t.size() && peek() != QLatin1String("}")) {
            if (peek() == QLatin1String("...")) {
                ++m_i;
                if (peek() != QLatin1String("on")) {
                    fail(QStringLiteral("the fragment spread ...%1 is not supported; inline its fields").arg(peek()));
                    return;
                }
                ++m_i;
                const QString condition = peek();
                if (!m_schema.hasType(condition)) {
                    fail(QStringLiteral("unknown type %1 in a type condition").arg(condition));
                    return;
                }
                ++m_i;
                skipArgumentsAndDirectives();
                if (peek() == QLatin1String("{"))
                    selectionSet(condition, prefix, root);
                continue;
            }
            QString key = m_t.at(m_i++).text;
            QString name = key;
            if (peek() == QLatin1String(":")) {
                ++m_i;
                name = m_t.value(m_i++).text;
            }
            const Field *f = m_schema.field(type, name);
            if (!f) {
                --m_i;
                fail(QStringLiteral("%1 has no field %2").arg(type, name));
                return;
            }
            skipArgumentsAndDirectives();
            const QString path = prefix + key;
            if (!root)
                add(m_schema.sourceField(path, *f));
            const QString named = namedType(f->type);
            const QString kind = m_schema.m_types.value(named).kind;
            const bool leaf = kind == QLatin1String("SCALAR") || kind == QLatin1String("ENUM") || named.isEmpty()
                || name == QLatin1String("__typename");
            if (peek() == QLatin1String("{")) {
                if (leaf) {
                    fail(QStringLiteral("%1.%2 is a %3 and has no fields to select").arg(type, name, f->type));
                    return;
                }
                const bool list = f->type.startsWith(QLatin1Char('['));
                selectionSet(
                    named, root ? QString() : path + (list ? QStringLiteral("[0].") : QStringLiteral(".")), false);
            } else if (!leaf) {
                fail(QStringLiteral("%1.%2 is a %3 and needs a selection of its fields").arg(type, name, f->type));
                return;
            }
        }
        ++m_i; // }
    }

    const GraphQLFields &m_schema;
    QList<Token> m_t;
    QString m_name;
    qsizetype m_i = 0;
    FieldWalk m_out;
    QSet<QString> m_paths;
};

FieldWalk GraphQLFields::walk(const QString &document, const QString &documentName) const
{
    return Walker(*this, tokens(document), documentName).walk();
}

FieldWalk GraphQLFields::inputFields(const QString &inputType) const
{
    FieldWalk out;
    if (m_types.value(inputType).kind != QLatin1String("INPUT_OBJECT"))
        out.error = QStringLiteral("%1 is not an input type of the schema").arg(inputType);
    else
        addInputs(inputType, QString(), 0, out);
    return out;
}

void GraphQLFields::addInputs(const QString &type, const QString &prefix, int depth, FieldWalk &out) const
{
    // Input types may nest themselves (filters); four levels cover every write we make.
    if (depth > 4)
        return;
    for (const Field &f : m_types.value(type).fields) {
        const QString path = prefix + f.name;
        out.fields << sourceField(path, f);
        const QString named = namedType(f.type);
        if (m_types.value(named).kind == QLatin1String("INPUT_OBJECT"))
            addInputs(named,
                path + (f.type.startsWith(QLatin1Char('[')) ? QStringLiteral("[0].") : QStringLiteral(".")),
                depth + 1,
                out);
    }
}

} // namespace Quayside::Mapping
