#include "sandbox/shopify/graphql/ast.h"

namespace Quayside::Sandbox::GraphQL {

std::string TypeRef::toString() const
{
    switch (kind) {
    case Kind::Named:
        return name;
    case Kind::List:
        return "[" + ofType->toString() + "]";
    case Kind::NonNull:
        return ofType->toString() + "!";
    }
    return name;
}

const FragmentDefinition *Document::fragment(const std::string &name) const
{
    for (const auto &f : fragments)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace Quayside::Sandbox::GraphQL
