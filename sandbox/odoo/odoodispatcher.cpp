#include "sandbox/odoo/odoodispatcher.h"

#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooerror.h"

#include <algorithm>
#include <set>

namespace Quayside::Sandbox {

using namespace OdooJson;

namespace {

const std::set<std::string> kReadOnlyMethods { "search",
    "search_read",
    "search_count",
    "read",
    "fields_get",
    "name_search",
    "read_group",
    "check_object_reference",
    "context_get",
    "default_get",
    "exists" };

int intParam(const Json &v, int fallback, const char *name)
{
    if (v.is_null() || v == false)
        return fallback;
    if (!v.is_number_integer())
        throw OdooError::typeError(
            "'" + std::string(v.type_name()) + "' object cannot be interpreted as an integer (" + name + ")");
    return v.get<int>();
}

std::string stringParam(const Json &v)
{
    return v.is_string() ? v.get<std::string>() : std::string();
}

Json idsJson(const std::vector<int> &ids)
{
    Json out = Json::array();
    for (int id : ids)
        out.push_back(id);
    return out;
}

} // namespace

OdooDispatcher::OdooDispatcher(OdooDatabase &database, OdooVersion version)
    : m_database(database)
    , m_version(version)
{
    registerOrmMethods();
}

const OdooMethod &OdooDispatcher::resolve(const std::string &model, const std::string &method, bool json2) const
{
    if (!m_database.models().model(model)) {
        if (json2)
            throw OdooError::notFound("Object " + model + " doesn't exist");
        m_database.model(model); // raises "Object X doesn't exist"
    }
    if (!method.empty() && method[0] == '_') {
        if (json2)
            throw OdooError::notFound(
                "Private methods (such as '" + model + "." + method + "') cannot be called remotely.");
        throw OdooError::accessError(m_version == OdooVersion::V17
                ? "Private methods (such as " + method + ") cannot be called remotely."
                : "Private methods (such as '" + model + "." + method + "') cannot be called remotely.");
    }
    const OdooMethod *spec = m_methods.find(model, method);
    if (!spec) {
        const std::string message = "The method '" + model + "." + method + "' does not exist";
        if (json2)
            throw OdooError::notFound(message);
        throw OdooError::attributeError(message);
    }
    return *spec;
}

std::vector<int> OdooDispatcher::parseIds(const Json &value)
{
    std::vector<int> ids;
    if (value.is_null() || value == false)
        return ids;
    const Json list = value.is_array() ? value : Json::array({ value });
    for (const auto &v : list) {
        if (v.is_number_integer())
            ids.push_back(v.get<int>());
        else if (v.is_array() || v.is_object())
            throw OdooError::typeError("unhashable type: '" + std::string(v.is_array() ? "list" : "dict") + "'");
        else
            throw OdooError::valueError("invalid literal for int() with base 10: " + pythonRepr(v));
    }
    return ids;
}

Json OdooDispatcher::executeKw(
    const std::string &model, const std::string &method, const Json &argsIn, const Json &kwargsIn)
{
    const OdooMethod &spec = resolve(model, method, false);
    if (!argsIn.is_array() && !argsIn.is_null())
        throw OdooError::typeError("odoo.service.model.execute_kw() argument after * must be an iterable, not "
            + std::string(argsIn.type_name()));
    if (!kwargsIn.is_object() && !kwargsIn.is_null())
        throw OdooError::typeError("odoo.service.model.execute_kw() argument after ** must be a mapping, not "
            + std::string(kwargsIn.type_name()));
    const Json args = argsIn.is_array() ? argsIn : Json::array();
    Json kwargs = kwargsIn.is_object() ? kwargsIn : Json::object();
    OdooCall call;
    call.model = model;
    call.method = method;
    if (kwargs.contains("context")) {
        call.context = kwargs["context"].is_object() ? kwargs["context"] : Json::object();
        kwargs.erase("context");
    }
    size_t next = 0;
    if (spec.recordMethod) {
        if (args.empty())
            throw OdooError("builtins.IndexError", "list index out of range");
        call.ids = parseIds(args[0]);
        next = 1;
    }
    const size_t positional = args.size() - next;
    if (positional > spec.params.size())
        throw OdooError::typeError(method + "() takes " + std::to_string(spec.params.size() + 1)
            + " positional arguments but " + std::to_string(positional + 1) + " were given");
    for (size_t i = 0; i < positional; ++i)
        call.params[spec.params[i].name] = args[next + i];
    bindNamed(spec, call, kwargs);
    return run(spec, call);
}

void OdooDispatcher::bindNamed(const OdooMethod &spec, OdooCall &call, const Json &named)
{
    for (const auto &item : named.items()) {
        const std::string &key = item.key(); // not a structured binding: clang before 16 cannot capture one
        const auto it
            = std::find_if(spec.params.begin(), spec.params.end(), [&](const OdooParam &p) { return p.name == key; });
        if (it == spec.params.end())
            throw OdooError::typeError(call.method + "() got an unexpected keyword argument '" + key + "'");
        if (call.params.contains(key))
            throw OdooError::typeError(call.method + "() got multiple values for argument '" + key + "'");
        call.params[key] = item.value();
    }
    for (const auto &p : spec.params) {
        if (call.params.contains(p.name))
            continue;
        if (p.required)
            throw OdooError::typeError(call.method + "() missing 1 required positional argument: '" + p.name + "'");
        call.params[p.name] = p.defaultValue;
    }
}

Json OdooDispatcher::executeNamed(const std::string &model, const std::string &method, const Json &body)
{
    const OdooMethod &spec = resolve(model, method, true);
    OdooCall call;
    call.model = model;
    call.method = method;
    call.json2 = true;
    Json named = Json::object();
    for (const auto &[key, value] : body.items()) {
        if (key == "context") {
            call.context = value.is_object() ? value : Json::object();
        } else if (key == "ids") {
            if (!spec.recordMethod)
                throw OdooError::unprocessable("cannot call " + model + "." + method + " with ids");
            named[key] = value;
        } else {
            named[key] = value;
        }
    }
    // Arguments that do not fit the signature are 422 Unprocessable Entity in JSON-2.
    try {
        if (named.contains("ids")) {
            call.ids = parseIds(named["ids"]);
            named.erase("ids");
        }
        bindNamed(spec, call, named);
    } catch (const OdooError &e) {
        throw OdooError::unprocessable(e.message());
    }
    return run(spec, call);
}

Json OdooDispatcher::run(const OdooMethod &spec, const OdooCall &call)
{
    if (kReadOnlyMethods.count(call.method))
        return spec.handler(call);
    const size_t savepoint = m_database.savepoint();
    try {
        Json result = spec.handler(call);
        m_database.commit();
        return result;
    } catch (...) {
        m_database.rollbackTo(savepoint);
        m_database.commit();
        throw;
    }
}

Json OdooDispatcher::create(const OdooCall &call)
{
    const Json &valsList = call.param("vals_list");
    if (valsList.is_object()) {
        const int id = m_database.create(call.model, valsList, call.context);
        return call.json2 ? Json::array({ id }) : Json(id);
    }
    if (!valsList.is_array())
        throw OdooError::typeError("'" + std::string(valsList.type_name()) + "' object is not iterable");
    Json ids = Json::array();
    for (const auto &vals : valsList)
        ids.push_back(m_database.create(call.model, vals, call.context));
    return ids;
}

void OdooDispatcher::registerOrmMethods()
{
    auto &db = m_database;
    m_methods.add("*",
        "search",
        modelMethod({ { "domain", true }, { "offset", false, 0 }, { "limit" }, { "order" } }, [&db](const OdooCall &c) {
            return idsJson(db.search(c.model,
                c.param("domain"),
                c.context,
                intParam(c.param("offset"), 0, "offset"),
                intParam(c.param("limit"), -1, "limit"),
                stringParam(c.param("order"))));
        }));
    m_methods.add("*",
        "search_read",
        modelMethod({ { "domain" },
                        { "fields" },
                        { "offset", false, 0 },
                        { "limit" },
                        { "order" },
                        { "load", false, "_classic_read" } },
            [&db](const OdooCall &c) {
                const auto ids = db.search(c.model,
                    c.param("domain"),
                    c.context,
                    intParam(c.param("offset"), 0, "offset"),
                    intParam(c.param("limit"), -1, "limit"),
                    stringParam(c.param("order")));
                return db.read(c.model, ids, c.param("fields"), c.context, c.param("load") == "_classic_read");
            }));
    m_methods.add("*", "search_count", modelMethod({ { "domain", true }, { "limit" } }, [&db](const OdooCall &c) {
        const auto ids = db.search(c.model, c.param("domain"), c.context, 0, intParam(c.param("limit"), -1, "limit"));
        return Json(int(ids.size()));
    }));
    m_methods.add(
        "*", "read", recordMethod({ { "fields" }, { "load", false, "_classic_read" } }, [&db](const OdooCall &c) {
            return db.read(c.model, c.ids, c.param("fields"), c.context, c.param("load") == "_classic_read");
        }));
    m_methods.add(
        "*", "create", modelMethod({ { "vals_list", true } }, [this](const OdooCall &c) { return create(c); }));
    m_methods.add("*", "write", recordMethod({ { "vals", true } }, [&db](const OdooCall &c) {
        db.write(c.model, c.ids, c.param("vals"), c.context);
        return Json(true);
    }));
    m_methods.add("*", "unlink", recordMethod({}, [&db](const OdooCall &c) {
        db.unlink(c.model, c.ids);
        return Json(true);
    }));
    m_methods.add("*", "exists", recordMethod({}, [&db](const OdooCall &c) {
        Json ids = Json::array();
        for (int id : c.ids)
            if (db.exists(c.model, id))
                ids.push_back(id);
        return ids;
    }));
    m_methods.add("*", "fields_get", modelMethod({ { "allfields" }, { "attributes" } }, [&db](const OdooCall &c) {
        return db.fieldsGet(c.model, c.param("allfields"), c.param("attributes"));
    }));
    const char *nameSearchDomain = m_version == OdooVersion::V17 ? "args" : "domain";
    m_methods.add("*",
        "name_search",
        modelMethod(
            { { "name", false, "" }, { nameSearchDomain }, { "operator", false, "ilike" }, { "limit", false, 100 } },
            [this](const OdooCall &c) { return nameSearch(c); }));
    m_methods.add("*", "name_create", modelMethod({ { "name", true } }, [&db](const OdooCall &c) {
        const int id = db.create(c.model, { { "name", c.param("name") } }, c.context);
        return Json::array({ id, db.displayName(c.model, id) });
    }));
    m_methods.add("*", "default_get", modelMethod({ { "fields_list", true } }, [](const OdooCall &c) {
        Json out = Json::object();
        for (const auto &f : c.param("fields_list"))
            if (f.is_string() && c.context.contains("default_" + f.get<std::string>()))
                out[f.get<std::string>()] = c.context["default_" + f.get<std::string>()];
        return out;
    }));
    for (const char *method : { "action_archive", "action_unarchive" }) {
        const bool active = std::string(method) == "action_unarchive";
        m_methods.add("*", method, recordMethod({}, [&db, active](const OdooCall &c) {
            if (!db.model(c.model).hasField("active"))
                throw OdooError::userError("This model has no 'active' field.");
            db.write(c.model, c.ids, { { "active", active } }, c.context);
            return Json(true);
        }));
    }
    m_methods.add("*", "load", modelMethod({ { "fields", true }, { "data", true } }, [this](const OdooCall &c) {
        return load(c);
    }));
    m_methods.add("*",
        "read_group",
        modelMethod({ { "domain", true },
                        { "fields", true },
                        { "groupby", true },
                        { "offset", false, 0 },
                        { "limit" },
                        { "orderby", false, false },
                        { "lazy", false, true } },
            [this](const OdooCall &c) { return readGroup(c); }));
    m_methods.add("ir.model.data",
        "check_object_reference",
        modelMethod({ { "module", true }, { "xml_id", true }, { "raise_on_access_error", false, false } },
            [&db](const OdooCall &c) {
                const std::string module = stringParam(c.param("module"));
                const std::string name = stringParam(c.param("xml_id"));
                const auto ids = db.search("ir.model.data",
                    Json::array({ Json::array({ "module", "=", module }), Json::array({ "name", "=", name }) }),
                    Json::object());
                if (ids.empty())
                    throw OdooError::valueError("External ID not found in the system: " + module + "." + name);
                return Json::array(
                    { db.stored("ir.model.data", ids[0], "model"), db.stored("ir.model.data", ids[0], "res_id") });
            }));
    m_methods.add("res.users", "context_get", modelMethod({}, [&db](const OdooCall &) {
        return Json {
            { "lang", db.stored("res.users", 2, "lang") }, { "tz", db.stored("res.users", 2, "tz") }, { "uid", 2 }
        };
    }));
}

Json OdooDispatcher::nameSearch(const OdooCall &c)
{
    const std::string name = stringParam(c.param("name"));
    Json domain = c.param(m_version == OdooVersion::V17 ? "args" : "domain");
    if (!domain.is_array())
        domain = Json::array();
    if (!name.empty())
        domain.push_back(Json::array(
            { "display_name", c.param("operator").is_string() ? c.param("operator") : Json("ilike"), name }));
    const auto ids = m_database.search(c.model, domain, c.context, 0, intParam(c.param("limit"), 100, "limit"));
    Json out = Json::array();
    for (int id : ids)
        out.push_back(Json::array({ id, m_database.displayName(c.model, id) }));
    return out;
}

Json OdooDispatcher::readGroup(const OdooCall &c)
{
    const OdooModel &model = m_database.model(c.model);
    const Json groupbyParam = c.param("groupby");
    const Json groupby = groupbyParam.is_string() ? Json::array({ groupbyParam }) : groupbyParam;
    if (!groupby.is_array() || groupby.empty() || !groupby[0].is_string()
        || !model.hasField(groupby[0].get<std::string>()))
        throw OdooError::valueError("Invalid field " + pythonRepr(groupby) + " on model '" + c.model + "'");
    const std::string key = groupby[0].get<std::string>();
    const OdooField &keyField = *model.field(key);
    std::vector<std::string> sums;
    for (const auto &f : c.param("fields")) {
        std::string name = stringParam(f);
        name = name.substr(0, name.find(':'));
        const OdooField *field = model.field(name);
        if (field && name != key && (field->type == "float" || field->type == "monetary" || field->type == "integer"))
            sums.push_back(name);
    }
    const auto ids = m_database.search(c.model, c.param("domain"), c.context);
    std::vector<std::pair<Json, std::vector<int>>> groups;
    for (int id : ids) {
        const Json value = m_database.value(c.model, id, key, c.context);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == value; });
        if (it == groups.end())
            groups.push_back({ value, { id } });
        else
            it->second.push_back(id);
    }
    // Groups come in the order of the grouped value (a many2one by its name), empty last.
    auto sortKey = [&](const Json &value) {
        if (keyField.type == "many2one" && value.is_number_integer())
            return Json(m_database.displayName(keyField.relation, value.get<int>()));
        return value;
    };
    std::stable_sort(groups.begin(), groups.end(), [&](const auto &a, const auto &b) {
        const bool emptyA = a.first.is_null() || a.first == false;
        const bool emptyB = b.first.is_null() || b.first == false;
        if (emptyA != emptyB)
            return emptyB;
        return sortKey(a.first) < sortKey(b.first);
    });
    Json out = Json::array();
    const bool lazy = c.param("lazy") != false;
    for (const auto &[value, members] : groups) {
        Json row = Json::object();
        row[lazy ? key + "_count" : "__count"] = int(members.size());
        for (const auto &s : sums) {
            double total = 0;
            for (int id : members)
                total += m_database.value(c.model, id, s, c.context).get<double>();
            row[s] = total;
        }
        row[key] = m_database.formatValue(keyField, value);
        Json domain = c.param("domain").is_array() ? c.param("domain") : Json::array();
        domain.insert(domain.begin(), Json::array({ key, "=", value.is_array() ? Json(false) : value }));
        row["__domain"] = domain;
        out.push_back(row);
    }
    return out;
}

Json OdooDispatcher::load(const OdooCall &c)
{
    const Json &fields = c.param("fields");
    const Json &data = c.param("data");
    if (!fields.is_array() || !data.is_array())
        throw OdooError::typeError("load() expects a list of field names and a list of rows");
    const OdooModel &model = m_database.model(c.model);
    Json messages = Json::array();
    Json ids = Json::array();
    auto fail = [&](size_t row, const std::string &field, const std::string &message) {
        messages.push_back({ { "type", "error" },
            { "message", message },
            { "record", int(row) },
            { "field", field },
            { "rows", { { "from", int(row) }, { "to", int(row) } } } });
    };
    auto xmlidTarget = [&](const std::string &xmlid) {
        const auto dot = xmlid.find('.');
        const std::string module = dot == std::string::npos ? "__import__" : xmlid.substr(0, dot);
        const std::string name = dot == std::string::npos ? xmlid : xmlid.substr(dot + 1);
        const auto found = m_database.search("ir.model.data",
            Json::array({ Json::array({ "module", "=", module }), Json::array({ "name", "=", name }) }),
            Json::object());
        return std::make_tuple(module, name, found.empty() ? 0 : found[0]);
    };
    const size_t savepoint = m_database.savepoint();
    for (size_t r = 0; r < data.size(); ++r) {
        const Json &row = data[r];
        Json vals = Json::object();
        std::string xmlid;
        bool ok = row.is_array();
        for (size_t i = 0; ok && i < fields.size() && i < row.size(); ++i) {
            const std::string column = stringParam(fields[i]);
            const Json &cell = row[i];
            const std::string value = cell.is_string() ? cell.get<std::string>()
                : cell.is_null() || cell == false      ? ""
                                                       : cell.dump();
            if (column == "id" || column == ".id") {
                xmlid = column == "id" ? value : xmlid;
                continue;
            }
            const auto slash = column.find('/');
            const std::string base = column.substr(0, slash);
            const std::string suffix = slash == std::string::npos ? "" : column.substr(slash + 1);
            const OdooField *field = model.field(base);
            if (!field) {
                fail(r, column, "Unknown field '" + column + "'");
                ok = false;
                break;
            }
            if (value.empty()) {
                vals[base] = false;
            } else if (suffix == "id") {
                const auto [module, name, imd] = xmlidTarget(value);
                if (!imd) {
                    fail(r,
                        base,
                        "No matching record found for external id '" + value + "' in field '" + field->string + "'");
                    ok = false;
                    break;
                }
                vals[base] = m_database.stored("ir.model.data", imd, "res_id");
            } else if (suffix == ".id") {
                vals[base] = std::stoi(value);
            } else if (field->type == "many2one") {
                const auto found = m_database.search(field->relation,
                    Json::array({ Json::array({ "display_name", "=ilike", value }) }),
                    Json::object(),
                    0,
                    1);
                if (found.empty()) {
                    fail(r, base, "No matching record found for name '" + value + "' in field '" + field->string + "'");
                    ok = false;
                    break;
                }
                vals[base] = found[0];
            } else if (field->type == "boolean") {
                vals[base] = value == "1" || value == "true" || value == "True" || value == "yes";
            } else if (field->type == "integer" || field->type == "float" || field->type == "monetary") {
                try {
                    vals[base] = std::stod(value);
                } catch (const std::exception &) {
                    fail(r, base, "'" + value + "' does not seem to be a number for field '" + field->string + "'");
                    ok = false;
                    break;
                }
            } else {
                vals[base] = value;
            }
        }
        if (!ok)
            continue;
        try {
            const auto [module, name, imd]
                = xmlid.empty() ? std::make_tuple(std::string(), std::string(), 0) : xmlidTarget(xmlid);
            const int existing = imd ? m_database.stored("ir.model.data", imd, "res_id").get<int>() : 0;
            if (existing && m_database.exists(c.model, existing)) {
                m_database.write(c.model, { existing }, vals, c.context);
                ids.push_back(existing);
                continue;
            }
            const int id = m_database.create(c.model, vals, c.context);
            if (imd)
                m_database.update("ir.model.data", imd, { { "res_id", id } });
            else if (!xmlid.empty())
                m_database.create("ir.model.data",
                    { { "module", module }, { "name", name }, { "model", c.model }, { "res_id", id } },
                    Json::object());
            ids.push_back(id);
        } catch (const OdooError &e) {
            fail(r, "", e.message());
        }
    }
    if (!messages.empty()) {
        m_database.rollbackTo(savepoint);
        return Json { { "ids", false }, { "messages", messages }, { "nextrow", 0 } };
    }
    return Json { { "ids", ids }, { "messages", Json::array() }, { "nextrow", 0 } };
}

} // namespace Quayside::Sandbox
