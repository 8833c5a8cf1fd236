#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/schedule.h"

#include <memory>

namespace Quayside {

// poll_internal_deliveries (lane odoo, recurring): the orders the internal warehouse ships are done in
// Odoo by the warehouse team, not by Quayside. This poll reads the outgoing pickings done since a durable
// watermark (date_done, minus an overlap), keeps those of Shopify orders routed internally, and records one
// inbound event per picking (source "odoo:<db>", topic "picking/done") with a fulfill_in_shopify job that
// carries what Odoo has delivered of each SKU so far. Fulfilling "up to what Odoo delivered" makes the
// Shopify side converge whatever the order of pickings, repeats or lost answers. The first poll only sets
// the watermark: deliveries from before Quayside was connected are not reported.
class PollInternalDeliveriesStep final : public StepHandler
{
public:
    static constexpr qint64 kOverlapMs = 10 * 60 * 1000;

    PollInternalDeliveriesStep(
        Connectors::OdooClient *client, std::function<FlowSchedule()> schedule, StepEnvironment env);
    void run(const JobRecord &job, StepCallback done) override;

    static NewJob firstPoll();
    static QString cursorName() { return QStringLiteral("odoo:deliveries:date_done"); }

private:
    struct Run;
    void readOrders(std::shared_ptr<Run> run);
    void readDelivered(std::shared_ptr<Run> run);
    void finish(std::shared_ptr<Run> run);
    void fail(std::shared_ptr<Run> run, const Connectors::OdooResult &r, const QString &what);

    Connectors::OdooClient *m_client; // the lane's
    std::function<FlowSchedule()> m_schedule;
    StepEnvironment m_env;
};

} // namespace Quayside
