#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/orders/orderreader.h"

namespace Quayside {

// Webhook → store: reads the order a delivery named, as it is now, and records its current version like
// the poll does (the same (order, updatedAt) events, so a version the poll already recorded, a duplicate
// delivery or one that arrives after a later change adds nothing). The webhook's own body is never trusted
// as the order's state: deliveries can be late, repeated or out of order.
class FetchOrderStep final : public StepHandler
{
public:
    explicit FetchOrderStep(Connectors::ShopifyClient *client);
    void run(const JobRecord &job, StepCallback done) override;

private:
    Connectors::ShopifyClient *m_client; // the lane's
    OrderReader m_reader;
};

} // namespace Quayside
