#include "core/flows/inventory/catalogplan.h"

#include <QMap>
#include <QSet>

namespace Quayside {

namespace {
using SystemOfRecord = InventorySettings::SystemOfRecord;
using Group = QList<const CatalogPair *>;

qint64 centsOf(const QJsonValue &v)
{
    return qRound64(v.toString().toDouble() * 100.0);
}

void appendOnce(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list << value;
}

template <typename Key>
QList<QJsonObject> chunked(const QList<Key> &items, int perJob, const QString &name, auto toJson)
{
    QList<QJsonObject> payloads;
    QJsonArray batch;
    for (const auto &item : items) {
        batch.append(toJson(item));
        if (batch.size() >= qMax(1, perJob)) {
            payloads << QJsonObject { { name, batch } };
            batch = {};
        }
    }
    if (!batch.isEmpty())
        payloads << QJsonObject { { name, batch } };
    return payloads;
}
} // namespace

QString CatalogPlan::priceText(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

CatalogPlan CatalogPlan::make(const QList<CatalogPair> &pairs, const InventorySettings &settings)
{
    CatalogPlan plan;
    // Ordered maps: the same catalogue gives the same jobs.
    QMap<QString, Group> byShopifyProduct;
    QMap<int, Group> byTemplate;
    for (const CatalogPair &p : pairs) {
        byShopifyProduct[p.shopifyProductId] << &p;
        byTemplate[p.odooTemplateId > 0 ? p.odooTemplateId : -p.odooProductId] << &p;
    }
    QMap<QString, ShopifyProductUpdate> shopify;
    QMap<int, OdooProductWrite> odoo;
    const auto conflict = [&](const Group &group, const QString &why) {
        for (const CatalogPair *p : group)
            plan.conflicts[p->sku] << why;
    };
    const auto inShopify = [&](const CatalogPair *p, const QString &field) -> ShopifyProductUpdate & {
        ShopifyProductUpdate &u = shopify[p->shopifyProductId];
        u.productId = p->shopifyProductId;
        appendOnce(u.skus, p->sku);
        appendOnce(plan.pendingInShopify[p->sku], field);
        return u;
    };
    const auto inOdoo = [&](const CatalogPair *p, const QString &field) -> OdooProductWrite & {
        OdooProductWrite &w = odoo[p->odooProductId];
        w.productId = p->odooProductId;
        appendOnce(w.skus, p->sku);
        appendOnce(plan.pendingInOdoo[p->sku], field);
        return w;
    };

    if (settings.nameSource == SystemOfRecord::Odoo) {
        for (const Group &group : std::as_const(byShopifyProduct)) {
            QSet<QString> names;
            for (const CatalogPair *p : group)
                names << p->odooName.trimmed();
            if (names.size() > 1) {
                conflict(
                    group, QStringLiteral("its Shopify product holds variants of Odoo products with different names"));
                continue;
            }
            const QString wanted = *names.cbegin();
            if (wanted.isEmpty() || wanted == group.first()->shopifyTitle.trimmed())
                continue;
            for (const CatalogPair *p : group)
                inShopify(p, QStringLiteral("title")).title = wanted;
        }
    } else if (settings.nameSource == SystemOfRecord::Shopify) {
        for (const Group &group : std::as_const(byTemplate)) {
            QSet<QString> titles;
            for (const CatalogPair *p : group)
                titles << p->shopifyTitle.trimmed();
            if (titles.size() > 1) {
                conflict(group, QStringLiteral("its Odoo product is sold as Shopify products with different titles"));
                continue;
            }
            const QString wanted = *titles.cbegin();
            if (wanted.isEmpty() || wanted == group.first()->odooName.trimmed())
                continue;
            // Odoo's variant name is its template's: one write renames them all.
            inOdoo(group.first(), QStringLiteral("name")).values.insert(QStringLiteral("name"), wanted);
            for (const CatalogPair *p : group)
                appendOnce(plan.pendingInOdoo[p->sku], QStringLiteral("name"));
        }
    }

    if (settings.priceSource == SystemOfRecord::Odoo) {
        for (const CatalogPair &p : pairs)
            if (p.odooPriceCents != p.shopifyPriceCents)
                inShopify(&p, QStringLiteral("price")).variantPrices << qMakePair(p.shopifyVariantId, p.odooPriceCents);
    } else if (settings.priceSource == SystemOfRecord::Shopify) {
        for (const Group &group : std::as_const(byTemplate)) {
            QSet<qint64> differences;
            for (const CatalogPair *p : group)
                differences << p->shopifyPriceCents - p->odooPriceCents;
            if (differences.size() == 1 && *differences.cbegin() == 0)
                continue;
            if (differences.size() > 1) {
                // Writing lst_price sets the template's price minus the variant's extra, so variants whose
                // Shopify prices move by different amounts would overwrite each other on every run.
                conflict(group,
                    QStringLiteral("Odoo keeps one price per product plus attribute extras, and the Shopify "
                                   "prices of its variants differ from Odoo's by different amounts"));
                continue;
            }
            for (const CatalogPair *p : group)
                inOdoo(p, QStringLiteral("price"))
                    .values.insert(QStringLiteral("lst_price"), double(p->shopifyPriceCents) / 100.0);
        }
    }
    plan.shopify = shopify.values();
    plan.odoo = odoo.values();
    return plan;
}

QList<QJsonObject> CatalogPlan::shopifyPayloads(const QList<ShopifyProductUpdate> &updates, int perJob)
{
    return chunked(updates, perJob, QStringLiteral("products"), [](const ShopifyProductUpdate &u) {
        QJsonArray variants;
        for (const auto &[id, cents] : u.variantPrices)
            variants.append(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("price"), priceText(cents) } });
        QJsonObject o { { QStringLiteral("productId"), u.productId },
            { QStringLiteral("variants"), variants },
            { QStringLiteral("skus"), QJsonArray::fromStringList(u.skus) } };
        if (!u.title.isEmpty())
            o.insert(QStringLiteral("title"), u.title);
        return o;
    });
}

QList<CatalogPlan::ShopifyProductUpdate> CatalogPlan::shopifyUpdatesFrom(const QJsonObject &payload)
{
    QList<ShopifyProductUpdate> updates;
    for (const auto &v : payload.value(QStringLiteral("products")).toArray()) {
        const QJsonObject o = v.toObject();
        ShopifyProductUpdate u;
        u.productId = o.value(QStringLiteral("productId")).toString();
        u.title = o.value(QStringLiteral("title")).toString();
        for (const auto &variant : o.value(QStringLiteral("variants")).toArray())
            u.variantPrices << qMakePair(variant.toObject().value(QStringLiteral("id")).toString(),
                centsOf(variant.toObject().value(QStringLiteral("price"))));
        for (const auto &sku : o.value(QStringLiteral("skus")).toArray())
            u.skus << sku.toString();
        updates << u;
    }
    return updates;
}

QList<QJsonObject> CatalogPlan::odooPayloads(const QList<OdooProductWrite> &writes, int perJob)
{
    return chunked(writes, perJob, QStringLiteral("writes"), [](const OdooProductWrite &w) {
        return QJsonObject { { QStringLiteral("productId"), w.productId },
            { QStringLiteral("values"), w.values },
            { QStringLiteral("skus"), QJsonArray::fromStringList(w.skus) } };
    });
}

QList<CatalogPlan::OdooProductWrite> CatalogPlan::odooWritesFrom(const QJsonObject &payload)
{
    QList<OdooProductWrite> writes;
    for (const auto &v : payload.value(QStringLiteral("writes")).toArray()) {
        const QJsonObject o = v.toObject();
        OdooProductWrite w;
        w.productId = o.value(QStringLiteral("productId")).toInt();
        w.values = o.value(QStringLiteral("values")).toObject();
        for (const auto &sku : o.value(QStringLiteral("skus")).toArray())
            w.skus << sku.toString();
        writes << w;
    }
    return writes;
}

} // namespace Quayside
