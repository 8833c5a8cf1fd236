#include "core/mapping/mappingengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace Quayside::Mapping {

namespace JsonPath {

namespace {

// Splits at dots outside brackets: "a.b[k=v.w].c" -> a, b[k=v.w], c.
QStringList segments(const QString &path)
{
    QStringList out;
    QString current;
    int depth = 0;
    for (const QChar c : path) {
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            --depth;
        if (c == QLatin1Char('.') && depth == 0) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

std::optional<QJsonValue> step(const QJsonValue &at, const QString &name)
{
    if (name.isEmpty())
        return at;
    if (at.isArray()) {
        bool isIndex = false;
        const int index = name.toInt(&isIndex);
        if (!isIndex || index < 0 || index >= at.toArray().size())
            return std::nullopt;
        return at.toArray().at(index);
    }
    if (!at.isObject() || !at.toObject().contains(name))
        return std::nullopt;
    return at.toObject().value(name);
}

std::optional<QJsonValue> select(const QJsonValue &at, const QString &selector)
{
    if (!at.isArray())
        return std::nullopt;
    const qsizetype eq = selector.indexOf(QLatin1Char('='));
    if (eq < 0)
        return step(at, selector);
    const QString field = selector.left(eq);
    const QString wanted = selector.mid(eq + 1);
    for (const auto &item : at.toArray()) {
        const QJsonValue v = item.toObject().value(field);
        if (v.isString() ? v.toString() == wanted : describeValue(v) == wanted)
            return item;
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonValue> read(const QJsonValue &root, const QString &path)
{
    std::optional<QJsonValue> at = root;
    for (const QString &segment : segments(path)) {
        const qsizetype bracket = segment.indexOf(QLatin1Char('['));
        at = step(*at, bracket < 0 ? segment : segment.left(bracket));
        if (!at)
            return std::nullopt;
        qsizetype from = bracket;
        while (from >= 0 && from < segment.size()) {
            const qsizetype close = segment.indexOf(QLatin1Char(']'), from);
            if (close < 0)
                return std::nullopt;
            at = select(*at, segment.mid(from + 1, close - from - 1));
            if (!at)
                return std::nullopt;
            from = segment.indexOf(QLatin1Char('['), close);
        }
    }
    return at;
}

void write(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        root.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject child = root.value(head).toObject();
    write(child, path.mid(dot + 1), value);
    root.insert(head, child);
}

} // namespace JsonPath

namespace {

bool hasNoValue(const std::optional<QJsonValue> &v)
{
    return !v || v->isNull() || v->isUndefined() || (v->isString() && v->toString().isEmpty());
}

// What one rule reads from: the record, or inside an Each the item (with "$." reaching the record).
struct Scope
{
    const QJsonObject *record;
    QJsonValue item;
    QString itemPath; // "lineItems.nodes[2]" inside an Each, empty at the top
};

class Run
{
public:
    explicit Run(QList<MappingError> *errors)
        : m_errors(errors)
    { }

    void rules(const QList<MappingRule> &rules, const Scope &scope, const QString &pathPrefix, QJsonObject &out)
    {
        for (qsizetype i = 0; i < rules.size(); ++i)
            rule(rules.at(i), scope, pathPrefix + QStringLiteral("[%1]").arg(i), out);
    }

private:
    std::optional<QJsonValue> read(const Scope &scope, const QString &path) const
    {
        if (path.startsWith(QLatin1String("$.")))
            return JsonPath::read(*scope.record, path.mid(2));
        return JsonPath::read(scope.item, path);
    }

    QString shownPath(const Scope &scope, const QString &path) const
    {
        if (scope.itemPath.isEmpty() || path.startsWith(QLatin1String("$.")))
            return path;
        return scope.itemPath + QLatin1Char('.') + path;
    }

    void fail(MappingError::Kind kind,
        const MappingRule &r,
        const QString &rulePath,
        const QString &source,
        std::optional<QJsonValue> value,
        const QString &message)
    {
        *m_errors << MappingError { kind, rulePath, r.id, r.target, source, std::move(value), message };
    }

    bool holds(const MappingCondition &c, const Scope &scope) const
    {
        const auto v = read(scope, c.field);
        switch (c.kind) {
        case MappingCondition::Kind::Always:
            return true;
        case MappingCondition::Kind::Equals:
            return v && *v == c.value;
        case MappingCondition::Kind::In:
            return v && c.value.toArray().contains(*v);
        case MappingCondition::Kind::Exists:
            return !hasNoValue(v) == c.value.toBool();
        }
        return false;
    }

    QString renderTemplate(const QString &text, const Scope &scope) const
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}|]*)(?:\\|([^{}]*))?\\}"));
        QString out;
        qsizetype last = 0;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            const auto v = read(scope, m.captured(1).trimmed());
            if (hasNoValue(v))
                out += m.captured(2);
            else if (v->isString())
                out += v->toString();
            else
                out += describeValue(*v);
            last = m.capturedEnd();
        }
        return out + text.mid(last);
    }

    static std::optional<double> number(const QJsonValue &v)
    {
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().trimmed().toDouble(&ok);
            if (ok && std::isfinite(d))
                return d;
        }
        return std::nullopt;
    }

    static double rounded(double value, int decimals)
    {
        const double factor = std::pow(10.0, decimals);
        return std::round(value * factor) / factor;
    }

    // One converted value, or nullopt after reporting why not.
    std::optional<QJsonValue> convert(
        const MappingRule &r, const QString &rulePath, const QString &source, const QJsonValue &in)
    {
        switch (r.op) {
        case MappingOp::Copy:
        case MappingOp::Constant:
        case MappingOp::Template:
        case MappingOp::Each:
            return in;
        case MappingOp::Lookup: {
            const QString key = in.isString() ? in.toString() : describeValue(in);
            if (r.table.contains(key))
                return r.table.value(key);
            if (r.defaultValue)
                return *r.defaultValue;
            fail(MappingError::Kind::NoLookupEntry,
                r,
                rulePath,
                source,
                in,
                QStringLiteral("the lookup table has no entry for %1 and the rule has no default")
                    .arg(describeValue(in)));
            return std::nullopt;
        }
        case MappingOp::Number: {
            const auto n = number(in);
            if (!n) {
                fail(MappingError::Kind::NotANumber, r, rulePath, source, in, QStringLiteral("not a number"));
                return std::nullopt;
            }
            double d = *n * r.scale;
            if (r.integer)
                return QJsonValue(qint64(std::llround(d)));
            if (r.decimals)
                d = rounded(d, *r.decimals);
            return d;
        }
        case MappingOp::Currency: {
            // MoneyBag {shopMoney: MoneyV2}, MoneyV2 {amount, currencyCode}, or a bare amount.
            QJsonValue money = in;
            if (money.isObject() && money.toObject().contains(QStringLiteral("shopMoney")))
                money = money.toObject().value(QStringLiteral("shopMoney"));
            const QJsonValue amount = money.isObject() ? money.toObject().value(QStringLiteral("amount")) : money;
            const QString code = money.toObject().value(QStringLiteral("currencyCode")).toString();
            const auto n = number(amount);
            if (!n) {
                fail(
                    MappingError::Kind::NotAnAmount, r, rulePath, source, in, QStringLiteral("not an amount of money"));
                return std::nullopt;
            }
            if (!r.currency.isEmpty() && !code.isEmpty() && code != r.currency) {
                fail(MappingError::Kind::CurrencyMismatch,
                    r,
                    rulePath,
                    source,
                    in,
                    QStringLiteral("the amount is in %1, the rule accepts only %2").arg(code, r.currency));
                return std::nullopt;
            }
            return rounded(*n, r.decimals.value_or(2));
        }
        case MappingOp::Date: {
            QDateTime t = in.isString() ? QDateTime::fromString(in.toString(), Qt::ISODateWithMs) : QDateTime();
            if (!t.isValid()) {
                fail(
                    MappingError::Kind::NotADate, r, rulePath, source, in, QStringLiteral("not an ISO 8601 date-time"));
                return std::nullopt;
            }
            t = t.toTimeZone(r.timezone.isEmpty() ? QTimeZone::utc() : QTimeZone(r.timezone.toUtf8()));
            return t.toString(r.format.isEmpty() ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : r.format);
        }
        }
        return std::nullopt;
    }

    void each(
        const MappingRule &r, const Scope &scope, const QString &rulePath, const QJsonValue &list, QJsonObject &out)
    {
        const QString source = shownPath(scope, r.source);
        if (!list.isArray()) {
            fail(MappingError::Kind::NotAList, r, rulePath, source, list, QStringLiteral("not a list"));
            return;
        }
        QJsonArray items;
        const QJsonArray in = list.toArray();
        for (qsizetype i = 0; i < in.size(); ++i) {
            QJsonObject item;
            const Scope inner { scope.record, in.at(i), source + QStringLiteral("[%1]").arg(i) };
            rules(r.rules, inner, rulePath + QStringLiteral(".rules"), item);
            items.append(item);
        }
        JsonPath::write(out, r.target, items);
    }

    void rule(const MappingRule &r, const Scope &scope, const QString &rulePath, QJsonObject &out)
    {
        if (!holds(r.when, scope))
            return;
        const QString source = r.source.isEmpty() ? QString() : shownPath(scope, r.source);
        std::optional<QJsonValue> value;
        switch (r.op) {
        case MappingOp::Constant:
            value = r.value;
            break;
        case MappingOp::Template:
            value = renderTemplate(r.templateText, scope);
            break;
        default:
            value = read(scope, r.source);
            break;
        }
        if (hasNoValue(value) && r.op != MappingOp::Constant) {
            if (r.defaultValue) {
                JsonPath::write(out, r.target, *r.defaultValue);
                return;
            }
            if (r.required)
                fail(MappingError::Kind::Required,
                    r,
                    rulePath,
                    source,
                    value,
                    source.isEmpty() ? QStringLiteral("the field is required but the template gives nothing")
                                     : QStringLiteral("the field is required but the source has no value"));
            return;
        }
        if (r.op == MappingOp::Each) {
            each(r, scope, rulePath, *value, out);
            return;
        }
        const auto converted = convert(r, rulePath, source, *value);
        if (!converted)
            return;
        if (r.required && hasNoValue(converted)) {
            fail(MappingError::Kind::Required,
                r,
                rulePath,
                source,
                *value,
                QStringLiteral("the field is required but the rule gives no value"));
            return;
        }
        JsonPath::write(out, r.target, *converted);
    }

    QList<MappingError> *m_errors;
};

} // namespace

QList<MappingError> MappingEngine::missingRequired(const QJsonObject &result, const QStringList &requiredTargets)
{
    QList<MappingError> errors;
    for (const QString &target : requiredTargets) {
        const auto v = JsonPath::read(result, target);
        if (hasNoValue(v) || *v == QJsonValue(false))
            errors << MappingError { MappingError::Kind::Required,
                QStringLiteral("rules"),
                {},
                target,
                {},
                std::nullopt,
                QStringLiteral("the target system requires this field and no rule sets it") };
    }
    return errors;
}

QString MappingOutcome::errorText() const
{
    QStringList lines;
    for (const auto &e : errors)
        lines << e.text();
    return lines.join(QStringLiteral("; "));
}

MappingOutcome MappingEngine::apply(const MappingDocument &document, const QJsonObject &record)
{
    MappingOutcome outcome;
    Run run(&outcome.errors);
    run.rules(document.rules, Scope { &record, record, QString() }, QStringLiteral("rules"), outcome.result);
    return outcome;
}

} // namespace Quayside::Mapping
