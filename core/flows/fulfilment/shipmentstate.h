#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Quayside {

// The canonical shipment states (threepl.md §5). Every provider maps its own vocabulary onto these.
enum class ShipmentState {
    Pending,
    Accepted,
    OnHold,
    Picked,
    Packed,
    Shipped,
    InTransit,
    Delivered,
    Exception,
    Returned,
    Cancelled,
};

QString toString(ShipmentState s); // "in_transit"
std::optional<ShipmentState> shipmentStateFromString(const QString &name);

struct ShipmentStatus
{
    ShipmentState state = ShipmentState::Pending;
    QDateTime at; // the provider's time of the change
};

// Decides whether a reported status moves a shipment, so that late, repeated or out-of-order reports never
// move it backwards:
// - a report older than the current status is ignored, and so is a repeat of the current state;
// - along pending < accepted < picked < packed < shipped < in_transit < delivered < returned only forward
//   moves count (skipping is fine; providers rarely report picked/packed);
// - on_hold from pending..packed; exception from any non-terminal state after accepted; from either, a newer
//   report of any other state resumes the line (that is how a hold is released);
// - cancelled from pending..shipped, on_hold or exception; returned from shipped, in_transit, delivered or
//   exception; delivered, returned and cancelled are otherwise terminal.
struct ShipmentStateMachine
{
    static int rank(ShipmentState s); // -1 for on_hold, exception and cancelled
    static bool isTerminal(ShipmentState s);
    // True when `incoming` replaces `current` (no current status: always).
    static bool accepts(const std::optional<ShipmentStatus> &current, const ShipmentStatus &incoming);
    // Whether goods have left the warehouse in this state (the Odoo delivery and Shopify fulfilment follow).
    static bool hasShipped(ShipmentState s);
};

} // namespace Quayside
