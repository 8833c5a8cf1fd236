// Replays odoo-18-transcript.md (requests made against a real Odoo 18 server) against the emulator and
// compares each answer with the real one: the same envelope (result, result omitted for None, or error with
// the same code, exception name and message), the same JSON shape (types, key lists in order, lengths),
// and the same values where they do not depend on the demo data (states, action models, wizard contexts).
// Ids differ between the two databases, so ids are translated per model as the replay learns them.

#include "sandbox/odoo/odooemulator.h"
#include "sandbox/odoo/odoomodels.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <map>
#include <set>

#include "odootestclient.h"

using namespace Quayside::Sandbox;
using Quayside::Sandbox::Test::OdooTestClient;

namespace {

struct Exchange
{
    QString title;
    QString path;
    QByteArray request;
    QByteArray response;
};

QList<Exchange> parseTranscript(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Exchange> out;
    QString title;
    bool inFence = false;
    QStringList fence;
    auto flush = [&] {
        Exchange e;
        e.title = title;
        bool inResponse = false;
        for (int i = 0; i < fence.size(); ++i) {
            const QString &line = fence.at(i);
            if (!inResponse && line.startsWith(QLatin1String("POST "))) {
                e.path = line.mid(5).trimmed();
                e.request = fence.value(i + 1).toUtf8();
                ++i;
            } else if (line.startsWith(QLatin1String("--> "))) {
                inResponse = true;
                e.response = line.mid(4).toUtf8();
            } else if (inResponse) {
                e.response += '\n' + line.toUtf8();
            }
        }
        if (!e.path.isEmpty())
            out << e;
    };
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("```"))) {
            if (inFence)
                flush();
            inFence = !inFence;
            fence.clear();
        } else if (inFence) {
            fence << line;
        } else if (line.startsWith(QLatin1String("### "))) {
            title = line.mid(4).trimmed();
        } else if (line.startsWith(QLatin1String("POST /json/2/"))) {
            out << Exchange { title, line.mid(5).section(QLatin1Char(' '), 0, 0), "{}", "HTTP 303" };
        }
    }
    return out;
}

const std::set<std::string> kModelMethods { "create",
    "search",
    "search_read",
    "search_count",
    "load",
    "fields_get",
    "name_search",
    "check_object_reference",
    "default_get",
    "read_group",
    "context_get" };
// Values that do not depend on the demo data and must match exactly.
const std::set<std::string> kExactKeys { "state",
    "move_type",
    "payment_state",
    "invoice_status",
    "delivery_status",
    "locked",
    "picked",
    "res_model",
    "target",
    "view_mode",
    "is_storable",
    "code",
    "protocol_version",
    "server_serie",
    "server_version_info",
    "messages",
    "nextrow",
    "default_show_transfers",
    "skip_sms",
    "mark_so_as_canceled",
    "model_description",
    "default_move_type",
    "jsonrpc" };

} // namespace

class TestOdooTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();

private:
    Json translate(const std::string &model, const Json &value) const;
    Json translateVals(const std::string &model, const Json &vals) const;
    Json translateDomain(const std::string &model, const Json &domain) const;
    Json translateRequest(const Json &request) const;
    void learn(const std::string &model, const Json &expected, const Json &actual, std::string &error);
    void compare(const Json &expected,
        const Json &actual,
        const std::string &path,
        const std::string &model,
        std::string &error,
        const std::string &key = {});
    QByteArray translateXml(const QByteArray &request) const;

    World m_world = World::generate(42);
    OdooModels m_models { OdooVersion::V18 };
    std::unique_ptr<OdooEmulator> m_odoo;
    std::unique_ptr<OdooTestClient> m_client;
    QList<Exchange> m_exchanges;
    std::map<std::pair<std::string, int>, int> m_ids;
};

void TestOdooTranscript::initTestCase()
{
    const QString override = qEnvironmentVariable("QUAYSIDE_ODOO_TRANSCRIPT");
    m_exchanges = parseTranscript(override.isEmpty() ? QStringLiteral(ODOO_TRANSCRIPT) : override);
    QVERIFY(m_exchanges.size() >= 60);
    m_odoo = std::make_unique<OdooEmulator>(m_world, OdooVersion::V18);
    QVERIFY(m_odoo->listenLocal());
    m_client = std::make_unique<OdooTestClient>(*m_odoo);
    // The demo data's product 8 (60 on hand at WH only) becomes a World variant stocked at WH only.
    int variant = -1;
    for (int v = 0; v < m_world.variants().size() && variant < 0; ++v)
        if (m_world.openingStock(v, 0) >= 3 && m_world.openingStock(v, 1) == 0)
            variant = v;
    QVERIFY(variant >= 0);
    m_ids[{ "product.product", 8 }] = variant + 1;
    m_ids[{ "res.country", 233 }] = 233;
    m_ids[{ "stock.warehouse", 1 }] = 1;
    m_ids[{ "stock.location", 8 }] = 8;
    m_ids[{ "account.journal", 1 }] = 1;
}

void TestOdooTranscript::replay_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_exchanges.size(); ++i)
        QTest::addRow("%02d %s", i, qPrintable(m_exchanges.at(i).title)) << i;
}

Json TestOdooTranscript::translate(const std::string &model, const Json &value) const
{
    if (value.is_number_integer()) {
        const auto it = m_ids.find({ model, value.get<int>() });
        return it == m_ids.end() ? value : Json(it->second);
    }
    if (value.is_array()) {
        Json out = Json::array();
        for (const auto &v : value)
            out.push_back(translate(model, v));
        return out;
    }
    return value;
}

Json TestOdooTranscript::translateVals(const std::string &model, const Json &vals) const
{
    const OdooModel *m = m_models.model(model);
    if (!m || !vals.is_object())
        return vals;
    Json out = vals;
    for (auto &[key, value] : out.items()) {
        const OdooField *field = m->field(key);
        if (!field || field->relation.empty())
            continue;
        if (field->type == "many2one") {
            value = translate(field->relation, value);
        } else if (value.is_array()) {
            for (auto &command : value) {
                if (!command.is_array() || command.empty())
                    continue;
                const int code = command[0];
                if ((code == 1 || code == 2 || code == 3 || code == 4) && command.size() > 1)
                    command[1] = translate(field->relation, command[1]);
                if (code == 6 && command.size() > 2)
                    command[2] = translate(field->relation, command[2]);
                if ((code == 0 || code == 1) && command.size() > 2)
                    command[2] = translateVals(field->relation, command[2]);
            }
        }
    }
    return out;
}

Json TestOdooTranscript::translateDomain(const std::string &model, const Json &domain) const
{
    const OdooModel *m = m_models.model(model);
    Json out = domain;
    if (!m || !out.is_array())
        return out;
    for (auto &leaf : out) {
        if (!leaf.is_array() || leaf.size() != 3 || !leaf[0].is_string())
            continue;
        const std::string path = leaf[0];
        if (path == "id")
            leaf[2] = translate(model, leaf[2]);
        else if (const OdooField *field = m->field(path); field && !field->relation.empty())
            leaf[2] = translate(field->relation, leaf[2]);
    }
    return out;
}

Json TestOdooTranscript::translateRequest(const Json &request) const
{
    Json out = request;
    Json &args = out["params"]["args"];
    const auto credentials = m_odoo->credentials();
    for (auto &arg : args) {
        if (arg == "retail")
            arg = credentials.database.toStdString();
        else if (arg == "<API_KEY>")
            arg = credentials.apiKey.toStdString();
    }
    if (out["params"]["service"] != "object" || args.size() < 6)
        return out;
    const std::string model = args[3];
    const std::string method = args[4];
    Json &positional = args[5];
    if (!kModelMethods.count(method) && !positional.empty())
        positional[0] = translate(model, positional[0]);
    if ((method == "search" || method == "search_read" || method == "search_count") && !positional.empty())
        positional[0] = translateDomain(model, positional[0]);
    if (method == "create" && !positional.empty()) {
        if (positional[0].is_array())
            for (auto &vals : positional[0])
                vals = translateVals(model, vals);
        else
            positional[0] = translateVals(model, positional[0]);
    }
    if (method == "write" && positional.size() > 1)
        positional[1] = translateVals(model, positional[1]);
    if (args.size() > 6 && args[6].contains("context")) {
        Json &context = args[6]["context"];
        if (context.contains("button_validate_picking_ids"))
            context["button_validate_picking_ids"] = translate("stock.picking", context["button_validate_picking_ids"]);
        if (context.contains("default_pick_ids"))
            for (auto &command : context["default_pick_ids"])
                command[1] = translate("stock.picking", command[1]);
        if (context.contains("active_model")) {
            const std::string activeModel = context["active_model"];
            for (const char *key : { "active_ids", "active_id" })
                if (context.contains(key))
                    context[key] = translate(activeModel, context[key]);
        }
        if (context.contains("warehouse_id"))
            context["warehouse_id"] = translate("stock.warehouse", context["warehouse_id"]);
        if (context.contains("location"))
            context["location"] = translate("stock.location", context["location"]);
    }
    return out;
}

void TestOdooTranscript::learn(const std::string &model, const Json &expected, const Json &actual, std::string &error)
{
    if (expected.is_number_integer() && actual.is_number_integer()) {
        const auto key = std::make_pair(model, expected.get<int>());
        const auto it = m_ids.find(key);
        if (it == m_ids.end())
            m_ids[key] = actual.get<int>();
        else if (it->second != actual.get<int>())
            error += "id " + model + "(" + expected.dump() + ") was " + std::to_string(it->second) + ", now "
                + actual.dump() + "; ";
        return;
    }
    if (expected.is_array() && actual.is_array()) {
        for (size_t i = 0; i < std::min(expected.size(), actual.size()); ++i)
            learn(model, expected[i], actual[i], error);
        return;
    }
    if (!expected.is_object() || !actual.is_object())
        return;
    if (expected.contains("res_model") && expected.contains("res_id") && actual.contains("res_id"))
        learn(expected["res_model"], expected["res_id"], actual["res_id"], error);
    if (expected.contains("ids") && actual.contains("ids"))
        learn(model, expected["ids"], actual["ids"], error);
    const OdooModel *m = m_models.model(model);
    if (!m)
        return;
    for (const auto &[key, value] : expected.items()) {
        if (!actual.contains(key))
            continue;
        if (key == "id") {
            learn(model, value, actual[key], error);
            continue;
        }
        const OdooField *field = m->field(key);
        if (!field || field->relation.empty())
            continue;
        if (field->type == "many2one" && value.is_array() && actual[key].is_array() && !actual[key].empty())
            learn(field->relation, value[0], actual[key][0], error);
        else if (value.is_array())
            learn(field->relation, value, actual[key], error);
    }
}

void TestOdooTranscript::compare(const Json &expected,
    const Json &actual,
    const std::string &path,
    const std::string &model,
    std::string &error,
    const std::string &key)
{
    auto fail = [&](const std::string &what) {
        error += path + ": " + what + " (expected " + expected.dump() + ", got " + actual.dump() + "); ";
    };
    if (kExactKeys.count(key)) {
        if (expected != actual)
            fail("value differs");
        return;
    }
    if (expected == false) {
        // An empty value in the demo database; ours may hold data (a barcode, a carrier) but not another kind of value.
        if (!(actual == false || actual.is_string()
                || (actual.is_array() && actual.size() == 2 && actual[1].is_string())))
            fail("false vs another kind");
        return;
    }
    if (expected.is_boolean() || expected.is_null()) {
        if (expected != actual)
            fail("value differs");
    } else if (expected.is_number_integer()) {
        if (!actual.is_number_integer())
            fail("not an integer");
    } else if (expected.is_number_float()) {
        if (!actual.is_number_float())
            fail("not a float");
    } else if (expected.is_string()) {
        if (!actual.is_string())
            fail("not a string");
    } else if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size()) {
            fail("array length differs");
            return;
        }
        for (size_t i = 0; i < expected.size(); ++i)
            compare(expected[i], actual[i], path + "[" + std::to_string(i) + "]", model, error);
    } else if (expected.is_object()) {
        if (!actual.is_object()) {
            fail("not an object");
            return;
        }
        Json expectedKeys = Json::array();
        Json actualKeys = Json::array();
        for (const auto &[k, v] : expected.items())
            expectedKeys.push_back(k);
        for (const auto &[k, v] : actual.items())
            actualKeys.push_back(k);
        if (expectedKeys != actualKeys) {
            error += path + ": keys " + actualKeys.dump() + " instead of " + expectedKeys.dump() + "; ";
            return;
        }
        const bool action = expected.value("type", std::string()).rfind("ir.actions", 0) == 0;
        for (const auto &[k, v] : expected.items()) {
            if (action && (k == "name" || k == "type" || k == "xml_id")) {
                if (v != actual[k])
                    error += path + "." + k + ": " + actual[k].dump() + " instead of " + v.dump() + "; ";
                continue;
            }
            compare(v, actual[k], path + "." + k, model, error, k);
        }
    }
}

QByteArray TestOdooTranscript::translateXml(const QByteArray &request) const
{
    static const QRegularExpression modelPattern(QStringLiteral("<string>([a-z_]+\\.[a-z_.]+)</string>"));
    const auto match = modelPattern.match(QString::fromUtf8(request));
    const std::string model = match.hasMatch() ? match.captured(1).toStdString() : std::string();
    QByteArray out = request;
    out.replace(QByteArray("<string>retail</string>"),
        QByteArray("<string>" + m_odoo->credentials().database.toUtf8() + "</string>"));
    out.replace(QByteArray("<API_KEY>"), m_odoo->credentials().apiKey.toUtf8());
    for (const auto &[key, ours] : m_ids)
        if (key.first == model && key.second != 2)
            out.replace(QByteArray("<int>" + QByteArray::number(key.second) + "</int>"),
                QByteArray("<int>" + QByteArray::number(ours) + "</int>"));
    return out;
}

void TestOdooTranscript::replay()
{
    QFETCH(int, index);
    const Exchange &exchange = m_exchanges.at(index);
    if (exchange.path.startsWith(QLatin1String("/json/2/"))) {
        const auto reply = m_client->post(exchange.path, "{}");
        QCOMPARE(reply.status, 303);
        QVERIFY(reply.body.contains("Redirecting..."));
        return;
    }
    if (exchange.path.startsWith(QLatin1String("/xmlrpc/"))) {
        const auto reply = m_client->post(exchange.path, translateXml(exchange.request), "text/xml");
        QCOMPARE(reply.status, 200);
        static const QRegularExpression ints(QStringLiteral("<int>\\d+</int>"));
        QString expected = QString::fromUtf8(exchange.response).replace(ints, QStringLiteral("<int>#</int>"));
        QString actual = QString::fromUtf8(reply.body).replace(ints, QStringLiteral("<int>#</int>"));
        const QLatin1String elided("[python traceback elided] ... ");
        if (expected.contains(elided)) {
            // The real traceback was elided from the transcript: compare its last line only.
            const int start = expected.indexOf(elided);
            const QString tail = expected.mid(
                start + elided.size(), expected.indexOf(QLatin1Char('<'), start) - start - elided.size());
            QVERIFY2(actual.contains(tail), qPrintable(actual));
            QVERIFY(actual.contains(QLatin1String("<name>faultCode</name>\n<value><int>#</int></value>")));
            return;
        }
        QCOMPARE(actual.trimmed(), expected.trimmed());
        return;
    }
    const Json request = Json::parse(exchange.request.toStdString());
    const Json expected = Json::parse(exchange.response.toStdString());
    const Json sent = translateRequest(request);
    OdooTestClient::Reply reply = m_client->post(exchange.path, QByteArray::fromStdString(sent.dump()));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.isJson(), reply.body.constData());
    const Json &actual = reply.json;
    const Json &args = request["params"]["args"];
    const std::string model = args.size() > 3 ? args[3].get<std::string>() : std::string();
    std::string error;
    if (expected.contains("error")) {
        QVERIFY2(actual.contains("error"), actual.dump().c_str());
        QCOMPARE(actual["error"]["code"].get<int>(), expected["error"]["code"].get<int>());
        QCOMPARE(actual["error"]["message"].get<std::string>(), expected["error"]["message"].get<std::string>());
        const Json &e = expected["error"]["data"];
        const Json &a = actual["error"]["data"];
        QCOMPARE(a["name"].get<std::string>(), e["name"].get<std::string>());
        const std::string expectedMessage = e["message"];
        const std::string actualMessage = a["message"];
        // Messages naming demo products are compared up to their first line.
        QCOMPARE(
            actualMessage.substr(0, actualMessage.find('\n')), expectedMessage.substr(0, expectedMessage.find('\n')));
        if (expectedMessage.find("[FURN_") == std::string::npos)
            QCOMPARE(actualMessage, expectedMessage);
        Json expectedKeys = Json::array();
        for (const auto &[k, v] : e.items())
            expectedKeys.push_back(k);
        for (const auto &k : expectedKeys)
            QVERIFY2(a.contains(k.get<std::string>()), k.dump().c_str());
        QCOMPARE_JSON(a["arguments"], Json::array({ actualMessage }));
        return;
    }
    QVERIFY2(!actual.contains("error"), actual.dump().c_str());
    QCOMPARE_JSON(actual["id"], expected["id"]);
    QCOMPARE(actual.contains("result"), expected.contains("result"));
    if (!expected.contains("result"))
        return;
    compare(expected["result"], actual["result"], "result", model, error);
    const std::string method = args.size() > 4 ? args[4].get<std::string>() : std::string();
    // A listing filtered only on plain values (demo products in stock) names other records in each
    // database; only learn ids from answers that identify their records.
    bool identifies = method != "search" && method != "search_read";
    if (!identifies && args.size() > 5 && !args[5].empty() && m_models.model(model))
        for (const auto &leaf : args[5][0]) {
            const OdooField *field = leaf.is_array() && leaf[0].is_string()
                ? m_models.model(model)->field(leaf[0].get<std::string>())
                : nullptr;
            identifies = identifies || (field && (field->name == "id" || !field->relation.empty()));
        }
    if (identifies)
        learn(model, expected["result"], actual["result"], error);
    QVERIFY2(error.empty(), (error + "\nrequest: " + sent.dump() + "\nanswer: " + actual.dump()).c_str());
}

QTEST_GUILESS_MAIN(TestOdooTranscript)
#include "tst_odootranscript.moc"
