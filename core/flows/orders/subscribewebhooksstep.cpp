#include "core/flows/orders/subscribewebhooksstep.h"

#include "core/flows/orders/orderjobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Quayside {

struct SubscribeWebhooksStep::Run
{
    StepCallback done;
    QSet<QString> present; // topics already delivered to our callback
    QStringList missing;
};

const QStringList &SubscribeWebhooksStep::topics()
{
    static const QStringList t { QStringLiteral("ORDERS_CREATE"),
        QStringLiteral("ORDERS_UPDATED"),
        QStringLiteral("ORDERS_CANCELLED"),
        QStringLiteral("REFUNDS_CREATE") };
    return t;
}

SubscribeWebhooksStep::SubscribeWebhooksStep(Connectors::ShopifyClient *client, QUrl callbackUrl)
    : m_client(client)
    , m_callbackUrl(std::move(callbackUrl))
    , m_listDocument(Connectors::ShopifyClient::document(QStringLiteral("webhook_subscriptions")))
    , m_createDocument(Connectors::ShopifyClient::document(QStringLiteral("webhook_subscription_create")))
{ }

NewJob SubscribeWebhooksStep::job()
{
    return NewJob { .flow = OrderJobs::Flow,
        .step = OrderJobs::SubscribeWebhooksStep,
        .lane = OrderJobs::ShopifyLane,
        .partitionKey = QStringLiteral("webhooks:shopify:subscribe"),
        .correlationId = QStringLiteral("webhooks:shopify:subscribe"),
        .payload = "{}" };
}

void SubscribeWebhooksStep::run(const JobRecord &, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    list(run, {});
}

void SubscribeWebhooksStep::list(std::shared_ptr<Run> run, const QString &after)
{
    QJsonObject variables;
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    m_client->query(m_listDocument, variables, 2 + 50, [this, run](Connectors::ShopifyResult r) {
        if (!r.ok) {
            run->done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
            return;
        }
        const QJsonObject page = r.data.value(QStringLiteral("webhookSubscriptions")).toObject();
        for (const auto &v : page.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject s = v.toObject();
            if (QUrl(s.value(QStringLiteral("uri")).toString()) == m_callbackUrl)
                run->present.insert(s.value(QStringLiteral("topic")).toString());
        }
        const QJsonObject info = page.value(QStringLiteral("pageInfo")).toObject();
        if (info.value(QStringLiteral("hasNextPage")).toBool()) {
            list(run, info.value(QStringLiteral("endCursor")).toString());
            return;
        }
        for (const QString &topic : topics())
            if (!run->present.contains(topic))
                run->missing << topic;
        createNext(run);
    });
}

void SubscribeWebhooksStep::createNext(std::shared_ptr<Run> run)
{
    if (run->missing.isEmpty()) {
        run->done(StepResult::done());
        return;
    }
    // Created one by one: a retry after a lost answer lists again and finds what was created.
    const QString topic = run->missing.takeFirst();
    const QJsonObject variables { { QStringLiteral("topic"), topic },
        { QStringLiteral("uri"), m_callbackUrl.toString() } };
    m_client->query(m_createDocument, variables, 10, [this, run, topic](Connectors::ShopifyResult r) {
        if (!r.ok) {
            run->done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
            return;
        }
        const QJsonArray errors = r.userErrors(QStringLiteral("webhookSubscriptionCreate"));
        if (!errors.isEmpty()) {
            QStringList messages;
            for (const auto &e : errors)
                messages << e.toObject().value(QStringLiteral("message")).toString();
            run->done(StepResult::failure(ErrorClass::Validation,
                QStringLiteral("Shopify refused the %1 webhook subscription to %2: %3")
                    .arg(topic, m_callbackUrl.toString(), messages.join(QStringLiteral("; ")))));
            return;
        }
        createNext(run);
    });
}

} // namespace Quayside
