#pragma once

#include "sandbox/shipbob/shipbobcall.h"

namespace Quayside::Sandbox {

// /2026-01/simulate/shipment and /simulate/status/{id}: ShipBob's sandbox simulations ("ShipOrder",
// "DeliverOrder", a delay of 1-2880 minutes, up to five chained by `next`). Not in the OpenAPI document; shaped
// after ShipBob's sandbox documentation.
class ShipBobSimulationRoutes
{
public:
    static std::optional<HttpResponse> route(const ShipBobCall &call);

private:
    static HttpResponse simulate(const ShipBobCall &call);
};

} // namespace Quayside::Sandbox
