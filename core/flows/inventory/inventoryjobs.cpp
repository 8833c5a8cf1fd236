#include "core/flows/inventory/inventoryjobs.h"

#include <QJsonDocument>

namespace Quayside::InventoryJobs {

namespace {
QString laneOf(const QString &step)
{
    if (step == PushStep || step == ReconcileShopifyStep || step == CatalogShopifyStep
        || step == CatalogWriteShopifyStep)
        return ShopifyLane;
    if (step == ReconcileThreePlStep)
        return ShipBobLane;
    return OdooLane;
}
} // namespace

NewJob job(const QString &step, const QString &partition, const QJsonObject &payload, qint64 notBeforeMs)
{
    NewJob j;
    j.flow = Flow;
    j.step = step;
    j.lane = laneOf(step);
    j.partitionKey = partition;
    j.correlationId = partition;
    j.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    j.notBeforeMs = notBeforeMs;
    return j;
}

NewJob firstStockPoll()
{
    return job(PollOdooStep, QStringLiteral("poll:odoo:stock"), {});
}

NewJob firstReconcile()
{
    return job(ReconcileOdooStep, QStringLiteral("inventory:reconcile"), {});
}

NewJob firstCatalogSync()
{
    return job(CatalogOdooStep, QStringLiteral("catalog:sync"), {});
}

NewJob push(const QJsonObject &payload)
{
    // One partition: pushes apply in the order Odoo's changes were read.
    return job(PushStep, QStringLiteral("inventory:push"), payload);
}

QString mismatchKey(const QString &sku, const QString &location)
{
    return sku + QLatin1Char('@') + location;
}

} // namespace Quayside::InventoryJobs
