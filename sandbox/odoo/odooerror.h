#pragma once

#include "sandbox/odoo/odootypes.h"

#include <stdexcept>
#include <string>

namespace Quayside::Sandbox {

// An exception as Odoo serializes it: "odoo.exceptions.UserError", "builtins.ValueError", ...
// Thrown anywhere below the transports and turned into the JSON-RPC error envelope, the JSON-2 status
// and body, or the XML-RPC fault.
class OdooError : public std::runtime_error
{
public:
    OdooError(std::string name, std::string message);

    const std::string &name() const { return m_name; }
    const std::string &message() const { return m_message; }
    // The HTTP status JSON-2 (Odoo 19) answers this exception with.
    int json2Status() const;
    // The /xmlrpc/2 faultCode: 4 AccessError, 3 AccessDenied, 2 other UserError, 1 anything else.
    int xmlrpcFaultCode() const;
    // serialize_exception(): {name, debug, message, arguments, context}.
    Json serialize() const;

    static OdooError userError(const std::string &message);
    static OdooError validationError(const std::string &message);
    static OdooError accessError(const std::string &message);
    static OdooError accessDenied();
    static OdooError missingError(const std::string &message);
    static OdooError valueError(const std::string &message);
    static OdooError typeError(const std::string &message);
    static OdooError attributeError(const std::string &message);
    // werkzeug exceptions, only raised by the JSON-2 transport.
    static OdooError notFound(const std::string &message);
    static OdooError unprocessable(const std::string &message);

private:
    std::string m_name;
    std::string m_message;
};

} // namespace Quayside::Sandbox
