#pragma once

#include "core/engine/errorclass.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace Quayside::Connectors {

// What came back from one HTTP request, classified for the engine.
struct HttpOutcome
{
    int status = 0; // 0: no HTTP response at all
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorText;
    qint64 elapsedMs = 0;
    bool timedOut = false;
    bool tlsFailure = false;

    // The longest wait an answer can impose. A longer Retry-After (or a cost nothing refills this side of
    // a day) is not meant literally, and in milliseconds it would overflow the scheduling arithmetic.
    static constexpr qint64 kMaxWaitMs = 24LL * 60 * 60 * 1000;

    bool isSuccess() const { return status >= 200 && status < 300 && networkError == QNetworkReply::NoError; }
    QByteArray header(QByteArrayView name) const;
    // Retry-After (seconds or HTTP date) or the x-retry-after a service sends instead, in milliseconds.
    std::optional<qint64> retryAfterMs() const;
    ErrorClass errorClass() const;
    // One line for logs and the exception queue; never includes the body (it may hold customer data).
    QString summary() const;
};

struct HttpRequestSpec
{
    QByteArray verb = "POST";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 30000;
};

// Plain HTTP is refused except to loopback (the sandbox); TLS certificates are always verified.
struct EndpointPolicy
{
    static bool isAllowed(const QUrl &url, QString *why);
};

// Sends one request and calls `done` exactly once, on `context`'s thread. Certificate errors are never
// ignored: they end the request as a TLS failure the operator must fix.
void sendHttp(QNetworkAccessManager *network,
    const HttpRequestSpec &spec,
    QObject *context,
    std::function<void(HttpOutcome)> done);

} // namespace Quayside::Connectors
