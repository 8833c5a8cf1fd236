#include "sandbox/common/emulatorserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Quayside::Sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toUpper();
}
} // namespace

EmulatorServer::EmulatorServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_faults(std::make_shared<FaultInjector>())
{ }

EmulatorServer::~EmulatorServer() = default;

quint16 EmulatorServer::listenLocal(quint16 port)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return 0;
    }
    bind(tcp);
    m_tcp = tcp;
    m_port = tcp->serverPort();
    return m_port;
}

QUrl EmulatorServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString EmulatorServer::endpointName(const HttpRequest &request) const
{
    return request.path;
}

HttpResponse EmulatorServer::serverErrorResponse(const HttpRequest &, int status) const
{
    return HttpResponse::json(status, R"({"error":"Service temporarily unavailable"})");
}

HttpResponse EmulatorServer::rateLimitedResponse(const HttpRequest &, int retryAfterMs) const
{
    auto r = HttpResponse::json(429, R"({"error":"Too many requests"})");
    r.setHeader("Retry-After", QByteArray::number(std::max(1, (retryAfterMs + 999) / 1000)));
    return r;
}

HttpResponse EmulatorServer::unauthorizedResponse(const HttpRequest &) const
{
    return HttpResponse::json(401, R"({"error":"Unauthorized"})");
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &qrequest, QTcpSocket *socket)
{
    ++m_requestCount;
    HttpRequest request;
    request.method = methodName(qrequest.method());
    request.url = qrequest.url();
    request.path = qrequest.url().path();
    request.query = qrequest.query();
    for (const auto &[key, value] : qrequest.headers())
        request.headers.append({ key.toLower(), value });
    request.body = qrequest.body();
    request.peer = qrequest.remoteAddress();

    const QString endpoint = endpointName(request);
    const QList<FaultDecision> faults
        = m_faults ? m_faults->decide(endpoint, QDateTime::currentMSecsSinceEpoch()) : QList<FaultDecision> {};

    int delayMs = m_latency.baseMs + (m_latency.jitterMs > 0 ? m_random.bounded(0, m_latency.jitterMs + 1) : 0);
    if (m_latency.extraMs)
        delayMs += m_latency.extraMs(request);
    m_addedLatencyMs += delayMs;

    std::optional<FaultDecision> before;
    std::optional<FaultDecision> after;
    for (const auto &f : faults) {
        if (f.kind == FaultKind::Latency)
            delayMs += f.latencyMs;
        else if (f.kind == FaultKind::DuplicateWebhook || f.kind == FaultKind::OutOfOrderWebhook)
            continue; // webhook faults belong to the WebhookDispatcher
        else if (f.phase == FaultPhase::Before || f.kind == FaultKind::Outage || f.kind == FaultKind::Unauthorized
            || f.kind == FaultKind::RateLimited)
            before = before ? before : f;
        else
            after = after ? after : f;
    }

    const FaultDecision *fault = before ? &*before : nullptr;
    HttpResponse response;
    if (!fault) {
        response = handle(request);
        fault = after ? &*after : nullptr;
    }

    const bool close = m_latency.connectionClose;
    if (fault) {
        switch (fault->kind) {
        case FaultKind::ServerError:
        case FaultKind::Outage:
            response = serverErrorResponse(request, fault->status ? fault->status : 503);
            break;
        case FaultKind::RateLimited:
            response = rateLimitedResponse(request, fault->latencyMs);
            break;
        case FaultKind::Unauthorized:
            response = unauthorizedResponse(request);
            break;
        case FaultKind::Malformed:
            response.body = "<html><body>Bad Gateway</body></html>{\"partial\":";
            if (response.header("Content-Type").isEmpty())
                response.setHeader("Content-Type", "application/json; charset=utf-8");
            break;
        case FaultKind::Truncated: {
            // A Before-phase fault never ran the handler; an empty body cannot be cut short, so promise one.
            if (response.body.size() < 2) {
                response.body = "{\"data\":\"" + QByteArray(48, 'x') + "\"}";
                response.setHeader("Content-Type", "application/json; charset=utf-8");
            }
            const QByteArray full = response.serialize(true);
            const qsizetype headerEnd = full.indexOf("\r\n\r\n") + 4;
            deliver(socket, full.left(headerEnd + response.body.size() / 2), delayMs, true);
            Q_EMIT requestHandled(endpoint, -1);
            return true;
        }
        case FaultKind::Reset:
            QTimer::singleShot(delayMs, socket, [s = QPointer<QTcpSocket>(socket)] {
                if (s)
                    s->abort();
            });
            Q_EMIT requestHandled(endpoint, -1);
            return true;
        case FaultKind::Timeout:
            // Say nothing; drop the connection long after any sane client timeout.
            QTimer::singleShot(120000, socket, [s = QPointer<QTcpSocket>(socket)] {
                if (s)
                    s->abort();
            });
            Q_EMIT requestHandled(endpoint, -1);
            return true;
        default:
            break;
        }
    }

    deliver(socket, response.serialize(close), delayMs, close);
    Q_EMIT requestHandled(endpoint, response.status);
    return true;
}

void EmulatorServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    deliver(socket, HttpResponse::json(404, R"({"error":"Not Found"})").serialize(false), 0, false);
}

void EmulatorServer::deliver(QTcpSocket *socket, const QByteArray &bytes, int delayMs, bool closeAfter)
{
    auto write = [s = QPointer<QTcpSocket>(socket), bytes, closeAfter] {
        if (!s || s->state() != QAbstractSocket::ConnectedState)
            return;
        s->write(bytes);
        if (closeAfter)
            s->disconnectFromHost();
    };
    if (delayMs <= 0)
        write();
    else
        QTimer::singleShot(delayMs, socket, write);
}

} // namespace Quayside::Sandbox
