#include "core/flows/fulfilment/shipmentstate.h"

#include <array>

namespace Quayside {

namespace {
struct Name
{
    ShipmentState state;
    const char *name;
};
constexpr std::array<Name, 11> kNames { { { ShipmentState::Pending, "pending" },
    { ShipmentState::Accepted, "accepted" },
    { ShipmentState::OnHold, "on_hold" },
    { ShipmentState::Picked, "picked" },
    { ShipmentState::Packed, "packed" },
    { ShipmentState::Shipped, "shipped" },
    { ShipmentState::InTransit, "in_transit" },
    { ShipmentState::Delivered, "delivered" },
    { ShipmentState::Exception, "exception" },
    { ShipmentState::Returned, "returned" },
    { ShipmentState::Cancelled, "cancelled" } } };
} // namespace

QString toString(ShipmentState s)
{
    for (const auto &n : kNames)
        if (n.state == s)
            return QString::fromLatin1(n.name);
    return QString();
}

std::optional<ShipmentState> shipmentStateFromString(const QString &name)
{
    for (const auto &n : kNames)
        if (name == QLatin1String(n.name))
            return n.state;
    return std::nullopt;
}

int ShipmentStateMachine::rank(ShipmentState s)
{
    switch (s) {
    case ShipmentState::Pending:
        return 0;
    case ShipmentState::Accepted:
        return 1;
    case ShipmentState::Picked:
        return 2;
    case ShipmentState::Packed:
        return 3;
    case ShipmentState::Shipped:
        return 4;
    case ShipmentState::InTransit:
        return 5;
    case ShipmentState::Delivered:
        return 6;
    case ShipmentState::Returned:
        return 7;
    case ShipmentState::OnHold:
    case ShipmentState::Exception:
    case ShipmentState::Cancelled:
        break;
    }
    return -1;
}

bool ShipmentStateMachine::isTerminal(ShipmentState s)
{
    return s == ShipmentState::Delivered || s == ShipmentState::Returned || s == ShipmentState::Cancelled;
}

bool ShipmentStateMachine::hasShipped(ShipmentState s)
{
    return s == ShipmentState::Shipped || s == ShipmentState::InTransit || s == ShipmentState::Delivered
        || s == ShipmentState::Returned;
}

bool ShipmentStateMachine::accepts(const std::optional<ShipmentStatus> &current, const ShipmentStatus &incoming)
{
    if (!current)
        return true;
    const ShipmentState from = current->state;
    const ShipmentState to = incoming.state;
    if (to == from)
        return false; // a repeat
    if (current->at.isValid() && incoming.at.isValid() && incoming.at < current->at)
        return false; // late: something newer is already known
    const int fromRank = rank(from);
    const int toRank = rank(to);
    switch (to) {
    case ShipmentState::OnHold:
        return (fromRank >= 0 && fromRank <= rank(ShipmentState::Packed)) || from == ShipmentState::Exception;
    case ShipmentState::Exception:
        return !isTerminal(from) && from != ShipmentState::Pending;
    case ShipmentState::Cancelled:
        return (fromRank >= 0 && fromRank <= rank(ShipmentState::Shipped)) || from == ShipmentState::OnHold
            || from == ShipmentState::Exception;
    case ShipmentState::Returned:
        return from == ShipmentState::Shipped || from == ShipmentState::InTransit || from == ShipmentState::Delivered
            || from == ShipmentState::Exception;
    default:
        break;
    }
    if (from == ShipmentState::OnHold || from == ShipmentState::Exception)
        return true; // a newer report resumes the line
    if (from == ShipmentState::Cancelled || from == ShipmentState::Returned)
        return false;
    return toRank > fromRank;
}

} // namespace Quayside
