#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace Quayside::Sandbox {

// Odoo values travel as JSON; ordered so that read() answers keep the field order Odoo uses.
using Json = nlohmann::ordered_json;

// The server release the emulator pretends to be; it changes field names, context keys and error shapes.
enum class OdooVersion { V17 = 17, V18 = 18, V19 = 19 };

// Python's repr() of a JSON value, as Odoo messages quote leaves, ids and values.
std::string pythonRepr(const Json &value);

// Small readers for Odoo values held as JSON (false/null for empty, ids as integers).
namespace OdooJson {
inline bool isFalsy(const Json &v)
{
    return v.is_null() || (v.is_boolean() && !v.get<bool>());
}
inline int idOf(const Json &v)
{
    return v.is_number_integer() ? v.get<int>() : 0;
}
inline double num(const Json &v)
{
    return v.is_number() ? v.get<double>() : 0.0;
}
inline std::string text(const Json &v)
{
    return v.is_string() ? v.get<std::string>() : std::string();
}
// An id or a list of ids as a vector; anything else is skipped.
inline std::vector<int> idList(const Json &v)
{
    std::vector<int> ids;
    if (v.is_number_integer())
        ids.push_back(v.get<int>());
    else if (v.is_array())
        for (const auto &x : v)
            if (x.is_number_integer())
                ids.push_back(x.get<int>());
    return ids;
}
} // namespace OdooJson

} // namespace Quayside::Sandbox
