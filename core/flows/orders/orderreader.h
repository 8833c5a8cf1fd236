#pragma once

#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace Quayside {

// Reads Shopify orders in full by id (orders_by_ids.graphql: what the order flow and after-sales need),
// five per query, every query queued at once so the client sends them as fast as the bucket allows. Used
// by the poll for what it listed and by the webhook fetch for the order a delivery names.
class OrderReader
{
public:
    static constexpr int kOrdersPerRead = 5; // orders_by_ids.graphql stays under the 1000-point cap
    static constexpr int kLinesPerOrder = 10;

    // `failure` is set if any query failed (the step retries the whole read); `orders` maps id -> order
    // (a deleted order reads as null and is left out).
    using Done = std::function<void(std::optional<StepResult> failure, QHash<QString, QJsonObject> orders)>;

    explicit OrderReader(Connectors::ShopifyClient *client);
    void read(const QStringList &ids, Done done);

    // The requested cost of one read of `orders` orders, counted per id (Shopify's own rule for
    // nodes(ids:) is not documented; the emulator may charge less and the bucket is refunded the rest).
    static double cost(int orders);
    // The inbound events one version of an order gives: its own, then its after-sales ones (so their jobs
    // come after create_sale_order in the order's partition).
    static QList<EventIntake> intakesFor(const QString &shopDomain, const QJsonObject &order);

private:
    Connectors::ShopifyClient *m_client; // the lane's
    QString m_document;
};

} // namespace Quayside
