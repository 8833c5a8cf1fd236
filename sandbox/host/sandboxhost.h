#pragma once

#include "sandbox/common/world.h"
#include "sandbox/odoo/odootypes.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

class QTimer;

namespace Quayside::Sandbox {

class OdooEmulator;
class ShipBobEmulator;
class ShopifyEmulator;
class StoreTeam;
class TrafficGenerator;

struct SandboxOptions
{
    quint64 seed = 42;
    bool realisticLatency = false; // Odoo's measured per-call costs, 100–300 ms Shopify/ShipBob round trips
    OdooVersion odooVersion = OdooVersion::V18;
    double ordersPerMinute = 0; // generated shoppers; 0 = none
    bool autoProgressShipments = true; // ShipBob's floor picks, packs and ships by itself
    // A product on sale in Shopify that nobody has created in Odoo yet: its orders go to the exception
    // queue ("unknown SKU"), as they do in real shops. The demo shows it; tests choose.
    bool productMissingInOdoo = false;
    // Shopify Payments pays out what is pending this often (Shopify: daily); 0 = only when a test closes one.
    qint64 payoutEveryMs = 0;
    // Of the orders placed at the retailer's own location, the share its buyers collect (local pickup).
    double pickupShare = 0;
    // The retailer's own warehouse team picks and validates its deliveries in Odoo this often; 0 = tests do it.
    int storeTeamEveryMs = 0;
};

// One seeded world served by the three emulators on 127.0.0.1. Lives on one thread: the emulators'
// state is touched only there.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxHost() override;

    bool start(QString *error);
    // What a client needs: {"shopify":{url,shop,token,apiVersion},"odoo":{url,db,user,apiKey,version},
    // "shipbob":{url,token,channelId}}. The sandbox's own credentials, not a user's secrets.
    QJsonObject endpoints() const;

    const World &world() const { return m_world; }
    // The SKU Odoo does not know when productMissingInOdoo is on, else empty.
    QString missingSku() const { return m_missingSku; }
    ShopifyEmulator *shopify() const { return m_shopify.get(); }
    OdooEmulator *odoo() const { return m_odoo.get(); }
    ShipBobEmulator *shipbob() const { return m_shipbob.get(); }
    TrafficGenerator *traffic() const { return m_traffic.get(); }
    StoreTeam *storeTeam() const { return m_storeTeam; }

private:
    SandboxOptions m_options;
    World m_world;
    std::unique_ptr<ShopifyEmulator> m_shopify;
    std::unique_ptr<OdooEmulator> m_odoo;
    std::unique_ptr<ShipBobEmulator> m_shipbob;
    std::unique_ptr<TrafficGenerator> m_traffic;
    QTimer *m_payouts = nullptr;
    StoreTeam *m_storeTeam = nullptr;
    QString m_missingSku;
};

} // namespace Quayside::Sandbox
