#include "core/config/quaysideconfig.h"

#include "core/connectors/common/httpexchange.h"
#include "core/flows/connections.h"
#include "core/flows/fulfilment/routingrules.h"
#include "core/flows/inventory/inventorysettings.h"
#include "core/flows/settlement/settlementsettings.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Quayside {

namespace {
// Unknown keys are errors: a misspelt "schedules" silently running the defaults is worse than a refusal.
bool onlyKnownKeys(const QJsonObject &o, const QSet<QString> &known, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            QStringList names(known.begin(), known.end());
            names.sort();
            *error = QStringLiteral("%1: unknown setting \"%2\" (known: %3)")
                         .arg(where.isEmpty() ? QStringLiteral("top level") : where,
                             it.key(),
                             names.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

bool requireText(const QJsonObject &o, const QString &key, const QString &where, QString *out, QString *error)
{
    *out = o.value(key).toString().trimmed();
    if (out->isEmpty()) {
        *error = QStringLiteral("%1.%2 is required").arg(where, key);
        return false;
    }
    return true;
}

bool endpoint(const QString &text, const QString &where, QUrl *out, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("%1: \"%2\" is not a URL").arg(where, text);
        return false;
    }
    QString why;
    if (!Connectors::EndpointPolicy::isAllowed(url, &why)) {
        *error = QStringLiteral("%1: %2").arg(where, why);
        return false;
    }
    *out = url;
    return true;
}

bool readSecret(const SecretRef &ref, const QString &where, QString *out, QString *error)
{
    QString why;
    const auto value = SecretStore::read(ref, &why);
    if (!value) {
        *error = QStringLiteral("%1: %2").arg(where, why);
        return false;
    }
    *out = *value;
    return true;
}
} // namespace

std::optional<QuaysideConfig> QuaysideConfig::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the configuration file %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("The configuration file %1 is not a JSON object (%2 at offset %3)")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    QString why;
    auto config = fromJson(doc.object(), &why);
    if (!config)
        *error = QStringLiteral("The configuration file %1: %2").arg(path, why);
    return config;
}

std::optional<QuaysideConfig> QuaysideConfig::fromJson(const QJsonObject &json, QString *error)
{
    QuaysideConfig c;
    if (!onlyKnownKeys(json,
            { QStringLiteral("version"),
                QStringLiteral("database"),
                QStringLiteral("dataDir"),
                QStringLiteral("shopify"),
                QStringLiteral("odoo"),
                QStringLiteral("shipbob"),
                QStringLiteral("schedules"),
                QStringLiteral("routing"),
                QStringLiteral("inventory"),
                QStringLiteral("settlement"),
                QStringLiteral("webhooks"),
                QStringLiteral("retention") },
            {},
            error))
        return std::nullopt;
    if (json.value(QStringLiteral("version")).toInt(1) != 1) {
        *error = QStringLiteral("version %1 is not understood by this Quayside (it reads version 1)")
                     .arg(json.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    c.database = json.value(QStringLiteral("database")).toString();
    c.dataDir = json.value(QStringLiteral("dataDir")).toString();

    const QJsonObject shopify = json.value(QStringLiteral("shopify")).toObject();
    if (!onlyKnownKeys(shopify,
            { QStringLiteral("shop"),
                QStringLiteral("url"),
                QStringLiteral("apiVersion"),
                QStringLiteral("accessToken"),
                QStringLiteral("clientId"),
                QStringLiteral("clientSecret") },
            QStringLiteral("shopify"),
            error)
        || !requireText(shopify, QStringLiteral("shop"), QStringLiteral("shopify"), &c.shopify.shop, error))
        return std::nullopt;
    const QString shopUrl = shopify.value(QStringLiteral("url")).toString(QStringLiteral("https://") + c.shopify.shop);
    if (!endpoint(shopUrl, QStringLiteral("shopify.url"), &c.shopify.url, error))
        return std::nullopt;
    c.shopify.apiVersion = shopify.value(QStringLiteral("apiVersion")).toString(c.shopify.apiVersion);
    c.shopify.clientId = shopify.value(QStringLiteral("clientId")).toString();
    if (shopify.contains(QStringLiteral("accessToken"))) {
        c.shopify.accessToken = SecretRef::fromJson(
            shopify.value(QStringLiteral("accessToken")), QStringLiteral("shopify.accessToken"), error);
        if (!c.shopify.accessToken)
            return std::nullopt;
    }
    if (shopify.contains(QStringLiteral("clientSecret"))) {
        c.shopify.clientSecret = SecretRef::fromJson(
            shopify.value(QStringLiteral("clientSecret")), QStringLiteral("shopify.clientSecret"), error);
        if (!c.shopify.clientSecret)
            return std::nullopt;
    }
    if (!c.shopify.accessToken && !(c.shopify.clientSecret && !c.shopify.clientId.isEmpty())) {
        *error = QStringLiteral("shopify needs either accessToken, or clientId with clientSecret");
        return std::nullopt;
    }

    const QJsonObject odoo = json.value(QStringLiteral("odoo")).toObject();
    QString odooUrl;
    if (!onlyKnownKeys(odoo,
            { QStringLiteral("url"),
                QStringLiteral("database"),
                QStringLiteral("login"),
                QStringLiteral("apiKey"),
                QStringLiteral("maxConcurrent") },
            QStringLiteral("odoo"),
            error)
        || !requireText(odoo, QStringLiteral("url"), QStringLiteral("odoo"), &odooUrl, error)
        || !endpoint(odooUrl, QStringLiteral("odoo.url"), &c.odoo.url, error)
        || !requireText(odoo, QStringLiteral("database"), QStringLiteral("odoo"), &c.odoo.database, error)
        || !requireText(odoo, QStringLiteral("login"), QStringLiteral("odoo"), &c.odoo.login, error))
        return std::nullopt;
    const auto apiKey = SecretRef::fromJson(odoo.value(QStringLiteral("apiKey")), QStringLiteral("odoo.apiKey"), error);
    if (!apiKey)
        return std::nullopt;
    c.odoo.apiKey = *apiKey;
    c.odoo.maxConcurrent = odoo.value(QStringLiteral("maxConcurrent")).toInt(c.odoo.maxConcurrent);
    if (c.odoo.maxConcurrent < 1 || c.odoo.maxConcurrent > 32) {
        *error = QStringLiteral("odoo.maxConcurrent must be between 1 and 32");
        return std::nullopt;
    }

    const QJsonObject shipbob = json.value(QStringLiteral("shipbob")).toObject();
    if (!onlyKnownKeys(shipbob,
            { QStringLiteral("url"),
                QStringLiteral("channelId"),
                QStringLiteral("token"),
                QStringLiteral("requestsPerMinute") },
            QStringLiteral("shipbob"),
            error)
        || !endpoint(shipbob.value(QStringLiteral("url")).toString(c.shipbob.url.toString()),
            QStringLiteral("shipbob.url"),
            &c.shipbob.url,
            error))
        return std::nullopt;
    c.shipbob.channelId = shipbob.value(QStringLiteral("channelId")).toInt();
    if (c.shipbob.channelId <= 0) {
        *error = QStringLiteral("shipbob.channelId is required (GET /2026-01/channel lists yours)");
        return std::nullopt;
    }
    c.shipbob.requestsPerMinute = shipbob.value(QStringLiteral("requestsPerMinute")).toInt(c.shipbob.requestsPerMinute);
    if (c.shipbob.requestsPerMinute < 1) {
        *error = QStringLiteral("shipbob.requestsPerMinute must be at least 1");
        return std::nullopt;
    }
    const auto token
        = SecretRef::fromJson(shipbob.value(QStringLiteral("token")), QStringLiteral("shipbob.token"), error);
    if (!token)
        return std::nullopt;
    c.shipbob.token = *token;

    if (json.contains(QStringLiteral("webhooks"))) {
        const QJsonObject webhooks = json.value(QStringLiteral("webhooks")).toObject();
        if (!onlyKnownKeys(webhooks,
                { QStringLiteral("listen"),
                    QStringLiteral("port"),
                    QStringLiteral("callbackUrl"),
                    QStringLiteral("secret"),
                    QStringLiteral("shipbobSecret") },
                QStringLiteral("webhooks"),
                error))
            return std::nullopt;
        c.webhooks.enabled = true;
        c.webhooks.listen = webhooks.value(QStringLiteral("listen")).toString(c.webhooks.listen);
        if (QHostAddress(c.webhooks.listen).isNull()) {
            *error = QStringLiteral("webhooks.listen: \"%1\" is not an IP address").arg(c.webhooks.listen);
            return std::nullopt;
        }
        const int port = webhooks.value(QStringLiteral("port")).toInt();
        if (port < 1 || port > 65535) {
            *error = QStringLiteral("webhooks.port is required (1-65535)");
            return std::nullopt;
        }
        c.webhooks.port = quint16(port);
        if (webhooks.contains(QStringLiteral("callbackUrl"))
            && !endpoint(webhooks.value(QStringLiteral("callbackUrl")).toString(),
                QStringLiteral("webhooks.callbackUrl"),
                &c.webhooks.callbackUrl,
                error))
            return std::nullopt;
        if (webhooks.contains(QStringLiteral("secret"))) {
            c.webhooks.secret = SecretRef::fromJson(
                webhooks.value(QStringLiteral("secret")), QStringLiteral("webhooks.secret"), error);
            if (!c.webhooks.secret)
                return std::nullopt;
        } else if (!c.shopify.clientSecret) {
            *error
                = QStringLiteral("webhooks need the secret that signs them: webhooks.secret, or shopify.clientSecret");
            return std::nullopt;
        }
        if (webhooks.contains(QStringLiteral("shipbobSecret"))) {
            c.webhooks.shipbobSecret = SecretRef::fromJson(
                webhooks.value(QStringLiteral("shipbobSecret")), QStringLiteral("webhooks.shipbobSecret"), error);
            if (!c.webhooks.shipbobSecret)
                return std::nullopt;
        }
    }

    const QJsonObject retention = json.value(QStringLiteral("retention")).toObject();
    if (!onlyKnownKeys(retention, { QStringLiteral("payloadDays") }, QStringLiteral("retention"), error))
        return std::nullopt;
    c.payloadRetentionDays = retention.value(QStringLiteral("payloadDays")).toInt(c.payloadRetentionDays);
    if (c.payloadRetentionDays < 0) {
        *error = QStringLiteral("retention.payloadDays must be 0 (keep) or a number of days");
        return std::nullopt;
    }

    const QJsonObject schedules = json.value(QStringLiteral("schedules")).toObject();
    const QStringList &flows = FlowSchedule::flowNames();
    if (!onlyKnownKeys(schedules, QSet<QString>(flows.begin(), flows.end()), QStringLiteral("schedules"), error))
        return std::nullopt;
    for (auto it = schedules.begin(); it != schedules.end(); ++it) {
        QString why;
        const auto s = FlowSchedule::fromJson(it.value().toObject(), &why);
        if (!s) {
            *error = QStringLiteral("schedules.%1: %2").arg(it.key(), why);
            return std::nullopt;
        }
        c.schedules.insert(it.key(), *s);
    }
    // The flows read their own sections; a mistake in one stops the start here, named, rather than
    // running on defaults the operator did not choose.
    if (json.contains(QStringLiteral("routing"))) {
        QString why;
        RoutingRules::fromJson(json.value(QStringLiteral("routing")).toObject(), &why);
        if (!why.isEmpty() || !json.value(QStringLiteral("routing")).isObject()) {
            *error = why.isEmpty() ? QStringLiteral("routing must be an object") : why;
            return std::nullopt;
        }
        c.flowSettings.insert(QStringLiteral("routing"), json.value(QStringLiteral("routing")));
    }
    if (json.contains(QStringLiteral("inventory"))) {
        QString why;
        InventorySettings::fromJson(json.value(QStringLiteral("inventory")).toObject(), &why);
        if (!why.isEmpty() || !json.value(QStringLiteral("inventory")).isObject()) {
            *error = QStringLiteral("inventory: %1").arg(why.isEmpty() ? QStringLiteral("must be an object") : why);
            return std::nullopt;
        }
        c.flowSettings.insert(QStringLiteral("inventory"), json.value(QStringLiteral("inventory")));
    }
    if (json.contains(QStringLiteral("settlement"))) {
        QString why;
        SettlementSettings::fromJson(json.value(QStringLiteral("settlement")).toObject(), &why);
        if (!why.isEmpty() || !json.value(QStringLiteral("settlement")).isObject()) {
            *error = QStringLiteral("settlement: %1").arg(why.isEmpty() ? QStringLiteral("must be an object") : why);
            return std::nullopt;
        }
        c.flowSettings.insert(QStringLiteral("settlement"), json.value(QStringLiteral("settlement")));
    }
    return c;
}

std::optional<Connections> QuaysideConfig::connections(QString *error) const
{
    Connections c;
    c.shopify.shopDomain = shopify.shop;
    c.shopify.baseUrl = shopify.url;
    c.shopify.apiVersion = shopify.apiVersion;
    c.shopify.clientId = shopify.clientId;
    if (shopify.accessToken
        && !readSecret(*shopify.accessToken, QStringLiteral("shopify.accessToken"), &c.shopify.accessToken, error))
        return std::nullopt;
    if (shopify.clientSecret
        && !readSecret(*shopify.clientSecret, QStringLiteral("shopify.clientSecret"), &c.shopify.clientSecret, error))
        return std::nullopt;
    c.odoo.baseUrl = odoo.url;
    c.odoo.database = odoo.database;
    c.odoo.login = odoo.login;
    c.odoo.maxConcurrent = odoo.maxConcurrent;
    if (!readSecret(odoo.apiKey, QStringLiteral("odoo.apiKey"), &c.odoo.apiKey, error))
        return std::nullopt;
    c.shipbobUrl = shipbob.url;
    c.shipbobChannelId = shipbob.channelId;
    c.shipbobRequestsPerMinute = shipbob.requestsPerMinute;
    if (!readSecret(shipbob.token, QStringLiteral("shipbob.token"), &c.shipbobToken, error))
        return std::nullopt;
    if (webhooks.enabled)
        c.shopifyWebhookCallback = webhooks.callbackUrl;
    return c;
}

std::optional<QByteArray> QuaysideConfig::webhookSecret(QString *error) const
{
    const bool own = webhooks.secret.has_value();
    if (!own && !shopify.clientSecret) {
        *error = QStringLiteral("webhooks need the secret that signs them: webhooks.secret, or shopify.clientSecret");
        return std::nullopt;
    }
    QString value;
    if (!readSecret(own ? *webhooks.secret : *shopify.clientSecret,
            own ? QStringLiteral("webhooks.secret") : QStringLiteral("shopify.clientSecret"),
            &value,
            error))
        return std::nullopt;
    return value.toUtf8();
}

std::optional<QByteArray> QuaysideConfig::shipbobWebhookSecret(QString *error) const
{
    if (!webhooks.shipbobSecret)
        return QByteArray();
    QString value;
    if (!readSecret(*webhooks.shipbobSecret, QStringLiteral("webhooks.shipbobSecret"), &value, error))
        return std::nullopt;
    return value.toUtf8();
}

} // namespace Quayside
