#include "core/flows/privacy.h"

#include "core/flows/orders/orderjobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quayside::Privacy {

namespace {
class DataRequestTask final : public StepHandler
{
public:
    void run(const JobRecord &job, StepCallback done) override
    {
        const QJsonObject p = QJsonDocument::fromJson(job.payload).object();
        QStringList orders;
        for (const QJsonValue &o : p.value(QStringLiteral("orders")).toArray())
            orders << o.toString();
        done(StepResult::failure(ErrorClass::Business,
            QStringLiteral("Shopify asks for the data Quayside holds about customer %1%2: find their orders in "
                           "Order trace, show the customer data, and give it to the merchant; then resolve "
                           "this task")
                .arg(p.value(QStringLiteral("customer")).toString(),
                    orders.isEmpty() ? QString()
                                     : QStringLiteral(" (orders %1)").arg(orders.join(QLatin1String(", "))))));
    }
};
} // namespace

NewJob dataRequestTask(const QString &customerId, const QStringList &orderIds, const QString &deliveryId)
{
    NewJob job;
    job.flow = Flow;
    job.step = DataRequestStep;
    job.lane = OrderJobs::ShopifyLane;
    job.partitionKey = QStringLiteral("privacy:") + deliveryId;
    job.correlationId = QStringLiteral("customer:") + customerId;
    job.payload = QJsonDocument(QJsonObject { { QStringLiteral("customer"), customerId },
                                    { QStringLiteral("orders"), QJsonArray::fromStringList(orderIds) } })
                      .toJson(QJsonDocument::Compact);
    return job;
}

void registerPrivacyFlow(StepRegistry &registry)
{
    registry.add(Flow, DataRequestStep, [](const StepEnvironment &) { return std::make_unique<DataRequestTask>(); });
}

} // namespace Quayside::Privacy
