#pragma once

#include "core/flows/returns/odooorderstep.h"

namespace Quayside {

// cancel_sale_order (lane odoo, payload {"orderGid","name"}), enqueued by cancel_at_3pl once the 3PL
// side is settled: cancels every live Odoo sale order made from the Shopify order. Locked orders are
// unlocked first; 17/18 would answer action_cancel with the sale.order.cancel wizard, so the call
// carries `disable_cancel_warning`, and a wizard that comes back anyway is driven to its end. Already
// cancelled (or never created) → done. Writes order.cancelled = true.
class CancelSaleOrderStep final : public OdooOrderStep
{
public:
    using OdooOrderStep::OdooOrderStep;

private:
    void start(RunPtr run) override;
    void cancelNext(RunPtr run, QJsonArray orders);
    void finish(RunPtr run);
};

} // namespace Quayside
