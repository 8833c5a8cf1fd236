#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/inventory/inventorysettings.h"
#include "core/flows/schedule.h"

#include <memory>

namespace Quayside {

// The scheduled catalog link (batch, partition "catalog:sync"): catalog_odoo reads every Odoo product
// with an internal reference (id, name, price), catalog_shopify reads every Shopify variant and joins
// them by SKU into flow state "product" / SKU: {shopifyProductId, shopifyVariantId,
// shopifyInventoryItemId, odooProductId} plus the drift it sees: the name and price each side has, which
// side is the system of record for each (settings), and `missingIn` when only one system knows the SKU.
// Differences are written to the side that is not the record (CatalogPlan; catalog_write_* jobs).
class CatalogOdooStep final : public StepHandler
{
public:
    explicit CatalogOdooStep(Connectors::OdooClient *client);
    void run(const JobRecord &job, StepCallback done) override;

private:
    Connectors::OdooClient *m_client; // shared by the lane's inventory steps
};

class CatalogShopifyStep final : public StepHandler
{
public:
    CatalogShopifyStep(
        Connectors::ShopifyClient *client, InventorySettings settings, std::function<FlowSchedule()> schedule);
    void run(const JobRecord &job, StepCallback done) override;

private:
    struct Run;
    void page(std::shared_ptr<Run> run, const QString &after);
    void finish(std::shared_ptr<Run> run);

    Connectors::ShopifyClient *m_client; // shared by the lane's inventory steps
    InventorySettings m_settings;
    std::function<FlowSchedule()> m_schedule;
    QString m_document;
};

} // namespace Quayside
