#pragma once

#include "core/engine/job.h"

#include <QJsonObject>

namespace Quayside {

// Names, partitions and job builders of the inventory and catalog flows, in one place.
namespace InventoryJobs {
inline const QString Flow = QStringLiteral("inventory");
// Near real-time: Odoo stock changes → Shopify.
inline const QString PollOdooStep = QStringLiteral("poll_odoo_stock");
inline const QString PushStep = QStringLiteral("push_stock");
// Scheduled three-way reconciliation, one chain: Odoo, then ShipBob, then Shopify (compare, record, correct).
inline const QString ReconcileOdooStep = QStringLiteral("reconcile_odoo");
inline const QString ReconcileThreePlStep = QStringLiteral("reconcile_3pl");
inline const QString ReconcileShopifyStep = QStringLiteral("reconcile_shopify");
// Scheduled catalog link: Odoo products, then Shopify variants, joined by SKU.
inline const QString CatalogOdooStep = QStringLiteral("catalog_odoo");
inline const QString CatalogShopifyStep = QStringLiteral("catalog_shopify");
// Names and prices written to the side that is not the system of record (CatalogPlan).
inline const QString CatalogWriteShopifyStep = QStringLiteral("catalog_write_shopify");
inline const QString CatalogWriteOdooStep = QStringLiteral("catalog_write_odoo");

inline const QString ShopifyLane = QStringLiteral("shopify");
inline const QString OdooLane = QStringLiteral("odoo");
inline const QString ShipBobLane = QStringLiteral("shipbob");

// Flow state kinds written here.
inline const QString MismatchKind = QStringLiteral("inventory_mismatch"); // key "SKU@location"
inline const QString ProductKind = QStringLiteral("product"); // key SKU
// A push that held back more than its poll had counted (an order arrived in between) leaves the figure
// here, so that a later poll re-pushes the SKU once the order is confirmed. Key SKU, {"unconfirmed": n}.
inline const QString HoldOverrideKind = QStringLiteral("stock_hold_override");

NewJob job(const QString &step, const QString &partition, const QJsonObject &payload, qint64 notBeforeMs = 0);
NewJob firstStockPoll();
NewJob firstReconcile();
NewJob firstCatalogSync();
NewJob push(const QJsonObject &payload);
QString mismatchKey(const QString &sku, const QString &location);
} // namespace InventoryJobs

} // namespace Quayside
