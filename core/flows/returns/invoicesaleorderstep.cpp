#include "core/flows/returns/invoicesaleorderstep.h"

#include "core/flows/odooquery.h"
#include "core/flows/returns/aftersalesjobs.h"

namespace Quayside {

using namespace OdooQuery;

void InvoiceSaleOrderStep::start(RunPtr run)
{
    if (run->state.value(AfterSalesJobs::CancelledField).toBool()) {
        run->done(StepResult::done());
        return;
    }
    saleOrders(run, fields({ "id", "name", "state" }), [this, run](const QJsonArray &orders) {
        const QJsonObject order = liveOrder(orders);
        if (order.value(QStringLiteral("state")).toString() != QLatin1String("sale")) {
            run->done(StepResult::done()); // not in Odoo (yet) or not confirmed: nothing to invoice
            return;
        }
        postDrafts(run, order.value(QStringLiteral("name")).toString(), [this, run, order](bool invoiced) {
            if (invoiced)
                run->done(StepResult::done());
            else
                invoice(run, order);
        });
    });
}

void InvoiceSaleOrderStep::postDrafts(RunPtr run, const QString &orderName, std::function<void(bool)> next)
{
    searchRead(run,
        QStringLiteral("account.move"),
        domain({ term(QStringLiteral("invoice_origin"), QStringLiteral("="), orderName),
            term(QStringLiteral("move_type"), QStringLiteral("="), QStringLiteral("out_invoice")),
            term(QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancel")) }),
        fields({ "id", "state" }),
        QStringLiteral("looking for the order's invoice"),
        [this, run, orderName, next](const QJsonArray &moves) {
            QJsonArray drafts;
            for (const auto &m : moves)
                if (m.toObject().value(QStringLiteral("state")).toString() == QLatin1String("draft"))
                    drafts.append(m.toObject().value(QStringLiteral("id")));
            if (drafts.isEmpty()) {
                next(!moves.isEmpty());
                return;
            }
            call(
                run,
                QStringLiteral("account.move"),
                QStringLiteral("action_post"),
                drafts,
                {},
                QStringLiteral("posting the invoice"),
                [next](const QJsonValue &) { next(true); },
                [this, run, orderName, next](const Connectors::OdooResult &r) {
                    // "Already posted" from a resent request: posted now means done.
                    searchRead(run,
                        QStringLiteral("account.move"),
                        domain({ term(QStringLiteral("invoice_origin"), QStringLiteral("="), orderName),
                            term(QStringLiteral("move_type"), QStringLiteral("="), QStringLiteral("out_invoice")),
                            term(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("draft")) }),
                        fields({ "id" }),
                        QStringLiteral("looking at the invoice again"),
                        [run, r, next](const QJsonArray &drafts) {
                            if (drafts.isEmpty())
                                next(true);
                            else
                                run->fail(r, QStringLiteral("posting the invoice"));
                        });
                });
        });
}

void InvoiceSaleOrderStep::invoice(RunPtr run, const QJsonObject &order)
{
    const int id = order.value(QStringLiteral("id")).toInt();
    searchRead(run,
        QStringLiteral("sale.order.line"),
        domain({ term(QStringLiteral("order_id"), QStringLiteral("="), id) }),
        fields({ "product_uom_qty", "qty_invoiced", "qty_to_invoice", "display_type" }),
        QStringLiteral("reading what Odoo can invoice"),
        [this, run, order, id](const QJsonArray &lines) {
            bool complete = true;
            double toInvoice = 0;
            for (const auto &v : lines) {
                const QJsonObject l = v.toObject();
                if (l.value(QStringLiteral("display_type")).isString())
                    continue; // section or note
                const double quantity = l.value(QStringLiteral("product_uom_qty")).toDouble();
                const double ready = l.value(QStringLiteral("qty_invoiced")).toDouble()
                    + l.value(QStringLiteral("qty_to_invoice")).toDouble();
                complete = complete && ready >= quantity - 1e-6;
                toInvoice += l.value(QStringLiteral("qty_to_invoice")).toDouble();
            }
            if (!complete || toInvoice <= 1e-6) {
                run->done(StepResult::done()); // waits for the delivery; a later order version tries again
                return;
            }
            const QJsonObject context { { QStringLiteral("active_model"), QStringLiteral("sale.order") },
                { QStringLiteral("active_ids"), QJsonArray { id } },
                { QStringLiteral("active_id"), id } };
            const QJsonObject wizard { { QStringLiteral("advance_payment_method"), QStringLiteral("delivered") },
                { QStringLiteral("sale_order_ids"), replaceWith(QJsonArray { id }) } };
            call(run,
                QStringLiteral("sale.advance.payment.inv"),
                QStringLiteral("create"),
                {},
                { { QStringLiteral("vals_list"), QJsonArray { wizard } }, { QStringLiteral("context"), context } },
                QStringLiteral("opening the invoicing wizard"),
                [this, run, order, context](const QJsonValue &w) {
                    call(
                        run,
                        QStringLiteral("sale.advance.payment.inv"),
                        QStringLiteral("create_invoices"),
                        { createdId(w) },
                        { { QStringLiteral("context"), context } },
                        QStringLiteral("creating the invoice"),
                        [this, run, order](const QJsonValue &) {
                            postDrafts(run, order.value(QStringLiteral("name")).toString(), [run](bool invoiced) {
                                if (invoiced)
                                    run->done(StepResult::done());
                                else
                                    run->done(StepResult::failure(ErrorClass::Transient,
                                        QStringLiteral("Order %1: the new invoice is not visible in Odoo yet")
                                            .arg(run->name)));
                            });
                        },
                        [this, run, order](const Connectors::OdooResult &r) {
                            // A resent request fails with "nothing to invoice" when its first copy
                            // made the invoice: look before reporting the error.
                            postDrafts(run, order.value(QStringLiteral("name")).toString(), [run, r](bool invoiced) {
                                if (invoiced)
                                    run->done(StepResult::done());
                                else
                                    run->fail(r, QStringLiteral("creating the invoice"));
                            });
                        });
                });
        });
}

} // namespace Quayside
