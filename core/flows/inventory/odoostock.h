#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/flows/inventory/inventorysettings.h"

#include <QHash>

#include <functional>
#include <memory>

namespace Quayside {

// Odoo's figures for one product at one mapped warehouse.
struct OdooLevel
{
    int productId = 0;
    double free = 0; // free_qty: on hand minus reserved, the sellable figure
    double onHand = 0; // qty_available
};

// Reads stock per mapped warehouse: `free_qty` / `qty_available` of storable products under the warehouse
// context key of the server's version (17 `warehouse`, 18+ `warehouse_id`; the wrong one is silently
// ignored by Odoo and yields the company-wide figure, odoo.md §3.3).
class OdooStock
{
public:
    using Levels = QHash<QString, QHash<QString, OdooLevel>>; // SKU -> location key -> level
    struct Outcome
    {
        bool ok = true;
        Connectors::OdooResult error;
    };

    OdooStock(Connectors::OdooClient *client, InventorySettings settings);

    // Connects and finds the mapped warehouses' ids (once).
    void ready(std::function<void(Outcome)> done);
    // The products matching `domain` (ANDed with "storable, has an internal reference").
    void read(const QJsonArray &domain, std::function<void(Outcome, Levels)> done);
    Connectors::OdooClient *client() const { return m_client; }

private:
    void readWarehouse(
        int index, const QJsonArray &domain, std::shared_ptr<Levels> out, std::function<void(Outcome, Levels)> done);

    Connectors::OdooClient *m_client;
    InventorySettings m_settings;
    QHash<QString, int> m_warehouseId; // location key -> stock.warehouse id
};

} // namespace Quayside
