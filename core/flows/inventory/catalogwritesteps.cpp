#include "core/flows/inventory/catalogwritesteps.h"

#include "core/flows/inventory/inventoryjobs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside {

using Connectors::OdooResult;
using Connectors::ShopifyResult;

namespace {
// The SKUs a write job finished: their pending list for that system is empty again.
StepResult written(const QStringList &skus, const QStringList &refusals, const QString &system)
{
    if (!refusals.isEmpty())
        return StepResult::failure(ErrorClass::Business,
            QStringLiteral("%1 refused catalog changes: %2").arg(system, refusals.join(QStringLiteral("; "))));
    StepResult result = StepResult::done();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString &sku : skus)
        result.state << StateWrite { InventoryJobs::ProductKind,
            sku,
            { { QStringLiteral("pendingIn") + system, QJsonArray() },
                { QStringLiteral("writtenTo%1At").arg(system), now } } };
    return result;
}

QString refusal(const QStringList &skus, const QJsonArray &errors)
{
    QStringList messages;
    for (const auto &e : errors)
        messages << e.toObject().value(QStringLiteral("message")).toString();
    return QStringLiteral("%1: %2").arg(skus.join(QStringLiteral(", ")), messages.join(QStringLiteral(", ")));
}
} // namespace

struct CatalogWriteShopifyStep::Run
{
    QList<CatalogPlan::ShopifyProductUpdate> updates;
    qsizetype index = 0;
    QStringList written;
    QStringList refusals;
    StepCallback done;

    const CatalogPlan::ShopifyProductUpdate &current() const { return updates.at(index); }
    void fail(const ShopifyResult &r)
    {
        done(StepResult::failure(r.errorClass,
            QStringLiteral("Writing product %1 (%2) to Shopify: %3")
                .arg(current().productId, current().skus.join(QStringLiteral(", ")), r.message),
            r.retryAfterMs));
    }
    // Moves on; a refused product's SKUs stay pending.
    void advance(const QJsonArray &errors)
    {
        if (errors.isEmpty())
            written << current().skus;
        else
            refusals << refusal(current().skus, errors);
        ++index;
    }
};

CatalogWriteShopifyStep::CatalogWriteShopifyStep(Connectors::ShopifyClient *client)
    : m_client(client)
    , m_titleDocument(Connectors::ShopifyClient::document(QStringLiteral("product_update")))
    , m_pricesDocument(Connectors::ShopifyClient::document(QStringLiteral("product_variants_prices")))
{ }

void CatalogWriteShopifyStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->updates = CatalogPlan::shopifyUpdatesFrom(QJsonDocument::fromJson(job.payload).object());
    run->done = std::move(done);
    next(run);
}

void CatalogWriteShopifyStep::next(std::shared_ptr<Run> run)
{
    if (run->index >= run->updates.size()) {
        run->done(written(run->written, run->refusals, QStringLiteral("Shopify")));
        return;
    }
    const auto &update = run->current();
    if (update.title.isEmpty()) {
        writePrices(run);
        return;
    }
    const QJsonObject product { { QStringLiteral("id"), update.productId }, { QStringLiteral("title"), update.title } };
    m_client->query(m_titleDocument, { { QStringLiteral("product"), product } }, 10, [this, run](ShopifyResult r) {
        if (!r.ok) {
            run->fail(r);
            return;
        }
        const QJsonArray errors = r.userErrors(QStringLiteral("productUpdate"));
        if (!errors.isEmpty()) {
            run->advance(errors);
            next(run);
            return;
        }
        writePrices(run);
    });
}

void CatalogWriteShopifyStep::writePrices(std::shared_ptr<Run> run)
{
    const auto &update = run->current();
    if (update.variantPrices.isEmpty()) {
        run->advance({});
        next(run);
        return;
    }
    QJsonArray variants;
    for (const auto &[id, cents] : update.variantPrices)
        variants.append(
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("price"), CatalogPlan::priceText(cents) } });
    m_client->query(m_pricesDocument,
        { { QStringLiteral("productId"), update.productId }, { QStringLiteral("variants"), variants } },
        10,
        [this, run](ShopifyResult r) {
            if (!r.ok) {
                run->fail(r);
                return;
            }
            run->advance(r.userErrors(QStringLiteral("productVariantsBulkUpdate")));
            next(run);
        });
}

struct CatalogWriteOdooStep::Run
{
    QList<CatalogPlan::OdooProductWrite> writes;
    qsizetype index = 0;
    QStringList written;
    QStringList refusals;
    StepCallback done;
};

CatalogWriteOdooStep::CatalogWriteOdooStep(Connectors::OdooClient *client)
    : m_client(client)
{ }

void CatalogWriteOdooStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->writes = CatalogPlan::odooWritesFrom(QJsonDocument::fromJson(job.payload).object());
    run->done = std::move(done);
    next(run);
}

void CatalogWriteOdooStep::next(std::shared_ptr<Run> run)
{
    if (run->index >= run->writes.size()) {
        run->done(written(run->written, run->refusals, QStringLiteral("Odoo")));
        return;
    }
    const auto &write = run->writes.at(run->index);
    m_client->call(QStringLiteral("product.product"),
        QStringLiteral("write"),
        { write.productId },
        { { QStringLiteral("vals"), write.values } },
        [this, run](OdooResult r) {
            const auto &write = run->writes.at(run->index);
            if (!r.ok && !isTerminal(r.errorClass)) {
                run->done(StepResult::failure(r.errorClass,
                    QStringLiteral("Writing product %1 (%2) to Odoo: %3")
                        .arg(write.productId)
                        .arg(write.skus.join(QStringLiteral(", ")), r.message)));
                return;
            }
            if (r.ok)
                run->written << write.skus;
            else
                run->refusals << QStringLiteral("%1: %2").arg(write.skus.join(QStringLiteral(", ")), r.message);
            ++run->index;
            next(run);
        });
}

} // namespace Quayside
