#include "core/flows/flowmapping.h"

#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingengine.h"

namespace Quayside {

namespace {
void removePath(QJsonObject &root, const QString &path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        root.remove(path);
        return;
    }
    const QString head = path.left(dot);
    if (!root.value(head).isObject())
        return;
    QJsonObject child = root.value(head).toObject();
    removePath(child, path.mid(dot + 1));
    root.insert(head, child);
}
} // namespace

MappingSource orShippedDefaults(MappingSource source)
{
    if (source)
        return source;
    return [](const Mapping::MappingKey &key) -> std::optional<Mapping::MappingVersion> {
        const auto shipped = Mapping::MappingCatalog::shippedDefault(key);
        if (!shipped)
            return std::nullopt;
        return Mapping::MappingVersion {
            key, 0, Mapping::MappingState::Published, *shipped, QStringLiteral("quayside"), QString(), 0, 0
        };
    };
}

std::optional<FlowMapping> applyFlowMapping(const MappingSource &source,
    const Mapping::MappingKey &key,
    const QJsonObject &record,
    const QString &orderName,
    StepCallback &done)
{
    const auto mapping = source ? source(key) : std::nullopt;
    if (!mapping)
        return FlowMapping { QStringLiteral("no mapping for %1").arg(key.text()), {} };
    FlowMapping out { QStringLiteral("mapping %1 v%2").arg(key.text()).arg(mapping->version), {} };
    done = [next = std::move(done), version = mapping->version](StepResult r) {
        r.mappingVersion = version;
        next(std::move(r));
    };
    const Mapping::MappingOutcome outcome = Mapping::MappingEngine::apply(mapping->document, record);
    if (!outcome.ok()) {
        done(StepResult::failure(ErrorClass::Validation,
            QStringLiteral("Order %1: %2 cannot map it: %3").arg(orderName, out.name, outcome.errorText())));
        return std::nullopt;
    }
    out.values = outcome.result;
    // A document stored before a target was reserved may still set it: the flow's own value wins.
    for (const QString &reserved : Mapping::MappingCatalog::reservedTargets(key))
        removePath(out.values, reserved);
    return out;
}

} // namespace Quayside
