#pragma once

#include "sandbox/shipbob/shipbobcall.h"

namespace Quayside::Sandbox {

// /2026-01/channel, /fulfillment-center, /shipping-method and /inventory-level...: what the merchant has.
class ShipBobCatalogRoutes
{
public:
    static std::optional<HttpResponse> route(const ShipBobCall &call);

private:
    static HttpResponse inventory(const ShipBobCall &call, bool byLocation);
};

} // namespace Quayside::Sandbox
