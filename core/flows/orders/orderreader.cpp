#include "core/flows/orders/orderreader.h"

#include "core/flows/orders/orderjobs.h"
#include "core/flows/returns/aftersalesjobs.h"

#include <QJsonArray>

#include <memory>

namespace Quayside {

OrderReader::OrderReader(Connectors::ShopifyClient *client)
    : m_client(client)
    , m_document(Connectors::ShopifyClient::document(QStringLiteral("orders_by_ids")))
{ }

double OrderReader::cost(int orders)
{
    // Per order (shopify.md §2.1): 7 objects (customAttributes is one), lineItems 2 + lines * 10, refunds 1 + (2 + 5 *
    // 3), returns 2 + 2 * (2 + 5 * 2), the order itself.
    const int perOrder = 7 + (2 + kLinesPerOrder * 10) + (1 + 2 + 5 * 3) + (2 + 2 * (2 + 5 * 2)) + 1;
    return 1.0 + double(orders) * perOrder;
}

QList<EventIntake> OrderReader::intakesFor(const QString &shopDomain, const QJsonObject &order)
{
    return QList<EventIntake> { OrderJobs::intakeFor(shopDomain, order) }
    + AfterSalesJobs::intakesFor(shopDomain, order);
}

void OrderReader::read(const QStringList &ids, Done done)
{
    struct Run
    {
        Done done;
        QHash<QString, QJsonObject> orders;
        int pending = 0;
        bool failed = false;
    };
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    if (ids.isEmpty()) {
        run->done(std::nullopt, {});
        return;
    }
    for (qsizetype i = 0; i < ids.size(); i += kOrdersPerRead) {
        const QStringList batch = ids.mid(i, kOrdersPerRead);
        ++run->pending;
        const QJsonObject variables { { QStringLiteral("ids"), QJsonArray::fromStringList(batch) },
            { QStringLiteral("lines"), kLinesPerOrder } };
        m_client->query(m_document, variables, cost(int(batch.size())), [run](Connectors::ShopifyResult r) {
            --run->pending;
            if (run->failed)
                return;
            if (!r.ok) {
                run->failed = true;
                run->done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs), {});
                return;
            }
            for (const QJsonValue &v : r.data.value(QStringLiteral("nodes")).toArray()) {
                const QJsonObject order = v.toObject();
                const QString id = order.value(QStringLiteral("id")).toString();
                if (!id.isEmpty())
                    run->orders.insert(id, order);
            }
            if (run->pending == 0)
                run->done(std::nullopt, run->orders);
        });
    }
}

} // namespace Quayside
