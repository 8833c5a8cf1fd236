#include "odootestclient.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace Quayside::Sandbox::Test {

std::string errorName(const Json &envelope)
{
    return envelope.contains("error") ? envelope["error"]["data"].value("name", std::string()) : std::string();
}

std::string errorMessage(const Json &envelope)
{
    return envelope.contains("error") ? envelope["error"]["data"].value("message", std::string()) : std::string();
}

Json ids(std::initializer_list<int> list)
{
    Json out = Json::array();
    for (int id : list)
        out.push_back(id);
    return out;
}

QByteArray OdooTestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

OdooTestClient::OdooTestClient(OdooEmulator &emulator)
    : m_emulator(emulator)
{ }

namespace {
OdooTestClient::Reply finish(QNetworkReply *reply, int timeoutMs)
{
    OdooTestClient::Reply out;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        out.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        out.json = Json::value_t::discarded;
        return out;
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    out.json = Json::parse(out.body.constData(), out.body.constData() + out.body.size(), nullptr, false);
    reply->deleteLater();
    return out;
}
} // namespace

OdooTestClient::Reply OdooTestClient::post(const QString &path,
    const QByteArray &body,
    const QByteArray &contentType,
    const QList<QPair<QByteArray, QByteArray>> &headers,
    int timeoutMs)
{
    QUrl url = m_emulator.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_network.post(request, body), timeoutMs);
}

OdooTestClient::Reply OdooTestClient::get(const QString &path)
{
    QUrl url = m_emulator.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return finish(m_network.get(request), 5000);
}

Json OdooTestClient::jsonRpc(const std::string &service, const std::string &method, const Json &args, Reply *raw)
{
    const Json body = { { "jsonrpc", "2.0" },
        { "method", "call" },
        { "id", 1 },
        { "params", { { "service", service }, { "method", method }, { "args", args } } } };
    Reply reply = post(QStringLiteral("/jsonrpc"), QByteArray::fromStdString(body.dump()));
    if (raw)
        *raw = reply;
    return reply.isJson() ? reply.json : Json { { "transport_error", reply.body.toStdString() } };
}

Json OdooTestClient::executeKw(
    const std::string &model, const std::string &method, const Json &args, const Json &kwargs)
{
    const auto c = m_emulator.credentials();
    return jsonRpc("object",
        "execute_kw",
        Json::array({ c.database.toStdString(), c.uid, c.apiKey.toStdString(), model, method, args, kwargs }));
}

Json OdooTestClient::call(const std::string &model, const std::string &method, const Json &args, const Json &kwargs)
{
    const Json envelope = executeKw(model, method, args, kwargs);
    if (envelope.contains("error")) {
        qWarning("%s.%s failed: %s", model.c_str(), method.c_str(), envelope["error"].dump().c_str());
        return Json::value_t::discarded;
    }
    return envelope.value("result", Json());
}

OdooTestClient::Reply OdooTestClient::json2(
    const std::string &model, const std::string &method, const Json &body, const QByteArray &apiKey)
{
    const QByteArray key = apiKey.isEmpty() ? m_emulator.credentials().apiKey.toUtf8() : apiKey;
    return post(QString::fromStdString("/json/2/" + model + "/" + method),
        QByteArray::fromStdString(body.dump()),
        "application/json",
        { { "Authorization", "bearer " + key }, { "X-Odoo-Database", m_emulator.credentials().database.toUtf8() } });
}

} // namespace Quayside::Sandbox::Test
