#include "core/telemetry/inventorymismatchmodel.h"

#include "core/flows/inventory/inventoryjobs.h"

#include <QJsonArray>
#include <QLocale>

namespace Quayside {

namespace {
// A figure as read; absent (null) when that system has none there.
QVariant figure(const QJsonValue &v)
{
    return v.isDouble() ? QVariant(QLocale().toString(v.toDouble(), 'g', 12)) : QVariant();
}
QDateTime stamp(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
} // namespace

InventoryMismatchModel::InventoryMismatchModel(QString connectionName, QObject *parent)
    : FlowStateTableModel(std::move(connectionName), InventoryJobs::MismatchKind, ColumnCount, parent)
{ }

int InventoryMismatchModel::openCount() const
{
    return countWhere([](const QJsonObject &v) { return !v.value(QStringLiteral("resolved")).toBool(); });
}

QVariant InventoryMismatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case LocationColumn:
        return tr("Location");
    case ShopifyColumn:
        return tr("Shopify available");
    case ExpectedColumn:
        return tr("Should show");
    case OdooFreeColumn:
        return tr("Odoo free");
    case OdooOnHandColumn:
        return tr("Odoo on hand");
    case ShipBobColumn:
        return tr("ShipBob on hand");
    case ProblemColumn:
        return tr("Problem");
    case SinceColumn:
        return tr("Since");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QVariant InventoryMismatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject &v = entry(index.row());
    const bool open = !v.value(QStringLiteral("resolved")).toBool();
    if (role == OpenRole)
        return open;
    if (role == Qt::ToolTipRole)
        return v.value(QStringLiteral("problems")).toVariant().toStringList().join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && index.column() >= ShopifyColumn && index.column() <= ShipBobColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const auto number = [&v](const char *field) { return v.value(QLatin1String(field)); };
    if (role == SortRole) {
        switch (index.column()) {
        case ShopifyColumn:
            return number("shopify").toDouble(-1);
        case ExpectedColumn:
            return number("expected").toDouble(-1);
        case OdooFreeColumn:
            return number("odoo").toDouble(-1);
        case OdooOnHandColumn:
            return number("odooOnHand").toDouble(-1);
        case ShipBobColumn:
            return number("threepl").toDouble(-1);
        case SinceColumn:
            return stamp(v.value(QStringLiteral("firstSeenAt"))).toMSecsSinceEpoch();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SkuColumn:
        return v.value(QStringLiteral("sku")).toString();
    case LocationColumn:
        return v.value(QStringLiteral("location")).toString();
    case ShopifyColumn:
        return figure(number("shopify"));
    case ExpectedColumn:
        return figure(number("expected"));
    case OdooFreeColumn:
        return figure(number("odoo"));
    case OdooOnHandColumn:
        return figure(number("odooOnHand"));
    case ShipBobColumn:
        return figure(number("threepl"));
    case ProblemColumn:
        return v.value(QStringLiteral("problems")).toArray().at(0).toString();
    case SinceColumn: {
        const QDateTime first = stamp(v.value(QStringLiteral("firstSeenAt")));
        if (!first.isValid())
            return {};
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        const qint64 minutes = std::max<qint64>(0, first.secsTo(now) / 60);
        if (minutes < 120)
            return tr("%1 min").arg(minutes);
        if (minutes < 48 * 60)
            return tr("%1 h").arg(minutes / 60);
        return tr("%1 days").arg(minutes / (24 * 60));
    }
    case StatusColumn:
        if (open)
            return tr("Open");
        if (v.value(QStringLiteral("correctedTo")).isDouble())
            return tr("Corrected to %1").arg(v.value(QStringLiteral("correctedTo")).toDouble());
        return tr("Resolved");
    }
    return {};
}

} // namespace Quayside
