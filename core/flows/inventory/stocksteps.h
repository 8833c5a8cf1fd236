#pragma once

#include "core/engine/stephandler.h"
#include "core/flows/inventory/odoostock.h"
#include "core/flows/inventory/shopifystock.h"
#include "core/flows/schedule.h"

#include <memory>

namespace Quayside {

// Odoo → store, every few seconds (lane odoo, recurring): finds the products whose stock changed in
// Odoo (stock.quant write_date since the last poll, one second of overlap because Odoo stamps whole
// seconds) and those whose unconfirmed Shopify order quantity changed since the last poll (an order
// arrived, or Odoo confirmed one), reads their free quantity per mapped warehouse, and hands the figures
// to push_stock. The first poll reads every product. The unconfirmed quantities are read before Odoo's
// figures: an order confirmed in between is then counted twice (a short undersell), never zero times,
// and the next poll sees the changed count and pushes again. A push that held back an order its poll
// had not counted leaves a HoldOverrideKind state, so the SKU is pushed again when that order is confirmed.
class PollOdooStockStep final : public StepHandler
{
public:
    PollOdooStockStep(Connectors::OdooClient *client,
        InventorySettings settings,
        StepEnvironment env,
        std::function<FlowSchedule()> schedule);
    void run(const JobRecord &job, StepCallback done) override;

    static QString cursorName() { return QStringLiteral("odoo:stock.quant:write_date"); }

private:
    Connectors::OdooClient *m_client; // shared by the lane's inventory steps
    InventorySettings m_settings;
    StepEnvironment m_env;
    std::function<FlowSchedule()> m_schedule;
    OdooStock m_stock;
};

// Store → Shopify (lane shopify): sets `available` per SKU and location to
// Odoo free − unconfirmed − safety stock (StockMath), writing only what differs, compare-and-set.
// Unconfirmed is the larger of the poll's figure and today's, so an order that arrived after the poll
// is held back too. Payload: {"items":[{"sku","location","free","unconfirmed"}]}.
class PushStockStep final : public StepHandler
{
public:
    PushStockStep(Connectors::ShopifyClient *client, InventorySettings settings, StepEnvironment env);
    void run(const JobRecord &job, StepCallback done) override;

private:
    Connectors::ShopifyClient *m_client; // shared by the lane's inventory steps
    InventorySettings m_settings;
    StepEnvironment m_env;
    ShopifyStock m_stock;
};

// Today's unconfirmed quantities per SKU, from the order flow's unfinished create_sale_order jobs.
QHash<QString, int> unconfirmedNow(const StepEnvironment &env);

} // namespace Quayside
