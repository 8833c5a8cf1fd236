#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/flowmapping.h"
#include "core/flows/fulfilment/routingrules.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingversion.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace Quayside {

// Shopify order → Odoo sale.order, never twice. The order's Shopify id goes into `origin`; the step
// looks there first, creates only when nothing is found, then looks again and cancels any duplicate a
// silent transport resend may have made (the lowest id wins), and confirms a draft. Customers are matched
// by Shopify customer id (`ref`), then e-mail, else created; lines by SKU (`default_code`). An unknown SKU
// is a business exception naming the order. Once the order is confirmed (or found confirmed), the step
// records {odooOrderId, odooOrderName} in flow state "order" and hands the order on to `route_order`,
// with the route its warehouse stands for. That route is read back from the kept order's warehouse, so a
// retry that finds an order an earlier attempt made keeps that attempt's decision (a stock check might not
// repeat it).
// The retailer-specific values (client_order_ref, note, custom x_ fields...) come from the published
// mapping document for odoo/sale.order/outbound, applied to the Shopify order before anything is written:
// a mapping error, or a required custom (x_) field of Odoo's sale.order that the mapping leaves unset, is a
// validation exception naming the order, the rule, the field and the value. The job records the mapping
// version it ran with. Partner, lines, taxes, warehouse and origin stay in code (MappingCatalog reserves
// them).
// Mapping in code: Shopify's line discounts and its order-level discount (allocated over the lines in proportion
// to their discounted totals) become each line's `discount` %, rounded to Odoo's 0.01 %; the shipping
// charge is a line of the "Shopify shipping" service product (found or created by its default_code);
// the order must be in the Odoo company's currency (else a business exception naming both); Shopify's
// payment state goes into the order's note. An order first seen already cancelled in Shopify is not
// created (cancel_sale_order cancels any copy an earlier version made).
class CreateSaleOrderStep final : public StepHandler
{
public:
    explicit CreateSaleOrderStep(
        Connectors::OdooClient *client, RoutingRules routing = {}, MappingSource mappings = {});
    void run(const JobRecord &job, StepCallback done) override;

    static QString originFor(const QString &orderGid) { return QStringLiteral("Shopify ") + orderGid; }
    static QString shippingProductCode() { return QStringLiteral("SHOPIFY-SHIPPING"); }
    // The sale order's external id (ir.model.data name in module "quayside"), so other Odoo tools can
    // address it as quayside.shopify_order_<Shopify order id>.
    static QString externalIdFor(const QString &orderGid);

private:
    struct Run;
    void findExisting(std::shared_ptr<Run> run);
    // The mapping's values for this order; false (and the job failed) when the mapping cannot map it.
    bool applyMapping(const std::shared_ptr<Run> &run);
    // Odoo's required custom fields of sale.order (fields_get, cached; read again before failing on one).
    void checkRequiredFields(std::shared_ptr<Run> run);
    void matchCustomer(std::shared_ptr<Run> run);
    void createCustomer(std::shared_ptr<Run> run);
    void resolveProducts(std::shared_ptr<Run> run);
    void checkCurrency(std::shared_ptr<Run> run);
    // The "Shopify shipping" service product: found by default_code, else created (the oldest one wins).
    void resolveShipping(std::shared_ptr<Run> run, bool created = false);
    // The route (RoutingRules, with the stock check when byStock) and the warehouse it ships from.
    void resolveWarehouse(std::shared_ptr<Run> run);
    // Both routes' warehouse ids by code, read once and cached; a code Odoo lacks stays absent.
    void warehouseIds(std::shared_ptr<Run> run, std::function<void()> next);
    // ShipBob's warehouse first; the internal one when only it has every line's quantity free.
    void routeByStock(std::shared_ptr<Run> run, RoutingRules::Decision preferred);
    void freeQuantities(std::shared_ptr<Run> run, int warehouseId, std::function<void(QHash<int, double>)> next);
    void useRoute(std::shared_ptr<Run> run, const RoutingRules::Decision &decision);
    // The route the kept sale order's warehouse stands for; empty when it is neither route's.
    RoutingRules::Decision routeOfKeptOrder(const Run &run) const;
    // Each line's Shopify tax lines → Odoo sales taxes of the same percentage (read once, cached); a rate
    // Odoo has no tax for is a business exception naming it.
    void resolveTaxes(std::shared_ptr<Run> run);
    void createOrder(std::shared_ptr<Run> run);
    QJsonArray orderLines(const Run &run) const;
    // The non-cancelled sale orders made from this Shopify order, oldest first.
    void copiesInOdoo(std::shared_ptr<Run> run, const QString &what, std::function<void(QJsonArray)> next);
    void settleCopies(std::shared_ptr<Run> run, const QJsonArray &found);
    // quayside.shopify_order_<id> → the kept sale order; looked up first, and again after a failed create.
    void ensureExternalId(std::shared_ptr<Run> run,
        int orderId,
        std::function<void()> next,
        std::optional<Connectors::OdooResult> failedCreate = std::nullopt);
    void confirm(std::shared_ptr<Run> run, int orderId, const QString &orderName, const QString &state);
    // Done: the Odoo order's link in flow state (order:<gid>) and the follow-up `route_order`.
    static StepResult confirmed(const Run &run, int orderId, const QString &orderName);

    Connectors::OdooClient *m_client; // the lane's, shared by all its steps
    QString m_companyCurrency; // ISO code, read once
    RoutingRules m_routing;
    MappingSource m_mappings;
    std::optional<QList<Mapping::RequiredField>> m_requiredCustomFields; // x_ fields Odoo requires on sale.order
    QHash<QString, int> m_warehouseIds; // code -> stock.warehouse id
    struct SalesTax
    {
        int id = 0;
        double percent = 0;
        bool includedInPrice = false;
        QString name;
    };
    std::optional<QList<SalesTax>> m_salesTaxes; // Odoo's percentage sales taxes
};

} // namespace Quayside
