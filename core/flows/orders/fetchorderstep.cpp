#include "core/flows/orders/fetchorderstep.h"

#include <QJsonDocument>

namespace Quayside {

FetchOrderStep::FetchOrderStep(Connectors::ShopifyClient *client)
    : m_client(client)
    , m_reader(client)
{ }

void FetchOrderStep::run(const JobRecord &job, StepCallback done)
{
    const QString id = QJsonDocument::fromJson(job.payload).object().value(QStringLiteral("id")).toString();
    if (!id.startsWith(QLatin1String("gid://shopify/Order/"))) {
        done(StepResult::failure(
            ErrorClass::Validation, QStringLiteral("A webhook named no Shopify order (%1)").arg(id)));
        return;
    }
    m_reader.read({ id }, [this, id, done](std::optional<StepResult> failure, QHash<QString, QJsonObject> orders) {
        if (failure) {
            done(*failure);
            return;
        }
        StepResult result = StepResult::done();
        if (orders.contains(id)) // a deleted order reads as null: nothing to record
            result.events = OrderReader::intakesFor(m_client->config().shopDomain, orders.value(id));
        done(result);
    });
}

} // namespace Quayside
