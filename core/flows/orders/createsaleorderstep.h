#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/engine/stephandler.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace Quayside {

// Shopify order → Odoo sale.order, never twice. The order's Shopify id goes into `origin`; the step
// looks there first, creates only when nothing is found, then looks again and cancels any duplicate a
// silent transport resend may have made (the lowest id wins), and confirms a draft. Customers are matched
// by Shopify customer id (`ref`), then e-mail, else created; lines by SKU (`default_code`). An unknown SKU
// is a business exception naming the order. Once the order is confirmed (or found confirmed), the step
// records {odooOrderId, odooOrderName} in flow state "order" and hands the order on to `route_order`.
class CreateSaleOrderStep final : public StepHandler
{
public:
    explicit CreateSaleOrderStep(std::unique_ptr<Connectors::OdooClient> client);
    void run(const JobRecord &job, StepCallback done) override;

    static QString originFor(const QString &orderGid) { return QStringLiteral("Shopify ") + orderGid; }

private:
    struct Run;
    void findExisting(std::shared_ptr<Run> run);
    void matchCustomer(std::shared_ptr<Run> run);
    void createCustomer(std::shared_ptr<Run> run);
    void resolveProducts(std::shared_ptr<Run> run);
    void createOrder(std::shared_ptr<Run> run);
    // The non-cancelled sale orders made from this Shopify order, oldest first.
    void copiesInOdoo(std::shared_ptr<Run> run, const QString &what, std::function<void(QJsonArray)> next);
    void settleCopies(std::shared_ptr<Run> run, const QJsonArray &found);
    void confirm(std::shared_ptr<Run> run, int orderId, const QString &orderName, const QString &state);
    // Done: the Odoo order's link in flow state (order:<gid>) and the follow-up `route_order`.
    static StepResult confirmed(const Run &run, int orderId, const QString &orderName);

    std::unique_ptr<Connectors::OdooClient> m_client;
};

} // namespace Quayside
