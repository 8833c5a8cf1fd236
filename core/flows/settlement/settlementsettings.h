#pragma once

#include <QJsonObject>
#include <QString>

namespace Quayside {

// What the settlement flow does, as a plain value with a JSON round trip (the "settlement" object of the
// flow settings).
struct SettlementSettings
{
    bool enabled = true;
    // A charge whose order has no posted invoice yet (not shipped) waits this long before it is unmatched.
    int waitDays = 14;
    // Payouts issued this long before the newest one seen are listed again, for ones Shopify paid late.
    int lookbackDays = 2;
    // Cents an order's charges may differ from its invoices and still match (rounding: PayoutMatcher).
    int roundingToleranceCents = 2;
    // Where adjustments (chargebacks, reserves, corrections) are booked; empty: each is an unmatched item.
    QString adjustmentAccount;
    // How often to look for payouts while no "settlement" schedule is stored (tests, the sandbox); 0: the
    // schedule's default (FlowSchedule).
    qint64 pollIntervalMs = 0;

    QJsonObject toJson() const;
    static SettlementSettings fromJson(const QJsonObject &json, QString *error);
    bool operator==(const SettlementSettings &) const = default;
};

} // namespace Quayside
