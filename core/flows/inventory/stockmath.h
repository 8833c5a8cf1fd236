#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Quayside::StockMath {

// What Shopify may sell at a location: Odoo's free quantity of the mapped warehouse (whole units), less
// what Shopify orders not yet confirmed in Odoo will take, less the safety stock; never below zero.
int shopifyAvailable(double odooFree, int unconfirmed, int safetyStock);

// Quantities per SKU of the Shopify orders that Odoo has not confirmed yet, from the payloads of their
// unfinished create_sale_order jobs (oldest first). Each order counts once, with its newest version;
// cancelled orders and removed lines count nothing; unreadable payloads are skipped.
QHash<QString, int> unconfirmedBySku(const QList<QByteArray> &orderPayloads);

// Per SKU, the larger of two snapshots: used when one figure was taken before and one after Odoo
// confirmed an order, so the order is never forgotten in between (no oversell, at worst a short undersell).
QHash<QString, int> larger(const QHash<QString, int> &a, const QHash<QString, int> &b);

} // namespace Quayside::StockMath
