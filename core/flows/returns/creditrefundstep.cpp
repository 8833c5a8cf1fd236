#include "core/flows/returns/creditrefundstep.h"

#include "core/flows/odooquery.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/returns/aftersalesjobs.h"

#include <algorithm>
#include <cmath>

namespace Quayside {

using namespace OdooQuery;

namespace {
double amountOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}
double cents(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}
// A credit note line with exactly these Odoo taxes (account.move.line: tax_ids in 17-19); none for a lump
// sum, which is Shopify's refunded amount with its tax already in it.
QJsonObject withTaxes(QJsonObject line, const QJsonArray &taxIds = {})
{
    line.insert(QStringLiteral("tax_ids"), replaceWith(taxIds));
    return line;
}
} // namespace

QString CreditRefundStep::refundRef(RunPtr run)
{
    return QStringLiteral("Shopify refund ") + run->payload.value(QStringLiteral("refundGid")).toString();
}

QJsonObject CreditRefundStep::amountLine(RunPtr run)
{
    return QJsonObject { { QStringLiteral("name"), QStringLiteral("Shopify refund of order %1").arg(run->name) },
        { QStringLiteral("quantity"), 1 },
        { QStringLiteral("price_unit"), cents(amountOf(run->payload.value(QStringLiteral("amount")))) } };
}

void CreditRefundStep::start(RunPtr run)
{
    const QString refundGid = run->payload.value(QStringLiteral("refundGid")).toString();
    if (refundGid.isEmpty()) {
        run->done(StepResult::failure(
            ErrorClass::Validation, QStringLiteral("Order %1: the refund job names no Shopify refund").arg(run->name)));
        return;
    }
    if (run->state.value(AfterSalesJobs::RefundsField).toArray().contains(refundGid)) {
        run->done(StepResult::done());
        return;
    }
    if (run->payload.value(QStringLiteral("moreLines")).toBool()) {
        run->business(QStringLiteral("refund %1 has more lines than the order poll reads (5); credit it in Odoo "
                                     "by hand, then resolve this entry")
                          .arg(refundGid));
        return;
    }
    findNote(run, [this, run](const QJsonObject &note) {
        if (note.isEmpty()) {
            saleOrders(run,
                fields({ "id", "name", "state", "partner_id", "partner_invoice_id" }),
                [this, run](const QJsonArray &orders) {
                    QJsonObject order = liveOrder(orders);
                    if (order.isEmpty() && !orders.isEmpty())
                        order = orders.first().toObject(); // cancelled: it may still have an invoice to credit
                    creditOrder(run, order);
                });
            return;
        }
        if (note.value(QStringLiteral("state")).toString() == QLatin1String("posted"))
            finish(run);
        else
            shapeAndPost(run, note); // an earlier attempt made it and was interrupted
    });
}

void CreditRefundStep::findNote(RunPtr run, std::function<void(const QJsonObject &)> next)
{
    // Both kinds of credit note end their ref with the refund's gid ("…, Shopify refund gid://…").
    searchRead(run,
        QStringLiteral("account.move"),
        domain({ term(QStringLiteral("move_type"), QStringLiteral("="), QStringLiteral("out_refund")),
            term(QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancel")),
            term(QStringLiteral("ref"), QStringLiteral("=like"), QString(QStringLiteral("%") + refundRef(run))) }),
        fields({ "id", "state", "ref", "amount_total" }),
        QStringLiteral("looking for the refund's credit note"),
        [this, run, next](const QJsonArray &notes) {
            if (notes.size() <= 1) {
                next(notes.isEmpty() ? QJsonObject() : notes.first().toObject());
                return;
            }
            // A resent request made a second copy: keep a posted one (else the oldest), delete the drafts.
            QJsonObject keep = notes.first().toObject();
            for (const auto &n : notes)
                if (n.toObject().value(QStringLiteral("state")).toString() == QLatin1String("posted")) {
                    keep = n.toObject();
                    break;
                }
            QJsonArray drafts;
            for (const auto &n : notes)
                if (n.toObject() != keep
                    && n.toObject().value(QStringLiteral("state")).toString() == QLatin1String("draft"))
                    drafts.append(n.toObject().value(QStringLiteral("id")));
            if (drafts.isEmpty()) {
                next(keep);
                return;
            }
            call(
                run,
                QStringLiteral("account.move"),
                QStringLiteral("unlink"),
                drafts,
                {},
                QStringLiteral("deleting a duplicate draft credit note"),
                [next, keep](const QJsonValue &) { next(keep); },
                [run, next, keep](const Connectors::OdooResult &r) {
                    // A resent unlink (the first deleted the copy, its answer was lost) finds nothing left.
                    if (r.exceptionName == QLatin1String("odoo.exceptions.MissingError"))
                        next(keep);
                    else
                        run->fail(r, QStringLiteral("deleting a duplicate draft credit note"));
                });
        });
}

void CreditRefundStep::creditOrder(RunPtr run, const QJsonObject &order)
{
    const bool cancelled = run->payload.value(QStringLiteral("cancelled")).toBool()
        || run->state.value(AfterSalesJobs::CancelledField).toBool()
        || order.value(QStringLiteral("state")).toString() == QLatin1String("cancel");
    if (order.isEmpty()) {
        if (cancelled)
            finish(run); // never reached Odoo: nothing to credit
        else
            run->business(QStringLiteral("refund %1 cannot be credited: the order is not in Odoo")
                              .arg(run->payload.value(QStringLiteral("refundGid")).toString()));
        return;
    }
    searchRead(run,
        QStringLiteral("account.move"),
        domain({ term(QStringLiteral("invoice_origin"), QStringLiteral("="), order.value(QStringLiteral("name"))),
            term(QStringLiteral("move_type"), QStringLiteral("="), QStringLiteral("out_invoice")),
            term(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("posted")) }),
        fields({ "id", "journal_id" }),
        QStringLiteral("looking for the invoice to credit"),
        [this, run, order, cancelled](const QJsonArray &invoices) {
            if (!invoices.isEmpty())
                reverse(run, invoices.first().toObject());
            else if (cancelled)
                finish(run); // cancelled before it was invoiced: nothing to credit
            else
                creditWithoutInvoice(run, order);
        });
}

void CreditRefundStep::reverse(RunPtr run, const QJsonObject &invoice)
{
    const int invoiceId = invoice.value(QStringLiteral("id")).toInt();
    const QJsonObject context { { QStringLiteral("active_model"), QStringLiteral("account.move") },
        { QStringLiteral("active_ids"), QJsonArray { invoiceId } },
        { QStringLiteral("active_id"), invoiceId } };
    // journal_id is required and RPC gets no onchange to fill it: the invoice's own journal.
    const QJsonObject wizard { { QStringLiteral("reason"), refundRef(run) },
        { QStringLiteral("journal_id"), idOf(invoice.value(QStringLiteral("journal_id"))) } };
    call(run,
        QStringLiteral("account.move.reversal"),
        QStringLiteral("create"),
        {},
        { { QStringLiteral("vals_list"), QJsonArray { wizard } }, { QStringLiteral("context"), context } },
        QStringLiteral("opening the credit note wizard"),
        [this, run, context](const QJsonValue &w) {
            call(run,
                QStringLiteral("account.move.reversal"),
                QStringLiteral("refund_moves"),
                { createdId(w) },
                { { QStringLiteral("context"), context } },
                QStringLiteral("reversing the invoice"),
                [this, run](const QJsonValue &) { madeNote(run); });
        });
}

void CreditRefundStep::madeNote(RunPtr run)
{
    // Look the new note up again rather than trust an id: a resent request may have made two.
    findNote(run, [this, run](const QJsonObject &note) {
        if (note.isEmpty())
            run->done(StepResult::failure(ErrorClass::Transient,
                QStringLiteral("Order %1: the credit note is not visible in Odoo yet").arg(run->name)));
        else
            shapeAndPost(run, note);
    });
}

void CreditRefundStep::products(
    RunPtr run, const QJsonArray &domain, std::function<void(const QHash<int, QString> &)> next)
{
    searchRead(run,
        QStringLiteral("product.product"),
        domain,
        fields({ "id", "default_code" }),
        QStringLiteral("finding the refunded products"),
        [next](const QJsonArray &found) {
            QHash<int, QString> skus;
            for (const auto &p : found)
                skus.insert(p.toObject().value(QStringLiteral("id")).toInt(),
                    p.toObject().value(QStringLiteral("default_code")).toString());
            next(skus);
        });
}

void CreditRefundStep::shapeAndPost(RunPtr run, const QJsonObject &note)
{
    const int noteId = note.value(QStringLiteral("id")).toInt();
    if (!note.value(QStringLiteral("ref")).toString().startsWith(QLatin1String("Reversal of"))) {
        post(run, noteId); // made line by line already
        return;
    }
    searchRead(run,
        QStringLiteral("account.move.line"),
        domain({ term(QStringLiteral("move_id"), QStringLiteral("="), noteId) }),
        fields({ "id", "product_id", "quantity" }),
        QStringLiteral("reading the credit note"),
        [this, run, note, noteId](const QJsonArray &lines) {
            QJsonArray productIds;
            for (const auto &l : lines)
                productIds.append(idOf(l.toObject().value(QStringLiteral("product_id"))));
            products(run,
                domain({ term(QStringLiteral("id"), QStringLiteral("in"), productIds) }),
                [this, run, note, noteId, lines](const QHash<int, QString> &skuOf) {
                    QHash<QString, double> refunded;
                    for (const auto &v : run->payload.value(QStringLiteral("lines")).toArray())
                        refunded[v.toObject().value(QStringLiteral("sku")).toString()]
                            += v.toObject().value(QStringLiteral("quantity")).toDouble();
                    const double amount = amountOf(run->payload.value(QStringLiteral("amount")));
                    QJsonArray commands;
                    QJsonArray shipping;
                    bool allGoods = true;
                    int kept = 0;
                    for (const auto &v : lines) {
                        const QJsonObject l = v.toObject();
                        const int lineId = l.value(QStringLiteral("id")).toInt();
                        const QString sku = skuOf.value(idOf(l.value(QStringLiteral("product_id"))));
                        if (sku == CreateSaleOrderStep::shippingProductCode()) {
                            shipping.append(lineId);
                            continue;
                        }
                        const double quantity = l.value(QStringLiteral("quantity")).toDouble();
                        const double take = std::min(refunded.value(sku), quantity);
                        refunded[sku] = refunded.value(sku) - take;
                        if (take >= quantity - 1e-6) {
                            ++kept;
                            continue;
                        }
                        allGoods = false;
                        if (take <= 1e-6) {
                            commands.append(QJsonArray { 2, lineId, 0 });
                        } else {
                            ++kept;
                            commands.append(
                                QJsonArray { 1, lineId, QJsonObject { { QStringLiteral("quantity"), take } } });
                        }
                    }
                    // The shipping is credited only with everything else and when the amount covers it all.
                    const bool keepShipping
                        = allGoods && amount >= note.value(QStringLiteral("amount_total")).toDouble() - 0.005;
                    for (const auto &id : shipping) {
                        if (keepShipping)
                            ++kept;
                        else
                            commands.append(QJsonArray { 2, id, 0 });
                    }
                    if (run->payload.value(QStringLiteral("lines")).toArray().isEmpty() && !keepShipping) {
                        // An amount without lines (goodwill, shipping only): one line of that amount.
                        commands = {};
                        for (const auto &v : lines)
                            commands.append(QJsonArray { 2, v.toObject().value(QStringLiteral("id")), 0 });
                        kept = 0;
                    }
                    if (kept == 0)
                        commands.append(QJsonArray { 0, 0, amountLine(run) });
                    if (commands.isEmpty()) {
                        post(run, noteId); // a full refund: the whole reversal stands
                        return;
                    }
                    call(run,
                        QStringLiteral("account.move"),
                        QStringLiteral("write"),
                        { noteId },
                        { { QStringLiteral("vals"),
                            QJsonObject { { QStringLiteral("invoice_line_ids"), commands } } } },
                        QStringLiteral("limiting the credit note to the refunded lines"),
                        [this, run, noteId](const QJsonValue &) { post(run, noteId); });
                });
        });
}

void CreditRefundStep::creditWithoutInvoice(RunPtr run, const QJsonObject &order)
{
    const QJsonArray refundLines = run->payload.value(QStringLiteral("lines")).toArray();
    QJsonArray skus;
    for (const auto &v : refundLines)
        skus.append(v.toObject().value(QStringLiteral("sku")));
    products(run,
        domain({ term(QStringLiteral("default_code"), QStringLiteral("in"), skus) }),
        [this, run, order, refundLines](const QHash<int, QString> &skuOf) {
            // The refunded lines are taxed as the sale order's lines were (Shopify's rates, create_sale_order).
            const QString taxField = odoo().majorVersion() >= 19 ? QStringLiteral("tax_ids") : QStringLiteral("tax_id");
            searchRead(run,
                QStringLiteral("sale.order.line"),
                domain({ term(QStringLiteral("order_id"), QStringLiteral("="), order.value(QStringLiteral("id"))) }),
                QJsonArray { QStringLiteral("product_id"), taxField },
                QStringLiteral("reading the sale order's taxes"),
                [this, run, order, refundLines, skuOf, taxField](const QJsonArray &soLines) {
                    QHash<int, QJsonArray> taxesOf; // product id -> tax ids
                    for (const auto &v : soLines) {
                        const QJsonObject line = v.toObject();
                        taxesOf.insert(idOf(line.value(QStringLiteral("product_id"))), line.value(taxField).toArray());
                    }
                    creditLines(run, order, refundLines, skuOf, taxesOf);
                });
        });
}

void CreditRefundStep::creditLines(RunPtr run,
    const QJsonObject &order,
    const QJsonArray &refundLines,
    const QHash<int, QString> &skuOf,
    const QHash<int, QJsonArray> &taxesOf)
{
    QHash<QString, int> productOf;
    for (auto it = skuOf.cbegin(); it != skuOf.cend(); ++it)
        productOf.insert(it.value(), it.key());
    QJsonArray lines;
    for (const auto &v : refundLines) {
        const QJsonObject l = v.toObject();
        const QString sku = l.value(QStringLiteral("sku")).toString();
        const int quantity = l.value(QStringLiteral("quantity")).toInt();
        if (!productOf.contains(sku) || quantity <= 0) {
            run->business(QStringLiteral("refund %1 lists SKU %2, which no Odoo product has")
                              .arg(run->payload.value(QStringLiteral("refundGid")).toString(), sku));
            return;
        }
        lines.append(QJsonArray { 0,
            0,
            withTaxes(
                QJsonObject { { QStringLiteral("product_id"), productOf.value(sku) },
                    { QStringLiteral("quantity"), quantity },
                    { QStringLiteral("price_unit"), cents(amountOf(l.value(QStringLiteral("subtotal"))) / quantity) } },
                taxesOf.value(productOf.value(sku))) });
    }
    if (lines.isEmpty())
        lines.append(QJsonArray { 0, 0, withTaxes(amountLine(run)) });
    const int partner = idOf(order.value(QStringLiteral("partner_invoice_id")))
        ? idOf(order.value(QStringLiteral("partner_invoice_id")))
        : idOf(order.value(QStringLiteral("partner_id")));
    const QJsonObject vals { { QStringLiteral("move_type"), QStringLiteral("out_refund") },
        { QStringLiteral("partner_id"), partner },
        { QStringLiteral("invoice_origin"), order.value(QStringLiteral("name")) },
        { QStringLiteral("ref"), refundRef(run) },
        { QStringLiteral("invoice_line_ids"), lines } };
    call(run,
        QStringLiteral("account.move"),
        QStringLiteral("create"),
        {},
        { { QStringLiteral("vals_list"), QJsonArray { vals } },
            { QStringLiteral("context"),
                QJsonObject { { QStringLiteral("default_move_type"), QStringLiteral("out_refund") } } } },
        QStringLiteral("creating the credit note"),
        [this, run](const QJsonValue &) { madeNote(run); });
}

void CreditRefundStep::post(RunPtr run, int noteId)
{
    call(
        run,
        QStringLiteral("account.move"),
        QStringLiteral("action_post"),
        { noteId },
        {},
        QStringLiteral("posting the credit note"),
        [this, run](const QJsonValue &) { finish(run); },
        [this, run](const Connectors::OdooResult &r) {
            // "Already posted" from a resent request whose first copy posted it: look before failing.
            findNote(run, [this, run, r](const QJsonObject &note) {
                if (note.value(QStringLiteral("state")).toString() == QLatin1String("posted"))
                    finish(run);
                else
                    run->fail(r, QStringLiteral("posting the credit note"));
            });
        });
}

void CreditRefundStep::finish(RunPtr run)
{
    StepResult result = StepResult::done();
    result.state << AfterSalesJobs::appendToState(run->state,
        run->orderGid,
        AfterSalesJobs::RefundsField,
        run->payload.value(QStringLiteral("refundGid")).toString());
    run->done(result);
}

} // namespace Quayside
