#include "core/config/connectiontester.h"

#include "core/flows/odooquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <algorithm>

namespace Quayside {

namespace {
using System = ConnectionSettings::System;
using Outcome = ConnectionCheck::Outcome;

// A test answers within seconds or says the system is unreachable; the flows keep their own timeouts.
constexpr int kTestTimeoutMs = 15000;

ConnectionCheck check(System system, Outcome outcome, QString message)
{
    ConnectionCheck c;
    c.system = system;
    c.outcome = outcome;
    c.message = std::move(message);
    return c;
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ConnectionCheck>();
}

const QList<RequiredScope> &ConnectionTester::requiredShopifyScopes()
{
    static const QList<RequiredScope> scopes {
        { QStringLiteral("read_orders"), QT_TR_NOOP("reading orders and order webhooks") },
        { QStringLiteral("read_products"), QT_TR_NOOP("reading products and variants") },
        { QStringLiteral("write_products"), QT_TR_NOOP("writing product names and prices") },
        { QStringLiteral("read_inventory"), QT_TR_NOOP("reading stock") },
        { QStringLiteral("write_inventory"), QT_TR_NOOP("setting available stock") },
        { QStringLiteral("read_locations"), QT_TR_NOOP("reading locations") },
        { QStringLiteral("read_merchant_managed_fulfillment_orders"), QT_TR_NOOP("reading fulfilment orders") },
        { QStringLiteral("write_merchant_managed_fulfillment_orders"), QT_TR_NOOP("fulfilling orders with tracking") },
        { QStringLiteral("read_returns"), QT_TR_NOOP("reading returns") },
    };
    return scopes;
}

QStringList ConnectionTester::missingScopes(const QStringList &granted)
{
    QStringList missing;
    for (const RequiredScope &scope : requiredShopifyScopes()) {
        QString writeForm = scope.handle;
        if (writeForm.startsWith(QLatin1String("read_")))
            writeForm.replace(0, 5, QStringLiteral("write_"));
        if (!granted.contains(scope.handle) && !granted.contains(writeForm))
            missing << scope.handle;
    }
    return missing;
}

void ConnectionTester::finish(ConnectionCheck c)
{
    // Queued, so a test that fails before sending anything still answers after the caller returned.
    QMetaObject::invokeMethod(
        this, [this, c] { Q_EMIT finished(c); }, Qt::QueuedConnection);
}

std::optional<ConnectionCheck> ConnectionTester::transportProblem(
    System system, const QUrl &url, const Connectors::HttpOutcome &o) const
{
    const QString host = hostOf(url);
    if (o.tlsFailure)
        return check(system,
            Outcome::TlsError,
            tr("The certificate of %1 is not trusted (%2). Quayside never ignores certificate errors: "
               "check the address, or install the certificate authority the server uses.")
                .arg(host, o.errorText));
    if (o.timedOut)
        return check(
            system, Outcome::Unreachable, tr("%1 did not answer within %2 seconds.").arg(host).arg(o.elapsedMs / 1000));
    if (o.status == 0)
        return check(system,
            Outcome::Unreachable,
            tr("%1 cannot be reached (%2). Check the address and the network.").arg(host, o.errorText));
    if (o.status == 401 || o.status == 403)
        return std::nullopt; // each system says in its own words which credential it refused
    if (o.status == 404)
        return check(
            system, Outcome::NotFound, tr("%1 answered \"not found\" (HTTP 404): check the address.").arg(host));
    if (o.status < 200 || o.status >= 300)
        return check(system, Outcome::Refused, tr("%1 answered HTTP %2.").arg(host).arg(o.status));
    return std::nullopt;
}

void ConnectionTester::testShopify(const Connectors::ShopifyConfig &config)
{
    ConnectionSettings settings;
    settings.shopify.shop = config.shopDomain;
    // Client credentials only when some part of them was given; otherwise the token is what is missing.
    settings.shopify.clientCredentials
        = config.accessToken.isEmpty() && !(config.clientId.isEmpty() && config.clientSecret.isEmpty());
    settings.shopify.clientId = config.clientId;
    const bool haveSecret = !(settings.shopify.clientCredentials ? config.clientSecret : config.accessToken).isEmpty();
    const QUrl base
        = config.baseUrl.isEmpty() ? QUrl(QStringLiteral("https://") + config.shopDomain.trimmed()) : config.baseUrl;
    QStringList problems = settings.problems(System::Shopify, haveSecret);
    QString why;
    if (problems.isEmpty() && !Connectors::EndpointPolicy::isAllowed(base, &why))
        problems << why;
    if (!problems.isEmpty()) {
        finish(
            check(System::Shopify, Outcome::Incomplete, tr("Not tested: %1.").arg(problems.join(QLatin1String("; ")))));
        return;
    }
    if (!config.accessToken.isEmpty()) {
        shopifyQuery(config, base, config.accessToken);
        return;
    }
    Connectors::HttpRequestSpec spec;
    spec.url = base.resolved(QUrl(QStringLiteral("/admin/oauth/access_token")));
    spec.headers = { { "Content-Type", "application/json" }, { "Accept", "application/json" } };
    spec.body = QJsonDocument(QJsonObject { { QStringLiteral("client_id"), config.clientId },
                                  { QStringLiteral("client_secret"), config.clientSecret },
                                  { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } })
                    .toJson(QJsonDocument::Compact);
    spec.timeoutMs = std::min(config.timeoutMs, kTestTimeoutMs);
    Connectors::sendHttp(m_network, spec, this, [this, config, base, url = spec.url](Connectors::HttpOutcome o) {
        if (o.status == 400 || o.status == 401) {
            finish(check(System::Shopify,
                Outcome::WrongCredentials,
                tr("Shopify refused the client ID or client secret of %1.").arg(config.shopDomain)));
            return;
        }
        if (auto problem = transportProblem(System::Shopify, url, o)) {
            finish(*problem);
            return;
        }
        const QString token = jsonObject(o.body).value(QStringLiteral("access_token")).toString();
        if (token.isEmpty()) {
            finish(check(System::Shopify, Outcome::Refused, tr("Shopify's answer carried no access token.")));
            return;
        }
        shopifyQuery(config, base, token);
    });
}

void ConnectionTester::shopifyQuery(const Connectors::ShopifyConfig &config, const QUrl &base, const QString &token)
{
    Connectors::HttpRequestSpec spec;
    spec.url = base.resolved(QUrl(QStringLiteral("/admin/api/%1/graphql.json").arg(config.apiVersion)));
    spec.headers = { { "Content-Type", "application/json" },
        { "Accept", "application/json" },
        { "X-Shopify-Access-Token", token.toUtf8() } };
    spec.body = QJsonDocument(QJsonObject { { QStringLiteral("query"),
                                  Connectors::ShopifyClient::document(QStringLiteral("connection_check")) } })
                    .toJson(QJsonDocument::Compact);
    spec.timeoutMs = std::min(config.timeoutMs, kTestTimeoutMs);
    Connectors::sendHttp(m_network, spec, this, [this, config, url = spec.url](Connectors::HttpOutcome o) {
        if (o.status == 401 || o.status == 403) {
            finish(check(System::Shopify,
                Outcome::WrongCredentials,
                config.accessToken.isEmpty()
                    ? tr("Shopify did not accept the token it issued for this client ID.")
                    : tr("Shopify refused the access token for %1: check that it belongs to this shop and "
                         "was not revoked.")
                          .arg(config.shopDomain)));
            return;
        }
        if (auto problem = transportProblem(System::Shopify, url, o)) {
            finish(*problem);
            return;
        }
        const QJsonObject body = jsonObject(o.body);
        const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
        const QJsonObject data = body.value(QStringLiteral("data")).toObject();
        if (!errors.isEmpty() || data.isEmpty()) {
            const QString first = errors.isEmpty()
                ? tr("no data")
                : errors.first().toObject().value(QStringLiteral("message")).toString();
            finish(check(System::Shopify, Outcome::Refused, tr("Shopify answered with an error: %1").arg(first)));
            return;
        }
        ConnectionCheck c = check(System::Shopify, Outcome::Ok, QString());
        c.shopName = data.value(QStringLiteral("shop")).toObject().value(QStringLiteral("name")).toString();
        const QJsonArray scopes = data.value(QStringLiteral("currentAppInstallation"))
                                      .toObject()
                                      .value(QStringLiteral("accessScopes"))
                                      .toArray();
        for (const QJsonValue &s : scopes)
            c.grantedScopes << s.toObject().value(QStringLiteral("handle")).toString();
        c.missingScopes = missingScopes(c.grantedScopes);
        if (c.missingScopes.isEmpty()) {
            c.message
                = tr("Connected to the shop \"%1\"; the app has every permission Quayside needs.").arg(c.shopName);
        } else {
            c.outcome = Outcome::MissingScopes;
            QStringList named;
            for (const QString &handle : std::as_const(c.missingScopes)) {
                const auto &required = requiredShopifyScopes();
                const auto it = std::find_if(
                    required.begin(), required.end(), [&](const RequiredScope &r) { return r.handle == handle; });
                named << (it == required.end() ? handle : tr("%1 (%2)").arg(handle, tr(it->usedFor)));
            }
            c.message = tr("Connected to the shop \"%1\", but the app lacks these permissions: %2. Add them to "
                           "the app's access scopes in Shopify and install it again.")
                            .arg(c.shopName, named.join(QLatin1String(", ")));
        }
        finish(c);
    });
}

void ConnectionTester::testOdoo(const Connectors::OdooConfig &config)
{
    ConnectionSettings settings;
    settings.odoo.url = config.baseUrl;
    settings.odoo.database = config.database;
    settings.odoo.login = config.login;
    const QStringList problems = settings.problems(System::Odoo, !config.apiKey.isEmpty());
    if (!problems.isEmpty()) {
        finish(check(System::Odoo, Outcome::Incomplete, tr("Not tested: %1.").arg(problems.join(QLatin1String("; ")))));
        return;
    }
    // First the server alone, so an unreachable host or an untrusted certificate is named as such
    // before any credential is sent.
    Connectors::HttpRequestSpec spec;
    spec.url = config.baseUrl.resolved(QUrl(QStringLiteral("/jsonrpc")));
    spec.headers = { { "Content-Type", "application/json" } };
    spec.body = QJsonDocument(QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                                  { QStringLiteral("method"), QStringLiteral("call") },
                                  { QStringLiteral("id"), 1 },
                                  { QStringLiteral("params"),
                                      QJsonObject { { QStringLiteral("service"), QStringLiteral("common") },
                                          { QStringLiteral("method"), QStringLiteral("version") },
                                          { QStringLiteral("args"), QJsonArray() } } } })
                    .toJson(QJsonDocument::Compact);
    spec.timeoutMs = std::min(config.timeoutMs, kTestTimeoutMs);
    Connectors::sendHttp(m_network, spec, this, [this, config, url = spec.url](Connectors::HttpOutcome o) {
        if (auto problem = transportProblem(System::Odoo, url, o)) {
            finish(*problem);
            return;
        }
        const QString version = jsonObject(o.body)
                                    .value(QStringLiteral("result"))
                                    .toObject()
                                    .value(QStringLiteral("server_version"))
                                    .toString();
        if (o.status != 200 || version.isEmpty()) {
            finish(check(System::Odoo,
                Outcome::Refused,
                tr("%1 does not answer like an Odoo server (HTTP %2).").arg(hostOf(url)).arg(o.status)));
            return;
        }
        Connectors::OdooConfig clientConfig = config;
        clientConfig.timeoutMs = std::min(config.timeoutMs, kTestTimeoutMs);
        auto *client = new Connectors::OdooClient(m_network, clientConfig, this);
        const auto failed = [this, client, config](const Connectors::OdooResult &r) {
            client->deleteLater();
            finish(check(System::Odoo,
                r.errorClass == ErrorClass::Auth ? Outcome::WrongCredentials : Outcome::Refused,
                r.errorClass == ErrorClass::Auth ? tr("Odoo refused the user %1 with this API key on database %2.")
                                                       .arg(config.login, config.database)
                                                 : tr("Odoo answered: %1").arg(r.message)));
        };
        client->connectToServer([this, client, config, version, failed](Connectors::OdooResult r) {
            if (!r.ok) {
                failed(r);
                return;
            }
            const QJsonObject kwargs {
                { QStringLiteral("domain"),
                    OdooQuery::domain(
                        { OdooQuery::term(QStringLiteral("login"), QStringLiteral("="), config.login) }) },
                { QStringLiteral("fields"), QJsonArray { QStringLiteral("name") } },
                { QStringLiteral("limit"), 1 },
            };
            client->call(QStringLiteral("res.users"),
                QStringLiteral("search_read"),
                {},
                kwargs,
                [this, client, config, version, failed](Connectors::OdooResult users) {
                    if (!users.ok) {
                        failed(users);
                        return;
                    }
                    client->deleteLater();
                    ConnectionCheck c = check(System::Odoo, Outcome::Ok, QString());
                    c.odooVersion = version;
                    c.odooUser = users.value.toArray().first().toObject().value(QStringLiteral("name")).toString();
                    if (c.odooUser.isEmpty())
                        c.odooUser = config.login;
                    c.message = tr("Connected to Odoo %1, database %2, as %3.")
                                    .arg(c.odooVersion, config.database, c.odooUser);
                    finish(c);
                });
        });
    });
}

void ConnectionTester::testShipBob(const Connectors::ShipBobConfig &config)
{
    ConnectionSettings settings;
    settings.shipbob.url = config.baseUrl;
    settings.shipbob.channelId = config.channelId;
    const QStringList problems = settings.problems(System::ShipBob, !config.token.isEmpty());
    if (!problems.isEmpty()) {
        finish(
            check(System::ShipBob, Outcome::Incomplete, tr("Not tested: %1.").arg(problems.join(QLatin1String("; ")))));
        return;
    }
    Connectors::HttpRequestSpec spec;
    spec.verb = "GET";
    spec.url = config.baseUrl.resolved(QUrl(QStringLiteral("/%1/channel").arg(config.apiVersion)));
    spec.headers = { { "Authorization", "Bearer " + config.token.toUtf8() }, { "Accept", "application/json" } };
    spec.timeoutMs = std::min(config.timeoutMs, kTestTimeoutMs);
    Connectors::sendHttp(m_network, spec, this, [this, config, url = spec.url](Connectors::HttpOutcome o) {
        if (o.status == 401 || o.status == 403) {
            finish(check(System::ShipBob,
                Outcome::WrongCredentials,
                tr("ShipBob refused the token: check that it is a current Personal Access Token.")));
            return;
        }
        if (auto problem = transportProblem(System::ShipBob, url, o)) {
            finish(*problem);
            return;
        }
        // 2026-01 pages its lists ({"items": [...]}); older versions answered a bare array.
        const QJsonDocument doc = QJsonDocument::fromJson(o.body);
        const QJsonArray channels = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("items")).toArray();
        QStringList known;
        for (const QJsonValue &v : channels) {
            const QJsonObject channel = v.toObject();
            const int id = channel.value(QStringLiteral("id")).toInt();
            const QString name = channel.value(QStringLiteral("name")).toString();
            if (id == config.channelId) {
                ConnectionCheck c = check(System::ShipBob, Outcome::Ok, QString());
                c.channelName = name;
                c.message = tr("Connected to ShipBob; orders go to the channel \"%1\" (%2).").arg(name).arg(id);
                finish(c);
                return;
            }
            known << QStringLiteral("%1 (%2)").arg(name).arg(id);
        }
        finish(check(System::ShipBob,
            Outcome::NotFound,
            known.isEmpty() ? tr("The token works, but it has no channel %1.").arg(config.channelId)
                            : tr("The token works, but it has no channel %1; its channels are: %2.")
                                  .arg(config.channelId)
                                  .arg(known.join(QLatin1String(", ")))));
    });
}

} // namespace Quayside
