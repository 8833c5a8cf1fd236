#pragma once

#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"

#include <QUrl>

namespace Quayside {

// At every start when webhooks are configured (shopify.md §4.5: re-register on startup): lists the app's
// subscriptions and creates the missing ones for the order topics Quayside acts on, pointing at the
// configured callback URL. Subscriptions elsewhere are left alone (another install may own them).
class SubscribeWebhooksStep final : public StepHandler
{
public:
    static const QStringList &topics(); // WebhookSubscriptionTopic values

    SubscribeWebhooksStep(Connectors::ShopifyClient *client, QUrl callbackUrl);
    void run(const JobRecord &job, StepCallback done) override;

    static NewJob job();

private:
    struct Run;
    void list(std::shared_ptr<Run> run, const QString &after);
    void createNext(std::shared_ptr<Run> run);

    Connectors::ShopifyClient *m_client; // the lane's
    QUrl m_callbackUrl;
    QString m_listDocument;
    QString m_createDocument;
};

} // namespace Quayside
