#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

#include "odootestclient.h"

using namespace Quayside::Sandbox;
using namespace Quayside::Sandbox::Test;

Q_DECLARE_METATYPE(Quayside::Sandbox::OdooVersion)

namespace {

bool containsId(const Json &ids, int id)
{
    return std::find(ids.begin(), ids.end(), Json(id)) != ids.end();
}

Json args(std::initializer_list<Json> items)
{
    Json out = Json::array();
    for (const auto &item : items)
        out.push_back(item);
    return out;
}

} // namespace

class TestOdooOrm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void domains_data();
    void domains();
    void searchReadLimitOffsetOrder();
    void archivedRecordsNeedActiveTest();
    void x2manyCommands();
    void createReturnsIntForDictAndListForList();
    void createWriteUnlinkAndWriteDate();
    void failedCallRollsBack();
    void indexedSearchesFollowEveryChange();
    void fieldsGet_data();
    void fieldsGet();
    void nameSearchAndReadGroup();
    void loadIsAnIdempotentUpsert();
    void externalIdsAreUnique();
    void barcodeMustBeUnique();
    void storableProductPerVersion_data();
    void storableProductPerVersion();
    void customRequiredField();

private:
    World m_world = World::generate(42);
    std::unique_ptr<OdooEmulator> m_odoo;
    std::unique_ptr<OdooTestClient> m_client;
};

void TestOdooOrm::init()
{
    m_odoo = std::make_unique<OdooEmulator>(m_world, OdooVersion::V18);
    QVERIFY(m_odoo->listenLocal());
    m_client = std::make_unique<OdooTestClient>(*m_odoo);
}

void TestOdooOrm::cleanup()
{
    m_client.reset();
    m_odoo.reset();
}

void TestOdooOrm::domains_data()
{
    // The seeded partners: 1 the company (US), 2 OdooBot (archived), 3 the admin (no country),
    // 4..11 the World's customers: Ada (Boston MA), Grace (Arlington VA), Alan (GB), Katherine (Hampton VA),
    // Edsger (NL), Margaret (Cambridge MA), Linus (Portland OR), Hedy (Los Angeles CA).
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray partner = "res.partner";
    QTest::addRow("empty") << partner << QByteArray("[]") << QByteArray("[1,3,4,5,6,7,8,9,10,11]");
    QTest::addRow("true leaf") << partner << QByteArray("[[1,\"=\",1]]") << QByteArray("[1,3,4,5,6,7,8,9,10,11]");
    QTest::addRow(">") << partner << QByteArray(R"([["customer_rank",">",0]])") << QByteArray("[4,5,6,7,8,9,10,11]");
    QTest::addRow("ilike") << partner << QByteArray(R"([["email","ilike","EXAMPLE.COM"]])")
                           << QByteArray("[3,4,5,7,9,10,11]");
    QTest::addRow("like is case sensitive")
        << partner << QByteArray(R"([["email","like","EXAMPLE"]])") << QByteArray("[]");
    QTest::addRow("like") << partner << QByteArray(R"([["email","like","example.org"]])") << QByteArray("[6]");
    QTest::addRow("not ilike") << partner
                               << QByteArray(R"([["customer_rank",">",0],["email","not ilike","example.com"]])")
                               << QByteArray("[6,8]");
    QTest::addRow("or") << partner << QByteArray(R"(["|",["city","=","Boston"],["city","=","Portland"]])")
                        << QByteArray("[4,10]");
    QTest::addRow("not with dotted path")
        << partner << QByteArray(R"([["customer_rank",">",0],"!",["country_id.code","=","US"]])")
        << QByteArray("[6,8]");
    QTest::addRow("implicit and, in, dotted")
        << partner << QByteArray(R"([["country_id","=",233],["state_id.code","in",["MA","VA"]]])")
        << QByteArray("[4,5,7,9]");
    QTest::addRow("=like") << partner << QByteArray(R"([["name","=like","A%"]])") << QByteArray("[4,6]");
    QTest::addRow("=ilike") << partner << QByteArray(R"([["name","=ilike","a%"]])") << QByteArray("[4,6]");
    QTest::addRow("=ilike with _") << partner << QByteArray(R"([["name","=ilike","_da %"]])") << QByteArray("[4]");
    QTest::addRow("in and not in") << partner << QByteArray(R"([["id","in",[4,5,6]],["id","not in",[5]]])")
                                   << QByteArray("[4,6]");
    QTest::addRow("= false") << partner << QByteArray(R"([["phone","=",false]])") << QByteArray("[1,3]");
    QTest::addRow("!=") << partner << QByteArray(R"([["city","!=","Boston"],["customer_rank",">=",1]])")
                        << QByteArray("[5,6,7,8,9,10,11]");
    QTest::addRow("<") << partner << QByteArray(R"([["id","<",3]])") << QByteArray("[1]");
    QTest::addRow("<=") << partner << QByteArray(R"([["id","<=",4]])") << QByteArray("[1,3,4]");
    QTest::addRow("many2one ilike by name")
        << partner << QByteArray(R"([["country_id","ilike","united"]])") << QByteArray("[1,4,5,6,7,9,10,11]");
    QTest::addRow("many2one != false") << partner
                                       << QByteArray(R"([["country_id","!=",false],["customer_rank","=",0]])")
                                       << QByteArray("[1]");
    QTest::addRow("archived only") << partner << QByteArray(R"([["active","=",false]])") << QByteArray("[2]");
    QTest::addRow("explicit and") << partner
                                  << QByteArray(R"(["&",["city","ilike","port"],["state_id.name","=","Oregon"]])")
                                  << QByteArray("[10]");
    QTest::addRow("nested or/and/not")
        << partner << QByteArray(R"(["|","&",["city","=","Boston"],["zip","=","02110"],"!",["customer_rank","=",0]])")
        << QByteArray("[4,5,6,7,8,9,10,11]");
    QTest::addRow("child_of") << QByteArray("stock.location") << QByteArray(R"([["id","child_of",7]])")
                              << QByteArray("[7,8]");
    QTest::addRow("child_of on many2one")
        << QByteArray("stock.location") << QByteArray(R"([["location_id","child_of",2]])") << QByteArray("[4,5]");
    QTest::addRow("computed field") << QByteArray("stock.location")
                                    << QByteArray(R"([["complete_name","=","WH/Stock"]])") << QByteArray("[8]");
    QTest::addRow("one2many contains") << QByteArray("res.country") << QByteArray(R"([["state_ids.code","=","ENG"]])")
                                       << QByteArray("[231]");
}

void TestOdooOrm::domains()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, domain);
    QFETCH(QByteArray, expected);
    const Json ids = m_client->call(
        model.toStdString(), "search", args({ Json::parse(domain.toStdString()) }), { { "order", "id" } });
    QCOMPARE_JSON(ids, Json::parse(expected.toStdString()));
    const Json count = m_client->call(model.toStdString(), "search_count", args({ Json::parse(domain.toStdString()) }));
    QCOMPARE_JSON(count, Json::parse(expected.toStdString()).size());
}

void TestOdooOrm::searchReadLimitOffsetOrder()
{
    // Expected from the World: variants by price descending, then id (= variant index + 1).
    std::vector<std::pair<qint64, int>> byPrice;
    for (int i = 0; i < m_world.variants().size(); ++i)
        byPrice.push_back({ m_world.variants().at(i).priceCents, i + 1 });
    std::stable_sort(byPrice.begin(), byPrice.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const Json rows = m_client->call("product.product",
        "search_read",
        args({ Json::array({ Json::array({ "sale_ok", "=", true }) }) }),
        { { "fields", Json::array({ "default_code", "list_price", "product_tmpl_id" }) },
            { "order", "list_price desc, id" },
            { "limit", 5 },
            { "offset", 2 } });
    QCOMPARE(rows.size(), size_t(5));
    for (size_t i = 0; i < 5; ++i) {
        QCOMPARE_JSON(rows[i]["id"], byPrice[i + 2].second);
        QCOMPARE_JSON(rows[i]["list_price"], byPrice[i + 2].first / 100.0);
        QVERIFY(rows[i]["product_tmpl_id"].is_array());
        QCOMPARE_JSON(rows[i]["default_code"], m_world.variants().at(byPrice[i + 2].second - 1).sku.toStdString());
        Json keys = Json::array();
        for (const auto &[key, value] : rows[i].items())
            keys.push_back(key);
        QCOMPARE_JSON(keys, Json::array({ "id", "default_code", "list_price", "product_tmpl_id" }));
    }
    const Json ascending
        = m_client->call("res.partner", "search", args({ Json::array() }), { { "order", "name asc" }, { "limit", 2 } });
    QCOMPARE_JSON(ascending, Json::array({ 4, 6 })); // Ada Lovelace, Alan Turing
    const Json descending = m_client->call(
        "res.partner", "search", args({ Json::array() }), { { "order", "name desc" }, { "limit", 1 } });
    QCOMPARE_JSON(descending, Json::array({ 1 })); // Quayside Retail
    const Json page = m_client->call("res.partner", "search", args({ Json::array(), 8, 5 }), { { "order", "id" } });
    QCOMPARE_JSON(page, Json::array({ 10, 11 }));
}

void TestOdooOrm::archivedRecordsNeedActiveTest()
{
    const Json domain = Json::array({ Json::array({ "name", "in", Json::array({ "USD", "EUR", "CAD" }) }) });
    QCOMPARE_JSON(
        m_client->call("res.currency", "search", args({ domain }), { { "order", "id" } }), Json::array({ 1 }));
    QCOMPARE_JSON(m_client->call("res.currency",
                      "search",
                      args({ domain }),
                      { { "order", "id" }, { "context", { { "active_test", false } } } }),
        Json::array({ 1, 2, 3 }));
}

void TestOdooOrm::x2manyCommands()
{
    const Json created = m_client->call("sale.order",
        "create",
        args({ { { "partner_id", 4 },
            { "order_line",
                Json::array({ Json::array({ 0, 0, { { "product_id", 1 }, { "product_uom_qty", 2 } } }),
                    Json::array({ 0, 0, { { "product_id", 2 } } }) }) } } }));
    QVERIFY(created.is_number_integer());
    const int order = created;
    auto lines = [&] {
        return m_client->call(
            "sale.order", "read", args({ Json::array({ order }), Json::array({ "order_line" }) }))[0]["order_line"];
    };
    const Json initial = lines();
    QCOMPARE(initial.size(), size_t(2));
    const int l1 = initial[0];
    const int l2 = initial[1];
    const Json defaults = m_client->call("sale.order.line",
        "read",
        args({ Json::array({ l2 }), Json::array({ "product_uom_qty", "price_unit", "tax_id", "name" }) }))[0];
    QCOMPARE_JSON(defaults["product_uom_qty"], 1.0);
    QCOMPARE_JSON(defaults["price_unit"], m_world.variants().at(1).priceCents / 100.0);
    QCOMPARE_JSON(defaults["tax_id"], Json::array({ 1 }));
    QVERIFY(defaults["name"].get<std::string>().find(m_world.variants().at(1).sku.toStdString()) != std::string::npos);

    // (1, id, vals) updates, (2, id) deletes.
    QCOMPARE_JSON(m_client->call("sale.order",
                      "write",
                      args({ Json::array({ order }),
                          { { "order_line",
                              Json::array({ Json::array({ 1, l1, { { "product_uom_qty", 5 } } }),
                                  Json::array({ 2, l2, 0 }) }) } } })),
        true);
    QCOMPARE_JSON(lines(), Json::array({ l1 }));
    QCOMPARE_JSON(m_client->call("sale.order.line", "read", args({ Json::array({ l2 }) })), Json::array());
    QCOMPARE_JSON(m_client->call("sale.order.line",
                      "read",
                      args({ Json::array({ l1 }), Json::array({ "product_uom_qty" }) }))[0]["product_uom_qty"],
        5.0);
    // (3, id) on order_line deletes the line too (ondelete cascade); (0, 0, vals) adds.
    m_client->call("sale.order",
        "write",
        args({ Json::array({ order }),
            { { "order_line",
                Json::array({ Json::array({ 0, 0, { { "product_id", 3 } } }), Json::array({ 3, l1, 0 }) }) } } }));
    const Json afterUnlink = lines();
    QCOMPARE(afterUnlink.size(), size_t(1));
    QVERIFY(afterUnlink[0] != l1);
    QCOMPARE_JSON(
        m_client->call("sale.order.line", "search_count", args({ Json::array({ Json::array({ "id", "=", l1 }) }) })),
        0);
    // (4, id) links a line of another order; (5) clears.
    const int other = m_client->call("sale.order",
        "create",
        args({ { { "partner_id", 5 },
            { "order_line", Json::array({ Json::array({ 0, 0, { { "product_id", 4 } } }) }) } } }));
    const int foreign = m_client->call(
        "sale.order", "read", args({ Json::array({ other }), Json::array({ "order_line" }) }))[0]["order_line"][0];
    m_client->call("sale.order",
        "write",
        args({ Json::array({ order }), { { "order_line", Json::array({ Json::array({ 4, foreign, 0 }) }) } } }));
    QCOMPARE(lines().size(), size_t(2));
    QCOMPARE_JSON(
        m_client->call(
            "sale.order", "read", args({ Json::array({ other }), Json::array({ "order_line" }) }))[0]["order_line"],
        Json::array());
    m_client->call("sale.order",
        "write",
        args({ Json::array({ order }), { { "order_line", Json::array({ Json::array({ 5, 0, 0 }) }) } } }));
    QCOMPARE_JSON(lines(), Json::array());

    // many2many: 6 sets, 3 unlinks, 4 links, 5 clears, a plain id list sets.
    const int line = m_client->call("sale.order.line",
        "create",
        args({ { { "order_id", order },
            { "product_id", 1 },
            { "tax_id", Json::array({ Json::array({ 6, 0, Json::array({ 1, 2 }) }) }) } } }));
    auto taxes = [&] {
        return m_client->call(
            "sale.order.line", "read", args({ Json::array({ line }), Json::array({ "tax_id" }) }))[0]["tax_id"];
    };
    QCOMPARE_JSON(taxes(), Json::array({ 1, 2 }));
    m_client->call("sale.order.line",
        "write",
        args({ Json::array({ line }),
            { { "tax_id", Json::array({ Json::array({ 3, 1, 0 }), Json::array({ 4, 3, 0 }) }) } } }));
    QCOMPARE_JSON(taxes(), Json::array({ 2, 3 }));
    m_client->call("sale.order.line",
        "write",
        args({ Json::array({ line }), { { "tax_id", Json::array({ Json::array({ 5, 0, 0 }) }) } } }));
    QCOMPARE_JSON(taxes(), Json::array());
    m_client->call("sale.order.line", "write", args({ Json::array({ line }), { { "tax_id", Json::array({ 3 }) } } }));
    QCOMPARE_JSON(taxes(), Json::array({ 3 }));
    // Linking a missing id fails like Odoo does.
    const Json missing = m_client->executeKw("sale.order.line",
        "write",
        args({ Json::array({ line }), { { "tax_id", Json::array({ Json::array({ 4, 999, 0 }) }) } } }));
    QCOMPARE(errorName(missing), std::string("odoo.exceptions.MissingError"));
    QCOMPARE_JSON(taxes(), Json::array({ 3 }));
}

void TestOdooOrm::createReturnsIntForDictAndListForList()
{
    const Json one = m_client->call("res.partner", "create", args({ { { "name", "One" } } }));
    QVERIFY(one.is_number_integer());
    const Json many = m_client->call(
        "res.partner", "create", args({ Json::array({ { { "name", "Two" } }, { { "name", "Three" } } }) }));
    QVERIFY(many.is_array());
    QCOMPARE(many.size(), size_t(2));
    QCOMPARE_JSON(many[1].get<int>(), many[0].get<int>() + 1);
    const Json read = m_client->call(
        "res.partner", "read", args({ many, Json::array({ "name", "email", "country_id", "child_ids" }) }));
    QCOMPARE_JSON(read[1],
        Json({ { "id", many[1] },
            { "name", "Three" },
            { "email", false },
            { "country_id", false },
            { "child_ids", Json::array() } }));
}

void TestOdooOrm::createWriteUnlinkAndWriteDate()
{
    const int id = m_client->call("res.partner", "create", args({ { { "name", "Poller" }, { "country_id", 233 } } }));
    const Json first = m_client->call("res.partner",
        "read",
        args({ Json::array({ id }), Json::array({ "create_date", "write_date", "country_id", "display_name" }) }))[0];
    const QString stamp = QString::fromStdString(first["write_date"].get<std::string>());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$")).match(stamp).hasMatch());
    QCOMPARE_JSON(first["create_date"], first["write_date"]);
    QCOMPARE_JSON(first["country_id"], Json::array({ 233, "United States" }));
    QCOMPARE_JSON(first["display_name"], "Poller");
    // load=None: many2one values as bare ids.
    QCOMPARE_JSON(m_client->call("res.partner",
                      "read",
                      args({ Json::array({ id }), Json::array({ "country_id" }) }),
                      { { "load", nullptr } }),
        Json::array({ { { "id", id }, { "country_id", 233 } } }));
    // A poller asking for changes since the stamp sees the record, before and after a write.
    const Json since = Json::array({ Json::array({ "write_date", ">=", stamp.toStdString() }) });
    QVERIFY(containsId(m_client->call("res.partner", "search", args({ since })), id));
    QCOMPARE_JSON(m_client->call("res.partner",
                      "write",
                      args({ Json::array({ id }), { { "email", "p@example.com" }, { "country_id", false } } })),
        true);
    const Json after = m_client->call(
        "res.partner", "read", args({ Json::array({ id }), Json::array({ "write_date", "email", "country_id" }) }))[0];
    QVERIFY(after["write_date"].get<std::string>() >= stamp.toStdString());
    QCOMPARE_JSON(after["email"], "p@example.com");
    QCOMPARE_JSON(after["country_id"], false);
    QVERIFY(containsId(m_client->call("res.partner", "search", args({ since })), id));
    QCOMPARE_JSON(m_client->call("res.partner",
                      "search",
                      args({ Json::array({ Json::array({ "write_date", ">", "2999-01-01 00:00:00" }) }) })),
        Json::array());
    QCOMPARE_JSON(m_client->call("res.partner", "unlink", args({ Json::array({ id }) })), true);
    QCOMPARE_JSON(m_client->call("res.partner", "read", args({ Json::array({ id }) })), Json::array());
    QCOMPARE(errorName(m_client->executeKw("res.partner", "unlink", args({ Json::array({ id }) }))),
        std::string("odoo.exceptions.MissingError"));
    // A confirmed order cannot be deleted.
    const int order = m_client->call("sale.order",
        "create",
        args({ { { "partner_id", 4 },
            { "order_line", Json::array({ Json::array({ 0, 0, { { "product_id", 1 } } }) }) } } }));
    m_client->call("sale.order", "action_confirm", args({ Json::array({ order }) }));
    const Json refused = m_client->executeKw("sale.order", "unlink", args({ Json::array({ order }) }));
    QCOMPARE(errorName(refused), std::string("odoo.exceptions.UserError"));
}

void TestOdooOrm::failedCallRollsBack()
{
    const int orders = m_odoo->recordCount(QStringLiteral("sale.order"));
    const int lines = m_odoo->recordCount(QStringLiteral("sale.order.line"));
    const Json reply = m_client->executeKw("sale.order",
        "create",
        args({ { { "partner_id", 4 },
            { "order_line",
                Json::array({ Json::array({ 0, 0, { { "product_id", 1 } } }),
                    Json::array({ 0, 0, { { "product_id", 2 }, { "bogus", 1 } } }) }) } } }));
    QCOMPARE(errorMessage(reply), std::string("Invalid field 'bogus' on model 'sale.order.line'"));
    QCOMPARE(m_odoo->recordCount(QStringLiteral("sale.order")), orders);
    QCOMPARE(m_odoo->recordCount(QStringLiteral("sale.order.line")), lines);
    // Like PostgreSQL sequences, the id the failed call took is not handed out again.
    const int next = m_client->call("sale.order", "create", args({ { { "partner_id", 4 } } }));
    QCOMPARE(next, orders + 2);
    QCOMPARE_JSON(
        m_client->call("sale.order", "read", args({ Json::array({ next }), Json::array({ "name" }) }))[0]["name"],
        "S00002");
}

// The emulator answers '=' and 'in' searches and one2many reads from indexes; they must give what a
// scan gives ('=like' without wildcards is the same test, and is never indexed) after every kind of change.
void TestOdooOrm::indexedSearchesFollowEveryChange()
{
    auto byRef = [&](const char *op, const Json &value) {
        return m_client->call(
            "sale.order", "search", args({ Json::array({ Json::array({ "client_order_ref", op, value }) }) }));
    };
    auto expect = [&](const std::string &ref, const Json &ids) {
        QCOMPARE_JSON(byRef("=", ref), ids);
        QCOMPARE_JSON(byRef("=like", ref), ids);
    };
    const int order = m_client->call("sale.order",
        "create",
        args({ { { "partner_id", 4 },
            { "client_order_ref", "R1" },
            { "order_line", Json::array({ Json::array({ 0, 0, { { "product_id", 1 } } }) }) } } }));
    expect("R1", Json::array({ order }));
    QVERIFY(containsId(
        m_client->call("sale.order", "search", args({ Json::array({ Json::array({ "partner_id", "=", 4 }) }) })),
        order));
    QCOMPARE_JSON(byRef("in", Json::array({ "R1", "none" })), Json::array({ order }));

    // A write moves the record from one key to the other.
    m_client->call("sale.order", "write", args({ Json::array({ order }), { { "client_order_ref", "R2" } } }));
    expect("R1", Json::array());
    expect("R2", Json::array({ order }));

    // A failed call's create is rolled back out of the index too.
    const Json failed = m_client->executeKw("sale.order",
        "create",
        args({ { { "partner_id", 4 },
            { "client_order_ref", "R3" },
            { "order_line", Json::array({ Json::array({ 0, 0, { { "product_id", 2 }, { "bogus", 1 } } }) }) } } }));
    QVERIFY(failed.contains("error"));
    expect("R3", Json::array());
    // A failed write puts the record back under its former key.
    const Json failedWrite = m_client->executeKw("sale.order",
        "write",
        args({ Json::array({ order }),
            { { "client_order_ref", "R4" },
                { "order_line", Json::array({ Json::array({ 0, 0, { { "product_id", 2 }, { "bogus", 1 } } }) }) } } }));
    QVERIFY(failedWrite.contains("error"));
    expect("R4", Json::array());
    expect("R2", Json::array({ order }));

    // One2many reads follow lines moving between orders and being deleted.
    const int other = m_client->call("sale.order", "create", args({ { { "partner_id", 4 } } }));
    const int line = m_client->call(
        "sale.order", "read", args({ Json::array({ order }), Json::array({ "order_line" }) }))[0]["order_line"][0];
    m_client->call("sale.order.line", "write", args({ Json::array({ line }), { { "order_id", other } } }));
    auto linesOf = [&](int id) {
        return m_client->call(
            "sale.order", "read", args({ Json::array({ id }), Json::array({ "order_line" }) }))[0]["order_line"];
    };
    QCOMPARE_JSON(linesOf(order), Json::array());
    QCOMPARE_JSON(linesOf(other), Json::array({ line }));
    m_client->call("sale.order.line", "unlink", args({ Json::array({ line }) }));
    QCOMPARE_JSON(linesOf(other), Json::array());

    // A string against a many2one is a name search, not an id lookup.
    const std::string partnerName
        = m_client->call("res.partner", "read", args({ Json::array({ 4 }), Json::array({ "name" }) }))[0]["name"];
    QVERIFY(containsId(
        m_client->call(
            "sale.order", "search", args({ Json::array({ Json::array({ "partner_id", "=", partnerName }) }) })),
        order));

    m_client->call("sale.order", "unlink", args({ Json::array({ order }) }));
    expect("R2", Json::array());
}

void TestOdooOrm::fieldsGet_data()
{
    QTest::addColumn<OdooVersion>("version");
    QTest::addColumn<QByteArray>("present");
    QTest::addColumn<QByteArray>("absent");
    QTest::addRow("17") << OdooVersion::V17
                        << QByteArray("tax_id,product_uom,detailed_type,mobile,move_ids_without_package")
                        << QByteArray("tax_ids,product_uom_id,is_storable");
    QTest::addRow("18") << OdooVersion::V18
                        << QByteArray("tax_id,product_uom,is_storable,mobile,move_ids_without_package")
                        << QByteArray("tax_ids,product_uom_id,detailed_type");
    QTest::addRow("19") << OdooVersion::V19 << QByteArray("tax_ids,product_uom_id,is_storable")
                        << QByteArray("tax_id,product_uom,detailed_type,mobile,move_ids_without_package");
}

void TestOdooOrm::fieldsGet()
{
    QFETCH(OdooVersion, version);
    QFETCH(QByteArray, present);
    QFETCH(QByteArray, absent);
    OdooEmulator odoo(m_world, version);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    Json all = Json::object();
    for (const char *model : { "sale.order.line", "product.product", "res.partner", "stock.picking" }) {
        const Json fields
            = client.call(model, "fields_get", Json::array(), { { "attributes", Json::array({ "type" }) } });
        for (const auto &[name, desc] : fields.items())
            all[name] = desc;
    }
    for (const auto &name : present.split(','))
        QVERIFY2(all.contains(name.toStdString()), name.constData());
    for (const auto &name : absent.split(','))
        QVERIFY2(!all.contains(name.toStdString()), name.constData());

    const Json order = client.call("sale.order",
        "fields_get",
        args({ Json::array({ "partner_id", "state", "order_line" }) }),
        { { "attributes", Json::array({ "type", "string", "required", "relation", "selection", "relation_field" }) } });
    QCOMPARE(order.size(), size_t(3));
    QCOMPARE_JSON(order["partner_id"],
        Json(
            { { "type", "many2one" }, { "string", "Customer" }, { "required", true }, { "relation", "res.partner" } }));
    QCOMPARE_JSON(order["order_line"]["relation_field"], "order_id");
    QCOMPARE_JSON(order["state"]["selection"][2], Json::array({ "sale", "Sales Order" }));
    const Json full = client.call("res.partner", "fields_get", args({ Json::array({ "name" }) }));
    for (const char *attribute : { "type", "string", "required", "readonly", "store", "searchable", "sortable" })
        QVERIFY2(full["name"].contains(attribute), attribute);
}

void TestOdooOrm::nameSearchAndReadGroup()
{
    const QString sku = m_world.variants().at(0).sku;
    const Json found
        = m_client->call("product.product", "name_search", args({ sku.toStdString() }), { { "limit", 5 } });
    QVERIFY(!found.empty());
    QCOMPARE_JSON(found[0][0], 1);
    QVERIFY(found[0][1].get<std::string>().rfind("[" + sku.toStdString() + "]", 0) == 0);
    const Json groups = m_client->call("res.partner",
        "read_group",
        args({ Json::array(), Json::array({ "customer_rank:sum" }), Json::array({ "country_id" }) }));
    Json byCountry = Json::object();
    for (const auto &g : groups)
        byCountry[g["country_id"].is_array() ? g["country_id"][1].get<std::string>() : std::string("none")]
            = g["country_id_count"];
    QCOMPARE_JSON(
        byCountry, Json({ { "Netherlands", 1 }, { "United Kingdom", 1 }, { "United States", 7 }, { "none", 1 } }));
}

void TestOdooOrm::loadIsAnIdempotentUpsert()
{
    const Json fields = Json::array({ "id", "name", "email", "country_id/id" });
    const Json first = m_client->call("res.partner",
        "load",
        args({ fields,
            Json::array(
                { Json::array({ "shopify_sync.customer_7002", "John Load", "john@example.com", "base.us" }) }) }));
    QCOMPARE_JSON(first["messages"], Json::array());
    QCOMPARE_JSON(first["nextrow"], 0);
    QCOMPARE(first["ids"].size(), size_t(1));
    const int id = first["ids"][0];
    const Json second = m_client->call("res.partner",
        "load",
        args({ fields,
            Json::array({ Json::array(
                { "shopify_sync.customer_7002", "John Load (renamed)", "john@example.com", "base.us" }) }) }));
    QCOMPARE_JSON(second, Json({ { "ids", Json::array({ id }) }, { "messages", Json::array() }, { "nextrow", 0 } }));
    const Json partner = m_client->call(
        "res.partner", "read", args({ Json::array({ id }), Json::array({ "name", "country_id" }) }))[0];
    QCOMPARE_JSON(partner["name"], "John Load (renamed)");
    QCOMPARE_JSON(partner["country_id"][0], 233);
    QCOMPARE_JSON(m_client->call("ir.model.data",
                      "search_read",
                      args({ Json::array({ Json::array({ "module", "=", "shopify_sync" }),
                          Json::array({ "name", "=", "customer_7002" }) }) }),
                      { { "fields", Json::array({ "model", "res_id", "complete_name" }) } }),
        Json::array({ { { "id", m_odoo->recordCount(QStringLiteral("ir.model.data")) },
            { "model", "res.partner" },
            { "res_id", id },
            { "complete_name", "shopify_sync.customer_7002" } } }));
    QCOMPARE_JSON(m_client->call("ir.model.data", "check_object_reference", args({ "shopify_sync", "customer_7002" })),
        Json::array({ "res.partner", id }));

    // Errors come back in messages, ids is false and nothing is written.
    const int partners = m_odoo->recordCount(QStringLiteral("res.partner"));
    const Json bad = m_client->call("res.partner",
        "load",
        args({ Json::array({ "id", "name", "colour" }),
            Json::array({ Json::array({ "shopify_sync.x", "X", "red" }) }) }));
    QCOMPARE_JSON(bad["ids"], false);
    QCOMPARE_JSON(bad["messages"][0]["type"], "error");
    QCOMPARE(m_odoo->recordCount(QStringLiteral("res.partner")), partners);
    const Json unknownRef = m_client->call("res.partner",
        "load",
        args({ Json::array({ "name", "country_id/id" }), Json::array({ Json::array({ "Y", "base.atlantis" }) }) }));
    QCOMPARE_JSON(unknownRef["ids"], false);
    QCOMPARE(m_odoo->recordCount(QStringLiteral("res.partner")), partners);
}

void TestOdooOrm::externalIdsAreUnique()
{
    const Json vals = { { "module", "shopify_sync" },
        { "name", "order_25" },
        { "model", "sale.order" },
        { "res_id", 25 },
        { "noupdate", true } };
    QVERIFY(m_client->call("ir.model.data", "create", args({ vals })).is_number_integer());
    const Json duplicate = m_client->executeKw("ir.model.data", "create", args({ vals }));
    QCOMPARE(errorName(duplicate), std::string("odoo.exceptions.ValidationError"));
    QVERIFY(errorMessage(duplicate).find("ir_model_data_module_name_uniq_index") != std::string::npos);
}

void TestOdooOrm::barcodeMustBeUnique()
{
    QCOMPARE_JSON(
        m_client->call("product.product", "write", args({ Json::array({ 1 }), { { "barcode", "SMOKE-BARCODE-1" } } })),
        true);
    const Json dup = m_client->executeKw(
        "product.product", "create", args({ { { "name", "dup barcode" }, { "barcode", "SMOKE-BARCODE-1" } } }));
    QCOMPARE(errorName(dup), std::string("odoo.exceptions.ValidationError"));
    const std::string expected
        = "Barcode(s) already assigned:\n\n- Barcode \"SMOKE-BARCODE-1\" already assigned to product(s): "
        + m_odoo->database().displayName("product.product", 1)
        + " and dup barcode\n\nNote: products that you don't have access to will not be shown above.";
    QCOMPARE(errorMessage(dup), expected);
    // A product created on its own gets a template; a template gets its variant.
    const int product
        = m_client->call("product.product", "create", args({ { { "name", "Solo" }, { "default_code", "SOLO-1" } } }));
    QVERIFY(m_client
                ->call("product.product",
                    "read",
                    args({ Json::array({ product }), Json::array({ "product_tmpl_id" }) }))[0]["product_tmpl_id"]
                .is_array());
    const int tmpl
        = m_client->call("product.template", "create", args({ { { "name", "Tmpl" }, { "is_storable", true } } }));
    QCOMPARE_JSON(m_client->call("product.product",
                      "search_count",
                      args({ Json::array({ Json::array({ "product_tmpl_id", "=", tmpl }) }) })),
        1);
}

void TestOdooOrm::storableProductPerVersion_data()
{
    QTest::addColumn<OdooVersion>("version");
    QTest::addColumn<QByteArray>("vals");
    QTest::addRow("17 detailed_type") << OdooVersion::V17 << QByteArray(R"({"name":"S","detailed_type":"product"})");
    QTest::addRow("17 type") << OdooVersion::V17 << QByteArray(R"({"name":"S","type":"product"})");
    QTest::addRow("18 is_storable") << OdooVersion::V18
                                    << QByteArray(R"({"name":"S","type":"consu","is_storable":true})");
    QTest::addRow("19 is_storable") << OdooVersion::V19
                                    << QByteArray(R"({"name":"S","type":"consu","is_storable":true})");
}

void TestOdooOrm::storableProductPerVersion()
{
    QFETCH(OdooVersion, version);
    QFETCH(QByteArray, vals);
    OdooEmulator odoo(m_world, version);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const Json product = client.call("product.product", "create", args({ Json::parse(vals.toStdString()) }));
    QVERIFY(product.is_number_integer());
    // A storable product without stock cannot be reserved (a consumable always is).
    const int order = client.call("sale.order",
        "create",
        args({ { { "partner_id", 4 },
            { "order_line", Json::array({ Json::array({ 0, 0, { { "product_id", product } } }) }) } } }));
    client.call("sale.order", "action_confirm", args({ Json::array({ order }) }));
    const Json moves = client.call("stock.move",
        "search_read",
        args({ Json::array({ Json::array({ "product_id", "=", product }) }) }),
        { { "fields", Json::array({ "state", "quantity" }) } });
    QCOMPARE(moves.size(), size_t(1));
    QCOMPARE_JSON(moves[0]["state"], "confirmed");
    QCOMPARE_JSON(moves[0]["quantity"], 0.0);
    const Json consumable = client.call("product.product", "create", args({ { { "name", "C" } } }));
    const int second = client.call("sale.order",
        "create",
        args({ { { "partner_id", 4 },
            { "order_line", Json::array({ Json::array({ 0, 0, { { "product_id", consumable } } }) }) } } }));
    client.call("sale.order", "action_confirm", args({ Json::array({ second }) }));
    QCOMPARE_JSON(client.call("stock.move",
                      "search_read",
                      args({ Json::array({ Json::array({ "product_id", "=", consumable }) }) }),
                      { { "fields", Json::array({ "state" }) } })[0]["state"],
        "assigned");
    // The other version's spelling is an unknown field.
    const Json wrong = version == OdooVersion::V17 ? Json { { "name", "W" }, { "is_storable", true } }
                                                   : Json { { "name", "W" }, { "detailed_type", "product" } };
    QCOMPARE(
        errorName(client.executeKw("product.product", "create", args({ wrong }))), std::string("builtins.ValueError"));
}

void TestOdooOrm::customRequiredField()
{
    m_odoo->setRequiredField(QStringLiteral("sale.order"), QStringLiteral("x_studio_channel"));
    const Json refused = m_client->executeKw("sale.order", "create", args({ { { "partner_id", 4 } } }));
    QCOMPARE(errorName(refused), std::string("odoo.exceptions.ValidationError"));
    QVERIFY(errorMessage(refused).find("Model: Sales Order (sale.order)\nField: x_studio_channel (x_studio_channel)")
        != std::string::npos);
    QVERIFY(m_client->call("sale.order", "create", args({ { { "partner_id", 4 }, { "x_studio_channel", "shopify" } } }))
                .is_number_integer());
    QCOMPARE_JSON(m_client->call("sale.order",
                      "fields_get",
                      args({ Json::array({ "x_studio_channel" }) }),
                      { { "attributes", Json::array({ "required" }) } }),
        Json({ { "x_studio_channel", { { "required", true } } } }));
}

QTEST_GUILESS_MAIN(TestOdooOrm)
#include "tst_odooorm.moc"
