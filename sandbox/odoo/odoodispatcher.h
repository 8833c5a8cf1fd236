#pragma once

#include "sandbox/odoo/odoomethodtable.h"
#include "sandbox/odoo/odootypes.h"

#include <string>

namespace Quayside::Sandbox {

class OdooDatabase;

// Model method calls as execute_kw (positional args + kwargs) and JSON-2 (named args + ids) make them:
// model and method checks (unknown model, private or unknown method), Python-style argument binding,
// one transaction per call (rolled back when the call raises), and the ORM's public methods.
class OdooDispatcher
{
public:
    OdooDispatcher(OdooDatabase &database, OdooVersion version);

    OdooMethodTable &methods() { return m_methods; }

    Json executeKw(const std::string &model, const std::string &method, const Json &args, const Json &kwargs);
    // JSON-2: binding and lookup errors are raised as werkzeug NotFound / UnprocessableEntity.
    Json executeNamed(const std::string &model, const std::string &method, const Json &body);

private:
    const OdooMethod &resolve(const std::string &model, const std::string &method, bool json2) const;
    Json run(const OdooMethod &spec, const OdooCall &call);
    static std::vector<int> parseIds(const Json &value);
    // Binds named arguments to the signature and fills defaults; TypeError as Python raises it.
    static void bindNamed(const OdooMethod &spec, OdooCall &call, const Json &named);
    void registerOrmMethods();
    Json create(const OdooCall &call);
    Json load(const OdooCall &call);
    Json nameSearch(const OdooCall &call);
    Json readGroup(const OdooCall &call);

    OdooDatabase &m_database;
    OdooVersion m_version;
    OdooMethodTable m_methods;
};

} // namespace Quayside::Sandbox
