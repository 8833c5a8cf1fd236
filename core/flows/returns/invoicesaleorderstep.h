#pragma once

#include "core/flows/returns/odooorderstep.h"

namespace Quayside {

// invoice_sale_order (lane odoo, payload {"orderGid","name"}), enqueued for each version of a paid,
// not cancelled Shopify order. Exactly one customer invoice per order: an existing posted invoice (by
// invoice_origin = the sale order's name) ends the step; a draft left by an interrupted attempt is
// posted; otherwise, once Odoo can invoice every line in full (products invoiced on delivery wait for
// their delivery; a later order version tries again), the public wizard sale.advance.payment.inv
// ("delivered") creates the invoice and action_post posts it.
class InvoiceSaleOrderStep final : public OdooOrderStep
{
public:
    using OdooOrderStep::OdooOrderStep;

private:
    void start(RunPtr run) override;
    void invoice(RunPtr run, const QJsonObject &order);
    // The order's customer invoices not cancelled, then posts the drafts among them; `next(anyPosted)`.
    void postDrafts(RunPtr run, const QString &orderName, std::function<void(bool)> next);
};

} // namespace Quayside
