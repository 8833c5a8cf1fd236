#pragma once

#include "core/flows/inventory/inventorysettings.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quayside {

// One SKU known to both systems, as the catalog sync read it.
struct CatalogPair
{
    QString sku;
    int odooProductId = 0;
    int odooTemplateId = 0;
    QString odooName;
    qint64 odooPriceCents = 0;
    QString shopifyProductId;
    QString shopifyVariantId;
    QString shopifyTitle;
    qint64 shopifyPriceCents = 0;
};

// What the catalog sync writes so that the side that is not the system of record matches the one that is.
// Names are per product on both sides (Shopify's product title, Odoo's template name); prices are per
// variant in Shopify but per template in Odoo (a variant's price is the template's plus its attribute
// extras). So a write that would need two names for one product, or prices Odoo cannot express, is not
// made: it is reported as a conflict on the SKUs concerned.
struct CatalogPlan
{
    struct ShopifyProductUpdate
    {
        QString productId;
        QString title; // empty: unchanged
        QList<QPair<QString, qint64>> variantPrices; // variant gid, cents
        QStringList skus;
    };
    struct OdooProductWrite
    {
        int productId = 0;
        QJsonObject values; // {"name": ...} and/or {"lst_price": ...}
        QStringList skus;
    };

    QList<ShopifyProductUpdate> shopify;
    QList<OdooProductWrite> odoo;
    QHash<QString, QStringList> conflicts; // SKU -> why a write it needs was not made
    QHash<QString, QStringList> pendingInShopify; // SKU -> fields the plan writes there ("title", "price")
    QHash<QString, QStringList> pendingInOdoo; // SKU -> fields the plan writes there ("name", "price")

    // Shopify's Decimal for a price: "12.30".
    static QString priceText(qint64 cents);

    static CatalogPlan make(const QList<CatalogPair> &pairs, const InventorySettings &settings);

    // Job payloads, at most `perJob` products each, and back.
    static QList<QJsonObject> shopifyPayloads(const QList<ShopifyProductUpdate> &updates, int perJob);
    static QList<ShopifyProductUpdate> shopifyUpdatesFrom(const QJsonObject &payload);
    static QList<QJsonObject> odooPayloads(const QList<OdooProductWrite> &writes, int perJob);
    static QList<OdooProductWrite> odooWritesFrom(const QJsonObject &payload);
};

} // namespace Quayside
