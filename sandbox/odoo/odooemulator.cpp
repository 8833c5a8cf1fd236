#include "sandbox/odoo/odooemulator.h"

#include "sandbox/odoo/odooaccounting.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odoodispatcher.h"
#include "sandbox/odoo/odooerror.h"
#include "sandbox/odoo/odoomodels.h"
#include "sandbox/odoo/odoorules.h"
#include "sandbox/odoo/odooseeder.h"
#include "sandbox/odoo/odooworkflows.h"
#include "sandbox/odoo/odooxmlrpc.h"

#include <QStringList>
#include <QUrl>

namespace Quayside::Sandbox {

namespace {

constexpr int kUid = OdooSeeder::kAdminUid;

QByteArray werkzeugPage(int status, const QByteArray &description)
{
    const QByteArray reason = reasonPhrase(status);
    return "<!doctype html>\n<html lang=en>\n<title>" + QByteArray::number(status) + ' ' + reason + "</title>\n<h1>"
        + reason + "</h1>\n<p>" + description + "</p>\n";
}

// werkzeug sends application/json without a charset parameter.
HttpResponse json(int status, const Json &value)
{
    auto r = HttpResponse::json(status, QByteArray::fromStdString(value.dump()));
    r.setHeader("Content-Type", "application/json");
    return r;
}

HttpResponse html(int status, const QByteArray &body)
{
    auto r = HttpResponse::text(status, body);
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    return r;
}

std::string shortName(const std::string &name)
{
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(dot + 1);
}

Json parseJson(const QByteArray &body, bool &ok)
{
    Json parsed = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    ok = !parsed.is_discarded();
    return parsed;
}

const Json &at(const Json &args, size_t index)
{
    static const Json null;
    return args.is_array() && index < args.size() ? args[index] : null;
}

} // namespace

OdooEmulator::OdooEmulator(const World &world, OdooVersion version, quint64 seed, QObject *parent)
    : EmulatorServer(parent)
    , m_version(version)
    , m_models(std::make_unique<OdooModels>(version))
    , m_database(std::make_unique<OdooDatabase>(m_models.get(), kUid))
    , m_rules(std::make_unique<OdooRules>(*m_database, version))
    , m_workflows(std::make_unique<OdooWorkflows>(*m_database, *m_rules, version))
    , m_accounting(std::make_unique<OdooAccounting>(*m_database, version))
    , m_dispatcher(std::make_unique<OdooDispatcher>(*m_database, version))
{
    setRandomSeed(seed);
    m_rules->install();
    OdooSeeder(*m_database, world, version).seed();
    m_database->commit();
    m_workflows->registerMethods(m_dispatcher->methods());
    m_accounting->registerMethods(m_dispatcher->methods());

    SeededRandom random(seed ^ 0x0D00ULL);
    QString key;
    while (key.size() < 40)
        key += QString::number(random.next() % 16, 16);
    m_credentials = { QStringLiteral("quayside"), QStringLiteral("admin"), QStringLiteral("admin"), key, kUid };
}

OdooEmulator::~OdooEmulator() = default;

// ---- C++ API -------------------------------------------------------------------------------------

int OdooEmulator::recordCount(const QString &model) const
{
    return int(m_database->allIds(model.toStdString()).size());
}

QList<int> OdooEmulator::saleOrdersByClientRef(const QString &clientOrderRef) const
{
    QList<int> ids;
    for (int id : m_database->search("sale.order",
             Json::array({ Json::array({ "client_order_ref", "=", clientOrderRef.toStdString() }) }),
             Json::object(),
             0,
             -1,
             "id"))
        ids << id;
    return ids;
}

int OdooEmulator::productIdBySku(const QString &sku) const
{
    const auto ids = m_database->search("product.product",
        Json::array({ Json::array({ "default_code", "=", sku.toStdString() }) }),
        Json { { "active_test", false } },
        0,
        1,
        "id");
    return ids.empty() ? 0 : ids.front();
}

int OdooEmulator::warehouseIdByCode(const QString &code) const
{
    const auto ids = m_database->search("stock.warehouse",
        Json::array({ Json::array({ "code", "=", code.toStdString() }) }),
        Json { { "active_test", false } });
    return ids.empty() ? 0 : ids.front();
}

int OdooEmulator::partnerIdByEmail(const QString &email) const
{
    const auto ids = m_database->search("res.partner",
        Json::array({ Json::array({ "email", "=ilike", email.toStdString() }) }),
        Json::object(),
        0,
        1,
        "id");
    return ids.empty() ? 0 : ids.front();
}

double OdooEmulator::freeQty(const QString &sku, const QString &warehouseCode) const
{
    const Json context = { { m_models->warehouseContextKey(), warehouseIdByCode(warehouseCode) } };
    return m_rules->productStock(productIdBySku(sku), m_rules->contextLocations(context)).free;
}

double OdooEmulator::qtyAvailable(const QString &sku, const QString &warehouseCode) const
{
    const Json context = { { m_models->warehouseContextKey(), warehouseIdByCode(warehouseCode) } };
    return m_rules->productStock(productIdBySku(sku), m_rules->contextLocations(context)).onHand;
}

QByteArray OdooEmulator::readRecords(const QString &model, const QList<int> &ids, const QStringList &fields) const
{
    Json fieldList = Json::array();
    for (const auto &f : fields)
        fieldList.push_back(f.toStdString());
    try {
        return QByteArray::fromStdString(
            m_database->read(model.toStdString(), std::vector<int>(ids.begin(), ids.end()), fieldList, Json::object())
                .dump());
    } catch (const OdooError &) {
        return "[]";
    }
}

void OdooEmulator::setRequiredField(const QString &model, const QString &field, bool required, const QString &label)
{
    m_models->setRequired(model.toStdString(), field.toStdString(), required, label.toStdString());
}

LatencyProfile OdooEmulator::realisticLatencyProfile() const
{
    LatencyProfile profile;
    profile.baseMs = 2;
    profile.jitterMs = 4;
    profile.connectionClose = true;
    profile.extraMs = [this](const HttpRequest &request) { return costMs(request); };
    return profile;
}

int OdooEmulator::costMs(const HttpRequest &request) const
{
    const QString endpoint = endpointName(request);
    if (endpoint.endsWith(QLatin1String("common.login")) || endpoint.endsWith(QLatin1String("common.authenticate")))
        return 330;
    bool ok = false;
    const Json body = parseJson(request.body, ok);
    if (ok && request.path == QLatin1String("/jsonrpc") && body.is_object()) {
        const Json args = body.value("params", Json::object()).value("args", Json::array());
        if (!validPassword(at(args, 2)))
            return 330; // the hashing of a wrong key is not cached
    }
    const int colon = endpoint.lastIndexOf(QLatin1Char(':'));
    const QString call = endpoint.mid(colon + 1).replace(QLatin1Char('/'), QLatin1Char('.'));
    const QString method = call.section(QLatin1Char('.'), -1);
    const QString model = call.section(QLatin1Char('.'), 0, -2);
    if (method == QLatin1String("search") || method == QLatin1String("search_count"))
        return 12;
    if (method == QLatin1String("search_read") || method == QLatin1String("name_search"))
        return 15;
    if (method == QLatin1String("read"))
        return 8;
    if (method == QLatin1String("create"))
        return model == QLatin1String("sale.order") ? 49 : model == QLatin1String("res.partner") ? 24 : 25;
    if (method == QLatin1String("write"))
        return 15;
    if (method == QLatin1String("action_confirm"))
        return 95;
    if (method == QLatin1String("button_validate") || method == QLatin1String("process"))
        return 110;
    if (method == QLatin1String("create_invoices") || method == QLatin1String("action_post"))
        return 70;
    return 20;
}

// ---- transports ----------------------------------------------------------------------------------

QString OdooEmulator::endpointName(const HttpRequest &request) const
{
    const QString path = request.path;
    if (path == QLatin1String("/jsonrpc")) {
        bool ok = false;
        const Json body = parseJson(request.body, ok);
        if (!ok || !body.is_object() || !body.value("params", Json()).is_object())
            return QStringLiteral("jsonrpc");
        const Json &params = body["params"];
        const Json serviceValue = params.value("service", Json(""));
        const Json methodValue = params.value("method", Json(""));
        const std::string service = serviceValue.is_string() ? serviceValue.get<std::string>() : "";
        const std::string method = methodValue.is_string() ? methodValue.get<std::string>() : "";
        std::string name = "jsonrpc:" + service + "." + method;
        const Json args = params.value("args", Json::array());
        if (service == "object" && at(args, 3).is_string() && at(args, 4).is_string())
            name += ":" + at(args, 3).get<std::string>() + "." + at(args, 4).get<std::string>();
        return QString::fromStdString(name);
    }
    if (path.startsWith(QLatin1String("/json/2/")))
        return QStringLiteral("json2:") + path.mid(8);
    if (path.startsWith(QLatin1String("/xmlrpc/"))) {
        const QString service = path.section(QLatin1Char('/'), -1);
        const auto call = OdooXmlRpc::parseCall(request.body);
        if (!call)
            return QStringLiteral("xmlrpc:") + service;
        std::string name = "xmlrpc:" + service.toStdString() + "." + call->method;
        if (service == QLatin1String("object") && at(call->params, 3).is_string() && at(call->params, 4).is_string())
            name += ":" + at(call->params, 3).get<std::string>() + "." + at(call->params, 4).get<std::string>();
        return QString::fromStdString(name);
    }
    return QStringLiteral("http:") + path;
}

HttpResponse OdooEmulator::handle(const HttpRequest &request)
{
    const QString path = request.path;
    if (path == QLatin1String("/jsonrpc")) {
        if (request.method != "POST")
            return html(405, werkzeugPage(405, "The method is not allowed for the requested URL."));
        return handleJsonRpc(request);
    }
    if (path.startsWith(QLatin1String("/json/2/")) || path == QLatin1String("/json/2")) {
        if (m_version < OdooVersion::V19) {
            const QByteArray target = "/web/login?redirect=" + QUrl::toPercentEncoding(path);
            auto r = html(303,
                "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You "
                "should be redirected automatically to the target URL: <a href=\""
                    + target + "\">" + target + "</a>. If not, click the link.\n");
            r.setHeader("Location", target);
            return r;
        }
        return handleJson2(request);
    }
    if (path.startsWith(QLatin1String("/xmlrpc/")))
        return handleXmlRpc(request);
    if (path == QLatin1String("/web/version") || path == QLatin1String("/json/version"))
        return handleVersion(request);
    return html(404,
        werkzeugPage(404,
            "The requested URL was not found on the server. If you entered the URL manually please "
            "check your spelling and try again."));
}

HttpResponse OdooEmulator::handleVersion(const HttpRequest &) const
{
    if (m_version < OdooVersion::V19)
        return html(404, werkzeugPage(404, "The requested URL was not found on the server."));
    const Json info = versionInfo();
    return json(200, Json { { "version_info", info["server_version_info"] }, { "version", info["server_serie"] } });
}

Json OdooEmulator::versionInfo() const
{
    const int major = int(m_version);
    const char *build = m_version == OdooVersion::V17 ? "17.0-20240910"
        : m_version == OdooVersion::V18               ? "18.0-20250421"
                                                      : "19.0-20260215";
    return Json { { "server_version", build },
        { "server_version_info", Json::array({ major, 0, 0, "final", 0, "" }) },
        { "server_serie", std::to_string(major) + ".0" },
        { "protocol_version", 1 } };
}

Json OdooEmulator::serializeError(const OdooError &error) const
{
    Json data = error.serialize();
    if (m_version < OdooVersion::V19)
        return data;
    // 19 builds the dict in another order; the keys are the same.
    return Json { { "name", data["name"] },
        { "message", data["message"] },
        { "arguments", data["arguments"] },
        { "context", data["context"] },
        { "debug", data["debug"] } };
}

HttpResponse OdooEmulator::jsonRpcError(const Json &id, const Json &errorData) const
{
    const Json body = { { "jsonrpc", "2.0" },
        { "id", id },
        { "error",
            { { "code", m_version >= OdooVersion::V19 ? 0 : 200 },
                { "message", "Odoo Server Error" },
                { "data", errorData } } } };
    return json(200, body);
}

void OdooEmulator::checkDatabase(const Json &db) const
{
    if (db.is_string() && db.get<std::string>() == m_credentials.database.toStdString())
        return;
    const std::string name = db.is_string() ? db.get<std::string>() : pythonRepr(db);
    throw OdooError("psycopg2.OperationalError",
        "connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: FATAL:  database \"" + name
            + "\" does not exist\n");
}

bool OdooEmulator::validPassword(const Json &password) const
{
    if (!password.is_string() || password.get<std::string>().empty())
        return false;
    const std::string p = password.get<std::string>();
    return p == m_credentials.password.toStdString() || p == m_credentials.apiKey.toStdString();
}

Json OdooEmulator::callAsUser(const std::string &model, const std::string &method, const Json &args, const Json &kwargs)
{
    return m_dispatcher->executeKw(model, method, args, kwargs);
}

Json OdooEmulator::executeKw(const Json &args, bool executeForm)
{
    if (!args.is_array() || args.size() < 5)
        throw OdooError::typeError(
            std::string(executeForm ? "execute" : "execute_kw") + "() missing required positional arguments");
    checkDatabase(args[0]);
    if (!args[1].is_number_integer() || args[1].get<int>() != kUid || !validPassword(args[2]))
        throw OdooError::accessDenied();
    if (!args[3].is_string() || !args[4].is_string())
        throw OdooError::typeError("model and method must be strings");
    const std::string model = args[3].get<std::string>();
    const std::string method = args[4].get<std::string>();
    if (executeForm) {
        Json positional = Json::array();
        for (size_t i = 5; i < args.size(); ++i)
            positional.push_back(args[i]);
        return m_dispatcher->executeKw(model, method, positional, Json::object());
    }
    if (args.size() > 7)
        throw OdooError::typeError("execute_kw() takes from 6 to 8 positional arguments but "
            + std::to_string(args.size() + 1) + " were given");
    return m_dispatcher->executeKw(model, method, at(args, 5), at(args, 6));
}

Json OdooEmulator::dispatchService(const std::string &service, const std::string &method, const Json &args)
{
    if (service == "common") {
        if (method == "version")
            return versionInfo();
        if (method == "about")
            return "See http://openerp.com";
        if (method == "login" || method == "authenticate") {
            const size_t expected = method == "login" ? 3 : 4;
            if (!args.is_array() || args.size() != expected)
                throw OdooError::typeError("exp_" + method + "() takes " + std::to_string(expected)
                    + " positional arguments but " + std::to_string(args.is_array() ? args.size() : 0) + " were given");
            checkDatabase(args[0]);
            const bool ok = args[1] == m_credentials.login.toStdString() && validPassword(args[2]);
            return ok ? Json(kUid) : Json(false);
        }
        throw OdooError("builtins.KeyError", "'exp_" + method + "'");
    }
    if (service == "object") {
        if (method == "execute_kw" || method == "execute")
            return executeKw(args, method == "execute");
        throw OdooError("builtins.NameError", "Method not available " + method);
    }
    if (service == "db") {
        if (method == "server_version")
            return versionInfo()["server_version"];
        throw OdooError::accessDenied(); // list_db = False, no master password
    }
    throw OdooError("builtins.KeyError", "'" + service + "'");
}

HttpResponse OdooEmulator::handleJsonRpc(const HttpRequest &request)
{
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType != "application/json" && contentType != "application/json-rpc")
        return html(400,
            werkzeugPage(400,
                "Request inferred type is compatible with [&#x27;http&#x27;] but &#x27;/jsonrpc&#x27; is "
                "type=&#x27;json&#x27;.\n\nPlease verify the Content-Type request header and try again."));
    bool ok = false;
    const Json body = parseJson(request.body, ok);
    if (!ok || !body.is_object())
        return html(400, "Invalid JSON data");
    if (m_version >= OdooVersion::V19)
        ++m_deprecatedCalls;
    const Json id = body.value("id", Json());
    try {
        const Json params = body.value("params", Json::object());
        if (!params.is_object())
            throw OdooError::typeError("'" + std::string(params.type_name()) + "' object is not a mapping");
        const Json service = params.value("service", Json());
        const Json method = params.value("method", Json());
        if (!service.is_string() || !method.is_string())
            throw OdooError("builtins.KeyError", service.is_string() ? "'method'" : "'service'");
        const Json result = dispatchService(
            service.get<std::string>(), method.get<std::string>(), params.value("args", Json::array()));
        Json answer = { { "jsonrpc", "2.0" }, { "id", id } };
        if (!result.is_null())
            answer["result"] = result;
        return json(200, answer);
    } catch (const OdooError &e) {
        return jsonRpcError(id, serializeError(e));
    } catch (const std::exception &e) {
        return jsonRpcError(id, serializeError(OdooError::typeError(e.what())));
    }
}

HttpResponse OdooEmulator::json2Error(const OdooError &error, int status) const
{
    auto r = json(status ? status : error.json2Status(), serializeError(error));
    if (r.status == 401)
        r.setHeader("WWW-Authenticate", "bearer");
    return r;
}

HttpResponse OdooEmulator::handleJson2(const HttpRequest &request)
{
    auto error = [this](const OdooError &e, int status = 0) { return json2Error(e, status); };
    const QStringList parts = request.path.mid(8).split(QLatin1Char('/'));
    if (request.method != "POST" || parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return error(OdooError::notFound("Did you mean POST /json/2/<model>/<method>?"));
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty())
        return error({ "werkzeug.exceptions.Unauthorized",
                         "User not authenticated, use an API Key with a Bearer Authorization header." },
            401);
    const bool bearer = authorization.left(7).toLower() == "bearer ";
    if (!bearer || authorization.mid(7).trimmed() != m_credentials.apiKey.toUtf8())
        return error({ "werkzeug.exceptions.Unauthorized", "Invalid apikey" }, 401);
    const QByteArray database = request.header("x-odoo-database");
    if (!database.isEmpty() && database != m_credentials.database.toUtf8())
        return error(OdooError::notFound("Database " + database.toStdString() + " not found."));
    bool ok = true;
    const Json body = request.body.trimmed().isEmpty() ? Json::object() : parseJson(request.body, ok);
    if (!ok || !body.is_object())
        return error({ "werkzeug.exceptions.BadRequest", "Invalid JSON data" }, 400);
    try {
        const Json result = m_dispatcher->executeNamed(parts[0].toStdString(), parts[1].toStdString(), body);
        return json(200, result);
    } catch (const OdooError &e) {
        return error(e);
    } catch (const std::exception &e) {
        return error(OdooError::typeError(e.what()));
    }
}

HttpResponse OdooEmulator::handleXmlRpc(const HttpRequest &request)
{
    const QStringList parts = request.path.mid(8).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool legacy = parts.size() == 1;
    const QString service = parts.isEmpty() ? QString() : parts.last();
    if (parts.isEmpty() || parts.size() > 2 || (parts.size() == 2 && parts[0] != QLatin1String("2"))
        || request.method != "POST")
        return html(404, werkzeugPage(404, "The requested URL was not found on the server."));
    if (m_version >= OdooVersion::V19)
        ++m_deprecatedCalls;
    auto xml = [](const QByteArray &body) {
        auto r = HttpResponse::text(200, body);
        r.setHeader("Content-Type", "text/xml; charset=utf-8");
        return r;
    };
    auto fault = [&](const OdooError &e) {
        const std::string traceback
            = "Traceback (most recent call last):\n  File \"odoo/addons/base/controllers/rpc.py\", in xmlrpc_2\n"
            + shortName(e.name()) + ": " + e.message() + "\n";
        if (!legacy) {
            const int code = e.xmlrpcFaultCode();
            return xml(OdooXmlRpc::fault(code, code == 1 ? traceback : e.message()));
        }
        if (e.name() == "odoo.exceptions.AccessDenied")
            return xml(OdooXmlRpc::fault("AccessDenied", ""));
        if (e.xmlrpcFaultCode() > 1)
            return xml(OdooXmlRpc::fault("warning -- " + shortName(e.name()) + "\n\n" + e.message(), ""));
        return xml(OdooXmlRpc::fault(traceback, ""));
    };
    const auto call = OdooXmlRpc::parseCall(request.body);
    if (!call)
        return fault({ "xml.parsers.expat.ExpatError", "syntax error: line 1, column 0" });
    try {
        const Json result = dispatchService(service.toStdString(), call->method, call->params);
        if (OdooXmlRpc::containsNull(result))
            return fault(OdooError::typeError("cannot marshal None unless allow_none is enabled"));
        return xml(OdooXmlRpc::response(result));
    } catch (const OdooError &e) {
        return fault(e);
    } catch (const std::exception &e) {
        return fault(OdooError::typeError(e.what()));
    }
}

// ---- fault shapes --------------------------------------------------------------------------------

HttpResponse OdooEmulator::serverErrorResponse(const HttpRequest &, int status) const
{
    if (status == 502 || status == 504) {
        const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
        return html(status,
            "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    }
    if (status == 503)
        return html(status,
            werkzeugPage(503,
                "The server is temporarily unable to service your request due to maintenance downtime "
                "or capacity problems.  Please try again later."));
    return html(status,
        werkzeugPage(status,
            "The server encountered an internal error and was unable to complete your request. Either "
            "the server is overloaded or there is an error in the application."));
}

HttpResponse OdooEmulator::rateLimitedResponse(const HttpRequest &, int retryAfterMs) const
{
    auto r = html(429, werkzeugPage(429, "This user has exceeded an allotted request count. Try again later."));
    r.setHeader("Retry-After", QByteArray::number(std::max(1, (retryAfterMs + 999) / 1000)));
    return r;
}

HttpResponse OdooEmulator::unauthorizedResponse(const HttpRequest &request) const
{
    if (request.path.startsWith(QLatin1String("/json/2/"))) {
        return json2Error({ "werkzeug.exceptions.Unauthorized", "Invalid apikey" }, 401);
    }
    if (request.path.startsWith(QLatin1String("/xmlrpc/"))) {
        auto r = HttpResponse::text(200, OdooXmlRpc::fault(3, "Access Denied"));
        r.setHeader("Content-Type", "text/xml; charset=utf-8");
        return r;
    }
    bool ok = false;
    const Json body = parseJson(request.body, ok);
    const Json id = ok && body.is_object() ? body.value("id", Json()) : Json();
    return jsonRpcError(id, serializeError(OdooError::accessDenied()));
}

} // namespace Quayside::Sandbox
