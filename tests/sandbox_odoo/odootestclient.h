#pragma once

#include "sandbox/odoo/odooemulator.h"
#include "sandbox/odoo/odootypes.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QTest>

// QCOMPARE for JSON values (nlohmann types confuse QTest's overloads); prints both dumps on failure.
#define QCOMPARE_JSON(actual, expected)                                                                                \
    do {                                                                                                               \
        const Quayside::Sandbox::Json actual_ = (actual);                                                              \
        const Quayside::Sandbox::Json expected_ = (expected);                                                          \
        if (!(actual_ == expected_)) {                                                                                 \
            QTest::qFail(("Compared JSON values differ: " #actual "\n   Actual: " + actual_.dump()                     \
                             + "\n   Expected: " + expected_.dump())                                                   \
                             .c_str(),                                                                                 \
                __FILE__,                                                                                              \
                __LINE__);                                                                                             \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

namespace Quayside::Sandbox::Test {

// A tiny HTTP client for the emulator tests: real requests over 127.0.0.1 with QNetworkAccessManager,
// waited for with QSignalSpy in the test's own thread (the server runs in the same event loop).
// The exception name and message of a JSON-RPC error envelope ("" when there is none).
std::string errorName(const Json &envelope);
std::string errorMessage(const Json &envelope);
// A JSON array of ids.
Json ids(std::initializer_list<int> list);

class OdooTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Json json; // discarded when the body is not JSON

        QByteArray header(const QByteArray &name) const;
        bool isJson() const { return !json.is_discarded(); }
    };

    explicit OdooTestClient(OdooEmulator &emulator);

    Reply post(const QString &path,
        const QByteArray &body,
        const QByteArray &contentType = "application/json",
        const QList<QPair<QByteArray, QByteArray>> &headers = {},
        int timeoutMs = 5000);
    Reply get(const QString &path);
    // POST /jsonrpc {"service":..,"method":..,"args":..}; the whole JSON-RPC envelope comes back.
    Json jsonRpc(const std::string &service, const std::string &method, const Json &args, Reply *raw = nullptr);
    // object.execute_kw with the emulator's API key; the whole envelope.
    Json executeKw(
        const std::string &model, const std::string &method, const Json &args, const Json &kwargs = Json::object());
    // execute_kw that must succeed: the "result" (null when Odoo omitted it); QFAIL-style check by caller.
    Json call(
        const std::string &model, const std::string &method, const Json &args, const Json &kwargs = Json::object());
    // POST /json/2/<model>/<method> with the bearer key (or the one given).
    Reply json2(const std::string &model, const std::string &method, const Json &body, const QByteArray &apiKey = {});

    OdooEmulator &emulator() { return m_emulator; }

private:
    OdooEmulator &m_emulator;
    QNetworkAccessManager m_network;
};

} // namespace Quayside::Sandbox::Test
