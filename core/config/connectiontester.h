#pragma once

#include "core/config/connectionsettings.h"
#include "core/connectors/common/httpexchange.h"
#include "core/connectors/odoo/odooclient.h"
#include "core/connectors/shipbob/shipbobclient.h"
#include "core/connectors/shopify/shopifyclient.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace Quayside {

// What a connection test found out, classified so the console can say what to fix.
struct ConnectionCheck
{
    enum class Outcome {
        Ok,
        Incomplete, // settings missing: nothing was sent
        WrongCredentials, // the system answered and refused the token, key or login
        Unreachable, // no answer: address, network, firewall, timeout
        TlsError, // the certificate is not trusted (never ignored)
        MissingScopes, // Shopify: connected, but the app lacks permissions Quayside needs
        NotFound, // reached, but the shop, database or channel named does not exist there
        Refused, // any other answer that is not what Quayside needs
    };
    ConnectionSettings::System system = ConnectionSettings::System::Shopify;
    Outcome outcome = Outcome::Incomplete;
    QString message; // one sentence for the operator; never contains a secret

    QString shopName;
    QStringList grantedScopes;
    QStringList missingScopes;
    QString odooVersion;
    QString odooUser;
    QString channelName;

    bool ok() const { return outcome == Outcome::Ok; }
};

// A Shopify permission Quayside needs, and what for (shown when it is missing).
struct RequiredScope
{
    QString handle;
    const char *usedFor; // translated with ConnectionTester's context
};

// Makes the cheapest real call to each system and classifies the answer. Everything is asynchronous
// (network replies on this object's thread), so it may live on the GUI thread without blocking it.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);

    // Each emits finished() exactly once. Secrets are passed in (from the page or the keychain) and
    // only sent to their own system.
    void testShopify(const Connectors::ShopifyConfig &config);
    void testOdoo(const Connectors::OdooConfig &config);
    void testShipBob(const Connectors::ShipBobConfig &config);

    // The scopes the product's GraphQL documents need (shopify.md §1.2, plus write_products for the
    // catalog's writes); a read_ scope is also granted by its write_ scope.
    static const QList<RequiredScope> &requiredShopifyScopes();
    static QStringList missingScopes(const QStringList &granted);

Q_SIGNALS:
    void finished(const Quayside::ConnectionCheck &check);

private:
    void finish(ConnectionCheck check);
    // The outcome when the request did not get a usable HTTP answer, or was refused; nullopt otherwise.
    std::optional<ConnectionCheck> transportProblem(
        ConnectionSettings::System system, const QUrl &url, const Connectors::HttpOutcome &outcome) const;
    void shopifyQuery(const Connectors::ShopifyConfig &config, const QUrl &base, const QString &token);

    QNetworkAccessManager *m_network;
};

} // namespace Quayside

Q_DECLARE_METATYPE(Quayside::ConnectionCheck)
