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

} // namespace Quayside::FulfilmentJobs
