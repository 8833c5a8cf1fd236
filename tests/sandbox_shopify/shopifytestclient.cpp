#include "shopifytestclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

QByteArray ShopifyTestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

ShopifyTestClient::ShopifyTestClient(Quayside::Sandbox::ShopifyEmulator &emulator)
    : m_emulator(emulator)
    , m_token(emulator.accessToken())
{ }

ShopifyTestClient::Reply ShopifyTestClient::post(
    const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(m_timeoutMs + 5000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.json = Json::parse(out.body.toStdString(), nullptr, false);
    reply->deleteLater();
    return out;
}

ShopifyTestClient::Reply ShopifyTestClient::graphql(
    const QString &query, const Json &variables, const QString &operationName, const QString &version)
{
    Json body = { { "query", query.toStdString() }, { "variables", variables } };
    if (!operationName.isEmpty())
        body["operationName"] = operationName.toStdString();
    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" },
        { "Accept", "application/json" } };
    if (!m_token.isEmpty())
        headers.append({ "X-Shopify-Access-Token", m_token.toUtf8() });
    return post(m_emulator.graphqlUrl(version), QByteArray::fromStdString(body.dump()), headers);
}

QString ShopifyTestClient::document(const QString &relativePath)
{
    QFile file(qEnvironmentVariable("QUAYSIDE_SOURCE_DIR") + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
