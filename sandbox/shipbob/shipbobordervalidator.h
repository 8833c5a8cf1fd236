#pragma once

#include "sandbox/shipbob/shipbobstate.h"

#include <QByteArray>

namespace Quayside::Sandbox {

// Reads a POST /2026-01/order body (Orders.CreateOrderModel) the way ShipBob's model binding does: invalid
// JSON, wrong types, missing required fields and over-long strings become ModelState errors (400); the
// rest becomes a ShipBobOrder whose lines name products by reference_id or by id.
class ShipBobOrderValidator
{
public:
    static ShipBobOrder parse(const QByteArray &body, ShipBobModelErrors &errors);
};

} // namespace Quayside::Sandbox
