#pragma once

#include "core/connectors/common/httpexchange.h"
#include "core/engine/tokenbucket.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Quayside::Connectors {

struct ShopifyConfig
{
    QString shopDomain; // demo.myshopify.com
    QUrl baseUrl; // empty: https://<shopDomain>; the sandbox sets http://127.0.0.1:<port>
    QString apiVersion = QStringLiteral("2026-10");
    QString accessToken; // static shpat_ token, or empty to use client credentials
    QString clientId;
    QString clientSecret; // from the keychain; never logged
    int timeoutMs = 30000;
};

struct ShopifyResult
{
    bool ok = false;
    QJsonObject data;
    ErrorClass errorClass = ErrorClass::Transient;
    QString message;
    qint64 retryAfterMs = -1;
    double requestedCost = 0;
    double actualCost = 0;

    // userErrors of a mutation payload (data.<field>.userErrors), empty when there are none.
    QJsonArray userErrors(const QString &mutationField) const;
};

using ShopifyCallback = std::function<void(ShopifyResult)>;

// Shopify Admin GraphQL client. It keeps a model of the shop's cost bucket (fed by every response's
// extensions.cost) and holds a request back until its estimated cost fits, so it plans ahead instead of
// collecting THROTTLED errors. Client-credentials tokens are fetched and renewed before they expire.
class ShopifyClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopifyClient)

public:
    ShopifyClient(QNetworkAccessManager *network, ShopifyConfig config, QObject *parent = nullptr);

    // `estimatedCost` is what the caller expects the document to request (Shopify's rules: objects 1,
    // connections 2 + first × child, mutations 10); the client corrects its estimate from responses.
    void query(const QString &document, const QJsonObject &variables, double estimatedCost, ShopifyCallback done);
    // One of the product's GraphQL documents (resources/shopify/<name>.graphql, compiled in); empty if unknown.
    static QString document(const QString &name);

    const ShopifyConfig &config() const { return m_config; }
    double availablePoints(qint64 nowMs) { return m_bucket.available(nowMs); }
    double bucketCapacity() const { return m_bucket.capacity(); }
    int throttledResponses() const { return m_throttled; }
    int requestsSent() const { return m_sent; }

    // Turns the answer to request number `seq` into a result and feeds its cost report to the bucket.
    // Public for the fuzz target (fuzz/), which gives it answers without a network.
    ShopifyResult parse(const HttpOutcome &o, double estimatedCost, quint64 seq);

private:
    struct Pending
    {
        QString document;
        QJsonObject variables;
        double cost;
        ShopifyCallback done;
        bool tokenRenewed = false; // sent again once with a new token after a 401
    };
    void pump();
    void send(Pending p);
    void ensureToken(std::function<void(bool ok, QString error)> ready);
    static size_t costKey(const QString &document, const QJsonObject &variables);
    QUrl url(const QString &path) const;

    QNetworkAccessManager *m_network;
    ShopifyConfig m_config;
    TokenBucket m_bucket { 2000, 100 }; // Standard plan until the shop tells us otherwise
    QQueue<Pending> m_queue;
    QTimer m_wait;
    QString m_token;
    qint64 m_tokenExpiresAtMs = 0;
    bool m_fetchingToken = false;
    QList<std::function<void(bool, QString)>> m_tokenWaiters;
    QHash<size_t, double> m_learnedCost; // per costKey: the most Shopify has asked for it
    bool m_bucketKnown = false; // until a response tells us the shop's bucket, one request at a time
    int m_inFlight = 0;
    quint64 m_nextSeq = 0; // requests in the order they were sent
    QMap<quint64, double> m_inFlightBySeq; // cost of each request still waiting for its answer
    quint64 m_lastReportSeq = 0; // the newest request whose cost report has been applied
    int m_throttled = 0;
    int m_sent = 0;
};

} // namespace Quayside::Connectors
