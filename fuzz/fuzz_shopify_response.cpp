// libFuzzer target: Shopify Admin GraphQL answers (data, errors, extensions.cost, throttling, Retry-After)
// through the client's own parser, several in a row so the cost bucket's arithmetic sees odd reports.
#include "core/connectors/shopify/shopifyclient.h"

#include "fuzz/httpinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Quayside;
    Connectors::ShopifyConfig config;
    config.shopDomain = QStringLiteral("fuzz.myshopify.com");
    config.accessToken = QStringLiteral("shpat_fuzz");
    Connectors::ShopifyClient client(nullptr, config);
    quint64 seq = 0;
    for (const QByteArray &answer : Fuzz::parts(Fuzz::bytes(data, size))) {
        const Connectors::ShopifyResult r = client.parse(Fuzz::outcome(answer), 10, ++seq);
        // What callers read of every result.
        (void)r.userErrors(QStringLiteral("orderUpdate"));
        (void)r.message.size();
        (void)client.availablePoints(0);
    }
    return 0;
}
