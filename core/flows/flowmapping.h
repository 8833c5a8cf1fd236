#pragma once

#include "core/engine/stephandler.h"
#include "core/mapping/mappingdocument.h"
#include "core/mapping/mappingversion.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace Quayside {

// Where a step reads the mapping it applies: the published version from the store (StepEnvironment's
// publishedMapping), which falls back to the shipped default before the store has one.
using MappingSource = std::function<std::optional<Mapping::MappingVersion>(const Mapping::MappingKey &)>;

// A source that always has the shipped defaults (version 0): for steps built without a store.
MappingSource orShippedDefaults(MappingSource source);

// One step's use of a key's mapping on one record (the job's payload).
struct FlowMapping
{
    QString name; // "mapping shipbob/order/outbound v2", for messages
    QJsonObject values; // the mapping's result, without the targets the flow keeps for itself
};

// Applies the key's published mapping to `record` before the step writes anything. From here on every
// result through `done` records the version it ran with (jobs.mapping_version). A mapping error fails the
// job through `done` as a validation exception naming the order, the rule, the field and the value, and
// gives nullopt; a replay reads the published version again. No mapping at all maps to nothing.
std::optional<FlowMapping> applyFlowMapping(const MappingSource &source,
    const Mapping::MappingKey &key,
    const QJsonObject &record,
    const QString &orderName,
    StepCallback &done);

} // namespace Quayside
