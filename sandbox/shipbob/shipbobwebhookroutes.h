#pragma once

#include "sandbox/shipbob/shipbobcall.h"

namespace Quayside::Sandbox {

// /2026-01/webhook: subscribe (topics, url, optional whsec_ secret), list with cursor paging, delete.
class ShipBobWebhookRoutes
{
public:
    static std::optional<HttpResponse> route(const ShipBobCall &call);

private:
    static HttpResponse create(const ShipBobCall &call);
    static HttpResponse list(const ShipBobCall &call);
};

} // namespace Quayside::Sandbox
