#pragma once

#include "core/flows/returns/odooorderstep.h"

#include <QHash>

namespace Quayside {

// credit_refund (lane odoo, payload {"orderGid","name","refundGid","amount","cancelled",
// "lines":[{"sku","quantity","subtotal"}]}): one Odoo credit note per Shopify refund, found again by the
// refund gid at the end of its `ref`.
// - The order has a posted invoice: account.move.reversal (with the invoice's journal_id, which RPC must
//   send) → refund_moves → a draft copy of the invoice. A refund of every invoiced product (and, when
//   the amount covers it, the shipping) stays a full reversal; a partial refund keeps only the refunded
//   quantities of the refunded products (invoice prices and discounts); a refund with no lines becomes
//   one line of the refunded amount. Then action_post.
// - No posted invoice yet: a standalone out_refund with the refunded lines at Shopify's refunded prices
//   (not linked to the sale lines, so the later invoice still covers the whole order).
// - A cancelled order never invoiced: nothing to credit.
// Writes order.refundsApplied.
class CreditRefundStep final : public OdooOrderStep
{
public:
    using OdooOrderStep::OdooOrderStep;

private:
    void start(RunPtr run) override;
    void findNote(RunPtr run, std::function<void(const QJsonObject &)> next);
    void creditOrder(RunPtr run, const QJsonObject &order);
    void reverse(RunPtr run, const QJsonObject &invoice);
    void creditWithoutInvoice(RunPtr run, const QJsonObject &order);
    // The credit note of refund lines, each taxed as its sale order line (taxesOf: product id -> tax ids).
    void creditLines(RunPtr run,
        const QJsonObject &order,
        const QJsonArray &refundLines,
        const QHash<int, QString> &skuOf,
        const QHash<int, QJsonArray> &taxesOf);
    // After a create: finds the note (deleting a resent copy), then shapes and posts it.
    void madeNote(RunPtr run);
    // Cuts a reversal down to what was refunded, then posts it.
    void shapeAndPost(RunPtr run, const QJsonObject &note);
    void post(RunPtr run, int noteId);
    void finish(RunPtr run);
    // product id -> SKU (default_code) of the products matching `domain`.
    void products(RunPtr run, const QJsonArray &domain, std::function<void(const QHash<int, QString> &)> next);

    static QJsonObject amountLine(RunPtr run);
    static QString refundRef(RunPtr run);
};

} // namespace Quayside
