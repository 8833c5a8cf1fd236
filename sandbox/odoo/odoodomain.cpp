#include "sandbox/odoo/odoodomain.h"

#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooerror.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace Quayside::Sandbox {

using namespace OdooJson;

struct OdooDomain::Node
{
    enum Kind { And, Or, Not, Leaf, True, False } kind = Leaf;
    std::vector<std::unique_ptr<Node>> children;
    std::vector<std::string> path;
    std::string op;
    Json value;
};

namespace {

const std::set<std::string> kOperators { "=",
    "!=",
    "<>",
    "<",
    "<=",
    ">",
    ">=",
    "in",
    "not in",
    "like",
    "not like",
    "ilike",
    "not ilike",
    "=like",
    "=ilike",
    "child_of",
    "=?" };

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', start)) {
        parts.push_back(path.substr(start, dot - start));
        start = dot + 1;
    }
    parts.push_back(path.substr(start));
    return parts;
}

// SQL LIKE with % and _.
bool likeMatch(const std::string &text, const std::string &pattern, size_t t = 0, size_t p = 0)
{
    while (p < pattern.size()) {
        if (pattern[p] == '%') {
            for (size_t k = t; k <= text.size(); ++k)
                if (likeMatch(text, pattern, k, p + 1))
                    return true;
            return false;
        }
        if (t >= text.size() || (pattern[p] != '_' && pattern[p] != text[t]))
            return false;
        ++t;
        ++p;
    }
    return t == text.size();
}

bool equalValues(const Json &a, const Json &b)
{
    if (a.is_number() && b.is_number())
        return a.get<double>() == b.get<double>();
    if (isFalsy(b))
        return isFalsy(a);
    return a == b;
}

bool compareScalar(const Json &raw, const std::string &op, const Json &value)
{
    if (op == "=")
        return equalValues(raw, value);
    if (op == "!=" || op == "<>")
        return !equalValues(raw, value);
    if (op == "in" || op == "not in") {
        bool found = false;
        for (const auto &v : value)
            found = found || equalValues(raw, v);
        return op == "in" ? found : !found;
    }
    const bool negative = op.rfind("not ", 0) == 0;
    if (op.find("like") != std::string::npos) {
        if (isFalsy(raw) || !raw.is_string())
            return negative;
        const std::string text = raw.get<std::string>();
        const std::string needle = value.is_string() ? value.get<std::string>() : value.dump();
        const bool caseless = op.find("ilike") != std::string::npos;
        bool hit;
        if (op[0] == '=')
            hit = caseless ? likeMatch(lower(text), lower(needle)) : likeMatch(text, needle);
        else
            hit = caseless ? lower(text).find(lower(needle)) != std::string::npos
                           : text.find(needle) != std::string::npos;
        return negative ? !hit : hit;
    }
    if (isFalsy(raw) && !raw.is_boolean())
        return false;
    if (raw.is_number() && value.is_number()) {
        const double a = raw.get<double>();
        const double b = value.get<double>();
        return op == "<" ? a < b : op == "<=" ? a <= b : op == ">" ? a > b : a >= b;
    }
    if (raw.is_string() && value.is_string()) {
        const auto a = raw.get<std::string>();
        const auto b = value.get<std::string>();
        return op == "<" ? a < b : op == "<=" ? a <= b : op == ">" ? a > b : a >= b;
    }
    return false;
}

} // namespace

OdooDomain::OdooDomain(const Json &domain, const OdooModel &model, const OdooDatabase &database)
    : m_model(model)
    , m_database(database)
{
    if (!domain.is_array())
        throw OdooError::valueError("Invalid domain: " + pythonRepr(domain));
    size_t pos = 0;
    auto root = std::make_unique<Node>();
    root->kind = Node::And;
    while (pos < domain.size())
        root->children.push_back(parseTerm(domain, pos));
    m_root = std::move(root);
}

OdooDomain::~OdooDomain() = default;

std::unique_ptr<OdooDomain::Node> OdooDomain::parseTerm(const Json &domain, size_t &pos) const
{
    if (pos >= domain.size())
        throw OdooError::valueError("Domain " + pythonRepr(domain) + " is syntactically not correct.");
    const Json &term = domain[pos++];
    if (term.is_string()) {
        const auto token = term.get<std::string>();
        auto node = std::make_unique<Node>();
        if (token == "&" || token == "|") {
            node->kind = token == "&" ? Node::And : Node::Or;
            node->children.push_back(parseTerm(domain, pos));
            node->children.push_back(parseTerm(domain, pos));
            return node;
        }
        if (token == "!") {
            node->kind = Node::Not;
            node->children.push_back(parseTerm(domain, pos));
            return node;
        }
        throw OdooError::valueError("Invalid leaf " + pythonRepr(term));
    }
    return parseLeaf(term);
}

std::unique_ptr<OdooDomain::Node> OdooDomain::parseLeaf(const Json &leaf) const
{
    if (!leaf.is_array() || leaf.size() != 3 || !leaf[1].is_string())
        throw OdooError::valueError("Invalid leaf " + pythonRepr(leaf));
    auto node = std::make_unique<Node>();
    if (leaf[0].is_number_integer()) {
        const auto a = leaf[0].get<int>();
        if ((a == 1 || a == 0) && leaf[1] == "=" && leaf[2] == 1) {
            node->kind = a == 1 ? Node::True : Node::False;
            return node;
        }
    }
    if (!leaf[0].is_string())
        throw OdooError::valueError("Invalid leaf " + pythonRepr(leaf));
    node->op = lower(leaf[1].get<std::string>());
    node->value = leaf[2];
    const std::string repr
        = "('" + leaf[0].get<std::string>() + "', " + pythonRepr(leaf[1]) + ", " + pythonRepr(leaf[2]) + ")";
    if (!kOperators.count(node->op))
        throw OdooError::valueError("Invalid leaf " + repr);
    if ((node->op == "in" || node->op == "not in") && !node->value.is_array())
        node->value = Json::array({ node->value });
    node->path = splitPath(leaf[0].get<std::string>());
    // Every step of the path must exist, and all but the last must be relational.
    const OdooModel *model = &m_model;
    for (size_t i = 0; i < node->path.size(); ++i) {
        const OdooField *field = model->field(node->path[i]);
        if (!field)
            throw OdooError::valueError("Invalid field " + model->name + "." + node->path[i] + " in leaf " + repr);
        if (i + 1 < node->path.size()) {
            if (field->relation.empty())
                throw OdooError::valueError("Invalid field " + model->name + "." + node->path[i] + " in leaf " + repr);
            model = &m_database.model(field->relation);
        }
    }
    return node;
}

bool OdooDomain::matches(int id, const Json &context) const
{
    return evaluate(*m_root, id, context);
}

std::vector<std::pair<std::string, Json>> OdooDomain::equalityTerms() const
{
    std::vector<std::pair<std::string, Json>> terms;
    for (const auto &child : m_root->children) {
        if (child->kind != Node::Leaf || child->path.size() != 1 || (child->op != "=" && child->op != "in"))
            continue;
        const OdooField *f = m_model.field(child->path.front());
        if (f->name != "id" && (!f->store || f->type == "one2many" || f->type == "many2many"))
            continue;
        terms.emplace_back(f->name, child->op == "in" ? child->value : Json::array({ child->value }));
    }
    return terms;
}

bool OdooDomain::evaluate(const Node &node, int id, const Json &context) const
{
    switch (node.kind) {
    case Node::And:
        return std::all_of(
            node.children.begin(), node.children.end(), [&](const auto &c) { return evaluate(*c, id, context); });
    case Node::Or:
        return std::any_of(
            node.children.begin(), node.children.end(), [&](const auto &c) { return evaluate(*c, id, context); });
    case Node::Not:
        return !evaluate(*node.children.front(), id, context);
    case Node::True:
        return true;
    case Node::False:
        return false;
    case Node::Leaf:
        break;
    }
    return evaluateLeaf(m_model, id, node.path, 0, node, context);
}

bool OdooDomain::evaluateLeaf(const OdooModel &model,
    int id,
    const std::vector<std::string> &path,
    size_t depth,
    const Node &leaf,
    const Json &context) const
{
    const OdooField &field = *model.field(path[depth]);
    if (leaf.op == "=?" && isFalsy(leaf.value))
        return true;
    const std::string op = leaf.op == "=?" ? "=" : leaf.op;
    if (field.name == "id") {
        if (op == "child_of")
            return matchChildOf(model, id, leaf.value);
        return compareScalar(Json(id), op, leaf.value);
    }
    const Json raw = m_database.value(model.name, id, field.name, context);
    if (field.relation.empty())
        return compareScalar(raw, op, leaf.value);

    const OdooModel &comodel = m_database.model(field.relation);
    Json ids = Json::array();
    if (raw.is_array())
        ids = raw;
    else if (raw.is_number_integer())
        ids.push_back(raw);
    if (depth + 1 < path.size()) {
        for (const auto &rid : ids)
            if (evaluateLeaf(comodel, rid.get<int>(), path, depth + 1, leaf, context))
                return true;
        return false;
    }
    if (op == "child_of") {
        for (const auto &rid : ids)
            if (matchChildOf(comodel, rid.get<int>(), leaf.value))
                return true;
        return false;
    }
    Node plain;
    plain.op = op;
    plain.value = leaf.value;
    return matchRelational(comodel, ids, plain);
}

bool OdooDomain::matchRelational(const OdooModel &comodel, const Json &ids, const Node &leaf) const
{
    const std::string &op = leaf.op;
    const bool negative = op == "!=" || op == "<>" || op == "not in" || op.rfind("not ", 0) == 0;
    if (isFalsy(leaf.value) && (op == "=" || op == "!=" || op == "<>"))
        return (op == "=") == ids.empty();
    std::string positive = op;
    if (op == "!=" || op == "<>")
        positive = "=";
    else if (negative)
        positive = op.substr(4);
    bool hit = false;
    for (const auto &rid : ids) {
        const int id = rid.get<int>();
        if (leaf.value.is_string() || (leaf.value.is_array() && !leaf.value.empty() && leaf.value[0].is_string()))
            hit = compareScalar(Json(m_database.displayName(comodel.name, id)), positive, leaf.value);
        else
            hit = compareScalar(Json(id), positive, leaf.value);
        if (hit)
            break;
    }
    if (positive == "in" && ids.empty()) {
        for (const auto &v : leaf.value)
            hit = hit || isFalsy(v);
    }
    return negative ? !hit : hit;
}

bool OdooDomain::matchChildOf(const OdooModel &comodel, int id, const Json &targets) const
{
    const Json list = targets.is_array() ? targets : Json::array({ targets });
    std::string parentField;
    if (comodel.name == "stock.location")
        parentField = "location_id";
    else if (comodel.hasField("parent_id"))
        parentField = "parent_id";
    for (int current = id, guard = 0; current > 0 && guard < 64; ++guard) {
        for (const auto &t : list)
            if (t.is_number_integer() && t.get<int>() == current)
                return true;
        if (parentField.empty())
            return false;
        const Json parent = m_database.stored(comodel.name, current, parentField);
        current = parent.is_number_integer() ? parent.get<int>() : 0;
    }
    return false;
}

} // namespace Quayside::Sandbox
