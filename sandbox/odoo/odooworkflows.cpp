#include "sandbox/odoo/odooworkflows.h"

#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooerror.h"
#include "sandbox/odoo/odoomethodtable.h"
#include "sandbox/odoo/odoorules.h"
#include "sandbox/odoo/odooseeder.h"

#include <algorithm>
#include <cmath>

namespace Quayside::Sandbox {

using namespace OdooJson;

namespace {

bool flag(const Json &context, const char *key)
{
    if (!context.is_object() || !context.contains(key))
        return false;
    const Json &v = context[key];
    return !(v.is_null() || v == false || v == 0 || (v.is_array() && v.empty()));
}

// The window action a wizard opens ("target": "new"), keys in Odoo's order.
Json wizardAction(const char *name, const char *resModel, int viewId, const Json &context, int resId = 0)
{
    Json action = { { "name", name },
        { "type", "ir.actions.act_window" },
        { "view_mode", "form" },
        { "res_model", resModel },
        { "views", Json::array({ Json::array({ viewId, "form" }) }) },
        { "view_id", viewId },
        { "target", "new" } };
    if (resId)
        action["res_id"] = resId;
    action["context"] = context;
    return action;
}

} // namespace

OdooWorkflows::OdooWorkflows(OdooDatabase &database, OdooRules &rules, OdooVersion version)
    : m_database(database)
    , m_rules(rules)
    , m_version(version)
{ }

void OdooWorkflows::registerMethods(OdooMethodTable &table)
{
    auto &db = m_database;
    table.add("sale.order", "action_confirm", recordMethod([this](const OdooCall &c) { return confirmOrders(c.ids); }));
    table.add("sale.order", "action_cancel", recordMethod([this](const OdooCall &c) {
        return cancelOrders(c.ids, c.context);
    }));
    table.add("sale.order", "action_draft", recordMethod([&db](const OdooCall &c) {
        db.ensureExist("sale.order", c.ids);
        for (int id : c.ids)
            if (db.stored("sale.order", id, "state") == "cancel" || db.stored("sale.order", id, "state") == "sent")
                db.update("sale.order", id, { { "state", "draft" } });
        return Json(true);
    }));
    for (const char *method : { "action_lock", "action_unlock" }) {
        const bool lock = std::string(method) == "action_lock";
        table.add("sale.order", method, recordMethod([&db, lock](const OdooCall &c) {
            db.ensureExist("sale.order", c.ids);
            for (int id : c.ids)
                db.update("sale.order", id, { { "locked", lock } });
            return Json();
        }));
    }
    table.add("sale.order.cancel", "action_cancel", recordMethod([this, &db](const OdooCall &c) {
        db.ensureExist("sale.order.cancel", c.ids);
        std::vector<int> orders;
        for (int id : c.ids)
            orders.push_back(idOf(db.stored("sale.order.cancel", id, "order_id")));
        return cancelOrders(orders, Json { { "disable_cancel_warning", true } });
    }));
    table.add("stock.picking", "action_confirm", recordMethod([this, &db](const OdooCall &c) {
        db.ensureExist("stock.picking", c.ids);
        for (int id : c.ids) {
            for (const auto &m : db.value("stock.picking", id, "move_ids"))
                if (db.stored("stock.move", m.get<int>(), "state") == "draft")
                    db.update("stock.move", m.get<int>(), { { "state", "confirmed" } });
            reserve(id);
        }
        return Json(true);
    }));
    table.add("stock.picking", "action_assign", recordMethod([this, &db](const OdooCall &c) {
        db.ensureExist("stock.picking", c.ids);
        for (int id : c.ids)
            reserve(id);
        return Json(true);
    }));
    table.add("stock.picking", "button_validate", recordMethod([this](const OdooCall &c) {
        return validatePickings(c.ids, c.context);
    }));
    table.add("stock.picking", "action_cancel", recordMethod([this, &db](const OdooCall &c) {
        db.ensureExist("stock.picking", c.ids);
        for (int id : c.ids)
            cancelPicking(id);
        return Json(true);
    }));
    table.add(
        "stock.move", "write", { true, { { "vals", true } }, [this](const OdooCall &c) { return writeMoves(c); } });
    table.add("stock.quant", "create", { false, { { "vals_list", true } }, [this](const OdooCall &c) {
                                            return createQuant(c);
                                        } });
    table.add("stock.quant", "action_apply_inventory", recordMethod([this](const OdooCall &c) {
        return applyInventory(c.ids);
    }));
    table.add("stock.backorder.confirmation", "process", recordMethod([this](const OdooCall &c) {
        return backorderWizard(c, true);
    }));
    table.add("stock.backorder.confirmation", "process_cancel_backorder", recordMethod([this](const OdooCall &c) {
        return backorderWizard(c, false);
    }));
    table.add("confirm.stock.sms", "send_sms", recordMethod([this](const OdooCall &c) { return smsWizard(c, true); }));
    table.add(
        "confirm.stock.sms", "dont_send_sms", recordMethod([this](const OdooCall &c) { return smsWizard(c, false); }));
    // 17 calls it create_returns; 18 renamed it action_create_returns and added "Return All".
    if (m_version == OdooVersion::V17) {
        table.add("stock.return.picking", "create_returns", recordMethod([this](const OdooCall &c) {
            return createReturns(c.ids, false);
        }));
    } else {
        table.add("stock.return.picking", "action_create_returns", recordMethod([this](const OdooCall &c) {
            return createReturns(c.ids, false);
        }));
        table.add("stock.return.picking", "action_create_returns_all", recordMethod([this](const OdooCall &c) {
            return createReturns(c.ids, true);
        }));
    }
    table.add("choose.delivery.carrier", "button_confirm", recordMethod([this](const OdooCall &c) {
        return confirmCarrier(c.ids);
    }));
    table.add("sale.order",
        "set_delivery_line",
        { true, { { "carrier", true }, { "amount", true } }, [](const OdooCall &) -> Json {
             throw OdooError::attributeError("'int' object has no attribute 'id'");
         } });
}

Json OdooWorkflows::confirmOrders(const std::vector<int> &ids)
{
    m_database.ensureExist("sale.order", ids);
    for (int id : ids) {
        const Json state = m_database.stored("sale.order", id, "state");
        if (state != "draft" && state != "sent")
            throw OdooError::userError("Some orders are not in a state requiring confirmation.");
        for (const auto &line : m_database.value("sale.order", id, "order_line"))
            if (m_database.stored("sale.order.line", line.get<int>(), "product_id") == false
                && m_database.stored("sale.order.line", line.get<int>(), "display_type") == false)
                throw OdooError::userError("A line on these orders missing a product, you cannot confirm it.");
    }
    for (int id : ids) {
        m_database.update("sale.order", id, { { "state", "sale" }, { "date_order", OdooDatabase::now() } });
        createDelivery(id);
    }
    return true;
}

void OdooWorkflows::createDelivery(int orderId)
{
    const Json &order = *m_database.record("sale.order", orderId);
    std::vector<int> lines;
    for (const auto &line : m_database.value("sale.order", orderId, "order_line")) {
        const int product = idOf(m_database.stored("sale.order.line", line.get<int>(), "product_id"));
        const bool service = m_database.stored("product.product", product, "type") == "service";
        if (product && !service && m_database.stored("sale.order.line", line.get<int>(), "is_delivery") != true)
            lines.push_back(line.get<int>());
    }
    if (lines.empty())
        return;
    const int warehouse = idOf(order.value("warehouse_id", Json()));
    const int type = idOf(m_database.stored("stock.warehouse", warehouse, "out_type_id"));
    const std::string ref
        = order.value("client_order_ref", Json(false)).is_string() ? order["client_order_ref"].get<std::string>() : "";
    const std::string name = order.value("name", std::string());
    const int picking = m_database.create("stock.picking",
        { { "picking_type_id", type },
            { "partner_id", order.value("partner_shipping_id", Json(false)) },
            { "origin", ref.empty() ? name : name + " - " + ref },
            { "sale_id", orderId },
            { "carrier_id", order.value("carrier_id", Json(false)) },
            { "move_type", order.value("picking_policy", std::string("direct")) } },
        Json::object());
    const Json source = m_database.stored("stock.picking", picking, "location_id");
    for (int line : lines) {
        const int move = m_database.create("stock.move",
            { { "product_id", m_database.stored("sale.order.line", line, "product_id") },
                { "product_uom_qty", m_database.stored("sale.order.line", line, "product_uom_qty") },
                { "picking_id", picking },
                { "location_id", source },
                { "location_dest_id", OdooSeeder::kCustomersLocation },
                { "sale_line_id", line },
                { "name", m_database.stored("sale.order.line", line, "name") } },
            Json::object());
        m_database.update("stock.move", move, { { "state", "confirmed" } });
    }
    reserve(picking);
}

void OdooWorkflows::reserve(int pickingId)
{
    for (const auto &m : m_database.value("stock.picking", pickingId, "move_ids")) {
        const int move = m.get<int>();
        const std::string state = m_database.stored("stock.move", move, "state").get<std::string>();
        if (state == "done" || state == "cancel" || state == "draft")
            continue;
        const int product = idOf(m_database.stored("stock.move", move, "product_id"));
        double reserved = num(m_database.stored("stock.move", move, "quantity"));
        const double demand = num(m_database.stored("stock.move", move, "product_uom_qty"));
        if (m_rules.isStorable(product))
            reserved += takeReservation(move, demand - reserved);
        else
            reserved = demand; // consumables are always available
        const char *newState = reserved >= demand ? "assigned" : reserved > 0 ? "partially_available" : "confirmed";
        m_database.update("stock.move", move, { { "quantity", reserved }, { "state", newState } });
    }
    updatePickingState(pickingId);
}

double OdooWorkflows::takeReservation(int moveId, double wanted)
{
    const int product = idOf(m_database.stored("stock.move", moveId, "product_id"));
    const auto locations = m_rules.childLocations(idOf(m_database.stored("stock.move", moveId, "location_id")));
    double got = 0;
    for (int q : m_database.idsWhere("stock.quant", "product_id", product)) {
        if (got >= wanted)
            break;
        if (idOf(m_database.stored("stock.quant", q, "product_id")) != product
            || !locations.count(idOf(m_database.stored("stock.quant", q, "location_id"))))
            continue;
        const double quantity = num(m_database.stored("stock.quant", q, "quantity"));
        const double taken = num(m_database.stored("stock.quant", q, "reserved_quantity"));
        const double take = std::min(wanted - got, quantity - taken);
        if (take <= 0)
            continue;
        m_database.update("stock.quant", q, { { "reserved_quantity", taken + take } });
        got += take;
    }
    return got;
}

void OdooWorkflows::unreserve(int moveId, double quantity)
{
    const int product = idOf(m_database.stored("stock.move", moveId, "product_id"));
    const auto locations = m_rules.childLocations(idOf(m_database.stored("stock.move", moveId, "location_id")));
    for (int q : m_database.idsWhere("stock.quant", "product_id", product)) {
        if (quantity <= 0)
            break;
        if (idOf(m_database.stored("stock.quant", q, "product_id")) != product
            || !locations.count(idOf(m_database.stored("stock.quant", q, "location_id"))))
            continue;
        const double taken = num(m_database.stored("stock.quant", q, "reserved_quantity"));
        const double give = std::min(quantity, taken);
        m_database.update("stock.quant", q, { { "reserved_quantity", taken - give } });
        quantity -= give;
    }
}

void OdooWorkflows::updatePickingState(int pickingId)
{
    int total = 0;
    int done = 0;
    int cancelled = 0;
    int ready = 0;
    int partial = 0;
    for (const auto &m : m_database.value("stock.picking", pickingId, "move_ids")) {
        const std::string state = m_database.stored("stock.move", m.get<int>(), "state").get<std::string>();
        ++total;
        done += state == "done";
        cancelled += state == "cancel";
        ready += state == "assigned";
        partial += state == "partially_available";
    }
    std::string state = "draft";
    if (total && cancelled == total)
        state = "cancel";
    else if (total && done + cancelled == total)
        state = "done";
    else if (total) {
        const bool direct = m_database.stored("stock.picking", pickingId, "move_type") != "one";
        const int open = total - done - cancelled;
        state = (ready == open || (direct && ready + partial > 0)) ? "assigned" : "confirmed";
    }
    m_database.update("stock.picking", pickingId, { { "state", state } });
}

void OdooWorkflows::cancelPicking(int pickingId)
{
    if (m_database.stored("stock.picking", pickingId, "state") == "done")
        return;
    for (const auto &m : m_database.value("stock.picking", pickingId, "move_ids")) {
        const int move = m.get<int>();
        if (m_database.stored("stock.move", move, "state") == "done")
            continue;
        unreserve(move, num(m_database.stored("stock.move", move, "quantity")));
        m_database.update("stock.move", move, { { "state", "cancel" }, { "quantity", 0.0 } });
    }
    m_database.update("stock.picking", pickingId, { { "state", "cancel" } });
}

Json OdooWorkflows::createReturns(const std::vector<int> &wizardIds, bool all)
{
    m_database.ensureExist("stock.return.picking", wizardIds);
    if (wizardIds.size() != 1)
        throw OdooError::valueError("Expected singleton: stock.return.picking" + pythonRepr(Json(wizardIds)));
    const int wizard = wizardIds.front();
    const int original = idOf(m_database.stored("stock.return.picking", wizard, "picking_id"));
    if (!original || m_database.stored("stock.picking", original, "state") != "done")
        throw OdooError::userError("You may only return Done pickings.");
    std::vector<std::pair<int, double>> lines; // (original move, quantity)
    for (const auto &l : m_database.value("stock.return.picking", wizard, "product_return_moves")) {
        const int line = l.get<int>();
        const int move = idOf(m_database.stored("stock.return.picking.line", line, "move_id"));
        const double quantity = all ? num(m_database.stored("stock.move", move, "quantity"))
                                    : num(m_database.stored("stock.return.picking.line", line, "quantity"));
        if (move && quantity > 1e-9)
            lines.emplace_back(move, quantity);
    }
    if (lines.empty())
        throw OdooError::userError("Please specify at least one non-zero quantity.");
    // The return goes the other way, as a receipt of the delivery's warehouse.
    const int outType = idOf(m_database.stored("stock.picking", original, "picking_type_id"));
    const Json warehouse = m_database.stored("stock.picking.type", outType, "warehouse_id");
    int type = outType;
    for (int t : m_database.allIds("stock.picking.type"))
        if (m_database.stored("stock.picking.type", t, "code") == "incoming"
            && m_database.stored("stock.picking.type", t, "warehouse_id") == warehouse)
            type = t;
    const Json from = m_database.stored("stock.picking", original, "location_dest_id");
    const Json to = m_database.stored("stock.picking", original, "location_id");
    const int picking = m_database.create("stock.picking",
        { { "picking_type_id", type },
            { "origin", "Return of " + text(m_database.stored("stock.picking", original, "name")) },
            { "partner_id", m_database.stored("stock.picking", original, "partner_id") },
            { "sale_id", m_database.stored("stock.picking", original, "sale_id") },
            { "location_id", from },
            { "location_dest_id", to } },
        Json::object());
    for (const auto &[move, quantity] : lines) {
        const int returned = m_database.create("stock.move",
            { { "product_id", m_database.stored("stock.move", move, "product_id") },
                { "product_uom_qty", quantity },
                { "picking_id", picking },
                { "location_id", from },
                { "location_dest_id", to },
                { "origin_returned_move_id", move },
                { "sale_line_id", m_database.stored("stock.move", move, "sale_line_id") } },
            Json::object());
        // Goods coming back from a customer location bypass reservation: the move is ready at once.
        m_database.update("stock.move", returned, { { "state", "assigned" }, { "quantity", quantity } });
    }
    updatePickingState(picking);
    return Json { { "name", "Returned Picking" },
        { "view_mode", m_version == OdooVersion::V17 ? "form,tree,calendar" : "form" },
        { "res_model", "stock.picking" },
        { "res_id", picking },
        { "type", "ir.actions.act_window" },
        { "context", Json::object() } };
}

Json OdooWorkflows::cancelOrders(const std::vector<int> &ids, const Json &context)
{
    m_database.ensureExist("sale.order", ids);
    for (int id : ids)
        if (m_database.stored("sale.order", id, "locked") == true)
            throw OdooError::userError("You cannot cancel a locked order. Please unlock it first.");
    const bool warn = m_version < OdooVersion::V19 && !flag(context, "disable_cancel_warning");
    if (warn) {
        for (int id : ids)
            if (m_database.stored("sale.order", id, "state") != "draft") {
                const int wizard
                    = m_database.create("sale.order.cancel", { { "order_id", ids.front() } }, Json::object());
                Json ctx = { { "default_template_id", 14 },
                    { "default_order_id", ids.front() },
                    { "mark_so_as_canceled", true },
                    { "default_email_layout_xmlid", "mail.mail_notification_layout_with_responsible_signature" },
                    { "model_description", "Sales Order" } };
                m_database.remove("sale.order.cancel", wizard);
                return Json { { "name", "Cancel Sales Order" },
                    { "view_mode", "form" },
                    { "res_model", "sale.order.cancel" },
                    { "view_id", 1126 },
                    { "type", "ir.actions.act_window" },
                    { "context", ctx },
                    { "target", "new" } };
            }
    }
    for (int id : ids) {
        for (const auto &p : m_database.value("sale.order", id, "picking_ids"))
            cancelPicking(p.get<int>());
        for (const auto &inv : m_database.stored("sale.order", id, "invoice_ids"))
            if (m_database.stored("account.move", inv.get<int>(), "state") == "draft")
                m_database.update("account.move", inv.get<int>(), { { "state", "cancel" } });
        m_database.update("sale.order", id, { { "state", "cancel" } });
    }
    return true;
}

Json OdooWorkflows::validatePickings(const std::vector<int> &ids, const Json &context)
{
    m_database.ensureExist("stock.picking", ids);
    for (int id : ids) {
        const Json state = m_database.stored("stock.picking", id, "state");
        if (state == "cancel")
            throw OdooError::userError("You cannot validate a transfer that is cancelled.");
        if (state == "draft") {
            for (const auto &m : m_database.value("stock.picking", id, "move_ids"))
                if (m_database.stored("stock.move", m.get<int>(), "state") == "draft")
                    m_database.update("stock.move", m.get<int>(), { { "state", "confirmed" } });
            reserve(id);
        }
    }
    std::vector<int> open;
    for (int id : ids) {
        if (m_database.stored("stock.picking", id, "state") == "done")
            continue;
        open.push_back(id);
        double quantity = 0;
        bool anyPicked = false;
        const Json moves = m_database.value("stock.picking", id, "move_ids");
        for (const auto &m : moves) {
            if (m_database.stored("stock.move", m.get<int>(), "state") == "cancel")
                continue;
            quantity += num(m_database.stored("stock.move", m.get<int>(), "quantity"));
            anyPicked = anyPicked || m_database.stored("stock.move", m.get<int>(), "picked") == true;
        }
        if (quantity <= 0)
            throw OdooError::userError(
                "You cannot validate a transfer if no quantities are reserved nor done. You can use "
                "the info button on the top right corner of your screen to take a look at the "
                "quantities.");
        if (!anyPicked)
            for (const auto &m : moves)
                if (num(m_database.stored("stock.move", m.get<int>(), "quantity")) > 0)
                    m_database.update("stock.move", m.get<int>(), { { "picked", true } });
    }
    if (open.empty())
        return true;

    Json withIds = context.is_object() ? context : Json::object();
    withIds["button_validate_picking_ids"] = ids;
    if (!flag(context, "skip_backorder")) {
        Json pickLinks = Json::array();
        for (int id : open) {
            bool partial = false;
            for (const auto &m : m_database.value("stock.picking", id, "move_ids")) {
                const int move = m.get<int>();
                if (m_database.stored("stock.move", move, "state") == "cancel")
                    continue;
                const double done = m_database.stored("stock.move", move, "picked") == true
                    ? num(m_database.stored("stock.move", move, "quantity"))
                    : 0.0;
                partial = partial || done < num(m_database.stored("stock.move", move, "product_uom_qty")) - 1e-9;
            }
            if (partial)
                pickLinks.push_back(Json::array({ 4, id }));
        }
        if (!pickLinks.empty()) {
            Json ctx = withIds;
            ctx["default_show_transfers"] = false;
            ctx["default_pick_ids"] = pickLinks;
            return wizardAction("Create Backorder?", "stock.backorder.confirmation", 893, ctx);
        }
    }
    if (!flag(context, "skip_sms") && m_database.stored("res.company", 1, "stock_move_sms_validation") == true
        && m_database.stored("res.company", 1, "has_received_warning_stock_sms") != true) {
        Json warn = Json::array();
        for (int id : open) {
            const int partner = idOf(m_database.stored("stock.picking", id, "partner_id"));
            const bool outgoing = m_database.value("stock.picking", id, "picking_type_code") == "outgoing";
            const bool phone = m_database.stored("res.partner", partner, "phone") != false
                || (m_version < OdooVersion::V19 && m_database.stored("res.partner", partner, "mobile") != false);
            if (outgoing && partner && phone)
                warn.push_back(id);
        }
        if (!warn.empty()) {
            const int wizard = m_database.create(
                "confirm.stock.sms", { { "pick_ids", Json::array({ Json::array({ 6, 0, warn }) }) } }, Json::object());
            return wizardAction("SMS", "confirm.stock.sms", 1107, withIds, wizard);
        }
    }
    const auto noBackorder
        = idList(context.is_object() ? context.value("picking_ids_not_to_backorder", Json()) : Json());
    for (int id : open)
        finishPicking(id, std::find(noBackorder.begin(), noBackorder.end(), id) == noBackorder.end());
    return true;
}

void OdooWorkflows::finishPicking(int pickingId, bool createBackorder)
{
    Json backorderMoves = Json::array();
    for (const auto &m : m_database.value("stock.picking", pickingId, "move_ids")) {
        const int move = m.get<int>();
        const Json state = m_database.stored("stock.move", move, "state");
        if (state == "done" || state == "cancel")
            continue;
        const double reserved = num(m_database.stored("stock.move", move, "quantity"));
        const double done = m_database.stored("stock.move", move, "picked") == true ? reserved : 0.0;
        const double demand = num(m_database.stored("stock.move", move, "product_uom_qty"));
        unreserve(move, reserved);
        // Take the done quantity out of the source location.
        const int product = idOf(m_database.stored("stock.move", move, "product_id"));
        if (m_rules.isStorable(product) && done > 0) {
            const auto locations = m_rules.childLocations(idOf(m_database.stored("stock.move", move, "location_id")));
            double left = done;
            int last = 0;
            for (int q : m_database.idsWhere("stock.quant", "product_id", product)) {
                if (idOf(m_database.stored("stock.quant", q, "product_id")) != product
                    || !locations.count(idOf(m_database.stored("stock.quant", q, "location_id"))))
                    continue;
                last = q;
                const double quantity = num(m_database.stored("stock.quant", q, "quantity"));
                const double take = std::min(left, std::max(0.0, quantity));
                m_database.update("stock.quant", q, { { "quantity", quantity - take } });
                left -= take;
            }
            if (left > 0 && last)
                m_database.update("stock.quant",
                    last,
                    { { "quantity", num(m_database.stored("stock.quant", last, "quantity")) - left } });
        }
        if (demand - done > 1e-9 && createBackorder) {
            Json rest = *m_database.record("stock.move", move);
            for (const char *f : { "id", "create_date", "write_date", "create_uid", "write_uid" })
                rest.erase(f);
            rest["product_uom_qty"] = demand - done;
            rest["quantity"] = 0.0;
            rest["picked"] = false;
            rest["state"] = "confirmed";
            backorderMoves.push_back(rest);
        }
        if (done > 0)
            m_database.update(
                "stock.move", move, { { "product_uom_qty", done }, { "quantity", done }, { "state", "done" } });
        else
            m_database.update("stock.move", move, { { "quantity", 0.0 }, { "state", "cancel" } });
    }
    m_database.update("stock.picking", pickingId, { { "state", "done" }, { "date_done", OdooDatabase::now() } });
    if (backorderMoves.empty())
        return;
    const Json &picking = *m_database.record("stock.picking", pickingId);
    Json vals = Json::object();
    // Odoo copies the picking, so the backorder keeps its scheduled date and priority (and therefore its
    // place in the default "priority desc, scheduled_date asc, id desc" order).
    for (const char *f : { "picking_type_id",
             "scheduled_date",
             "priority",
             "partner_id",
             "origin",
             "sale_id",
             "carrier_id",
             "move_type",
             "location_id",
             "location_dest_id" })
        vals[f] = picking.value(f, Json(false));
    vals["backorder_id"] = pickingId;
    const int backorder = m_database.create("stock.picking", vals, Json::object());
    m_database.update("stock.picking", backorder, { { "state", "confirmed" } });
    for (auto &move : backorderMoves) {
        move["picking_id"] = backorder;
        m_database.insert("stock.move", move);
    }
    reserve(backorder);
}

Json OdooWorkflows::writeMoves(const OdooCall &call)
{
    std::map<int, double> before;
    for (int id : call.ids)
        before[id] = num(m_database.stored("stock.move", id, "quantity"));
    m_database.write("stock.move", call.ids, call.param("vals"), call.context);
    if (!call.param("vals").contains("quantity"))
        return true;
    // Odoo re-balances the reservation when the quantity of a move changes.
    for (int id : call.ids) {
        const double now = num(m_database.stored("stock.move", id, "quantity"));
        if (now < before[id])
            unreserve(id, before[id] - now);
        else if (now > before[id] && m_rules.isStorable(idOf(m_database.stored("stock.move", id, "product_id"))))
            takeReservation(id, now - before[id]);
        const double demand = num(m_database.stored("stock.move", id, "product_uom_qty"));
        const char *state = now >= demand ? "assigned" : now > 0 ? "partially_available" : "confirmed";
        if (m_database.stored("stock.move", id, "state") != "done")
            m_database.update("stock.move", id, { { "state", state } });
        if (const int picking = idOf(m_database.stored("stock.move", id, "picking_id")))
            if (m_database.stored("stock.picking", picking, "state") != "done")
                updatePickingState(picking);
    }
    return true;
}

Json OdooWorkflows::createQuant(const OdooCall &call)
{
    const Json &valsList = call.param("vals_list");
    const bool single = valsList.is_object();
    Json ids = Json::array();
    for (const auto &vals : single ? Json::array({ valsList }) : valsList) {
        int existing = 0;
        if (flag(call.context, "inventory_mode") && vals.is_object())
            for (int q : m_database.allIds("stock.quant"))
                if (m_database.stored("stock.quant", q, "product_id") == vals.value("product_id", Json())
                    && m_database.stored("stock.quant", q, "location_id") == vals.value("location_id", Json()))
                    existing = q;
        if (existing) {
            m_database.write("stock.quant",
                { existing },
                { { "inventory_quantity", vals.value("inventory_quantity", 0.0) }, { "inventory_quantity_set", true } },
                call.context);
            ids.push_back(existing);
        } else {
            ids.push_back(m_database.create("stock.quant", vals, call.context));
        }
    }
    return single && !call.json2 ? ids[0] : ids;
}

Json OdooWorkflows::applyInventory(const std::vector<int> &ids)
{
    m_database.ensureExist("stock.quant", ids);
    for (int q : ids) {
        if (m_database.stored("stock.quant", q, "inventory_quantity_set") != true)
            continue;
        m_database.update("stock.quant",
            q,
            { { "quantity", num(m_database.stored("stock.quant", q, "inventory_quantity")) },
                { "inventory_quantity", 0.0 },
                { "inventory_quantity_set", false } });
    }
    return Json();
}

Json OdooWorkflows::confirmCarrier(const std::vector<int> &ids)
{
    m_database.ensureExist("choose.delivery.carrier", ids);
    for (int id : ids) {
        const int order = idOf(m_database.stored("choose.delivery.carrier", id, "order_id"));
        const int carrier = idOf(m_database.stored("choose.delivery.carrier", id, "carrier_id"));
        const int product = idOf(m_database.stored("delivery.carrier", carrier, "product_id"));
        m_database.write("sale.order", { order }, { { "carrier_id", carrier } }, Json::object());
        m_database.create("sale.order.line",
            { { "order_id", order },
                { "product_id", product },
                { "name", m_database.stored("delivery.carrier", carrier, "name") },
                { "product_uom_qty", 1.0 },
                { "price_unit", m_database.stored("choose.delivery.carrier", id, "delivery_price") },
                { m_database.models().lineTaxField(), Json::array() },
                { "is_delivery", true },
                { "sequence", 999 } },
            Json::object());
    }
    return Json();
}

Json OdooWorkflows::backorderWizard(const OdooCall &call, bool createBackorder)
{
    m_database.ensureExist(call.model, call.ids);
    std::vector<int> pickings = idList(call.context.value("button_validate_picking_ids", Json()));
    std::vector<int> wizardPicks;
    for (int id : call.ids)
        for (int p : idList(m_database.stored(call.model, id, "pick_ids")))
            wizardPicks.push_back(p);
    if (pickings.empty())
        pickings = wizardPicks;
    Json ctx = call.context;
    ctx["skip_backorder"] = true;
    if (!createBackorder)
        ctx["picking_ids_not_to_backorder"] = wizardPicks;
    return validatePickings(pickings, ctx);
}

Json OdooWorkflows::smsWizard(const OdooCall &call, bool send)
{
    m_database.ensureExist(call.model, call.ids);
    Json company = { { "has_received_warning_stock_sms", true } };
    if (!send)
        company["stock_move_sms_validation"] = false;
    m_database.update("res.company", 1, company);
    std::vector<int> pickings = idList(call.context.value("button_validate_picking_ids", Json()));
    if (pickings.empty())
        for (int id : call.ids)
            for (int p : idList(m_database.stored(call.model, id, "pick_ids")))
                pickings.push_back(p);
    return validatePickings(pickings, call.context);
}

} // namespace Quayside::Sandbox
