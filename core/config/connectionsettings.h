#pragma once

#include "core/config/quaysideconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QSettings;

namespace Quayside {

// The connections the console's Connections page edits. Only what is not secret is kept here (and in
// QSettings); each secret lives in the OS keychain under a fixed entry, and only whether it was stored
// is remembered, so the page can say so without asking the keychain.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(Quayside::ConnectionSettings)

public:
    enum class System { Shopify, Odoo, ShipBob };

    struct Shopify
    {
        QString shop; // demo.myshopify.com
        QString apiVersion = QStringLiteral("2026-10");
        bool clientCredentials = false; // false: a static Admin API token
        QString clientId;
        bool secretStored = false; // the token or the client secret, whichever the mode uses
    } shopify;

    struct Odoo
    {
        QUrl url;
        QString database;
        QString login;
        bool apiKeyStored = false;
    } odoo;

    struct ShipBob
    {
        QUrl url = QUrl(QStringLiteral("https://api.shipbob.com"));
        int channelId = 0;
        bool tokenStored = false;
    } shipbob;

    // The keychain entries (service "Quayside"); `quayside --store-secret ENTRY` writes the same ones.
    static inline const QString ShopifyTokenEntry = QStringLiteral("shopify-access-token");
    static inline const QString ShopifyClientSecretEntry = QStringLiteral("shopify-client-secret");
    static inline const QString OdooApiKeyEntry = QStringLiteral("odoo-api-key");
    static inline const QString ShipBobTokenEntry = QStringLiteral("shipbob-token");
    QString shopifySecretEntry() const
    {
        return shopify.clientCredentials ? ShopifyClientSecretEntry : ShopifyTokenEntry;
    }

    static ConnectionSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // What is missing or wrong before `system` can be tested or used; empty when nothing is.
    // `secretGiven`: a secret was typed but not stored yet.
    QStringList problems(System system, bool secretGiven = false) const;
    // All three systems filled in and their secrets stored: the console can run on them.
    bool isComplete() const;
    // The same systems as a configuration whose secrets are named keychain entries.
    QuaysideConfig toConfig() const;
};

} // namespace Quayside
