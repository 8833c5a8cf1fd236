#pragma once

#include "sandbox/odoo/odootypes.h"

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace Quayside::Sandbox {

// One bound call of a model method, whatever the transport: ids for record methods, the named
// arguments after Python-style binding, and the call's whole context.
struct OdooCall
{
    std::string model;
    std::string method;
    std::vector<int> ids;
    Json params = Json::object();
    Json context = Json::object();
    bool json2 = false; // JSON-2 downgrades recordsets to id lists (create returns [id])

    const Json &param(const std::string &name) const;
};

struct OdooParam
{
    std::string name;
    bool required = false;
    Json defaultValue = nullptr;
};

// A public model method: whether it takes ids (record method) or not (@api.model), its signature, and
// its implementation. A null Json return value is Python's None.
struct OdooMethod
{
    bool recordMethod = true;
    std::vector<OdooParam> params;
    std::function<Json(const OdooCall &)> handler;
};

inline OdooMethod recordMethod(std::vector<OdooParam> params, std::function<Json(const OdooCall &)> handler)
{
    return { true, std::move(params), std::move(handler) };
}

inline OdooMethod recordMethod(std::function<Json(const OdooCall &)> handler)
{
    return recordMethod({}, std::move(handler));
}

inline OdooMethod modelMethod(std::vector<OdooParam> params, std::function<Json(const OdooCall &)> handler)
{
    return { false, std::move(params), std::move(handler) };
}

class OdooMethodTable
{
public:
    // model "*" registers a method every model has (search, read, ...); specific models win.
    void add(const std::string &model, const std::string &method, OdooMethod spec);
    const OdooMethod *find(const std::string &model, const std::string &method) const;

private:
    std::map<std::pair<std::string, std::string>, OdooMethod> m_methods;
};

} // namespace Quayside::Sandbox
