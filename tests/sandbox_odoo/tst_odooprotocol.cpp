#include "sandbox/odoo/odooemulator.h"

#include <QElapsedTimer>
#include <QTest>

#include "odootestclient.h"

using namespace Quayside::Sandbox;
using namespace Quayside::Sandbox::Test;

Q_DECLARE_METATYPE(Quayside::Sandbox::OdooVersion)

namespace {

QByteArray xmlCall(const QByteArray &method, const QByteArray &params)
{
    return "<?xml version=\"1.0\"?><methodCall><methodName>" + method + "</methodName><params>" + params
        + "</params></methodCall>";
}

QByteArray xmlString(const QString &s)
{
    return "<param><value><string>" + s.toUtf8() + "</string></value></param>";
}

} // namespace

class TestOdooProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_data();
    void version();
    void login_data();
    void login();
    void unknownDatabase();
    void wrongKeyIsAccessDenied_data();
    void wrongKeyIsAccessDenied();
    void errorEnvelopes_data();
    void errorEnvelopes();
    void privateMethodMessagePerVersion_data();
    void privateMethodMessagePerVersion();
    void transportErrors();
    void noneResultOmitsResultKey();
    void malformedCallsNeverCrash_data();
    void malformedCallsNeverCrash();
    void executeService();
    void json2OnVersion19();
    void json2Errors();
    void json2AbsentBefore19();
    void jsonRpcDeprecatedOn19();
    void xmlRpc();
    void faults_data();
    void faults();
    void realisticLatencyClosesConnections();

private:
    World m_world = World::generate(42);
};

void TestOdooProtocol::version_data()
{
    QTest::addColumn<OdooVersion>("version");
    QTest::addRow("17") << OdooVersion::V17;
    QTest::addRow("18") << OdooVersion::V18;
    QTest::addRow("19") << OdooVersion::V19;
}

void TestOdooProtocol::version()
{
    QFETCH(OdooVersion, version);
    OdooEmulator odoo(m_world, version);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    OdooTestClient::Reply raw;
    const Json reply = client.jsonRpc("common", "version", Json::array(), &raw);
    QCOMPARE(raw.status, 200);
    QVERIFY(raw.header("Content-Type").startsWith("application/json"));
    QCOMPARE_JSON(reply["id"], 1);
    QCOMPARE_JSON(reply["result"]["server_version_info"][0].get<int>(), int(version));
    QCOMPARE_JSON(reply["result"]["server_serie"].get<std::string>(), std::to_string(int(version)) + ".0");
    QCOMPARE_JSON(reply["result"]["protocol_version"], 1);
}

void TestOdooProtocol::login_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("secret"); // 0 password, 1 API key, 2 wrong, 3 empty
    QTest::addColumn<bool>("accepted");
    for (const char *method : { "login", "authenticate" }) {
        QTest::addRow("%s password", method) << QString::fromLatin1(method) << QStringLiteral("admin") << 0 << true;
        QTest::addRow("%s api key", method) << QString::fromLatin1(method) << QStringLiteral("admin") << 1 << true;
        QTest::addRow("%s wrong secret", method)
            << QString::fromLatin1(method) << QStringLiteral("admin") << 2 << false;
        QTest::addRow("%s empty secret", method)
            << QString::fromLatin1(method) << QStringLiteral("admin") << 3 << false;
        QTest::addRow("%s wrong login", method)
            << QString::fromLatin1(method) << QStringLiteral("nobody") << 1 << false;
    }
}

void TestOdooProtocol::login()
{
    QFETCH(QString, method);
    QFETCH(QString, login);
    QFETCH(int, secret);
    QFETCH(bool, accepted);
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const auto c = odoo.credentials();
    const QString secrets[] = { c.password, c.apiKey, QStringLiteral("wrong"), QString() };
    Json args = Json::array({ c.database.toStdString(), login.toStdString(), secrets[secret].toStdString() });
    if (method == QLatin1String("authenticate"))
        args.push_back(Json::object());
    const Json reply = client.jsonRpc("common", method.toStdString(), args);
    QVERIFY2(!reply.contains("error"), reply.dump().c_str());
    QCOMPARE_JSON(reply["result"], accepted ? Json(2) : Json(false));
}

void TestOdooProtocol::unknownDatabase()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const Json reply = client.jsonRpc("object",
        "execute_kw",
        Json::array({ "nope", 2, "admin", "res.partner", "search", Json::array({ Json::array() }) }));
    QCOMPARE(errorName(reply), std::string("psycopg2.OperationalError"));
    QVERIFY(errorMessage(reply).find("database \"nope\" does not exist") != std::string::npos);
}

void TestOdooProtocol::wrongKeyIsAccessDenied_data()
{
    QTest::addColumn<OdooVersion>("version");
    QTest::addColumn<int>("code");
    QTest::addRow("17") << OdooVersion::V17 << 200;
    QTest::addRow("18") << OdooVersion::V18 << 200;
    QTest::addRow("19") << OdooVersion::V19 << 0;
}

void TestOdooProtocol::wrongKeyIsAccessDenied()
{
    QFETCH(OdooVersion, version);
    QFETCH(int, code);
    OdooEmulator odoo(m_world, version);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const Json reply = client.jsonRpc("object",
        "execute_kw",
        Json::array(
            { "quayside", 2, "wrong", "res.partner", "search_count", Json::array({ Json::array() }), Json::object() }));
    QCOMPARE_JSON(reply["jsonrpc"], "2.0");
    QCOMPARE_JSON(reply["error"]["code"].get<int>(), code);
    QCOMPARE_JSON(reply["error"]["message"], "Odoo Server Error");
    const Json &data = reply["error"]["data"];
    QCOMPARE_JSON(data["name"], "odoo.exceptions.AccessDenied");
    QCOMPARE_JSON(data["message"], "Access Denied");
    QCOMPARE_JSON(data["arguments"], Json::array({ "Access Denied" }));
    QCOMPARE_JSON(data["context"], Json::object());
    QVERIFY(data["debug"].is_string());
    QCOMPARE(data.size(), size_t(5));
    QVERIFY(!reply.contains("result"));
}

void TestOdooProtocol::errorEnvelopes_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("args");
    QTest::addColumn<QByteArray>("kwargs");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("message"); // empty: only the name is checked
    QTest::addRow("unknown model") << QByteArray("no.such.model") << QByteArray("search") << QByteArray("[[]]")
                                   << QByteArray("{}") << QByteArray("odoo.exceptions.UserError")
                                   << QByteArray("Object no.such.model doesn't exist");
    QTest::addRow("unknown method") << QByteArray("sale.order") << QByteArray("no_such_method") << QByteArray("[[1]]")
                                    << QByteArray("{}") << QByteArray("builtins.AttributeError")
                                    << QByteArray("The method 'sale.order.no_such_method' does not exist");
    QTest::addRow("name_get is gone") << QByteArray("res.partner") << QByteArray("name_get") << QByteArray("[[1]]")
                                      << QByteArray("{}") << QByteArray("builtins.AttributeError")
                                      << QByteArray("The method 'res.partner.name_get' does not exist");
    QTest::addRow("private method")
        << QByteArray("sale.order") << QByteArray("_create_invoices") << QByteArray("[[1]]") << QByteArray("{}")
        << QByteArray("odoo.exceptions.AccessError")
        << QByteArray("Private methods (such as 'sale.order._create_invoices') cannot be called remotely.");
    QTest::addRow("unknown field in create")
        << QByteArray("res.partner") << QByteArray("create") << QByteArray(R"([{"name":"x","no_such_field":1}])")
        << QByteArray("{}") << QByteArray("builtins.ValueError")
        << QByteArray("Invalid field 'no_such_field' on model 'res.partner'");
    QTest::addRow("unknown field in read")
        << QByteArray("res.partner") << QByteArray("read") << QByteArray(R"([[4],["nope"]])") << QByteArray("{}")
        << QByteArray("builtins.ValueError") << QByteArray("Invalid field 'nope' on model 'res.partner'");
    QTest::addRow("write on a missing id")
        << QByteArray("sale.order") << QByteArray("write") << QByteArray(R"([[999999],{"note":"x"}])")
        << QByteArray("{}") << QByteArray("odoo.exceptions.MissingError")
        << QByteArray("Record does not exist or has been deleted.\n(Record: sale.order(999999,), User: 2)");
    QTest::addRow("unknown field in domain")
        << QByteArray("sale.order") << QByteArray("search") << QByteArray(R"([[["nope","=",1]]])") << QByteArray("{}")
        << QByteArray("builtins.ValueError") << QByteArray("Invalid field sale.order.nope in leaf ('nope', '=', 1)");
    QTest::addRow("bad operator") << QByteArray("sale.order") << QByteArray("search")
                                  << QByteArray(R"([[["name","~","x"]]])") << QByteArray("{}")
                                  << QByteArray("builtins.ValueError") << QByteArray("Invalid leaf ('name', '~', 'x')");
    QTest::addRow("domain not a list") << QByteArray("sale.order") << QByteArray("search") << QByteArray(R"([{"a":1}])")
                                       << QByteArray("{}") << QByteArray("builtins.ValueError") << QByteArray();
    QTest::addRow("unexpected kwarg") << QByteArray("res.partner") << QByteArray("search_read") << QByteArray("[[]]")
                                      << QByteArray(R"({"colour":"red"})") << QByteArray("builtins.TypeError")
                                      << QByteArray("search_read() got an unexpected keyword argument 'colour'");
    QTest::addRow("missing argument") << QByteArray("res.partner") << QByteArray("write") << QByteArray("[[4]]")
                                      << QByteArray("{}") << QByteArray("builtins.TypeError")
                                      << QByteArray("write() missing 1 required positional argument: 'vals'");
    QTest::addRow("ids as a string") << QByteArray("res.partner") << QByteArray("read") << QByteArray(R"(["abc"])")
                                     << QByteArray("{}") << QByteArray("builtins.ValueError")
                                     << QByteArray("invalid literal for int() with base 10: 'abc'");
    QTest::addRow("args not a list") << QByteArray("res.partner") << QByteArray("search") << QByteArray("5")
                                     << QByteArray("{}") << QByteArray("builtins.TypeError") << QByteArray();
    QTest::addRow("wrong selection value")
        << QByteArray("res.partner") << QByteArray("create") << QByteArray(R"([{"name":"x","type":"alien"}])")
        << QByteArray("{}") << QByteArray("builtins.ValueError")
        << QByteArray("Wrong value for res.partner.type: 'alien'");
    QTest::addRow("many2one as text") << QByteArray("res.partner") << QByteArray("create")
                                      << QByteArray(R"([{"name":"x","country_id":"US"}])") << QByteArray("{}")
                                      << QByteArray("builtins.ValueError")
                                      << QByteArray("invalid literal for int() with base 10: 'US'");
    QTest::addRow("bad order") << QByteArray("res.partner") << QByteArray("search") << QByteArray("[[]]")
                               << QByteArray(R"({"order":"colour desc"})") << QByteArray("builtins.ValueError")
                               << QByteArray();
    QTest::addRow("required field missing")
        << QByteArray("sale.order") << QByteArray("create") << QByteArray("[{}]") << QByteArray("{}")
        << QByteArray("odoo.exceptions.ValidationError")
        << QByteArray("The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: "
                      "another model requires the record being deleted. If possible, archive it instead.\n\nModel: "
                      "Sales Order (sale.order)\nField: Customer (partner_id)\n");
    QTest::addRow("check_object_reference")
        << QByteArray("ir.model.data") << QByteArray("check_object_reference") << QByteArray(R"(["m","x"])")
        << QByteArray("{}") << QByteArray("builtins.ValueError")
        << QByteArray("External ID not found in the system: m.x");
}

void TestOdooProtocol::errorEnvelopes()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, args);
    QFETCH(QByteArray, kwargs);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, message);
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    OdooTestClient::Reply raw;
    const auto c = odoo.credentials();
    const Json reply = client.jsonRpc("object",
        "execute_kw",
        Json::array({ c.database.toStdString(),
            2,
            c.apiKey.toStdString(),
            model.toStdString(),
            method.toStdString(),
            Json::parse(args.toStdString()),
            Json::parse(kwargs.toStdString()) }),
        &raw);
    QCOMPARE(raw.status, 200);
    QVERIFY2(reply.contains("error"), reply.dump().c_str());
    QCOMPARE_JSON(reply["error"]["code"], 200);
    QCOMPARE(QByteArray::fromStdString(errorName(reply)), name);
    if (!message.isEmpty())
        QCOMPARE(QByteArray::fromStdString(errorMessage(reply)), message);
    QCOMPARE_JSON(reply["error"]["data"]["arguments"], Json::array({ errorMessage(reply) }));
}

void TestOdooProtocol::privateMethodMessagePerVersion_data()
{
    QTest::addColumn<OdooVersion>("version");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("17") << OdooVersion::V17
                        << QByteArray("Private methods (such as _create_invoices) cannot be called remotely.");
    QTest::addRow("18") << OdooVersion::V18
                        << QByteArray(
                               "Private methods (such as 'sale.order._create_invoices') cannot be called remotely.");
}

void TestOdooProtocol::privateMethodMessagePerVersion()
{
    QFETCH(OdooVersion, version);
    QFETCH(QByteArray, message);
    OdooEmulator odoo(m_world, version);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const Json reply = client.executeKw("sale.order", "_create_invoices", Json::array({ Json::array({ 1 }) }));
    QCOMPARE(errorName(reply), std::string("odoo.exceptions.AccessError"));
    QCOMPARE(QByteArray::fromStdString(errorMessage(reply)), message);
}

void TestOdooProtocol::transportErrors()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const auto notJson = client.post(QStringLiteral("/jsonrpc"), "{not json");
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.body, QByteArray("Invalid JSON data"));
    const auto textPlain = client.post(QStringLiteral("/jsonrpc"), R"({"params":{}})", "text/plain");
    QCOMPARE(textPlain.status, 400);
    QVERIFY(textPlain.body.contains("Request inferred type is compatible with"));
    QVERIFY(textPlain.header("Content-Type").startsWith("text/html"));
    // A missing id is echoed as null.
    const auto noId = client.post(
        QStringLiteral("/jsonrpc"), R"({"jsonrpc":"2.0","params":{"service":"common","method":"version","args":[]}})");
    QCOMPARE(noId.status, 200);
    QVERIFY(noId.json.contains("id"));
    QVERIFY(noId.json["id"].is_null());
    const auto echoed = client.post(QStringLiteral("/jsonrpc"),
        R"({"jsonrpc":"2.0","id":"abc","params":{"service":"common","method":"version","args":[]}})");
    QCOMPARE_JSON(echoed.json["id"], "abc");
    const Json unknownService = client.jsonRpc("nope", "x", Json::array());
    QCOMPARE(errorName(unknownService), std::string("builtins.KeyError"));
    const auto notFound = client.post(QStringLiteral("/web/nothing"), "{}");
    QCOMPARE(notFound.status, 404);
}

void TestOdooProtocol::malformedCallsNeverCrash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("name"); // expected data.name; empty: HTTP 400
    const QByteArray head
        = R"({"jsonrpc":"2.0","id":1,"params":{"service":"object","method":"execute_kw","args":["quayside",2,"KEY",)";
    QTest::addRow("params is a list") << QByteArray(R"({"jsonrpc":"2.0","id":1,"params":[1,2]})")
                                      << QByteArray("builtins.TypeError");
    QTest::addRow("service missing") << QByteArray(R"({"jsonrpc":"2.0","id":1,"params":{"method":"x"}})")
                                     << QByteArray("builtins.KeyError");
    QTest::addRow("args is an object") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"params":{"service":"common","method":"login","args":{}}})")
                                       << QByteArray("builtins.TypeError");
    QTest::addRow("too few execute_kw args") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"params":{"service":"object","method":"execute_kw","args":["quayside",2]}})")
                                             << QByteArray("builtins.TypeError");
    QTest::addRow("uid as text") << QByteArray(
        R"({"jsonrpc":"2.0","id":1,"params":{"service":"object","method":"execute_kw","args":["quayside","2","KEY","res.partner","search",[[]]]}})")
                                 << QByteArray("odoo.exceptions.AccessDenied");
    QTest::addRow("model is a number") << head + R"(5,"search",[[]]]}})" << QByteArray("builtins.TypeError");
    QTest::addRow("leaf of two") << head + R"("res.partner","search",[[["name","="]]]]}})"
                                 << QByteArray("builtins.ValueError");
    QTest::addRow("dangling operator") << head + R"("res.partner","search",[["|",["name","=","x"]]]]}})"
                                       << QByteArray("builtins.ValueError");
    QTest::addRow("limit as text") << head + R"("res.partner","search",[[]],{"limit":"ten"}]}})"
                                   << QByteArray("builtins.TypeError");
    QTest::addRow("vals as a list of numbers")
        << head + R"("res.partner","create",[[1,2]]]}})" << QByteArray("builtins.AttributeError");
    QTest::addRow("command ids as text") << head + R"("sale.order.line","write",[[1],{"tax_id":[[6,0,["a"]]]}]]}})"
                                         << QByteArray("builtins.TypeError");
    QTest::addRow("bad command") << head + R"("sale.order","write",[[1],{"order_line":[[9,0,0]]}]]}})"
                                 << QByteArray("builtins.ValueError");
    QTest::addRow("bad date") << head + R"("sale.order","write",[[1],{"date_order":"yesterday"}]]}})"
                              << QByteArray("builtins.ValueError");
    QTest::addRow("float as text") << head + R"("sale.order.line","write",[[1],{"price_unit":"cheap"}]]}})"
                                   << QByteArray("builtins.ValueError");
    QTest::addRow("load without rows") << head + R"("res.partner","load",[["name"],5]]}})"
                                       << QByteArray("builtins.TypeError");
    QTest::addRow("ids nested") << head + R"("sale.order","action_confirm",[[[1]]]]}})"
                                << QByteArray("builtins.TypeError");
    QTest::addRow("body is a list") << QByteArray("[1,2,3]") << QByteArray();
    QTest::addRow("empty body") << QByteArray() << QByteArray();
}

void TestOdooProtocol::malformedCallsNeverCrash()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, name);
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int order = client.call("sale.order",
        "create",
        Json::array({ { { "partner_id", 4 },
            { "order_line", Json::array({ Json::array({ 0, 0, { { "product_id", 1 } } }) }) } } }));
    QCOMPARE(order, 1);
    body.replace("KEY", odoo.credentials().apiKey.toUtf8());
    const auto reply = client.post(QStringLiteral("/jsonrpc"), body);
    if (name.isEmpty()) {
        QCOMPARE(reply.status, 400);
    } else {
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.isJson(), reply.body.constData());
        QCOMPARE(QByteArray::fromStdString(errorName(reply.json)), name);
    }
    // The server is still there and the failed call changed nothing.
    QCOMPARE_JSON(client.call("sale.order.line",
                      "read",
                      Json::array({ ids({ 1 }), Json::array({ "tax_id", "price_unit" }) }))[0]["tax_id"],
        ids({ 1 }));
    QCOMPARE_JSON(
        client.call(
            "sale.order", "read", Json::array({ ids({ 1 }), Json::array({ "state", "order_line" }) }))[0]["state"],
        "draft");
}

void TestOdooProtocol::executeService()
{
    OdooEmulator odoo(m_world, OdooVersion::V17);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const auto c = odoo.credentials();
    // object.execute takes the method's arguments positionally after the model and method.
    const Json reply = client.jsonRpc("object",
        "execute",
        Json::array({ c.database.toStdString(),
            2,
            c.password.toStdString(),
            "res.partner",
            "search_read",
            Json::array({ Json::array({ "id", "=", 4 }) }),
            Json::array({ "name" }) }));
    QCOMPARE_JSON(reply["result"], Json::array({ { { "id", 4 }, { "name", "Ada Lovelace" } } }));
    QCOMPARE(errorName(client.jsonRpc("db", "list", Json::array())), std::string("odoo.exceptions.AccessDenied"));
    QCOMPARE(errorName(client.jsonRpc("object", "frobnicate", Json::array())), std::string("builtins.NameError"));
}

void TestOdooProtocol::noneResultOmitsResultKey()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const int partner = client.call("res.partner", "search", Json::array({ Json::array() }), { { "limit", 1 } })[0];
    const int order = client.call("sale.order", "create", Json::array({ { { "partner_id", partner } } }));
    const Json locked = client.executeKw("sale.order", "action_lock", Json::array({ Json::array({ order }) }));
    QVERIFY2(!locked.contains("error"), locked.dump().c_str());
    QVERIFY(!locked.contains("result"));
    QCOMPARE_JSON(locked["id"], 1);
    QCOMPARE_JSON(
        client.call(
            "sale.order", "read", Json::array({ Json::array({ order }), Json::array({ "locked" }) }))[0]["locked"],
        true);
}

void TestOdooProtocol::json2OnVersion19()
{
    OdooEmulator odoo(m_world, OdooVersion::V19);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    auto created = client.json2("res.partner",
        "create",
        { { "vals_list", Json::array({ { { "name", "Json Two" }, { "email", "j2@example.com" } } }) } });
    QCOMPARE(created.status, 200);
    QVERIFY(created.json.is_array());
    QCOMPARE_JSON(created.json.size(), size_t(1));
    const int id = created.json[0];
    auto read = client.json2("res.partner",
        "search_read",
        { { "domain", Json::array({ Json::array({ "id", "=", id }) }) },
            { "fields", Json::array({ "name", "email" }) } });
    QCOMPARE(read.status, 200);
    QCOMPARE_JSON(read.json, Json::array({ { { "id", id }, { "name", "Json Two" }, { "email", "j2@example.com" } } }));
    auto written = client.json2(
        "res.partner", "write", { { "ids", Json::array({ id }) }, { "vals", { { "name", "Renamed" } } } });
    QCOMPARE(written.status, 200);
    QCOMPARE_JSON(written.json, true);
    auto count = client.json2(
        "res.partner", "search_count", { { "domain", Json::array({ Json::array({ "name", "=", "Renamed" }) }) } });
    QCOMPARE_JSON(count.json, 1);
    auto context = client.json2("res.users", "context_get", Json::object());
    QCOMPARE_JSON(context.json["uid"], 2);
    const auto version = client.get(QStringLiteral("/web/version"));
    QCOMPARE_JSON(version.json["version_info"][0], 19);
    QCOMPARE_JSON(version.json["version"], "19.0");
    // In 19 action_cancel cancels directly (no wizard) and None comes back as null.
    const int order
        = client.json2("sale.order", "create", { { "vals_list", Json::array({ { { "partner_id", id } } }) } }).json[0];
    auto lock = client.json2("sale.order", "action_lock", { { "ids", Json::array({ order }) } });
    QCOMPARE(lock.status, 200);
    QCOMPARE(lock.body, QByteArray("null"));
}

void TestOdooProtocol::json2Errors()
{
    OdooEmulator odoo(m_world, OdooVersion::V19);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    auto noKey = client.post(QStringLiteral("/json/2/res.partner/search"), R"({"domain":[]})");
    QCOMPARE(noKey.status, 401);
    QCOMPARE_JSON(noKey.json["message"], "User not authenticated, use an API Key with a Bearer Authorization header.");
    auto badKey = client.json2("res.partner", "search", { { "domain", Json::array() } }, "nope");
    QCOMPARE(badKey.status, 401);
    QCOMPARE_JSON(badKey.json["name"], "werkzeug.exceptions.Unauthorized");
    QCOMPARE_JSON(badKey.json["message"], "Invalid apikey");
    QCOMPARE(badKey.header("WWW-Authenticate"), QByteArray("bearer"));
    auto upper = client.post(QStringLiteral("/json/2/res.partner/search_count"),
        R"({"domain":[]})",
        "application/json",
        { { "Authorization", "Bearer " + odoo.credentials().apiKey.toUtf8() } });
    QCOMPARE(upper.status, 200);
    QCOMPARE_JSON(client.json2("no.such", "search", { { "domain", Json::array() } }).status, 404);
    QCOMPARE_JSON(client.json2("sale.order", "_create_invoices", { { "ids", Json::array({ 1 }) } }).status, 404);
    QCOMPARE_JSON(client.json2("sale.order", "frobnicate", { { "ids", Json::array({ 1 }) } }).status, 404);
    auto unexpected = client.json2("res.partner", "search", { { "domain", Json::array() }, { "colour", "red" } });
    QCOMPARE(unexpected.status, 422);
    QCOMPARE_JSON(
        client.json2("res.partner", "create", { { "ids", Json::array({ 1 }) }, { "vals_list", Json::array() } }).status,
        422);
    QCOMPARE_JSON(
        client.json2("res.partner", "write", { { "ids", Json::array({ 999999 }) }, { "vals", { { "name", "x" } } } })
            .status,
        404);
    auto validation = client.json2("sale.order", "create", { { "vals_list", Json::array({ Json::object() }) } });
    QCOMPARE(validation.status, 422);
    QCOMPARE_JSON(validation.json["name"], "odoo.exceptions.ValidationError");
    const Json keys = Json::array({ "name", "message", "arguments", "context", "debug" });
    Json actual = Json::array();
    for (const auto &[key, value] : validation.json.items())
        actual.push_back(key);
    QCOMPARE_JSON(actual, keys);
    QCOMPARE_JSON(
        client.json2("res.partner", "read", { { "ids", Json::array({ 4 }) }, { "fields", Json::array({ "nope" }) } })
            .status,
        500);
    QCOMPARE(client.get(QStringLiteral("/json/2/res.partner/search")).status, 404);
    QCOMPARE(client
                 .post(QStringLiteral("/json/2/res.partner/search"),
                     "{nope",
                     "application/json",
                     { { "Authorization", "bearer " + odoo.credentials().apiKey.toUtf8() } })
                 .status,
        400);
}

void TestOdooProtocol::json2AbsentBefore19()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    auto reply = client.json2("res.partner", "search_read", { { "domain", Json::array() } });
    QCOMPARE(reply.status, 303);
    QVERIFY(reply.header("Location").startsWith("/web/login?redirect=%2Fjson%2F2%2Fres.partner"));
    QCOMPARE(client.get(QStringLiteral("/web/version")).status, 404);
}

void TestOdooProtocol::jsonRpcDeprecatedOn19()
{
    OdooEmulator odoo(m_world, OdooVersion::V19);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    QCOMPARE(odoo.deprecatedCallCount(), 0);
    const Json count = client.executeKw("res.partner", "search_count", Json::array({ Json::array() }));
    QVERIFY(count["result"].get<int>() > 0);
    QCOMPARE(odoo.deprecatedCallCount(), 1);
    const Json error = client.executeKw("no.model", "search", Json::array({ Json::array() }));
    QCOMPARE_JSON(error["error"]["code"], 0);
    // 19 removed res.partner.mobile and renamed sale.order.line tax_id.
    QCOMPARE(errorName(client.executeKw(
                 "res.partner", "read", Json::array({ Json::array({ 4 }), Json::array({ "mobile" }) }))),
        std::string("builtins.ValueError"));
    QVERIFY(client.call("sale.order.line", "fields_get", Json::array(), { { "attributes", Json::array({ "type" }) } })
                .contains("tax_ids"));
}

void TestOdooProtocol::xmlRpc()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    const auto c = odoo.credentials();
    auto version = client.post(QStringLiteral("/xmlrpc/2/common"), xmlCall("version", ""), "text/xml");
    QCOMPARE(version.status, 200);
    QVERIFY(
        version.body.contains("<name>server_version_info</name>\n<value><array><data>\n<value><int>18</int></value>"));
    const QByteArray auth = xmlString(c.database) + "<param><value><int>2</int></value></param>" + xmlString(c.apiKey);
    auto search = client.post(QStringLiteral("/xmlrpc/2/object"),
        xmlCall("execute_kw",
            auth + xmlString(QStringLiteral("res.partner")) + xmlString(QStringLiteral("search_read"))
                + "<param><value><array><data><value><array><data><value><array><data><value><string>id</string></"
                  "value><value><string>=</string></value><value><int>4</int></value></data></array></value></data></"
                  "array></value></data></array></value></param>"
                + "<param><value><struct><member><name>fields</name><value><array><data><value><string>name</string></"
                  "value><value><string>country_id</string></value></data></array></value></member></struct></value></"
                  "param>"),
        "text/xml");
    QVERIFY2(search.body.contains("<name>country_id</name>\n<value><array><data>\n<value><int>233</int></"
                                  "value>\n<value><string>United States</string></value>"),
        search.body.constData());
    auto privateCall = client.post(QStringLiteral("/xmlrpc/2/object"),
        xmlCall("execute_kw",
            auth + xmlString(QStringLiteral("sale.order")) + xmlString(QStringLiteral("_create_invoices"))
                + "<param><value><array><data><value><array><data><value><int>1</int></value></data></array></value></"
                  "data></array></value></param>"),
        "text/xml");
    QVERIFY(privateCall.body.contains("<name>faultCode</name>\n<value><int>4</int></value>"));
    auto denied = client.post(QStringLiteral("/xmlrpc/2/object"),
        xmlCall("execute_kw",
            xmlString(c.database) + "<param><value><int>2</int></value></param>" + xmlString(QStringLiteral("wrong"))
                + xmlString(QStringLiteral("res.partner")) + xmlString(QStringLiteral("search_count"))
                + "<param><value><array><data><value><array><data></data></array></value></data></array></value></"
                  "param>"),
        "text/xml");
    QVERIFY(denied.body.contains("<value><int>3</int></value>"));
    QVERIFY(denied.body.contains("<value><string>Access Denied</string></value>"));

    // action_lock returns None: fault 1, yet the work is committed.
    const int partner = 4;
    const int order = client.call("sale.order", "create", Json::array({ { { "partner_id", partner } } }));
    const QByteArray orderParam = "<param><value><array><data><value><array><data><value><int>"
        + QByteArray::number(order) + "</int></value></data></array></value></data></array></value></param>";
    auto none = client.post(QStringLiteral("/xmlrpc/2/object"),
        xmlCall("execute_kw",
            auth + xmlString(QStringLiteral("sale.order")) + xmlString(QStringLiteral("action_lock")) + orderParam),
        "text/xml");
    QVERIFY(none.body.contains("<value><int>1</int></value>"));
    QVERIFY(none.body.contains("TypeError: cannot marshal None unless allow_none is enabled"));
    QCOMPARE_JSON(
        client.call(
            "sale.order", "read", Json::array({ Json::array({ order }), Json::array({ "locked" }) }))[0]["locked"],
        true);

    QCOMPARE_JSON(client.call("sale.order", "action_confirm", Json::array({ Json::array({ order }) })), true);
    auto twice = client.post(QStringLiteral("/xmlrpc/2/object"),
        xmlCall("execute_kw",
            auth + xmlString(QStringLiteral("sale.order")) + xmlString(QStringLiteral("action_confirm")) + orderParam),
        "text/xml");
    QVERIFY(twice.body.contains("<value><int>2</int></value>"));
    QVERIFY(twice.body.contains("Some orders are not in a state requiring confirmation."));
    auto legacy = client.post(QStringLiteral("/xmlrpc/object"),
        xmlCall("execute_kw",
            auth + xmlString(QStringLiteral("sale.order")) + xmlString(QStringLiteral("action_confirm")) + orderParam),
        "text/xml");
    QVERIFY2(legacy.body.contains("<value><string>warning -- UserError\n\nSome orders are not in a state requiring "
                                  "confirmation.</string></value>"),
        legacy.body.constData());
}

void TestOdooProtocol::faults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("json2");
    QTest::addColumn<int>("status"); // expected HTTP status; -1 = a network error
    QTest::addColumn<bool>("committed"); // was the partner created?
    QTest::addRow("server error before") << int(FaultKind::ServerError) << int(FaultPhase::Before) << false << 503
                                         << false;
    QTest::addRow("server error after (committed)")
        << int(FaultKind::ServerError) << int(FaultPhase::After) << false << 503 << true;
    QTest::addRow("rate limited") << int(FaultKind::RateLimited) << int(FaultPhase::Before) << false << 429 << false;
    QTest::addRow("outage") << int(FaultKind::Outage) << int(FaultPhase::Before) << false << 503 << false;
    QTest::addRow("unauthorized jsonrpc")
        << int(FaultKind::Unauthorized) << int(FaultPhase::Before) << false << 200 << false;
    QTest::addRow("unauthorized json2") << int(FaultKind::Unauthorized) << int(FaultPhase::Before) << true << 401
                                        << false;
    QTest::addRow("malformed after") << int(FaultKind::Malformed) << int(FaultPhase::After) << false << 200 << true;
    QTest::addRow("truncated after") << int(FaultKind::Truncated) << int(FaultPhase::After) << false << -1 << true;
    QTest::addRow("reset before") << int(FaultKind::Reset) << int(FaultPhase::Before) << false << -1 << false;
    QTest::addRow("reset after") << int(FaultKind::Reset) << int(FaultPhase::After) << false << -1 << true;
    QTest::addRow("timeout before") << int(FaultKind::Timeout) << int(FaultPhase::Before) << false << -1 << false;
    QTest::addRow("latency") << int(FaultKind::Latency) << int(FaultPhase::Before) << false << 200 << true;
}

void TestOdooProtocol::faults()
{
    QFETCH(int, kind);
    QFETCH(int, phase);
    QFETCH(bool, json2);
    QFETCH(int, status);
    QFETCH(bool, committed);
    OdooEmulator odoo(m_world, json2 ? OdooVersion::V19 : OdooVersion::V18);
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    FaultRule rule;
    rule.endpoint = json2 ? QStringLiteral("json2:res.partner/create")
                          : QStringLiteral("jsonrpc:object.execute_kw:res.partner.create");
    rule.kind = FaultKind(kind);
    rule.phase = FaultPhase(phase);
    rule.latencyMs = 300;
    // Qt re-sends a request (once) when the connection closes before any answer, so a reset must
    // outlast those retries; every attempt that ran the handler committed its create.
    const bool reset = FaultKind(kind) == FaultKind::Reset;
    rule.remaining = reset ? 5 : 1;
    odoo.faults()->addRule(rule);
    // Another method on the same model is not faulted.
    QVERIFY(client.call("res.partner", "search_count", Json::array({ Json::array() })).get<int>() > 0);

    const int before = odoo.recordCount(QStringLiteral("res.partner"));
    const Json vals = { { "name", "Fault Probe" } };
    const auto c = odoo.credentials();
    const Json body = { { "jsonrpc", "2.0" },
        { "method", "call" },
        { "id", 7 },
        { "params",
            { { "service", "object" },
                { "method", "execute_kw" },
                { "args",
                    Json::array({ c.database.toStdString(),
                        2,
                        c.apiKey.toStdString(),
                        "res.partner",
                        "create",
                        Json::array({ vals }) }) } } } };
    // A fresh client, so the faulted call opens its own connection: Qt re-sends a request whose reused
    // keep-alive connection was reset, which would hide the fault.
    OdooTestClient fresh(odoo);
    QElapsedTimer timer;
    timer.start();
    const auto reply = json2
        ? fresh.json2("res.partner", "create", { { "vals_list", Json::array({ vals }) } })
        : fresh.post(QStringLiteral("/jsonrpc"), QByteArray::fromStdString(body.dump()), "application/json", {}, 1500);
    if (status < 0) {
        QVERIFY(reply.error != QNetworkReply::NoError);
    } else {
        QCOMPARE(reply.status, status);
    }
    const int attempts = odoo.faults()->injectedCount(FaultKind(kind));
    QCOMPARE(odoo.recordCount(QStringLiteral("res.partner")), before + (committed ? attempts : 0));
    switch (FaultKind(kind)) {
    case FaultKind::ServerError:
    case FaultKind::Outage:
        QVERIFY(reply.body.contains("Service Unavailable"));
        QVERIFY(!reply.isJson());
        break;
    case FaultKind::RateLimited:
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
        break;
    case FaultKind::Unauthorized:
        if (json2) {
            QCOMPARE_JSON(reply.json["message"], "Invalid apikey");
        } else {
            QCOMPARE_JSON(reply.json["id"], 7);
            QCOMPARE_JSON(reply.json["error"]["data"]["name"], "odoo.exceptions.AccessDenied");
        }
        break;
    case FaultKind::Malformed:
        QVERIFY(!reply.isJson());
        break;
    case FaultKind::Latency:
        QVERIFY(timer.elapsed() >= 290);
        QVERIFY(reply.json["result"].is_number_integer());
        break;
    case FaultKind::Timeout:
        QCOMPARE(reply.error, QNetworkReply::TimeoutError);
        break;
    default:
        break;
    }
    QCOMPARE(attempts, reset ? 2 : 1);
    // Without the rule the next call goes through.
    odoo.faults()->clear();
    QVERIFY(client.call("res.partner", "search_count", Json::array({ Json::array() })).get<int>() > 0);
}

void TestOdooProtocol::realisticLatencyClosesConnections()
{
    OdooEmulator odoo(m_world, OdooVersion::V18);
    odoo.setLatencyProfile(odoo.realisticLatencyProfile());
    QVERIFY(odoo.listenLocal());
    OdooTestClient client(odoo);
    OdooTestClient::Reply raw;
    QElapsedTimer timer;
    timer.start();
    const auto c = odoo.credentials();
    const Json login = client.jsonRpc(
        "common", "login", Json::array({ c.database.toStdString(), "admin", c.apiKey.toStdString() }), &raw);
    QCOMPARE_JSON(login["result"], 2);
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(raw.header("Connection").toLower(), QByteArray("close"));
    timer.restart();
    QVERIFY(client.call("res.partner", "search", Json::array({ Json::array() })).is_array());
    QVERIFY(timer.elapsed() < 300);
}

QTEST_GUILESS_MAIN(TestOdooProtocol)
#include "tst_odooprotocol.moc"
