#pragma once

#include "sandbox/odoo/odootypes.h"

#include <QByteArray>

#include <optional>
#include <string>

namespace Quayside::Sandbox {

// XML-RPC marshalling as Odoo's /xmlrpc endpoints do it (Python's xmlrpc.client layout, allow_none=False).
class OdooXmlRpc
{
public:
    struct Call
    {
        std::string method;
        Json params = Json::array();
    };

    // nullopt when the body is not a well-formed methodCall.
    static std::optional<Call> parseCall(const QByteArray &body);
    // Throws std::invalid_argument when the value holds a None (Python cannot marshal it).
    static QByteArray response(const Json &value);
    static QByteArray fault(const Json &faultCode, const std::string &faultString);
    static bool containsNull(const Json &value);
};

} // namespace Quayside::Sandbox
