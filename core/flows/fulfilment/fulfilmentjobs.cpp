#include "core/flows/fulfilment/fulfilmentjobs.h"

#include "core/flows/orders/orderjobs.h"

#include <QJsonDocument>

namespace Quayside::FulfilmentJobs {

QString numericId(const QString &gid)
{
    return gid.section(QLatin1Char('/'), -1);
}

QString orderGidFor(const QString &numericId)
{
    return QStringLiteral("gid://shopify/Order/") + numericId;
}

NewJob jobFor(const QString &step,
    const QString &lane,
    const QString &orderGid,
    const QString &orderName,
    const QJsonObject &payload)
{
    NewJob j;
    j.flow = OrderJobs::Flow;
    j.step = step;
    j.lane = lane;
    j.partitionKey = OrderJobs::partitionFor(orderGid);
    j.correlationId = orderName; // as the order intake's
    j.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return j;
}

NewJob fetchThreePlOrder(const QString &referenceId)
{
    NewJob j;
    j.flow = OrderJobs::Flow;
    j.step = FetchOrderStep;
    j.lane = ShipBobLane;
    j.partitionKey = QStringLiteral("fetch:3pl:") + referenceId;
    j.correlationId = referenceId;
    j.payload
        = QJsonDocument(QJsonObject { { QStringLiteral("referenceId"), referenceId } }).toJson(QJsonDocument::Compact);
    return j;
}

} // namespace Quayside::FulfilmentJobs
