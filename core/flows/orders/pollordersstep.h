#pragma once

#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/schedule.h"

#include <memory>

namespace Quayside {

// Shopify → store: pulls every order updated since the watermark (minus an overlap window, because
// Shopify's updated_at is not a strict sequence), page by page, and records each (order, updatedAt) as
// an inbound event with its first job, plus the after-sales events it reveals (AfterSalesJobs). Events, the next page
// or next poll, and the cursor commit with this job's completion, so a crash at any point re-polls instead of losing or
// doubling an order.
class PollOrdersStep final : public StepHandler
{
public:
    static constexpr qint64 kOverlapMs = 60000;
    // orders_since.graphql's requested cost with first: 5, lines: 10 (Shopify's cap is 1000).
    static constexpr int kRequestedCost = 882;

    // `schedule` is asked after every completed poll, so a schedule changed in the store applies at once.
    PollOrdersStep(Connectors::ShopifyClient *client, std::function<FlowSchedule()> schedule);
    void run(const JobRecord &job, StepCallback done) override;

    static NewJob firstPoll();
    static QString cursorName() { return QStringLiteral("shopify:orders:updated_at"); }

private:
    Connectors::ShopifyClient *m_client; // the lane's, shared by all its steps
    std::function<FlowSchedule()> m_schedule;
    QString m_document;
};

} // namespace Quayside
