#include "core/flows/orderflow.h"

#include "core/flows/fulfilment/fulfilmentflow.h"
#include "core/flows/laneclients.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/orders/fetchorderstep.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/orders/pollordersstep.h"
#include "core/flows/orders/subscribewebhooksstep.h"
#include "core/flows/returns/aftersalesjobs.h"
#include "core/flows/returns/cancelsaleorderstep.h"
#include "core/flows/returns/creditrefundstep.h"
#include "core/flows/returns/invoicesaleorderstep.h"
#include "core/flows/returns/returnpickingstep.h"

namespace Quayside {

void registerOrderFlow(
    StepRegistry &registry, const Connections &connections, qint64 pollIntervalMs, const RoutingRules &routing)
{
    registry.add(OrderJobs::Flow, OrderJobs::PollStep, [connections, pollIntervalMs](const StepEnvironment &env) {
        return std::make_unique<PollOrdersStep>(
            laneClient<Connectors::ShopifyClient>(env, connections.shopify, QStringLiteral("shopify")),
            FlowSchedule::source(env.readState, OrderJobs::Flow, pollIntervalMs),
            env);
    });
    registry.add(OrderJobs::Flow, OrderJobs::FetchStep, [connections](const StepEnvironment &env) {
        return std::make_unique<FetchOrderStep>(
            laneClient<Connectors::ShopifyClient>(env, connections.shopify, QStringLiteral("shopify")));
    });
    registry.add(OrderJobs::Flow, OrderJobs::CreateSaleOrderStep, [connections, routing](const StepEnvironment &env) {
        return std::make_unique<CreateSaleOrderStep>(
            laneClient<Connectors::OdooClient>(env, connections.odoo, QStringLiteral("odoo")),
            routing,
            env.publishedMapping);
    });
    if (connections.shopifyWebhookCallback.isValid())
        registry.add(OrderJobs::Flow, OrderJobs::SubscribeWebhooksStep, [connections](const StepEnvironment &env) {
            return std::make_unique<SubscribeWebhooksStep>(
                laneClient<Connectors::ShopifyClient>(env, connections.shopify, QStringLiteral("shopify")),
                connections.shopifyWebhookCallback);
        });
    FulfilmentSettings fulfilment;
    fulfilment.shipmentPollMs = pollIntervalMs;
    fulfilment.routing = routing;
    registerFulfilmentFlow(registry, connections, fulfilment);
    registerAfterSales(registry, connections);
}

template <typename Step>
static void addOdooOrderStep(StepRegistry &registry, const QString &step, const Connections &connections)
{
    registry.add(OrderJobs::Flow, step, [connections](const StepEnvironment &env) {
        return std::make_unique<Step>(
            laneClient<Connectors::OdooClient>(env, connections.odoo, QStringLiteral("odoo")), env.readState);
    });
}

void registerAfterSales(StepRegistry &registry, const Connections &connections)
{
    addOdooOrderStep<CancelSaleOrderStep>(registry, AfterSalesJobs::CancelSaleOrderStep, connections);
    addOdooOrderStep<InvoiceSaleOrderStep>(registry, AfterSalesJobs::InvoiceStep, connections);
    addOdooOrderStep<CreditRefundStep>(registry, AfterSalesJobs::CreditNoteStep, connections);
    addOdooOrderStep<ReturnPickingStep>(registry, AfterSalesJobs::ReturnPickingStep, connections);
}

QList<NewJob> orderFlowRecurringJobs(const Connections &connections)
{
    QList<NewJob> jobs { PollOrdersStep::firstPoll() };
    if (connections.shopifyWebhookCallback.isValid())
        jobs << SubscribeWebhooksStep::job();
    return jobs + fulfilmentRecurringJobs();
}

} // namespace Quayside
