#pragma once

#include "sandbox/odoo/odootypes.h"

#include <set>
#include <string>
#include <vector>

namespace Quayside::Sandbox {

class OdooDatabase;

// The business rules the ORM hooks call: defaults on create, computed fields (display names, amounts,
// stock figures per warehouse context, invoice and delivery status), constraints and unlink guards.
class OdooRules
{
public:
    OdooRules(OdooDatabase &database, OdooVersion version);

    // Installs the hooks on the database.
    void install();

    // Internal locations selected by the stock context keys of this version ("warehouse" in 17,
    // "warehouse_id" in 18+, "location"); all internal locations when none is given.
    std::set<int> contextLocations(const Json &context) const;
    struct StockFigures
    {
        double onHand = 0;
        double free = 0;
        double incoming = 0;
        double outgoing = 0;
    };
    StockFigures productStock(int productId, const std::set<int> &locations) const;
    std::set<int> childLocations(int locationId) const;
    bool isStorable(int productId) const;
    // Untaxed, tax and total of a base amount under a set of account.tax ids.
    std::vector<double> applyTaxes(double base, const Json &taxIds) const;
    static double round2(double value);

private:
    void applyDefaults(const std::string &model, Json &vals, const Json &context);
    void afterCreate(const std::string &model, int id, const Json &context);
    void afterWrite(const std::string &model, const std::vector<int> &ids, const Json &vals);
    Json compute(const std::string &model, const Json &record, const std::string &field, const Json &context) const;
    Json displayName(const std::string &model, const Json &record) const;
    Json computeSaleOrder(const Json &record, const std::string &field) const;
    Json computeSaleLine(const Json &record, const std::string &field) const;
    Json computeAccountMove(const Json &record, const std::string &field) const;
    void constrain(const std::string &model, const std::vector<int> &ids) const;
    void checkUnlink(const std::string &model, const std::vector<int> &ids) const;
    std::vector<int> activeIdsOf(const Json &context, const std::string &model) const;

    OdooDatabase &m_database;
    OdooVersion m_version;
};

} // namespace Quayside::Sandbox
