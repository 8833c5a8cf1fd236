#pragma once

// A plain HTTP client for the ShipBob emulator tests: real QNetworkAccessManager requests over 127.0.0.1,
// waited for synchronously, with the PAT and channel header set as a ShipBob client would.

#include "sandbox/common/emulatorserver.h"
#include "sandbox/shipbob/shipbobemulator.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <nlohmann/json.hpp>

// QCOMPARE for nlohmann::json values, printing both sides on failure.
#define QCOMPARE_JSON(actual, expected)                                                                                \
    QVERIFY2(nlohmann::json(actual) == nlohmann::json(expected),                                                       \
        qPrintable(QString::fromStdString(nlohmann::json(actual).dump() + " != " + nlohmann::json(expected).dump())))

namespace Quayside::Sandbox::Test {

struct ApiReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    nlohmann::json json() const { return nlohmann::json::parse(body.toStdString(), nullptr, false); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
};

class ShipBobTestClient
{
public:
    explicit ShipBobTestClient(const ShipBobEmulator &emulator)
        : m_emulator(emulator)
        , m_token(emulator.token())
        , m_channel(QByteArray::number(emulator.channelId()))
    { }

    void setToken(const QByteArray &token) { m_token = token; }
    void setChannel(const QByteArray &channel) { m_channel = channel; }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

    ApiReply get(const QString &pathAndQuery) { return send("GET", pathAndQuery, QByteArray()); }
    ApiReply post(const QString &pathAndQuery, const nlohmann::json &body)
    {
        return send("POST", pathAndQuery, QByteArray::fromStdString(body.dump()));
    }
    ApiReply postRaw(const QString &pathAndQuery, const QByteArray &body) { return send("POST", pathAndQuery, body); }
    ApiReply del(const QString &pathAndQuery) { return send("DELETE", pathAndQuery, QByteArray()); }

    ApiReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
    {
        QNetworkRequest request(m_emulator.apiUrl(pathAndQuery));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!m_channel.isEmpty())
            request.setRawHeader("shipbob_channel_id", m_channel);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ApiReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

private:
    const ShipBobEmulator &m_emulator;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    QByteArray m_channel;
    int m_timeoutMs = 5000;
};

// A webhook subscriber on 127.0.0.1: records every POST it receives and answers 200.
class WebhookReceiver : public EmulatorServer
{
public:
    QList<HttpRequest> received;

    QUrl hookUrl() const
    {
        QUrl url = baseUrl();
        url.setPath(QStringLiteral("/shipbob/hooks"));
        return url;
    }

protected:
    HttpResponse handle(const HttpRequest &request) override
    {
        received << request;
        return HttpResponse::json(200, "{}");
    }
};

// A valid Orders.CreateOrderModel for `sku` x `quantity`.
inline nlohmann::json orderBody(const QString &referenceId, const QString &sku, int quantity)
{
    return { { "reference_id", referenceId.toStdString() },
        { "order_number", "#" + referenceId.toStdString() },
        { "type", "DTC" },
        { "shipping_method", "Standard" },
        { "purchase_date", "2026-01-15T08:30:00Z" },
        { "recipient",
            { { "name", "Ada Lovelace" },
                { "email", "ada@example.com" },
                { "phone_number", "+12025550101" },
                { "address",
                    { { "address1", "1 Analytical Way" },
                        { "city", "Boston" },
                        { "state", "MA" },
                        { "zip_code", "02110" },
                        { "country", "US" } } } } },
        { "products",
            nlohmann::json::array({ { { "reference_id", sku.toStdString() },
                { "name", "Item" },
                { "quantity", quantity },
                { "unit_price", 24.0 } } }) },
        { "financials", { { "total_price", 24.0 * quantity } } } };
}

} // namespace Quayside::Sandbox::Test
