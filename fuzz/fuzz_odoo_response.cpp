// libFuzzer target: Odoo's answers over JSON-RPC (17, 18) and JSON-2 (19), decoded as the client does,
// error names classified; the first byte of the input picks the transport and whether the call wrote.
#include "core/connectors/odoo/odooclient.h"

#include "fuzz/httpinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Quayside;
    if (size < 1)
        return 0;
    const bool json2 = data[0] & 1;
    const bool wasWrite = data[0] & 2;
    const Connectors::HttpOutcome o = Fuzz::outcome(Fuzz::bytes(data + 1, size - 1));
    const Connectors::OdooResult r
        = json2 ? Connectors::OdooClient::parseJson2(o, wasWrite) : Connectors::OdooClient::parseJsonRpc(o, wasWrite);
    // What the flows read of a result: records, ids, a count.
    const QJsonArray records = r.value.toArray();
    for (const QJsonValue &record : records)
        (void)record.toObject().value(QStringLiteral("id")).toInteger();
    (void)r.value.toInteger();
    return 0;
}
