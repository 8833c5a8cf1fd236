#include "core/connectors/common/httpexchange.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Quayside::Connectors {

QByteArray HttpOutcome::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

std::optional<qint64> HttpOutcome::retryAfterMs() const
{
    for (const char *name : { "Retry-After", "x-retry-after" }) {
        const QByteArray value = header(name).trimmed();
        if (value.isEmpty())
            continue;
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (ok && seconds >= 0)
            return qint64(std::min(seconds * 1000, double(kMaxWaitMs)));
        // HTTP dates end in "GMT" (RFC 9110), which Qt's RFC 2822 parser refuses; it takes "+0000".
        const QByteArray date = value.endsWith(" GMT") ? value.chopped(3) + "+0000" : value;
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
        if (when.isValid())
            return std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, kMaxWaitMs);
    }
    return std::nullopt;
}

ErrorClass HttpOutcome::errorClass() const
{
    if (tlsFailure)
        return ErrorClass::Auth; // a certificate problem needs a person, like bad credentials
    // Refused, reset, timed out, DNS, or an answer cut off after its status line: what the server meant
    // is unknown, so try again later.
    if (status == 0 || networkError != QNetworkReply::NoError)
        return ErrorClass::Transient;
    return classifyHttpStatus(status);
}

QString HttpOutcome::summary() const
{
    if (timedOut)
        return QStringLiteral("no answer within the timeout after %1 ms").arg(elapsedMs);
    if (tlsFailure)
        return QStringLiteral("TLS certificate problem: %1").arg(errorText);
    if (status == 0)
        return QStringLiteral("network error: %1").arg(errorText);
    return QStringLiteral("HTTP %1 after %2 ms").arg(status).arg(elapsedMs);
}

bool EndpointPolicy::isAllowed(const QUrl &url, QString *why)
{
    if (!url.isValid() || url.host().isEmpty()) {
        if (why)
            *why = QStringLiteral("not a valid address: %1").arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return false;
    }
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (url.scheme() == QLatin1String("http") && loopback)
        return true; // the sandbox on this machine
    if (why)
        *why = QStringLiteral("%1 must use https; plain http is only accepted for the local sandbox")
                   .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
    return false;
}

void sendHttp(QNetworkAccessManager *network,
    const HttpRequestSpec &spec,
    QObject *context,
    std::function<void(HttpOutcome)> done)
{
    QString why;
    if (!EndpointPolicy::isAllowed(spec.url, &why)) {
        HttpOutcome refused;
        refused.tlsFailure = true;
        refused.errorText = why;
        QTimer::singleShot(0, context, [done, refused] { done(refused); });
        return;
    }
    QNetworkRequest request(spec.url);
    for (const auto &[name, value] : spec.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(spec.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = network->sendCustomRequest(request, spec.verb, spec.body);
    auto tls = std::make_shared<QString>();
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [tls](const QList<QSslError> &errors) {
        QStringList texts;
        for (const auto &e : errors)
            texts << e.errorString();
        *tls = texts.join(QStringLiteral("; ")); // recorded, never ignored
    });
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, timer, tls, done] {
        reply->deleteLater();
        HttpOutcome out;
        out.elapsedMs = timer->elapsed();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            out.headers.append(pair);
        out.networkError = reply->error();
        out.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        out.tlsFailure = !tls->isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
        out.errorText = tls->isEmpty() ? reply->errorString() : *tls;
        // An HTTP error status is a valid answer; keep networkError for transport failures only.
        if (out.status != 0 && reply->error() >= QNetworkReply::ContentAccessDenied)
            out.networkError = QNetworkReply::NoError;
        done(out);
    });
}

} // namespace Quayside::Connectors
