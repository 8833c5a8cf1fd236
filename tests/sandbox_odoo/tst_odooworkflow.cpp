#include "sandbox/odoo/odooemulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

#include "odootestclient.h"

using namespace Quayside::Sandbox;
using namespace Quayside::Sandbox::Test;

Q_DECLARE_METATYPE(Quayside::Sandbox::OdooVersion)

namespace {

Json keysOf(const Json &object)
{
    Json keys = Json::array();
    for (const auto &[key, value] : object.items())
        keys.push_back(key);
    return keys;
}

} // namespace

class TestOdooWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderToCreditNote();
    void cancelPerVersion_data();
    void cancelPerVersion();
    void returnPickingPerVersion_data();
    void returnPickingPerVersion();
    void warehouseContext_data();
    void warehouseContext();
    void reservationReducesFreeQty();
    void backorderDeclinedAndSkipContexts();
    void partialAvailability();
    void inventoryMode();
    void shippingLine();
    void invoicingGuards();
    void manyOrders();

private:
    // A variant with at least `minimum` units in both warehouses.
    int stockedVariant(int minimum) const;
    int createOrder(OdooTestClient &client, int variant, double qty, const std::string &ref = {});

    World m_world = World::generate(42);
};

int TestOdooWorkflow::stockedVariant(int minimum) const
{
    for (int v = 0; v < m_world.variants().size(); ++v)
        if (m_world.openingStock(v, 0) >= minimum && m_world.openingStock(v, 1) >= minimum)
            return v;
    return -1;
}

int TestOdooWorkflow::createOrder(OdooTestClient &client, int variant, double qty, const std::string &ref)
{
    Json vals = { { "partner_id", 4 },
        { "order_line",
            Json::array({ Json::array({ 0,
                0,
                { { "product_id", variant + 1 },
                    { "product_uom_qty", qty },
                    { "price_unit", 65 },
                    { "discount", 10 } } }) }) } };
    if (!ref.empty()) {
        vals["client_order_ref"] = ref;
        vals["origin"] = "Shopify " + ref;
    }
    const Json id = client.call("sale.order", "create", Json::array({ vals }));
    return id.is_number_integer() ? id.get<int>() : 0;
}

void TestOdooWorkflow::orderToCreditNote()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int variant = stockedVariant(5);
    QVERIFY(variant >= 0);
    const QString sku = m_world.variants().at(variant).sku;
    const double onHand = m_world.openingStock(variant, 0);
    QCOMPARE(odoo.freeQty(sku, QStringLiteral("WH")), onHand);

    const int order = createOrder(client, variant, 2, "#1001");
    QVERIFY(order > 0);
    QCOMPARE(odoo.saleOrdersByClientRef(QStringLiteral("#1001")), QList<int> { order });
    QCOMPARE_JSON(client.call("sale.order", "action_confirm", Json::array({ ids({ order }) })), true);
    const Json twice = client.executeKw("sale.order", "action_confirm", Json::array({ ids({ order }) }));
    QCOMPARE(errorName(twice), std::string("odoo.exceptions.UserError"));
    QCOMPARE(errorMessage(twice), std::string("Some orders are not in a state requiring confirmation."));

    const Json so = client.call("sale.order",
        "read",
        Json::array({ ids({ order }),
            Json::array({ "name",
                "state",
                "locked",
                "picking_ids",
                "amount_untaxed",
                "amount_tax",
                "amount_total",
                "invoice_status",
                "delivery_status",
                "warehouse_id" }) }))[0];
    QCOMPARE_JSON(so["state"], "sale");
    QCOMPARE_JSON(so["locked"], false);
    QCOMPARE_JSON(so["invoice_status"], "no");
    QCOMPARE_JSON(so["delivery_status"], "pending");
    QCOMPARE_JSON(so["amount_untaxed"], 117.0);
    QCOMPARE_JSON(so["amount_tax"], 7.31); // 6.25 % of 117
    QCOMPARE_JSON(so["amount_total"], 124.31);
    QCOMPARE_JSON(so["warehouse_id"][0], 1);
    QCOMPARE(so["picking_ids"].size(), size_t(1));
    const int picking = so["picking_ids"][0];
    const std::string soName = so["name"];

    const Json pick = client.call("stock.picking",
        "read",
        Json::array({ ids({ picking }),
            Json::array({ "name",
                "state",
                "origin",
                "sale_id",
                "partner_id",
                "picking_type_id",
                "location_id",
                "location_dest_id",
                "move_ids",
                "carrier_tracking_ref",
                "date_done" }) }))[0];
    QCOMPARE_JSON(pick["name"], "WH/OUT/00001");
    QCOMPARE_JSON(pick["state"], "assigned");
    QCOMPARE_JSON(pick["origin"], soName + " - #1001");
    QCOMPARE_JSON(pick["sale_id"], Json::array({ order, soName }));
    QCOMPARE_JSON(pick["partner_id"], Json::array({ 4, "Ada Lovelace" }));
    QCOMPARE_JSON(pick["picking_type_id"],
        Json::array({ 2, m_world.locations().at(0).name.toStdString() + ": Delivery Orders" }));
    QCOMPARE_JSON(pick["location_id"], Json::array({ 8, "WH/Stock" }));
    QCOMPARE_JSON(pick["location_dest_id"], Json::array({ 5, "Partners/Customers" }));
    QCOMPARE_JSON(pick["carrier_tracking_ref"], false);
    QCOMPARE_JSON(pick["date_done"], false);
    const int move = pick["move_ids"][0];
    const Json mv = client.call("stock.move",
        "read",
        Json::array(
            { ids({ move }), Json::array({ "product_uom_qty", "quantity", "picked", "state", "sale_line_id" }) }))[0];
    QCOMPARE_JSON(mv["product_uom_qty"], 2.0);
    QCOMPARE_JSON(mv["quantity"], 2.0);
    QCOMPARE_JSON(mv["picked"], false);
    QCOMPARE_JSON(mv["state"], "assigned");
    QVERIFY(mv["sale_line_id"][1].get<std::string>().rfind(soName + " - [" + sku.toStdString() + "]", 0) == 0);
    QCOMPARE(odoo.freeQty(sku, QStringLiteral("WH")), onHand - 2);
    QCOMPARE(odoo.qtyAvailable(sku, QStringLiteral("WH")), onHand);

    QCOMPARE_JSON(client.call("stock.picking",
                      "write",
                      Json::array({ ids({ picking }), { { "carrier_tracking_ref", "1Z999AA10123456784" } } })),
        true);
    // Partial pick: 1 of 2. The reservation shrinks with the quantity.
    QCOMPARE_JSON(
        client.call("stock.move", "write", Json::array({ ids({ move }), { { "quantity", 1 }, { "picked", true } } })),
        true);
    QCOMPARE(odoo.freeQty(sku, QStringLiteral("WH")), onHand - 1);
    const Json wizardAction = client.call("stock.picking", "button_validate", Json::array({ ids({ picking }) }));
    QCOMPARE_JSON(wizardAction,
        Json({ { "name", "Create Backorder?" },
            { "type", "ir.actions.act_window" },
            { "view_mode", "form" },
            { "res_model", "stock.backorder.confirmation" },
            { "views", Json::array({ Json::array({ 893, "form" }) }) },
            { "view_id", 893 },
            { "target", "new" },
            { "context",
                { { "button_validate_picking_ids", ids({ picking }) },
                    { "default_show_transfers", false },
                    { "default_pick_ids", Json::array({ Json::array({ 4, picking }) }) } } } }));
    const Json context = client.call("stock.picking",
        "button_validate",
        Json::array({ ids({ picking }) }),
        { { "context", { { "skip_sms", true } } } })["context"];
    QCOMPARE_JSON(keysOf(context),
        Json::array({ "skip_sms", "button_validate_picking_ids", "default_show_transfers", "default_pick_ids" }));
    QCOMPARE_JSON(
        client.call("stock.picking", "read", Json::array({ ids({ picking }), Json::array({ "state" }) }))[0]["state"],
        "assigned");

    const int wizard = client.call(
        "stock.backorder.confirmation", "create", Json::array({ Json::object() }), { { "context", context } });
    QCOMPARE_JSON(
        client.call("stock.backorder.confirmation",
            "read",
            Json::array({ ids({ wizard }), Json::array({ "pick_ids", "backorder_confirmation_line_ids" }) }))[0],
        Json(
            { { "id", wizard }, { "pick_ids", ids({ picking }) }, { "backorder_confirmation_line_ids", ids({ 1 }) } }));
    QCOMPARE_JSON(
        client.call(
            "stock.backorder.confirmation", "process", Json::array({ ids({ wizard }) }), { { "context", context } }),
        true);
    const Json pickings = client.call("stock.picking",
        "search_read",
        Json::array({ Json::array({ Json::array({ "sale_id", "=", order }) }) }),
        { { "fields", Json::array({ "name", "state", "backorder_id", "carrier_tracking_ref", "date_done" }) } });
    QCOMPARE(pickings.size(), size_t(2));
    const int backorder = pickings[0]["id"];
    QCOMPARE_JSON(pickings[0]["name"], "WH/OUT/00002");
    QCOMPARE_JSON(pickings[0]["state"], "assigned");
    QCOMPARE_JSON(pickings[0]["backorder_id"], Json::array({ picking, "WH/OUT/00001" }));
    QCOMPARE_JSON(pickings[1]["state"], "done");
    QCOMPARE_JSON(pickings[1]["carrier_tracking_ref"], "1Z999AA10123456784");
    QVERIFY(pickings[1]["date_done"].is_string());
    QCOMPARE(odoo.qtyAvailable(sku, QStringLiteral("WH")), onHand - 1);
    QCOMPARE(odoo.freeQty(sku, QStringLiteral("WH")), onHand - 2);
    const Json line = client.call("sale.order.line",
        "search_read",
        Json::array({ Json::array({ Json::array({ "order_id", "=", order }) }) }),
        { { "fields",
            Json::array({ "qty_delivered", "qty_invoiced", "qty_to_invoice", "price_subtotal", "tax_id" }) } })[0];
    QCOMPARE_JSON(line["qty_delivered"], 1.0);
    QCOMPARE_JSON(line["qty_to_invoice"], 1.0);
    QCOMPARE_JSON(line["price_subtotal"], 117.0);
    QCOMPARE_JSON(client.call("sale.order",
                      "read",
                      Json::array({ ids({ order }), Json::array({ "delivery_status", "invoice_status" }) }))[0],
        Json({ { "id", order }, { "delivery_status", "partial" }, { "invoice_status", "to invoice" } }));

    // The backorder, validated in full without context: the one-time SMS wizard (the partner has a phone).
    const Json sms = client.call("stock.picking", "button_validate", Json::array({ ids({ backorder }) }));
    QCOMPARE_JSON(sms["res_model"], "confirm.stock.sms");
    QVERIFY(sms["res_id"].is_number_integer());
    QCOMPARE_JSON(sms["context"], Json({ { "button_validate_picking_ids", ids({ backorder }) } }));
    QCOMPARE_JSON(
        client.call("stock.picking", "read", Json::array({ ids({ backorder }), Json::array({ "state" }) }))[0]["state"],
        "assigned");
    QCOMPARE_JSON(client.call("stock.picking",
                      "button_validate",
                      Json::array({ ids({ backorder }) }),
                      { { "context", { { "skip_sms", true } } } }),
        true);
    QCOMPARE_JSON(
        client.call("stock.picking", "read", Json::array({ ids({ backorder }), Json::array({ "state" }) }))[0]["state"],
        "done");
    QCOMPARE(odoo.qtyAvailable(sku, QStringLiteral("WH")), onHand - 2);
    QCOMPARE(odoo.freeQty(sku, QStringLiteral("WH")), onHand - 2);

    // Invoice through the public wizard, post, pay.
    const Json active = { { "active_model", "sale.order" }, { "active_ids", ids({ order }) }, { "active_id", order } };
    const int advance = client.call("sale.advance.payment.inv",
        "create",
        Json::array({ { { "advance_payment_method", "delivered" },
            { "sale_order_ids", Json::array({ Json::array({ 6, 0, ids({ order }) }) }) } } }),
        { { "context", active } });
    const Json invoiceAction = client.call(
        "sale.advance.payment.inv", "create_invoices", Json::array({ ids({ advance }) }), { { "context", active } });
    QCOMPARE_JSON(invoiceAction["res_model"], "account.move");
    QCOMPARE_JSON(invoiceAction["type"], "ir.actions.act_window");
    const Json invoiceIds = client.call(
        "sale.order", "read", Json::array({ ids({ order }), Json::array({ "invoice_ids" }) }))[0]["invoice_ids"];
    QCOMPARE(invoiceIds.size(), size_t(1));
    const int invoice = invoiceIds[0];
    QCOMPARE_JSON(invoiceAction["res_id"], invoice);
    QCOMPARE_JSON(client.call("account.move", "action_post", Json::array({ ids({ invoice }) })), false);
    const Json inv = client.call("account.move",
        "read",
        Json::array({ ids({ invoice }),
            Json::array({ "name",
                "move_type",
                "state",
                "payment_state",
                "invoice_origin",
                "amount_untaxed",
                "amount_tax",
                "amount_total",
                "amount_residual",
                "currency_id",
                "journal_id" }) }))[0];
    const std::string invName
        = "INV/" + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy")).toStdString() + "/00001";
    QCOMPARE_JSON(inv,
        Json({ { "id", invoice },
            { "name", invName },
            { "move_type", "out_invoice" },
            { "state", "posted" },
            { "payment_state", "not_paid" },
            { "invoice_origin", soName },
            { "amount_untaxed", 117.0 },
            { "amount_tax", 7.31 },
            { "amount_total", 124.31 },
            { "amount_residual", 124.31 },
            { "currency_id", Json::array({ 1, "USD" }) },
            { "journal_id", Json::array({ 1, "Customer Invoices" }) } }));
    QCOMPARE_JSON(client.call("sale.order",
                      "read",
                      Json::array({ ids({ order }), Json::array({ "invoice_status" }) }))[0]["invoice_status"],
        "invoiced");
    QCOMPARE(errorName(client.executeKw("account.move", "action_post", Json::array({ ids({ invoice }) }))),
        std::string("odoo.exceptions.UserError"));

    const Json onInvoice = { { "active_model", "account.move" }, { "active_ids", ids({ invoice }) } };
    const int register_ = client.call(
        "account.payment.register", "create", Json::array({ Json::object() }), { { "context", onInvoice } });
    const Json payment = client.call("account.payment.register",
        "action_create_payments",
        Json::array({ ids({ register_ }) }),
        { { "context", onInvoice } });
    QCOMPARE_JSON(payment["res_model"], "account.payment");
    QCOMPARE_JSON(payment["context"], Json({ { "create", false } }));
    QCOMPARE_JSON(client.call("account.move",
                      "read",
                      Json::array({ ids({ invoice }), Json::array({ "payment_state", "amount_residual" }) }))[0],
        Json({ { "id", invoice }, { "payment_state", "paid" }, { "amount_residual", 0.0 } }));

    // Credit note: journal_id is required over RPC.
    const Json noJournal = client.executeKw("account.move.reversal",
        "create",
        Json::array({ { { "reason", "Shopify refund R-1" } } }),
        { { "context", onInvoice } });
    QCOMPARE(errorName(noJournal), std::string("odoo.exceptions.ValidationError"));
    QCOMPARE(errorMessage(noJournal),
        std::string("The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: "
                    "another model requires the record being deleted. If possible, archive it instead.\n\nModel: "
                    "Account Move Reversal (account.move.reversal)\nField: Journal (journal_id)\n"));
    const int reversal = client.call("account.move.reversal",
        "create",
        Json::array({ { { "reason", "Shopify refund R-1" }, { "journal_id", 1 } } }),
        { { "context", onInvoice } });
    const Json refundAction = client.call(
        "account.move.reversal", "refund_moves", Json::array({ ids({ reversal }) }), { { "context", onInvoice } });
    QCOMPARE_JSON(keysOf(refundAction), Json::array({ "name", "type", "res_model", "view_mode", "res_id", "context" }));
    QCOMPARE_JSON(refundAction["context"], Json({ { "default_move_type", "out_refund" } }));
    const int refund = refundAction["res_id"];
    QCOMPARE_JSON(
        client.call("account.move",
            "read",
            Json::array({ ids({ refund }),
                Json::array({ "name", "move_type", "state", "reversed_entry_id", "amount_total", "ref" }) }))[0],
        Json({ { "id", refund },
            { "name", false },
            { "move_type", "out_refund" },
            { "state", "draft" },
            { "reversed_entry_id", Json::array({ invoice, invName + " (#1001)" }) },
            { "amount_total", 124.31 },
            { "ref", "Reversal of: " + invName + ", Shopify refund R-1" } }));
    QCOMPARE_JSON(client.call("account.move", "action_post", Json::array({ ids({ refund }) })), false);
    QCOMPARE_JSON(client.call("account.move",
                      "search_count",
                      Json::array({ Json::array({ Json::array({ "reversed_entry_id", "=", invoice }),
                          Json::array({ "state", "=", "posted" }) }) })),
        1);
    QCOMPARE_JSON(
        client.call("sale.order.line",
            "read",
            Json::array({ ids({ line["id"].get<int>() }), Json::array({ "qty_invoiced" }) }))[0]["qty_invoiced"],
        0.0);
}

void TestOdooWorkflow::cancelPerVersion_data()
{
    QTest::addColumn<OdooVersion>("version");
    QTest::addColumn<bool>("wizard");
    QTest::addRow("17") << OdooVersion::V17 << true;
    QTest::addRow("18") << OdooVersion::V18 << true;
    QTest::addRow("19") << OdooVersion::V19 << false;
}

void TestOdooWorkflow::cancelPerVersion()
{
    QFETCH(OdooVersion, version);
    QFETCH(bool, wizard);
    OdooEmulator odoo(m_world, version);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int variant = stockedVariant(3);
    const QString sku = m_world.variants().at(variant).sku;
    const double free = odoo.freeQty(sku, QStringLiteral("WH"));
    const int order = createOrder(client, variant, 1);
    client.call("sale.order", "action_confirm", Json::array({ ids({ order }) }));
    QCOMPARE(odoo.freeQty(sku, QStringLiteral("WH")), free - 1);
    const Json result = client.call("sale.order", "action_cancel", Json::array({ ids({ order }) }));
    auto state = [&] {
        return client.call("sale.order", "read", Json::array({ ids({ order }), Json::array({ "state" }) }))[0]["state"];
    };
    if (wizard) {
        QCOMPARE_JSON(result["res_model"], "sale.order.cancel");
        QCOMPARE_JSON(result["context"]["default_order_id"], order);
        QCOMPARE_JSON(state(), "sale");
        QCOMPARE_JSON(client.call("sale.order",
                          "action_cancel",
                          Json::array({ ids({ order }) }),
                          { { "context", { { "disable_cancel_warning", true } } } }),
            true);
    } else {
        QCOMPARE_JSON(result, true);
    }
    QCOMPARE_JSON(state(), "cancel");
    QCOMPARE(odoo.freeQty(sku, QStringLiteral("WH")), free);
    const Json picking = client.call("stock.picking",
        "search_read",
        Json::array({ Json::array({ Json::array({ "sale_id", "=", order }) }) }),
        { { "fields", Json::array({ "state" }) } });
    QCOMPARE_JSON(picking[0]["state"], "cancel");
    // A locked order cannot be cancelled.
    const int locked = createOrder(client, variant, 1);
    client.call("sale.order", "action_confirm", Json::array({ ids({ locked }) }));
    client.call("sale.order", "action_lock", Json::array({ ids({ locked }) }));
    QCOMPARE(errorName(client.executeKw("sale.order",
                 "action_cancel",
                 Json::array({ ids({ locked }) }),
                 { { "context", { { "disable_cancel_warning", true } } } })),
        std::string("odoo.exceptions.UserError"));
}

void TestOdooWorkflow::returnPickingPerVersion_data()
{
    QTest::addColumn<OdooVersion>("version");
    QTest::addColumn<QString>("method");
    QTest::addColumn<double>("proposed"); // what the wizard's line suggests before the user edits it
    QTest::addRow("17") << OdooVersion::V17 << QStringLiteral("create_returns") << 3.0;
    QTest::addRow("18") << OdooVersion::V18 << QStringLiteral("action_create_returns") << 0.0;
    QTest::addRow("19") << OdooVersion::V19 << QStringLiteral("action_create_returns") << 0.0;
}

// stock.return.picking (stock/wizard/stock_picking_return.py): only done pickings, one line per move,
// a non-zero quantity required, the return is a ready receipt with origin "Return of <delivery>".
void TestOdooWorkflow::returnPickingPerVersion()
{
    QFETCH(OdooVersion, version);
    QFETCH(QString, method);
    QFETCH(double, proposed);
    OdooEmulator odoo(m_world, version);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int variant = stockedVariant(3);
    const int order = createOrder(client, variant, 3);
    client.call("sale.order", "action_confirm", Json::array({ ids({ order }) }));
    const Json picking = client.call("stock.picking",
        "search_read",
        Json::array({ Json::array({ Json::array({ "sale_id", "=", order }) }) }),
        { { "fields", Json::array({ "name", "state" }) } })[0];
    const int pickingId = picking["id"].get<int>();
    const Json context = {
        { "active_model", "stock.picking" }, { "active_id", pickingId }, { "active_ids", Json::array({ pickingId }) }
    };
    // Not done yet: refused.
    QCOMPARE(errorName(client.executeKw(
                 "stock.return.picking", "create", Json::array({ Json::object() }), { { "context", context } })),
        std::string("odoo.exceptions.UserError"));
    client.call("stock.picking",
        "button_validate",
        Json::array({ ids({ pickingId }) }),
        { { "context", { { "skip_sms", true } } } });
    const Json wizard
        = client.call("stock.return.picking", "create", Json::array({ Json::object() }), { { "context", context } });
    QVERIFY(wizard.is_number_integer());
    const Json lines = client.call("stock.return.picking.line",
        "search_read",
        Json::array({ Json::array({ Json::array({ "wizard_id", "=", wizard }) }) }),
        { { "fields", Json::array({ "product_id", "quantity", "move_id" }) } });
    QCOMPARE(int(lines.size()), 1);
    QCOMPARE(lines[0]["quantity"].get<double>(), proposed);
    QCOMPARE_JSON(lines[0]["product_id"][0], variant + 1);
    // Nothing to return: refused.
    client.call("stock.return.picking",
        "write",
        Json::array({ ids({ wizard.get<int>() }),
            { { "product_return_moves",
                Json::array({ Json::array({ 1, lines[0]["id"], { { "quantity", 0 } } }) }) } } }));
    QCOMPARE(errorName(client.executeKw(
                 "stock.return.picking", method.toStdString(), Json::array({ ids({ wizard.get<int>() }) }))),
        std::string("odoo.exceptions.UserError"));
    client.call("stock.return.picking",
        "write",
        Json::array({ ids({ wizard.get<int>() }),
            { { "product_return_moves",
                Json::array({ Json::array({ 1, lines[0]["id"], { { "quantity", 2 } } }) }) } } }));
    const Json action
        = client.call("stock.return.picking", method.toStdString(), Json::array({ ids({ wizard.get<int>() }) }));
    QCOMPARE_JSON(action["res_model"], "stock.picking");
    const int returned = action["res_id"].get<int>();
    const Json back = client.call("stock.picking",
        "read",
        Json::array({ ids({ returned }), Json::array({ "origin", "state", "picking_type_code", "move_ids" }) }))[0];
    QCOMPARE_JSON(back["origin"], "Return of " + picking["name"].get<std::string>());
    QCOMPARE_JSON(back["state"], "assigned");
    QCOMPARE_JSON(back["picking_type_code"], "incoming");
    const Json move = client.call("stock.move",
        "read",
        Json::array({ back["move_ids"], Json::array({ "product_uom_qty", "origin_returned_move_id" }) }))[0];
    QCOMPARE(move["product_uom_qty"].get<double>(), 2.0);
    QCOMPARE_JSON(move["origin_returned_move_id"][0], lines[0]["move_id"][0]);
    // The other version's method name does not exist.
    const std::string other = method == QLatin1String("create_returns") ? "action_create_returns" : "create_returns";
    QCOMPARE(errorName(client.executeKw("stock.return.picking", other, Json::array({ ids({ wizard.get<int>() }) }))),
        std::string("builtins.AttributeError"));
}

void TestOdooWorkflow::warehouseContext_data()
{
    QTest::addColumn<OdooVersion>("version");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<int>("scope"); // 0 whole company, 1 WH, 2 SBCIC
    QTest::addRow("17 warehouse") << OdooVersion::V17 << QByteArray(R"({"warehouse":2})") << 2;
    QTest::addRow("17 warehouse_id ignored") << OdooVersion::V17 << QByteArray(R"({"warehouse_id":2})") << 0;
    QTest::addRow("18 warehouse_id") << OdooVersion::V18 << QByteArray(R"({"warehouse_id":2})") << 2;
    QTest::addRow("18 warehouse ignored") << OdooVersion::V18 << QByteArray(R"({"warehouse":2})") << 0;
    QTest::addRow("18 unknown warehouse ignored") << OdooVersion::V18 << QByteArray(R"({"warehouse":999999})") << 0;
    QTest::addRow("18 warehouse by name") << OdooVersion::V18 << QByteArray(R"({"warehouse_id":"Main Street"})") << 1;
    QTest::addRow("19 warehouse_id") << OdooVersion::V19 << QByteArray(R"({"warehouse_id":1})") << 1;
    QTest::addRow("19 warehouse ignored") << OdooVersion::V19 << QByteArray(R"({"warehouse":1})") << 0;
    QTest::addRow("18 location") << OdooVersion::V18 << QByteArray(R"({"location":10})") << 2;
    QTest::addRow("17 location view") << OdooVersion::V17 << QByteArray(R"({"location":7})") << 1;
    QTest::addRow("18 both intersect") << OdooVersion::V18 << QByteArray(R"({"warehouse_id":1,"location":10})") << 3;
    QTest::addRow("18 none") << OdooVersion::V18 << QByteArray("{}") << 0;
    QTest::addRow("19 search_warehouse") << OdooVersion::V19 << QByteArray(R"({"search_warehouse":2})") << 2;
    QTest::addRow("18 search_warehouse ignored") << OdooVersion::V18 << QByteArray(R"({"search_warehouse":2})") << 0;
}

void TestOdooWorkflow::warehouseContext()
{
    QFETCH(OdooVersion, version);
    QFETCH(QByteArray, context);
    QFETCH(int, scope);
    OdooEmulator odoo(m_world, version);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int variant = stockedVariant(5);
    const double wh = m_world.openingStock(variant, 0);
    const double sb = m_world.openingStock(variant, 1);
    const double expected = scope == 0 ? wh + sb : scope == 1 ? wh : scope == 2 ? sb : 0.0;
    const Json row = client.call("product.product",
        "read",
        Json::array({ ids({ variant + 1 }), Json::array({ "qty_available", "free_qty", "virtual_available" }) }),
        { { "context", Json::parse(context.toStdString()) } })[0];
    QCOMPARE_JSON(row["qty_available"], expected);
    QCOMPARE_JSON(row["free_qty"], expected);
    QCOMPARE_JSON(row["virtual_available"], expected);
    // The same context drives searches on the computed field.
    const Json found = client.call("product.product",
        "search",
        Json::array({ Json::array(
            { Json::array({ "id", "=", variant + 1 }), Json::array({ "qty_available", "=", expected }) }) }),
        { { "context", Json::parse(context.toStdString()) } });
    QCOMPARE_JSON(found, ids({ variant + 1 }));
}

void TestOdooWorkflow::reservationReducesFreeQty()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int variant = stockedVariant(5);
    const double wh = m_world.openingStock(variant, 0);
    const double sb = m_world.openingStock(variant, 1);
    client.call("sale.order", "action_confirm", Json::array({ ids({ createOrder(client, variant, 3) }) }));
    const Json fields
        = Json::array({ "qty_available", "free_qty", "virtual_available", "outgoing_qty", "incoming_qty" });
    const Json atWh = client.call("product.product",
        "read",
        Json::array({ ids({ variant + 1 }), fields }),
        { { "context", { { "warehouse_id", 1 } } } })[0];
    QCOMPARE_JSON(atWh,
        Json({ { "id", variant + 1 },
            { "qty_available", wh },
            { "free_qty", wh - 3 },
            { "virtual_available", wh - 3 },
            { "outgoing_qty", 3.0 },
            { "incoming_qty", 0.0 } }));
    const Json atSb = client.call("product.product",
        "read",
        Json::array({ ids({ variant + 1 }), fields }),
        { { "context", { { "warehouse_id", 2 } } } })[0];
    QCOMPARE_JSON(atSb["free_qty"], sb);
    QCOMPARE_JSON(atSb["outgoing_qty"], 0.0);
    const Json quant = client.call("stock.quant",
        "search_read",
        Json::array({ Json::array({ Json::array({ "product_id", "=", variant + 1 }),
            Json::array({ "location_id.usage", "=", "internal" }) }) }),
        { { "fields",
            Json::array(
                { "product_id", "location_id", "quantity", "reserved_quantity", "available_quantity", "lot_id" }) } });
    QCOMPARE(quant.size(), size_t(2));
    QCOMPARE_JSON(quant[0]["location_id"], Json::array({ 8, "WH/Stock" }));
    QCOMPARE_JSON(quant[0]["reserved_quantity"], 3.0);
    QCOMPARE_JSON(quant[0]["available_quantity"], wh - 3);
    QCOMPARE_JSON(quant[0]["lot_id"], false);
    const Json tmpl = client.call("product.template",
        "read",
        Json::array({ ids({ m_world.variants().at(variant).productIndex + 1 }), Json::array({ "qty_available" }) }));
    QVERIFY(tmpl[0]["qty_available"].get<double>() >= wh + sb);
}

void TestOdooWorkflow::backorderDeclinedAndSkipContexts()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int variant = stockedVariant(5);
    auto partialPicking = [&] {
        const int order = createOrder(client, variant, 3);
        client.call("sale.order", "action_confirm", Json::array({ ids({ order }) }));
        const int picking = client.call(
            "sale.order", "read", Json::array({ ids({ order }), Json::array({ "picking_ids" }) }))[0]["picking_ids"][0];
        const int move = client.call(
            "stock.picking", "read", Json::array({ ids({ picking }), Json::array({ "move_ids" }) }))[0]["move_ids"][0];
        client.call("stock.move", "write", Json::array({ ids({ move }), { { "quantity", 1 }, { "picked", true } } }));
        return std::make_pair(picking, move);
    };
    // process_cancel_backorder: no backorder, the rest is cancelled.
    const auto [first, firstMove] = partialPicking();
    Json context = client.call("stock.picking",
        "button_validate",
        Json::array({ ids({ first }) }),
        { { "context", { { "skip_sms", true } } } })["context"];
    const int wizard = client.call(
        "stock.backorder.confirmation", "create", Json::array({ Json::object() }), { { "context", context } });
    QCOMPARE_JSON(client.call("stock.backorder.confirmation",
                      "process_cancel_backorder",
                      Json::array({ ids({ wizard }) }),
                      { { "context", context } }),
        true);
    QCOMPARE_JSON(client.call("stock.picking",
                      "search_count",
                      Json::array({ Json::array({ Json::array({ "backorder_id", "=", first }) }) })),
        0);
    QCOMPARE_JSON(client.call("stock.move",
                      "read",
                      Json::array({ ids({ firstMove }), Json::array({ "state", "quantity", "product_uom_qty" }) }))[0],
        Json({ { "id", firstMove }, { "state", "done" }, { "quantity", 1.0 }, { "product_uom_qty", 1.0 } }));
    // skip_backorder + picking_ids_not_to_backorder: the same without a wizard.
    const auto [second, secondMove] = partialPicking();
    Q_UNUSED(secondMove);
    QCOMPARE_JSON(client.call("stock.picking",
                      "button_validate",
                      Json::array({ ids({ second }) }),
                      { { "context",
                          { { "skip_sms", true },
                              { "skip_backorder", true },
                              { "picking_ids_not_to_backorder", ids({ second }) } } } }),
        true);
    QCOMPARE_JSON(client.call("stock.picking",
                      "search_count",
                      Json::array({ Json::array({ Json::array({ "backorder_id", "=", second }) }) })),
        0);
    // skip_backorder alone: a backorder is made.
    const auto [third, thirdMove] = partialPicking();
    Q_UNUSED(thirdMove);
    QCOMPARE_JSON(client.call("stock.picking",
                      "button_validate",
                      Json::array({ ids({ third }) }),
                      { { "context", { { "skip_sms", true }, { "skip_backorder", true } } } }),
        true);
    QCOMPARE_JSON(client.call("stock.picking",
                      "search_count",
                      Json::array({ Json::array({ Json::array({ "backorder_id", "=", third }) }) })),
        1);
    // Nothing reserved nor picked: UserError.
    const int order = createOrder(client, variant, 1);
    client.call("sale.order", "action_confirm", Json::array({ ids({ order }) }));
    const int picking = client.call(
        "sale.order", "read", Json::array({ ids({ order }), Json::array({ "picking_ids" }) }))[0]["picking_ids"][0];
    const int move = client.call(
        "stock.picking", "read", Json::array({ ids({ picking }), Json::array({ "move_ids" }) }))[0]["move_ids"][0];
    client.call("stock.move", "write", Json::array({ ids({ move }), { { "quantity", 0 } } }));
    QCOMPARE(errorName(client.executeKw("stock.picking",
                 "button_validate",
                 Json::array({ ids({ picking }) }),
                 { { "context", { { "skip_sms", true } } } })),
        std::string("odoo.exceptions.UserError"));
}

void TestOdooWorkflow::partialAvailability()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int variant = stockedVariant(5);
    const double wh = m_world.openingStock(variant, 0);
    const int order = createOrder(client, variant, wh + 4);
    client.call("sale.order", "action_confirm", Json::array({ ids({ order }) }));
    const int picking = client.call(
        "sale.order", "read", Json::array({ ids({ order }), Json::array({ "picking_ids" }) }))[0]["picking_ids"][0];
    const Json pick = client.call(
        "stock.picking", "read", Json::array({ ids({ picking }), Json::array({ "state", "move_ids" }) }))[0];
    QCOMPARE_JSON(pick["state"], "assigned"); // shipping policy "as soon as possible"
    const Json move
        = client.call("stock.move", "read", Json::array({ pick["move_ids"], Json::array({ "state", "quantity" }) }))[0];
    QCOMPARE_JSON(move["state"], "partially_available");
    QCOMPARE_JSON(move["quantity"], wh);
    QCOMPARE(odoo.freeQty(m_world.variants().at(variant).sku, QStringLiteral("WH")), 0.0);
    const Json action = client.call("stock.picking",
        "button_validate",
        Json::array({ ids({ picking }) }),
        { { "context", { { "skip_sms", true } } } });
    QCOMPARE_JSON(action["res_model"], "stock.backorder.confirmation");
}

void TestOdooWorkflow::inventoryMode()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int variant = stockedVariant(1);
    const QString sku = m_world.variants().at(variant).sku;
    const Json quant = client.call("stock.quant",
        "create",
        Json::array({ { { "product_id", variant + 1 }, { "location_id", 10 }, { "inventory_quantity", 77 } } }),
        { { "context", { { "inventory_mode", true } } } });
    QVERIFY(quant.is_number_integer());
    QCOMPARE(odoo.qtyAvailable(sku, QStringLiteral("SBCIC")), double(m_world.openingStock(variant, 1)));
    const Json applied
        = client.executeKw("stock.quant", "action_apply_inventory", Json::array({ Json::array({ quant }) }));
    QVERIFY2(!applied.contains("error") && !applied.contains("result"), applied.dump().c_str());
    QCOMPARE(odoo.qtyAvailable(sku, QStringLiteral("SBCIC")), 77.0);
    QCOMPARE(odoo.freeQty(sku, QStringLiteral("SBCIC")), 77.0);
}

void TestOdooWorkflow::shippingLine()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int order = createOrder(client, stockedVariant(2), 1);
    const int wizard = client.call("choose.delivery.carrier",
        "create",
        Json::array({ { { "order_id", order }, { "carrier_id", 1 }, { "delivery_price", 9.99 } } }));
    const Json confirmed
        = client.executeKw("choose.delivery.carrier", "button_confirm", Json::array({ ids({ wizard }) }));
    QVERIFY(!confirmed.contains("result") && !confirmed.contains("error"));
    const Json so = client.call(
        "sale.order", "read", Json::array({ ids({ order }), Json::array({ "carrier_id", "order_line" }) }))[0];
    QCOMPARE_JSON(so["carrier_id"][1], m_world.carriers().at(0).name.toStdString());
    const Json lines = client.call(
        "sale.order.line", "read", Json::array({ so["order_line"], Json::array({ "is_delivery", "price_unit" }) }));
    QCOMPARE_JSON(lines[1]["is_delivery"], true);
    QCOMPARE_JSON(lines[1]["price_unit"], 9.99);
    // Delivery lines do not go to the picking.
    client.call("sale.order", "action_confirm", Json::array({ ids({ order }) }));
    const int picking = client.call(
        "sale.order", "read", Json::array({ ids({ order }), Json::array({ "picking_ids" }) }))[0]["picking_ids"][0];
    QCOMPARE(
        client
            .call(
                "stock.picking", "read", Json::array({ ids({ picking }), Json::array({ "move_ids" }) }))[0]["move_ids"]
            .size(),
        size_t(1));
    const Json recordset = client.executeKw("sale.order", "set_delivery_line", Json::array({ ids({ order }), 1, 5.0 }));
    QCOMPARE(errorMessage(recordset), std::string("'int' object has no attribute 'id'"));
}

void TestOdooWorkflow::invoicingGuards()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int order = createOrder(client, stockedVariant(2), 1);
    client.call("sale.order", "action_confirm", Json::array({ ids({ order }) }));
    // Nothing delivered yet: nothing to invoice.
    const Json active = { { "active_model", "sale.order" }, { "active_ids", ids({ order }) } };
    const int wizard
        = client.call("sale.advance.payment.inv", "create", Json::array({ Json::object() }), { { "context", active } });
    QCOMPARE(errorName(client.executeKw("sale.advance.payment.inv",
                 "create_invoices",
                 Json::array({ ids({ wizard }) }),
                 { { "context", active } })),
        std::string("odoo.exceptions.UserError"));
    // Only posted moves can be reversed or paid.
    const int draft = client.call("account.move",
        "create",
        Json::array({ { { "move_type", "out_invoice" },
            { "partner_id", 4 },
            { "invoice_line_ids",
                Json::array(
                    { Json::array({ 0, 0, { { "name", "x" }, { "quantity", 1 }, { "price_unit", 10 } } }) }) } } }));
    const Json onDraft = { { "active_model", "account.move" }, { "active_ids", ids({ draft }) } };
    QCOMPARE(
        errorMessage(client.executeKw(
            "account.move.reversal", "create", Json::array({ { { "journal_id", 1 } } }), { { "context", onDraft } })),
        std::string("You can only reverse posted moves."));
    QCOMPARE(errorName(client.executeKw(
                 "account.payment.register", "create", Json::array({ Json::object() }), { { "context", onDraft } })),
        std::string("odoo.exceptions.UserError"));
    QCOMPARE_JSON(client.call("account.move",
                      "read",
                      Json::array({ ids({ draft }), Json::array({ "display_name", "amount_total" }) }))[0],
        Json({ { "id", draft },
            { "display_name", "Draft Invoice (* " + std::to_string(draft) + ")" },
            { "amount_total", 10.0 } }));
}

void TestOdooWorkflow::manyOrders()
{
    // The traffic generator's pattern: search by reference, create, confirm, for a few hundred orders;
    // a per-call cost that grew with the database would show here.
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    QElapsedTimer timer;
    timer.start();
    const int count = 300;
    for (int i = 0; i < count; ++i) {
        const std::string ref = "#" + std::to_string(5000 + i);
        QCOMPARE_JSON(client.call("sale.order",
                          "search_count",
                          Json::array({ Json::array({ Json::array({ "client_order_ref", "=", ref }) }) })),
            0);
        const int order = createOrder(client, i % 40, 1, ref);
        QVERIFY(order > 0);
        QCOMPARE_JSON(client.call("sale.order", "action_confirm", Json::array({ ids({ order }) })), true);
    }
    qInfo("%d orders in %lld ms", count, timer.elapsed());
    QCOMPARE(odoo.recordCount(QStringLiteral("sale.order")), count);
    QCOMPARE(odoo.saleOrdersByClientRef(QStringLiteral("#5299")).size(), 1);
}

QTEST_GUILESS_MAIN(TestOdooWorkflow)
#include "tst_odooworkflow.moc"
