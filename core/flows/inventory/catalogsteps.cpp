#include "core/flows/inventory/catalogsteps.h"

#include "core/flows/inventory/catalogplan.h"
#include "core/flows/inventory/inventoryjobs.h"
#include "core/flows/odooquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Quayside {

using Connectors::OdooResult;
using Connectors::ShopifyResult;

namespace {
const QString Partition = QStringLiteral("catalog:sync");

const QString WritePartition = QStringLiteral("catalog:write");
// Products per write job: a failure repeats a few writes, not the whole catalogue.
constexpr int ProductsPerWriteJob = 25;

qint64 cents(double amount)
{
    return std::llround(amount * 100.0);
}
} // namespace

CatalogOdooStep::CatalogOdooStep(Connectors::OdooClient *client)
    : m_client(client)
{ }

void CatalogOdooStep::run(const JobRecord &, StepCallback done)
{
    m_client->call(QStringLiteral("product.product"),
        QStringLiteral("search_read"),
        {},
        { { QStringLiteral("domain"),
              OdooQuery::domain({ OdooQuery::term(QStringLiteral("default_code"), QStringLiteral("!="), false) }) },
            { QStringLiteral("fields"),
                QJsonArray { QStringLiteral("id"),
                    QStringLiteral("default_code"),
                    QStringLiteral("name"),
                    QStringLiteral("lst_price"),
                    QStringLiteral("product_tmpl_id") } } },
        [done](OdooResult r) {
            if (!r.ok) {
                done(StepResult::failure(r.errorClass, QStringLiteral("Reading Odoo's products: ") + r.message));
                return;
            }
            QJsonObject products;
            QJsonArray duplicates;
            for (const auto &v : r.value.toArray()) {
                const QJsonObject p = v.toObject();
                const QString sku = p.value(QStringLiteral("default_code")).toString().trimmed();
                if (sku.isEmpty())
                    continue;
                if (products.contains(sku))
                    duplicates.append(sku);
                products.insert(sku,
                    QJsonObject { { QStringLiteral("id"), p.value(QStringLiteral("id")) },
                        { QStringLiteral("name"), p.value(QStringLiteral("name")) },
                        { QStringLiteral("templateId"), OdooQuery::idOf(p.value(QStringLiteral("product_tmpl_id"))) },
                        { QStringLiteral("price"), p.value(QStringLiteral("lst_price")) } });
            }
            done(StepResult::done({ InventoryJobs::job(InventoryJobs::CatalogShopifyStep,
                Partition,
                { { QStringLiteral("odoo"), products }, { QStringLiteral("odooDuplicates"), duplicates } }) }));
        });
}

struct CatalogShopifyStep::Run
{
    QJsonObject odoo;
    QJsonArray odooDuplicates;
    QHash<QString, QJsonObject> shopify; // SKU -> {productId, variantId, inventoryItemId, title, price}
    QStringList shopifyDuplicates;
    StepCallback done;
};

CatalogShopifyStep::CatalogShopifyStep(
    Connectors::ShopifyClient *client, InventorySettings settings, std::function<FlowSchedule()> schedule)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_schedule(std::move(schedule))
    , m_document(Connectors::ShopifyClient::document(QStringLiteral("products_page")))
{ }

void CatalogShopifyStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    const QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    run->odoo = payload.value(QStringLiteral("odoo")).toObject();
    run->odooDuplicates = payload.value(QStringLiteral("odooDuplicates")).toArray();
    run->done = std::move(done);
    page(run, {});
}

void CatalogShopifyStep::page(std::shared_ptr<Run> run, const QString &after)
{
    QJsonObject variables { { QStringLiteral("first"), 20 } };
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    m_client->query(m_document, variables, 862, [this, run](ShopifyResult r) {
        if (!r.ok) {
            run->done(StepResult::failure(
                r.errorClass, QStringLiteral("Reading Shopify's products: ") + r.message, r.retryAfterMs));
            return;
        }
        const QJsonObject products = r.data.value(QStringLiteral("products")).toObject();
        for (const auto &p : products.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject product = p.toObject();
            for (const auto &v :
                product.value(QStringLiteral("variants")).toObject().value(QStringLiteral("nodes")).toArray()) {
                const QJsonObject variant = v.toObject();
                const QString sku = variant.value(QStringLiteral("sku")).toString().trimmed();
                if (sku.isEmpty())
                    continue;
                if (run->shopify.contains(sku) && !run->shopifyDuplicates.contains(sku))
                    run->shopifyDuplicates << sku;
                run->shopify.insert(sku,
                    QJsonObject { { QStringLiteral("productId"), product.value(QStringLiteral("id")) },
                        { QStringLiteral("variantId"), variant.value(QStringLiteral("id")) },
                        { QStringLiteral("inventoryItemId"),
                            variant.value(QStringLiteral("inventoryItem")).toObject().value(QStringLiteral("id")) },
                        { QStringLiteral("title"), product.value(QStringLiteral("title")) },
                        { QStringLiteral("price"), variant.value(QStringLiteral("price")) } });
            }
        }
        const QJsonObject info = products.value(QStringLiteral("pageInfo")).toObject();
        if (info.value(QStringLiteral("hasNextPage")).toBool())
            page(run, info.value(QStringLiteral("endCursor")).toString());
        else
            finish(run);
    });
}

void CatalogShopifyStep::finish(std::shared_ptr<Run> run)
{
    StepResult result = StepResult::done();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList skus = run->odoo.keys();
    for (auto it = run->shopify.cbegin(); it != run->shopify.cend(); ++it)
        if (!run->odoo.contains(it.key()))
            skus << it.key();
    QList<CatalogPair> pairs;
    QHash<QString, QJsonObject> fieldsBySku;
    for (const QString &sku : std::as_const(skus)) {
        const QJsonObject odoo = run->odoo.value(sku).toObject();
        const QJsonObject shopify = run->shopify.value(sku);
        QJsonObject fields { { QStringLiteral("checkedAt"), now },
            { QStringLiteral("nameSource"), InventorySettings::systemName(m_settings.nameSource) },
            { QStringLiteral("priceSource"), InventorySettings::systemName(m_settings.priceSource) } };
        fields.insert(QStringLiteral("odooProductId"),
            odoo.isEmpty() ? QJsonValue(QJsonValue::Null) : odoo.value(QStringLiteral("id")));
        for (const auto &[stateField, shopifyField] : { std::pair { "shopifyProductId", "productId" },
                 std::pair { "shopifyVariantId", "variantId" },
                 std::pair { "shopifyInventoryItemId", "inventoryItemId" } })
            fields.insert(QLatin1String(stateField),
                shopify.isEmpty() ? QJsonValue(QJsonValue::Null) : shopify.value(QLatin1String(shopifyField)));
        fields.insert(QStringLiteral("missingIn"),
            odoo.isEmpty()          ? QJsonValue(QStringLiteral("odoo"))
                : shopify.isEmpty() ? QJsonValue(QStringLiteral("shopify"))
                                    : QJsonValue(QJsonValue::Null));
        QStringList drift;
        const bool duplicated = run->shopifyDuplicates.contains(sku) || run->odooDuplicates.contains(sku);
        if (run->shopifyDuplicates.contains(sku))
            drift << QStringLiteral("on more than one Shopify variant");
        if (run->odooDuplicates.contains(sku))
            drift << QStringLiteral("on more than one Odoo product");
        if (!odoo.isEmpty() && !shopify.isEmpty()) {
            const double odooPrice = odoo.value(QStringLiteral("price")).toDouble();
            const double shopifyPrice = shopify.value(QStringLiteral("price")).toString().toDouble();
            fields.insert(QStringLiteral("odooPrice"), odooPrice);
            fields.insert(QStringLiteral("shopifyPrice"), shopifyPrice);
            fields.insert(QStringLiteral("odooName"), odoo.value(QStringLiteral("name")));
            fields.insert(QStringLiteral("shopifyTitle"), shopify.value(QStringLiteral("title")));
            if (cents(odooPrice) != cents(shopifyPrice))
                drift << QStringLiteral("price differs (Odoo %1, Shopify %2)")
                             .arg(odooPrice, 0, 'f', 2)
                             .arg(shopifyPrice, 0, 'f', 2);
            if (odoo.value(QStringLiteral("name")).toString() != shopify.value(QStringLiteral("title")).toString())
                drift << QStringLiteral("name differs");
            // A SKU on two products is ambiguous: no write until someone fixes the catalogue.
            if (!duplicated)
                pairs << CatalogPair { .sku = sku,
                    .odooProductId = odoo.value(QStringLiteral("id")).toInt(),
                    .odooTemplateId = odoo.value(QStringLiteral("templateId")).toInt(),
                    .odooName = odoo.value(QStringLiteral("name")).toString(),
                    .odooPriceCents = cents(odooPrice),
                    .shopifyProductId = shopify.value(QStringLiteral("productId")).toString(),
                    .shopifyVariantId = shopify.value(QStringLiteral("variantId")).toString(),
                    .shopifyTitle = shopify.value(QStringLiteral("title")).toString(),
                    .shopifyPriceCents = cents(shopifyPrice) };
        }
        fields.insert(QStringLiteral("drift"), QJsonArray::fromStringList(drift));
        fieldsBySku.insert(sku, fields);
    }
    const CatalogPlan plan = CatalogPlan::make(pairs, m_settings);
    for (auto it = fieldsBySku.begin(); it != fieldsBySku.end(); ++it) {
        it->insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(plan.conflicts.value(it.key())));
        it->insert(
            QStringLiteral("pendingInShopify"), QJsonArray::fromStringList(plan.pendingInShopify.value(it.key())));
        it->insert(QStringLiteral("pendingInOdoo"), QJsonArray::fromStringList(plan.pendingInOdoo.value(it.key())));
        result.state << StateWrite { InventoryJobs::ProductKind, it.key(), *it };
    }
    for (const QJsonObject &payload : CatalogPlan::shopifyPayloads(plan.shopify, ProductsPerWriteJob))
        result.followUps << InventoryJobs::job(InventoryJobs::CatalogWriteShopifyStep, WritePartition, payload);
    for (const QJsonObject &payload : CatalogPlan::odooPayloads(plan.odoo, ProductsPerWriteJob))
        result.followUps << InventoryJobs::job(InventoryJobs::CatalogWriteOdooStep, WritePartition, payload);
    result.followUps << InventoryJobs::job(
        InventoryJobs::CatalogOdooStep, Partition, {}, m_schedule().nextRunMs(QDateTime::currentMSecsSinceEpoch()));
    run->done(result);
}

} // namespace Quayside
