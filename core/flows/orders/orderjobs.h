#pragma once

#include "core/engine/job.h"

#include <QJsonObject>

namespace Quayside {

// Names and keys of the order flow's jobs, in one place.
namespace OrderJobs {
inline const QString Flow = QStringLiteral("orders");
inline const QString PollStep = QStringLiteral("poll_shopify");
inline const QString CreateSaleOrderStep = QStringLiteral("create_sale_order");
// A webhook named an order: read it now rather than at the next poll (lane shopify).
inline const QString FetchStep = QStringLiteral("fetch_order");
// At start, when webhooks are configured: makes sure Shopify delivers them (lane shopify).
inline const QString SubscribeWebhooksStep = QStringLiteral("subscribe_webhooks");
inline const QString ShopifyLane = QStringLiteral("shopify");
inline const QString OdooLane = QStringLiteral("odoo");

inline const QString EventTopic = QStringLiteral("orders/updated");

// The inbound-event source of one shop's orders.
QString eventSource(const QString &shopDomain);
// Every job about one Shopify order shares this partition, so they run in order.
QString partitionFor(const QString &orderGid);
// The event for one version of a polled order, and the job it starts.
EventIntake intakeFor(const QString &shopDomain, const QJsonObject &order);
// The job that reads one order after a webhook named it; fetches of one order run in turn, apart from the
// order's own jobs.
NewJob fetch(const QString &orderGid);
} // namespace OrderJobs

} // namespace Quayside
