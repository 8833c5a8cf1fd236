#include "sandbox/host/sandboxhost.h"

#include "sandbox/host/storeteam.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobapi.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"
#include "sandbox/shopify/shopifystore.h"

#include <QTimer>

namespace Quayside::Sandbox {

SandboxHost::SandboxHost(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_world(World::generate(options.seed))
{ }

SandboxHost::~SandboxHost() = default;

bool SandboxHost::start(QString *error)
{
    m_shopify = std::make_unique<ShopifyEmulator>(m_world);
    m_odoo = std::make_unique<OdooEmulator>(m_world, m_options.odooVersion, m_options.seed);
    m_shipbob = std::make_unique<ShipBobEmulator>(m_world, m_options.seed);
    if (m_options.realisticLatency) {
        LatencyProfile web;
        web.baseMs = 100;
        web.jitterMs = 200;
        m_shopify->setLatencyProfile(web);
        m_shipbob->server()->setLatencyProfile(web);
        m_odoo->setLatencyProfile(m_odoo->realisticLatencyProfile());
    }
    if (!m_shopify->listenLocal() || !m_odoo->listenLocal() || !m_shipbob->listenLocal()) {
        if (error)
            *error = tr("The sandbox could not listen on 127.0.0.1");
        return false;
    }
    if (m_options.productMissingInOdoo) {
        // The newest product of the catalogue: in Shopify already, not yet in Odoo under its SKU.
        m_missingSku = m_world.variants().constLast().sku;
        const int id = m_odoo->productIdBySku(m_missingSku);
        m_odoo->database().write(
            "product.product", { id }, Json { { "default_code", "NEW-NOT-SET-UP" } }, Json::object());
    }
    if (m_options.autoProgressShipments)
        m_shipbob->setAutoProgress(true);
    m_traffic = std::make_unique<TrafficGenerator>(this, m_options.seed);
    m_traffic->setPickupShare(m_options.pickupShare);
    m_traffic->setOrdersPerMinute(m_options.ordersPerMinute);
    for (const WorldLocation &l : m_world.locations())
        if (l.shipbobFulfillmentCenterId == 0 && !m_storeTeam)
            m_storeTeam = new StoreTeam(m_odoo.get(), l.odooWarehouseCode, this);
    if (m_storeTeam && m_options.storeTeamEveryMs > 0)
        m_storeTeam->start(m_options.storeTeamEveryMs);
    if (m_options.payoutEveryMs > 0) {
        m_payouts = new QTimer(this);
        m_payouts->setInterval(int(m_options.payoutEveryMs));
        connect(m_payouts, &QTimer::timeout, this, [this] {
            m_shopify->store().payoutLedger.closePayout(m_shopify->now());
        });
        m_payouts->start();
    }
    return true;
}

QJsonObject SandboxHost::endpoints() const
{
    if (!m_shopify)
        return {};
    const auto odoo = m_odoo->credentials();
    return QJsonObject {
        { QStringLiteral("shopify"),
            QJsonObject { { QStringLiteral("url"), m_shopify->baseUrl().toString() },
                { QStringLiteral("shop"), m_shopify->shopDomain() },
                { QStringLiteral("token"), m_shopify->accessToken() },
                { QStringLiteral("apiVersion"), QString::fromLatin1(ShopifyEmulator::CurrentVersion) } } },
        { QStringLiteral("odoo"),
            QJsonObject { { QStringLiteral("url"), m_odoo->baseUrl().toString() },
                { QStringLiteral("db"), odoo.database },
                { QStringLiteral("user"), odoo.login },
                { QStringLiteral("apiKey"), odoo.apiKey },
                { QStringLiteral("version"), int(m_options.odooVersion) } } },
        { QStringLiteral("shipbob"),
            QJsonObject { { QStringLiteral("url"), m_shipbob->baseUrl().toString() },
                { QStringLiteral("token"), QString::fromLatin1(m_shipbob->token()) },
                { QStringLiteral("channelId"), m_shipbob->channelId() } } },
    };
}

} // namespace Quayside::Sandbox
