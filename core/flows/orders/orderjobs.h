#pragma once

#include "core/engine/job.h"

#include <QJsonObject>

namespace Quayside {

// Names and keys of the order flow's jobs, in one place.
namespace OrderJobs {
inline const QString Flow = QStringLiteral("orders");
inline const QString PollStep = QStringLiteral("poll_shopify");
inline const QString CreateSaleOrderStep = QStringLiteral("create_sale_order");
inline const QString ShopifyLane = QStringLiteral("shopify");
inline const QString OdooLane = QStringLiteral("odoo");

inline const QString EventTopic = QStringLiteral("orders/updated");

// The inbound-event source of one shop's orders.
QString eventSource(const QString &shopDomain);
// Every job about one Shopify order shares this partition, so they run in order.
QString partitionFor(const QString &orderGid);
// The event for one version of a polled order, and the job it starts.
EventIntake intakeFor(const QString &shopDomain, const QJsonObject &order);
} // namespace OrderJobs

} // namespace Quayside
