#include "sandbox/shipbob/shipbobapi.h"

#include "sandbox/shipbob/shipbobcall.h"
#include "sandbox/shipbob/shipbobcatalogroutes.h"
#include "sandbox/shipbob/shipboborderroutes.h"
#include "sandbox/shipbob/shipbobreturnroutes.h"
#include "sandbox/shipbob/shipbobsimulationroutes.h"
#include "sandbox/shipbob/shipbobwebhookroutes.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Quayside::Sandbox {

namespace {
const QString kPrefix = QStringLiteral("/2026-01/");

// "order/12:cancel" -> {"order", "12"} and "cancel".
QStringList splitPath(const QString &path, QString &action)
{
    QStringList segments = path.mid(kPrefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty()) {
        const qsizetype colon = segments.last().indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            action = segments.last().mid(colon + 1);
            segments.last().truncate(colon);
            if (segments.last().isEmpty())
                segments.removeLast();
        }
    }
    return segments;
}

bool usesProblemDetails(const QString &path)
{
    return path.startsWith(kPrefix + QStringLiteral("inventory"));
}

int secondsCeil(qint64 ms)
{
    return int(std::max<qint64>(1, (ms + 999) / 1000));
}
} // namespace

ShipBobApi::ShipBobApi(ShipBobState &state, ShipBobWebhooks &webhooks, QByteArray token, int channelId, QObject *parent)
    : EmulatorServer(parent)
    , m_state(state)
    , m_webhooks(webhooks)
    , m_token(std::move(token))
    , m_channelId(channelId)
    , m_limiter(kRequestsPerMinute, 60000, [] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

QString ShipBobApi::endpointFor(const QByteArray &method, const QString &path)
{
    static const QRegularExpression number(QStringLiteral("/\\d+(?=/|:|$)"));
    QString rest = path.startsWith(kPrefix) ? path.mid(kPrefix.size() - 1) : path;
    rest.replace(number, QStringLiteral("/{id}"));
    return QString::fromLatin1(method) + QLatin1Char(' ') + rest;
}

QString ShipBobApi::endpointName(const HttpRequest &request) const
{
    return endpointFor(request.method, request.path);
}

HttpResponse ShipBobApi::serverErrorResponse(const HttpRequest &, int status) const
{
    if (status == 500)
        return ShipBobReply::modelError(500, "error", "An unexpected error occurred. Please try again later.");
    return HttpResponse::text(status, reasonPhrase(status));
}

HttpResponse ShipBobApi::rateLimitedResponse(const HttpRequest &, int retryAfterMs) const
{
    const int seconds = secondsCeil(retryAfterMs);
    auto r = ShipBobReply::jsonReply(429,
        { { "statusCode", 429 },
            { "message", "Rate limit is exceeded. Try again in " + std::to_string(seconds) + " seconds." } });
    r.setHeader("x-retry-after", QByteArray::number(seconds));
    r.setHeader("x-remaining-calls", "0");
    return r;
}

HttpResponse ShipBobApi::unauthorizedResponse(const HttpRequest &request) const
{
    HttpResponse r = usesProblemDetails(request.path)
        ? ShipBobReply::problem(401, "Unauthorized", "Authorization missing or invalid")
        : ShipBobReply::empty(401);
    r.setHeader("WWW-Authenticate", "Bearer");
    return r;
}

std::optional<HttpResponse> ShipBobApi::checkChannel(
    const HttpRequest &request, const QStringList &segments, const QString &action) const
{
    const QByteArray header = request.header("shipbob_channel_id");
    const QString first = segments.value(0);
    const bool required = request.method == "POST"
        && ((segments.size() == 1 && action.isEmpty()
                && (first == QStringLiteral("order") || first == QStringLiteral("return")))
            || (first == QStringLiteral("shipment") && action == QStringLiteral("batchCancel"))
            || (first == QStringLiteral("order") && action == QStringLiteral("estimate")));
    const bool problemShape = first == QStringLiteral("return");
    auto bad = [&](const std::string &message) {
        return problemShape ? ShipBobReply::problem(400, "One or more validation errors occurred.", message)
                            : ShipBobReply::modelError(400, "shipbob_channel_id", message);
    };
    if (header.isEmpty())
        return required ? std::optional(bad("The shipbob_channel_id header is required.")) : std::nullopt;
    bool ok = false;
    const int channel = header.trimmed().toInt(&ok);
    if (!ok)
        return bad("The value '" + header.toStdString() + "' is not valid for shipbob_channel_id.");
    if (channel != m_channelId)
        return ShipBobReply::empty(403); // a channel this token has no access to
    return std::nullopt;
}

HttpResponse ShipBobApi::handle(const HttpRequest &request)
{
    if (!request.path.startsWith(kPrefix))
        return ShipBobReply::empty(404);

    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return unauthorizedResponse(request);
    if (authorization.mid(7).trimmed() != m_token)
        return unauthorizedResponse(request);

    const auto decision = m_limiter.acquire(m_token);
    if (!decision.allowed)
        return rateLimitedResponse(request, int(decision.retryAfterMs));

    QString action;
    const QStringList segments = splitPath(request.path, action);
    HttpResponse response;
    if (segments.isEmpty()) {
        response = ShipBobReply::empty(404);
    } else if (auto refused = checkChannel(request, segments, action)) {
        response = *refused;
    } else {
        const ShipBobCall call { request, segments, action, m_state, m_webhooks, m_channelId };
        try {
            std::optional<HttpResponse> routed = ShipBobOrderRoutes::route(call);
            if (!routed)
                routed = ShipBobCatalogRoutes::route(call);
            if (!routed)
                routed = ShipBobReturnRoutes::route(call);
            if (!routed)
                routed = ShipBobWebhookRoutes::route(call);
            if (!routed)
                routed = ShipBobSimulationRoutes::route(call);
            response = routed ? *routed : ShipBobReply::empty(404);
        } catch (const std::exception &) {
            // A bug of ours must not take the server down; ShipBob would answer 500.
            response = serverErrorResponse(request, 500);
        }
    }
    response.setHeader("x-remaining-calls", QByteArray::number(decision.remaining));
    return response;
}

} // namespace Quayside::Sandbox
