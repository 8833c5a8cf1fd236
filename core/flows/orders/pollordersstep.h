#pragma once

#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/orders/orderreader.h"
#include "core/flows/schedule.h"

#include <memory>

namespace Quayside {

// Shopify → store: lists the orders updated since the watermark (minus an overlap window, because
// Shopify's updated_at is not a strict sequence) by id and updatedAt only, reads in full just those whose
// version is not recorded yet (OrderReader), and records each
// (order, updatedAt) as an inbound event with its first job, plus the after-sales events it reveals
// (AfterSalesJobs). Events, the next page or next poll, and the cursor commit with this job's completion,
// so a crash at any point re-polls instead of losing or doubling an order.
//
// The listing costs one point per order, so re-reading the overlap is cheap; a short overlap on every
// poll plus a long one every few minutes catches late commits without re-reading a minute of orders
// every few seconds (at 10 orders/s that alone would exceed the Standard plan's 100 points/s).
class PollOrdersStep final : public StepHandler
{
public:
    static constexpr qint64 kOverlapMs = 15000;
    static constexpr qint64 kDeepOverlapMs = 10 * 60 * 1000;
    static constexpr qint64 kDeepEveryMs = 5 * 60 * 1000;
    static constexpr int kListPageSize = 250; // Shopify's largest page
    // Full reads per poll job: on a Standard-plan bucket these take ~20 s, well within the job's lease.
    // More new orders than this continue in the next job, right away, from the last one read.
    static constexpr int kMaxFullReads = 50;

    // `schedule` is asked after every completed poll, so a schedule changed in the store applies at once.
    PollOrdersStep(Connectors::ShopifyClient *client, std::function<FlowSchedule()> schedule, StepEnvironment env = {});
    void run(const JobRecord &job, StepCallback done) override;

    static NewJob firstPoll();
    static QString cursorName() { return QStringLiteral("shopify:orders:updated_at"); }

private:
    struct Run;
    void finish(std::shared_ptr<Run> run);

    Connectors::ShopifyClient *m_client; // the lane's, shared by all its steps
    std::function<FlowSchedule()> m_schedule;
    StepEnvironment m_env;
    OrderReader m_reader;
    QString m_listDocument;
};

} // namespace Quayside
