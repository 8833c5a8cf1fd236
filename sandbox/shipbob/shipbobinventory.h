#pragma once

#include "sandbox/common/world.h"
#include "sandbox/shipbob/shipbobtypes.h"

namespace Quayside::Sandbox {

// The merchant's inventory at ShipBob's fulfilment centre: on hand, committed to open shipments, and
// fulfillable (on hand - committed). Ids: inventory 20000 + n, product 70000 + n, n in catalogue order.
class ShipBobInventory
{
public:
    // One item per world variant, with the opening stock of the world's location `locationIndex` (-1: none).
    void seed(const World &world, int locationIndex);

    const QList<ShipBobInventoryItem> &items() const { return m_items; }
    const ShipBobInventoryItem *bySku(const QString &sku) const;
    const ShipBobInventoryItem *byId(int inventoryId) const;
    const ShipBobInventoryItem *byProductId(int productId) const;

    // A product ShipBob did not know (an order named an unknown reference id); it has no stock.
    const ShipBobInventoryItem &addProduct(const QString &sku, const QString &name, const QString &barcode);
    void adjustOnHand(const QString &sku, int delta);
    // All or nothing: commits every line, or nothing if one of them is short.
    bool commit(const QList<ShipBobLine> &lines);
    void release(const QList<ShipBobLine> &lines);
    // The lines leave the building: on hand goes down, and so does committed if they had been committed.
    void ship(const QList<ShipBobLine> &lines, bool committed);
    void restock(int inventoryId, int quantity);

private:
    template <typename Predicate>
    const ShipBobInventoryItem *find(Predicate matches) const;
    ShipBobInventoryItem *mutableById(int inventoryId);

    QList<ShipBobInventoryItem> m_items;
};

} // namespace Quayside::Sandbox
