#include "core/flows/returns/returnpickingstep.h"

#include "core/flows/odooquery.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/returns/aftersalesjobs.h"

#include <QMap>

#include <algorithm>

namespace Quayside {

using namespace OdooQuery;

namespace {
// Return moves (picking_id, origin_returned_move_id, product_uom_qty) → picking → original move → quantity.
QHash<int, QHash<int, double>> returnedByPicking(const QJsonArray &moves)
{
    QHash<int, QHash<int, double>> byPicking;
    for (const auto &m : moves)
        byPicking[idOf(m.toObject().value(QStringLiteral("picking_id")))]
                 [idOf(m.toObject().value(QStringLiteral("origin_returned_move_id")))]
            += m.toObject().value(QStringLiteral("product_uom_qty")).toDouble();
    return byPicking;
}
} // namespace

QHash<QString, double> ReturnPickingStep::requested(RunPtr run) const
{
    QHash<QString, double> bySku;
    for (const auto &v : run->payload.value(QStringLiteral("lines")).toArray())
        bySku[v.toObject().value(QStringLiteral("sku")).toString()]
            += v.toObject().value(QStringLiteral("quantity")).toDouble();
    return bySku;
}

void ReturnPickingStep::start(RunPtr run)
{
    const QString returnGid = run->payload.value(QStringLiteral("returnGid")).toString();
    if (run->state.value(AfterSalesJobs::ReturnsField).toArray().contains(returnGid)) {
        run->done(StepResult::done());
        return;
    }
    searchRead(run,
        QStringLiteral("stock.picking"),
        domain({ term(QStringLiteral("origin"), QStringLiteral("="), originFor(returnGid)) }),
        fields({ "id" }),
        QStringLiteral("looking for the return in Odoo"),
        [this, run](const QJsonArray &tagged) {
            if (!tagged.isEmpty()) {
                finish(run);
                return;
            }
            saleOrders(run, fields({ "id", "name", "state" }), [this, run](const QJsonArray &orders) {
                QJsonObject order = liveOrder(orders);
                if (order.isEmpty() && !orders.isEmpty())
                    order = orders.first().toObject();
                if (order.isEmpty()) {
                    run->business(QStringLiteral("return %1 cannot be booked: the order is not in Odoo")
                                      .arg(run->payload.value(QStringLiteral("returnName")).toString()));
                    return;
                }
                fromDeliveries(run, order);
            });
        });
}

void ReturnPickingStep::fromDeliveries(RunPtr run, const QJsonObject &order)
{
    const int orderId = order.value(QStringLiteral("id")).toInt();
    searchRead(run,
        QStringLiteral("stock.picking"),
        domain({ term(QStringLiteral("sale_id"), QStringLiteral("="), orderId),
            term(QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancel")) }),
        fields({ "id", "name", "state", "origin", "picking_type_code" }),
        QStringLiteral("reading the order's deliveries"),
        [this, run, order](const QJsonArray &pickings) {
            QJsonArray done;
            for (const auto &p : pickings)
                if (p.toObject().value(QStringLiteral("picking_type_code")).toString() == QLatin1String("outgoing")
                    && p.toObject().value(QStringLiteral("state")).toString() == QLatin1String("done"))
                    done.append(p.toObject().value(QStringLiteral("id")));
            if (done.isEmpty()) {
                run->business(QStringLiteral("return %1 cannot be booked: no delivery of the order is done in Odoo yet")
                                  .arg(run->payload.value(QStringLiteral("returnName")).toString()));
                return;
            }
            QJsonArray skus;
            const QHash<QString, double> wanted = requested(run);
            for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
                skus.append(it.key());
            searchRead(run,
                QStringLiteral("product.product"),
                domain({ term(QStringLiteral("default_code"), QStringLiteral("in"), skus) }),
                fields({ "id", "default_code" }),
                QStringLiteral("finding the returned products"),
                [this, run, order, done](const QJsonArray &products) {
                    QHash<int, QString> skuOf;
                    for (const auto &p : products)
                        skuOf.insert(p.toObject().value(QStringLiteral("id")).toInt(),
                            p.toObject().value(QStringLiteral("default_code")).toString());
                    // An attempt cut between creating the return and tagging it left it untagged: adopt it.
                    adoptUntagged(
                        run, order, skuOf, [this, run, order, done, skuOf] { allocate(run, order, done, skuOf); });
                });
        });
}

void ReturnPickingStep::allocate(
    RunPtr run, const QJsonObject &order, const QJsonArray &done, const QHash<int, QString> &skuOf)
{
    // Done moves of the deliveries, and what returns already take back from each.
    searchRead(run,
        QStringLiteral("stock.move"),
        domain({ term(QStringLiteral("picking_id"), QStringLiteral("in"), done),
            term(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("done")) }),
        fields({ "id", "picking_id", "product_id", "quantity" }),
        QStringLiteral("reading the delivered quantities"),
        [this, run, order, skuOf](const QJsonArray &moves) {
            QJsonArray moveIds;
            for (const auto &m : moves)
                moveIds.append(m.toObject().value(QStringLiteral("id")));
            searchRead(run,
                QStringLiteral("stock.move"),
                domain({ term(QStringLiteral("origin_returned_move_id"), QStringLiteral("in"), moveIds),
                    term(QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancel")) }),
                fields({ "origin_returned_move_id", "product_uom_qty" }),
                QStringLiteral("reading earlier returns"),
                [this, run, order, skuOf, moves](const QJsonArray &returned) {
                    QHash<int, double> back;
                    for (const auto &r : returned)
                        back[idOf(r.toObject().value(QStringLiteral("origin_returned_move_id")))]
                            += r.toObject().value(QStringLiteral("product_uom_qty")).toDouble();
                    QHash<QString, double> need = requested(run);
                    QList<Allocation> allocations;
                    for (const auto &v : moves) {
                        const QJsonObject m = v.toObject();
                        const int moveId = m.value(QStringLiteral("id")).toInt();
                        const QString sku = skuOf.value(idOf(m.value(QStringLiteral("product_id"))));
                        const double left = m.value(QStringLiteral("quantity")).toDouble() - back.value(moveId);
                        const double take = std::min(need.value(sku), left);
                        if (sku.isEmpty() || take <= 1e-6)
                            continue;
                        need[sku] -= take;
                        const int picking = idOf(m.value(QStringLiteral("picking_id")));
                        auto it = std::find_if(allocations.begin(), allocations.end(), [picking](const Allocation &a) {
                            return a.picking == picking;
                        });
                        if (it == allocations.end())
                            it = allocations.insert(allocations.end(), Allocation { picking, {} });
                        it->quantityByMove[moveId] += take;
                    }
                    for (auto it = need.cbegin(); it != need.cend(); ++it)
                        if (it.value() > 1e-6) {
                            run->business(QStringLiteral("return %1 takes back %2 × %3, more than Odoo "
                                                         "delivered and has not taken back yet")
                                              .arg(run->payload.value(QStringLiteral("returnName")).toString(),
                                                  QString::number(requested(run).value(it.key())),
                                                  it.key()));
                            return;
                        }
                    createNext(run, order.value(QStringLiteral("id")).toInt(), allocations);
                });
        });
}

void ReturnPickingStep::adoptUntagged(
    RunPtr run, const QJsonObject &order, const QHash<int, QString> &skuOf, std::function<void()> otherwise)
{
    // An untagged return of this order (origin "Return of …") that takes back exactly what this return
    // does, SKU by SKU, is ours: made by an attempt that was interrupted before it could write the tag.
    searchRead(run,
        QStringLiteral("stock.picking"),
        domain({ term(QStringLiteral("sale_id"), QStringLiteral("="), order.value(QStringLiteral("id"))),
            term(QStringLiteral("origin"), QStringLiteral("=like"), QStringLiteral("Return of %")),
            term(QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancel")) }),
        fields({ "id" }),
        QStringLiteral("looking for an untagged return"),
        [this, run, skuOf, otherwise](const QJsonArray &untagged) {
            if (untagged.isEmpty()) {
                otherwise();
                return;
            }
            QJsonArray ids;
            for (const auto &p : untagged)
                ids.append(p.toObject().value(QStringLiteral("id")));
            searchRead(run,
                QStringLiteral("stock.move"),
                domain({ term(QStringLiteral("picking_id"), QStringLiteral("in"), ids) }),
                fields({ "picking_id", "product_id", "product_uom_qty" }),
                QStringLiteral("reading the untagged return"),
                [this, run, skuOf, otherwise](const QJsonArray &moves) {
                    QMap<int, QHash<QString, double>> bySku; // picking -> SKU -> quantity, oldest picking first
                    for (const auto &m : moves)
                        bySku[idOf(m.toObject().value(QStringLiteral("picking_id")))]
                             [skuOf.value(idOf(m.toObject().value(QStringLiteral("product_id"))))]
                            += m.toObject().value(QStringLiteral("product_uom_qty")).toDouble();
                    const QHash<QString, double> wanted = requested(run);
                    for (auto it = bySku.cbegin(); it != bySku.cend(); ++it) {
                        if (it.value() != wanted)
                            continue;
                        const QString returnGid = run->payload.value(QStringLiteral("returnGid")).toString();
                        call(run,
                            QStringLiteral("stock.picking"),
                            QStringLiteral("write"),
                            { it.key() },
                            { { QStringLiteral("vals"),
                                QJsonObject { { QStringLiteral("origin"), originFor(returnGid) } } } },
                            QStringLiteral("tagging the return picking"),
                            [this, run](const QJsonValue &) { finish(run); });
                        return;
                    }
                    otherwise();
                });
        });
}

void ReturnPickingStep::createNext(RunPtr run, int orderId, QList<Allocation> allocations)
{
    if (allocations.isEmpty()) {
        finish(run);
        return;
    }
    const Allocation allocation = allocations.takeFirst();
    const QJsonObject context { { QStringLiteral("active_model"), QStringLiteral("stock.picking") },
        { QStringLiteral("active_ids"), QJsonArray { allocation.picking } },
        { QStringLiteral("active_id"), allocation.picking } };
    const QString returnGid = run->payload.value(QStringLiteral("returnGid")).toString();
    call(run,
        QStringLiteral("stock.return.picking"),
        QStringLiteral("create"),
        {},
        { { QStringLiteral("vals_list"), QJsonArray { QJsonObject() } }, { QStringLiteral("context"), context } },
        QStringLiteral("opening the return wizard"),
        [this, run, orderId, allocation, allocations, context, returnGid](const QJsonValue &w) {
            const int wizard = createdId(w);
            searchRead(run,
                QStringLiteral("stock.return.picking.line"),
                domain({ term(QStringLiteral("wizard_id"), QStringLiteral("="), wizard) }),
                fields({ "id", "move_id" }),
                QStringLiteral("reading the return wizard"),
                [this, run, orderId, allocation, allocations, context, returnGid, wizard](const QJsonArray &lines) {
                    // Every line gets its quantity: 17 proposes everything left, 18+ proposes 0.
                    QJsonArray commands;
                    for (const auto &l : lines)
                        commands.append(QJsonArray { 1,
                            l.toObject().value(QStringLiteral("id")),
                            QJsonObject { { QStringLiteral("quantity"),
                                allocation.quantityByMove.value(
                                    idOf(l.toObject().value(QStringLiteral("move_id")))) } } });
                    call(run,
                        QStringLiteral("stock.return.picking"),
                        QStringLiteral("write"),
                        { wizard },
                        { { QStringLiteral("vals"),
                            QJsonObject { { QStringLiteral("product_return_moves"), commands } } } },
                        QStringLiteral("setting the returned quantities"),
                        [this, run, orderId, allocation, allocations, context, returnGid, wizard](const QJsonValue &) {
                            const QString method = odoo().majorVersion() <= 17
                                ? QStringLiteral("create_returns")
                                : QStringLiteral("action_create_returns");
                            call(run,
                                QStringLiteral("stock.return.picking"),
                                method,
                                { wizard },
                                { { QStringLiteral("context"), context } },
                                QStringLiteral("creating the return picking"),
                                [this, run, orderId, allocation, allocations, returnGid](const QJsonValue &action) {
                                    const int picking = action.toObject().value(QStringLiteral("res_id")).toInt();
                                    call(run,
                                        QStringLiteral("stock.picking"),
                                        QStringLiteral("write"),
                                        { picking },
                                        { { QStringLiteral("vals"),
                                            QJsonObject { { QStringLiteral("origin"), originFor(returnGid) } } } },
                                        QStringLiteral("tagging the return picking"),
                                        [this, run, orderId, picking, allocation, allocations](const QJsonValue &) {
                                            dropResentCopies(
                                                run, orderId, picking, allocation, [this, run, orderId, allocations] {
                                                    createNext(run, orderId, allocations);
                                                });
                                        });
                                });
                        });
                });
        });
}

void ReturnPickingStep::dropResentCopies(
    RunPtr run, int orderId, int ours, const Allocation &allocation, std::function<void()> next)
{
    // A request resent by the transport runs the wizard twice: an untagged return of the order, newer
    // than ours, taking back exactly the same moves, is that copy. It is cancelled.
    searchRead(run,
        QStringLiteral("stock.picking"),
        domain({ term(QStringLiteral("sale_id"), QStringLiteral("="), orderId),
            term(QStringLiteral("origin"), QStringLiteral("=like"), QStringLiteral("Return of %")),
            term(QStringLiteral("id"), QStringLiteral(">"), ours),
            term(QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancel")) }),
        fields({ "id" }),
        QStringLiteral("looking for a duplicate return"),
        [this, run, allocation, next](const QJsonArray &newer) {
            if (newer.isEmpty()) {
                next();
                return;
            }
            QJsonArray ids;
            for (const auto &p : newer)
                ids.append(p.toObject().value(QStringLiteral("id")));
            searchRead(run,
                QStringLiteral("stock.move"),
                domain({ term(QStringLiteral("picking_id"), QStringLiteral("in"), ids) }),
                fields({ "picking_id", "origin_returned_move_id", "product_uom_qty" }),
                QStringLiteral("reading a duplicate return"),
                [this, run, allocation, next](const QJsonArray &moves) {
                    const auto byPicking = returnedByPicking(moves);
                    QJsonArray copies;
                    for (auto it = byPicking.cbegin(); it != byPicking.cend(); ++it)
                        if (it.value() == allocation.quantityByMove)
                            copies.append(it.key());
                    if (copies.isEmpty()) {
                        next();
                        return;
                    }
                    call(run,
                        QStringLiteral("stock.picking"),
                        QStringLiteral("action_cancel"),
                        copies,
                        {},
                        QStringLiteral("cancelling a duplicate return"),
                        [next](const QJsonValue &) { next(); });
                });
        });
}

void ReturnPickingStep::finish(RunPtr run)
{
    const QString returnGid = run->payload.value(QStringLiteral("returnGid")).toString();
    QList<NewJob> followUps;
    if (run->state.value(QStringLiteral("route")).toString() == QLatin1String("shipbob"))
        followUps << AfterSalesJobs::orderJob(AfterSalesJobs::Create3plReturnStep,
            AfterSalesJobs::ShipbobLane,
            run->orderGid,
            run->name,
            { { QStringLiteral("returnGid"), returnGid },
                { QStringLiteral("lines"), run->payload.value(QStringLiteral("lines")) } });
    StepResult result = StepResult::done(followUps);
    result.state << AfterSalesJobs::appendToState(run->state, run->orderGid, AfterSalesJobs::ReturnsField, returnGid);
    run->done(result);
}

} // namespace Quayside
