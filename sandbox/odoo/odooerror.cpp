#include "sandbox/odoo/odooerror.h"

namespace Quayside::Sandbox {

namespace {
bool isUserErrorFamily(const std::string &name)
{
    return name == "odoo.exceptions.UserError" || name == "odoo.exceptions.ValidationError"
        || name == "odoo.exceptions.MissingError" || name == "odoo.exceptions.RedirectWarning";
}
} // namespace

std::string pythonRepr(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return "None";
    case Json::value_t::boolean:
        return value.get<bool>() ? "True" : "False";
    case Json::value_t::string: {
        std::string out = "'";
        for (char c : value.get<std::string>()) {
            if (c == '\'' || c == '\\')
                out += '\\';
            if (c == '\n') {
                out += "\\n";
                continue;
            }
            out += c;
        }
        return out + "'";
    }
    case Json::value_t::array: {
        std::string out = "[";
        for (size_t i = 0; i < value.size(); ++i)
            out += (i ? ", " : "") + pythonRepr(value[i]);
        return out + "]";
    }
    case Json::value_t::object: {
        std::string out = "{";
        bool first = true;
        for (const auto &[key, item] : value.items()) {
            out += (first ? "'" : ", '") + key + "': " + pythonRepr(item);
            first = false;
        }
        return out + "}";
    }
    default:
        return value.dump();
    }
}

OdooError::OdooError(std::string name, std::string message)
    : std::runtime_error(message)
    , m_name(std::move(name))
    , m_message(std::move(message))
{ }

int OdooError::json2Status() const
{
    if (m_name == "werkzeug.exceptions.NotFound" || m_name == "odoo.exceptions.MissingError")
        return 404;
    if (m_name == "werkzeug.exceptions.UnprocessableEntity" || isUserErrorFamily(m_name))
        return 422;
    if (m_name == "odoo.exceptions.AccessError" || m_name == "odoo.exceptions.AccessDenied")
        return 403;
    return 500;
}

int OdooError::xmlrpcFaultCode() const
{
    if (m_name == "odoo.exceptions.AccessError")
        return 4;
    if (m_name == "odoo.exceptions.AccessDenied")
        return 3;
    if (isUserErrorFamily(m_name))
        return 2;
    return 1;
}

Json OdooError::serialize() const
{
    const auto dot = m_name.rfind('.');
    const std::string shortName = dot == std::string::npos ? m_name : m_name.substr(dot + 1);
    Json data = Json::object();
    data["name"] = m_name;
    data["debug"] = "Traceback (most recent call last):\n  File \"odoo/http.py\", in _serve_db\n" + shortName + ": "
        + m_message + "\n";
    data["message"] = m_message;
    data["arguments"] = Json::array({ m_message });
    data["context"] = Json::object();
    return data;
}

OdooError OdooError::userError(const std::string &message)
{
    return { "odoo.exceptions.UserError", message };
}

OdooError OdooError::validationError(const std::string &message)
{
    return { "odoo.exceptions.ValidationError", message };
}

OdooError OdooError::accessError(const std::string &message)
{
    return { "odoo.exceptions.AccessError", message };
}

OdooError OdooError::accessDenied()
{
    return { "odoo.exceptions.AccessDenied", "Access Denied" };
}

OdooError OdooError::missingError(const std::string &message)
{
    return { "odoo.exceptions.MissingError", message };
}

OdooError OdooError::valueError(const std::string &message)
{
    return { "builtins.ValueError", message };
}

OdooError OdooError::typeError(const std::string &message)
{
    return { "builtins.TypeError", message };
}

OdooError OdooError::attributeError(const std::string &message)
{
    return { "builtins.AttributeError", message };
}

OdooError OdooError::notFound(const std::string &message)
{
    return { "werkzeug.exceptions.NotFound", message };
}

OdooError OdooError::unprocessable(const std::string &message)
{
    return { "werkzeug.exceptions.UnprocessableEntity", message };
}

} // namespace Quayside::Sandbox
