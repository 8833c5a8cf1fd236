#include "core/flows/settlement/settlementjobs.h"

#include <QJsonDocument>

namespace Quayside::SettlementJobs {

QString key(const QString &shopDomain, const QString &gid)
{
    return shopDomain + QLatin1Char('/') + gid;
}

NewJob job(const QString &step, const QString &partition, const QJsonObject &payload, qint64 notBeforeMs)
{
    NewJob j;
    j.flow = Flow;
    j.step = step;
    j.lane = step == MatchStep ? OdooLane : ShopifyLane;
    j.partitionKey = partition;
    j.correlationId = partition;
    j.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    j.notBeforeMs = notBeforeMs;
    return j;
}

NewJob firstPoll()
{
    return job(PollStep, PollPartition, {});
}

QString payoutPartition(const QString &payoutKey)
{
    return QStringLiteral("payout:") + payoutKey;
}

} // namespace Quayside::SettlementJobs
