#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/fulfilment/routingrules.h"

#include <functional>

namespace Quayside {

using StateReader = std::function<QJsonObject(const QString &kind, const QString &key)>;

// route_order (lane odoo): decides once per order where it is fulfilled (RoutingRules) and writes
// order.route; a ShipBob order goes on to create_3pl_order until ShipBob's order id is known. A cancelled
// order is left alone. Runs after every confirmation check of the order, so it keeps an earlier decision.
class RouteOrderStep final : public StepHandler
{
public:
    RouteOrderStep(RoutingRules rules, StateReader readState);
    void run(const JobRecord &job, StepCallback done) override;

private:
    RoutingRules m_rules;
    StateReader m_readState;
};

} // namespace Quayside
