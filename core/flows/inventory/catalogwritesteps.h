#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/inventory/catalogplan.h"

#include <memory>

namespace Quayside {

// catalog_write_shopify: the titles and variant prices a CatalogPlan sets in Shopify. The values are
// absolute, so a repeated job writes the same again. What Shopify refuses is collected and, once the
// others are written, becomes one business exception naming the SKUs.
class CatalogWriteShopifyStep final : public StepHandler
{
public:
    explicit CatalogWriteShopifyStep(Connectors::ShopifyClient *client);
    void run(const JobRecord &job, StepCallback done) override;

private:
    struct Run;
    void next(std::shared_ptr<Run> run);
    void writePrices(std::shared_ptr<Run> run);

    Connectors::ShopifyClient *m_client; // shared by the lane's steps
    QString m_titleDocument;
    QString m_pricesDocument;
};

// catalog_write_odoo: the names and prices a CatalogPlan sets in Odoo (product.product write; Odoo
// writes the name and lst_price through to the template). Refusals as above.
class CatalogWriteOdooStep final : public StepHandler
{
public:
    explicit CatalogWriteOdooStep(Connectors::OdooClient *client);
    void run(const JobRecord &job, StepCallback done) override;

private:
    struct Run;
    void next(std::shared_ptr<Run> run);

    Connectors::OdooClient *m_client; // shared by the lane's steps
};

} // namespace Quayside
