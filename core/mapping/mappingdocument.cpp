#include "core/mapping/mappingdocument.h"

#include "core/mapping/mappingversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace Quayside::Mapping {

namespace {

struct OpName
{
    MappingOp op;
    const char *name;
};

constexpr OpName kOps[] = {
    { MappingOp::Copy, "copy" },
    { MappingOp::Constant, "constant" },
    { MappingOp::Template, "template" },
    { MappingOp::Lookup, "lookup" },
    { MappingOp::Number, "number" },
    { MappingOp::Currency, "currency" },
    { MappingOp::Date, "date" },
    { MappingOp::Each, "each" },
};

// The ops that read `source`.
bool readsSource(MappingOp op)
{
    return op != MappingOp::Constant && op != MappingOp::Template;
}

class Parser
{
public:
    explicit Parser(QList<MappingError> *errors)
        : m_errors(errors)
    { }

    bool failed() const { return m_failed; }

    void fail(const QString &path, const QString &message, const MappingRule *rule = nullptr)
    {
        m_failed = true;
        if (!m_errors)
            return;
        MappingError e;
        e.kind = MappingError::Kind::Parse;
        e.rulePath = path;
        if (rule) {
            e.ruleId = rule->id;
            e.target = rule->target;
            e.source = rule->source;
        }
        e.message = message;
        *m_errors << e;
    }

    QList<MappingRule> rules(const QJsonValue &json, const QString &path)
    {
        QList<MappingRule> out;
        if (!json.isArray()) {
            fail(path, QStringLiteral("\"rules\" must be a list of rules"));
            return out;
        }
        const QJsonArray array = json.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString rulePath = path + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                fail(rulePath, QStringLiteral("a rule must be an object"));
                continue;
            }
            out << rule(array.at(i).toObject(), rulePath);
        }
        return out;
    }

    MappingCondition condition(const QJsonValue &json, const QString &path, const MappingRule &r)
    {
        MappingCondition c;
        if (!json.isObject()) {
            fail(path, QStringLiteral("\"when\" must be an object like {\"field\": ..., \"equals\": ...}"), &r);
            return c;
        }
        const QJsonObject o = json.toObject();
        c.field = o.value(QStringLiteral("field")).toString();
        if (c.field.isEmpty())
            fail(path + QStringLiteral(".field"), QStringLiteral("a condition needs the field it tests"), &r);
        int kinds = 0;
        if (o.contains(QStringLiteral("equals"))) {
            c.kind = MappingCondition::Kind::Equals;
            c.value = o.value(QStringLiteral("equals"));
            ++kinds;
        }
        if (o.contains(QStringLiteral("in"))) {
            c.kind = MappingCondition::Kind::In;
            c.value = o.value(QStringLiteral("in"));
            if (!c.value.isArray())
                fail(path + QStringLiteral(".in"), QStringLiteral("\"in\" must be a list of values"), &r);
            ++kinds;
        }
        if (o.contains(QStringLiteral("exists"))) {
            c.kind = MappingCondition::Kind::Exists;
            c.value = o.value(QStringLiteral("exists"));
            if (!c.value.isBool())
                fail(path + QStringLiteral(".exists"), QStringLiteral("\"exists\" must be true or false"), &r);
            ++kinds;
        }
        if (kinds != 1)
            fail(path, QStringLiteral("a condition needs exactly one of \"equals\", \"in\" or \"exists\""), &r);
        return c;
    }

    MappingRule rule(const QJsonObject &o, const QString &path)
    {
        MappingRule r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.target = o.value(QStringLiteral("target")).toString();
        r.source = o.value(QStringLiteral("source")).toString();
        const QString opName = o.value(QStringLiteral("op")).toString();
        const auto op = mappingOpFromString(opName);
        if (op)
            r.op = *op;
        else
            fail(path + QStringLiteral(".op"), QStringLiteral("unknown op \"%1\"").arg(opName), &r);
        if (!r.id.isEmpty() && !m_ids.contains(r.id))
            m_ids.insert(r.id);
        else if (!r.id.isEmpty())
            fail(path + QStringLiteral(".id"), QStringLiteral("rule id \"%1\" is used twice").arg(r.id), &r);
        if (r.target.isEmpty())
            fail(path + QStringLiteral(".target"), QStringLiteral("a rule needs a target field"), &r);
        if (!op)
            return r; // what else it needs depends on the op
        if (readsSource(r.op) && r.source.isEmpty())
            fail(path + QStringLiteral(".source"), QStringLiteral("op \"%1\" needs a source field").arg(opName), &r);
        r.value = o.value(QStringLiteral("value"));
        if (r.op == MappingOp::Constant && !o.contains(QStringLiteral("value")))
            fail(path + QStringLiteral(".value"), QStringLiteral("a constant needs a value"), &r);
        r.templateText = o.value(QStringLiteral("template")).toString();
        if (r.op == MappingOp::Template) {
            if (r.templateText.isEmpty())
                fail(path + QStringLiteral(".template"), QStringLiteral("a template needs its text"), &r);
            else if (r.templateText.count(QLatin1Char('{')) != r.templateText.count(QLatin1Char('}')))
                fail(path + QStringLiteral(".template"),
                    QStringLiteral("unbalanced braces in template \"%1\"").arg(r.templateText),
                    &r);
        }
        r.table = o.value(QStringLiteral("table")).toObject();
        if (r.op == MappingOp::Lookup && !o.value(QStringLiteral("table")).isObject())
            fail(path + QStringLiteral(".table"), QStringLiteral("a lookup needs a table object"), &r);
        if (o.contains(QStringLiteral("default")))
            r.defaultValue = o.value(QStringLiteral("default"));
        const QJsonValue required = o.value(QStringLiteral("required"));
        if (!required.isUndefined() && !required.isBool())
            fail(path + QStringLiteral(".required"), QStringLiteral("\"required\" must be true or false"), &r);
        r.required = required.toBool();
        if (o.contains(QStringLiteral("when")))
            r.when = condition(o.value(QStringLiteral("when")), path + QStringLiteral(".when"), r);
        const QJsonValue scale = o.value(QStringLiteral("scale"));
        if (!scale.isUndefined() && !scale.isDouble())
            fail(path + QStringLiteral(".scale"), QStringLiteral("\"scale\" must be a number"), &r);
        r.scale = scale.toDouble(1);
        const QJsonValue decimals = o.value(QStringLiteral("decimals"));
        if (!decimals.isUndefined()) {
            if (!decimals.isDouble() || decimals.toDouble() < 0 || decimals.toDouble() > 12
                || decimals.toDouble() != double(decimals.toInt()))
                fail(path + QStringLiteral(".decimals"), QStringLiteral("\"decimals\" must be 0 to 12"), &r);
            r.decimals = decimals.toInt();
        }
        r.integer = o.value(QStringLiteral("integer")).toBool();
        r.currency = o.value(QStringLiteral("currency")).toString();
        r.format = o.value(QStringLiteral("format")).toString();
        r.timezone = o.value(QStringLiteral("timezone")).toString();
        if (!r.timezone.isEmpty() && !QTimeZone(r.timezone.toUtf8()).isValid())
            fail(path + QStringLiteral(".timezone"), QStringLiteral("unknown time zone \"%1\"").arg(r.timezone), &r);
        if (r.op == MappingOp::Each)
            r.rules = rules(o.value(QStringLiteral("rules")), path + QStringLiteral(".rules"));
        return r;
    }

private:
    QList<MappingError> *m_errors;
    QSet<QString> m_ids;
    bool m_failed = false;
};

} // namespace

QString toString(MappingState state)
{
    switch (state) {
    case MappingState::Draft:
        return QStringLiteral("draft");
    case MappingState::Published:
        return QStringLiteral("published");
    case MappingState::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

QString toString(MappingOp op)
{
    for (const auto &o : kOps)
        if (o.op == op)
            return QString::fromLatin1(o.name);
    return {};
}

std::optional<MappingOp> mappingOpFromString(const QString &name)
{
    for (const auto &o : kOps)
        if (name == QLatin1String(o.name))
            return o.op;
    return std::nullopt;
}

QJsonValue MappingCondition::toJson() const
{
    switch (kind) {
    case Kind::Always:
        return QJsonValue::Undefined;
    case Kind::Equals:
        return QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("equals"), value } };
    case Kind::In:
        return QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("in"), value } };
    case Kind::Exists:
        return QJsonObject { { QStringLiteral("field"), field }, { QStringLiteral("exists"), value } };
    }
    return QJsonValue::Undefined;
}

QJsonObject MappingRule::toJson() const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("op"), toString(op));
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    if (op == MappingOp::Constant)
        o.insert(QStringLiteral("value"), value);
    if (!templateText.isEmpty())
        o.insert(QStringLiteral("template"), templateText);
    if (op == MappingOp::Lookup)
        o.insert(QStringLiteral("table"), table);
    if (defaultValue)
        o.insert(QStringLiteral("default"), *defaultValue);
    if (required)
        o.insert(QStringLiteral("required"), true);
    if (when.kind != MappingCondition::Kind::Always)
        o.insert(QStringLiteral("when"), when.toJson());
    if (scale != 1)
        o.insert(QStringLiteral("scale"), scale);
    if (decimals)
        o.insert(QStringLiteral("decimals"), *decimals);
    if (integer)
        o.insert(QStringLiteral("integer"), true);
    if (!currency.isEmpty())
        o.insert(QStringLiteral("currency"), currency);
    if (!format.isEmpty())
        o.insert(QStringLiteral("format"), format);
    if (!timezone.isEmpty())
        o.insert(QStringLiteral("timezone"), timezone);
    if (op == MappingOp::Each) {
        QJsonArray nested;
        for (const auto &r : rules)
            nested.append(r.toJson());
        o.insert(QStringLiteral("rules"), nested);
    }
    return o;
}

QString describeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
    return {};
}

QString MappingError::text() const
{
    QString rule = ruleId.isEmpty() ? rulePath : QStringLiteral("\"%1\" (%2)").arg(ruleId, rulePath);
    QString out = QStringLiteral("rule %1").arg(rule);
    if (!target.isEmpty())
        out += QStringLiteral(" → %1").arg(target);
    out += QStringLiteral(": ") + message;
    if (!source.isEmpty() && kind != Kind::Parse)
        out += QStringLiteral(" (source %1 = %2)")
                   .arg(source, value ? describeValue(*value) : QStringLiteral("nothing"));
    return out;
}

std::optional<MappingDocument> MappingDocument::fromJson(const QByteArray &json, QList<MappingError> *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (errors)
            *errors << MappingError { MappingError::Kind::Parse,
                QStringLiteral("$"),
                {},
                {},
                {},
                std::nullopt,
                parseError.error != QJsonParseError::NoError
                    ? QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                    : QStringLiteral("a mapping document is a JSON object") };
        return std::nullopt;
    }
    return fromJson(doc.object(), errors);
}

std::optional<MappingDocument> MappingDocument::fromJson(const QJsonObject &json, QList<MappingError> *errors)
{
    Parser parser(errors);
    MappingDocument d;
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (format.toInt() != kFormat)
        parser.fail(QStringLiteral("format"),
            QStringLiteral("format %1 is not understood (this version reads format %2)")
                .arg(describeValue(format))
                .arg(kFormat));
    d.key.system = json.value(QStringLiteral("system")).toString();
    d.key.entity = json.value(QStringLiteral("entity")).toString();
    d.key.direction = json.value(QStringLiteral("direction")).toString();
    d.description = json.value(QStringLiteral("description")).toString();
    for (const char *field : { "system", "entity" })
        if (json.value(QLatin1String(field)).toString().isEmpty())
            parser.fail(QLatin1String(field), QStringLiteral("\"%1\" is missing").arg(QLatin1String(field)));
    if (d.key.direction != QLatin1String("outbound") && d.key.direction != QLatin1String("inbound"))
        parser.fail(QStringLiteral("direction"), QStringLiteral("\"direction\" must be \"outbound\" or \"inbound\""));
    d.rules = parser.rules(json.value(QStringLiteral("rules")), QStringLiteral("rules"));
    if (parser.failed())
        return std::nullopt;
    return d;
}

QJsonObject MappingDocument::toJson() const
{
    QJsonArray array;
    for (const auto &r : rules)
        array.append(r.toJson());
    QJsonObject o { { QStringLiteral("format"), kFormat },
        { QStringLiteral("system"), key.system },
        { QStringLiteral("entity"), key.entity },
        { QStringLiteral("direction"), key.direction },
        { QStringLiteral("rules"), array } };
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

} // namespace Quayside::Mapping
