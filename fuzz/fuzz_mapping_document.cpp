// libFuzzer target: mapping documents as imported from a file or read from the store. A document that
// parses must survive the editor's save and reload unchanged: toJson() then fromJson() gives it back.
#include "core/mapping/mappingdocument.h"

#include <QJsonDocument>

#include <cstdlib>

#include "fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Quayside::Mapping;
    QList<MappingError> errors;
    const auto document = MappingDocument::fromJson(Quayside::Fuzz::bytes(data, size), &errors);
    for (const MappingError &e : std::as_const(errors))
        (void)e.text();
    if (!document)
        return 0;
    QList<MappingError> again;
    const auto reloaded
        = MappingDocument::fromJson(QJsonDocument(document->toJson()).toJson(QJsonDocument::Compact), &again);
    if (!reloaded || !(*reloaded == *document))
        std::abort(); // a document the editor saves would not load back as itself
    return 0;
}
