#include "sandbox/odoo/odoomethodtable.h"

namespace Quayside::Sandbox {

const Json &OdooCall::param(const std::string &name) const
{
    static const Json null;
    const auto it = params.find(name);
    return it == params.end() ? null : *it;
}

void OdooMethodTable::add(const std::string &model, const std::string &method, OdooMethod spec)
{
    m_methods[{ model, method }] = std::move(spec);
}

const OdooMethod *OdooMethodTable::find(const std::string &model, const std::string &method) const
{
    auto it = m_methods.find({ model, method });
    if (it == m_methods.end())
        it = m_methods.find({ "*", method });
    return it == m_methods.end() ? nullptr : &it->second;
}

} // namespace Quayside::Sandbox
