#include "core/flows/inventory/stockmath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Quayside::StockMath {

int shopifyAvailable(double odooFree, int unconfirmed, int safetyStock)
{
    if (!std::isfinite(odooFree))
        return 0;
    // Odoo quantities are floats; only whole units can be sold.
    const double whole = std::floor(odooFree + 1e-9);
    const double result = whole - double(qMax(0, unconfirmed)) - double(qMax(0, safetyStock));
    return result <= 0 ? 0 : int(qMin(result, 1e9));
}

QHash<QString, int> unconfirmedBySku(const QList<QByteArray> &orderPayloads)
{
    QHash<QString, QHash<QString, int>> byOrder; // newest version wins
    for (const QByteArray &payload : orderPayloads) {
        const QJsonObject order = QJsonDocument::fromJson(payload).object();
        const QString id = order.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        QHash<QString, int> lines;
        const bool cancelled = !order.value(QStringLiteral("cancelledAt")).toString().isEmpty();
        const QJsonArray nodes
            = order.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray();
        for (const auto &v : nodes) {
            const QJsonObject line = v.toObject();
            const QString sku = line.value(QStringLiteral("sku")).toString();
            const int quantity
                = line.value(QStringLiteral("currentQuantity")).toInt(line.value(QStringLiteral("quantity")).toInt());
            if (!cancelled && !sku.isEmpty() && quantity > 0)
                lines[sku] += quantity;
        }
        byOrder.insert(id, lines);
    }
    QHash<QString, int> total;
    for (const auto &lines : std::as_const(byOrder))
        for (auto it = lines.cbegin(); it != lines.cend(); ++it)
            total[it.key()] += it.value();
    return total;
}

QHash<QString, int> larger(const QHash<QString, int> &a, const QHash<QString, int> &b)
{
    QHash<QString, int> out = a;
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        out[it.key()] = qMax(out.value(it.key()), it.value());
    return out;
}

} // namespace Quayside::StockMath
