#include "sandbox/odoo/odooaccounting.h"

#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooerror.h"
#include "sandbox/odoo/odoomethodtable.h"
#include "sandbox/odoo/odoorules.h"

#include <cstdio>

namespace Quayside::Sandbox {

using namespace OdooJson;

OdooAccounting::OdooAccounting(OdooDatabase &database, OdooVersion version)
    : m_database(database)
    , m_version(version)
{ }

void OdooAccounting::registerMethods(OdooMethodTable &table)
{
    auto &db = m_database;
    table.add("sale.advance.payment.inv", "create_invoices", recordMethod([this](const OdooCall &c) {
        return createInvoices(c.ids);
    }));
    table.add("account.move", "action_post", recordMethod([this](const OdooCall &c) { return post(c.ids); }));
    table.add("account.move", "button_draft", recordMethod([&db](const OdooCall &c) {
        db.ensureExist("account.move", c.ids);
        for (int id : c.ids)
            db.update("account.move", id, { { "state", "draft" } });
        return Json();
    }));
    table.add("account.move", "button_cancel", recordMethod([&db](const OdooCall &c) {
        db.ensureExist("account.move", c.ids);
        for (int id : c.ids) {
            if (db.stored("account.move", id, "state") == "posted")
                throw OdooError::userError("Only draft journal entries can be cancelled.");
            db.update("account.move", id, { { "state", "cancel" } });
        }
        return Json();
    }));
    table.add("account.payment.register", "action_create_payments", recordMethod([this](const OdooCall &c) {
        return registerPayments(c.ids);
    }));
    table.add("account.move.reversal", "refund_moves", recordMethod([this](const OdooCall &c) {
        return reverse(c.ids, "refund");
    }));
    table.add("account.move.reversal", "modify_moves", recordMethod([this](const OdooCall &c) {
        return reverse(c.ids, "modify");
    }));
    table.add("account.move.reversal",
        "reverse_moves",
        { true, { { "is_modify", false, false } }, [this](const OdooCall &c) {
             return reverse(c.ids, c.param("is_modify") == true ? "modify" : "refund");
         } });
}

Json OdooAccounting::createInvoices(const std::vector<int> &wizardIds)
{
    m_database.ensureExist("sale.advance.payment.inv", wizardIds);
    std::vector<int> invoices;
    int partner = 0;
    std::string origin;
    for (int wizard : wizardIds) {
        if (m_database.stored("sale.advance.payment.inv", wizard, "advance_payment_method") != "delivered")
            throw OdooError::userError(
                "The emulator only creates regular invoices (advance_payment_method 'delivered').");
        for (const auto &o : m_database.stored("sale.advance.payment.inv", wizard, "sale_order_ids")) {
            const int order = o.get<int>();
            Json lines = Json::array();
            const std::string taxField = m_database.models().lineTaxField();
            for (const auto &l : m_database.value("sale.order", order, "order_line")) {
                const int line = l.get<int>();
                const double qty = m_database.value("sale.order.line", line, "qty_to_invoice").get<double>();
                if (qty <= 1e-9)
                    continue;
                lines.push_back(Json::array({ 0,
                    0,
                    { { "product_id", m_database.stored("sale.order.line", line, "product_id") },
                        { "name", m_database.stored("sale.order.line", line, "name") },
                        { "quantity", qty },
                        { "price_unit", m_database.stored("sale.order.line", line, "price_unit") },
                        { "discount", m_database.stored("sale.order.line", line, "discount") },
                        { "tax_ids",
                            Json::array(
                                { Json::array({ 6, 0, m_database.stored("sale.order.line", line, taxField) }) }) },
                        { "sale_line_ids", Json::array({ Json::array({ 6, 0, Json::array({ line }) }) }) } } }));
            }
            if (lines.empty())
                throw OdooError::userError("Cannot create an invoice. No items are available to invoice.\n\nTo resolve "
                                           "this issue, please ensure "
                                           "that:\n   • The products have been delivered before attempting to invoice "
                                           "them.\n   • The invoicing "
                                           "policy of the product is configured correctly.");
            partner = idOf(m_database.stored("sale.order", order, "partner_invoice_id"));
            origin = text(m_database.stored("sale.order", order, "name"));
            const int invoice = m_database.create("account.move",
                { { "move_type", "out_invoice" },
                    { "partner_id", partner },
                    { "invoice_origin", origin },
                    { "ref", m_database.stored("sale.order", order, "client_order_ref") },
                    { "invoice_line_ids", lines } },
                Json::object());
            Json links = m_database.stored("sale.order", order, "invoice_ids");
            if (!links.is_array())
                links = Json::array();
            links.push_back(invoice);
            m_database.update("sale.order", order, { { "invoice_ids", links } });
            invoices.push_back(invoice);
        }
    }
    // The shape of account.action_move_out_invoice_type as create_invoices returns it.
    const bool v17 = m_version == OdooVersion::V17;
    const bool single = invoices.size() == 1;
    Json action = { { "id", 262 },
        { "name", "Invoices" },
        { "type", "ir.actions.act_window" },
        { "xml_id", "account.action_move_out_invoice_type" } };
    if (!v17)
        action["path"] = "invoicing";
    action["help"]
        = "<p class=\"o_view_nocontent_smiling_face\">\n                Create a customer invoice\n              "
          "</p><p>\n"
          "                Create invoices, register payments and keep track of the discussions with your customers.\n"
          "              </p>\n            ";
    action["binding_model_id"] = false;
    action["binding_type"] = "action";
    action["binding_view_types"] = "list,form";
    action["display_name"] = "Invoices";
    action["view_id"] = Json::array({ 709, v17 ? "account.out.invoice.tree" : "account.out.invoice.list" });
    action["domain"] = single ? "[('move_type', 'in', ['out_invoice', 'out_refund'])]"
                              : "[('id', 'in', " + pythonRepr(Json(invoices)) + ")]";
    action["context"] = { { "default_move_type", "out_invoice" },
        { "default_partner_id", partner },
        { "default_partner_shipping_id", partner },
        { "default_invoice_payment_term_id", nullptr },
        { "default_invoice_origin", origin } };
    if (single)
        action["res_id"] = invoices.front();
    action["res_model"] = "account.move";
    action["target"] = "current";
    action["view_mode"] = v17 ? "tree,kanban,form,activity" : "list,kanban,form,activity";
    action["mobile_view_mode"] = "kanban";
    Json views = Json::array({ Json::array({ 716, "form" }),
        Json::array({ 709, v17 ? "tree" : "list" }),
        Json::array({ false, "kanban" }),
        Json::array({ false, "activity" }) });
    if (!single)
        std::swap(views[0], views[1]);
    action["views"] = views;
    action["limit"] = 80;
    action["groups_id"] = Json::array();
    action["search_view_id"] = Json::array({ 719, "account.invoice.select" });
    if (!v17)
        action["embedded_action_ids"] = Json::array();
    action["filter"] = false;
    return action;
}

Json OdooAccounting::post(const std::vector<int> &moveIds)
{
    m_database.ensureExist("account.move", moveIds);
    for (int id : moveIds) {
        const Json state = m_database.stored("account.move", id, "state");
        if (state == "posted")
            throw OdooError::userError("The entry " + text(m_database.stored("account.move", id, "name")) + " (id "
                + std::to_string(id) + ") is already posted.");
        if (state == "cancel")
            throw OdooError::userError("You can't post an entry that has been cancelled.");
        if (m_database.value("account.move", id, "invoice_line_ids").empty())
            throw OdooError::userError("You need to add a line before posting.");
    }
    for (int id : moveIds) {
        const bool refund = m_database.stored("account.move", id, "move_type") == "out_refund";
        std::string date = text(m_database.stored("account.move", id, "invoice_date"));
        if (date.empty())
            date = OdooDatabase::today();
        Json vals = { { "state", "posted" }, { "invoice_date", date }, { "payment_state", "not_paid" } };
        if (m_database.stored("account.move", id, "name") == false) {
            const std::string prefix = (refund ? "RINV/" : "INV/") + date.substr(0, 4);
            char number[16];
            std::snprintf(number, sizeof number, "%05d", m_database.nextSequence(prefix));
            vals["name"] = prefix + "/" + number;
        }
        vals["amount_residual"] = m_database.value("account.move", id, "amount_total");
        m_database.update("account.move", id, vals);
        const int reversed = idOf(m_database.stored("account.move", id, "reversed_entry_id"));
        if (refund && reversed) {
            const double open = num(m_database.stored("account.move", reversed, "amount_residual"));
            const double amount = std::min(open, num(vals["amount_residual"]));
            if (amount > 0) {
                reconcile(reversed, amount);
                reconcile(id, amount);
                if (num(m_database.stored("account.move", reversed, "amount_residual")) <= 1e-9)
                    m_database.update("account.move", reversed, { { "payment_state", "reversed" } });
            }
        }
    }
    return false;
}

void OdooAccounting::reconcile(int invoiceId, double amount)
{
    const double residual
        = OdooRules::round2(num(m_database.stored("account.move", invoiceId, "amount_residual")) - amount);
    m_database.update("account.move",
        invoiceId,
        { { "amount_residual", residual }, { "payment_state", residual <= 1e-9 ? "paid" : "partial" } });
}

Json OdooAccounting::registerPayments(const std::vector<int> &wizardIds)
{
    m_database.ensureExist("account.payment.register", wizardIds);
    int payment = 0;
    for (int wizard : wizardIds) {
        double amount = num(m_database.stored("account.payment.register", wizard, "amount"));
        for (const auto &m : m_database.stored("account.payment.register", wizard, "line_ids")) {
            const int move = m.get<int>();
            const double open = num(m_database.stored("account.move", move, "amount_residual"));
            const double paid = std::min(open, amount);
            if (paid <= 0)
                continue;
            amount -= paid;
            payment = m_database.create("account.payment",
                { { "name",
                      "PBNK1/" + OdooDatabase::today().substr(0, 4) + "/"
                          + std::to_string(m_database.nextId("account.payment")) },
                    { "amount", paid },
                    { "date", m_database.stored("account.payment.register", wizard, "payment_date") },
                    { "payment_type",
                        m_database.stored("account.move", move, "move_type") == "out_refund" ? "outbound" : "inbound" },
                    { "partner_id", m_database.stored("account.move", move, "partner_id") },
                    { "journal_id", m_database.stored("account.payment.register", wizard, "journal_id") },
                    { "state", "paid" },
                    { "reconciled_invoice_ids", Json::array({ Json::array({ 6, 0, Json::array({ move }) }) }) } },
                Json::object());
            reconcile(move, paid);
        }
    }
    return Json { { "name", "Payments" },
        { "type", "ir.actions.act_window" },
        { "res_model", "account.payment" },
        { "context", { { "create", false } } },
        { "view_mode", "form" },
        { "res_id", payment } };
}

int OdooAccounting::copyMove(int moveId, const Json &overrides)
{
    Json lines = Json::array();
    for (const auto &l : m_database.value("account.move", moveId, "invoice_line_ids")) {
        const Json &line = *m_database.record("account.move.line", l.get<int>());
        Json vals = Json::object();
        for (const char *f : { "product_id", "name", "quantity", "price_unit", "discount" })
            vals[f] = line.value(f, Json(false));
        vals["tax_ids"] = Json::array({ Json::array({ 6, 0, line.value("tax_ids", Json::array()) }) });
        vals["sale_line_ids"] = Json::array({ Json::array({ 6, 0, line.value("sale_line_ids", Json::array()) }) });
        lines.push_back(Json::array({ 0, 0, vals }));
    }
    Json vals = { { "move_type", m_database.stored("account.move", moveId, "move_type") },
        { "partner_id", m_database.stored("account.move", moveId, "partner_id") },
        { "invoice_origin", m_database.stored("account.move", moveId, "invoice_origin") },
        { "journal_id", m_database.stored("account.move", moveId, "journal_id") },
        { "invoice_line_ids", lines } };
    for (const auto &[key, value] : overrides.items())
        vals[key] = value;
    return m_database.create("account.move", vals, Json::object());
}

Json OdooAccounting::reverse(const std::vector<int> &wizardIds, const std::string &mode)
{
    m_database.ensureExist("account.move.reversal", wizardIds);
    std::vector<int> created;
    for (int wizard : wizardIds) {
        const std::string reason = text(m_database.stored("account.move.reversal", wizard, "reason"));
        for (const auto &m : m_database.stored("account.move.reversal", wizard, "move_ids")) {
            const int move = m.get<int>();
            const std::string name = text(m_database.stored("account.move", move, "name"));
            const int refund = copyMove(move,
                { { "move_type", "out_refund" },
                    { "ref", "Reversal of: " + name + (reason.empty() ? "" : ", " + reason) },
                    { "reversed_entry_id", move },
                    { "date", m_database.stored("account.move.reversal", wizard, "date") },
                    { "journal_id", m_database.stored("account.move.reversal", wizard, "journal_id") } });
            created.push_back(refund);
            if (mode == "modify") {
                post({ refund });
                created.push_back(copyMove(move, { { "ref", m_database.stored("account.move", move, "ref") } }));
            }
        }
        m_database.update("account.move.reversal", wizard, { { "new_move_ids", created } });
    }
    const bool modify = mode == "modify";
    Json action = { { "name", "Reverse Moves" }, { "type", "ir.actions.act_window" }, { "res_model", "account.move" } };
    if (created.size() == 1 || modify) {
        action["view_mode"] = "form";
        action["res_id"] = created.back();
    } else {
        action["view_mode"] = m_version == OdooVersion::V17 ? "tree,form" : "list,form";
        action["domain"] = Json::array({ Json::array({ "id", "in", created }) });
    }
    action["context"] = { { "default_move_type", modify ? "out_invoice" : "out_refund" } };
    return action;
}

} // namespace Quayside::Sandbox
