#pragma once

#include "core/flows/returns/odooorderstep.h"

#include <QHash>
#include <QList>

namespace Quayside {

// return_picking (lane odoo, payload {"orderGid","name","returnGid","returnName","lines":[{"sku","quantity"}]}):
// an approved Shopify return → Odoo return picking(s) of the order's done deliveries through the
// stock.return.picking wizard (create_returns in 17, action_create_returns from 18), with the returned
// quantity per SKU taken from what each delivery shipped and has not taken back yet. The return picking's
// origin becomes "Shopify return <gid>", which is how a retry finds it; an untagged return of the order
// with exactly these quantities (an attempt interrupted before the tag) is adopted. Then, for orders
// routed to ShipBob, FULFIL's create_3pl_return. Writes order.returnsApplied.
class ReturnPickingStep final : public OdooOrderStep
{
public:
    using OdooOrderStep::OdooOrderStep;

    static QString originFor(const QString &returnGid) { return QStringLiteral("Shopify return ") + returnGid; }

private:
    struct Allocation
    {
        int picking = 0;
        QHash<int, double> quantityByMove;
    };
    void start(RunPtr run) override;
    void fromDeliveries(RunPtr run, const QJsonObject &order);
    void adoptUntagged(
        RunPtr run, const QJsonObject &order, const QHash<int, QString> &skuOf, std::function<void()> otherwise);
    void allocate(RunPtr run, const QJsonObject &order, const QJsonArray &done, const QHash<int, QString> &skuOf);
    void createNext(RunPtr run, int orderId, QList<Allocation> allocations);
    void dropResentCopies(RunPtr run, int orderId, int ours, const Allocation &allocation, std::function<void()> next);
    void finish(RunPtr run);
    QHash<QString, double> requested(RunPtr run) const;
};

} // namespace Quayside
