#pragma once

#include "sandbox/common/emulatorserver.h"
#include "sandbox/common/webhookdispatcher.h"
#include "sandbox/common/world.h"
#include "sandbox/shopify/idempotencystore.h"
#include "sandbox/shopify/leakybucket.h"
#include "sandbox/shopify/shopifyresolvers.h"
#include "sandbox/shopify/shopifystore.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

namespace Quayside::Sandbox {

namespace GraphQL {
class Schema;
}
class BulkOperations;

// The Shopify Admin GraphQL API (2026-10) on 127.0.0.1:
//   POST /admin/api/{version}/graphql.json   (X-Shopify-Access-Token)
//   POST /admin/oauth/access_token           (client credentials grant; tokens expire after 24 h)
// with calculated query cost, a leaky bucket per (app, shop), @idempotent, userErrors and signed webhooks.
class ShopifyEmulator : public EmulatorServer
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // epoch milliseconds
    enum class Plan { Standard, Advanced, Plus, Enterprise };

    static constexpr auto DefaultAccessToken = "shpat_sandbox_static_token";
    static constexpr auto DefaultClientId = "sandbox-client-id";
    static constexpr auto DefaultClientSecret = "sandbox-client-secret";
    static constexpr auto CurrentVersion = "2026-10";

    explicit ShopifyEmulator(const World &world, QObject *parent = nullptr);
    ~ShopifyEmulator() override;

    // Clock for the bucket, token expiry and timestamps (default: the system clock).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // Auth.
    void addAccessToken(const QString &token) { m_staticTokens.insert(token); } // a never-expiring shpat_ token
    QString accessToken() const { return QString::fromLatin1(DefaultAccessToken); }
    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetimeS = seconds; }
    // Access tokens handed out by the client credentials grant so far.
    int tokensIssued() const { return int(m_issued); }
    // What the client-credentials answer and currentAppInstallation.accessScopes report (comma-separated).
    void setScopes(const QString &scopes);
    QString scopes() const { return m_scopes; }

    // Rate limiting: plan presets (restore rate per shopify.md §2.1, bucket = 20 x rate), or explicit numbers.
    void setPlan(Plan plan);
    void setRateLimit(double bucketSize, double restoreRatePerSecond);
    void setThrottleHttpStatus(int status) { m_throttleStatus = status; } // 200 (default) or 429
    double availablePoints() { return m_bucket.available(now()); }
    // What the bucket saw, for benchmarks: GraphQL answers, throttled ones, and points charged (actual cost).
    struct CostStats
    {
        qint64 answered = 0;
        qint64 throttled = 0;
        double pointsCharged = 0;
    };
    CostStats costStats() const { return m_costStats; }
    void setIdempotencyRetentionMs(qint64 ms) { m_idempotency.setRetentionMs(ms); }

    // Webhooks: one subscription per (topic, url); the body is signed with the app secret (default: client secret).
    void setWebhookSubscription(const QUrl &url, const QString &topic);
    void clearWebhookSubscriptions();
    void setAppSecret(const QByteArray &secret) { m_appSecret = secret; }
    QByteArray appSecret() const { return m_appSecret; }
    void setWebhookRetrySchedule(QList<int> delaysMs);
    WebhookDispatcher *webhookDispatcher() const { return m_dispatcher; }
    // Faults for the API and for webhooks ("webhook:<topic>"); use this rather than setFaultInjector().
    void useFaultInjector(std::shared_ptr<FaultInjector> faults);

    QString shopDomain() const { return QString::fromStdString(m_shop.myshopifyDomain); }
    QUrl graphqlUrl(const QString &version = QString::fromLatin1(CurrentVersion)) const;
    QUrl tokenUrl() const;

    // Data access for the traffic generator and tests.
    ShopifyStore &store() { return *m_store; }
    // Places an order (lines by SKU); returns its GID, or an empty string with the reason in *error.
    QString placeOrder(const OrderInput &input, QString *error = nullptr);
    int quantity(
        const QString &sku, const QString &locationKey, const QString &name = QStringLiteral("available")) const;
    QString inventoryItemGid(const QString &sku) const;
    QString locationGid(const QString &locationKey) const;

    static QByteArray hmacBase64(const QByteArray &body, const QByteArray &secret);

Q_SIGNALS:
    void webhookQueued(const QString &topic, const QByteArray &body);

protected:
    HttpResponse handle(const HttpRequest &request) override;
    QString endpointName(const HttpRequest &request) const override;
    HttpResponse serverErrorResponse(const HttpRequest &request, int status) const override;
    HttpResponse rateLimitedResponse(const HttpRequest &request, int retryAfterMs) const override;
    HttpResponse unauthorizedResponse(const HttpRequest &request) const override;

private:
    HttpResponse handleGraphql(const HttpRequest &request, const QString &requestedVersion);
    HttpResponse handleToken(const HttpRequest &request);
    bool authorized(const HttpRequest &request) const;
    static QString servedVersion(const QString &requested);
    GraphQL::Json costExtension(int requested, std::optional<int> actual) const;
    HttpResponse jsonResponse(int status, const GraphQL::Json &body, const QString &version) const;
    void onStoreEvent(const std::string &topic, int order, int variant, int location);

    std::shared_ptr<const GraphQL::Schema> m_schema;
    std::unique_ptr<ShopifyStore> m_store;
    std::unique_ptr<BulkOperations> m_bulk;
    ShopInfo m_shop;
    Clock m_clock;
    LeakyBucket m_bucket;
    IdempotencyStore m_idempotency;
    QSet<QString> m_staticTokens;
    QHash<QString, qint64> m_issuedTokens; // token -> expiry (epoch ms)
    QString m_clientId = QString::fromLatin1(DefaultClientId);
    QString m_clientSecret = QString::fromLatin1(DefaultClientSecret);
    QString m_scopes = QStringLiteral(
        "read_orders,write_orders,read_inventory,write_inventory,read_locations,read_products,write_products,"
        "read_merchant_managed_fulfillment_orders,write_merchant_managed_fulfillment_orders,"
        "read_returns,write_returns,read_customers");
    int m_tokenLifetimeS = 86400;
    int m_throttleStatus = 200;
    CostStats m_costStats;
    qint64 m_issued = 0;
    qint64 m_requestIds = 0;
    qint64 m_webhookIds = 0;
    QByteArray m_appSecret = QByteArray(DefaultClientSecret);
    WebhookDispatcher *m_dispatcher = nullptr;
    // Shopify retries 8 times over 4 hours; compressible for tests via setWebhookRetrySchedule().
    QList<int> m_retrySchedule { 60'000, 120'000, 300'000, 600'000, 1'200'000, 2'400'000, 3'600'000, 4'800'000 };
};

} // namespace Quayside::Sandbox
