#include "sandbox/shipbob/shipbobsimulationroutes.h"

#include "sandbox/shipbob/shipbobjson.h"

namespace Quayside::Sandbox {

using nlohmann::json;
using namespace ShipBobReply;

namespace {
constexpr int kMaxChain = 5;
constexpr int kMaxDelayMinutes = 2880;

json statusJson(const ShipBobSimulation &sim, int index)
{
    const auto &step = sim.steps.at(index);
    json out = { { "action", step.action.toStdString() },
        { "status", step.status.toStdString() },
        { "message", step.message.isEmpty() ? json(nullptr) : json(step.message.toStdString()) },
        { "schedule_time",
            step.delayMinutes > 0 && step.scheduleMs > 0 ? ShipBobJson::time(step.scheduleMs) : json(nullptr) },
        { "next", index + 1 < sim.steps.size() ? statusJson(sim, index + 1) : json(nullptr) } };
    if (index == 0) {
        out["simulation_id"] = sim.id.toStdString();
        out["entity_id"] = std::to_string(sim.shipmentId);
        out["entity_type"] = "Shipment";
    }
    return out;
}
} // namespace

std::optional<HttpResponse> ShipBobSimulationRoutes::route(const ShipBobCall &call)
{
    if (call.segments.at(0) != QStringLiteral("simulate") || call.segments.size() < 2)
        return std::nullopt;
    if (call.is("POST", 2) && call.segments.at(1) == QStringLiteral("shipment"))
        return simulate(call);
    if (call.is("GET", 3) && call.segments.at(1) == QStringLiteral("status")) {
        const auto *sim = call.state.simulation(call.segments.at(2));
        return sim ? jsonReply(200, statusJson(*sim, 0)) : empty(404);
    }
    return std::nullopt;
}

HttpResponse ShipBobSimulationRoutes::simulate(const ShipBobCall &call)
{
    const json doc = json::parse(call.request.body.toStdString(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return modelError(400, "$", "The request body is not valid JSON.");
    if (!doc.contains("shipment_id") || !doc["shipment_id"].is_number_integer())
        return modelError(400, "shipment_id", "The shipment_id field is required.");
    // The action may sit at the top level or under "simulation", as the two versions of the guide show it.
    const json *node = doc.contains("simulation") && doc["simulation"].is_object() ? &doc["simulation"] : &doc;
    QList<ShipBobSimulationStep> steps;
    while (node && !node->is_null()) {
        if (steps.size() == kMaxChain)
            return modelError(400, "next", "At most 5 actions can be chained.");
        const QString action = node->contains("action") && (*node)["action"].is_string()
            ? QString::fromStdString((*node)["action"].get<std::string>())
            : QString();
        if (action != QStringLiteral("ShipOrder") && action != QStringLiteral("DeliverOrder"))
            return modelError(400, "action", "The action must be ShipOrder or DeliverOrder.");
        ShipBobSimulationStep step;
        step.action = action;
        if (node->contains("delay") && !(*node)["delay"].is_null()) {
            if (!(*node)["delay"].is_number_integer() || (*node)["delay"].get<int>() < 1)
                return modelError(400, "delay", "The delay must be a number of minutes from 1 to 2880.");
            step.delayMinutes = std::min((*node)["delay"].get<int>(), kMaxDelayMinutes);
        }
        steps << step;
        node = node->contains("next") && (*node)["next"].is_object() ? &(*node)["next"] : nullptr;
    }
    const int shipmentId = doc["shipment_id"].get<int>();
    const auto *s = call.state.shipment(shipmentId);
    const auto *order = s ? call.state.order(s->orderId) : nullptr;
    if (!order || order->channelId != call.channelId)
        return modelError(422, "shipment_id", "Shipment " + std::to_string(shipmentId) + " was not found.");
    QString error;
    const QString id = call.state.simulate(shipmentId, steps, error);
    if (id.isEmpty())
        return modelError(422, "shipment_id", error.toStdString());
    return jsonReply(
        200, { { "simulation_id", id.toStdString() }, { "message", "Simulation registered successfully" } });
}

} // namespace Quayside::Sandbox
