#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Quayside {

// One stock location as the three systems name it. Odoo owns the figure; Shopify shows it; ShipBob, when
// the warehouse is one of its fulfilment centres, holds the goods.
struct InventoryLocation
{
    QString key; // our name for it, used in flow state keys ("SKU@key")
    QString odooWarehouse; // stock.warehouse code (or name)
    QString shopifyLocation; // a Location gid, or its name (resolved on first use)
    int shipbobFulfillmentCenterId = 0; // 0: not a ShipBob centre (no three-way comparison)

    bool operator==(const InventoryLocation &) const = default;
};

// What the inventory and catalog flows do, as a plain value with a JSON round trip (persisted with the
// other flow settings; the console edits it).
struct InventorySettings
{
    enum class ReconcileMode {
        Correct, // mismatches are recorded and Shopify is set to the expected figure
        Report, // mismatches are only recorded
    };
    // Which system's value wins when the two differ; None: neither, differences are only reported.
    enum class SystemOfRecord { Odoo, Shopify, None };

    QList<InventoryLocation> locations;
    int safetyStock = 0; // held back from Shopify for every SKU without its own figure
    QHash<QString, int> safetyStockBySku;
    ReconcileMode reconcileMode = ReconcileMode::Correct;
    // Overrides of the flows' schedules for tests; 0 (the default) follows the stored schedules of the
    // "inventory", "reconciliation" and "catalog" flows (FlowSchedule).
    qint64 stockPollIntervalMs = 0;
    qint64 reconcileIntervalMs = 0;
    qint64 catalogIntervalMs = 0;
    // Catalog: which system's product name and price win when they differ. The other side is written to match.
    SystemOfRecord nameSource = SystemOfRecord::Odoo;
    SystemOfRecord priceSource = SystemOfRecord::Odoo;

    static QString systemName(SystemOfRecord s); // "odoo", "shopify", "none"

    int safetyStockFor(const QString &sku) const { return qMax(0, safetyStockBySku.value(sku, safetyStock)); }
    const InventoryLocation *location(const QString &key) const;

    QJsonObject toJson() const;
    // Unknown keys are ignored; a malformed value keeps the default and is named in *error.
    static InventorySettings fromJson(const QJsonObject &json, QString *error = nullptr);
    // The sandbox's world: Main Street Warehouse (WH) and ShipBob Cicero (SBCIC, centre 10).
    static InventorySettings defaults();

    bool operator==(const InventorySettings &) const = default;
};

} // namespace Quayside
