#include "sandbox/shopify/shopifyemulator.h"

#include "sandbox/shopify/bulkoperations.h"
#include "sandbox/shopify/graphql/executor.h"
#include "sandbox/shopify/graphql/parser.h"
#include "sandbox/shopify/graphql/schema.h"
#include "sandbox/shopify/graphql/validator.h"
#include "sandbox/shopify/querycost.h"
#include "sandbox/shopify/restpayloads.h"
#include "sandbox/shopify/shopifyjson.h"
#include "sandbox/shopify/shopifymutations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>

namespace Quayside::Sandbox {

using GraphQL::GraphQLError;
using GraphQL::Json;

namespace {
const QStringList &supportedVersions()
{
    static const QStringList versions {
        QStringLiteral("2026-01"), QStringLiteral("2026-04"), QStringLiteral("2026-07"), QStringLiteral("2026-10")
    };
    return versions;
}

QByteArray toBytes(const Json &json)
{
    return QByteArray::fromStdString(json.dump(-1, ' ', false, Json::error_handler_t::replace));
}

Json errorsBody(const std::vector<GraphQLError> &errors)
{
    Json list = Json::array();
    for (const auto &e : errors)
        list.push_back(e.toJson());
    return list;
}
} // namespace

ShopifyEmulator::ShopifyEmulator(const World &world, QObject *parent)
    : EmulatorServer(parent)
    , m_schema(GraphQL::Schema::admin202610())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_store = std::make_unique<ShopifyStore>(world, m_clock());
    m_store->setEventSink([this](const std::string &topic, int order, int variant, int location) {
        onStoreEvent(topic, order, variant, location);
    });
    m_staticTokens.insert(QString::fromLatin1(DefaultAccessToken));
    m_shop.accessScopes = m_scopes.toStdString();
    if (m_schema)
        m_bulk = std::make_unique<BulkOperations>(*m_schema, *m_store, m_shop);
    useFaultInjector(std::make_shared<FaultInjector>());
}

ShopifyEmulator::~ShopifyEmulator() = default;

void ShopifyEmulator::setScopes(const QString &scopes)
{
    m_scopes = scopes;
    m_shop.accessScopes = scopes.toStdString();
}

void ShopifyEmulator::useFaultInjector(std::shared_ptr<FaultInjector> faults)
{
    setFaultInjector(faults);
    QList<int> schedule = m_retrySchedule;
    delete m_dispatcher;
    m_dispatcher = new WebhookDispatcher(std::move(faults), this);
    m_dispatcher->setRetrySchedule(schedule);
}

void ShopifyEmulator::setWebhookRetrySchedule(QList<int> delaysMs)
{
    m_retrySchedule = delaysMs;
    m_dispatcher->setRetrySchedule(std::move(delaysMs));
}

void ShopifyEmulator::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_appSecret = clientSecret.toUtf8();
}

void ShopifyEmulator::setPlan(Plan plan)
{
    double rate = 100;
    switch (plan) {
    case Plan::Standard:
        rate = 100;
        break;
    case Plan::Advanced:
        rate = 200;
        break;
    case Plan::Plus:
        rate = 1000;
        break;
    case Plan::Enterprise:
        rate = 2000;
        break;
    }
    setRateLimit(rate * 20, rate);
}

void ShopifyEmulator::setRateLimit(double bucketSize, double restoreRatePerSecond)
{
    m_bucket.configure(bucketSize, restoreRatePerSecond, now());
}

void ShopifyEmulator::setWebhookSubscription(const QUrl &url, const QString &topic)
{
    m_store->subscribe(topic.toStdString(), url.toString().toStdString(), now());
}

void ShopifyEmulator::clearWebhookSubscriptions()
{
    m_store->webhookSubscriptions.clear();
}

QUrl ShopifyEmulator::graphqlUrl(const QString &version) const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/admin/api/%1/graphql.json").arg(version));
    return url;
}

QUrl ShopifyEmulator::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/admin/oauth/access_token"));
    return url;
}

QByteArray ShopifyEmulator::hmacBase64(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toBase64();
}

QString ShopifyEmulator::placeOrder(const OrderInput &input, QString *error)
{
    const auto result = m_store->placeOrder(input, now());
    if (const auto *errors = std::get_if<std::vector<ShopifyUserError>>(&result)) {
        if (error)
            *error = QString::fromStdString(errors->front().message);
        return {};
    }
    return QString::fromStdString(ShopifyIds::gid("Order", m_store->orders[size_t(std::get<int>(result))].id));
}

int ShopifyEmulator::quantity(const QString &sku, const QString &locationKey, const QString &name) const
{
    return m_store->quantity(
        m_store->world().variantIndexBySku(sku), m_store->locationIndexByKey(locationKey), name.toStdString());
}

QString ShopifyEmulator::inventoryItemGid(const QString &sku) const
{
    const int v = m_store->world().variantIndexBySku(sku);
    return v < 0
        ? QString()
        : QString::fromStdString(ShopifyIds::gid("InventoryItem", m_store->variants[size_t(v)].inventoryItemId));
}

QString ShopifyEmulator::locationGid(const QString &locationKey) const
{
    const int l = m_store->locationIndexByKey(locationKey);
    return l < 0 ? QString() : QString::fromStdString(ShopifyIds::gid("Location", m_store->locations[size_t(l)].id));
}

QString ShopifyEmulator::endpointName(const HttpRequest &request) const
{
    if (request.path.endsWith(QLatin1String("/graphql.json")))
        return QStringLiteral("graphql");
    if (request.path == QLatin1String("/admin/oauth/access_token"))
        return QStringLiteral("oauth");
    return request.path;
}

QString ShopifyEmulator::servedVersion(const QString &requested)
{
    if (supportedVersions().contains(requested) || requested == QLatin1String("unstable")
        || requested == QLatin1String("2027-01"))
        return requested;
    return supportedVersions().front(); // unsupported versions fall forward to the oldest supported one
}

HttpResponse ShopifyEmulator::jsonResponse(int status, const Json &body, const QString &version) const
{
    HttpResponse response = HttpResponse::json(status, toBytes(body));
    if (!version.isEmpty())
        response.setHeader("X-Shopify-API-Version", version.toLatin1());
    response.setHeader("X-Request-Id",
        QUuid::createUuidV5(QUuid(), QString::number(m_requestIds)).toString(QUuid::WithoutBraces).toLatin1());
    return response;
}

Json ShopifyEmulator::costExtension(int requested, std::optional<int> actual) const
{
    return { { "requestedQueryCost", requested },
        { "actualQueryCost", actual ? Json(*actual) : Json() },
        { "throttleStatus",
            { { "maximumAvailable", m_bucket.capacity() },
                { "currentlyAvailable", int(std::floor(m_bucket.peekAvailable(now()))) },
                { "restoreRate", m_bucket.restoreRate() } } } };
}

HttpResponse ShopifyEmulator::unauthorizedResponse(const HttpRequest &) const
{
    return HttpResponse::json(
        401, R"json({"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"})json");
}

HttpResponse ShopifyEmulator::rateLimitedResponse(const HttpRequest &request, int retryAfterMs) const
{
    if (endpointName(request) != QLatin1String("graphql")) {
        HttpResponse r = HttpResponse::json(429,
            R"({"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."})");
        r.setHeader("Retry-After", QByteArray::number(std::max(1, (retryAfterMs + 999) / 1000)));
        return r;
    }
    const Json body = { { "errors",
                            Json::array({ { { "message", "Throttled" },
                                { "extensions",
                                    { { "code", "THROTTLED" },
                                        { "documentation", "https://shopify.dev/api/usage/rate-limits" } } } } }) },
        { "extensions", { { "cost", costExtension(0, std::nullopt) } } } };
    HttpResponse r = jsonResponse(m_throttleStatus, body, QString());
    if (m_throttleStatus == 429)
        r.setHeader("Retry-After", QByteArray::number(std::max(1, (retryAfterMs + 999) / 1000)));
    return r;
}

HttpResponse ShopifyEmulator::serverErrorResponse(const HttpRequest &request, int status) const
{
    if (status == 500 && endpointName(request) == QLatin1String("graphql")) {
        const std::string id
            = QUuid::createUuidV5(QUuid(), QString::number(m_requestIds)).toString(QUuid::WithoutBraces).toStdString();
        const Json body = { { "errors",
            Json::array({ { { "message",
                                "Internal error. Looks like something went wrong on our end.\nRequest ID: " + id
                                    + " (include this in support requests)." },
                { "extensions", { { "code", "INTERNAL_SERVER_ERROR" }, { "requestId", id } } } } }) } };
        return HttpResponse::json(500, toBytes(body));
    }
    return HttpResponse::json(status, toBytes(Json { { "errors", reasonPhrase(status).toStdString() } }));
}

HttpResponse ShopifyEmulator::handle(const HttpRequest &request)
{
    ++m_requestIds;
    static const QRegularExpression graphqlPath(QStringLiteral("^/admin/api/([^/]+)/graphql\\.json$"));
    const auto match = graphqlPath.match(request.path);
    if (match.hasMatch()) {
        try {
            return handleGraphql(request, match.captured(1));
        } catch (const std::exception &) {
            // Never let a request take the emulator down; answer as Shopify does for its own failures.
            return serverErrorResponse(request, 500);
        }
    }
    if (request.path == QLatin1String("/admin/oauth/access_token"))
        return handleToken(request);
    // Bulk operation results, as the signed storage URL in BulkOperation.url would serve them.
    static const QRegularExpression bulkPath(QStringLiteral("^/bulk-operations/(\\d+)\\.jsonl$"));
    if (const auto bulk = bulkPath.match(request.path); bulk.hasMatch() && m_bulk && request.method == "GET") {
        const QByteArray file = m_bulk->file(bulk.captured(1).toInt());
        if (!file.isEmpty()) {
            HttpResponse response = HttpResponse::text(200, file);
            response.setHeader("Content-Type", "application/jsonl");
            return response;
        }
    }
    return jsonResponse(404, Json { { "errors", "Not Found" } }, QString());
}

bool ShopifyEmulator::authorized(const HttpRequest &request) const
{
    const QString token = QString::fromUtf8(request.header("x-shopify-access-token"));
    if (token.isEmpty())
        return false;
    if (m_staticTokens.contains(token))
        return true;
    const auto it = m_issuedTokens.constFind(token);
    return it != m_issuedTokens.constEnd() && now() < it.value();
}

HttpResponse ShopifyEmulator::handleToken(const HttpRequest &request)
{
    if (request.method != "POST")
        return jsonResponse(405, Json { { "errors", "Method Not Allowed" } }, QString());
    QString clientId, clientSecret, grantType;
    const Json body = Json::parse(request.body.toStdString(), nullptr, false);
    if (body.is_object()) {
        auto field = [&](const char *key) {
            return body.contains(key) && body[key].is_string() ? QString::fromStdString(body[key].get<std::string>())
                                                               : QString();
        };
        clientId = field("client_id");
        clientSecret = field("client_secret");
        grantType = field("grant_type");
    } else {
        const QUrlQuery form(QString::fromUtf8(request.body));
        clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        clientSecret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    }
    // OAuth 2.0 error shapes (RFC 6749 §5.2); Shopify's exact wording here is unverified.
    if (grantType != QLatin1String("client_credentials"))
        return jsonResponse(400,
            Json { { "error", "unsupported_grant_type" },
                { "error_description", "The authorization grant type is not supported by the authorization server." } },
            QString());
    if (clientId != m_clientId || clientSecret != m_clientSecret)
        return jsonResponse(401,
            Json { { "error", "invalid_client" },
                { "error_description", "Client authentication failed: unknown client or wrong secret." } },
            QString());
    const QByteArray seed
        = m_clientId.toUtf8() + ':' + QByteArray::number(++m_issued) + ':' + QByteArray::number(now());
    const QString token = QStringLiteral("shpat_")
        + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32));
    m_issuedTokens.insert(token, now() + qint64(m_tokenLifetimeS) * 1000);
    return jsonResponse(200,
        Json { { "access_token", token.toStdString() },
            { "scope", m_scopes.toStdString() },
            { "expires_in", m_tokenLifetimeS - 1 } },
        QString());
}

HttpResponse ShopifyEmulator::handleGraphql(const HttpRequest &request, const QString &requestedVersion)
{
    const QString version = servedVersion(requestedVersion);
    if (!authorized(request))
        return unauthorizedResponse(request);
    const Json badRequest = { { "errors", { { "query", "Required parameter missing or invalid" } } } };
    if (request.method != "POST")
        return jsonResponse(400, badRequest, version);

    std::string query;
    std::string operationName;
    Json variables = Json::object();
    const QByteArray contentType = request.header("content-type").toLower();
    if (contentType.startsWith("application/graphql")) {
        query = request.body.toStdString();
    } else {
        const Json body = Json::parse(request.body.toStdString(), nullptr, false);
        if (!body.is_object() || !body.contains("query") || !body["query"].is_string())
            return jsonResponse(400, badRequest, version);
        query = body["query"].get<std::string>();
        if (body.contains("operationName") && body["operationName"].is_string())
            operationName = body["operationName"].get<std::string>();
        if (body.contains("variables")) {
            variables = body["variables"];
            if (variables.is_string())
                variables = Json::parse(variables.get<std::string>(), nullptr, false);
            if (variables.is_null())
                variables = Json::object();
            if (!variables.is_object())
                return jsonResponse(400, badRequest, version);
        }
    }
    if (!m_schema)
        return serverErrorResponse(request, 500);

    auto failed = [&](const std::vector<GraphQLError> &errors) {
        return jsonResponse(200,
            Json { { "errors", errorsBody(errors) }, { "extensions", { { "cost", costExtension(0, std::nullopt) } } } },
            version);
    };
    GraphQL::Document document;
    try {
        document = GraphQL::Parser(query).parseDocument();
    } catch (const GraphQLError &error) {
        return failed({ error });
    }
    GraphQL::Validator validator(*m_schema);
    if (const auto errors = validator.validate(document); !errors.empty())
        return failed(errors);

    const qint64 nowMs = now();
    if (m_bulk)
        m_bulk->setBaseUrl(baseUrl().toString().toStdString());
    ShopifyMutations mutations(*m_store, m_idempotency, version.toStdString(), nowMs, m_bulk.get());
    ShopifyResolvers resolvers(*m_store, m_shop, nowMs, &mutations, m_bulk.get());
    GraphQL::Executor executor(*m_schema, resolvers);
    if (const auto errors = executor.prepare(document, operationName, variables); !errors.empty())
        return failed(errors);

    const QueryCost cost(*m_schema, document, executor.variables());
    const int requested = cost.requested(*executor.operation());
    if (requested > QueryCost::SingleQueryMax) {
        const std::string message = "Query cost is " + std::to_string(requested)
            + ", which exceeds the single query max cost limit (1000).\n\n"
              "See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\n"
              "cost of a query is calculated.\n\n"
              "To query larger amounts of data with fewer limits, bulk operations should be used instead.\n"
              "See https://shopify.dev/api/usage/bulk-operations/queries for usage details.\n";
        const Json body = { { "errors",
                                Json::array({ { { "message", message },
                                    { "extensions",
                                        { { "code", "MAX_COST_EXCEEDED" },
                                            { "cost", requested },
                                            { "maxCost", QueryCost::SingleQueryMax },
                                            { "documentation", "https://shopify.dev/api/usage/rate-limits" } } } } }) },
            { "extensions", { { "cost", costExtension(requested, std::nullopt) } } } };
        return jsonResponse(200, body, version);
    }
    ++m_costStats.answered;
    if (!m_bucket.tryTake(requested, nowMs)) {
        ++m_costStats.throttled;
        const double missing = requested - m_bucket.available(nowMs);
        HttpResponse r = rateLimitedResponse(request, int(std::ceil(missing / m_bucket.restoreRate() * 1000.0)));
        Json body = Json::parse(r.body.toStdString());
        body["extensions"]["cost"] = costExtension(requested, std::nullopt);
        r.body = toBytes(body);
        r.setHeader("X-Shopify-API-Version", version.toLatin1());
        return r;
    }
    const GraphQL::ExecutionResult result = executor.execute();
    const bool mutation = executor.operation()->operation == "mutation";
    const int actual = mutation ? requested : std::min(result.actualCost, requested);
    m_bucket.refund(requested - actual, nowMs);
    m_costStats.pointsCharged += actual;

    Json body = Json::object();
    body["data"] = result.data;
    if (!result.errors.empty())
        body["errors"] = result.errors;
    Json extensions = { { "cost", costExtension(requested, actual) } };
    if (!resolvers.searchWarnings().empty())
        extensions["search"]
            = Json::array({ { { "path", Json::array() }, { "warnings", resolvers.searchWarnings() } } });
    body["extensions"] = extensions;
    return jsonResponse(200, body, version);
}

void ShopifyEmulator::onStoreEvent(const std::string &topic, int order, int variant, int location)
{
    const QString qtopic = QString::fromStdString(topic);
    bool subscribed = false;
    for (const auto &s : m_store->webhookSubscriptions)
        subscribed |= s.topic == topic;
    if (!subscribed)
        return;
    const qint64 nowMs = now();
    const QByteArray body = toBytes(RestPayloads(*m_store).forEvent(topic, order, variant, location, nowMs));
    const QByteArray eventId = QUuid::createUuidV5(QUuid(), QStringLiteral("event-%1").arg(++m_webhookIds))
                                   .toString(QUuid::WithoutBraces)
                                   .toLatin1();
    const QByteArray triggeredAt = QByteArray::fromStdString(ShopifyJson::isoTime(nowMs));
    for (const auto &s : m_store->webhookSubscriptions) {
        if (s.topic != topic)
            continue;
        WebhookDelivery delivery;
        delivery.url = QUrl(QString::fromStdString(s.uri));
        delivery.topic = qtopic.toUtf8();
        delivery.body = body;
        const QByteArray webhookId = QUuid::createUuidV5(QUuid(), QStringLiteral("webhook-%1").arg(++m_webhookIds))
                                         .toString(QUuid::WithoutBraces)
                                         .toLatin1();
        delivery.headers = { { "X-Shopify-Topic", qtopic.toUtf8() },
            { "X-Shopify-Hmac-Sha256", hmacBase64(body, m_appSecret) },
            { "X-Shopify-Shop-Domain", shopDomain().toUtf8() },
            { "X-Shopify-API-Version", QByteArray(CurrentVersion) },
            { "X-Shopify-Webhook-Id", webhookId },
            { "X-Shopify-Event-Id", eventId },
            { "X-Shopify-Triggered-At", triggeredAt } };
        Q_EMIT webhookQueued(qtopic, body);
        m_dispatcher->send(delivery);
    }
}

} // namespace Quayside::Sandbox
