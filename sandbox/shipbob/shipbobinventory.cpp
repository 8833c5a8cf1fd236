#include "sandbox/shipbob/shipbobinventory.h"

#include <QHash>

namespace Quayside::Sandbox {

void ShipBobInventory::seed(const World &world, int locationIndex)
{
    m_items.clear();
    for (int v = 0; v < world.variants().size(); ++v) {
        const auto &variant = world.variants().at(v);
        const auto &product = world.products().at(variant.productIndex);
        const QString name = variant.optionTitle == QStringLiteral("Default Title")
            ? product.title
            : product.title + QStringLiteral(" - ") + variant.optionTitle;
        addProduct(variant.sku, name, variant.barcode);
        m_items.last().onHand = locationIndex >= 0 ? world.openingStock(v, locationIndex) : 0;
    }
}

template <typename Predicate>
const ShipBobInventoryItem *ShipBobInventory::find(Predicate matches) const
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(), matches);
    return it == m_items.cend() ? nullptr : &*it;
}

const ShipBobInventoryItem *ShipBobInventory::byId(int inventoryId) const
{
    return find([&](const ShipBobInventoryItem &item) { return item.inventoryId == inventoryId; });
}

const ShipBobInventoryItem *ShipBobInventory::bySku(const QString &sku) const
{
    return find([&](const ShipBobInventoryItem &item) { return item.sku.compare(sku, Qt::CaseInsensitive) == 0; });
}

const ShipBobInventoryItem *ShipBobInventory::byProductId(int productId) const
{
    return find([&](const ShipBobInventoryItem &item) { return item.productId == productId; });
}

ShipBobInventoryItem *ShipBobInventory::mutableById(int inventoryId)
{
    return const_cast<ShipBobInventoryItem *>(byId(inventoryId));
}

const ShipBobInventoryItem &ShipBobInventory::addProduct(
    const QString &sku, const QString &name, const QString &barcode)
{
    ShipBobInventoryItem item;
    item.inventoryId = 20000 + int(m_items.size());
    item.productId = 70000 + int(m_items.size());
    item.sku = sku;
    item.name = name;
    item.barcode = barcode;
    m_items << item;
    return m_items.last();
}

void ShipBobInventory::adjustOnHand(const QString &sku, int delta)
{
    if (const auto *item = bySku(sku))
        mutableById(item->inventoryId)->onHand = std::max(0, item->onHand + delta);
}

bool ShipBobInventory::commit(const QList<ShipBobLine> &lines)
{
    QHash<int, int> wanted;
    for (const auto &line : lines)
        wanted[line.inventoryId] += line.quantity;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto *item = byId(it.key());
        if (!item || item->fulfillable() < it.value())
            return false;
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        mutableById(it.key())->committed += it.value();
    return true;
}

void ShipBobInventory::release(const QList<ShipBobLine> &lines)
{
    for (const auto &line : lines)
        if (auto *item = mutableById(line.inventoryId))
            item->committed = std::max(0, item->committed - line.quantity);
}

void ShipBobInventory::ship(const QList<ShipBobLine> &lines, bool committed)
{
    for (const auto &line : lines)
        if (auto *item = mutableById(line.inventoryId)) {
            item->onHand = std::max(0, item->onHand - line.quantity);
            if (committed)
                item->committed = std::max(0, item->committed - line.quantity);
        }
}

void ShipBobInventory::restock(int inventoryId, int quantity)
{
    if (auto *item = mutableById(inventoryId))
        item->onHand += quantity;
}

} // namespace Quayside::Sandbox
