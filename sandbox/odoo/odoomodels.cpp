#include "sandbox/odoo/odoomodels.h"

#include <initializer_list>
#include <utility>

namespace Quayside::Sandbox {

namespace {

// Flags: 'r' required, 'o' readonly, 'c' computed (not stored).
void add(OdooModel &m, const char *name, const char *type, const char *label, const char *flags = "")
{
    OdooField f;
    f.name = name;
    f.type = type;
    f.string = label;
    for (const char *p = flags; *p; ++p) {
        if (*p == 'r')
            f.required = true;
        else if (*p == 'o')
            f.readonly = true;
        else if (*p == 'c') {
            f.store = false;
            f.readonly = true;
        }
    }
    m.fields.push_back(std::move(f));
}

void rel(
    OdooModel &m, const char *name, const char *type, const char *relation, const char *label, const char *flags = "")
{
    add(m, name, type, label, flags);
    m.fields.back().relation = relation;
}

void o2m(OdooModel &m, const char *name, const char *relation, const char *inverse, const char *label)
{
    add(m, name, "one2many", label);
    m.fields.back().relation = relation;
    m.fields.back().inverse = inverse;
}

void sel(OdooModel &m,
    const char *name,
    const char *label,
    std::initializer_list<std::pair<const char *, const char *>> options,
    const char *flags = "")
{
    add(m, name, "selection", label, flags);
    for (const auto &[key, text] : options)
        m.fields.back().selection.push_back(Json::array({ key, text }));
}

} // namespace

const OdooField *OdooModel::field(const std::string &fieldName) const
{
    for (const auto &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

OdooModels::OdooModels(OdooVersion version)
    : m_version(version)
{
    defineBase();
    defineProducts();
    defineStock();
    defineSales();
    defineAccounting();
    defineWizards();
    for (auto &[name, model] : m_models) {
        add(model, "id", "integer", "ID", "o");
        add(model, "display_name", "char", "Display Name", "c");
        add(model, "create_date", "datetime", "Created on", "o");
        rel(model, "create_uid", "many2one", "res.users", "Created by", "o");
        add(model, "write_date", "datetime", "Last Updated on", "o");
        rel(model, "write_uid", "many2one", "res.users", "Last Updated by", "o");
    }
}

const OdooModel *OdooModels::model(const std::string &name) const
{
    const auto it = m_models.find(name);
    return it == m_models.end() ? nullptr : &it->second;
}

void OdooModels::setRequired(
    const std::string &model, const std::string &field, bool required, const std::string &label)
{
    const auto it = m_models.find(model);
    if (it == m_models.end())
        return;
    for (auto &f : it->second.fields)
        if (f.name == field) {
            f.required = required;
            return;
        }
    // A new field is a custom char field, as Odoo Studio or Settings > Technical makes one.
    add(it->second, field.c_str(), "char", label.empty() ? field.c_str() : label.c_str(), required ? "r" : "");
}

OdooModel &OdooModels::define(const std::string &name, const std::string &description, const std::string &order)
{
    OdooModel &m = m_models[name];
    m.name = name;
    m.description = description;
    m.order = order;
    return m;
}

void OdooModels::defineBase()
{
    auto &company = define("res.company", "Companies", "sequence, name");
    add(company, "name", "char", "Company Name", "r");
    rel(company, "currency_id", "many2one", "res.currency", "Currency", "r");
    rel(company, "partner_id", "many2one", "res.partner", "Partner");
    add(company, "stock_move_sms_validation", "boolean", "SMS Validation with stock move");
    add(company, "has_received_warning_stock_sms", "boolean", "Has Received Warning Stock SMS");

    auto &users = define("res.users", "User", "name, login");
    add(users, "name", "char", "Name", "r");
    add(users, "login", "char", "Login", "r");
    rel(users, "partner_id", "many2one", "res.partner", "Related Partner", "r");
    rel(users, "company_id", "many2one", "res.company", "Company");
    add(users, "lang", "char", "Language");
    add(users, "tz", "char", "Timezone");
    add(users, "active", "boolean", "Active");

    auto &partner = define("res.partner", "Contact", "complete_name ASC, id DESC");
    add(partner, "name", "char", "Name");
    add(partner, "complete_name", "char", "Complete Name", "c");
    add(partner, "ref", "char", "Reference");
    add(partner, "lang", "char", "Language");
    add(partner, "vat", "char", "Tax ID");
    sel(partner,
        "type",
        "Address Type",
        { { "contact", "Contact" },
            { "invoice", "Invoice Address" },
            { "delivery", "Delivery Address" },
            { "other", "Other Address" } });
    add(partner, "street", "char", "Street");
    add(partner, "street2", "char", "Street2");
    add(partner, "zip", "char", "Zip");
    add(partner, "city", "char", "City");
    rel(partner, "state_id", "many2one", "res.country.state", "State");
    rel(partner, "country_id", "many2one", "res.country", "Country");
    add(partner, "email", "char", "Email");
    add(partner, "phone", "char", "Phone");
    if (m_version < OdooVersion::V19)
        add(partner, "mobile", "char", "Mobile");
    add(partner, "is_company", "boolean", "Is a Company");
    rel(partner, "parent_id", "many2one", "res.partner", "Related Company");
    o2m(partner, "child_ids", "res.partner", "parent_id", "Contact");
    add(partner, "customer_rank", "integer", "Customer Rank");
    add(partner, "supplier_rank", "integer", "Supplier Rank");
    add(partner, "active", "boolean", "Active");
    rel(partner, "company_id", "many2one", "res.company", "Company");

    auto &country = define("res.country", "Country", "name, id");
    add(country, "name", "char", "Country Name", "r");
    add(country, "code", "char", "Country Code");
    rel(country, "currency_id", "many2one", "res.currency", "Currency");
    o2m(country, "state_ids", "res.country.state", "country_id", "States");

    auto &state = define("res.country.state", "Country state", "code");
    rel(state, "country_id", "many2one", "res.country", "Country", "r");
    add(state, "name", "char", "State Name", "r");
    add(state, "code", "char", "State Code", "r");

    auto &currency = define("res.currency", "Currency", "active desc, name");
    add(currency, "name", "char", "Currency", "r");
    add(currency, "symbol", "char", "Symbol", "r");
    add(currency, "rate", "float", "Current Rate", "c");
    add(currency, "rounding", "float", "Rounding Factor");
    add(currency, "active", "boolean", "Active");

    auto &imd = define("ir.model.data", "Model Data", "module, model, name");
    add(imd, "name", "char", "External Identifier", "r");
    add(imd, "complete_name", "char", "Complete ID", "c");
    add(imd, "model", "char", "Model Name", "r");
    add(imd, "module", "char", "Module", "r");
    add(imd, "res_id", "integer", "Record ID");
    add(imd, "noupdate", "boolean", "Non Updatable");
}

void OdooModels::defineProducts()
{
    auto &uom = define("uom.uom", "Product Unit of Measure", "sequence, id");
    add(uom, "name", "char", "Unit", "r");
    add(uom, "rounding", "float", "Rounding Precision");
    const bool v17 = m_version == OdooVersion::V17;
    for (const char *modelName : { "product.template", "product.product" }) {
        const bool variant = std::string(modelName) == "product.product";
        auto &m = define(modelName,
            variant ? "Product Variant" : "Product",
            variant ? "default_code, name, id" : "is_favorite desc, name, id");
        if (variant)
            rel(m, "product_tmpl_id", "many2one", "product.template", "Product Template", "r");
        add(m, "name", "char", "Name", variant ? "" : "r");
        if (v17) {
            sel(m,
                "detailed_type",
                "Product Type",
                { { "consu", "Consumable" }, { "service", "Service" }, { "product", "Storable Product" } });
            sel(m,
                "type",
                "Type",
                { { "consu", "Consumable" }, { "service", "Service" }, { "product", "Storable Product" } });
        } else {
            sel(m, "type", "Product Type", { { "consu", "Goods" }, { "service", "Service" }, { "combo", "Combo" } });
            add(m, "is_storable", "boolean", "Track Inventory");
        }
        add(m, "list_price", "float", "Sales Price");
        if (variant) {
            add(m, "lst_price", "float", "Sales Price", "c");
            add(m, "product_template_variant_value_names", "char", "Variant Values");
        } else {
            o2m(m, "product_variant_ids", "product.product", "product_tmpl_id", "Products");
        }
        add(m, "standard_price", "float", "Cost");
        add(m, "sale_ok", "boolean", "Can be Sold");
        add(m, "purchase_ok", "boolean", "Can be Purchased");
        add(m, "is_favorite", "boolean", "Favorite");
        add(m, "default_code", "char", "Internal Reference");
        add(m, "barcode", "char", "Barcode");
        add(m, "weight", "float", "Weight");
        sel(m,
            "invoice_policy",
            "Invoicing Policy",
            { { "order", "Ordered quantities" }, { "delivery", "Delivered quantities" } });
        rel(m, "taxes_id", "many2many", "account.tax", "Sales Taxes");
        add(m, "active", "boolean", "Active");
        add(m, "qty_available", "float", "Quantity On Hand", "c");
        add(m, "virtual_available", "float", "Forecasted Quantity", "c");
        add(m, "free_qty", "float", "Free To Use Quantity ", "c");
        add(m, "incoming_qty", "float", "Incoming", "c");
        add(m, "outgoing_qty", "float", "Outgoing", "c");
    }
}

void OdooModels::defineStock()
{
    auto &warehouse = define("stock.warehouse", "Warehouse", "sequence,id");
    add(warehouse, "name", "char", "Warehouse", "r");
    add(warehouse, "code", "char", "Short Name", "r");
    add(warehouse, "active", "boolean", "Active");
    rel(warehouse, "company_id", "many2one", "res.company", "Company", "r");
    rel(warehouse, "lot_stock_id", "many2one", "stock.location", "Location Stock", "r");
    rel(warehouse, "view_location_id", "many2one", "stock.location", "View Location", "r");
    rel(warehouse, "out_type_id", "many2one", "stock.picking.type", "Out Type");
    rel(warehouse, "partner_id", "many2one", "res.partner", "Address");

    auto &location = define("stock.location", "Inventory Locations", "complete_name, id");
    add(location, "name", "char", "Location Name", "r");
    add(location, "complete_name", "char", "Full Location Name", "c");
    rel(location, "location_id", "many2one", "stock.location", "Parent Location");
    sel(location,
        "usage",
        "Location Type",
        { { "supplier", "Vendor Location" },
            { "view", "View" },
            { "internal", "Internal Location" },
            { "customer", "Customer Location" },
            { "inventory", "Inventory Loss" },
            { "production", "Production" },
            { "transit", "Transit Location" } },
        "r");
    rel(location, "warehouse_id", "many2one", "stock.warehouse", "Warehouse", "c");
    add(location, "active", "boolean", "Active");

    auto &type = define("stock.picking.type", "Picking Type", "sequence, id");
    add(type, "name", "char", "Operation Type", "r");
    sel(type,
        "code",
        "Type of Operation",
        { { "incoming", "Receipt" }, { "outgoing", "Delivery" }, { "internal", "Internal Transfer" } },
        "r");
    add(type, "sequence_code", "char", "Sequence Prefix", "r");
    rel(type, "warehouse_id", "many2one", "stock.warehouse", "Warehouse");
    rel(type, "default_location_src_id", "many2one", "stock.location", "Default Source Location");
    rel(type, "default_location_dest_id", "many2one", "stock.location", "Default Destination Location");

    auto &quant = define("stock.quant", "Quants", "id");
    rel(quant, "product_id", "many2one", "product.product", "Product", "r");
    rel(quant, "location_id", "many2one", "stock.location", "Location", "r");
    rel(quant, "lot_id", "many2one", "stock.lot", "Lot/Serial Number");
    add(quant, "quantity", "float", "Quantity", "o");
    add(quant, "reserved_quantity", "float", "Reserved Quantity", "o");
    add(quant, "available_quantity", "float", "Available Quantity", "c");
    add(quant, "inventory_quantity", "float", "Counted Quantity");
    add(quant, "inventory_quantity_set", "boolean", "Inventory Quantity Set");

    const bool v19 = m_version >= OdooVersion::V19;
    auto &picking = define("stock.picking", "Transfer", "priority desc, scheduled_date asc, id desc");
    add(picking, "name", "char", "Reference");
    add(picking, "origin", "char", "Source Document");
    rel(picking, "backorder_id", "many2one", "stock.picking", "Back Order of");
    o2m(picking, "backorder_ids", "stock.picking", "backorder_id", "Back Orders");
    sel(picking,
        "state",
        "Status",
        { { "draft", "Draft" },
            { "waiting", "Waiting Another Operation" },
            { "confirmed", "Waiting" },
            { "assigned", "Ready" },
            { "done", "Done" },
            { "cancel", "Cancelled" } },
        "o");
    sel(picking, "priority", "Priority", { { "0", "Normal" }, { "1", "Urgent" } });
    add(picking, "scheduled_date", "datetime", "Scheduled Date");
    add(picking, "date_done", "datetime", "Date of Transfer", "o");
    rel(picking, "location_id", "many2one", "stock.location", "Source Location", "r");
    rel(picking, "location_dest_id", "many2one", "stock.location", "Destination Location", "r");
    o2m(picking, "move_ids", "stock.move", "picking_id", "Stock Moves");
    if (!v19)
        o2m(picking, "move_ids_without_package", "stock.move", "picking_id", "Stock moves not in package");
    rel(picking, "picking_type_id", "many2one", "stock.picking.type", "Operation Type", "r");
    sel(picking,
        "picking_type_code",
        "Type of Operation",
        { { "incoming", "Receipt" }, { "outgoing", "Delivery" }, { "internal", "Internal Transfer" } },
        "c");
    rel(picking, "partner_id", "many2one", "res.partner", "Contact");
    rel(picking, "company_id", "many2one", "res.company", "Company");
    rel(picking, "sale_id", "many2one", "sale.order", "Sales Order");
    rel(picking, "carrier_id", "many2one", "delivery.carrier", "Carrier");
    add(picking, "carrier_tracking_ref", "char", "Tracking Reference");
    sel(picking,
        "move_type",
        "Shipping Policy",
        { { "direct", "As soon as possible" }, { "one", "When all products are ready" } });
    add(picking, "note", "html", "Notes");

    auto &move = define("stock.move", "Stock Move", "sequence, id");
    add(move, "name", "char", "Description");
    add(move, "sequence", "integer", "Sequence");
    rel(move, "product_id", "many2one", "product.product", "Product", "r");
    add(move, "product_uom_qty", "float", "Demand", "r");
    add(move, "quantity", "float", "Quantity");
    add(move, "picked", "boolean", "Picked");
    sel(move,
        "state",
        "Status",
        { { "draft", "New" },
            { "waiting", "Waiting Another Move" },
            { "confirmed", "Waiting Availability" },
            { "partially_available", "Partially Available" },
            { "assigned", "Available" },
            { "done", "Done" },
            { "cancel", "Cancelled" } },
        "o");
    rel(move, "picking_id", "many2one", "stock.picking", "Transfer");
    rel(move, "location_id", "many2one", "stock.location", "Source Location", "r");
    rel(move, "location_dest_id", "many2one", "stock.location", "Destination Location", "r");
    rel(move, "sale_line_id", "many2one", "sale.order.line", "Sale Line");
    rel(move, "origin_returned_move_id", "many2one", "stock.move", "Origin return move");
    add(move, "date", "datetime", "Date Scheduled");
    rel(move, "company_id", "many2one", "res.company", "Company");

    auto &carrier = define("delivery.carrier", "Shipping Methods", "sequence, id");
    add(carrier, "name", "char", "Delivery Method", "r");
    add(carrier, "active", "boolean", "Active");
    sel(carrier,
        "delivery_type",
        "Provider",
        { { "base_on_rule", "Based on Rules" }, { "fixed", "Fixed Price" } },
        "r");
    rel(carrier, "product_id", "many2one", "product.product", "Delivery Product", "r");
    add(carrier, "fixed_price", "float", "Fixed Price");
    rel(carrier, "company_id", "many2one", "res.company", "Company");
}

void OdooModels::defineSales()
{
    const bool v19 = m_version >= OdooVersion::V19;
    auto &order = define("sale.order", "Sales Order", "date_order desc, id desc");
    add(order, "name", "char", "Order Reference", "r");
    sel(order,
        "state",
        "Status",
        { { "draft", "Quotation" },
            { "sent", "Quotation Sent" },
            { "sale", "Sales Order" },
            { "cancel", "Cancelled" } },
        "o");
    add(order, "locked", "boolean", "Locked", "o");
    add(order, "client_order_ref", "char", "Customer Reference");
    add(order, "origin", "char", "Source Document");
    add(order, "date_order", "datetime", "Order Date", "r");
    rel(order, "partner_id", "many2one", "res.partner", "Customer", "r");
    rel(order, "partner_invoice_id", "many2one", "res.partner", "Invoice Address", "r");
    rel(order, "partner_shipping_id", "many2one", "res.partner", "Delivery Address", "r");
    rel(order, "currency_id", "many2one", "res.currency", "Currency", "o");
    rel(order, "company_id", "many2one", "res.company", "Company", "r");
    rel(order, "user_id", "many2one", "res.users", "Salesperson");
    o2m(order, "order_line", "sale.order.line", "order_id", "Order Lines");
    add(order, "amount_untaxed", "monetary", "Untaxed Amount", "c");
    add(order, "amount_tax", "monetary", "Taxes", "c");
    add(order, "amount_total", "monetary", "Total", "c");
    rel(order, "invoice_ids", "many2many", "account.move", "Invoices", "o");
    add(order, "invoice_count", "integer", "Invoice Count", "c");
    sel(order,
        "invoice_status",
        "Invoice Status",
        { { "upselling", "Upselling Opportunity" },
            { "invoiced", "Fully Invoiced" },
            { "to invoice", "To Invoice" },
            { "no", "Nothing to Invoice" } },
        "c");
    add(order, "note", "html", "Terms and conditions");
    rel(order, "warehouse_id", "many2one", "stock.warehouse", "Warehouse", "r");
    o2m(order, "picking_ids", "stock.picking", "sale_id", "Transfers");
    sel(order,
        "delivery_status",
        "Delivery Status",
        { { "pending", "Not Delivered" },
            { "started", "Started" },
            { "partial", "Partially Delivered" },
            { "full", "Fully Delivered" } },
        "c");
    sel(order,
        "picking_policy",
        "Shipping Policy",
        { { "direct", "As soon as possible" }, { "one", "When all products are ready" } },
        "r");
    rel(order, "carrier_id", "many2one", "delivery.carrier", "Delivery Method");

    auto &line = define("sale.order.line", "Sales Order Line", "order_id, sequence, id");
    rel(line, "order_id", "many2one", "sale.order", "Order Reference", "r");
    add(line, "sequence", "integer", "Sequence");
    add(line, "name", "text", "Description");
    sel(line, "display_type", "Display Type", { { "line_section", "Section" }, { "line_note", "Note" } });
    rel(line, "product_id", "many2one", "product.product", "Product");
    add(line, "product_uom_qty", "float", "Quantity");
    rel(line, v19 ? "product_uom_id" : "product_uom", "many2one", "uom.uom", "Unit of Measure");
    rel(line, v19 ? "tax_ids" : "tax_id", "many2many", "account.tax", "Taxes");
    add(line, "price_unit", "float", "Unit Price");
    add(line, "discount", "float", "Discount (%)");
    add(line, "price_subtotal", "monetary", "Subtotal", "c");
    add(line, "price_tax", "float", "Total Tax", "c");
    add(line, "price_total", "monetary", "Total", "c");
    add(line, "qty_delivered", "float", "Delivery Quantity", "c");
    add(line, "qty_invoiced", "float", "Invoiced Quantity", "c");
    add(line, "qty_to_invoice", "float", "Quantity To Invoice", "c");
    add(line, "customer_lead", "float", "Lead Time");
    add(line, "is_delivery", "boolean", "Is a Delivery");
    rel(line, "order_partner_id", "many2one", "res.partner", "Customer", "c");
    sel(line,
        "state",
        "Order Status",
        { { "draft", "Quotation" },
            { "sent", "Quotation Sent" },
            { "sale", "Sales Order" },
            { "cancel", "Cancelled" } },
        "c");
    rel(line, "currency_id", "many2one", "res.currency", "Currency", "c");
}

void OdooModels::defineAccounting()
{
    auto &tax = define("account.tax", "Tax", "sequence,id");
    add(tax, "name", "char", "Tax Name", "r");
    sel(tax,
        "amount_type",
        "Tax Computation",
        { { "group", "Group of Taxes" },
            { "fixed", "Fixed" },
            { "percent", "Percentage" },
            { "division", "Percentage Tax Included" } },
        "r");
    add(tax, "amount", "float", "Amount", "r");
    sel(tax, "type_tax_use", "Tax Type", { { "sale", "Sales" }, { "purchase", "Purchases" }, { "none", "None" } }, "r");
    add(tax, "price_include", "boolean", "Included in Price");
    rel(tax, "country_id", "many2one", "res.country", "Country");
    add(tax, "active", "boolean", "Active");
    rel(tax, "company_id", "many2one", "res.company", "Company");

    auto &journal = define("account.journal", "Journal", "sequence, type, code");
    add(journal, "name", "char", "Journal Name", "r");
    add(journal, "code", "char", "Short Code", "r");
    sel(journal,
        "type",
        "Type",
        { { "sale", "Sales" },
            { "purchase", "Purchase" },
            { "cash", "Cash" },
            { "bank", "Bank" },
            { "general", "Miscellaneous" } },
        "r");

    auto &move = define("account.move", "Journal Entry", "date desc, name desc, id desc");
    add(move, "name", "char", "Number");
    add(move, "ref", "char", "Reference");
    sel(move,
        "move_type",
        "Type",
        { { "entry", "Journal Entry" },
            { "out_invoice", "Customer Invoice" },
            { "out_refund", "Customer Credit Note" },
            { "in_invoice", "Vendor Bill" },
            { "in_refund", "Vendor Credit Note" } },
        "r");
    sel(move, "state", "Status", { { "draft", "Draft" }, { "posted", "Posted" }, { "cancel", "Cancelled" } }, "o");
    add(move, "date", "date", "Date", "r");
    add(move, "invoice_date", "date", "Invoice/Bill Date");
    add(move, "invoice_origin", "char", "Origin");
    rel(move, "partner_id", "many2one", "res.partner", "Partner");
    rel(move, "journal_id", "many2one", "account.journal", "Journal", "r");
    rel(move, "currency_id", "many2one", "res.currency", "Currency", "r");
    rel(move, "company_id", "many2one", "res.company", "Company");
    o2m(move, "invoice_line_ids", "account.move.line", "move_id", "Invoice lines");
    add(move, "amount_untaxed", "monetary", "Untaxed Amount", "c");
    add(move, "amount_tax", "monetary", "Tax", "c");
    add(move, "amount_total", "monetary", "Total", "c");
    add(move, "amount_residual", "monetary", "Amount Due", "o");
    sel(move,
        "payment_state",
        "Payment Status",
        { { "not_paid", "Not Paid" },
            { "in_payment", "In Payment" },
            { "paid", "Paid" },
            { "partial", "Partially Paid" },
            { "reversed", "Reversed" },
            { "invoicing_legacy", "Invoicing App Legacy" } },
        "o");
    rel(move, "reversed_entry_id", "many2one", "account.move", "Reversal of");

    auto &line = define("account.move.line", "Journal Item", "date desc, move_name desc, id");
    rel(line, "move_id", "many2one", "account.move", "Journal Entry", "r");
    add(line, "name", "char", "Label");
    rel(line, "product_id", "many2one", "product.product", "Product");
    add(line, "quantity", "float", "Quantity");
    add(line, "price_unit", "float", "Unit Price");
    add(line, "discount", "float", "Discount (%)");
    rel(line, "tax_ids", "many2many", "account.tax", "Taxes");
    add(line, "price_subtotal", "monetary", "Subtotal", "c");
    add(line, "price_total", "monetary", "Total", "c");
    rel(line, "sale_line_ids", "many2many", "sale.order.line", "Sales Order Lines");

    auto &payment = define("account.payment", "Payments", "date desc, name desc");
    add(payment, "name", "char", "Number");
    add(payment, "amount", "monetary", "Amount");
    add(payment, "date", "date", "Date");
    sel(payment, "payment_type", "Payment Type", { { "outbound", "Send" }, { "inbound", "Receive" } }, "r");
    rel(payment, "partner_id", "many2one", "res.partner", "Customer/Vendor");
    rel(payment, "journal_id", "many2one", "account.journal", "Journal");
    sel(payment,
        "state",
        "Status",
        { { "draft", "Draft" }, { "in_process", "In Process" }, { "paid", "Paid" }, { "canceled", "Canceled" } });
    rel(payment, "reconciled_invoice_ids", "many2many", "account.move", "Reconciled Invoices");
}

void OdooModels::defineWizards()
{
    auto &backorder = define("stock.backorder.confirmation", "Backorder Confirmation");
    backorder.transient = true;
    rel(backorder, "pick_ids", "many2many", "stock.picking", "Pick");
    add(backorder, "show_transfers", "boolean", "Show Transfers");
    o2m(backorder,
        "backorder_confirmation_line_ids",
        "stock.backorder.confirmation.line",
        "backorder_confirmation_id",
        "Backorder Confirmation Lines");

    auto &backorderLine = define("stock.backorder.confirmation.line", "Backorder Confirmation Line");
    backorderLine.transient = true;
    rel(backorderLine, "backorder_confirmation_id", "many2one", "stock.backorder.confirmation", "Immediate Transfer");
    rel(backorderLine, "picking_id", "many2one", "stock.picking", "Transfer");
    add(backorderLine, "to_backorder", "boolean", "To Backorder");

    // Returns (stock/wizard/stock_picking_return.py): lines filled from the done picking's moves.
    auto &ret = define("stock.return.picking", "Return Picking");
    ret.transient = true;
    rel(ret, "picking_id", "many2one", "stock.picking", "Picking");
    o2m(ret, "product_return_moves", "stock.return.picking.line", "wizard_id", "Moves");
    auto &retLine = define("stock.return.picking.line", "Return Picking Line");
    retLine.transient = true;
    rel(retLine, "product_id", "many2one", "product.product", "Product", "r");
    add(retLine, "quantity", "float", "Quantity", "r");
    rel(retLine, "move_id", "many2one", "stock.move", "Move");
    rel(retLine, "wizard_id", "many2one", "stock.return.picking", "Wizard");

    auto &sms = define("confirm.stock.sms", "Confirm Stock SMS");
    sms.transient = true;
    rel(sms, "pick_ids", "many2many", "stock.picking", "Pick");

    auto &cancel = define("sale.order.cancel", "Sales Order Cancel");
    cancel.transient = true;
    rel(cancel, "order_id", "many2one", "sale.order", "Sale Order", "r");

    auto &advance = define("sale.advance.payment.inv", "Sales Advance Payment Invoice");
    advance.transient = true;
    sel(advance,
        "advance_payment_method",
        "Create Invoice",
        { { "delivered", "Regular invoice" },
            { "percentage", "Down payment (percentage)" },
            { "fixed", "Down payment (fixed amount)" } },
        "r");
    rel(advance, "sale_order_ids", "many2many", "sale.order", "Sale Order");
    add(advance, "amount", "float", "Down Payment");

    auto &reg = define("account.payment.register", "Pay");
    reg.transient = true;
    rel(reg, "line_ids", "many2many", "account.move", "Journal items");
    add(reg, "amount", "monetary", "Amount");
    add(reg, "payment_date", "date", "Payment Date", "r");
    rel(reg, "journal_id", "many2one", "account.journal", "Journal");
    add(reg, "communication", "char", "Memo");

    auto &reversal = define("account.move.reversal", "Account Move Reversal");
    reversal.transient = true;
    rel(reversal, "move_ids", "many2many", "account.move", "Move");
    add(reversal, "reason", "char", "Reason displayed on Credit Note");
    add(reversal, "date", "date", "Reversal date");
    rel(reversal, "journal_id", "many2one", "account.journal", "Journal", "r");
    rel(reversal, "new_move_ids", "many2many", "account.move", "New Move");

    auto &carrier = define("choose.delivery.carrier", "Delivery Method Selection Wizard");
    carrier.transient = true;
    rel(carrier, "order_id", "many2one", "sale.order", "Order", "r");
    rel(carrier, "carrier_id", "many2one", "delivery.carrier", "Shipping Method", "r");
    add(carrier, "delivery_price", "float", "Cost");
}

} // namespace Quayside::Sandbox
