#pragma once

#include "core/mapping/mappingdocument.h"

#include <QString>

namespace Quayside::Mapping {

enum class MappingState { Draft, Published, Archived };
QString toString(MappingState state);

// One stored version of a key's document.
struct MappingVersion
{
    MappingKey key;
    int version = 0; // 0: not from the store (a shipped default used before the store had any)
    MappingState state = MappingState::Draft;
    MappingDocument document;
    QString author; // who saved it (a draft) or published it
    QString comment;
    qint64 createdAt = 0;
    qint64 publishedAt = 0; // 0: never published
};

} // namespace Quayside::Mapping
