#pragma once

#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/flowmapping.h"

#include <memory>

namespace Quayside {

// fulfill_in_shopify (lane shopify): creates the Shopify fulfilment of one 3PL shipment, with its tracking
// number, for the shipped quantities only (a split shipment is a partial fulfilment). fulfillmentCreate has
// no idempotency key, so the step first reads the order's fulfilments: quantities already fulfilled under
// this tracking number are not fulfilled again (a re-run after a lost answer creates nothing). Records
// shopifyFulfillmentId on the shipment's flow state. For an internal delivery (payload "deliveredTotals",
// from poll_internal_deliveries) it fulfils up to what Odoo has delivered of each SKU, counting every
// fulfilment the order has, with the picking's tracking number if it has one.
// The carrier name, the tracking URL and notifyCustomer come from the published shopify/fulfillment/outbound
// mapping applied to the job's payload (with the flow's notifyCustomer setting added as "notifyCustomer");
// a mapping error is a validation exception naming the order, and the job records the version. The tracking
// number and the lines stay in code (MappingCatalog reserves them).
class FulfillInShopifyStep final : public StepHandler
{
public:
    FulfillInShopifyStep(Connectors::ShopifyClient *client, bool notifyCustomer, MappingSource mappings = {});
    void run(const JobRecord &job, StepCallback done) override;

private:
    struct Run;
    void readState(std::shared_ptr<Run> run);
    void finish(std::shared_ptr<Run> run);

    Connectors::ShopifyClient *m_client; // the lane's, shared by all its steps
    bool m_notifyCustomer;
    MappingSource m_mappings;
    QString m_stateDocument;
    QString m_createDocument;
};

} // namespace Quayside
