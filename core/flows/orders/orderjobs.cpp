#include "core/flows/orders/orderjobs.h"

#include <QJsonDocument>

namespace Quayside::OrderJobs {

QString partitionFor(const QString &orderGid)
{
    return QStringLiteral("order:") + orderGid;
}

QString eventSource(const QString &shopDomain)
{
    return QStringLiteral("shopify:") + shopDomain;
}

EventIntake intakeFor(const QString &shopDomain, const QJsonObject &order)
{
    const QString gid = order.value(QStringLiteral("id")).toString();
    const QByteArray payload = QJsonDocument(order).toJson(QJsonDocument::Compact);
    EventIntake intake;
    intake.event.source = eventSource(shopDomain);
    intake.event.topic = EventTopic;
    intake.event.entityId = gid;
    intake.event.sourceVersion = order.value(QStringLiteral("updatedAt")).toString();
    intake.event.correlationId = order.value(QStringLiteral("name")).toString();
    intake.event.payload = payload;
    NewJob create;
    create.flow = Flow;
    create.step = CreateSaleOrderStep;
    create.lane = OdooLane;
    create.partitionKey = partitionFor(gid);
    create.correlationId = intake.event.correlationId;
    create.payload = payload;
    intake.jobs << create;
    return intake;
}

NewJob fetch(const QString &orderGid)
{
    return NewJob { .flow = Flow,
        .step = FetchStep,
        .lane = ShopifyLane,
        .partitionKey = QStringLiteral("fetch:") + orderGid,
        .correlationId = orderGid,
        .payload = QJsonDocument(QJsonObject { { QStringLiteral("id"), orderGid } }).toJson(QJsonDocument::Compact) };
}

} // namespace Quayside::OrderJobs
