#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/schedule.h"

#include <memory>

namespace Quayside {

// poll_pickups (lane odoo, on the "shipments" schedule): the store team prepares a pickup order in Odoo by
// marking its picking's moves picked. This poll reads the pickings of the open pickups (flow state
// "pickup", written by route_order) and records one inbound event per picking found fully picked but not
// done (source "odoo:<db>", topic "pickup/ready") with a mark_ready_for_pickup job. A pickup whose pickings
// are all done (collected: poll_internal_deliveries fulfils it) or cancelled is closed.
class PollPickupsStep final : public StepHandler
{
public:
    PollPickupsStep(Connectors::OdooClient *client, std::function<FlowSchedule()> schedule, StepEnvironment env);
    void run(const JobRecord &job, StepCallback done) override;

    static NewJob firstPoll();

private:
    struct Run;
    void readMoves(std::shared_ptr<Run> run);
    void finish(std::shared_ptr<Run> run);

    Connectors::OdooClient *m_client; // the lane's
    std::function<FlowSchedule()> m_schedule;
    StepEnvironment m_env;
};

// mark_ready_for_pickup (lane shopify): tells Shopify the goods wait at the counter, which e-mails the
// buyer "Ready for pickup" on every call and takes no idempotency key. So the step reads the order's
// fulfilment orders first and prepares only the pickup ones still OPEN; one already IN_PROGRESS means an
// earlier attempt got through (its answer lost), and nothing is sent again. Records readyAt on the pickup.
class MarkReadyForPickupStep final : public StepHandler
{
public:
    MarkReadyForPickupStep(Connectors::ShopifyClient *client, StepEnvironment env);
    void run(const JobRecord &job, StepCallback done) override;

private:
    Connectors::ShopifyClient *m_client; // the lane's
    StepEnvironment m_env;
    QString m_readDocument;
    QString m_prepareDocument;
};

} // namespace Quayside
