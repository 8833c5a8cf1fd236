#pragma once

#include "core/connectors/shipbob/shipbobinventoryreader.h"
#include "core/engine/stephandler.h"
#include "core/flows/inventory/odoostock.h"
#include "core/flows/inventory/shopifystock.h"
#include "core/flows/schedule.h"

#include <memory>

namespace Quayside {

// The scheduled three-way reconciliation, one chain in partition "inventory:reconcile", each read on its
// own system's lane: reconcile_odoo (free and on-hand per warehouse, and the unconfirmed Shopify orders)
// → reconcile_3pl (ShipBob on-hand per fulfilment centre) → reconcile_shopify (available per location;
// compares, records each mismatch in flow state "inventory_mismatch" / "SKU@location", marks the ones
// that disappeared resolved, and in Correct mode sets Shopify to the expected figure), which schedules the
// next round. A mismatch is any of: Shopify available ≠ Odoo free − unconfirmed − safety stock; ShipBob
// on-hand ≠ Odoo on-hand at a ShipBob-run warehouse; a SKU known to one system but not another; a SKU on
// several Shopify variants or not stocked at a mapped location. Only the Shopify figure is ever corrected:
// Odoo owns stock, and a ShipBob difference needs a person (a count, a receipt not booked).
class ReconcileOdooStep final : public StepHandler
{
public:
    ReconcileOdooStep(Connectors::OdooClient *client, InventorySettings settings, StepEnvironment env);
    void run(const JobRecord &job, StepCallback done) override;

private:
    Connectors::OdooClient *m_client; // shared by the lane's inventory steps
    InventorySettings m_settings;
    StepEnvironment m_env;
    OdooStock m_stock;
};

class ReconcileThreePlStep final : public StepHandler
{
public:
    ReconcileThreePlStep(std::unique_ptr<Connectors::ShipBobInventoryReader> reader, InventorySettings settings);
    void run(const JobRecord &job, StepCallback done) override;

private:
    std::unique_ptr<Connectors::ShipBobInventoryReader> m_reader;
    InventorySettings m_settings;
};

class ReconcileShopifyStep final : public StepHandler
{
public:
    ReconcileShopifyStep(Connectors::ShopifyClient *client,
        InventorySettings settings,
        StepEnvironment env,
        std::function<FlowSchedule()> schedule);
    void run(const JobRecord &job, StepCallback done) override;

private:
    Connectors::ShopifyClient *m_client; // shared by the lane's inventory steps
    InventorySettings m_settings;
    StepEnvironment m_env;
    std::function<FlowSchedule()> m_schedule;
    ShopifyStock m_stock;
};

} // namespace Quayside
