#pragma once

#include "core/flows/schedule.h"
#include "core/security/secretstore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Quayside {

struct Connections;

// The configuration file of `quayside --headless --config FILE` (docs/configuration.md): where the three
// systems are, how often each flow runs, the flows' own settings. It names secrets, never holds them.
struct QuaysideConfig
{
    QString database; // SQLite path or postgresql:// URL; empty: the default store in the data folder
    QString dataDir;

    struct Shopify
    {
        QString shop; // demo.myshopify.com
        QUrl url; // empty: https://<shop>
        QString apiVersion = QStringLiteral("2026-10");
        QString clientId; // with clientSecret: client-credentials tokens
        std::optional<SecretRef> accessToken;
        std::optional<SecretRef> clientSecret;
    } shopify;

    struct Odoo
    {
        QUrl url;
        QString database;
        QString login;
        SecretRef apiKey;
        int maxConcurrent = 4;
    } odoo;

    struct ShipBob
    {
        QUrl url = QUrl(QStringLiteral("https://api.shipbob.com"));
        int channelId = 0;
        SecretRef token;
        int requestsPerMinute = 150; // ShipBob's default window; some accounts have more by arrangement
    } shipbob;

    // The optional webhook receiver (an accelerator: the polls keep running).
    struct Webhooks
    {
        bool enabled = false; // the section is present
        QString listen = QStringLiteral("127.0.0.1"); // another address only if the user chooses so
        quint16 port = 0;
        QUrl callbackUrl; // what Shopify is told to call (a tunnel to listen:port); empty: subscribe by hand
        std::optional<SecretRef> secret; // default: shopify.clientSecret, which signs deliveries
        std::optional<SecretRef> shipbobSecret; // set: ShipBob's deliveries are received too
    } webhooks;

    int payloadRetentionDays = 90; // "retention": {"payloadDays"}; 0 keeps customer data forever
    QHash<QString, FlowSchedule> schedules; // only the flows the file names
    QJsonObject flowSettings; // "routing", "inventory", "settlement": handed to the flows as they are

    static std::optional<QuaysideConfig> load(const QString &path, QString *error);
    static std::optional<QuaysideConfig> fromJson(const QJsonObject &json, QString *error);

    // Reads every named secret. Errors name the setting and the secret's place, never a value.
    std::optional<Connections> connections(QString *error) const;
    // The secret that signs Shopify's deliveries (webhooks.secret, else shopify.clientSecret).
    std::optional<QByteArray> webhookSecret(QString *error) const;
    // The secret of the ShipBob webhook subscription (webhooks.shipbobSecret); empty when not set.
    std::optional<QByteArray> shipbobWebhookSecret(QString *error) const;
};

} // namespace Quayside
