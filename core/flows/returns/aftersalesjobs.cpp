#include "core/flows/returns/aftersalesjobs.h"

#include "core/flows/orders/orderjobs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside::AfterSalesJobs {

namespace {
QString money(const QJsonObject &set)
{
    return set.value(QStringLiteral("shopMoney")).toObject().value(QStringLiteral("amount")).toString();
}

QJsonArray nodes(const QJsonValue &connection)
{
    return connection.toObject().value(QStringLiteral("nodes")).toArray();
}

EventIntake intake(const QString &shopDomain,
    const QString &topic,
    const QString &entity,
    const QString &version,
    const QString &orderName,
    NewJob job)
{
    EventIntake in;
    in.event.source = QStringLiteral("shopify:") + shopDomain;
    in.event.topic = topic;
    in.event.entityId = entity;
    in.event.sourceVersion = version;
    in.event.correlationId = orderName;
    in.event.payload = job.payload;
    in.jobs << job;
    return in;
}

QJsonArray refundLines(const QJsonObject &refund)
{
    QJsonArray lines;
    for (const auto &v : nodes(refund.value(QStringLiteral("refundLineItems")))) {
        const QJsonObject l = v.toObject();
        lines.append(
            QJsonObject { { QStringLiteral("sku"),
                              l.value(QStringLiteral("lineItem")).toObject().value(QStringLiteral("sku")).toString() },
                { QStringLiteral("quantity"), l.value(QStringLiteral("quantity")).toInt() },
                { QStringLiteral("subtotal"), money(l.value(QStringLiteral("subtotalSet")).toObject()) } });
    }
    return lines;
}

QJsonArray returnLines(const QJsonObject &ret)
{
    // The same SKU can appear on several return lines: add them up.
    QJsonArray lines;
    QHash<QString, int> index;
    for (const auto &v : nodes(ret.value(QStringLiteral("returnLineItems")))) {
        const QJsonObject l = v.toObject();
        const QString sku = l.value(QStringLiteral("fulfillmentLineItem"))
                                .toObject()
                                .value(QStringLiteral("lineItem"))
                                .toObject()
                                .value(QStringLiteral("sku"))
                                .toString();
        const int quantity = l.value(QStringLiteral("quantity")).toInt();
        if (index.contains(sku)) {
            QJsonObject line = lines.at(index.value(sku)).toObject();
            line.insert(QStringLiteral("quantity"), line.value(QStringLiteral("quantity")).toInt() + quantity);
            lines.replace(index.value(sku), line);
            continue;
        }
        index.insert(sku, int(lines.size()));
        lines.append(QJsonObject { { QStringLiteral("sku"), sku }, { QStringLiteral("quantity"), quantity } });
    }
    return lines;
}
} // namespace

NewJob orderJob(const QString &step,
    const QString &lane,
    const QString &orderGid,
    const QString &orderName,
    const QJsonObject &payload)
{
    QJsonObject body = payload;
    body.insert(QStringLiteral("orderGid"), orderGid);
    body.insert(QStringLiteral("name"), orderName);
    NewJob job;
    job.flow = OrderJobs::Flow;
    job.step = step;
    job.lane = lane;
    job.partitionKey = OrderJobs::partitionFor(orderGid);
    job.correlationId = orderName;
    job.payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return job;
}

QList<EventIntake> intakesFor(const QString &shopDomain, const QJsonObject &order)
{
    QList<EventIntake> out;
    const QString gid = order.value(QStringLiteral("id")).toString();
    const QString name = order.value(QStringLiteral("name")).toString();
    const QString cancelledAt = order.value(QStringLiteral("cancelledAt")).toString();
    const bool cancelled = !cancelledAt.isEmpty();
    if (cancelled)
        out << intake(shopDomain,
            QStringLiteral("orders/cancelled"),
            gid,
            cancelledAt,
            name,
            orderJob(CancelAt3plStep, ShipbobLane, gid, name, {}));

    // Invoiced once shipped in full: Odoo invoices delivered quantities, and Shopify shows FULFILLED only
    // after the delivery is done in Odoo (the shipment flow validates the picking first).
    const QString status = order.value(QStringLiteral("displayFinancialStatus")).toString();
    const bool paid = status == QLatin1String("PAID") || status == QLatin1String("PARTIALLY_REFUNDED");
    const bool shipped
        = order.value(QStringLiteral("displayFulfillmentStatus")).toString() == QLatin1String("FULFILLED");
    if (!cancelled && paid && shipped)
        out << intake(shopDomain,
            QStringLiteral("orders/paid"),
            gid,
            order.value(QStringLiteral("updatedAt")).toString(),
            name,
            orderJob(InvoiceStep, OrderJobs::OdooLane, gid, name, {}));

    for (const auto &v : order.value(QStringLiteral("refunds")).toArray()) {
        const QJsonObject refund = v.toObject();
        const QString refundGid = refund.value(QStringLiteral("id")).toString();
        if (refundGid.isEmpty())
            continue;
        const QJsonObject total = refund.value(QStringLiteral("totalRefundedSet")).toObject();
        out << intake(shopDomain,
            QStringLiteral("refunds/create"),
            refundGid,
            QStringLiteral("1"),
            name,
            orderJob(CreditNoteStep,
                OrderJobs::OdooLane,
                gid,
                name,
                { { QStringLiteral("refundGid"), refundGid },
                    { QStringLiteral("amount"), money(total) },
                    { QStringLiteral("cancelled"), cancelled },
                    { QStringLiteral("moreLines"),
                        refund.value(QStringLiteral("refundLineItems"))
                            .toObject()
                            .value(QStringLiteral("pageInfo"))
                            .toObject()
                            .value(QStringLiteral("hasNextPage"))
                            .toBool() },
                    { QStringLiteral("lines"), refundLines(refund) } }));
    }

    for (const auto &v : nodes(order.value(QStringLiteral("returns")))) {
        const QJsonObject ret = v.toObject();
        const QString returnStatus = ret.value(QStringLiteral("status")).toString();
        if (returnStatus != QLatin1String("OPEN") && returnStatus != QLatin1String("CLOSED"))
            continue; // REQUESTED waits for the merchant's approval; DECLINED/CANCELED never come back
        const QString returnGid = ret.value(QStringLiteral("id")).toString();
        out << intake(shopDomain,
            QStringLiteral("returns/approve"),
            returnGid,
            QStringLiteral("approved"),
            name,
            orderJob(ReturnPickingStep,
                OrderJobs::OdooLane,
                gid,
                name,
                { { QStringLiteral("returnGid"), returnGid },
                    { QStringLiteral("returnName"), ret.value(QStringLiteral("name")).toString() },
                    { QStringLiteral("lines"), returnLines(ret) } }));
    }
    return out;
}

StateWrite appendToState(const QJsonObject &current, const QString &orderGid, const QString &field, const QString &gid)
{
    QJsonArray applied = current.value(field).toArray();
    if (!applied.contains(gid))
        applied.append(gid);
    return StateWrite { StateKind, orderGid, QJsonObject { { field, applied } } };
}

} // namespace Quayside::AfterSalesJobs
