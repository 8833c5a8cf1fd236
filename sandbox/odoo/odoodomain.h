#pragma once

#include "sandbox/odoo/odootypes.h"

#include <memory>
#include <string>
#include <vector>

namespace Quayside::Sandbox {

class OdooDatabase;
struct OdooModel;

// A search domain in Odoo's Polish notation ('&', '|', '!' prefixes, leaves [path, operator, value],
// implicit '&' between top-level terms), validated against a model and evaluated record by record.
class OdooDomain
{
public:
    // Throws OdooError (builtins.ValueError) for malformed domains, unknown fields or operators.
    OdooDomain(const Json &domain, const OdooModel &model, const OdooDatabase &database);
    ~OdooDomain();

    bool matches(int id, const Json &context) const;
    // The top-level "field = value" and "field in [values]" terms on stored, non-x2many fields of the
    // model (or on id), as (field, values): every match satisfies them, so the database narrows with one.
    std::vector<std::pair<std::string, Json>> equalityTerms() const;

private:
    struct Node;
    std::unique_ptr<Node> parseTerm(const Json &domain, size_t &pos) const;
    std::unique_ptr<Node> parseLeaf(const Json &leaf) const;
    bool evaluate(const Node &node, int id, const Json &context) const;
    bool evaluateLeaf(const OdooModel &model,
        int id,
        const std::vector<std::string> &path,
        size_t depth,
        const Node &leaf,
        const Json &context) const;
    bool matchRelational(const OdooModel &comodel, const Json &ids, const Node &leaf) const;
    bool matchChildOf(const OdooModel &comodel, int id, const Json &targets) const;

    const OdooModel &m_model;
    const OdooDatabase &m_database;
    std::unique_ptr<Node> m_root;
};

} // namespace Quayside::Sandbox
