#pragma once

#include "sandbox/shipbob/shipbobcall.h"

namespace Quayside::Sandbox {

// /2026-01/order..., /shipment..., /shipments-tracking: create, read, filter, cancel, timeline, tracking.
class ShipBobOrderRoutes
{
public:
    static std::optional<HttpResponse> route(const ShipBobCall &call);

private:
    static HttpResponse create(const ShipBobCall &call);
    static HttpResponse list(const ShipBobCall &call);
    static HttpResponse cancelOrder(const ShipBobCall &call, int orderId);
    static HttpResponse cancelShipment(const ShipBobCall &call, int shipmentId);
    static HttpResponse batchCancel(const ShipBobCall &call);
    static HttpResponse batchTrackingUpload(const ShipBobCall &call);
    static HttpResponse tracking(const ShipBobCall &call);
};

} // namespace Quayside::Sandbox
