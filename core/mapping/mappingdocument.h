#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Quayside::Mapping {

// Which payload a document maps: a system, one of its entities, and whether the canonical record goes out
// to it ("outbound": canonical -> system) or comes in from it ("inbound").
struct MappingKey
{
    QString system; // "odoo"
    QString entity; // "sale.order"
    QString direction; // "outbound" / "inbound"

    QString text() const { return system + QLatin1Char('/') + entity + QLatin1Char('/') + direction; }
    bool isValid() const { return !system.isEmpty() && !entity.isEmpty() && !direction.isEmpty(); }
    bool operator==(const MappingKey &) const = default;
};

enum class MappingOp {
    Copy, // the value at `source`
    Constant, // `value`
    Template, // `template` with {path} and {path|fallback} placeholders
    Lookup, // table[value at `source`], else `default`
    Number, // a number or numeric string, times `scale`, rounded to `decimals`, `integer` for whole numbers
    Currency, // an amount (MoneyV2, MoneyBag or string) in `currency`, rounded to `decimals` (2)
    Date, // an ISO 8601 date-time, in `timezone` (UTC), as `format` (Odoo's "yyyy-MM-dd HH:mm:ss")
    Each, // one object per item of the list at `source`, built by the nested `rules` from that item
};

QString toString(MappingOp op);
std::optional<MappingOp> mappingOpFromString(const QString &name);

// A rule applies only when its condition holds for the record (or the list item) it reads.
struct MappingCondition
{
    enum class Kind { Always, Equals, In, Exists };
    Kind kind = Kind::Always;
    QString field; // a path like a rule's source
    QJsonValue value; // Equals: the value; In: an array; Exists: true/false

    QJsonValue toJson() const;
};

struct MappingRule
{
    QString id; // stable, for errors and the editor; may be empty
    QString target; // dotted path in the result
    MappingOp op = MappingOp::Copy;
    QString source; // dotted path in the record ("$." reads the whole record from inside an Each)
    QJsonValue value; // Constant
    QString templateText; // Template
    QJsonObject table; // Lookup: source value (as text) -> result
    std::optional<QJsonValue> defaultValue; // when the source is absent (or, for Lookup, not in the table)
    bool required = false; // no value at all (absent, null or "") is an error
    MappingCondition when;
    double scale = 1; // Number
    std::optional<int> decimals; // Number, Currency
    bool integer = false; // Number
    QString currency; // Currency: the only currency accepted, when set
    QString format; // Date
    QString timezone; // Date
    QList<MappingRule> rules; // Each

    QJsonObject toJson() const;
};

// One problem with a document or with mapping one record: which rule, which field, which value.
struct MappingError
{
    enum class Kind {
        Parse, // the document itself is malformed
        Required, // a required target got no value
        NoLookupEntry,
        NotANumber,
        NotAnAmount,
        CurrencyMismatch,
        NotADate,
        NotAList,
    };
    Kind kind = Kind::Parse;
    QString rulePath; // "rules[2]" or "rules[4].rules[1]"
    QString ruleId;
    QString target;
    QString source; // the path read, with the item index inside an Each ("lineItems.nodes[1].sku")
    std::optional<QJsonValue> value; // the offending value, when there was one
    QString message;

    // One line for operators: rule, field, source, value and what is wrong.
    QString text() const;
};

QString describeValue(const QJsonValue &value);

// A mapping document (JSON, format 1): the rules for one key, applied in order.
class MappingDocument
{
public:
    static constexpr int kFormat = 1;

    // Every problem found, each naming the JSON path of the bad part; nullopt if there was any.
    static std::optional<MappingDocument> fromJson(const QJsonObject &json, QList<MappingError> *errors);
    static std::optional<MappingDocument> fromJson(const QByteArray &json, QList<MappingError> *errors);
    QJsonObject toJson() const;

    MappingKey key;
    QString description;
    QList<MappingRule> rules;

    bool operator==(const MappingDocument &other) const { return toJson() == other.toJson(); }
};

} // namespace Quayside::Mapping
