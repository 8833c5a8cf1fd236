#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The abstract syntax tree of an executable GraphQL document (October 2021 spec, executable part only).
namespace Quayside::Sandbox::GraphQL {

struct SourceLocation
{
    int line = 0;
    int column = 0;
};

// A type reference as written in a variable definition or reported by introspection: Named, [List] or NonNull!.
struct TypeRef
{
    enum class Kind { Named, List, NonNull };
    Kind kind = Kind::Named;
    std::string name; // Named only
    std::shared_ptr<TypeRef> ofType; // List and NonNull

    const std::string &namedType() const { return kind == Kind::Named ? name : ofType->namedType(); }
    bool isNonNull() const { return kind == Kind::NonNull; }
    std::string toString() const;
};

struct ObjectField;

struct Value
{
    enum class Kind { Null, Int, Float, String, Boolean, Enum, List, Object, Variable };
    Kind kind = Kind::Null;
    std::string text; // Int, Float, String, Enum: the literal; Variable: the name
    bool boolean = false;
    std::vector<Value> list;
    std::vector<ObjectField> fields; // Object, in source order (a pair<string, Value> would need Value complete)
    SourceLocation location;
};

struct ObjectField
{
    std::string name;
    Value value;
};

struct Argument
{
    std::string name;
    Value value;
    SourceLocation location;
};

struct Directive
{
    std::string name;
    std::vector<Argument> arguments;
    SourceLocation location;
};

struct Selection;
using SelectionSet = std::vector<Selection>;

struct Selection
{
    enum class Kind { Field, FragmentSpread, InlineFragment };
    Kind kind = Kind::Field;
    std::string alias;
    std::string name; // Field: the field name; FragmentSpread: the fragment name
    std::string typeCondition; // InlineFragment: may be empty
    std::vector<Argument> arguments;
    std::vector<Directive> directives;
    SelectionSet selections;
    SourceLocation location;

    const std::string &responseKey() const { return alias.empty() ? name : alias; }
};

struct VariableDefinition
{
    std::string name;
    TypeRef type;
    std::optional<Value> defaultValue;
    SourceLocation location;
};

struct OperationDefinition
{
    std::string operation = "query"; // query, mutation or subscription
    std::string name;
    std::vector<VariableDefinition> variables;
    std::vector<Directive> directives;
    SelectionSet selections;
    SourceLocation location;
};

struct FragmentDefinition
{
    std::string name;
    std::string typeCondition;
    std::vector<Directive> directives;
    SelectionSet selections;
    SourceLocation location;
};

struct Document
{
    std::vector<OperationDefinition> operations;
    std::vector<FragmentDefinition> fragments;

    const FragmentDefinition *fragment(const std::string &name) const;
};

} // namespace Quayside::Sandbox::GraphQL
