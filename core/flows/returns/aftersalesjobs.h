#pragma once

#include "core/engine/job.h"

#include <QJsonObject>

namespace Quayside {

// Cancellations, refunds, returns and invoicing of Shopify orders: step names, lanes, payloads, and how
// they are detected in a polled order version. Every job runs in the order's partition, after the
// create_sale_order job of the version that revealed it.
namespace AfterSalesJobs {
inline const QString CancelAt3plStep = QStringLiteral("cancel_at_3pl"); // FULFIL's step (lane shipbob)
inline const QString CancelSaleOrderStep = QStringLiteral("cancel_sale_order");
inline const QString InvoiceStep = QStringLiteral("invoice_sale_order");
inline const QString CreditNoteStep = QStringLiteral("credit_refund");
inline const QString ReturnPickingStep = QStringLiteral("return_picking");
inline const QString Create3plReturnStep = QStringLiteral("create_3pl_return"); // FULFIL's step (lane shipbob)
inline const QString ShipbobLane = QStringLiteral("shipbob");

// Flow state (kind "order", key = the Shopify order gid) fields this flow owns.
inline const QString StateKind = QStringLiteral("order");
inline const QString CancelledField = QStringLiteral("cancelled");
inline const QString RefundsField = QStringLiteral("refundsApplied");
inline const QString ReturnsField = QStringLiteral("returnsApplied");

// What one polled version of an order reveals besides the order itself, each fact once: the
// cancellation (event per order, keyed on cancelledAt), each refund (event per refund gid), each
// approved return (event per return gid, once it is OPEN or CLOSED; REQUESTED waits for approval),
// and, for a paid, fulfilled order not cancelled, the invoice check (per order version: the invoice step
// waits until Odoo can invoice the whole order, so a later version tries again).
QList<EventIntake> intakesFor(const QString &shopDomain, const QJsonObject &order);

// A job of the order flow in the order's partition.
NewJob orderJob(const QString &step,
    const QString &lane,
    const QString &orderGid,
    const QString &orderName,
    const QJsonObject &payload);

// The state write that adds `gid` to the array field `field` of the order's flow state (read first).
StateWrite appendToState(const QJsonObject &current, const QString &orderGid, const QString &field, const QString &gid);
} // namespace AfterSalesJobs

} // namespace Quayside
