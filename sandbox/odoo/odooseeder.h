#pragma once

#include "sandbox/common/world.h"
#include "sandbox/odoo/odootypes.h"

namespace Quayside::Sandbox {

class OdooDatabase;

// Fills a fresh database from the shared World: company and admin user, countries and states,
// currencies, taxes, journals, the catalogue as product.template/product.product, one stock.warehouse per
// World location with its locations and picking types, opening stock as stock.quant, customers as
// res.partner and carriers as delivery.carrier with their service products.
class OdooSeeder
{
public:
    OdooSeeder(OdooDatabase &database, const World &world, OdooVersion version);

    void seed();

    static constexpr int kAdminUid = 2;
    static constexpr int kCustomersLocation = 5;
    static constexpr int kInvoiceJournal = 1;
    static constexpr int kBankJournal = 3;

private:
    void seedBase();
    void seedCatalogue();
    void seedStock();

    OdooDatabase &m_database;
    const World &m_world;
    OdooVersion m_version;
};

} // namespace Quayside::Sandbox
