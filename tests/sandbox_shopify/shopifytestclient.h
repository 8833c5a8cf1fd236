#pragma once

#include "sandbox/shopify/shopifyemulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <nlohmann/json.hpp>

// Talks to a ShopifyEmulator over real HTTP on 127.0.0.1, the way a client of the real Admin API would.
class ShopifyTestClient
{
public:
    using Json = nlohmann::ordered_json;
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        Json json;
        QList<QNetworkReply::RawHeaderPair> headers;
        QByteArray header(const QByteArray &name) const;
    };

    explicit ShopifyTestClient(Quayside::Sandbox::ShopifyEmulator &emulator);

    Reply post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);
    Reply graphql(const QString &query,
        const Json &variables = Json::object(),
        const QString &operationName = {},
        const QString &version = QStringLiteral("2026-10"));
    // Reads a .graphql document from the source tree (path relative to the repository root).
    static QString document(const QString &relativePath);
    void setToken(const QString &token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    Quayside::Sandbox::ShopifyEmulator &m_emulator;
    QNetworkAccessManager m_network;
    QString m_token;
    int m_timeoutMs = 10000;
};
