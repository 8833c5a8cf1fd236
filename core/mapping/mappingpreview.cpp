#include "core/mapping/mappingpreview.h"

namespace Quayside::Mapping {

QList<PreviewRow> MappingPreview::run(const MappingDocument &draft,
    const std::optional<MappingDocument> &published,
    const QList<PreviewPayload> &payloads,
    const QStringList &requiredTargets)
{
    QList<PreviewRow> rows;
    rows.reserve(payloads.size());
    for (const PreviewPayload &p : payloads) {
        PreviewRow row;
        row.id = p.id;
        row.label = p.label;
        row.draft = MappingEngine::apply(draft, p.record);
        row.draft.errors << MappingEngine::missingRequired(row.draft.result, requiredTargets);
        if (published) {
            row.published = MappingEngine::apply(*published, p.record);
            row.published->errors << MappingEngine::missingRequired(row.published->result, requiredTargets);
        }
        row.diff = diffResults(
            row.published ? QJsonValue(row.published->result) : QJsonValue(QJsonObject()), row.draft.result);
        rows << row;
    }
    return rows;
}

} // namespace Quayside::Mapping
