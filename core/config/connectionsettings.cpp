#include "core/config/connectionsettings.h"

#include "core/connectors/common/httpexchange.h"

#include <QSettings>

namespace Quayside {

namespace {
// `missing` when there is no address; the policy's reason (https only, except the local sandbox) otherwise.
void checkUrl(const QUrl &url, const QString &missing, QStringList *problems)
{
    QString why;
    if (url.isEmpty())
        *problems << missing;
    else if (!Connectors::EndpointPolicy::isAllowed(url, &why))
        *problems << why;
}
} // namespace

ConnectionSettings ConnectionSettings::load(const QSettings &s)
{
    ConnectionSettings c;
    c.shopify.shop = s.value(QStringLiteral("shopify/shop")).toString();
    c.shopify.apiVersion = s.value(QStringLiteral("shopify/apiVersion"), c.shopify.apiVersion).toString();
    c.shopify.clientCredentials = s.value(QStringLiteral("shopify/clientCredentials"), false).toBool();
    c.shopify.clientId = s.value(QStringLiteral("shopify/clientId")).toString();
    c.shopify.secretStored = s.value(QStringLiteral("shopify/secretStored"), false).toBool();
    c.odoo.url = QUrl(s.value(QStringLiteral("odoo/url")).toString());
    c.odoo.database = s.value(QStringLiteral("odoo/database")).toString();
    c.odoo.login = s.value(QStringLiteral("odoo/login")).toString();
    c.odoo.apiKeyStored = s.value(QStringLiteral("odoo/apiKeyStored"), false).toBool();
    c.shipbob.url = QUrl(s.value(QStringLiteral("shipbob/url"), c.shipbob.url.toString()).toString());
    c.shipbob.channelId = s.value(QStringLiteral("shipbob/channelId"), 0).toInt();
    c.shipbob.tokenStored = s.value(QStringLiteral("shipbob/tokenStored"), false).toBool();
    return c;
}

void ConnectionSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("shopify/shop"), shopify.shop);
    s.setValue(QStringLiteral("shopify/apiVersion"), shopify.apiVersion);
    s.setValue(QStringLiteral("shopify/clientCredentials"), shopify.clientCredentials);
    s.setValue(QStringLiteral("shopify/clientId"), shopify.clientId);
    s.setValue(QStringLiteral("shopify/secretStored"), shopify.secretStored);
    s.setValue(QStringLiteral("odoo/url"), odoo.url.toString());
    s.setValue(QStringLiteral("odoo/database"), odoo.database);
    s.setValue(QStringLiteral("odoo/login"), odoo.login);
    s.setValue(QStringLiteral("odoo/apiKeyStored"), odoo.apiKeyStored);
    s.setValue(QStringLiteral("shipbob/url"), shipbob.url.toString());
    s.setValue(QStringLiteral("shipbob/channelId"), shipbob.channelId);
    s.setValue(QStringLiteral("shipbob/tokenStored"), shipbob.tokenStored);
    s.sync();
}

QStringList ConnectionSettings::problems(System system, bool secretGiven) const
{
    QStringList out;
    switch (system) {
    case System::Shopify:
        if (!shopify.shop.trimmed().endsWith(QLatin1String(".myshopify.com")))
            out << tr("the shop domain must be the shop's *.myshopify.com address");
        if (shopify.clientCredentials && shopify.clientId.trimmed().isEmpty())
            out << tr("the client ID is missing");
        if (!shopify.secretStored && !secretGiven)
            out << (shopify.clientCredentials ? tr("the client secret is missing") : tr("the access token is missing"));
        break;
    case System::Odoo:
        checkUrl(odoo.url, tr("the Odoo address is missing"), &out);
        if (odoo.database.trimmed().isEmpty())
            out << tr("the database is missing");
        if (odoo.login.trimmed().isEmpty())
            out << tr("the user is missing");
        if (!odoo.apiKeyStored && !secretGiven)
            out << tr("the API key is missing");
        break;
    case System::ShipBob:
        checkUrl(shipbob.url, tr("the ShipBob address is missing"), &out);
        if (shipbob.channelId <= 0)
            out << tr("the channel ID is missing");
        if (!shipbob.tokenStored && !secretGiven)
            out << tr("the token is missing");
        break;
    }
    return out;
}

bool ConnectionSettings::isComplete() const
{
    return problems(System::Shopify).isEmpty() && problems(System::Odoo).isEmpty()
        && problems(System::ShipBob).isEmpty();
}

QuaysideConfig ConnectionSettings::toConfig() const
{
    QuaysideConfig c;
    c.shopify.shop = shopify.shop.trimmed();
    c.shopify.apiVersion = shopify.apiVersion;
    const SecretRef shopifySecret { SecretRef::Kind::Keychain, shopifySecretEntry() };
    if (shopify.clientCredentials) {
        c.shopify.clientId = shopify.clientId.trimmed();
        c.shopify.clientSecret = shopifySecret;
    } else {
        c.shopify.accessToken = shopifySecret;
    }
    c.odoo.url = odoo.url;
    c.odoo.database = odoo.database.trimmed();
    c.odoo.login = odoo.login.trimmed();
    c.odoo.apiKey = { SecretRef::Kind::Keychain, OdooApiKeyEntry };
    c.shipbob.url = shipbob.url;
    c.shipbob.channelId = shipbob.channelId;
    c.shipbob.token = { SecretRef::Kind::Keychain, ShipBobTokenEntry };
    return c;
}

} // namespace Quayside
