#include "sandbox/odoo/odoodatabase.h"

#include "sandbox/odoo/odoodomain.h"
#include "sandbox/odoo/odooerror.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace Quayside::Sandbox {

using namespace OdooJson;

namespace {

Json emptyValue(const OdooField &field)
{
    if (field.type == "one2many" || field.type == "many2many")
        return Json::array();
    if (field.type == "integer")
        return 0;
    if (field.type == "float" || field.type == "monetary")
        return 0.0;
    return false;
}

// Index keys: numbers compare by value in domains (1 = 1.0), so they are kept as doubles.
Json indexKey(const Json &value)
{
    return value.is_number() ? Json(value.get<double>()) : value;
}

bool indexable(const Json &value)
{
    return (value.is_string() && !value.get_ref<const std::string &>().empty())
        || (value.is_number() && value.get<double>() != 0);
}

// Calls f with the index keys of a stored value: the value itself, or each element of a stored id list.
template <typename F>
void forEachKey(const Json &value, F f)
{
    if (value.is_array()) {
        for (const auto &element : value)
            if (indexable(element))
                f(indexKey(element));
    } else if (indexable(value)) {
        f(indexKey(value));
    }
}

std::string recordRepr(const std::string &model, const std::vector<int> &ids)
{
    std::string out = model + "(";
    for (size_t i = 0; i < ids.size(); ++i)
        out += (i ? ", " : "") + std::to_string(ids[i]);
    return out + (ids.size() == 1 ? ",)" : ")");
}

bool validDate(const std::string &s, bool withTime)
{
    const std::string shape = withTime ? "dddd-dd-dd dd:dd:dd" : "dddd-dd-dd";
    if (s.size() != shape.size())
        return false;
    for (size_t i = 0; i < s.size(); ++i)
        if (shape[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(s[i])) : s[i] != shape[i])
            return false;
    return true;
}

} // namespace

OdooDatabase::OdooDatabase(OdooModels *models, int uid)
    : m_models(models)
    , m_uid(uid)
{ }

const OdooModel &OdooDatabase::model(const std::string &name) const
{
    const OdooModel *m = m_models->model(name);
    if (!m)
        throw OdooError::userError("Object " + name + " doesn't exist");
    return *m;
}

std::string OdooDatabase::now()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
}

std::string OdooDatabase::today()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd")).toStdString();
}

void OdooDatabase::remember(const std::string &model, int id)
{
    const Json *current = record(model, id);
    m_undo.push_back({ model, id, current ? std::optional<Json>(*current) : std::nullopt });
}

void OdooDatabase::rollbackTo(size_t savepoint)
{
    while (m_undo.size() > savepoint) {
        Undo undo = std::move(m_undo.back());
        m_undo.pop_back();
        unindexRecord(undo.model, undo.id);
        if (undo.before) {
            m_records[undo.model][undo.id] = std::move(*undo.before);
            indexRecord(undo.model, undo.id);
        } else {
            m_records[undo.model].erase(undo.id);
        }
    }
}

int OdooDatabase::insert(const std::string &model, Json vals, int forcedId)
{
    int &last = m_lastId[model];
    const int id = forcedId > 0 ? forcedId : ++last;
    last = std::max(last, id);
    const std::string stamp = now();
    vals["id"] = id;
    vals["create_date"] = stamp;
    vals["write_date"] = stamp;
    vals["create_uid"] = m_uid;
    vals["write_uid"] = m_uid;
    remember(model, id);
    unindexRecord(model, id);
    m_records[model][id] = std::move(vals);
    indexRecord(model, id);
    return id;
}

void OdooDatabase::update(const std::string &model, int id, const Json &vals)
{
    auto &records = m_records[model];
    const auto it = records.find(id);
    if (it == records.end())
        return;
    remember(model, id);
    unindexRecord(model, id);
    for (const auto &[key, value] : vals.items())
        it->second[key] = value;
    it->second["write_date"] = now();
    it->second["write_uid"] = m_uid;
    indexRecord(model, id);
}

void OdooDatabase::remove(const std::string &model, int id)
{
    if (!exists(model, id))
        return;
    remember(model, id);
    unindexRecord(model, id);
    m_records[model].erase(id);
}

const OdooDatabase::Index &OdooDatabase::index(const std::string &model, const std::string &field) const
{
    auto &byField = m_indexes[model];
    const auto found = byField.find(field);
    if (found != byField.end())
        return found->second;
    Index &built = byField[field];
    const auto records = m_records.find(model);
    if (records != m_records.end())
        for (const auto &entry : records->second) {
            const int id = entry.first;
            if (const auto it = entry.second.find(field); it != entry.second.end())
                forEachKey(*it, [&](const Json &key) { built[key].insert(id); });
        }
    return built;
}

void OdooDatabase::unindexRecord(const std::string &model, int id)
{
    forEachIndexKey(model, id, [id](Index &idx, const Json &key) {
        const auto entry = idx.find(key);
        if (entry == idx.end())
            return;
        entry->second.erase(id);
        if (entry->second.empty())
            idx.erase(entry);
    });
}

void OdooDatabase::indexRecord(const std::string &model, int id)
{
    forEachIndexKey(model, id, [id](Index &idx, const Json &key) { idx[key].insert(id); });
}

void OdooDatabase::forEachIndexKey(
    const std::string &model, int id, const std::function<void(Index &, const Json &)> &visit)
{
    const auto byField = m_indexes.find(model);
    const Json *rec = record(model, id);
    if (byField == m_indexes.end() || !rec)
        return;
    for (auto &entry : byField->second) {
        Index &idx = entry.second;
        if (const auto it = rec->find(entry.first); it != rec->end())
            forEachKey(*it, [&](const Json &key) { visit(idx, key); });
    }
}

std::vector<int> OdooDatabase::idsWhere(const std::string &model, const std::string &field, const Json &value) const
{
    std::vector<int> ids;
    if (!indexable(value)) {
        for (int id : allIds(model))
            if (stored(model, id, field) == value)
                ids.push_back(id);
        return ids;
    }
    const Index &idx = index(model, field);
    if (const auto hit = idx.find(indexKey(value)); hit != idx.end())
        ids.assign(hit->second.begin(), hit->second.end());
    return ids;
}

std::vector<int> OdooDatabase::searchCandidates(const OdooModel &m, const OdooDomain &domain) const
{
    for (const auto &[fieldName, values] : domain.equalityTerms()) {
        std::set<int> ids;
        if (fieldName == "id") {
            for (const auto &v : values)
                if (v.is_number_integer() && exists(m.name, v.get<int>()))
                    ids.insert(v.get<int>());
            return { ids.begin(), ids.end() };
        }
        // A string against a many2one is a name search, and false matches records without the field:
        // the index answers neither.
        const bool relational = !m.field(fieldName)->relation.empty();
        if (!std::all_of(values.begin(), values.end(), [&](const Json &v) {
                return indexable(v) && (!relational || v.is_number_integer());
            }))
            continue;
        const Index &idx = index(m.name, fieldName);
        for (const auto &v : values) {
            const auto hit = idx.find(indexKey(v));
            if (hit != idx.end())
                ids.insert(hit->second.begin(), hit->second.end());
        }
        return { ids.begin(), ids.end() };
    }
    return allIds(m.name);
}

bool OdooDatabase::exists(const std::string &model, int id) const
{
    return record(model, id) != nullptr;
}

const Json *OdooDatabase::record(const std::string &model, int id) const
{
    const auto records = m_records.find(model);
    if (records == m_records.end())
        return nullptr;
    const auto it = records->second.find(id);
    return it == records->second.end() ? nullptr : &it->second;
}

std::vector<int> OdooDatabase::allIds(const std::string &model) const
{
    std::vector<int> ids;
    const auto records = m_records.find(model);
    if (records != m_records.end())
        for (const auto &[id, rec] : records->second)
            ids.push_back(id);
    return ids;
}

int OdooDatabase::nextId(const std::string &model) const
{
    const auto it = m_lastId.find(model);
    return (it == m_lastId.end() ? 0 : it->second) + 1;
}

Json OdooDatabase::stored(const std::string &model, int id, const std::string &field) const
{
    const Json *rec = record(model, id);
    if (!rec)
        return false;
    const auto it = rec->find(field);
    return it == rec->end() || it->is_null() ? Json(false) : *it;
}

Json OdooDatabase::value(const std::string &modelName, int id, const std::string &fieldName, const Json &context) const
{
    const Json *rec = record(modelName, id);
    if (!rec)
        return false;
    if (fieldName == "id")
        return id;
    const OdooField *field = model(modelName).field(fieldName);
    if (!field)
        return false;
    if (field->type == "one2many" && !field->inverse.empty()) {
        Json ids = Json::array();
        const Index &children = index(field->relation, field->inverse);
        const auto hit = children.find(indexKey(Json(id)));
        if (hit != children.end())
            for (int cid : hit->second)
                if (stored(field->relation, cid, field->inverse) == Json(id))
                    ids.push_back(cid);
        return ids;
    }
    if (!field->store && m_hooks.compute)
        return m_hooks.compute(modelName, *rec, fieldName, context);
    const auto it = rec->find(fieldName);
    return it == rec->end() || it->is_null() ? emptyValue(*field) : *it;
}

std::string OdooDatabase::displayName(const std::string &model, int id) const
{
    const Json name = value(model, id, "display_name");
    return name.is_string() ? name.get<std::string>() : std::string();
}

void OdooDatabase::ensureExist(const std::string &model, const std::vector<int> &ids) const
{
    std::vector<int> missing;
    for (int id : ids)
        if (!exists(model, id))
            missing.push_back(id);
    if (!missing.empty())
        throw OdooError::missingError("Record does not exist or has been deleted.\n(Record: "
            + recordRepr(model, missing) + ", User: " + std::to_string(m_uid) + ")");
}

Json OdooDatabase::normalizeValue(const OdooModel &model, const OdooField &field, const Json &value) const
{
    const std::string &t = field.type;
    if (isFalsy(value) && t != "integer" && t != "float" && t != "monetary")
        return false;
    if (t == "many2one") {
        Json id = value.is_array() && !value.empty() ? value[0] : value;
        if (id.is_string())
            throw OdooError::valueError("invalid literal for int() with base 10: " + pythonRepr(id));
        if (!id.is_number())
            throw OdooError::typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + std::string(id.type_name()) + "'");
        return int(id.get<double>());
    }
    if (t == "integer" || t == "float" || t == "monetary") {
        if (isFalsy(value))
            return t == "integer" ? Json(0) : Json(0.0);
        if (value.is_boolean())
            return t == "integer" ? Json(value.get<bool>() ? 1 : 0) : Json(value.get<bool>() ? 1.0 : 0.0);
        if (value.is_string()) {
            try {
                size_t used = 0;
                const double d = std::stod(value.get<std::string>(), &used);
                if (used == value.get<std::string>().size())
                    return t == "integer" ? Json(int(d)) : Json(d);
            } catch (const std::exception &) { }
            throw OdooError::valueError(
                (t == "integer" ? "invalid literal for int() with base 10: " : "could not convert string to float: ")
                + pythonRepr(value));
        }
        if (!value.is_number())
            throw OdooError::typeError(std::string(t == "integer" ? "int" : "float")
                + "() argument must be a string or a real number, not '" + value.type_name() + "'");
        return t == "integer" ? Json(int(value.get<double>())) : Json(value.get<double>());
    }
    if (t == "boolean")
        return !isFalsy(value) && !(value.is_number() && value.get<double>() == 0);
    if (t == "selection") {
        for (const auto &option : field.selection)
            if (option[0] == value)
                return value;
        throw OdooError::valueError("Wrong value for " + model.name + "." + field.name + ": " + pythonRepr(value));
    }
    if (t == "date" || t == "datetime") {
        std::string s = value.is_string() ? value.get<std::string>() : value.dump();
        if (t == "datetime" && validDate(s, false))
            s += " 00:00:00";
        if (t == "date" && validDate(s.substr(0, 10), false))
            s = s.substr(0, 10);
        if (!validDate(s, t == "datetime"))
            throw OdooError::valueError("time data " + pythonRepr(value) + " does not match format '"
                + (t == "date" ? "%Y-%m-%d'" : "%Y-%m-%d %H:%M:%S'"));
        return s;
    }
    if (value.is_string())
        return value;
    if (value.is_number())
        return value.dump();
    return pythonRepr(value);
}

void OdooDatabase::checkRequired(const OdooModel &model, const Json &record) const
{
    for (const auto &field : model.fields) {
        if (!field.required || !field.store || field.type == "one2many" || field.type == "many2many"
            || field.type == "boolean" || field.type == "integer" || field.type == "float" || field.type == "monetary")
            continue;
        const auto it = record.find(field.name);
        if (it == record.end() || isFalsy(*it))
            throw OdooError::validationError(
                "The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: another "
                "model requires the record being deleted. If possible, archive it instead.\n\nModel: "
                + model.description + " (" + model.name + ")\nField: " + field.string + " (" + field.name + ")\n");
    }
}

int OdooDatabase::create(const std::string &modelName, const Json &valsIn, const Json &context)
{
    const OdooModel &m = model(modelName);
    if (!valsIn.is_object())
        throw OdooError::attributeError("'" + std::string(valsIn.type_name()) + "' object has no attribute 'keys'");
    for (const auto &[key, v] : valsIn.items())
        if (!m.hasField(key))
            throw OdooError::valueError("Invalid field '" + key + "' on model '" + modelName + "'");
    Json vals = valsIn;
    if (context.is_object())
        for (const auto &[key, v] : context.items())
            if (key.rfind("default_", 0) == 0 && !vals.contains(key.substr(8)) && m.hasField(key.substr(8)))
                vals[key.substr(8)] = v;
    if (m_hooks.defaults)
        m_hooks.defaults(modelName, vals, context);

    Json record = Json::object();
    Json relational = Json::object();
    for (const auto &[key, v] : vals.items()) {
        const OdooField &field = *m.field(key);
        if (field.name == "id" || !field.store)
            continue;
        if (field.type == "one2many" || field.type == "many2many")
            relational[key] = v;
        else
            record[key] = normalizeValue(m, field, v);
    }
    checkRequired(m, record);
    const int id = insert(modelName, record);
    for (const auto &[key, v] : relational.items())
        applyCommands(m, id, *m.field(key), v, context);
    if (m_hooks.created)
        m_hooks.created(modelName, id, context);
    if (m_hooks.constrain)
        m_hooks.constrain(modelName, { id });
    return id;
}

void OdooDatabase::write(
    const std::string &modelName, const std::vector<int> &ids, const Json &vals, const Json &context)
{
    const OdooModel &m = model(modelName);
    if (!vals.is_object())
        throw OdooError::attributeError("'" + std::string(vals.type_name()) + "' object has no attribute 'items'");
    for (const auto &[key, v] : vals.items())
        if (!m.hasField(key))
            throw OdooError::valueError("Invalid field '" + key + "' on model '" + modelName + "'");
    ensureExist(modelName, ids);
    for (int id : ids) {
        Json record = Json::object();
        for (const auto &[key, v] : vals.items()) {
            const OdooField &field = *m.field(key);
            if (field.name == "id" || !field.store || field.type == "one2many" || field.type == "many2many")
                continue;
            record[key] = normalizeValue(m, field, v);
        }
        Json merged = *this->record(modelName, id);
        for (const auto &[key, v] : record.items())
            merged[key] = v;
        checkRequired(m, merged);
        update(modelName, id, record);
        for (const auto &[key, v] : vals.items()) {
            const OdooField &field = *m.field(key);
            if (field.type == "one2many" || field.type == "many2many")
                applyCommands(m, id, field, v, context);
        }
    }
    if (m_hooks.written)
        m_hooks.written(modelName, ids, vals);
    if (m_hooks.constrain)
        m_hooks.constrain(modelName, ids);
}

void OdooDatabase::unlink(const std::string &modelName, const std::vector<int> &ids)
{
    const OdooModel &m = model(modelName);
    ensureExist(modelName, ids);
    if (m_hooks.unlinkCheck)
        m_hooks.unlinkCheck(modelName, ids);
    for (int id : ids) {
        for (const auto &field : m.fields) {
            if (field.type != "one2many" || field.inverse.empty())
                continue;
            const OdooField *inverse = model(field.relation).field(field.inverse);
            const Json children = value(modelName, id, field.name);
            for (const auto &child : children) {
                if (inverse && inverse->required)
                    remove(field.relation, child.get<int>());
                else
                    update(field.relation, child.get<int>(), Json { { field.inverse, false } });
            }
        }
        remove(modelName, id);
    }
}

void OdooDatabase::applyCommands(
    const OdooModel &m, int id, const OdooField &field, const Json &commands, const Json &context)
{
    if (!commands.is_array())
        throw OdooError::valueError("Wrong value for " + m.name + "." + field.name + ": " + pythonRepr(commands));
    const bool o2m = field.type == "one2many";
    Json current = o2m ? value(m.name, id, field.name) : stored(m.name, id, field.name);
    if (!current.is_array())
        current = Json::array();
    std::vector<int> ids = current.get<std::vector<int>>();
    auto link = [&](int cid) {
        ensureExist(field.relation, { cid });
        if (o2m)
            update(field.relation, cid, Json { { field.inverse, id } });
        else if (std::find(ids.begin(), ids.end(), cid) == ids.end())
            ids.push_back(cid);
    };
    auto cut = [&](int cid) {
        if (o2m) {
            const OdooField *inverse = model(field.relation).field(field.inverse);
            if (inverse && inverse->required)
                unlink(field.relation, { cid });
            else
                update(field.relation, cid, Json { { field.inverse, false } });
        }
        ids.erase(std::remove(ids.begin(), ids.end(), cid), ids.end());
    };
    // Odoo 17+ also accepts a plain id list on a many2many, as SET.
    if (!commands.empty() && commands[0].is_number_integer()) {
        Json set = Json::array({ 6, 0, commands });
        applyCommands(m, id, field, Json::array({ set }), context);
        return;
    }
    for (const auto &command : commands) {
        if (!command.is_array() || command.empty() || !command[0].is_number_integer())
            throw OdooError::valueError("Wrong value for " + m.name + "." + field.name + ": " + pythonRepr(command));
        const int code = command[0].get<int>();
        const int cid = command.size() > 1 && command[1].is_number() ? int(command[1].get<double>()) : 0;
        const Json vals = command.size() > 2 ? command[2] : Json();
        switch (code) {
        case 0: {
            Json childVals = vals.is_object() ? vals : Json::object();
            if (o2m)
                childVals[field.inverse] = id;
            const int child = create(field.relation, childVals, context);
            if (!o2m)
                ids.push_back(child);
            break;
        }
        case 1:
            write(field.relation, { cid }, vals, context);
            break;
        case 2:
            cut(cid);
            if (exists(field.relation, cid))
                unlink(field.relation, { cid });
            break;
        case 3:
            cut(cid);
            break;
        case 4:
            link(cid);
            break;
        case 5:
            for (int c : std::vector<int>(ids))
                cut(c);
            break;
        case 6: {
            std::vector<int> wanted;
            if (vals.is_array())
                for (const auto &v : vals)
                    wanted.push_back(v.get<int>());
            for (int c : std::vector<int>(ids))
                if (std::find(wanted.begin(), wanted.end(), c) == wanted.end())
                    cut(c);
            for (int c : wanted)
                link(c);
            break;
        }
        default:
            throw OdooError::valueError("Wrong value for " + m.name + "." + field.name + ": " + pythonRepr(command));
        }
    }
    if (!o2m) {
        Json list = Json::array();
        for (int c : ids)
            list.push_back(c);
        update(m.name, id, Json { { field.name, list } });
    } else {
        update(m.name, id, Json::object());
    }
}

std::vector<int> OdooDatabase::search(const std::string &modelName,
    const Json &domain,
    const Json &context,
    int offset,
    int limit,
    const std::string &order) const
{
    const OdooModel &m = model(modelName);
    const OdooDomain parsed(domain.is_null() ? Json::array() : domain, m, *this);
    const bool activeTest = m.hasField("active")
        && !(context.is_object() && context.value("active_test", true) == false)
        && domain.dump().find("\"active\"") == std::string::npos;
    std::vector<int> ids;
    for (int id : searchCandidates(m, parsed)) {
        if (activeTest && value(modelName, id, "active") != true)
            continue;
        if (parsed.matches(id, context))
            ids.push_back(id);
    }
    sortIds(m, ids, order.empty() ? m.order : order, context, !order.empty());
    if (offset > 0)
        ids.erase(ids.begin(), ids.begin() + std::min<size_t>(size_t(offset), ids.size()));
    if (limit >= 0 && size_t(limit) < ids.size())
        ids.resize(size_t(limit));
    return ids;
}

void OdooDatabase::sortIds(
    const OdooModel &m, std::vector<int> &ids, const std::string &order, const Json &context, bool strict) const
{
    struct Key
    {
        std::string field;
        bool descending = false;
    };
    std::vector<Key> keys;
    size_t start = 0;
    while (start <= order.size()) {
        size_t comma = order.find(',', start);
        if (comma == std::string::npos)
            comma = order.size();
        std::string part = order.substr(start, comma - start);
        start = comma + 1;
        std::vector<std::string> words;
        size_t p = 0;
        while (p < part.size()) {
            while (p < part.size() && part[p] == ' ')
                ++p;
            size_t e = p;
            while (e < part.size() && part[e] != ' ')
                ++e;
            if (e > p)
                words.push_back(part.substr(p, e - p));
            p = e;
        }
        if (words.empty())
            continue;
        std::string direction = words.size() > 1 ? words[1] : "asc";
        std::transform(direction.begin(), direction.end(), direction.begin(), [](unsigned char c) {
            return char(std::tolower(c));
        });
        if (!strict && !m.hasField(words[0]))
            continue; // a model's default order may name fields the emulator does not keep
        if (!m.hasField(words[0]) || (direction != "asc" && direction != "desc"))
            throw OdooError::valueError("Invalid \"order\" specified (" + order
                + "). A valid \"order\" specification is a comma-separated list of valid field "
                  "names (optionally followed by asc/desc for the direction)");
        keys.push_back({ words[0], direction == "desc" });
    }
    std::sort(ids.begin(), ids.end());
    std::map<std::pair<int, std::string>, Json> cache;
    auto sortValue = [&](int id, const Key &key) -> const Json & {
        auto it = cache.find({ id, key.field });
        if (it == cache.end()) {
            Json v = value(m.name, id, key.field, context);
            const OdooField *field = m.field(key.field);
            if (field->type == "many2one" && v.is_number_integer())
                v = displayName(field->relation, v.get<int>());
            it = cache.emplace(std::make_pair(id, key.field), std::move(v)).first;
        }
        return it->second;
    };
    std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) {
        for (const auto &key : keys) {
            const Json &va = sortValue(a, key);
            const Json &vb = sortValue(b, key);
            const bool na = isFalsy(va) && !va.is_boolean();
            const bool nb = isFalsy(vb) && !vb.is_boolean();
            if (va == vb || (na && nb))
                continue;
            // PostgreSQL: NULLS LAST ascending, NULLS FIRST descending.
            if (na != nb)
                return key.descending ? na : nb;
            bool less;
            if (va.is_number() && vb.is_number())
                less = va.get<double>() < vb.get<double>();
            else
                less = va < vb;
            if (!va.is_number() || !vb.is_number() || va.get<double>() != vb.get<double>())
                return key.descending ? !less : less;
        }
        return false;
    });
}

Json OdooDatabase::formatValue(const OdooField &field, const Json &raw) const
{
    const std::string &t = field.type;
    if (t == "many2one") {
        if (raw.is_number_integer() && exists(field.relation, raw.get<int>()))
            return Json::array({ raw, displayName(field.relation, raw.get<int>()) });
        return false;
    }
    if (t == "one2many" || t == "many2many")
        return raw.is_array() ? raw : Json::array();
    if (t == "float" || t == "monetary")
        return raw.is_number() ? Json(raw.get<double>()) : Json(0.0);
    if (t == "integer")
        return raw.is_number() ? Json(int(std::llround(raw.get<double>()))) : Json(0);
    if (t == "boolean")
        return raw.is_boolean() ? raw : Json(!isFalsy(raw));
    return raw.is_null() ? Json(false) : raw;
}

Json OdooDatabase::read(const std::string &modelName,
    const std::vector<int> &ids,
    const Json &fields,
    const Json &context,
    bool classicRead) const
{
    const OdooModel &m = model(modelName);
    std::vector<const OdooField *> wanted;
    if (fields.is_array() && !fields.empty()) {
        for (const auto &f : fields) {
            const std::string name = f.is_string() ? f.get<std::string>() : f.dump();
            const OdooField *field = m.field(name);
            if (!field)
                throw OdooError::valueError("Invalid field '" + name + "' on model '" + modelName + "'");
            if (name != "id")
                wanted.push_back(field);
        }
    } else {
        for (const auto &field : m.fields)
            if (field.name != "id")
                wanted.push_back(&field);
    }
    Json result = Json::array();
    for (int id : ids) {
        if (!exists(modelName, id))
            continue;
        Json row = Json::object();
        row["id"] = id;
        for (const OdooField *field : wanted) {
            Json formatted = formatValue(*field, value(modelName, id, field->name, context));
            if (!classicRead && field->type == "many2one" && formatted.is_array())
                formatted = formatted[0];
            row[field->name] = std::move(formatted);
        }
        result.push_back(std::move(row));
    }
    return result;
}

Json OdooDatabase::fieldsGet(const std::string &modelName, const Json &allfields, const Json &attributes) const
{
    const OdooModel &m = model(modelName);
    Json result = Json::object();
    auto wantedAttribute = [&](const char *name) {
        if (!attributes.is_array() || attributes.empty())
            return true;
        for (const auto &a : attributes)
            if (a == name)
                return true;
        return false;
    };
    for (const auto &field : m.fields) {
        if (allfields.is_array() && !allfields.empty()
            && std::find(allfields.begin(), allfields.end(), Json(field.name)) == allfields.end())
            continue;
        Json desc = Json::object();
        const std::pair<const char *, Json> attrs[] = {
            { "type", field.type },
            { "string", field.string },
            { "help", field.name == "ref" ? Json("Internal reference") : Json(false) },
            { "name", field.name },
            { "required", field.required },
            { "readonly", field.readonly },
            { "store", field.store },
            { "searchable", true },
            { "sortable", field.store },
            { "groupable", field.store && field.type != "one2many" },
            { "manual", field.name.rfind("x_", 0) == 0 },
            { "company_dependent", false },
        };
        for (const auto &[key, v] : attrs)
            if (wantedAttribute(key))
                desc[key] = v;
        if (!field.relation.empty() && wantedAttribute("relation"))
            desc["relation"] = field.relation;
        if (!field.inverse.empty() && wantedAttribute("relation_field"))
            desc["relation_field"] = field.inverse;
        if (field.type == "selection" && wantedAttribute("selection"))
            desc["selection"] = field.selection;
        result[field.name] = std::move(desc);
    }
    return result;
}

} // namespace Quayside::Sandbox
