#pragma once

#include "core/connectors/shopify/shopifyclient.h"
#include "core/flows/inventory/inventorysettings.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace Quayside {

// One variant's stock at one mapped location, as Shopify reports it.
struct ShopifyLevel
{
    QString variantId;
    QString inventoryItemId;
    bool stocked = false; // false: the item has no inventory level at this location
    int available = 0;
    int onHand = 0;
};

// What Shopify holds for a set of SKUs at the mapped locations.
struct ShopifyLevels
{
    QHash<QString, QHash<QString, ShopifyLevel>> bySku; // SKU -> location key -> level
    QStringList duplicateSkus; // on more than one variant: never written, reported
    int variantsWithoutSku = 0;
};

// Reads and sets Shopify `available` at the locations of the inventory settings, for the push and the
// reconciliation. Writes are compare-and-set (`changeFromQuantity` = the figure just read) under an
// @idempotent key derived from the caller's key and the exact input; a stale figure is re-read and the
// write retried, so a concurrent change in Shopify (an order, a manual edit) is never overwritten blindly.
class ShopifyStock
{
public:
    static constexpr int kStaleRounds = 3;
    static constexpr int kSkusPerQuery = 25; // SKUs per filtered read (one search query)

    struct Outcome
    {
        bool ok = true;
        ErrorClass errorClass = ErrorClass::Transient;
        QString message;
        qint64 retryAfterMs = -1;
        int written = 0; // quantities changed
        int staleRetries = 0;
        struct Rejection
        {
            QString sku;
            QString location;
            QString reason;
        };
        QList<Rejection> rejected; // what Shopify refused (the others were written)

        static Outcome failure(ErrorClass c, QString message, qint64 retryAfterMs = -1);
    };
    using Targets = QHash<QString, QHash<QString, int>>; // SKU -> location key -> available

    ShopifyStock(Connectors::ShopifyClient *client, InventorySettings settings);

    // `skus` empty: every variant of the shop.
    void read(const QStringList &skus, std::function<void(Outcome, ShopifyLevels)> done);
    // Sets each target that differs from `current`; SKUs unknown to Shopify, duplicated, or not stocked at
    // the location are left alone (the reconciliation reports them). An item Shopify refuses for a reason
    // other than a moved figure is set aside in Outcome::rejected and the others are still written, so
    // one bad item never stops the stock of every other.
    void write(const Targets &targets,
        const ShopifyLevels &current,
        const QString &keyBase,
        std::function<void(Outcome)> done);

private:
    struct ReadRun;
    struct WriteRun;
    void resolveLocations(std::function<void(Outcome)> done);
    void locationsPage(
        const QString &after, std::shared_ptr<QHash<QString, QString>> found, std::function<void(Outcome)> done);
    void readNext(std::shared_ptr<ReadRun> run);
    void writeRound(std::shared_ptr<WriteRun> run);

    Connectors::ShopifyClient *m_client;
    InventorySettings m_settings;
    QHash<QString, QString> m_locationGid; // location key -> gid
    QString m_pageDocument;
    QString m_setDocument;
    QString m_locationsDocument;
};

} // namespace Quayside
