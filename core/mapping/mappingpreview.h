#pragma once

#include "core/mapping/mappingdiff.h"
#include "core/mapping/mappingengine.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Quayside::Mapping {

// A real record to preview on: a payload the store kept (the job that carried it, the order's name).
struct PreviewPayload
{
    QString id; // "job:42"
    QString label; // "#1001"
    QJsonObject record;
};

struct PreviewRow
{
    QString id;
    QString label;
    MappingOutcome draft;
    std::optional<MappingOutcome> published; // absent when nothing is published for the key yet
    QList<MappingChange> diff; // published result -> draft result (everything added if none is published)

    bool draftMaps() const { return draft.ok(); }
};

// What a draft would make of recent real payloads, next to what the published version makes of them.
class MappingPreview
{
public:
    // `requiredTargets`: fields the target system requires (its schema), checked on both results.
    static QList<PreviewRow> run(const MappingDocument &draft,
        const std::optional<MappingDocument> &published,
        const QList<PreviewPayload> &payloads,
        const QStringList &requiredTargets = {});
};

} // namespace Quayside::Mapping
