#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>

namespace Quayside::OdooQuery {

// Odoo's datetime fields (write_date, date_done) travel as UTC "yyyy-MM-dd HH:mm:ss", whole seconds.
inline QString odooStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
inline QDateTime fromOdooStamp(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

// A domain term: ["field", "op", value].
inline QJsonArray term(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray { field, op, value };
}

// A list holding one value. Not `QJsonArray { x }`: when x is itself a QJsonArray, clang reads that as a
// copy of x (list-initialisation from one element of the class, CWG 2137) and gcc as a list holding x, and
// Odoo's domains and argument lists are arrays of arrays throughout.
inline QJsonArray listOf(const QJsonValue &only)
{
    QJsonArray list;
    list.append(only);
    return list;
}

// An x2many field value that replaces the whole set with these ids: [(6, 0, ids)].
inline QJsonArray replaceWith(const QJsonArray &ids)
{
    return listOf(QJsonArray { 6, 0, ids });
}

// An x2many field value that links one more record: [(4, id)].
inline QJsonArray linkTo(int id)
{
    return listOf(QJsonArray { 4, id });
}

inline QJsonArray domain(std::initializer_list<QJsonArray> terms)
{
    QJsonArray d;
    for (const auto &t : terms)
        d.append(t);
    return d;
}

inline QJsonArray fields(std::initializer_list<const char *> names)
{
    QJsonArray a;
    for (const char *n : names)
        a.append(QString::fromLatin1(n));
    return a;
}

// Keyword arguments of search_read.
inline QJsonObject searchRead(const QJsonArray &domain, const QJsonArray &fields, const QString &order = {})
{
    QJsonObject kw { { QStringLiteral("domain"), domain }, { QStringLiteral("fields"), fields } };
    if (!order.isEmpty())
        kw.insert(QStringLiteral("order"), order);
    return kw;
}

// The id of a many2one value as read ([id, "name"] or false); 0 when empty.
inline int idOf(const QJsonValue &many2one)
{
    return many2one.isArray() ? many2one.toArray().at(0).toInt() : many2one.toInt();
}

// The record id `create` returned: an int for one dict, a list (JSON-2: always) otherwise.
inline int createdId(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().at(0).toInt() : value.toInt();
}

} // namespace Quayside::OdooQuery
