#include "sandbox/shopify/graphql/schema.h"

#include "core/schemas/apischemas.h"

#include <QFile>
#include <QMutex>

#include <nlohmann/json.hpp>

namespace Quayside::Sandbox::GraphQL {

namespace {
using RawJson = nlohmann::json;

TypeRef typeRefFrom(const RawJson &j)
{
    TypeRef ref;
    const std::string kind = j.value("kind", "");
    if (kind == "NON_NULL" || kind == "LIST") {
        ref.kind = kind == "LIST" ? TypeRef::Kind::List : TypeRef::Kind::NonNull;
        ref.ofType = std::make_shared<TypeRef>(typeRefFrom(j.at("ofType")));
    } else {
        ref.name = j.value("name", "");
    }
    return ref;
}

std::vector<InputValueDefinition> inputValuesFrom(const RawJson &list)
{
    std::vector<InputValueDefinition> values;
    if (!list.is_array())
        return values;
    for (const auto &a : list) {
        InputValueDefinition def;
        def.name = a.value("name", "");
        def.type = typeRefFrom(a.at("type"));
        if (a.contains("defaultValue") && a["defaultValue"].is_string())
            def.defaultValue = a["defaultValue"].get<std::string>();
        values.push_back(std::move(def));
    }
    return values;
}

} // namespace

const InputValueDefinition *FieldDefinition::argument(const std::string &argName) const
{
    for (const auto &a : arguments)
        if (a.name == argName)
            return &a;
    return nullptr;
}

const FieldDefinition *TypeDefinition::field(const std::string &fieldName) const
{
    const auto it = fields.find(fieldName);
    return it == fields.end() ? nullptr : &it->second;
}

std::shared_ptr<const Schema> Schema::fromIntrospection(const QByteArray &json)
{
    const RawJson root = RawJson::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (root.is_discarded())
        return nullptr;
    const RawJson &schemaJson = root.contains("data") ? root["data"]["__schema"] : root["__schema"];
    auto schema = std::make_shared<Schema>();
    schema->m_queryType = schemaJson["queryType"].value("name", "QueryRoot");
    if (schemaJson["mutationType"].is_object())
        schema->m_mutationType = schemaJson["mutationType"].value("name", "Mutation");
    static const std::unordered_map<std::string, TypeDefinition::Kind> kinds {
        { "SCALAR", TypeDefinition::Kind::Scalar },
        { "OBJECT", TypeDefinition::Kind::Object },
        { "INTERFACE", TypeDefinition::Kind::Interface },
        { "UNION", TypeDefinition::Kind::Union },
        { "ENUM", TypeDefinition::Kind::Enum },
        { "INPUT_OBJECT", TypeDefinition::Kind::InputObject },
    };
    for (const auto &t : schemaJson["types"]) {
        TypeDefinition type;
        type.name = t.value("name", "");
        const auto kind = kinds.find(t.value("kind", ""));
        if (kind == kinds.end())
            continue;
        type.kind = kind->second;
        if (t["fields"].is_array()) {
            for (const auto &f : t["fields"]) {
                FieldDefinition field;
                field.name = f.value("name", "");
                field.type = typeRefFrom(f.at("type"));
                field.arguments = inputValuesFrom(f["args"]);
                field.deprecated = f.value("isDeprecated", false);
                type.fields.emplace(field.name, std::move(field));
            }
        }
        type.inputFields = inputValuesFrom(t["inputFields"]);
        if (t["possibleTypes"].is_array())
            for (const auto &p : t["possibleTypes"])
                type.possibleTypes.insert(p.value("name", ""));
        if (t["interfaces"].is_array())
            for (const auto &i : t["interfaces"])
                type.interfaces.insert(i.value("name", ""));
        if (t["enumValues"].is_array())
            for (const auto &e : t["enumValues"])
                type.enumValues.insert(e.value("name", ""));
        schema->m_types.emplace(type.name, std::move(type));
    }
    // The introspection meta-fields of the query root (spec §4.2), which introspection does not list.
    if (auto root = schema->m_types.find(schema->m_queryType); root != schema->m_types.end()) {
        auto named = [](const std::string &name, bool nonNull) {
            TypeRef inner;
            inner.name = name;
            if (!nonNull)
                return inner;
            TypeRef outer;
            outer.kind = TypeRef::Kind::NonNull;
            outer.ofType = std::make_shared<TypeRef>(inner);
            return outer;
        };
        FieldDefinition schemaField;
        schemaField.name = "__schema";
        schemaField.type = named("__Schema", true);
        root->second.fields.emplace(schemaField.name, schemaField);
        FieldDefinition typeField;
        typeField.name = "__type";
        typeField.type = named("__Type", false);
        typeField.arguments.push_back({ "name", named("String", true), std::nullopt });
        root->second.fields.emplace(typeField.name, typeField);
    }
    schema->m_source = json;
    return schema;
}

const nlohmann::ordered_json &Schema::introspection() const
{
    QMutexLocker lock(&m_introspectionMutex);
    if (!m_introspection) {
        auto root = nlohmann::ordered_json::parse(
            m_source.constData(), m_source.constData() + m_source.size(), nullptr, false);
        if (root.is_object() && root.contains("data"))
            root = root["data"];
        m_introspection = std::make_unique<nlohmann::ordered_json>(
            root.is_object() && root.contains("__schema") ? root["__schema"] : nlohmann::ordered_json::object());
    }
    return *m_introspection;
}

std::shared_ptr<const Schema> Schema::fromGzipFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return fromIntrospection(Schemas::gunzip(file.readAll()));
}

std::shared_ptr<const Schema> Schema::admin202610()
{
    static QMutex mutex;
    static std::shared_ptr<const Schema> schema;
    QMutexLocker lock(&mutex);
    if (!schema)
        schema = fromGzipFile(Schemas::shopifyAdminIntrospectionPath());
    return schema;
}

const TypeDefinition *Schema::type(const std::string &name) const
{
    const auto it = m_types.find(name);
    return it == m_types.end() ? nullptr : &it->second;
}

bool Schema::isPossibleType(const std::string &abstractOrObject, const std::string &object) const
{
    if (abstractOrObject == object)
        return true;
    const TypeDefinition *t = type(abstractOrObject);
    return t && t->possibleTypes.count(object) > 0;
}

bool Schema::typesOverlap(const std::string &a, const std::string &b) const
{
    if (a == b)
        return true;
    const TypeDefinition *ta = type(a);
    const TypeDefinition *tb = type(b);
    if (!ta || !tb)
        return false;
    auto possible = [](const TypeDefinition *t) {
        return t->kind == TypeDefinition::Kind::Object ? std::set<std::string> { t->name } : t->possibleTypes;
    };
    const auto pa = possible(ta);
    for (const auto &name : possible(tb))
        if (pa.count(name))
            return true;
    return false;
}

} // namespace Quayside::Sandbox::GraphQL
