#include "sandbox/shopify/graphql/validator.h"

namespace Quayside::Sandbox::GraphQL {

Validator::Validator(const Schema &schema)
    : m_schema(schema)
{ }

std::vector<GraphQLError> Validator::validate(const Document &document)
{
    m_document = &document;
    m_errors.clear();
    std::set<std::string> names;
    for (const auto &op : document.operations) {
        if (!op.name.empty() && !names.insert(op.name).second)
            m_errors.emplace_back("Operation name \"" + op.name + "\" must be unique",
                "operationNotUnique",
                op.location,
                Json { { "operationName", op.name } });
    }
    for (const auto &fragment : document.fragments) {
        if (!m_schema.type(fragment.typeCondition))
            m_errors.emplace_back("No such type " + fragment.typeCondition + ", so it can't be a fragment condition",
                "undefinedType",
                fragment.location,
                Json { { "typeName", fragment.typeCondition } });
    }
    for (const auto &op : document.operations) {
        std::string rootType;
        if (op.operation == "query")
            rootType = m_schema.queryType();
        else if (op.operation == "mutation")
            rootType = m_schema.mutationType();
        if (rootType.empty()) {
            m_errors.emplace_back(
                "Schema is not configured for " + op.operation + "s", "missingSubscriptionConfiguration", op.location);
            continue;
        }
        m_declared.clear();
        m_used.clear();
        for (const auto &v : op.variables)
            m_declared.insert(v.name);
        visitDirectives(op.directives);
        visitSelections(op.selections, rootType, op.name);
        std::set<std::string> reported;
        for (const auto &[name, location] : m_used) {
            if (m_declared.count(name) || !reported.insert(name).second)
                continue;
            const std::string opName = op.name.empty() ? "anonymous " + op.operation : op.name;
            m_errors.emplace_back("Variable $" + name + " is used by " + opName + " but not declared",
                "variableNotDefined",
                location,
                Json { { "variableName", name } });
        }
    }
    return m_errors;
}

void Validator::noteVariables(const Value &value)
{
    if (value.kind == Value::Kind::Variable)
        m_used.emplace_back(value.text, value.location);
    for (const auto &item : value.list)
        noteVariables(item);
    for (const auto &[name, item] : value.fields)
        noteVariables(item);
}

void Validator::noteVariables(const std::vector<Argument> &arguments)
{
    for (const auto &a : arguments)
        noteVariables(a.value);
}

void Validator::visitDirectives(const std::vector<Directive> &directives)
{
    static const std::set<std::string> known { "include", "skip", "idempotent", "deprecated", "oneOf", "specifiedBy" };
    for (const auto &d : directives) {
        if (!known.count(d.name))
            m_errors.emplace_back("Directive @" + d.name + " is not defined",
                "undefinedDirective",
                d.location,
                Json { { "directiveName", d.name } });
        noteVariables(d.arguments);
    }
}

void Validator::visitSelections(
    const SelectionSet &selections, const std::string &typeName, const std::string &operationName)
{
    const TypeDefinition *parent = m_schema.type(typeName);
    if (!parent)
        return;
    for (const auto &selection : selections) {
        visitDirectives(selection.directives);
        switch (selection.kind) {
        case Selection::Kind::Field:
            visitField(selection, *parent, operationName);
            break;
        case Selection::Kind::InlineFragment: {
            std::string condition = selection.typeCondition.empty() ? typeName : selection.typeCondition;
            if (!m_schema.type(condition)) {
                m_errors.emplace_back("No such type " + condition + ", so it can't be a fragment condition",
                    "undefinedType",
                    selection.location,
                    Json { { "typeName", condition } });
                break;
            }
            if (!m_schema.typesOverlap(condition, typeName))
                m_errors.emplace_back("Inline fragment on " + condition + " can't be spread inside " + typeName,
                    "fragmentSpreadTypeMismatch",
                    selection.location,
                    Json { { "fragmentName", "unknown" }, { "parentType", typeName } });
            visitSelections(selection.selections, condition, operationName);
            break;
        }
        case Selection::Kind::FragmentSpread: {
            const FragmentDefinition *fragment = m_document->fragment(selection.name);
            if (!fragment) {
                m_errors.emplace_back("Fragment " + selection.name + " was used, but not defined",
                    "useAndDefineFragment",
                    selection.location,
                    Json { { "fragmentName", selection.name } });
                break;
            }
            if (!m_schema.type(fragment->typeCondition))
                break;
            if (!m_schema.typesOverlap(fragment->typeCondition, typeName))
                m_errors.emplace_back("Fragment " + selection.name + " on " + fragment->typeCondition
                        + " can't be spread inside " + typeName,
                    "fragmentSpreadTypeMismatch",
                    selection.location,
                    Json { { "fragmentName", selection.name }, { "parentType", typeName } });
            if (!m_visitingFragments.insert(selection.name).second) {
                m_errors.emplace_back("Fragment " + selection.name + " contains an infinite loop",
                    "infiniteLoop",
                    selection.location,
                    Json { { "fragmentName", selection.name } });
                break;
            }
            visitDirectives(fragment->directives);
            visitSelections(fragment->selections, fragment->typeCondition, operationName);
            m_visitingFragments.erase(selection.name);
            break;
        }
        }
    }
}

void Validator::visitField(const Selection &field, const TypeDefinition &parent, const std::string &operationName)
{
    noteVariables(field.arguments);
    if (field.name == "__typename") {
        if (!field.selections.empty())
            m_errors.emplace_back("Selections can't be made on scalars (field '__typename' returns String but has "
                                  "selections)",
                "selectionMismatch",
                field.location);
        return;
    }
    const FieldDefinition *def = parent.field(field.name);
    if (!def) {
        m_errors.emplace_back("Field '" + field.name + "' doesn't exist on type '" + parent.name + "'",
            "undefinedField",
            field.location,
            Json { { "typeName", parent.name }, { "fieldName", field.name } });
        return;
    }
    for (const auto &argument : field.arguments) {
        if (!def->argument(argument.name))
            m_errors.emplace_back("Field '" + field.name + "' doesn't accept argument '" + argument.name + "'",
                "argumentNotAccepted",
                argument.location,
                Json { { "name", field.name }, { "typeName", "Field" }, { "argumentName", argument.name } });
    }
    std::string missing;
    for (const auto &a : def->arguments) {
        if (!a.type.isNonNull() || a.defaultValue)
            continue;
        bool given = false;
        for (const auto &argument : field.arguments)
            given |= argument.name == a.name;
        if (!given)
            missing += (missing.empty() ? "" : ", ") + a.name;
    }
    if (!missing.empty())
        m_errors.emplace_back("Field '" + field.name + "' is missing required arguments: " + missing,
            "missingRequiredArguments",
            field.location,
            Json { { "className", "Field" }, { "name", field.name }, { "arguments", missing } });
    const TypeDefinition *type = m_schema.type(def->type.namedType());
    if (!type)
        return;
    if (type->isLeaf() && !field.selections.empty()) {
        std::string names;
        for (const auto &s : field.selections)
            names += (names.empty() ? "" : ", ") + s.responseKey();
        m_errors.emplace_back("Selections can't be made on "
                + std::string(type->kind == TypeDefinition::Kind::Enum ? "enums" : "scalars") + " (field '" + field.name
                + "' returns " + type->name + " but has selections [" + names + "])",
            "selectionMismatch",
            field.location,
            Json { { "nodeName", "field '" + field.name + "'" }, { "typeName", type->name } });
    } else if (type->isComposite() && field.selections.empty()) {
        m_errors.emplace_back("Field must have selections (field '" + field.name + "' returns " + type->name
                + " but has no selections. Did you mean '" + field.name + " { ... }'?)",
            "selectionMismatch",
            field.location,
            Json { { "nodeName", "field '" + field.name + "'" }, { "typeName", type->name } });
    } else if (type->isComposite()) {
        visitSelections(field.selections, type->name, operationName);
    }
}

} // namespace Quayside::Sandbox::GraphQL
