#include "core/flows/fulfilment/routeorderstep.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"

#include <QJsonDocument>

namespace Quayside {

RouteOrderStep::RouteOrderStep(RoutingRules rules, StateReader readState)
    : m_rules(std::move(rules))
    , m_readState(std::move(readState))
{ }

void RouteOrderStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject order = QJsonDocument::fromJson(job.payload).object();
    const QString gid = order.value(QStringLiteral("id")).toString();
    if (gid.isEmpty()) {
        done(StepResult::failure(
            ErrorClass::Validation, QStringLiteral("The job's Shopify order payload is unreadable")));
        return;
    }
    const QJsonObject state = m_readState(FulfilmentJobs::OrderKind, gid);
    if (state.value(QStringLiteral("cancelled")).toBool()) {
        done(StepResult::done());
        return;
    }
    QString route = state.value(QStringLiteral("route")).toString();
    StepResult result = StepResult::done();
    if (route.isEmpty()) {
        // The sale order was created in the decided route's warehouse: follow it. Without one (an order
        // whose warehouse was changed in Odoo), the rules decide.
        const QJsonObject decided = order.value(FulfilmentJobs::DecidedRouteField).toObject();
        const RoutingRules::Decision decision = decided.isEmpty()
            ? m_rules.decide(order)
            : RoutingRules::Decision { decided.value(QStringLiteral("route")).toString(),
                  decided.value(QStringLiteral("reason")).toString() };
        route = decision.route;
        result.state << StateWrite { FulfilmentJobs::OrderKind,
            gid,
            QJsonObject { { QStringLiteral("route"), route }, { QStringLiteral("routeReason"), decision.reason } } };
    }
    if (route == FulfilmentJobs::RoutePickup && m_readState(FulfilmentJobs::PickupKind, gid).isEmpty()) {
        // Open until the buyer collects it: poll_pickups watches the picking from here on.
        const auto location = RoutingRules::pickupLocation(order);
        result.state << StateWrite { FulfilmentJobs::PickupKind,
            gid,
            QJsonObject { { QStringLiteral("name"), order.value(QStringLiteral("name")) },
                { QStringLiteral("saleOrderId"), state.value(QStringLiteral("odooOrderId")) },
                { QStringLiteral("saleOrderName"), state.value(QStringLiteral("odooOrderName")) },
                { QStringLiteral("location"), location ? location->name : QString() },
                { QStringLiteral("closed"), false } } };
    }
    if (route == FulfilmentJobs::RouteShipBob && !state.contains(QStringLiteral("shipbobOrderId")))
        result.followUps << FulfilmentJobs::jobFor(
            FulfilmentJobs::CreateStep, FulfilmentJobs::ShipBobLane, gid, job.correlationId, order);
    done(result);
}

} // namespace Quayside
