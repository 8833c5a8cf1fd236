#include "core/flows/returns/cancelsaleorderstep.h"

#include "core/flows/odooquery.h"
#include "core/flows/returns/aftersalesjobs.h"

namespace Quayside {

using namespace OdooQuery;

void CancelSaleOrderStep::start(RunPtr run)
{
    saleOrders(run, fields({ "id", "state", "locked" }), [this, run](const QJsonArray &orders) {
        QJsonArray live;
        for (const auto &o : orders)
            if (o.toObject().value(QStringLiteral("state")).toString() != QLatin1String("cancel"))
                live.append(o);
        cancelNext(run, live);
    });
}

void CancelSaleOrderStep::cancelNext(RunPtr run, QJsonArray orders)
{
    if (orders.isEmpty()) {
        // Look again: done only when Odoo shows nothing live (a wizard path may not have finished).
        saleOrders(run, fields({ "id", "state" }), [this, run](const QJsonArray &after) {
            if (!liveOrder(after).isEmpty()) {
                run->done(StepResult::failure(ErrorClass::Transient,
                    QStringLiteral("Order %1: the Odoo sale order is not cancelled yet").arg(run->name)));
                return;
            }
            finish(run);
        });
        return;
    }
    const QJsonObject order = orders.takeAt(0).toObject();
    const int id = order.value(QStringLiteral("id")).toInt();
    const auto cancel = [this, run, id, orders]() {
        const QJsonObject context { { QStringLiteral("disable_cancel_warning"), true } };
        call(run,
            QStringLiteral("sale.order"),
            QStringLiteral("action_cancel"),
            { id },
            { { QStringLiteral("context"), context } },
            QStringLiteral("cancelling the sale order"),
            [this, run, id, orders](const QJsonValue &result) {
                const QJsonObject action = result.toObject();
                if (action.value(QStringLiteral("res_model")).toString() != QLatin1String("sale.order.cancel")) {
                    cancelNext(run, orders); // true: cancelled
                    return;
                }
                // The version ignored the flag: confirm through the wizard with the context it gave.
                const QJsonObject wizardContext = action.value(QStringLiteral("context")).toObject();
                call(run,
                    QStringLiteral("sale.order.cancel"),
                    QStringLiteral("create"),
                    {},
                    { { QStringLiteral("vals_list"),
                          QJsonArray { QJsonObject { { QStringLiteral("order_id"), id } } } },
                        { QStringLiteral("context"), wizardContext } },
                    QStringLiteral("opening the cancel wizard"),
                    [this, run, orders, wizardContext](const QJsonValue &w) {
                        call(run,
                            QStringLiteral("sale.order.cancel"),
                            QStringLiteral("action_cancel"),
                            { createdId(w) },
                            { { QStringLiteral("context"), wizardContext } },
                            QStringLiteral("confirming the cancel wizard"),
                            [this, run, orders](const QJsonValue &) { cancelNext(run, orders); });
                    });
            });
    };
    if (order.value(QStringLiteral("locked")).toBool()) {
        call(run,
            QStringLiteral("sale.order"),
            QStringLiteral("action_unlock"),
            { id },
            {},
            QStringLiteral("unlocking the sale order to cancel it"),
            [cancel](const QJsonValue &) { cancel(); });
        return;
    }
    cancel();
}

void CancelSaleOrderStep::finish(RunPtr run)
{
    StepResult result = StepResult::done();
    result.state << StateWrite {
        AfterSalesJobs::StateKind, run->orderGid, QJsonObject { { AfterSalesJobs::CancelledField, true } }
    };
    run->done(result);
}

} // namespace Quayside
