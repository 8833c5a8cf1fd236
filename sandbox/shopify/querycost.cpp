#include "sandbox/shopify/querycost.h"

#include "sandbox/shopify/graphql/inputcoercion.h"

#include <algorithm>
#include <map>

namespace Quayside::Sandbox {

using namespace GraphQL;

namespace {
bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Costs saturate well above the 1000-point cap, so absurd page sizes cannot overflow into small numbers.
int capped(qint64 cost)
{
    return int(std::clamp<qint64>(cost, 0, 1'000'000'000));
}
} // namespace

QueryCost::QueryCost(const Schema &schema, const Document &document, const Json &variables)
    : m_schema(schema)
    , m_document(document)
    , m_variables(variables)
{ }

int QueryCost::requested(const OperationDefinition &operation) const
{
    if (operation.operation == "mutation") {
        int fields = 0;
        for (const auto &[condition, field] : flatten(operation.selections, m_schema.mutationType()))
            fields += field->name == "__typename" ? 0 : 1;
        return fields * MutationCost;
    }
    return selectionCost(operation.selections, m_schema.queryType(), 0);
}

// The fields of a selection set with the type condition each one sits under ("" = unconditional).
std::vector<std::pair<std::string, const Selection *>> QueryCost::flatten(
    const SelectionSet &selections, const std::string &typeName) const
{
    std::vector<std::pair<std::string, const Selection *>> out;
    for (const auto &s : selections) {
        if (s.kind == Selection::Kind::Field) {
            out.emplace_back("", &s);
            continue;
        }
        const SelectionSet *inner = &s.selections;
        std::string condition = s.typeCondition;
        if (s.kind == Selection::Kind::FragmentSpread) {
            const FragmentDefinition *fragment = m_document.fragment(s.name);
            if (!fragment)
                continue;
            inner = &fragment->selections;
            condition = fragment->typeCondition;
        }
        if (condition == typeName)
            condition.clear();
        for (auto &[nested, field] : flatten(*inner, typeName))
            out.emplace_back(nested.empty() ? condition : nested, field);
    }
    return out;
}

int QueryCost::selectionCost(const SelectionSet &selections, const std::string &typeName, int depth) const
{
    const TypeDefinition *type = m_schema.type(typeName);
    if (!type || depth > 32)
        return 0;
    qint64 common = 0;
    std::map<std::string, qint64> perCondition;
    for (const auto &[condition, field] : flatten(selections, typeName)) {
        const TypeDefinition *owner = condition.empty() ? type : m_schema.type(condition);
        if (!owner)
            continue;
        const int cost = fieldCost(*field, *owner, depth);
        if (condition.empty())
            common += cost;
        else
            perCondition[condition] += cost;
    }
    qint64 widest = 0;
    for (const auto &[condition, cost] : perCondition)
        widest = std::max(widest, cost);
    return capped(common + widest);
}

int QueryCost::fieldCost(const Selection &field, const TypeDefinition &parent, int depth) const
{
    const FieldDefinition *def = parent.field(field.name);
    if (!def)
        return 0;
    const TypeDefinition *type = m_schema.type(def->type.namedType());
    if (!type || type->isLeaf())
        return 0;
    if (endsWith(type->name, "Connection")) {
        int pageSize = 0;
        for (const auto &a : field.arguments) {
            if (a.name != "first" && a.name != "last")
                continue;
            const Json v = InputCoercion::literalToJson(a.value, m_variables);
            if (v.is_number_integer())
                pageSize = std::max(pageSize, capped(v.get<long long>()));
        }
        return capped(2 + qint64(pageSize) * connectionNodeCost(field.selections, type->name, depth + 1));
    }
    return capped(1 + qint64(selectionCost(field.selections, type->name, depth + 1)));
}

int QueryCost::connectionNodeCost(const SelectionSet &selections, const std::string &connectionType, int depth) const
{
    const TypeDefinition *connection = m_schema.type(connectionType);
    if (!connection)
        return 0;
    int perNode = 0;
    for (const auto &[condition, field] : flatten(selections, connectionType)) {
        const FieldDefinition *def = connection->field(field->name);
        if (!def)
            continue;
        if (field->name == "nodes") {
            perNode = std::max(perNode, 1 + selectionCost(field->selections, def->type.namedType(), depth + 1));
        } else if (field->name == "edges") {
            const TypeDefinition *edge = m_schema.type(def->type.namedType());
            for (const auto &[edgeCondition, edgeField] : flatten(field->selections, def->type.namedType())) {
                const FieldDefinition *nodeDef = edge ? edge->field(edgeField->name) : nullptr;
                if (nodeDef && edgeField->name == "node")
                    perNode = std::max(
                        perNode, 1 + selectionCost(edgeField->selections, nodeDef->type.namedType(), depth + 1));
            }
        }
    }
    return perNode;
}

} // namespace Quayside::Sandbox
