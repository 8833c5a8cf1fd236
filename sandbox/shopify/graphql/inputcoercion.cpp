#include "sandbox/shopify/graphql/inputcoercion.h"

#include "sandbox/shopify/graphql/parser.h"

#include <limits>

namespace Quayside::Sandbox::GraphQL {

InputCoercion::InputCoercion(const Schema &schema)
    : m_schema(schema)
{ }

Json InputCoercion::coerce(const TypeRef &type, const Json &value, Json path, std::vector<InputProblem> &problems) const
{
    if (type.kind == TypeRef::Kind::NonNull) {
        if (value.is_null()) {
            problems.push_back({ path, "Expected value to not be null" });
            return nullptr;
        }
        return coerce(*type.ofType, value, path, problems);
    }
    if (value.is_null())
        return nullptr;
    if (type.kind == TypeRef::Kind::List) {
        Json out = Json::array();
        if (!value.is_array()) {
            out.push_back(coerce(*type.ofType, value, path, problems));
            return out;
        }
        for (size_t i = 0; i < value.size(); ++i) {
            Json itemPath = path;
            itemPath.push_back(i);
            out.push_back(coerce(*type.ofType, value[i], itemPath, problems));
        }
        return out;
    }
    const TypeDefinition *def = m_schema.type(type.name);
    auto invalid = [&](const std::string &expected) {
        problems.push_back({ path, "Could not coerce value " + value.dump() + " to " + expected });
        return Json(nullptr);
    };
    if (!def)
        return invalid(type.name);
    switch (def->kind) {
    case TypeDefinition::Kind::Scalar:
        if (type.name == "Int") {
            if (!value.is_number_integer() || value.get<long long>() > std::numeric_limits<int>::max()
                || value.get<long long>() < std::numeric_limits<int>::min())
                return invalid("Int");
            return value;
        }
        if (type.name == "Float")
            return value.is_number() ? value : invalid("Float");
        if (type.name == "String")
            return value.is_string() ? value : invalid("String");
        if (type.name == "Boolean")
            return value.is_boolean() ? value : invalid("Boolean");
        if (type.name == "ID") {
            if (value.is_string())
                return value;
            return value.is_number_integer() ? Json(value.dump()) : invalid("ID");
        }
        if (value.is_object() && type.name != "JSON")
            return invalid(type.name);
        return value; // custom scalars (Money, DateTime, URL, ...) are opaque here, as in graphql-js
    case TypeDefinition::Kind::Enum:
        if (!value.is_string() || !def->enumValues.count(value.get<std::string>()))
            return invalid(type.name);
        return value;
    case TypeDefinition::Kind::InputObject: {
        if (!value.is_object())
            return invalid(type.name);
        Json out = Json::object();
        for (const auto &[key, item] : value.items()) {
            bool known = false;
            for (const auto &field : def->inputFields)
                known |= field.name == key;
            if (!known) {
                Json fieldPath = path;
                fieldPath.push_back(key);
                problems.push_back({ fieldPath, "Field is not defined on " + type.name });
            }
        }
        for (const auto &field : def->inputFields) {
            Json fieldPath = path;
            fieldPath.push_back(field.name);
            if (value.contains(field.name))
                out[field.name] = coerce(field.type, value[field.name], fieldPath, problems);
            else if (field.defaultValue)
                out[field.name] = defaultValue(field);
            else if (field.type.isNonNull())
                problems.push_back({ fieldPath, "Expected value to not be null" });
        }
        return out;
    }
    default:
        return invalid(type.name);
    }
}

Json InputCoercion::defaultValue(const InputValueDefinition &definition) const
{
    try {
        return literalToJson(Parser::parseConstValue(*definition.defaultValue), Json::object());
    } catch (const GraphQLError &) {
        return nullptr;
    }
}

Json InputCoercion::coerceVariables(
    const OperationDefinition &operation, const Json &provided, std::vector<GraphQLError> &errors) const
{
    Json out = Json::object();
    for (const auto &def : operation.variables) {
        const TypeDefinition *named = m_schema.type(def.type.namedType());
        if (!named || named->isComposite()) {
            errors.emplace_back("$" + def.name + " is an invalid input type (" + def.type.toString() + ")",
                "variableRequiresValidType",
                def.location);
            continue;
        }
        const bool present = provided.is_object() && provided.contains(def.name);
        Json value;
        if (present)
            value = provided[def.name];
        else if (def.defaultValue)
            value = literalToJson(*def.defaultValue, Json::object());
        else if (!def.type.isNonNull())
            continue; // absent stays absent
        std::vector<InputProblem> problems;
        Json coerced = coerce(def.type, value, Json::array(), problems);
        if (problems.empty()) {
            out[def.name] = coerced;
            continue;
        }
        std::string detail;
        Json problemsJson = Json::array();
        for (const auto &p : problems) {
            problemsJson.push_back({ { "path", p.path }, { "explanation", p.explanation } });
            std::string where;
            for (const auto &segment : p.path)
                where
                    += (where.empty() ? "" : ".") + (segment.is_string() ? segment.get<std::string>() : segment.dump());
            detail += (detail.empty() ? "" : ", ") + (where.empty() ? "" : where + " ") + "(" + p.explanation + ")";
        }
        std::string message
            = "Variable $" + def.name + " of type " + def.type.toString() + " was provided invalid value";
        if (!problems.front().path.empty())
            message += " for " + detail;
        errors.emplace_back(message,
            "INVALID_VARIABLE",
            def.location,
            Json { { "value", present ? value : Json(nullptr) }, { "problems", problemsJson } });
    }
    return out;
}

Json InputCoercion::literalToJson(const Value &value, const Json &variables, bool *absent)
{
    if (absent)
        *absent = false;
    switch (value.kind) {
    case Value::Kind::Null:
        return nullptr;
    case Value::Kind::Int:
        try {
            return std::stoll(value.text);
        } catch (const std::exception &) {
            return std::stod(value.text);
        }
    case Value::Kind::Float:
        return std::stod(value.text);
    case Value::Kind::String:
    case Value::Kind::Enum:
        return value.text;
    case Value::Kind::Boolean:
        return value.boolean;
    case Value::Kind::Variable:
        if (variables.contains(value.text))
            return variables[value.text];
        if (absent)
            *absent = true;
        return nullptr;
    case Value::Kind::List: {
        Json out = Json::array();
        for (const auto &item : value.list)
            out.push_back(literalToJson(item, variables));
        return out;
    }
    case Value::Kind::Object: {
        Json out = Json::object();
        for (const auto &[name, item] : value.fields) {
            bool itemAbsent = false;
            Json v = literalToJson(item, variables, &itemAbsent);
            if (!itemAbsent)
                out[name] = v;
        }
        return out;
    }
    }
    return nullptr;
}

Json InputCoercion::argumentValues(const std::vector<InputValueDefinition> &definitions,
    const std::vector<Argument> &arguments,
    const Json &variables,
    const std::string &fieldName) const
{
    Json out = Json::object();
    for (const auto &def : definitions) {
        const Argument *given = nullptr;
        for (const auto &a : arguments)
            if (a.name == def.name)
                given = &a;
        bool absent = !given;
        Json raw = given ? literalToJson(given->value, variables, &absent) : Json();
        if (absent) {
            if (def.defaultValue)
                out[def.name] = defaultValue(def);
            else if (def.type.isNonNull())
                throw GraphQLError("Field '" + fieldName + "' is missing required arguments: " + def.name,
                    "missingRequiredArguments",
                    given ? given->location : SourceLocation {});
            continue;
        }
        std::vector<InputProblem> problems;
        Json coerced = coerce(def.type, raw, Json::array(), problems);
        if (!problems.empty())
            throw GraphQLError("Argument '" + def.name + "' on Field '" + fieldName + "' has an invalid value ("
                    + raw.dump() + "). Expected type '" + def.type.toString() + "'.",
                "argumentLiteralsIncompatible",
                given->location,
                Json { { "typeName", "Field" }, { "argumentName", def.name } });
        out[def.name] = coerced;
    }
    return out;
}

} // namespace Quayside::Sandbox::GraphQL
