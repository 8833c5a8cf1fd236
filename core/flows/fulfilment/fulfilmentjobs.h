#pragma once

#include "core/engine/job.h"

#include <QJsonObject>

namespace Quayside {

// Names, lanes and flow-state keys of the fulfilment steps (the contract with the other order-lifecycle
// steps), in one place. All of them belong to the "orders" flow and run in the order's partition.
namespace FulfilmentJobs {
inline const QString RouteStep = QStringLiteral("route_order");
inline const QString CreateStep = QStringLiteral("create_3pl_order");
inline const QString PollStep = QStringLiteral("poll_3pl_shipments");
inline const QString FetchOrderStep = QStringLiteral("fetch_3pl_order"); // after a ShipBob webhook
inline const QString ApplyShipmentStep = QStringLiteral("apply_shipment");
inline const QString FulfillStep = QStringLiteral("fulfill_in_shopify");
inline const QString PollDeliveriesStep = QStringLiteral("poll_internal_deliveries");
inline const QString CancelStep = QStringLiteral("cancel_at_3pl");
inline const QString CancelSaleOrderStep = QStringLiteral("cancel_sale_order"); // RETURNS' step
inline const QString ReturnStep = QStringLiteral("create_3pl_return");
inline const QString PollPickupsStep = QStringLiteral("poll_pickups");
inline const QString ReadyForPickupStep = QStringLiteral("mark_ready_for_pickup");
inline const QString ShipBobLane = QStringLiteral("shipbob");

inline const QString OrderKind = QStringLiteral("order"); // key: Shopify order gid
inline const QString ShipmentKind = QStringLiteral("shipment"); // key: the 3PL's shipment id
inline const QString ReturnKind = QStringLiteral("return"); // key: Shopify return gid
// key: Shopify order gid; {name, saleOrderId, saleOrderName, location, readyAt, closed, closedAt}
inline const QString PickupKind = QStringLiteral("pickup");

inline const QString RouteShipBob = QStringLiteral("shipbob");
inline const QString RouteInternal = QStringLiteral("internal");
inline const QString RoutePickup = QStringLiteral("pickup"); // the buyer collects it from an Odoo warehouse
// In route_order's payload (the Shopify order): {"route", "reason"} as create_sale_order decided it.
inline const QString DecidedRouteField = QStringLiteral("quaysideRoute");

// "gid://shopify/Order/123" -> "123"
QString numericId(const QString &gid);
QString orderGidFor(const QString &numericId);
// A job of the orders flow about one Shopify order: its partition and correlation id.
NewJob jobFor(const QString &step,
    const QString &lane,
    const QString &orderGid,
    const QString &orderName,
    const QJsonObject &payload);
// Reads the 3PL order of this reference id (a webhook named it) and records its shipments' statuses.
NewJob fetchThreePlOrder(const QString &referenceId);
} // namespace FulfilmentJobs

} // namespace Quayside
