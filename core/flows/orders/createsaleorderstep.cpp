#include "core/flows/orders/createsaleorderstep.h"

#include "core/flows/flowmapping.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/odooquery.h"
#include "core/flows/orders/orderjobs.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingengine.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace Quayside {

using Connectors::OdooResult;

struct CreateSaleOrderStep::Run
{
    JobRecord job;
    QJsonObject order;
    QString name; // "#1001"
    QString origin;
    StepCallback done;
    int partnerId = 0;
    int shippingProductId = 0;
    int warehouseId = 0;
    RoutingRules::Decision route;
    int keptWarehouseId = 0; // of the sale order found or made
    bool routeRead = false;
    QHash<QString, QList<int>> taxesByLine; // Shopify line id -> Odoo tax ids
    bool taxesReread = false; // the cached taxes lacked one: read once more (it may have been created since)
    bool externalIdChecked = false;
    QHash<QString, int> productBySku;
    QJsonObject mapped; // the mapping's sale.order values
    bool requiredReread = false;
    QString mappingName; // "mapping odoo/sale.order/outbound v2", for messages

    void fail(const OdooResult &r, const QString &what)
    {
        done(StepResult::failure(r.errorClass, QStringLiteral("Order %1: %2: %3").arg(name, what, r.message)));
    }
};

using namespace OdooQuery;

namespace {
// The module of Quayside's external ids in Odoo: quayside.shopify_order_<Shopify order id>.
const QString kExternalIdModule = QStringLiteral("quayside");
} // namespace

CreateSaleOrderStep::CreateSaleOrderStep(Connectors::OdooClient *client, RoutingRules routing, MappingSource mappings)
    : m_client(client)
    , m_routing(std::move(routing))
    , m_mappings(std::move(mappings))
{ }

bool CreateSaleOrderStep::applyMapping(const std::shared_ptr<Run> &run)
{
    const auto mapping
        = applyFlowMapping(m_mappings, Mapping::MappingCatalog::odooSaleOrder(), run->order, run->name, run->done);
    if (!mapping)
        return false;
    run->mappingName = mapping->name;
    run->mapped = mapping->values;
    return true;
}

void CreateSaleOrderStep::checkRequiredFields(std::shared_ptr<Run> run)
{
    if (!m_requiredCustomFields) {
        m_client->call(QStringLiteral("sale.order"),
            QStringLiteral("fields_get"),
            {},
            { { QStringLiteral("attributes"), fields({ "required", "type", "string" }) } },
            [this, run](OdooResult r) {
                if (!r.ok) {
                    run->fail(r, QStringLiteral("reading the sale order's fields"));
                    return;
                }
                m_requiredCustomFields = Mapping::MappingCatalog::odooRequiredCustomFields(r.value.toObject());
                checkRequiredFields(run);
            });
        return;
    }
    QStringList required;
    for (const Mapping::RequiredField &f : std::as_const(*m_requiredCustomFields))
        required << f.name;
    QStringList missing;
    for (const Mapping::MappingError &e : Mapping::MappingEngine::missingRequired(run->mapped, required)) {
        const auto field = std::find_if(m_requiredCustomFields->cbegin(),
            m_requiredCustomFields->cend(),
            [&e](const Mapping::RequiredField &f) { return f.name == e.target; });
        missing << QStringLiteral("%1 (%2)").arg(e.target, field->label);
    }
    if (missing.isEmpty()) {
        matchCustomer(run);
        return;
    }
    if (!run->requiredReread) {
        // The cache may predate a change in Odoo: fail only on what Odoo says now.
        run->requiredReread = true;
        m_requiredCustomFields.reset();
        checkRequiredFields(run);
        return;
    }
    run->done(StepResult::failure(ErrorClass::Validation,
        QStringLiteral("Order %1: Odoo requires the custom sale.order field %2, which %3 does not set; add a rule "
                       "for it to the mapping, publish, then replay")
            .arg(run->name, missing.join(QStringLiteral(", ")), run->mappingName)));
}

void CreateSaleOrderStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->job = job;
    run->order = QJsonDocument::fromJson(job.payload).object();
    run->name = run->order.value(QStringLiteral("name")).toString();
    run->origin = originFor(run->order.value(QStringLiteral("id")).toString());
    run->done = std::move(done);
    if (run->order.isEmpty() || run->name.isEmpty()) {
        run->done(StepResult::failure(
            ErrorClass::Validation, QStringLiteral("The job's Shopify order payload is unreadable")));
        return;
    }
    if (!run->order.value(QStringLiteral("cancelledAt")).toString().isEmpty()) {
        // Cancelled in Shopify: never create it now. A copy made from an earlier version is cancelled by
        // cancel_sale_order, which this version's cancellation event enqueues.
        run->done(StepResult::done());
        return;
    }
    if (!applyMapping(run))
        return;
    findExisting(run);
}

void CreateSaleOrderStep::copiesInOdoo(
    std::shared_ptr<Run> run, const QString &what, std::function<void(QJsonArray)> next)
{
    m_client->call(QStringLiteral("sale.order"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("origin"), QStringLiteral("="), run->origin) }),
            fields({ "id", "name", "state", "warehouse_id" }),
            QStringLiteral("id asc")),
        [run, what, next](OdooResult r) {
            if (!r.ok) {
                run->fail(r, what);
                return;
            }
            QJsonArray live;
            for (const auto &o : r.value.toArray())
                if (o.toObject().value(QStringLiteral("state")).toString() != QLatin1String("cancel"))
                    live.append(o);
            next(live);
        });
}

void CreateSaleOrderStep::findExisting(std::shared_ptr<Run> run)
{
    copiesInOdoo(run, QStringLiteral("looking for an earlier copy in Odoo"), [this, run](const QJsonArray &found) {
        if (found.isEmpty())
            checkRequiredFields(run); // then matchCustomer: nothing is written before the check
        else
            settleCopies(run, found); // created by an earlier attempt
    });
}

void CreateSaleOrderStep::matchCustomer(std::shared_ptr<Run> run)
{
    const QJsonObject customer = run->order.value(QStringLiteral("customer")).toObject();
    const QString customerGid = customer.value(QStringLiteral("id")).toString();
    QString email = customer.value(QStringLiteral("defaultEmailAddress"))
                        .toObject()
                        .value(QStringLiteral("emailAddress"))
                        .toString();
    if (email.isEmpty())
        email = run->order.value(QStringLiteral("email")).toString();
    QJsonArray flat; // Polish notation: "|" applies to the two terms after it
    if (!customerGid.isEmpty() && !email.isEmpty())
        flat.append(QStringLiteral("|"));
    if (!customerGid.isEmpty())
        flat.append(term(QStringLiteral("ref"), QStringLiteral("="), customerGid));
    if (!email.isEmpty())
        flat.append(term(QStringLiteral("email"), QStringLiteral("=ilike"), email));
    if (flat.isEmpty()) {
        createCustomer(run);
        return;
    }
    m_client->call(QStringLiteral("res.partner"),
        QStringLiteral("search_read"),
        {},
        searchRead(flat, fields({ "id", "ref", "email" }), QStringLiteral("id asc")),
        [this, run, customerGid](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("matching the customer"));
                return;
            }
            const QJsonArray partners = r.value.toArray();
            // Prefer the partner linked by Shopify id; else the first with that e-mail.
            for (const auto &p : partners)
                if (p.toObject().value(QStringLiteral("ref")).toString() == customerGid && !customerGid.isEmpty())
                    run->partnerId = p.toObject().value(QStringLiteral("id")).toInt();
            if (!run->partnerId && !partners.isEmpty())
                run->partnerId = partners.first().toObject().value(QStringLiteral("id")).toInt();
            if (run->partnerId)
                resolveProducts(run);
            else
                createCustomer(run);
        });
}

void CreateSaleOrderStep::createCustomer(std::shared_ptr<Run> run)
{
    const QJsonObject customer = run->order.value(QStringLiteral("customer")).toObject();
    const QJsonObject address = run->order.value(QStringLiteral("shippingAddress")).toObject();
    QString name = QString(customer.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
        + customer.value(QStringLiteral("lastName")).toString())
                       .trimmed();
    if (name.isEmpty())
        name = address.value(QStringLiteral("name")).toString();
    QString email = customer.value(QStringLiteral("defaultEmailAddress"))
                        .toObject()
                        .value(QStringLiteral("emailAddress"))
                        .toString();
    if (email.isEmpty())
        email = run->order.value(QStringLiteral("email")).toString();
    if (name.isEmpty())
        name = email.isEmpty() ? QStringLiteral("Shopify customer") : email;
    QJsonObject vals { { QStringLiteral("name"), name },
        { QStringLiteral("street"), address.value(QStringLiteral("address1")).toString() },
        { QStringLiteral("city"), address.value(QStringLiteral("city")).toString() },
        { QStringLiteral("zip"), address.value(QStringLiteral("zip")).toString() } };
    if (!email.isEmpty())
        vals.insert(QStringLiteral("email"), email);
    if (!customer.value(QStringLiteral("id")).toString().isEmpty())
        vals.insert(QStringLiteral("ref"), customer.value(QStringLiteral("id")).toString());
    const QString phone = address.value(QStringLiteral("phone")).toString();
    if (!phone.isEmpty())
        vals.insert(QStringLiteral("phone"), phone);
    m_client->call(QStringLiteral("res.partner"),
        QStringLiteral("create"),
        {},
        { { QStringLiteral("vals_list"), QJsonArray { vals } } },
        [this, run](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("creating the customer"));
                return;
            }
            run->partnerId = r.value.isArray() ? r.value.toArray().at(0).toInt() : r.value.toInt();
            resolveProducts(run);
        });
}

void CreateSaleOrderStep::resolveProducts(std::shared_ptr<Run> run)
{
    QJsonArray skus;
    const QJsonArray lines
        = run->order.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray();
    for (const auto &l : lines) {
        const QString sku = l.toObject().value(QStringLiteral("sku")).toString();
        if (sku.isEmpty()) {
            run->done(StepResult::failure(ErrorClass::Business,
                QStringLiteral("Order %1: a line has no SKU (%2), so it cannot be matched to an Odoo product")
                    .arg(run->name, l.toObject().value(QStringLiteral("id")).toString())));
            return;
        }
        if (!skus.contains(sku))
            skus.append(sku);
    }
    m_client->call(QStringLiteral("product.product"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("default_code"), QStringLiteral("in"), skus) }),
            fields({ "id", "default_code" })),
        [this, run, skus](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("finding the products"));
                return;
            }
            for (const auto &p : r.value.toArray())
                run->productBySku.insert(p.toObject().value(QStringLiteral("default_code")).toString(),
                    p.toObject().value(QStringLiteral("id")).toInt());
            QStringList missing;
            for (const auto &s : skus)
                if (!run->productBySku.contains(s.toString()))
                    missing << s.toString();
            if (!missing.isEmpty()) {
                run->done(StepResult::failure(ErrorClass::Business,
                    QStringLiteral("Order %1: unknown SKU %2 (no Odoo product has this internal reference)")
                        .arg(run->name, missing.join(QStringLiteral(", ")))));
                return;
            }
            checkCurrency(run);
        });
}

namespace {
double shopMoney(const QJsonValue &set)
{
    return set.toObject()
        .value(QStringLiteral("shopMoney"))
        .toObject()
        .value(QStringLiteral("amount"))
        .toString()
        .toDouble();
}
} // namespace

void CreateSaleOrderStep::checkCurrency(std::shared_ptr<Run> run)
{
    const QString currency = run->order.value(QStringLiteral("currencyCode")).toString();
    const auto compare = [this, run, currency] {
        if (!currency.isEmpty() && !m_companyCurrency.isEmpty() && currency != m_companyCurrency) {
            run->done(StepResult::failure(ErrorClass::Business,
                QStringLiteral("Order %1: the order is in %2 but Odoo books sale orders in %3 (the company "
                               "currency); multi-currency orders need a %2 pricelist mapping")
                    .arg(run->name, currency, m_companyCurrency)));
            return;
        }
        resolveShipping(run);
    };
    if (!m_companyCurrency.isEmpty() || currency.isEmpty()) {
        compare();
        return;
    }
    m_client->call(QStringLiteral("res.company"),
        QStringLiteral("search_read"),
        {},
        { { QStringLiteral("domain"), QJsonArray() },
            { QStringLiteral("fields"), fields({ "currency_id" }) },
            { QStringLiteral("limit"), 1 } },
        [this, run, compare](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("reading the company currency"));
                return;
            }
            // many2one as [id, "USD"]: the display name of a currency is its ISO code.
            m_companyCurrency
                = r.value.toArray().at(0).toObject().value(QStringLiteral("currency_id")).toArray().at(1).toString();
            compare();
        });
}

void CreateSaleOrderStep::resolveShipping(std::shared_ptr<Run> run, bool created)
{
    if (shopMoney(run->order.value(QStringLiteral("totalShippingPriceSet"))) <= 0) {
        resolveWarehouse(run);
        return;
    }
    m_client->call(QStringLiteral("product.product"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("default_code"), QStringLiteral("="), shippingProductCode()) }),
            fields({ "id" }),
            QStringLiteral("id asc")),
        [this, run, created](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("finding the shipping product"));
                return;
            }
            if (!r.value.toArray().isEmpty()) {
                run->shippingProductId = r.value.toArray().first().toObject().value(QStringLiteral("id")).toInt();
                resolveWarehouse(run);
                return;
            }
            if (created) {
                run->done(StepResult::failure(ErrorClass::Transient,
                    QStringLiteral("Order %1: the shipping product is not visible in Odoo yet").arg(run->name)));
                return;
            }
            QJsonObject vals { { QStringLiteral("name"), QStringLiteral("Shopify shipping") },
                { QStringLiteral("default_code"), shippingProductCode() },
                { QStringLiteral("type"), QStringLiteral("service") },
                { QStringLiteral("sale_ok"), true },
                { QStringLiteral("purchase_ok"), false },
                { QStringLiteral("invoice_policy"), QStringLiteral("order") },
                { QStringLiteral("list_price"), 0 },
                { QStringLiteral("taxes_id"), replaceWith({}) } };
            if (m_client->majorVersion() <= 17)
                vals.insert(QStringLiteral("detailed_type"), QStringLiteral("service"));
            m_client->call(QStringLiteral("product.product"),
                QStringLiteral("create"),
                {},
                { { QStringLiteral("vals_list"), QJsonArray { vals } } },
                [this, run](OdooResult created) {
                    if (!created.ok && !created.ambiguous) {
                        run->fail(created, QStringLiteral("creating the shipping product"));
                        return;
                    }
                    // Look again (also after a lost answer): the oldest one is the one to use.
                    resolveShipping(run, true);
                });
        });
}

QJsonArray CreateSaleOrderStep::orderLines(const Run &run) const
{
    struct Line
    {
        int productId = 0;
        int quantity = 0;
        double unit = 0;
        double discount = 0; // money, on the quantity kept
        QList<int> taxIds;
    };
    QList<Line> lines;
    double lineDiscounts = 0;
    double net = 0;
    for (const auto &l :
        run.order.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject line = l.toObject();
        const int ordered = line.value(QStringLiteral("quantity")).toInt();
        const int quantity = line.value(QStringLiteral("currentQuantity")).toInt(ordered);
        const double discount = shopMoney(line.value(QStringLiteral("totalDiscountSet")));
        lineDiscounts += discount;
        if (quantity <= 0)
            continue; // removed by an edit or fully refunded before it reached Odoo
        Line out;
        out.productId = run.productBySku.value(line.value(QStringLiteral("sku")).toString());
        out.quantity = quantity;
        out.unit = shopMoney(line.value(QStringLiteral("originalUnitPriceSet")));
        out.discount = ordered > 0 ? discount * quantity / ordered : 0;
        out.taxIds = run.taxesByLine.value(line.value(QStringLiteral("id")).toString());
        net += out.unit * quantity - out.discount;
        lines << out;
    }
    // Order-level discounts (Shopify's total minus the line discounts) spread over the lines by their net.
    double orderDiscount
        = std::max(0.0, shopMoney(run.order.value(QStringLiteral("totalDiscountsSet"))) - lineDiscounts);
    const QString taxField = m_client->majorVersion() >= 19 ? QStringLiteral("tax_ids") : QStringLiteral("tax_id");
    QJsonArray orderLines;
    for (int i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        const double gross = line.unit * line.quantity;
        const double lineNet = gross - line.discount;
        const double share = i + 1 == lines.size() ? orderDiscount : (net > 0 ? orderDiscount * lineNet / net : 0);
        orderDiscount -= share;
        net -= lineNet;
        const double percent = gross > 0 ? std::round((line.discount + share) / gross * 10000.0) / 100.0 : 0;
        // Prices and taxes are Shopify's: the line's own taxes replace Odoo's product defaults.
        QJsonArray taxIds;
        for (int id : std::as_const(line.taxIds))
            taxIds.append(id);
        QJsonObject vals { { QStringLiteral("product_id"), line.productId },
            { QStringLiteral("product_uom_qty"), line.quantity },
            { QStringLiteral("price_unit"), line.unit },
            { taxField, replaceWith(taxIds) } };
        if (percent > 0)
            vals.insert(QStringLiteral("discount"), std::min(percent, 100.0));
        orderLines.append(QJsonArray { 0, 0, vals });
    }
    const double shipping = shopMoney(run.order.value(QStringLiteral("totalShippingPriceSet")));
    if (shipping > 0 && run.shippingProductId)
        orderLines.append(QJsonArray { 0,
            0,
            QJsonObject { { QStringLiteral("product_id"), run.shippingProductId },
                { QStringLiteral("name"), QStringLiteral("Shipping") },
                { QStringLiteral("product_uom_qty"), 1 },
                { QStringLiteral("price_unit"), shipping },
                { taxField, replaceWith({}) } } });
    return orderLines;
}

void CreateSaleOrderStep::resolveWarehouse(std::shared_ptr<Run> run)
{
    warehouseIds(run, [this, run] {
        const RoutingRules::Decision decision = m_routing.decide(run->order);
        if (m_routing.byStock && decision.route == FulfilmentJobs::RouteShipBob
            && m_routing.shipBobWarehouse != m_routing.internalWarehouse)
            routeByStock(run, decision);
        else
            useRoute(run, decision);
    });
}

void CreateSaleOrderStep::warehouseIds(std::shared_ptr<Run> run, std::function<void()> next)
{
    QJsonArray missing;
    for (const QString &code : m_routing.warehouseCodes())
        if (!m_warehouseIds.contains(code) && !missing.contains(code))
            missing.append(code);
    if (missing.isEmpty()) {
        next();
        return;
    }
    m_client->call(QStringLiteral("stock.warehouse"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("code"), QStringLiteral("in"), missing) }), fields({ "id", "code" })),
        [this, run, next](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("finding the routes' warehouses"));
                return;
            }
            for (const auto &w : r.value.toArray())
                m_warehouseIds.insert(w.toObject().value(QStringLiteral("code")).toString(),
                    w.toObject().value(QStringLiteral("id")).toInt());
            next();
        });
}

void CreateSaleOrderStep::freeQuantities(
    std::shared_ptr<Run> run, int warehouseId, std::function<void(QHash<int, double>)> next)
{
    QJsonArray ids;
    for (const int id : std::as_const(run->productBySku))
        ids.append(id);
    QJsonObject kwargs
        = searchRead(domain({ term(QStringLiteral("id"), QStringLiteral("in"), ids) }), fields({ "id", "free_qty" }));
    kwargs.insert(QStringLiteral("context"), QJsonObject { { m_client->warehouseContextKey(), warehouseId } });
    m_client->call(
        QStringLiteral("product.product"), QStringLiteral("search_read"), {}, kwargs, [run, next](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("reading the stock for routing"));
                return;
            }
            QHash<int, double> free;
            for (const auto &p : r.value.toArray())
                free.insert(p.toObject().value(QStringLiteral("id")).toInt(),
                    p.toObject().value(QStringLiteral("free_qty")).toDouble());
            next(free);
        });
}

void CreateSaleOrderStep::routeByStock(std::shared_ptr<Run> run, RoutingRules::Decision preferred)
{
    const int shipBob = m_warehouseIds.value(m_routing.shipBobWarehouse);
    const int internal = m_warehouseIds.value(m_routing.internalWarehouse);
    if (!shipBob || !internal) {
        useRoute(run, preferred); // names the missing warehouse
        return;
    }
    QHash<QString, int> needed; // SKU -> units
    for (const auto &l :
        run->order.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject line = l.toObject();
        const int ordered = line.value(QStringLiteral("quantity")).toInt();
        needed[line.value(QStringLiteral("sku")).toString()]
            += line.value(QStringLiteral("currentQuantity")).toInt(ordered);
    }
    // The first SKU a warehouse cannot cover, as "SKU (n free, m ordered)"; empty when it covers them all.
    const auto shortOf = [run, needed](const QHash<int, double> &free) {
        for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
            const double available = free.value(run->productBySku.value(it.key()));
            if (it.value() > 0 && available + 1e-9 < it.value())
                return QStringLiteral("%1 (%2 free, %3 ordered)").arg(it.key()).arg(available).arg(it.value());
        }
        return QString();
    };
    freeQuantities(run, shipBob, [=, this](const QHash<int, double> &atShipBob) {
        const QString shipBobShort = shortOf(atShipBob);
        if (shipBobShort.isEmpty()) {
            useRoute(run, preferred);
            return;
        }
        freeQuantities(run, internal, [=, this](const QHash<int, double> &atInternal) {
            const QString internalShort = shortOf(atInternal);
            if (internalShort.isEmpty())
                useRoute(run,
                    { FulfilmentJobs::RouteInternal,
                        QStringLiteral("%1 lacks %2; %3 has every line")
                            .arg(m_routing.shipBobWarehouse, shipBobShort, m_routing.internalWarehouse) });
            else
                useRoute(run,
                    { preferred.route,
                        QStringLiteral("%1 lacks %2 and %3 lacks %4: a backorder at ShipBob")
                            .arg(m_routing.shipBobWarehouse,
                                shipBobShort,
                                m_routing.internalWarehouse,
                                internalShort) });
        });
    });
}

void CreateSaleOrderStep::useRoute(std::shared_ptr<Run> run, const RoutingRules::Decision &decision)
{
    if (decision.route == FulfilmentJobs::RoutePickup && decision.warehouse.isEmpty()) {
        run->done(StepResult::failure(ErrorClass::Business,
            QStringLiteral("Order %1: %2, and no Odoo warehouse is mapped to that pickup location; map it in "
                           "routing.pickupWarehouses or the inventory locations")
                .arg(run->name, decision.reason)));
        return;
    }
    const QString code = decision.warehouse.isEmpty() ? m_routing.warehouseFor(decision.route) : decision.warehouse;
    if (!m_warehouseIds.contains(code)) {
        run->done(StepResult::failure(ErrorClass::Business,
            QStringLiteral(
                "Order %1: Odoo has no warehouse with code %2 (the routing's warehouse for this "
                "order); set routing.shipBobWarehouse / routing.internalWarehouse / routing.pickupWarehouses")
                .arg(run->name, code)));
        return;
    }
    run->route = decision;
    run->warehouseId = m_warehouseIds.value(code);
    resolveTaxes(run);
}

void CreateSaleOrderStep::resolveTaxes(std::shared_ptr<Run> run)
{
    if (!m_salesTaxes) {
        m_client->call(QStringLiteral("account.tax"),
            QStringLiteral("search_read"),
            {},
            searchRead(domain({ term(QStringLiteral("type_tax_use"), QStringLiteral("="), QStringLiteral("sale")),
                           term(QStringLiteral("amount_type"), QStringLiteral("="), QStringLiteral("percent")) }),
                fields({ "id", "amount", "name", "price_include" }),
                QStringLiteral("id asc")),
            [this, run](OdooResult r) {
                if (!r.ok) {
                    run->fail(r, QStringLiteral("reading the sales taxes"));
                    return;
                }
                QList<SalesTax> taxes;
                for (const auto &v : r.value.toArray()) {
                    const QJsonObject t = v.toObject();
                    taxes << SalesTax { t.value(QStringLiteral("id")).toInt(),
                        t.value(QStringLiteral("amount")).toDouble(),
                        t.value(QStringLiteral("price_include")).toBool(),
                        t.value(QStringLiteral("name")).toString() };
                }
                m_salesTaxes = taxes;
                resolveTaxes(run);
            });
        return;
    }
    // Each of a line's tax lines is matched by its rate, to an Odoo tax that, like the shop's prices,
    // includes the tax (EU/UK-style shops: "All prices include tax") or is added on top (US-style).
    const bool included = run->order.value(QStringLiteral("taxesIncluded")).toBool();
    for (const auto &l :
        run->order.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject line = l.toObject();
        QList<int> ids;
        for (const auto &t : line.value(QStringLiteral("taxLines")).toArray()) {
            const QJsonObject taxLine = t.toObject();
            const double percent = taxLine.value(QStringLiteral("rate")).toDouble() * 100.0;
            if (percent <= 0)
                continue;
            const auto match
                = std::find_if(m_salesTaxes->cbegin(), m_salesTaxes->cend(), [percent, included](const SalesTax &tax) {
                      return tax.includedInPrice == included && std::abs(tax.percent - percent) < 0.0005;
                  });
            if (match == m_salesTaxes->cend() && !run->taxesReread) {
                run->taxesReread = true;
                m_salesTaxes.reset();
                resolveTaxes(run);
                return;
            }
            if (match == m_salesTaxes->cend()) {
                run->done(StepResult::failure(ErrorClass::Business,
                    QStringLiteral("Order %1: Odoo has no sales tax of %2 % %3 (Shopify's \"%4\"); create it in Odoo "
                                   "(percentage, %3), then replay")
                        .arg(run->name)
                        .arg(percent, 0, 'g', 6)
                        .arg(included ? QStringLiteral("included in price") : QStringLiteral("not included in price"))
                        .arg(taxLine.value(QStringLiteral("title")).toString())));
                return;
            }
            ids << match->id;
        }
        run->taxesByLine.insert(line.value(QStringLiteral("id")).toString(), ids);
    }
    createOrder(run);
}

void CreateSaleOrderStep::createOrder(std::shared_ptr<Run> run)
{
    const QJsonArray lines = orderLines(*run);
    QJsonObject vals = run->mapped; // client_order_ref, note, custom fields: whatever the mapping says
    vals.insert(QStringLiteral("partner_id"), run->partnerId);
    vals.insert(QStringLiteral("origin"), run->origin);
    vals.insert(QStringLiteral("order_line"), lines);
    vals.insert(QStringLiteral("warehouse_id"), run->warehouseId);
    m_client->call(QStringLiteral("sale.order"),
        QStringLiteral("create"),
        {},
        { { QStringLiteral("vals_list"), QJsonArray { vals } } },
        [this, run](OdooResult r) {
            if (!r.ok) {
                if (r.exceptionName == QLatin1String("odoo.exceptions.ValidationError"))
                    m_requiredCustomFields.reset(); // Odoo's fields may have changed since they were read
                if (r.ambiguous) {
                    // Odoo may have created it: the retry looks first and never creates twice.
                    r.errorClass = ErrorClass::Transient;
                }
                run->fail(r, QStringLiteral("creating the sale order"));
                return;
            }
            copiesInOdoo(run, QStringLiteral("reading back the sale order"), [this, run](const QJsonArray &found) {
                settleCopies(run, found);
            });
        });
}

void CreateSaleOrderStep::settleCopies(std::shared_ptr<Run> run, const QJsonArray &found)
{
    if (found.isEmpty()) {
        run->done(StepResult::failure(ErrorClass::Transient,
            QStringLiteral("Order %1: the sale order is not visible in Odoo yet").arg(run->name)));
        return;
    }
    const QJsonObject keep = found.first().toObject();
    run->keptWarehouseId = idOf(keep.value(QStringLiteral("warehouse_id")));
    QJsonArray drafts, confirmed;
    for (int i = 1; i < found.size(); ++i) {
        const QJsonObject copy = found.at(i).toObject();
        const QString copyState = copy.value(QStringLiteral("state")).toString();
        (copyState == QLatin1String("draft") || copyState == QLatin1String("sent") ? drafts : confirmed)
            .append(copy.value(QStringLiteral("id")));
    }
    const int keepId = keep.value(QStringLiteral("id")).toInt();
    const QString state = keep.value(QStringLiteral("state")).toString();
    if (drafts.isEmpty() && confirmed.isEmpty()) {
        confirm(run, keepId, keep.value(QStringLiteral("name")).toString(), state);
        return;
    }
    // A duplicate from a resent request. A draft copy is deleted, so Odoo holds exactly one order per
    // Shopify order; one that someone confirmed meanwhile can only be cancelled. The lowest id stays.
    const bool deleting = !drafts.isEmpty();
    m_client->call(QStringLiteral("sale.order"),
        deleting ? QStringLiteral("unlink") : QStringLiteral("action_cancel"),
        deleting ? drafts : confirmed,
        deleting ? QJsonObject()
                 : QJsonObject { { QStringLiteral("context"),
                     QJsonObject { { QStringLiteral("disable_cancel_warning"), true } } } },
        [this, run, deleting](OdooResult r) {
            // A resent unlink (the first one deleted the copy, its answer was lost) finds nothing to delete.
            const bool alreadyGone = deleting && r.exceptionName == QLatin1String("odoo.exceptions.MissingError");
            if (!r.ok && !alreadyGone) {
                run->fail(r,
                    deleting ? QStringLiteral("deleting a duplicate draft sale order")
                             : QStringLiteral("cancelling a duplicate sale order"));
                return;
            }
            // Look again: whatever is left over (the cancelled copies are filtered out) is settled next.
            copiesInOdoo(run, QStringLiteral("reading back the sale order"), [this, run](const QJsonArray &left) {
                settleCopies(run, left);
            });
        });
}

StepResult CreateSaleOrderStep::confirmed(const Run &run, int orderId, const QString &orderName)
{
    // The fulfilment flow takes over from here: the link to the Odoo order, then routing.
    const QString gid = run.order.value(QStringLiteral("id")).toString();
    QJsonObject routed = run.order;
    if (!run.route.route.isEmpty())
        routed.insert(FulfilmentJobs::DecidedRouteField,
            QJsonObject {
                { QStringLiteral("route"), run.route.route }, { QStringLiteral("reason"), run.route.reason } });
    StepResult result = StepResult::done({ FulfilmentJobs::jobFor(FulfilmentJobs::RouteStep,
        OrderJobs::OdooLane,
        gid,
        run.job.correlationId.isEmpty() ? run.name : run.job.correlationId,
        routed) });
    result.state << StateWrite { FulfilmentJobs::OrderKind,
        gid,
        QJsonObject { { QStringLiteral("odooOrderId"), orderId }, { QStringLiteral("odooOrderName"), orderName } } };
    return result;
}

QString CreateSaleOrderStep::externalIdFor(const QString &orderGid)
{
    return QStringLiteral("shopify_order_") + orderGid.section(QLatin1Char('/'), -1);
}

void CreateSaleOrderStep::ensureExternalId(
    std::shared_ptr<Run> run, int orderId, std::function<void()> next, std::optional<OdooResult> failedCreate)
{
    const QString name = externalIdFor(run->order.value(QStringLiteral("id")).toString());
    m_client->call(QStringLiteral("ir.model.data"),
        QStringLiteral("search_read"),
        {},
        searchRead(domain({ term(QStringLiteral("module"), QStringLiteral("="), kExternalIdModule),
                       term(QStringLiteral("name"), QStringLiteral("="), name) }),
            fields({ "id", "res_id" })),
        [this, run, orderId, name, next, failedCreate](OdooResult r) {
            if (!r.ok) {
                run->fail(r, QStringLiteral("looking up the order's external id"));
                return;
            }
            if (!r.value.toArray().isEmpty()) {
                next(); // an earlier attempt made it (the order kept is the oldest copy, so the same one)
                return;
            }
            if (failedCreate) { // not there after all: the create's own failure stands
                run->fail(*failedCreate, QStringLiteral("recording the order's external id"));
                return;
            }
            m_client->call(QStringLiteral("ir.model.data"),
                QStringLiteral("create"),
                {},
                { { QStringLiteral("vals_list"),
                    QJsonArray { QJsonObject { { QStringLiteral("module"), kExternalIdModule },
                        { QStringLiteral("name"), name },
                        { QStringLiteral("model"), QStringLiteral("sale.order") },
                        { QStringLiteral("res_id"), orderId },
                        { QStringLiteral("noupdate"), true } } } } },
                [this, run, orderId, next](OdooResult c) {
                    if (c.ok) {
                        next();
                        return;
                    }
                    // The transport may have delivered it twice (the first copy made it, the second hit the
                    // unique key) or lost the answer: look again before calling it a failure.
                    ensureExternalId(run, orderId, next, c);
                });
        });
}

RoutingRules::Decision CreateSaleOrderStep::routeOfKeptOrder(const Run &run) const
{
    const int shipBob = m_warehouseIds.value(m_routing.shipBobWarehouse);
    const int internal = m_warehouseIds.value(m_routing.internalWarehouse);
    const auto decided = [&run](const QString &route, const QString &code) {
        return run.route.route == route
            ? run.route
            : RoutingRules::Decision { route, QStringLiteral("the sale order ships from %1").arg(code) };
    };
    // A pickup stays one wherever its sale order was made: the buyer comes to the counter either way.
    if (const RoutingRules::Decision rules = m_routing.decide(run.order); rules.route == FulfilmentJobs::RoutePickup)
        return rules;
    if (!m_routing.shipBobEnabled)
        return { FulfilmentJobs::RouteInternal, QStringLiteral("ShipBob is not in use") };
    if (shipBob == internal) // one warehouse for both routes: it cannot tell
        return run.route;
    if (run.keptWarehouseId && run.keptWarehouseId == shipBob)
        return decided(FulfilmentJobs::RouteShipBob, m_routing.shipBobWarehouse);
    if (run.keptWarehouseId && run.keptWarehouseId == internal)
        return decided(FulfilmentJobs::RouteInternal, m_routing.internalWarehouse);
    return {}; // another warehouse (changed in Odoo): route_order applies the rules
}

void CreateSaleOrderStep::confirm(std::shared_ptr<Run> run, int orderId, const QString &orderName, const QString &state)
{
    if (!run->externalIdChecked) {
        run->externalIdChecked = true;
        ensureExternalId(
            run, orderId, [this, run, orderId, orderName, state] { confirm(run, orderId, orderName, state); });
        return;
    }
    if (!run->routeRead) {
        run->routeRead = true;
        warehouseIds(run, [this, run, orderId, orderName, state] {
            run->route = routeOfKeptOrder(*run);
            confirm(run, orderId, orderName, state);
        });
        return;
    }
    if (state != QLatin1String("draft") && state != QLatin1String("sent")) {
        run->done(confirmed(*run, orderId, orderName));
        return;
    }
    m_client->call(QStringLiteral("sale.order"),
        QStringLiteral("action_confirm"),
        QJsonArray { orderId },
        {},
        [run, orderId, orderName](OdooResult r) {
            if (!r.ok && r.exceptionName == QLatin1String("odoo.exceptions.UserError")
                && r.message.contains(QLatin1String("not in a state requiring confirmation"))) {
                run->done(confirmed(*run, orderId, orderName)); // an earlier attempt confirmed it and lost the answer
                return;
            }
            if (!r.ok) {
                run->fail(r, QStringLiteral("confirming the sale order"));
                return;
            }
            run->done(confirmed(*run, orderId, orderName));
        });
}

} // namespace Quayside
