#pragma once

#include "sandbox/shipbob/shipbobstate.h"

#include <nlohmann/json.hpp>

namespace Quayside::Sandbox::ShipBobJson {

// Serializers to the 2026-01 response schemas; only the fields the spec names, nulls where it allows them.
nlohmann::json time(qint64 ms); // ISO 8601 UTC, or null for 0
nlohmann::json order(const ShipBobOrder &order, const ShipBobState &state); // Orders.OrderViewModel
nlohmann::json shipment(const ShipBobShipment &shipment, const ShipBobState &state); // Orders.ShipmentViewModel
nlohmann::json timeline(const ShipBobShipment &shipment); // Orders.ShipmentLogViewModelArray
nlohmann::json tracking(const ShipBobShipment &shipment); // Tracking.ShipmentTrackingResponse
nlohmann::json returnOrder(const ShipBobReturn &ret, const ShipBobState &state, bool v1); // Returns.PublicReturn(V1)Dto
nlohmann::json inventoryTotals(const ShipBobInventoryItem &item); // Inventory.InventoryQuantityResponse
nlohmann::json inventoryByLocation(const ShipBobInventoryItem &item, const ShipBobState &state);
nlohmann::json fulfillmentCenter(const ShipBobState &state); // Receiving.FulfillmentCenterViewModel
nlohmann::json modelErrors(const ShipBobModelErrors &errors); // { "field": ["message"] }

} // namespace Quayside::Sandbox::ShipBobJson
