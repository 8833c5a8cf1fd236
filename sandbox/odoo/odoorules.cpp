#include "sandbox/odoo/odoorules.h"

#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooerror.h"
#include "sandbox/odoo/odooseeder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace Quayside::Sandbox {

using namespace OdooJson;

namespace {

std::string padded(int number)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%05d", number);
    return buffer;
}

// Fills in each default the caller did not send.
void setDefaults(Json &vals, const Json &defaults)
{
    for (const auto &[field, value] : defaults.items())
        if (!vals.contains(field))
            vals[field] = value;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

OdooRules::OdooRules(OdooDatabase &database, OdooVersion version)
    : m_database(database)
    , m_version(version)
{ }

double OdooRules::round2(double value)
{
    return std::round(value * 100.0 + (value >= 0 ? 1e-9 : -1e-9)) / 100.0;
}

void OdooRules::install()
{
    OdooDatabase::Hooks hooks;
    hooks.defaults
        = [this](const std::string &model, Json &vals, const Json &context) { applyDefaults(model, vals, context); };
    hooks.compute
        = [this](const std::string &model, const Json &record, const std::string &field, const Json &context) {
              return compute(model, record, field, context);
          };
    hooks.created = [this](const std::string &model, int id, const Json &context) { afterCreate(model, id, context); };
    hooks.written = [this](const std::string &model, const std::vector<int> &ids, const Json &vals) {
        afterWrite(model, ids, vals);
    };
    hooks.constrain = [this](const std::string &model, const std::vector<int> &ids) { constrain(model, ids); };
    hooks.unlinkCheck = [this](const std::string &model, const std::vector<int> &ids) { checkUnlink(model, ids); };
    m_database.setHooks(std::move(hooks));
}

std::vector<int> OdooRules::activeIdsOf(const Json &context, const std::string &model) const
{
    std::vector<int> ids;
    if (!context.is_object() || context.value("active_model", std::string()) != model)
        return ids;
    return idList(context.contains("active_ids") ? context["active_ids"] : context.value("active_id", Json()));
}

void OdooRules::applyDefaults(const std::string &model, Json &vals, const Json &context)
{
    auto setDefault = [&vals](const char *field, const Json &value) {
        if (!vals.contains(field))
            vals[field] = value;
    };
    const std::string now = OdooDatabase::now();
    const std::string today = OdooDatabase::today();
    const bool v17 = m_version == OdooVersion::V17;
    if (model == "res.partner") {
        setDefault("active", true);
        setDefault("type", "contact");
        setDefault("lang", context.is_object() && context.contains("lang") ? context["lang"] : Json("en_US"));
    } else if (model == "product.template" || model == "product.product") {
        setDefaults(vals,
            Json { { "active", true },
                { "sale_ok", true },
                { "purchase_ok", true },
                { "is_favorite", false },
                { "list_price", 1.0 },
                { "invoice_policy", "order" },
                { "taxes_id", Json::array({ Json::array({ 6, 0, Json::array({ 1 }) }) }) } });
        if (v17) {
            // 17 computes type from detailed_type (and a written type sets it back).
            setDefault("detailed_type", vals.contains("type") ? vals["type"] : Json("consu"));
            vals["type"] = vals["detailed_type"];
        } else {
            setDefault("type", "consu");
            setDefault("is_storable", false);
        }
        if (model == "product.product" && !vals.contains("product_tmpl_id")) {
            Json tmpl = Json::object();
            for (const char *f :
                { "name", "type", "detailed_type", "is_storable", "list_price", "sale_ok", "invoice_policy" })
                if (vals.contains(f))
                    tmpl[f] = vals[f];
            vals["product_tmpl_id"]
                = m_database.create("product.template", tmpl, Json { { "create_product_product", false } });
        }
    } else if (model == "account.tax") {
        setDefaults(vals,
            Json { { "active", true },
                { "company_id", 1 },
                { "amount_type", "percent" },
                { "type_tax_use", "sale" },
                { "price_include", false } });
    } else if (model == "stock.quant") {
        setDefault("quantity", 0.0);
        setDefault("reserved_quantity", 0.0);
        if (context.is_object() && context.value("inventory_mode", false) == true
            && vals.contains("inventory_quantity"))
            vals["inventory_quantity_set"] = true;
    } else if (model == "sale.order") {
        if (!vals.contains("name") || vals["name"] == "New" || vals["name"] == false)
            vals["name"] = "S" + padded(m_database.nextSequence("sale.order"));
        vals["state"] = "draft";
        vals["locked"] = false;
        setDefaults(vals,
            Json { { "date_order", now },
                { "company_id", 1 },
                { "user_id", OdooSeeder::kAdminUid },
                { "currency_id", 1 },
                { "warehouse_id", 1 },
                { "picking_policy", "direct" } });
        if (vals.contains("partner_id")) {
            setDefault("partner_invoice_id", vals["partner_id"]);
            setDefault("partner_shipping_id", vals["partner_id"]);
        }
    } else if (model == "sale.order.line") {
        setDefault("sequence", 10);
        setDefault("product_uom_qty", 1.0);
        setDefault("discount", 0.0);
        setDefault("customer_lead", 0.0);
        setDefault("is_delivery", false);
        const int product
            = vals.contains("product_id") && vals["product_id"].is_number() ? int(vals["product_id"].get<double>()) : 0;
        if (product && m_database.exists("product.product", product)) {
            setDefault("price_unit", m_database.value("product.product", product, "list_price"));
            setDefault("name", m_database.displayName("product.product", product));
            const std::string taxField = m_database.models().lineTaxField();
            if (!vals.contains(taxField))
                vals[taxField]
                    = Json::array({ Json::array({ 6, 0, m_database.stored("product.product", product, "taxes_id") }) });
            setDefault(m_database.models().lineUomField().c_str(), 1);
        }
    } else if (model == "stock.picking") {
        const int type = vals.contains("picking_type_id") ? idOf(vals["picking_type_id"]) : 0;
        if (type && m_database.exists("stock.picking.type", type)) {
            setDefault("location_id", m_database.stored("stock.picking.type", type, "default_location_src_id"));
            setDefault("location_dest_id", m_database.stored("stock.picking.type", type, "default_location_dest_id"));
            if (!vals.contains("name")) {
                const int wh = idOf(m_database.stored("stock.picking.type", type, "warehouse_id"));
                vals["name"] = text(m_database.stored("stock.warehouse", wh, "code")) + "/"
                    + text(m_database.stored("stock.picking.type", type, "sequence_code")) + "/"
                    + padded(m_database.nextSequence("picking.type." + std::to_string(type)));
            }
        }
        vals["state"] = "draft";
        setDefaults(vals,
            Json { { "move_type", "direct" }, { "priority", "0" }, { "scheduled_date", now }, { "company_id", 1 } });
    } else if (model == "stock.move") {
        vals["state"] = "draft";
        setDefault("quantity", 0.0);
        setDefault("picked", false);
        setDefault("sequence", 10);
        setDefault("date", now);
        setDefault("company_id", 1);
        if (vals.contains("product_id") && vals["product_id"].is_number_integer())
            setDefault("name", m_database.displayName("product.product", vals["product_id"].get<int>()));
    } else if (model == "account.move") {
        vals["state"] = "draft";
        vals["name"] = false;
        setDefaults(vals,
            Json { { "move_type", "entry" },
                { "date", today },
                { "journal_id", OdooSeeder::kInvoiceJournal },
                { "currency_id", 1 },
                { "company_id", 1 },
                { "payment_state", "not_paid" },
                { "amount_residual", 0.0 } });
    } else if (model == "account.move.line") {
        setDefault("quantity", 1.0);
        setDefault("discount", 0.0);
    } else if (model == "ir.model.data") {
        setDefault("noupdate", false);
    } else if (model == "sale.advance.payment.inv") {
        setDefault("advance_payment_method", "delivered");
        const auto orders = activeIdsOf(context, "sale.order");
        if (!orders.empty())
            setDefault("sale_order_ids", Json::array({ Json::array({ 6, 0, orders }) }));
    } else if (model == "account.payment.register" || model == "account.move.reversal") {
        const auto moves = activeIdsOf(context, "account.move");
        if (moves.empty())
            throw OdooError::userError(model == "account.move.reversal"
                    ? "You can only reverse posted moves."
                    : "You can only register payment for posted journal entries.");
        double residual = 0;
        for (int move : moves) {
            if (m_database.stored("account.move", move, "state") != "posted")
                throw OdooError::userError(model == "account.move.reversal"
                        ? "You can only reverse posted moves."
                        : "You can only register payment for posted journal entries.");
            residual += m_database.value("account.move", move, "amount_residual").get<double>();
        }
        if (model == "account.payment.register") {
            setDefault("line_ids", Json::array({ Json::array({ 6, 0, moves }) }));
            setDefault("amount", round2(residual));
            setDefault("payment_date", today);
            setDefault("journal_id", OdooSeeder::kBankJournal);
        } else {
            setDefault("move_ids", Json::array({ Json::array({ 6, 0, moves }) }));
            setDefault("date", today);
        }
    } else if (model == "choose.delivery.carrier") {
        if (vals.contains("carrier_id") && vals["carrier_id"].is_number_integer())
            setDefault(
                "delivery_price", m_database.stored("delivery.carrier", vals["carrier_id"].get<int>(), "fixed_price"));
    } else if (model == "stock.backorder.confirmation") {
        setDefault("show_transfers", false);
    } else if (model == "stock.return.picking") {
        const auto pickings = activeIdsOf(context, "stock.picking");
        if (pickings.size() > 1)
            throw OdooError::userError("You may only return one picking at a time.");
        if (!pickings.empty())
            setDefault("picking_id", pickings.front());
        const int picking = idOf(vals.value("picking_id", Json()));
        if (picking && m_database.stored("stock.picking", picking, "state") != "done")
            throw OdooError::userError("You may only return Done pickings.");
    }
}

void OdooRules::afterWrite(const std::string &model, const std::vector<int> &ids, const Json &vals)
{
    if (model != "product.product")
        return;
    for (int id : ids) {
        const int tmpl = idOf(m_database.stored(model, id, "product_tmpl_id"));
        const auto siblings = m_database.value("product.template", tmpl, "product_variant_ids").get<std::vector<int>>();
        // `name` is related to the template's: every variant shows the new name.
        if (vals.contains("name")) {
            m_database.update("product.template", tmpl, Json { { "name", vals["name"] } });
            for (int v : siblings)
                m_database.update(model, v, Json { { "name", vals["name"] } });
        }
        // lst_price's inverse writes the template's list_price. The sandbox keeps a price per variant instead
        // of attribute extras, so the variant's own price moves, and the template's when it has one variant.
        if (vals.contains("lst_price") && vals["lst_price"].is_number()) {
            m_database.update(model, id, Json { { "list_price", vals["lst_price"] } });
            if (siblings.size() == 1)
                m_database.update("product.template", tmpl, Json { { "list_price", vals["lst_price"] } });
        }
    }
}

void OdooRules::afterCreate(const std::string &model, int id, const Json &context)
{
    if (model == "product.template") {
        if (context.is_object() && context.value("create_product_product", true) == false)
            return;
        Json variant = *m_database.record(model, id);
        for (const char *f : { "id", "create_date", "write_date", "create_uid", "write_uid" })
            variant.erase(f);
        variant["product_tmpl_id"] = id;
        m_database.insert("product.product", variant);
    } else if (model == "stock.return.picking") {
        // _compute_moves_locations: one line per move of the picking that is not cancelled; 17 proposes
        // what is left to return, 18 and 19 start every line at 0 (the "Return All" button fills them).
        const int picking = idOf(m_database.stored(model, id, "picking_id"));
        if (!picking || !m_database.value(model, id, "product_return_moves").empty())
            return;
        for (const auto &m : m_database.value("stock.picking", picking, "move_ids")) {
            const int move = m.get<int>();
            if (m_database.stored("stock.move", move, "state") == "cancel")
                continue;
            double left = num(m_database.stored("stock.move", move, "quantity"));
            for (int other : m_database.idsWhere("stock.move", "origin_returned_move_id", move))
                if (m_database.stored("stock.move", other, "state") != "cancel")
                    left -= num(m_database.stored("stock.move", other, "product_uom_qty"));
            m_database.insert("stock.return.picking.line",
                { { "wizard_id", id },
                    { "move_id", move },
                    { "product_id", m_database.stored("stock.move", move, "product_id") },
                    { "quantity", m_version == OdooVersion::V17 ? std::max(0.0, left) : 0.0 } });
        }
    } else if (model == "stock.backorder.confirmation") {
        for (const auto &pick : m_database.stored(model, id, "pick_ids"))
            m_database.insert("stock.backorder.confirmation.line",
                { { "backorder_confirmation_id", id }, { "picking_id", pick }, { "to_backorder", true } });
    }
}

std::set<int> OdooRules::childLocations(int locationId) const
{
    std::set<int> result { locationId };
    bool grown = true;
    while (grown) {
        grown = false;
        for (int id : m_database.allIds("stock.location")) {
            const int parent = idOf(m_database.stored("stock.location", id, "location_id"));
            if (parent && result.count(parent) && !result.count(id)) {
                result.insert(id);
                grown = true;
            }
        }
    }
    return result;
}

std::set<int> OdooRules::contextLocations(const Json &context) const
{
    std::set<int> internal;
    for (int id : m_database.allIds("stock.location"))
        if (m_database.stored("stock.location", id, "usage") == "internal")
            internal.insert(id);
    auto resolve = [&](const std::string &model, const Json &value) {
        std::vector<int> ids;
        const Json list = value.is_array() ? value : Json::array({ value });
        for (const auto &v : list) {
            if (v.is_number_integer())
                ids.push_back(v.get<int>());
            else if (v.is_string())
                for (int id : m_database.allIds(model))
                    if (lower(m_database.displayName(model, id)).find(lower(v.get<std::string>())) != std::string::npos)
                        ids.push_back(id);
        }
        return ids;
    };
    auto restrict = [&](const std::set<int> &allowed) {
        std::set<int> out;
        for (int id : internal)
            if (allowed.count(id))
                out.insert(id);
        internal = out;
    };
    if (!context.is_object())
        return internal;
    auto given = [&context](const std::string &key) {
        return context.contains(key) && context[key] != false && !context[key].is_null();
    };
    // 17 reads "warehouse", 18+ "warehouse_id"; 19 also takes search_warehouse / search_location.
    std::string warehouseKey = m_database.models().warehouseContextKey();
    std::string locationKey = "location";
    if (m_version >= OdooVersion::V19 && !given(warehouseKey))
        warehouseKey = "search_warehouse";
    if (m_version >= OdooVersion::V19 && !given(locationKey))
        locationKey = "search_location";
    if (given(warehouseKey)) {
        std::set<int> allowed;
        for (int wh : resolve("stock.warehouse", context[warehouseKey]))
            for (int l : childLocations(idOf(m_database.stored("stock.warehouse", wh, "view_location_id"))))
                allowed.insert(l);
        restrict(allowed);
    }
    if (given(locationKey)) {
        std::set<int> allowed;
        for (int loc : resolve("stock.location", context[locationKey]))
            for (int l : childLocations(loc))
                allowed.insert(l);
        restrict(allowed);
    }
    return internal;
}

OdooRules::StockFigures OdooRules::productStock(int productId, const std::set<int> &locations) const
{
    StockFigures figures;
    for (int q : m_database.idsWhere("stock.quant", "product_id", productId)) {
        const Json &quant = *m_database.record("stock.quant", q);
        if (idOf(quant.value("product_id", Json())) != productId
            || !locations.count(idOf(quant.value("location_id", Json()))))
            continue;
        const double qty = quant.value("quantity", 0.0);
        figures.onHand += qty;
        figures.free += qty - quant.value("reserved_quantity", 0.0);
    }
    for (int m : m_database.idsWhere("stock.move", "product_id", productId)) {
        const Json &move = *m_database.record("stock.move", m);
        const std::string state = text(move.value("state", Json()));
        if (idOf(move.value("product_id", Json())) != productId || state == "done" || state == "cancel"
            || state == "draft")
            continue;
        const bool fromInside = locations.count(idOf(move.value("location_id", Json()))) > 0;
        const bool toInside = locations.count(idOf(move.value("location_dest_id", Json()))) > 0;
        const double qty = move.value("product_uom_qty", 0.0);
        if (fromInside && !toInside)
            figures.outgoing += qty;
        else if (!fromInside && toInside)
            figures.incoming += qty;
    }
    return figures;
}

bool OdooRules::isStorable(int productId) const
{
    if (m_version == OdooVersion::V17)
        return m_database.stored("product.product", productId, "type") == "product";
    return m_database.stored("product.product", productId, "is_storable") == true;
}

std::vector<double> OdooRules::applyTaxes(double base, const Json &taxIds) const
{
    double untaxed = base;
    double tax = 0;
    if (taxIds.is_array()) {
        double includedRate = 0;
        for (const auto &t : taxIds)
            if (m_database.stored("account.tax", idOf(t), "price_include") == true)
                includedRate += m_database.stored("account.tax", idOf(t), "amount").get<double>();
        untaxed = base / (1.0 + includedRate / 100.0);
        for (const auto &t : taxIds) {
            const Json rate = m_database.stored("account.tax", idOf(t), "amount");
            if (rate.is_number())
                tax += round2(untaxed * rate.get<double>() / 100.0);
        }
    }
    untaxed = round2(untaxed);
    return { untaxed, round2(tax), round2(untaxed + tax) };
}

Json OdooRules::displayName(const std::string &model, const Json &record) const
{
    const std::string name = text(record.value("name", Json()));
    const int id = record.value("id", 0);
    if (model == "res.partner") {
        const int parent = idOf(record.value("parent_id", Json()));
        return parent ? m_database.displayName("res.partner", parent) + ", " + name : name;
    }
    if (model == "product.product" || model == "product.template") {
        std::string out = name;
        const std::string code = text(record.value("default_code", Json()));
        if (!code.empty())
            out = "[" + code + "] " + out;
        const std::string values = text(record.value("product_template_variant_value_names", Json()));
        if (!values.empty())
            out += " (" + values + ")";
        return out;
    }
    if (model == "stock.location") {
        const int parent = idOf(record.value("location_id", Json()));
        if (!parent || record.value("usage", std::string()) == "view")
            return name;
        return m_database.displayName("stock.location", parent) + "/" + name;
    }
    if (model == "stock.picking.type") {
        const int wh = idOf(record.value("warehouse_id", Json()));
        return wh ? m_database.displayName("stock.warehouse", wh) + ": " + name : name;
    }
    if (model == "sale.order.line") {
        const int order = idOf(record.value("order_id", Json()));
        std::string line = name.substr(0, name.find('\n'));
        std::string out = text(m_database.stored("sale.order", order, "name")) + " - " + line;
        const std::string ref
            = text(m_database.stored("res.partner", idOf(m_database.stored("sale.order", order, "partner_id")), "ref"));
        return ref.empty() ? out : out + " (" + ref + ")";
    }
    if (model == "account.move") {
        std::string out = name;
        if (out.empty()) {
            const std::string type = text(record.value("move_type", Json()));
            out = std::string(type == "out_refund" ? "Draft Credit Note"
                          : type == "out_invoice"  ? "Draft Invoice"
                                                   : "Draft Entry")
                + " (* " + std::to_string(id) + ")";
        }
        const std::string ref = text(record.value("ref", Json()));
        return ref.empty() ? out : out + " (" + ref + ")";
    }
    if (model == "res.country.state")
        return name + " (" + text(m_database.stored("res.country", idOf(record.value("country_id", Json())), "code"))
            + ")";
    if (model == "ir.model.data")
        return text(record.value("module", Json())) + "." + name;
    if (record.contains("name") && record["name"].is_string())
        return name;
    return model + "," + std::to_string(id);
}

Json OdooRules::compute(
    const std::string &model, const Json &record, const std::string &field, const Json &context) const
{
    const int id = record.value("id", 0);
    if (field == "display_name" || field == "complete_name")
        return displayName(model, record);
    if (model == "product.product" || model == "product.template") {
        if (field == "lst_price")
            return record.value("list_price", 0.0);
        const auto locations = contextLocations(context);
        StockFigures figures;
        std::vector<int> variants { id };
        if (model == "product.template")
            variants = m_database.value(model, id, "product_variant_ids").get<std::vector<int>>();
        for (int v : variants) {
            const auto f = productStock(v, locations);
            figures.onHand += f.onHand;
            figures.free += f.free;
            figures.incoming += f.incoming;
            figures.outgoing += f.outgoing;
        }
        if (field == "qty_available")
            return figures.onHand;
        if (field == "free_qty")
            return figures.free;
        if (field == "incoming_qty")
            return figures.incoming;
        if (field == "outgoing_qty")
            return figures.outgoing;
        if (field == "virtual_available")
            return figures.onHand + figures.incoming - figures.outgoing;
    }
    if (model == "stock.quant" && field == "available_quantity")
        return record.value("quantity", 0.0) - record.value("reserved_quantity", 0.0);
    if (model == "stock.location" && field == "warehouse_id") {
        for (int wh : m_database.allIds("stock.warehouse"))
            if (childLocations(idOf(m_database.stored("stock.warehouse", wh, "view_location_id"))).count(id))
                return wh;
        return false;
    }
    if (model == "stock.picking" && field == "picking_type_code")
        return m_database.stored("stock.picking.type", idOf(record.value("picking_type_id", Json())), "code");
    if (model == "sale.order")
        return computeSaleOrder(record, field);
    if (model == "sale.order.line")
        return computeSaleLine(record, field);
    if (model == "account.move" || model == "account.move.line")
        return computeAccountMove(record, field);
    if (model == "res.currency" && field == "rate")
        return 1.0;
    return false;
}

Json OdooRules::computeSaleOrder(const Json &record, const std::string &field) const
{
    const int id = record.value("id", 0);
    const Json lines = m_database.value("sale.order", id, "order_line");
    if (field == "amount_untaxed" || field == "amount_tax" || field == "amount_total") {
        double sum = 0;
        const std::string lineField = field == "amount_untaxed" ? "price_subtotal"
            : field == "amount_tax"                             ? "price_tax"
                                                                : "price_total";
        for (const auto &line : lines)
            sum += m_database.value("sale.order.line", line.get<int>(), lineField).get<double>();
        return round2(sum);
    }
    if (field == "invoice_count")
        return int(record.value("invoice_ids", Json::array()).size());
    if (field == "invoice_status") {
        if (record.value("state", std::string()) != "sale")
            return "no";
        bool allInvoiced = true;
        for (const auto &line : lines) {
            const int l = line.get<int>();
            if (m_database.stored("sale.order.line", l, "display_type") != false)
                continue;
            if (std::abs(m_database.value("sale.order.line", l, "qty_to_invoice").get<double>()) > 1e-6)
                return "to invoice";
            if (m_database.value("sale.order.line", l, "qty_invoiced").get<double>()
                < m_database.value("sale.order.line", l, "product_uom_qty").get<double>() - 1e-6)
                allInvoiced = false;
        }
        return allInvoiced && !lines.empty() ? "invoiced" : "no";
    }
    if (field == "delivery_status") {
        int total = 0;
        int done = 0;
        for (const auto &p : m_database.value("sale.order", id, "picking_ids")) {
            const std::string state = text(m_database.stored("stock.picking", p.get<int>(), "state"));
            if (state == "cancel")
                continue;
            ++total;
            done += state == "done";
        }
        if (!total)
            return false;
        return done == total ? "full" : done ? "partial" : "pending";
    }
    return false;
}

Json OdooRules::computeSaleLine(const Json &record, const std::string &field) const
{
    const int id = record.value("id", 0);
    const int order = idOf(record.value("order_id", Json()));
    const double qty = record.value("product_uom_qty", 0.0);
    if (field == "price_subtotal" || field == "price_tax" || field == "price_total") {
        const double base = qty * record.value("price_unit", 0.0) * (1.0 - record.value("discount", 0.0) / 100.0);
        const auto amounts = applyTaxes(base, record.value(m_database.models().lineTaxField(), Json::array()));
        return field == "price_subtotal" ? amounts[0] : field == "price_tax" ? amounts[1] : amounts[2];
    }
    if (field == "qty_delivered") {
        double delivered = 0;
        for (int m : m_database.idsWhere("stock.move", "sale_line_id", id)) {
            const Json &move = *m_database.record("stock.move", m);
            if (idOf(move.value("sale_line_id", Json())) == id && move.value("state", std::string()) == "done")
                delivered += move.value("quantity", 0.0);
        }
        return delivered;
    }
    if (field == "qty_invoiced") {
        double invoiced = 0;
        for (int l : m_database.idsWhere("account.move.line", "sale_line_ids", id)) {
            const Json &line = *m_database.record("account.move.line", l);
            const Json links = line.value("sale_line_ids", Json::array());
            if (std::find(links.begin(), links.end(), Json(id)) == links.end())
                continue;
            const int move = idOf(line.value("move_id", Json()));
            if (m_database.stored("account.move", move, "state") == "cancel")
                continue;
            const double sign = m_database.stored("account.move", move, "move_type") == "out_refund" ? -1.0 : 1.0;
            invoiced += sign * line.value("quantity", 0.0);
        }
        return invoiced;
    }
    if (field == "qty_to_invoice") {
        if (m_database.stored("sale.order", order, "state") != "sale"
            || record.value("display_type", Json(false)) != false)
            return 0.0;
        const int product = idOf(record.value("product_id", Json()));
        const bool byDelivery = m_database.stored("product.product", product, "invoice_policy") == "delivery";
        const double basis = byDelivery ? m_database.value("sale.order.line", id, "qty_delivered").get<double>() : qty;
        return basis - m_database.value("sale.order.line", id, "qty_invoiced").get<double>();
    }
    if (field == "order_partner_id")
        return m_database.stored("sale.order", order, "partner_id");
    if (field == "state")
        return m_database.stored("sale.order", order, "state");
    if (field == "currency_id")
        return m_database.stored("sale.order", order, "currency_id");
    return false;
}

Json OdooRules::computeAccountMove(const Json &record, const std::string &field) const
{
    const int id = record.value("id", 0);
    if (field == "price_subtotal" || field == "price_total") {
        const double base = record.value("quantity", 0.0) * record.value("price_unit", 0.0)
            * (1.0 - record.value("discount", 0.0) / 100.0);
        const auto amounts = applyTaxes(base, record.value("tax_ids", Json::array()));
        return field == "price_subtotal" ? amounts[0] : amounts[2];
    }
    if (field == "amount_untaxed" || field == "amount_tax" || field == "amount_total") {
        double untaxed = 0;
        double total = 0;
        for (const auto &line : m_database.value("account.move", id, "invoice_line_ids")) {
            untaxed += m_database.value("account.move.line", line.get<int>(), "price_subtotal").get<double>();
            total += m_database.value("account.move.line", line.get<int>(), "price_total").get<double>();
        }
        return round2(field == "amount_untaxed" ? untaxed : field == "amount_total" ? total : total - untaxed);
    }
    return false;
}

void OdooRules::constrain(const std::string &model, const std::vector<int> &ids) const
{
    if (model == "product.product") {
        for (int id : ids) {
            const std::string barcode = text(m_database.stored(model, id, "barcode"));
            if (barcode.empty())
                continue;
            std::vector<std::string> holders;
            for (int other : m_database.idsWhere(model, "barcode", barcode))
                holders.push_back(m_database.displayName(model, other));
            if (holders.size() < 2)
                continue;
            std::string list;
            for (size_t i = 0; i < holders.size(); ++i)
                list += (i == 0 ? "" : i + 1 == holders.size() ? " and " : ", ") + holders[i];
            throw OdooError::validationError("Barcode(s) already assigned:\n\n- Barcode \"" + barcode
                + "\" already assigned to product(s): " + list
                + "\n\nNote: products that you don't have access to will not be shown above.");
        }
    } else if (model == "ir.model.data") {
        for (int id : ids) {
            const Json module = m_database.stored(model, id, "module");
            const Json name = m_database.stored(model, id, "name");
            for (int other : m_database.idsWhere(model, "name", name))
                if (other != id && m_database.stored(model, other, "module") == module
                    && m_database.stored(model, other, "name") == name)
                    throw OdooError::validationError(
                        "The operation cannot be completed: duplicate key value violates unique constraint "
                        "\"ir_model_data_module_name_uniq_index\"\nDETAIL:  Key (module, name)=("
                        + text(module) + ", " + text(name) + ") already exists.\n");
        }
    }
}

void OdooRules::checkUnlink(const std::string &model, const std::vector<int> &ids) const
{
    for (int id : ids) {
        if (model == "sale.order") {
            const Json state = m_database.stored(model, id, "state");
            if (state != "draft" && state != "cancel")
                throw OdooError::userError(
                    "You can not delete a sent quotation or a confirmed sales order. You must first cancel it.");
        } else if (model == "account.move" && m_database.stored(model, id, "state") == "posted") {
            throw OdooError::userError("You cannot delete an entry which has been posted once.");
        } else if (model == "stock.picking" && m_database.stored(model, id, "state") == "done") {
            throw OdooError::userError("You cannot delete a done transfer.");
        }
    }
}

} // namespace Quayside::Sandbox
