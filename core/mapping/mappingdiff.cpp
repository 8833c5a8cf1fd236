#include "core/mapping/mappingdiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Quayside::Mapping {

namespace {

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void diff(const QString &path, const QJsonValue &before, const QJsonValue &after, QList<MappingChange> &out)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys();
        for (const QString &k : b.keys())
            if (!a.contains(k))
                keys << k;
        std::sort(keys.begin(), keys.end());
        for (const QString &k : keys)
            diff(child(path, k), a.value(k), b.value(k), out);
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            diff(path + QStringLiteral("[%1]").arg(i),
                i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined),
                i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined),
                out);
        return;
    }
    const MappingChange::Kind kind = before.isUndefined() ? MappingChange::Kind::Added
        : after.isUndefined()                             ? MappingChange::Kind::Removed
                                                          : MappingChange::Kind::Changed;
    out << MappingChange { kind, path, before, after };
}

} // namespace

QString toString(MappingChange::Kind kind)
{
    switch (kind) {
    case MappingChange::Kind::Added:
        return QStringLiteral("added");
    case MappingChange::Kind::Removed:
        return QStringLiteral("removed");
    case MappingChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QList<MappingChange> diffResults(const QJsonValue &before, const QJsonValue &after)
{
    QList<MappingChange> out;
    diff(QString(), before, after, out);
    return out;
}

} // namespace Quayside::Mapping
