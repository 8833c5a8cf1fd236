#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Quayside::Mapping {

// One difference between two mapped results, by path ("note", "order_line[1].name").
struct MappingChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString path;
    QJsonValue before; // Undefined when added
    QJsonValue after; // Undefined when removed

    bool operator==(const MappingChange &) const = default;
};

QString toString(MappingChange::Kind kind);

// Objects are compared key by key and lists item by item, so a change deep inside shows at its own path.
QList<MappingChange> diffResults(const QJsonValue &before, const QJsonValue &after);

} // namespace Quayside::Mapping
