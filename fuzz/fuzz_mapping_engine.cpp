// libFuzzer target: the mapping engine applying a document to a record, both from the input ("document
// === record"). When the first part is no valid document the shipped sale-order mapping is applied, so
// odd orders meet the rules that run in production. The engine must be pure: applying twice gives the
// same outcome.
#include "core/mapping/mappingengine.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdlib>

#include "fuzz/fuzzinput.h"

namespace {
const Quayside::Mapping::MappingDocument &shippedDocument()
{
    static const Quayside::Mapping::MappingDocument document = [] {
        QFile file(QStringLiteral(":/mappings/odoo.sale.order.outbound.json"));
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        auto parsed = Quayside::Mapping::MappingDocument::fromJson(file.readAll(), nullptr);
        if (!parsed)
            std::abort();
        return *parsed;
    }();
    return document;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Quayside::Mapping;
    const QList<QByteArray> parts = Quayside::Fuzz::parts(Quayside::Fuzz::bytes(data, size));
    if (parts.size() < 2)
        return 0;
    const QJsonDocument record = QJsonDocument::fromJson(parts.at(1));
    if (!record.isObject())
        return 0;
    QList<MappingError> errors;
    const auto fuzzed = MappingDocument::fromJson(parts.at(0), &errors);
    const MappingDocument &document = fuzzed ? *fuzzed : shippedDocument();
    const MappingOutcome first = MappingEngine::apply(document, record.object());
    (void)first.errorText();
    (void)MappingEngine::missingRequired(first.result, { QStringLiteral("partner_id"), QStringLiteral("date_order") });
    const MappingOutcome second = MappingEngine::apply(document, record.object());
    if (first.result != second.result || first.errorText() != second.errorText())
        std::abort(); // not pure: a preview would not show what the flow sends
    return 0;
}
