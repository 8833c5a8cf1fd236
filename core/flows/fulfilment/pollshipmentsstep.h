#pragma once

#include "core/connectors/common/fulfilmentprovider.h"
#include "core/engine/stephandler.h"
#include "core/flows/schedule.h"

#include <memory>

namespace Quayside {

// poll_3pl_shipments (lane shipbob, recurring): reads the 3PL orders changed since a durable watermark
// (the 3PL's own last-update time, minus an overlap), page by page, and records one inbound event per
// shipment status (source "shipbob:<channel>", topic "shipment/status", entity = shipment id, version =
// "<state>@<time>"), each with its apply_shipment job in the order's partition. A repeated status is a
// duplicate event and makes no job.
class PollShipmentsStep final : public StepHandler
{
public:
    static constexpr qint64 kOverlapMs = 10 * 60 * 1000;

    PollShipmentsStep(std::unique_ptr<Connectors::FulfilmentProvider> provider, std::function<FlowSchedule()> schedule);
    void run(const JobRecord &job, StepCallback done) override;

    static NewJob firstPoll();
    static QString cursorName() { return QStringLiteral("shipbob:shipments:last_update"); }
    // One shipment's status as an event and its apply_shipment job.
    static EventIntake intakeFor(
        const QString &source, const Connectors::ProviderOrder &order, const Connectors::ProviderShipment &shipment);
    // Every shipment of the orders that are ours (numeric reference id: a Shopify order).
    static QList<EventIntake> intakesFor(const QString &source, const QList<Connectors::ProviderOrder> &orders);

private:
    std::unique_ptr<Connectors::FulfilmentProvider> m_provider;
    std::function<FlowSchedule()> m_schedule;
};

// fetch_3pl_order (lane shipbob): a ShipBob webhook named an order; its current shipments are read and
// recorded exactly as the poll records them, so a duplicate or stale delivery adds nothing.
class FetchThreePlOrderStep final : public StepHandler
{
public:
    explicit FetchThreePlOrderStep(std::unique_ptr<Connectors::FulfilmentProvider> provider);
    void run(const JobRecord &job, StepCallback done) override;

private:
    std::unique_ptr<Connectors::FulfilmentProvider> m_provider;
};

} // namespace Quayside
