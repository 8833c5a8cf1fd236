#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace Quayside::Sandbox {

// Odoo values travel as JSON; ordered so that read() answers keep the field order Odoo uses.
using Json = nlohmann::ordered_json;

// The server release the emulator pretends to be; it changes field names, context keys and error shapes.
enum class OdooVersion { V17 = 17, V18 = 18, V19 = 19 };

// Python's repr() of a JSON value, as Odoo messages quote leaves, ids and values.
std::string pythonRepr(const Json &value);

} // namespace Quayside::Sandbox
