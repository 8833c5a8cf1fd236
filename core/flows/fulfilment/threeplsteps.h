#pragma once

#include "core/connectors/common/fulfilmentprovider.h"
#include "core/engine/stephandler.h"
#include "core/flows/flowmapping.h"
#include "core/flows/fulfilment/routeorderstep.h"

#include <memory>

namespace Quayside {

// create_3pl_order (lane shipbob): sends the order to the 3PL with reference_id = the Shopify order's numeric
// id. A repeat (a resent request, a re-run after a lost answer) is refused by the 3PL as a duplicate and
// the existing order is looked up instead, so there is never a second 3PL order. Writes order.shipbobOrderId.
// The order's own fields (recipient, order number, type, shipping method, tags, gift message...) come from
// the published shipbob/order/outbound mapping applied to the Shopify order; a mapping error is a validation
// exception naming the order, and the job records the version. reference_id and the products (the open
// lines by SKU) stay in code (MappingCatalog reserves them).
class Create3plOrderStep final : public StepHandler
{
public:
    Create3plOrderStep(
        std::unique_ptr<Connectors::FulfilmentProvider> provider, StateReader readState, MappingSource mappings = {});
    void run(const JobRecord &job, StepCallback done) override;

    // What the flow itself sends for the Shopify order (as the order poll reads it): the reference id and
    // the lines still to ship.
    static Connectors::ProviderOrderRequest requestFor(const QJsonObject &order);

private:
    std::unique_ptr<Connectors::FulfilmentProvider> m_provider;
    StateReader m_readState;
    MappingSource m_mappings;
};

// cancel_at_3pl (lane shipbob), payload {"orderGid","name"}: cancels the 3PL order if it exists and nothing
// has shipped, then hands on to cancel_sale_order (lane odoo). If the 3PL already shipped, the order goes to
// the exception queue (business): it has to become a return.
class CancelAt3plStep final : public StepHandler
{
public:
    explicit CancelAt3plStep(std::unique_ptr<Connectors::FulfilmentProvider> provider);
    void run(const JobRecord &job, StepCallback done) override;

private:
    struct Run;
    void check(std::shared_ptr<Run> run, bool afterCancel);

    std::unique_ptr<Connectors::FulfilmentProvider> m_provider;
};

// create_3pl_return (lane shipbob), payload {"orderGid","name","returnGid","lines":[{"sku","quantity"}]}:
// creates the 3PL return order once, reference_id = the Shopify return's numeric id (looked up first, and
// again on a duplicate). Records {shipbobReturnId} in flow state "return" under the return gid.
class Create3plReturnStep final : public StepHandler
{
public:
    explicit Create3plReturnStep(std::unique_ptr<Connectors::FulfilmentProvider> provider);
    void run(const JobRecord &job, StepCallback done) override;

private:
    std::unique_ptr<Connectors::FulfilmentProvider> m_provider;
};

} // namespace Quayside
