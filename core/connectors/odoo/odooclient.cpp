#include "core/connectors/odoo/odooclient.h"

#include "core/connectors/odoo/odooerrors.h"
#include "core/logging/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace Quayside::Connectors {

OdooResult OdooResult::failure(ErrorClass c, QString message, QString name, bool ambiguous)
{
    OdooResult r;
    r.ok = false;
    r.errorClass = c;
    r.message = std::move(message);
    r.exceptionName = std::move(name);
    r.ambiguous = ambiguous;
    return r;
}

OdooClient::OdooClient(QNetworkAccessManager *network, OdooConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{ }

bool OdooClient::isWrite(const QString &method)
{
    static const QStringList reads { QStringLiteral("search"),
        QStringLiteral("search_read"),
        QStringLiteral("search_count"),
        QStringLiteral("read"),
        QStringLiteral("fields_get"),
        QStringLiteral("name_search"),
        QStringLiteral("read_group"),
        QStringLiteral("default_get"),
        QStringLiteral("check_object_reference") };
    return !reads.contains(method);
}

QString OdooClient::warehouseContextKey() const
{
    // odoo.md §3.3: 17 reads context "warehouse", 18 and 19 read "warehouse_id".
    return m_majorVersion >= 18 ? QStringLiteral("warehouse_id") : QStringLiteral("warehouse");
}

void OdooClient::connectToServer(OdooCallback done)
{
    jsonRpc(QStringLiteral("common"), QStringLiteral("version"), {}, [this, done](OdooResult version) {
        if (!version.ok) {
            done(version);
            return;
        }
        const QJsonArray info = version.value.toObject().value(QStringLiteral("server_version_info")).toArray();
        m_majorVersion = info.isEmpty() ? 0 : info.at(0).toInt();
        if (m_majorVersion < 17) {
            done(OdooResult::failure(ErrorClass::Validation,
                tr("Odoo %1 is not supported; Quayside works with Odoo 17, 18 and 19")
                    .arg(version.value.toObject().value(QStringLiteral("server_version")).toString())));
            return;
        }
        m_json2 = m_majorVersion >= 19;
        if (m_json2) {
            // JSON-2 authenticates every call with the API key; proving it works is one cheap call.
            call(QStringLiteral("res.users"), QStringLiteral("context_get"), {}, {}, [this, done](OdooResult r) {
                if (!r.ok)
                    m_majorVersion = 0;
                done(r);
            });
            return;
        }
        jsonRpc(QStringLiteral("common"),
            QStringLiteral("login"),
            { m_config.database, m_config.login, m_config.apiKey },
            [this, done](OdooResult login) {
                if (login.ok && login.value.isDouble() && login.value.toInt() > 0) {
                    m_uid = login.value.toInt();
                    done(login);
                    return;
                }
                if (login.ok) // Odoo answers false, not an error, for wrong credentials
                    login = OdooResult::failure(ErrorClass::Auth,
                        tr("Odoo refused the login of %1 on database %2: check the user, the API "
                           "key and the database name")
                            .arg(m_config.login, m_config.database),
                        QStringLiteral("odoo.exceptions.AccessDenied"));
                done(login);
            });
    });
}

void OdooClient::call(
    const QString &model, const QString &method, const QJsonArray &ids, const QJsonObject &kwargs, OdooCallback done)
{
    Pending p { model, method, ids, kwargs, std::move(done) };
    if (!isConnected()) {
        m_awaitingConnection.append(std::move(p));
        if (m_awaitingConnection.size() == 1)
            connectThenRun();
        return;
    }
    if (m_inFlight >= std::max(1, m_config.maxConcurrent)) {
        m_queue.enqueue(std::move(p));
        return;
    }
    start(std::move(p));
}

void OdooClient::connectThenRun()
{
    connectToServer([this](OdooResult r) {
        const QList<Pending> waiting = std::exchange(m_awaitingConnection, {});
        for (const Pending &p : waiting) {
            if (r.ok) {
                call(p.model, p.method, p.ids, p.kwargs, p.done);
            } else {
                OdooResult failed = r;
                failed.message = tr("Connecting to Odoo: %1").arg(r.message);
                p.done(failed);
            }
        }
    });
}

void OdooClient::finished()
{
    --m_inFlight;
    if (!m_queue.isEmpty() && m_inFlight < std::max(1, m_config.maxConcurrent))
        start(m_queue.dequeue());
}

void OdooClient::start(Pending p)
{
    ++m_inFlight;
    const bool write = isWrite(p.method);
    auto done = [this, cb = std::move(p.done)](OdooResult r) {
        finished();
        cb(r);
    };
    if (m_json2) {
        QJsonObject body = p.kwargs;
        if (!p.ids.isEmpty())
            body.insert(QStringLiteral("ids"), p.ids);
        HttpRequestSpec spec;
        spec.url = m_config.baseUrl.resolved(QUrl(QStringLiteral("/json/2/%1/%2").arg(p.model, p.method)));
        spec.headers = { { "Content-Type", "application/json; charset=utf-8" },
            { "Authorization", "bearer " + m_config.apiKey.toUtf8() },
            { "X-Odoo-Database", m_config.database.toUtf8() },
            { "User-Agent", "Quayside" } };
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        spec.timeoutMs = m_config.timeoutMs;
        sendHttp(m_network, spec, this, [done, write](const HttpOutcome &o) { done(parseJson2(o, write)); });
        return;
    }
    QJsonArray args { m_config.database, m_uid, m_config.apiKey, p.model, p.method };
    // [ids] built by append: clang reads `QJsonArray { p.ids }` as a copy of p.ids (see OdooQuery::listOf).
    QJsonArray positional;
    if (!p.ids.isEmpty())
        positional.append(p.ids);
    args.append(positional);
    args.append(p.kwargs);
    jsonRpc(QStringLiteral("object"), QStringLiteral("execute_kw"), args, [done, write](OdooResult r) {
        if (!r.ok && r.ambiguous && !write)
            r.ambiguous = false; // a read cannot have changed anything
        done(r);
    });
}

void OdooClient::jsonRpc(const QString &service, const QString &method, const QJsonArray &args, OdooCallback done)
{
    const QJsonObject envelope { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("method"), QStringLiteral("call") },
        { QStringLiteral("id"), m_nextId++ },
        { QStringLiteral("params"),
            QJsonObject { { QStringLiteral("service"), service },
                { QStringLiteral("method"), method },
                { QStringLiteral("args"), args } } } };
    HttpRequestSpec spec;
    spec.url = m_config.baseUrl.resolved(QUrl(QStringLiteral("/jsonrpc")));
    spec.headers = { { "Content-Type", "application/json" }, { "User-Agent", "Quayside" } };
    spec.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    spec.timeoutMs = m_config.timeoutMs;
    sendHttp(m_network, spec, this, [done](const HttpOutcome &o) { done(parseJsonRpc(o, true)); });
}

namespace {
OdooResult transportFailure(const HttpOutcome &o, bool wasWrite)
{
    // No answer after the request left: Odoo may have committed it (odoo.md §1.2).
    const bool ambiguous = wasWrite && o.status == 0 && !o.tlsFailure;
    return OdooResult::failure(o.errorClass(), QStringLiteral("Odoo: %1").arg(o.summary()), QString(), ambiguous);
}
} // namespace

OdooResult OdooClient::parseJsonRpc(const HttpOutcome &o, bool wasWrite)
{
    if (o.status != 200)
        return transportFailure(o, wasWrite);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(o.body, &parseError);
    if (!doc.isObject()) {
        // A proxy's HTML page or a cut-off body: the call's fate is unknown.
        return OdooResult::failure(ErrorClass::Transient,
            QStringLiteral("Odoo answered something that is not JSON-RPC (%1)").arg(parseError.errorString()),
            QString(),
            wasWrite);
    }
    const QJsonObject root = doc.object();
    if (root.contains(QStringLiteral("error"))) {
        const QJsonObject error = root.value(QStringLiteral("error")).toObject();
        const QJsonObject data = error.value(QStringLiteral("data")).toObject();
        const QString name = data.value(QStringLiteral("name")).toString();
        QString message = data.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = error.value(QStringLiteral("message")).toString();
        const int code = error.value(QStringLiteral("code")).toInt();
        ErrorClass c = classifyOdooError(name, message);
        if (code == 100)
            c = ErrorClass::Auth; // session expired
        return OdooResult::failure(c, message, name);
    }
    OdooResult r;
    r.ok = true;
    r.value = root.value(QStringLiteral("result")); // absent when the method returned None
    return r;
}

OdooResult OdooClient::parseJson2(const HttpOutcome &o, bool wasWrite)
{
    if (o.status == 0)
        return transportFailure(o, wasWrite);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(o.body, &parseError);
    if (o.status == 200) {
        if (parseError.error != QJsonParseError::NoError && !o.body.trimmed().isEmpty()) {
            // Bare JSON values (numbers, true) parse only wrapped.
            const QJsonDocument wrapped = QJsonDocument::fromJson("[" + o.body + "]");
            if (!wrapped.isArray())
                return OdooResult::failure(ErrorClass::Transient,
                    QStringLiteral("Odoo answered something that is not JSON"),
                    QString(),
                    wasWrite);
            OdooResult r;
            r.ok = true;
            r.value = wrapped.array().at(0);
            return r;
        }
        OdooResult r;
        r.ok = true;
        r.value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        return r;
    }
    const QJsonObject error = doc.object();
    const QString name = error.value(QStringLiteral("name")).toString();
    const QString message = error.value(QStringLiteral("message")).toString();
    if (name.isEmpty() && o.status >= 500)
        return transportFailure(o, wasWrite);
    return OdooResult::failure(classifyOdooError(name, message, o.status),
        message.isEmpty() ? QStringLiteral("Odoo: %1").arg(o.summary()) : message,
        name);
}

} // namespace Quayside::Connectors
