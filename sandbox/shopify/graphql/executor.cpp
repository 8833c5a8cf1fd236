#include "sandbox/shopify/graphql/executor.h"

namespace Quayside::Sandbox::GraphQL {

namespace {
bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool directivesAllow(const std::vector<Directive> &directives, const Json &variables)
{
    for (const auto &d : directives) {
        if (d.name != "skip" && d.name != "include")
            continue;
        for (const auto &a : d.arguments) {
            if (a.name != "if")
                continue;
            const Json v = InputCoercion::literalToJson(a.value, variables);
            const bool flag = v.is_boolean() && v.get<bool>();
            if (d.name == "skip" && flag)
                return false;
            if (d.name == "include" && !flag)
                return false;
        }
    }
    return true;
}

void collectInto(const Schema &schema,
    const Document &document,
    const std::string &objectType,
    const SelectionSet &selections,
    const Json &variables,
    std::vector<std::pair<std::string, std::vector<const Selection *>>> &out,
    std::vector<std::string> &visitedFragments)
{
    for (const auto &selection : selections) {
        if (!directivesAllow(selection.directives, variables))
            continue;
        switch (selection.kind) {
        case Selection::Kind::Field: {
            const std::string &key = selection.responseKey();
            auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == key; });
            if (it == out.end())
                out.push_back({ key, { &selection } });
            else
                it->second.push_back(&selection);
            break;
        }
        case Selection::Kind::InlineFragment:
            if (!selection.typeCondition.empty() && !schema.isPossibleType(selection.typeCondition, objectType))
                break;
            collectInto(schema, document, objectType, selection.selections, variables, out, visitedFragments);
            break;
        case Selection::Kind::FragmentSpread: {
            if (std::find(visitedFragments.begin(), visitedFragments.end(), selection.name) != visitedFragments.end())
                break;
            visitedFragments.push_back(selection.name);
            const FragmentDefinition *fragment = document.fragment(selection.name);
            if (!fragment || !schema.isPossibleType(fragment->typeCondition, objectType))
                break;
            collectInto(schema, document, objectType, fragment->selections, variables, out, visitedFragments);
            break;
        }
        }
    }
}
} // namespace

Executor::Executor(const Schema &schema, FieldResolver &resolver)
    : m_schema(schema)
    , m_resolver(resolver)
    , m_coercion(schema)
{ }

std::vector<GraphQLError> Executor::prepare(
    const Document &document, const std::string &operationName, const Json &variables)
{
    m_document = &document;
    m_operation = nullptr;
    if (operationName.empty()) {
        if (document.operations.size() != 1)
            return { GraphQLError("An operation name is required", "OPERATION_NAME_REQUIRED") };
        m_operation = &document.operations.front();
    } else {
        for (const auto &op : document.operations)
            if (op.name == operationName)
                m_operation = &op;
        if (!m_operation)
            return { GraphQLError("No operation named \"" + operationName + "\"", "OPERATION_NOT_FOUND") };
    }
    m_rawVariables = variables.is_object() ? variables : Json::object();
    std::vector<GraphQLError> errors;
    m_variables = m_coercion.coerceVariables(*m_operation, m_rawVariables, errors);
    return errors;
}

std::vector<std::pair<std::string, std::vector<const Selection *>>> Executor::collectFields(const Schema &schema,
    const Document &document,
    const std::string &objectType,
    const std::vector<const Selection *> &fields,
    const Json &variables)
{
    std::vector<std::pair<std::string, std::vector<const Selection *>>> out;
    std::vector<std::string> visited;
    for (const Selection *field : fields)
        collectInto(schema, document, objectType, field->selections, variables, out, visited);
    return out;
}

ExecutionResult Executor::execute()
{
    ExecutionResult result;
    result.operation = m_operation;
    m_errors = Json::array();
    m_actualCost = 0;
    const std::string &root = m_operation->operation == "mutation" ? m_schema.mutationType() : m_schema.queryType();
    Selection rootSelection;
    rootSelection.selections = m_operation->selections;
    const std::optional<Json> data = executeSelections(root, Json::object(), { &rootSelection }, Json::array());
    result.executed = true;
    result.data = data ? *data : Json(nullptr);
    result.errors = m_errors;
    result.actualCost = m_actualCost;
    return result;
}

std::optional<Json> Executor::introspect(const FieldContext &context) const
{
    const std::string &field = context.selection.name;
    if (context.parentType == m_schema.queryType() && field == "__schema")
        return m_schema.introspection();
    if (context.parentType == m_schema.queryType() && field == "__type") {
        const std::string name = context.arguments.value("name", "");
        for (const auto &type : m_schema.introspection().value("types", Json::array()))
            if (type.value("name", "") == name)
                return type;
        return Json(nullptr);
    }
    // Deprecated fields and enum values are listed only when asked for.
    if ((context.parentType == "__Type" && (field == "fields" || field == "enumValues"))
        && !(context.arguments.contains("includeDeprecated") && context.arguments["includeDeprecated"].is_boolean()
            && context.arguments["includeDeprecated"].get<bool>())) {
        const Json all = context.parent.value(field, Json());
        if (!all.is_array())
            return all;
        Json current = Json::array();
        for (const auto &item : all)
            if (!item.value("isDeprecated", false))
                current.push_back(item);
        return current;
    }
    return std::nullopt;
}

void Executor::addError(const GraphQLError &error, const Json &path)
{
    m_errors.push_back(error.toJson(path));
}

std::optional<Json> Executor::executeSelections(
    const std::string &objectType, const Json &value, const std::vector<const Selection *> &fields, const Json &path)
{
    const TypeDefinition *type = m_schema.type(objectType);
    if (!type)
        return std::nullopt;
    Json out = Json::object();
    for (const auto &[key, nodes] : collectFields(m_schema, *m_document, objectType, fields, m_variables)) {
        Json fieldPath = path;
        fieldPath.push_back(key);
        if (nodes.front()->name == "__typename") {
            out[key] = objectType;
            continue;
        }
        const std::optional<Json> fieldValue = executeField(*type, value, nodes, fieldPath);
        if (!fieldValue)
            return std::nullopt; // a non-null field failed: null propagates to this object
        out[key] = *fieldValue;
    }
    return out;
}

std::optional<Json> Executor::executeField(
    const TypeDefinition &parentType, const Json &parent, const std::vector<const Selection *> &nodes, const Json &path)
{
    const Selection &selection = *nodes.front();
    const FieldDefinition *def = parentType.field(selection.name);
    if (!def)
        return Json(nullptr);
    Json raw;
    try {
        const Json arguments
            = m_coercion.argumentValues(def->arguments, selection.arguments, m_variables, selection.name);
        Json directives = Json::object();
        for (const auto &d : selection.directives) {
            Json args = Json::object();
            for (const auto &a : d.arguments)
                args[a.name] = InputCoercion::literalToJson(a.value, m_variables);
            directives[d.name] = args;
        }
        const FieldContext context { parentType.name, parent, *def, selection, arguments, directives, m_rawVariables };
        std::optional<Json> resolved = introspect(context);
        if (!resolved)
            resolved = m_resolver.resolve(context);
        if (resolved)
            raw = std::move(*resolved);
        else if (parent.is_object() && parent.contains(selection.name))
            raw = parent[selection.name];
    } catch (const GraphQLError &error) {
        Json located = error.toJson(path);
        if (!located.contains("locations"))
            located["locations"] = Json::array(
                { Json { { "line", selection.location.line }, { "column", selection.location.column } } });
        m_errors.push_back(located);
        raw = nullptr;
    } catch (const std::exception &) {
        // A resolver bug or an input it did not expect: this field fails, the rest of the response stands.
        addError(GraphQLError("Internal error. Looks like something went wrong on our end.",
                     "INTERNAL_SERVER_ERROR",
                     selection.location),
            path);
        raw = nullptr;
    }
    return completeValue(def->type, raw, nodes, path);
}

std::optional<Json> Executor::completeValue(
    const TypeRef &type, const Json &value, const std::vector<const Selection *> &nodes, const Json &path)
{
    if (type.kind == TypeRef::Kind::NonNull) {
        std::optional<Json> inner = completeValue(*type.ofType, value, nodes, path);
        if (inner && inner->is_null()) {
            const Selection &s = *nodes.front();
            addError(GraphQLError(
                         "Cannot return null for non-nullable field " + s.name, "INTERNAL_SERVER_ERROR", s.location),
                path);
            return std::nullopt;
        }
        return inner;
    }
    if (value.is_null())
        return Json(nullptr);
    if (type.kind == TypeRef::Kind::List) {
        Json out = Json::array();
        if (!value.is_array())
            return Json(nullptr);
        for (size_t i = 0; i < value.size(); ++i) {
            Json itemPath = path;
            itemPath.push_back(i);
            std::optional<Json> item = completeValue(*type.ofType, value[i], nodes, itemPath);
            if (!item)
                return Json(nullptr); // a non-null item failed: the list becomes null
            out.push_back(*item);
        }
        return out;
    }
    const TypeDefinition *def = m_schema.type(type.name);
    if (!def || def->isLeaf())
        return value;
    std::string concrete = type.name;
    if (value.is_object() && value.contains("__typename") && value["__typename"].is_string())
        concrete = value["__typename"].get<std::string>();
    if (!m_schema.isPossibleType(type.name, concrete))
        return Json(nullptr);
    if (endsWith(concrete, "Connection"))
        m_actualCost += 2;
    else if (!endsWith(concrete, "Edge") && concrete != "PageInfo")
        m_actualCost += 1;
    return executeSelections(concrete, value, nodes, path);
}

} // namespace Quayside::Sandbox::GraphQL
