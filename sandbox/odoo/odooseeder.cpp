#include "sandbox/odoo/odooseeder.h"

#include "sandbox/odoo/odoodatabase.h"

#include <map>

namespace Quayside::Sandbox {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

struct CountryRow
{
    int id;
    const char *code;
    const char *name;
};

// Odoo's own ids for the countries the World uses (base/data/res_country_data.xml order).
constexpr CountryRow kCountries[] = { { 13, "AU", "Australia" },
    { 38, "CA", "Canada" },
    { 57, "DE", "Germany" },
    { 75, "FR", "France" },
    { 165, "NL", "Netherlands" },
    { 231, "GB", "United Kingdom" },
    { 233, "US", "United States" } };

struct StateRow
{
    const char *country;
    const char *code;
    const char *name;
};

constexpr StateRow kStates[] = { { "US", "CA", "California" },
    { "US", "IL", "Illinois" },
    { "US", "MA", "Massachusetts" },
    { "US", "ME", "Maine" },
    { "US", "NY", "New York" },
    { "US", "OR", "Oregon" },
    { "US", "VA", "Virginia" },
    { "US", "WA", "Washington" },
    { "GB", "ENG", "England" },
    { "NL", "NH", "Noord-Holland" } };

} // namespace

OdooSeeder::OdooSeeder(OdooDatabase &database, const World &world, OdooVersion version)
    : m_database(database)
    , m_world(world)
    , m_version(version)
{ }

void OdooSeeder::seed()
{
    seedBase();
    seedCatalogue();
    seedStock();
    // A few of Odoo's own external ids, so load() can reference them ("country_id/id": "base.us").
    const struct
    {
        const char *module;
        const char *name;
        const char *model;
        int resId;
    } xmlids[] = { { "base", "main_company", "res.company", 1 },
        { "base", "main_partner", "res.partner", 1 },
        { "base", "partner_admin", "res.partner", 3 },
        { "base", "user_admin", "res.users", kAdminUid },
        { "base", "USD", "res.currency", 1 },
        { "base", "EUR", "res.currency", 2 },
        { "base", "us", "res.country", 233 },
        { "base", "uk", "res.country", 231 },
        { "base", "nl", "res.country", 165 },
        { "stock", "warehouse0", "stock.warehouse", 1 },
        { "stock", "stock_location_stock", "stock.location", 8 },
        { "stock", "stock_location_customers", "stock.location", kCustomersLocation },
        { "uom", "product_uom_unit", "uom.uom", 1 } };
    for (const auto &x : xmlids)
        m_database.insert("ir.model.data",
            { { "module", x.module },
                { "name", x.name },
                { "model", x.model },
                { "res_id", x.resId },
                { "noupdate", true } });
}

void OdooSeeder::seedBase()
{
    auto &db = m_database;
    db.insert("res.currency", { { "name", "USD" }, { "symbol", "$" }, { "rounding", 0.01 }, { "active", true } });
    db.insert("res.currency", { { "name", "EUR" }, { "symbol", "€" }, { "rounding", 0.01 }, { "active", false } });
    db.insert("res.currency", { { "name", "CAD" }, { "symbol", "$" }, { "rounding", 0.01 }, { "active", false } });
    db.insert("res.currency", { { "name", "GBP" }, { "symbol", "£" }, { "rounding", 0.01 }, { "active", false } });

    std::map<std::string, int> countries;
    for (const auto &c : kCountries)
        countries[c.code] = db.insert("res.country", { { "name", c.name }, { "code", c.code } }, c.id);
    db.update("res.country", countries["US"], { { "currency_id", 1 } });
    std::map<std::string, int> states;
    for (const auto &s : kStates)
        states[std::string(s.country) + "-" + s.code] = db.insert(
            "res.country.state", { { "name", s.name }, { "code", s.code }, { "country_id", countries[s.country] } });

    db.insert("res.company",
        { { "name", "Quayside Retail" },
            { "currency_id", 1 },
            { "partner_id", 1 },
            { "stock_move_sms_validation", true },
            { "has_received_warning_stock_sms", false } });
    const Json partnerBase
        = { { "active", true }, { "type", "contact" }, { "is_company", false }, { "company_id", false } };
    Json company = partnerBase;
    company.update({ { "name", "Quayside Retail" }, { "is_company", true }, { "country_id", countries["US"] } });
    db.insert("res.partner", company);
    Json bot = partnerBase;
    bot.update({ { "name", "OdooBot" }, { "active", false } });
    db.insert("res.partner", bot);
    Json admin = partnerBase;
    admin.update({ { "name", "Mitchell Admin" }, { "email", "admin@example.com" }, { "lang", "en_US" } });
    db.insert("res.partner", admin);
    db.insert("res.users",
        { { "name", "OdooBot" },
            { "login", "__system__" },
            { "partner_id", 2 },
            { "company_id", 1 },
            { "active", false } });
    db.insert("res.users",
        { { "name", "Mitchell Admin" },
            { "login", "admin" },
            { "partner_id", 3 },
            { "company_id", 1 },
            { "lang", "en_US" },
            { "tz", "UTC" },
            { "active", true } });

    for (const auto &c : m_world.customers()) {
        Json partner = partnerBase;
        const std::string country = str(c.address.countryCode);
        partner.update({ { "name", str(c.firstName + QLatin1Char(' ') + c.lastName) },
            { "email", str(c.email) },
            { "phone", str(c.phone) },
            { "street", str(c.address.line1) },
            { "city", str(c.address.city) },
            { "zip", str(c.address.zip) },
            { "country_id", countries.count(country) ? Json(countries[country]) : Json(false) },
            { "state_id",
                states.count(country + "-" + str(c.address.province))
                    ? Json(states[country + "-" + str(c.address.province)])
                    : Json(false) },
            { "customer_rank", 1 },
            { "lang", "en_US" } });
        db.insert("res.partner", partner);
    }

    db.insert("uom.uom", { { "name", "Units" }, { "rounding", 0.01 } });
    for (const auto &t : m_world.taxes()) {
        const std::string country = str(t.countryCode);
        db.insert("account.tax",
            { { "name", str(t.name) },
                { "amount_type", "percent" },
                { "amount", t.rateBasisPoints / 100.0 },
                { "type_tax_use", "sale" },
                { "price_include", false },
                { "country_id", countries.count(country) ? Json(countries[country]) : Json(false) },
                { "active", true },
                { "company_id", 1 } });
    }
    db.insert("account.journal", { { "name", "Customer Invoices" }, { "code", "INV" }, { "type", "sale" } });
    db.insert("account.journal", { { "name", "Vendor Bills" }, { "code", "BILL" }, { "type", "purchase" } });
    db.insert("account.journal", { { "name", "Bank" }, { "code", "BNK1" }, { "type", "bank" } });
    db.insert("account.journal", { { "name", "Cash" }, { "code", "CSH1" }, { "type", "cash" } });
}

void OdooSeeder::seedCatalogue()
{
    auto &db = m_database;
    const bool v17 = m_version == OdooVersion::V17;
    auto storable = [&](Json &vals, bool goods) {
        if (v17) {
            vals["detailed_type"] = goods ? "product" : "service";
            vals["type"] = goods ? "product" : "service";
        } else {
            vals["type"] = goods ? "consu" : "service";
            vals["is_storable"] = goods;
        }
    };
    const Json taxes = m_world.taxes().isEmpty() ? Json::array() : Json::array({ 1 });
    for (const auto &product : m_world.products()) {
        const bool single = product.variantIndexes.size() == 1;
        const auto &first = m_world.variants().at(product.variantIndexes.first());
        Json tmpl = { { "name", str(product.title) },
            { "list_price", first.priceCents / 100.0 },
            { "standard_price", first.costCents / 100.0 },
            { "sale_ok", true },
            { "purchase_ok", true },
            { "is_favorite", false },
            { "default_code", single ? Json(str(first.sku)) : Json(false) },
            { "barcode", single ? Json(str(first.barcode)) : Json(false) },
            { "weight", first.grams / 1000.0 },
            { "invoice_policy", "delivery" },
            { "taxes_id", taxes },
            { "active", true } };
        storable(tmpl, true);
        const int tmplId = db.insert("product.template", tmpl);
        for (int index : product.variantIndexes) {
            const auto &v = m_world.variants().at(index);
            Json variant = tmpl;
            variant.update({ { "product_tmpl_id", tmplId },
                { "default_code", str(v.sku) },
                { "barcode", str(v.barcode) },
                { "list_price", v.priceCents / 100.0 },
                { "standard_price", v.costCents / 100.0 },
                { "product_template_variant_value_names",
                    single
                        ? Json(false)
                        : Json(str(QString(v.optionTitle).replace(QStringLiteral(" / "), QStringLiteral(", ")))) } });
            db.insert("product.product", variant);
        }
    }
    for (const auto &c : m_world.carriers()) {
        Json service = { { "name", str(c.name) },
            { "list_price", 0.0 },
            { "sale_ok", false },
            { "purchase_ok", false },
            { "is_favorite", false },
            { "default_code", "Delivery_" + str(c.code) },
            { "invoice_policy", "order" },
            { "taxes_id", Json::array() },
            { "active", true } };
        storable(service, false);
        Json variant = service;
        variant["product_tmpl_id"] = db.insert("product.template", service);
        const int productId = db.insert("product.product", variant);
        db.insert("delivery.carrier",
            { { "name", str(c.name) },
                { "active", true },
                { "delivery_type", "fixed" },
                { "product_id", productId },
                { "fixed_price", 5.0 },
                { "company_id", 1 } });
    }
}

void OdooSeeder::seedStock()
{
    auto &db = m_database;
    auto location = [&](const char *name, Json parent, const char *usage) {
        return db.insert(
            "stock.location", { { "name", name }, { "location_id", parent }, { "usage", usage }, { "active", true } });
    };
    const int physical = location("Physical Locations", false, "view");
    const int partners = location("Partners", false, "view");
    const int virtualLocations = location("Virtual Locations", false, "view");
    location("Vendors", partners, "supplier");
    location("Customers", partners, "customer");
    location("Inventory adjustment", virtualLocations, "inventory");

    const auto &locations = m_world.locations();
    std::vector<int> stockLocations;
    for (const auto &l : locations) {
        const std::string code = str(l.odooWarehouseCode);
        const int view = location(code.c_str(), physical, "view");
        const int stock = location("Stock", view, "internal");
        stockLocations.push_back(stock);
        const int warehouseId = db.nextId("stock.warehouse");
        db.insert("stock.picking.type",
            { { "name", "Receipts" },
                { "code", "incoming" },
                { "sequence_code", "IN" },
                { "warehouse_id", warehouseId },
                { "default_location_src_id", 4 },
                { "default_location_dest_id", stock } });
        const int out = db.insert("stock.picking.type",
            { { "name", "Delivery Orders" },
                { "code", "outgoing" },
                { "sequence_code", "OUT" },
                { "warehouse_id", warehouseId },
                { "default_location_src_id", stock },
                { "default_location_dest_id", kCustomersLocation } });
        db.insert("stock.warehouse",
            { { "name", str(l.name) },
                { "code", code },
                { "active", true },
                { "company_id", 1 },
                { "lot_stock_id", stock },
                { "view_location_id", view },
                { "out_type_id", out },
                { "partner_id", 1 } });
    }
    for (int v = 0; v < m_world.variants().size(); ++v)
        for (int l = 0; l < locations.size(); ++l) {
            const int qty = m_world.openingStock(v, l);
            if (qty > 0)
                db.insert("stock.quant",
                    { { "product_id", v + 1 },
                        { "location_id", stockLocations[size_t(l)] },
                        { "quantity", double(qty) },
                        { "reserved_quantity", 0.0 },
                        { "inventory_quantity", 0.0 },
                        { "inventory_quantity_set", false } });
        }
}

} // namespace Quayside::Sandbox
