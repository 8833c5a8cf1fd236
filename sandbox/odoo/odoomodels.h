#pragma once

#include "sandbox/odoo/odootypes.h"

#include <map>
#include <string>
#include <vector>

namespace Quayside::Sandbox {

struct OdooField
{
    std::string name;
    std::string type; // char, text, integer, float, monetary, boolean, date, datetime, selection, many2one, ...
    std::string string; // the label
    std::string relation; // comodel of relational fields
    std::string inverse; // one2many: the many2one on the comodel
    bool required = false;
    bool readonly = false;
    bool store = true; // false: computed on read by the business rules
    Json selection = Json::array(); // [[key, label], ...]
};

struct OdooModel
{
    std::string name;
    std::string description;
    std::string order = "id";
    bool transient = false; // wizards
    std::vector<OdooField> fields;

    const OdooField *field(const std::string &fieldName) const;
    bool hasField(const std::string &fieldName) const { return field(fieldName) != nullptr; }
};

// The models and fields a retail sync touches, as the given Odoo version names them (odoo.md §3).
class OdooModels
{
public:
    explicit OdooModels(OdooVersion version);

    OdooVersion version() const { return m_version; }
    const OdooModel *model(const std::string &name) const;
    // Adds (or marks) a custom field as required, e.g. a Studio field x_studio_channel on sale.order.
    void setRequired(const std::string &model, const std::string &field, bool required, const std::string &label = {});
    // The field names that differ between versions.
    std::string lineTaxField() const { return m_version >= OdooVersion::V19 ? "tax_ids" : "tax_id"; }
    std::string lineUomField() const { return m_version >= OdooVersion::V19 ? "product_uom_id" : "product_uom"; }
    std::string warehouseContextKey() const { return m_version >= OdooVersion::V18 ? "warehouse_id" : "warehouse"; }

private:
    OdooModel &define(const std::string &name, const std::string &description, const std::string &order = "id");
    void defineBase();
    void defineProducts();
    void defineStock();
    void defineSales();
    void defineAccounting();
    void defineWizards();

    OdooVersion m_version;
    std::map<std::string, OdooModel> m_models;
};

} // namespace Quayside::Sandbox
