#include "core/connectors/shopify/shopifyclient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <cmath>

namespace Quayside::Connectors {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
constexpr qint64 kRenewBeforeMs = 5 * 60 * 1000;
} // namespace

QJsonArray ShopifyResult::userErrors(const QString &mutationField) const
{
    return data.value(mutationField).toObject().value(QStringLiteral("userErrors")).toArray();
}

ShopifyClient::ShopifyClient(QNetworkAccessManager *network, ShopifyConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &ShopifyClient::pump);
    if (!m_config.accessToken.isEmpty()) {
        m_token = m_config.accessToken;
        m_tokenExpiresAtMs = std::numeric_limits<qint64>::max();
    }
}

QUrl ShopifyClient::url(const QString &path) const
{
    const QUrl base
        = m_config.baseUrl.isEmpty() ? QUrl(QStringLiteral("https://") + m_config.shopDomain) : m_config.baseUrl;
    return base.resolved(QUrl(path));
}

QString ShopifyClient::document(const QString &name)
{
    QFile f(QStringLiteral(":/shopify/%1.graphql").arg(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

size_t ShopifyClient::costKey(const QString &document, const QJsonObject &variables)
{
    // What a requested cost depends on: the document, page sizes and list lengths (not cursors or filters).
    size_t key = qHash(document);
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        if (it.value().isDouble())
            key = qHashMulti(key, it.key(), it.value().toDouble());
        else if (it.value().isArray())
            key = qHashMulti(key, it.key(), it.value().toArray().size());
    }
    return key;
}

void ShopifyClient::query(
    const QString &document, const QJsonObject &variables, double estimatedCost, ShopifyCallback done)
{
    // The caller's estimate is an upper bound; once Shopify has priced this document with variables of
    // this shape, the largest price it asked is the better plan (e.g. nodes(ids:), whose pricing per id is
    // not documented).
    const auto learned = m_learnedCost.constFind(costKey(document, variables));
    const double cost = learned == m_learnedCost.cend() ? estimatedCost : std::min(estimatedCost, *learned);
    m_queue.enqueue(Pending { document, variables, std::max(1.0, cost), std::move(done) });
    pump();
}

void ShopifyClient::pump()
{
    while (!m_queue.isEmpty()) {
        if (!m_bucketKnown && m_inFlight > 0)
            return; // the first answer says how big the shop's bucket really is
        const double cost = std::min(m_queue.head().cost, m_bucket.capacity());
        const qint64 t = now();
        if (!m_bucket.tryTake(cost, t)) {
            // Wait for the bucket to refill rather than send a request Shopify would throttle.
            m_wait.start(int(std::clamp<qint64>(m_bucket.msUntilAvailable(cost, t), 10, 60000)));
            return;
        }
        send(m_queue.dequeue());
    }
}

void ShopifyClient::ensureToken(std::function<void(bool, QString)> ready)
{
    if (!m_token.isEmpty() && now() < m_tokenExpiresAtMs - kRenewBeforeMs) {
        ready(true, {});
        return;
    }
    if (m_config.clientId.isEmpty() || m_config.clientSecret.isEmpty()) {
        ready(false, tr("No Shopify access token or client credentials are configured"));
        return;
    }
    m_tokenWaiters << std::move(ready);
    if (m_fetchingToken)
        return;
    m_fetchingToken = true;
    HttpRequestSpec spec;
    spec.url = url(QStringLiteral("/admin/oauth/access_token"));
    spec.headers = { { "Content-Type", "application/json" }, { "Accept", "application/json" } };
    spec.body = QJsonDocument(QJsonObject { { QStringLiteral("client_id"), m_config.clientId },
                                  { QStringLiteral("client_secret"), m_config.clientSecret },
                                  { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } })
                    .toJson(QJsonDocument::Compact);
    spec.timeoutMs = m_config.timeoutMs;
    sendHttp(m_network, spec, this, [this](const HttpOutcome &o) {
        m_fetchingToken = false;
        const QJsonObject body = QJsonDocument::fromJson(o.body).object();
        const QString token = body.value(QStringLiteral("access_token")).toString();
        bool ok = o.isSuccess() && !token.isEmpty();
        QString error;
        if (ok) {
            m_token = token;
            const qint64 lifetimeS = body.value(QStringLiteral("expires_in")).toInteger(86400);
            m_tokenExpiresAtMs = now() + lifetimeS * 1000;
        } else {
            error = o.status == 400 || o.status == 401 || o.status == 403
                ? tr("Shopify refused the client credentials (HTTP %1): check the client id and secret").arg(o.status)
                : tr("Could not get a Shopify access token: %1").arg(o.summary());
        }
        const auto waiters = std::exchange(m_tokenWaiters, {});
        for (const auto &w : waiters)
            w(ok, error);
    });
}

void ShopifyClient::send(Pending p)
{
    ++m_inFlight;
    ensureToken([this, p](bool ok, const QString &error) {
        if (!ok) {
            --m_inFlight;
            ShopifyResult r;
            r.errorClass = ErrorClass::Auth;
            r.message = error;
            m_bucket.syncAvailable(m_bucket.available(now()) + p.cost, now()); // nothing was spent
            p.done(r);
            pump();
            return;
        }
        HttpRequestSpec spec;
        spec.url = url(QStringLiteral("/admin/api/%1/graphql.json").arg(m_config.apiVersion));
        spec.headers = { { "Content-Type", "application/json" },
            { "Accept", "application/json" },
            { "X-Shopify-Access-Token", m_token.toUtf8() } };
        QJsonObject body { { QStringLiteral("query"), p.document } };
        if (!p.variables.isEmpty())
            body.insert(QStringLiteral("variables"), p.variables);
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        spec.timeoutMs = m_config.timeoutMs;
        ++m_sent;
        const quint64 seq = ++m_nextSeq;
        m_inFlightBySeq.insert(seq, p.cost);
        sendHttp(m_network, spec, this, [this, p, seq](const HttpOutcome &o) {
            --m_inFlight;
            ShopifyResult r = parse(o, p.cost, seq);
            m_inFlightBySeq.remove(seq);
            if (r.requestedCost > 0) {
                const size_t key = costKey(p.document, p.variables);
                m_learnedCost[key] = std::max(m_learnedCost.value(key), r.requestedCost);
            }
            if (r.errorClass == ErrorClass::Auth && !m_config.clientId.isEmpty()) {
                // The token expired or was revoked before the time it was given for (a clock that lags,
                // reinstalled app): fetch a new one and try once more, so that only credentials that are
                // really wrong reach the lane, which pauses on them.
                m_tokenExpiresAtMs = 0;
                if (!p.tokenRenewed) {
                    Pending again = p;
                    again.tokenRenewed = true;
                    m_queue.prepend(std::move(again)); // first again, through the bucket like any request
                    pump();
                    return;
                }
            }
            p.done(r);
            pump();
        });
    });
}

ShopifyResult ShopifyClient::parse(const HttpOutcome &o, double estimatedCost, quint64 seq)
{
    ShopifyResult r;
    const QJsonObject root = QJsonDocument::fromJson(o.body).object();
    const QJsonObject cost
        = root.value(QStringLiteral("extensions")).toObject().value(QStringLiteral("cost")).toObject();
    if (!cost.isEmpty()) {
        const QJsonObject throttle = cost.value(QStringLiteral("throttleStatus")).toObject();
        const double maximum = throttle.value(QStringLiteral("maximumAvailable")).toDouble();
        const double restore = throttle.value(QStringLiteral("restoreRate")).toDouble();
        if (maximum > 0 && restore > 0 && (maximum != m_bucket.capacity() || restore != m_bucket.ratePerSecond()))
            m_bucket.configure(maximum, restore, now());
        // Answers can arrive out of order over parallel connections: only a report newer (by send order)
        // than the last one applied says something new. Requests sent after this one are not in it yet.
        if (seq > m_lastReportSeq) {
            m_lastReportSeq = seq;
            double sentLater = 0;
            for (auto it = m_inFlightBySeq.upperBound(seq); it != m_inFlightBySeq.end(); ++it)
                sentLater += it.value();
            m_bucket.syncAvailable(throttle.value(QStringLiteral("currentlyAvailable")).toDouble() - sentLater, now());
        }
        m_bucketKnown = maximum > 0;
        r.requestedCost = cost.value(QStringLiteral("requestedQueryCost")).toDouble();
        r.actualCost = cost.value(QStringLiteral("actualQueryCost")).toDouble();
    }
    if (cost.isEmpty()) // no cost report (a proxy's 5xx, a network error): Shopify charged nothing
        m_bucket.syncAvailable(m_bucket.available(now()) + estimatedCost, now());
    const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
    const auto errorCode = [&](const QString &code) {
        return std::any_of(errors.begin(), errors.end(), [&](const QJsonValue &e) {
            return e.toObject().value(QStringLiteral("extensions")).toObject().value(QStringLiteral("code")).toString()
                == code;
        });
    };
    if (o.status == 429 || errorCode(QStringLiteral("THROTTLED"))) {
        ++m_throttled;
        r.errorClass = ErrorClass::RateLimited;
        const double requested = r.requestedCost > 0 ? r.requestedCost : estimatedCost;
        const double available = m_bucket.available(now());
        const double rate = std::max(1.0, m_bucket.ratePerSecond());
        const double refillMs = std::ceil(std::max(0.0, requested - available) / rate) * 1000;
        r.retryAfterMs = o.retryAfterMs().value_or(qint64(std::min(refillMs, double(HttpOutcome::kMaxWaitMs))));
        r.message = tr("Shopify throttled the request (cost %1, %2 points available)").arg(requested).arg(available);
        return r;
    }
    if (o.status == 401 || o.status == 403 || o.status == 402 || o.status == 423) {
        r.errorClass = ErrorClass::Auth;
        r.message = o.status == 402 ? tr("The Shopify shop is frozen (unpaid plan)")
            : o.status == 423       ? tr("The Shopify shop is locked")
                                    : tr("Shopify refused the access token (HTTP %1)").arg(o.status);
        return r;
    }
    if (!o.isSuccess()) {
        r.errorClass = o.errorClass();
        r.retryAfterMs = o.retryAfterMs().value_or(-1);
        r.message = QStringLiteral("Shopify: %1").arg(o.summary());
        return r;
    }
    if (root.isEmpty()) {
        r.errorClass = ErrorClass::Transient;
        r.message = tr("Shopify answered something that is not JSON");
        return r;
    }
    if (!errors.isEmpty()) {
        const QString first = errors.first().toObject().value(QStringLiteral("message")).toString();
        r.errorClass = errorCode(QStringLiteral("ACCESS_DENIED")) ? ErrorClass::Auth
            : errorCode(QStringLiteral("INTERNAL_SERVER_ERROR"))  ? ErrorClass::Transient
                                                                  : ErrorClass::Validation;
        r.message = tr("Shopify rejected the request: %1").arg(first);
        return r;
    }
    r.ok = true;
    r.data = root.value(QStringLiteral("data")).toObject();
    return r;
}

} // namespace Quayside::Connectors
