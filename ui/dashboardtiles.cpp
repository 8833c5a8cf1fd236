#include "ui/dashboardtiles.h"

#include "core/telemetry/dashboardmodels.h"
#include "ui/stattile.h"

#include <QHBoxLayout>
#include <QLocale>

namespace Quayside::Ui {

DashboardTiles::DashboardTiles(QWidget *parent)
    : QWidget(parent)
    , m_orders(new StatTile(tr("Orders / min"), {}, this))
{
    m_alertTiles.at(size_t(DashboardAlert::Exceptions))
        = new StatTile(tr("Exceptions"), tr("need a decision in the exception queue"), this);
    m_alertTiles.at(size_t(DashboardAlert::Latency)) = new StatTile(tr("Latency p95"), {}, this);
    m_alertTiles.at(size_t(DashboardAlert::WaitingFor3pl)) = new StatTile(tr("Waiting for the 3PL"), {}, this);
    m_alertTiles.at(size_t(DashboardAlert::Mismatches)) = new StatTile(tr("Stock mismatches"), {}, this);
    m_alertTiles.at(size_t(DashboardAlert::UnmatchedPayouts)) = new StatTile(tr("Unmatched payouts"), {}, this);
    m_orders->setObjectName(QStringLiteral("ordersTile"));
    tile(DashboardAlert::Exceptions)->setObjectName(QStringLiteral("exceptionsTile"));
    tile(DashboardAlert::Latency)->setObjectName(QStringLiteral("latencyTile"));
    tile(DashboardAlert::WaitingFor3pl)->setObjectName(QStringLiteral("waitingFor3plTile"));
    tile(DashboardAlert::Mismatches)->setObjectName(QStringLiteral("mismatchesTile"));
    tile(DashboardAlert::UnmatchedPayouts)->setObjectName(QStringLiteral("unmatchedPayoutsTile"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (StatTile *t : { m_orders,
             tile(DashboardAlert::Latency),
             tile(DashboardAlert::Exceptions),
             tile(DashboardAlert::WaitingFor3pl),
             tile(DashboardAlert::Mismatches),
             tile(DashboardAlert::UnmatchedPayouts) }) {
        t->setMinimumWidth(140);
        layout->addWidget(t, 1);
    }
}

void DashboardTiles::showSnapshot(const DashboardSnapshot &s, DashboardRange range)
{
    const QLocale locale;
    const int minutes = DashboardSnapshot::minutes(range);
    // Whole sentences per range, so that a translation can order its words freely.
    const bool hour = range == DashboardRange::LastHour;
    m_orders->setValue(locale.toString(s.ordersLast60s));
    m_orders->setCaption((hour ? tr("%1 orders in the last hour") : tr("%1 orders in the last 24 hours"))
                             .arg(locale.toString(DashboardSnapshot::sumLast(s.orders, minutes))));

    const FlowLatency &latency = s.latencyAll(range);
    StatTile *latencyTile = tile(DashboardAlert::Latency);
    latencyTile->setValue(
        latency.count > 0 ? FlowLatencyModel::formatDuration(latency.p95Ms) : QStringLiteral("\u2013"));
    latencyTile->setCaption(latency.count > 0
            ? tr("p50 %1 · p99 %2")
                  .arg(FlowLatencyModel::formatDuration(latency.p50Ms), FlowLatencyModel::formatDuration(latency.p99Ms))
            : (hour ? tr("no job finished in the last hour") : tr("no job finished in the last 24 hours")));

    tile(DashboardAlert::Exceptions)->setValue(locale.toString(s.exceptions));

    StatTile *waiting = tile(DashboardAlert::WaitingFor3pl);
    waiting->setValue(locale.toString(s.waitingFor3pl));
    waiting->setCaption(s.waitingFor3pl > 0
            ? tr("oldest %1, %n min", nullptr, int(s.oldestWaitingMinutes())).arg(s.oldestWaitingOrder)
            : tr("every routed order acknowledged"));

    StatTile *mismatches = tile(DashboardAlert::Mismatches);
    mismatches->setValue(locale.toString(s.openMismatches));
    mismatches->setCaption(s.worstMismatches.isEmpty()
            ? tr("Odoo, Shopify and ShipBob agree")
            : tr("worst %1 at %2").arg(s.worstMismatches.constFirst().sku, s.worstMismatches.constFirst().location));

    StatTile *payouts = tile(DashboardAlert::UnmatchedPayouts);
    payouts->setValue(locale.toString(s.unmatchedPayoutItems));
    payouts->setCaption(s.unmatchedPayoutItems == 0 ? tr("every payout matches Odoo's books")
            : s.unmatchedPayoutOrder.isEmpty()      ? tr("the latest concerns no order")
                                                    : tr("latest on order %1").arg(s.unmatchedPayoutOrder));
}

void DashboardTiles::setAlert(DashboardAlert alert, bool active)
{
    tile(alert)->setAlert(active);
}

} // namespace Quayside::Ui
