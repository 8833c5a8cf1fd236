#pragma once

#include "core/engine/job.h"

#include <QJsonObject>

namespace Quayside {

// Names, partitions and job builders of the settlement flow (Shopify Payments payouts against Odoo's
// invoices and credit notes), in one place.
namespace SettlementJobs {
inline const QString Flow = QStringLiteral("settlement");
// Shopify lane: the paid payouts issued since the cursor, each recorded once as an event.
inline const QString PollStep = QStringLiteral("poll_payouts");
// Shopify lane: every balance transaction of one payout, a page per job.
inline const QString ReadStep = QStringLiteral("read_payout");
// Odoo lane: each transaction against the order's posted invoices and credit notes.
inline const QString MatchStep = QStringLiteral("match_payout");

inline const QString ShopifyLane = QStringLiteral("shopify");
inline const QString OdooLane = QStringLiteral("odoo");

inline const QString EventTopic = QStringLiteral("payouts/paid");
inline const QString PollPartition = QStringLiteral("poll:shopify:payouts");

// Flow state kinds written here. Keys are "<shop domain>/<gid>", so two shops never share an entry.
inline const QString PayoutKind = QStringLiteral("payout");
inline const QString ItemKind = QStringLiteral("settlement_item"); // an unmatched balance transaction

QString key(const QString &shopDomain, const QString &gid);
NewJob job(const QString &step, const QString &partition, const QJsonObject &payload, qint64 notBeforeMs = 0);
NewJob firstPoll();
// The partition of everything done for one payout: reads and matches of it run in order.
QString payoutPartition(const QString &payoutKey);
} // namespace SettlementJobs

} // namespace Quayside
