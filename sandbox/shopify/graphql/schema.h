#pragma once

#include "sandbox/shopify/graphql/ast.h"

#include <QByteArray>
#include <QMutex>

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace Quayside::Sandbox::GraphQL {

struct InputValueDefinition
{
    std::string name;
    TypeRef type;
    std::optional<std::string> defaultValue; // a GraphQL literal, as introspection reports it
};

struct FieldDefinition
{
    std::string name;
    TypeRef type;
    std::vector<InputValueDefinition> arguments;
    bool deprecated = false;

    const InputValueDefinition *argument(const std::string &name) const;
};

struct TypeDefinition
{
    enum class Kind { Scalar, Object, Interface, Union, Enum, InputObject };
    Kind kind = Kind::Object;
    std::string name;
    std::unordered_map<std::string, FieldDefinition> fields;
    std::vector<InputValueDefinition> inputFields;
    std::set<std::string> possibleTypes; // Interface, Union
    std::set<std::string> interfaces; // Object
    std::set<std::string> enumValues;

    bool isComposite() const { return kind == Kind::Object || kind == Kind::Interface || kind == Kind::Union; }
    bool isLeaf() const { return kind == Kind::Scalar || kind == Kind::Enum; }
    const FieldDefinition *field(const std::string &name) const;
};

// The type system of one API version, built from an introspection result ({"data":{"__schema":...}}).
class Schema
{
public:
    static std::shared_ptr<const Schema> fromIntrospection(const QByteArray &json);
    static std::shared_ptr<const Schema> fromGzipFile(const QString &path);
    // The 2026-10 Admin schema compiled into the library's resources; loaded once per process.
    static std::shared_ptr<const Schema> admin202610();

    const TypeDefinition *type(const std::string &name) const;
    const std::string &queryType() const { return m_queryType; }
    const std::string &mutationType() const { return m_mutationType; }
    // Whether a value of concrete object type `object` may appear where `abstractOrObject` is expected.
    bool isPossibleType(const std::string &abstractOrObject, const std::string &object) const;
    bool typesOverlap(const std::string &a, const std::string &b) const;
    size_t typeCount() const { return m_types.size(); }
    // The introspection result itself ({description, queryType, types, directives, ...}), parsed on first use,
    // which answers __schema and __type(name:).
    const nlohmann::ordered_json &introspection() const;

private:
    std::unordered_map<std::string, TypeDefinition> m_types;
    std::string m_queryType;
    std::string m_mutationType;
    QByteArray m_source;
    mutable QMutex m_introspectionMutex;
    mutable std::unique_ptr<nlohmann::ordered_json> m_introspection;
};

} // namespace Quayside::Sandbox::GraphQL
