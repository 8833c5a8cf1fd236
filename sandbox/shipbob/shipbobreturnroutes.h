#pragma once

#include "sandbox/shipbob/shipbobcall.h"

namespace Quayside::Sandbox {

// /2026-01/return...: create (ProblemDetails 400, ApiError 422), list, read and cancel return orders.
class ShipBobReturnRoutes
{
public:
    static std::optional<HttpResponse> route(const ShipBobCall &call);

private:
    static HttpResponse create(const ShipBobCall &call);
    static HttpResponse list(const ShipBobCall &call);
};

} // namespace Quayside::Sandbox
