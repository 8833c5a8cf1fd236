#include "core/flows/inventory/shopifystock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Quayside {

using Connectors::ShopifyResult;

namespace {
constexpr int kPageSize = 50;
constexpr int kQuantitiesPerWrite = 100;

// Shopify search syntax: one quoted term per SKU, OR-ed.
QString skuQuery(const QStringList &skus)
{
    QStringList terms;
    for (QString sku : skus)
        terms << QStringLiteral("sku:'%1'").arg(sku.replace(QLatin1Char('\''), QStringLiteral("\\'")));
    return terms.join(QStringLiteral(" OR "));
}

ShopifyStock::Outcome fromResult(const ShopifyResult &r, const QString &what)
{
    return ShopifyStock::Outcome::failure(r.errorClass, QStringLiteral("%1: %2").arg(what, r.message), r.retryAfterMs);
}
} // namespace

ShopifyStock::Outcome ShopifyStock::Outcome::failure(ErrorClass c, QString message, qint64 retryAfterMs)
{
    Outcome o;
    o.ok = false;
    o.errorClass = c;
    o.message = std::move(message);
    o.retryAfterMs = retryAfterMs;
    return o;
}

struct ShopifyStock::ReadRun
{
    struct Task
    {
        QString location;
        QStringList skus; // empty: every variant
    };
    QList<Task> tasks;
    int index = 0;
    QString after;
    ShopifyLevels levels;
    QHash<QString, QSet<QString>> variantsBySku;
    QSet<QString> withoutSku;
    std::function<void(Outcome, ShopifyLevels)> done;
};

struct ShopifyStock::WriteRun
{
    struct Change
    {
        QString sku;
        QString location;
        int quantity = 0;
        ShopifyLevel level;
    };
    Targets targets;
    ShopifyLevels current;
    QString keyBase;
    int round = 0;
    QList<Change> pending; // this round's changes, written chunk by chunk
    qsizetype chunkSize = kQuantitiesPerWrite;
    Outcome outcome;
    std::function<void(Outcome)> done;
};

ShopifyStock::ShopifyStock(Connectors::ShopifyClient *client, InventorySettings settings)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_pageDocument(Connectors::ShopifyClient::document(QStringLiteral("inventory_page")))
    , m_setDocument(Connectors::ShopifyClient::document(QStringLiteral("inventory_set_quantities")))
    , m_locationsDocument(Connectors::ShopifyClient::document(QStringLiteral("locations")))
{
    for (const auto &l : m_settings.locations)
        if (l.shopifyLocation.startsWith(QLatin1String("gid://shopify/Location/")))
            m_locationGid.insert(l.key, l.shopifyLocation);
}

void ShopifyStock::resolveLocations(std::function<void(Outcome)> done)
{
    if (m_locationGid.size() == m_settings.locations.size()) {
        done(Outcome {});
        return;
    }
    // By name, once; the ids never change.
    locationsPage({}, std::make_shared<QHash<QString, QString>>(), std::move(done));
}

void ShopifyStock::locationsPage(
    const QString &after, std::shared_ptr<QHash<QString, QString>> found, std::function<void(Outcome)> done)
{
    QJsonObject variables;
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    m_client->query(m_locationsDocument, variables, 52, [this, found, done](ShopifyResult r) {
        if (!r.ok) {
            done(fromResult(r, QStringLiteral("Reading Shopify's locations")));
            return;
        }
        const QJsonObject locations = r.data.value(QStringLiteral("locations")).toObject();
        for (const auto &n : locations.value(QStringLiteral("nodes")).toArray())
            found->insert(n.toObject().value(QStringLiteral("name")).toString(),
                n.toObject().value(QStringLiteral("id")).toString());
        const QJsonObject info = locations.value(QStringLiteral("pageInfo")).toObject();
        if (info.value(QStringLiteral("hasNextPage")).toBool()) {
            locationsPage(info.value(QStringLiteral("endCursor")).toString(), found, done);
            return;
        }
        QStringList missing;
        for (const auto &l : m_settings.locations) {
            if (m_locationGid.contains(l.key))
                continue;
            if (found->contains(l.shopifyLocation))
                m_locationGid.insert(l.key, found->value(l.shopifyLocation));
            else
                missing << l.shopifyLocation;
        }
        if (!missing.isEmpty())
            done(Outcome::failure(ErrorClass::Validation,
                QStringLiteral("Inventory settings: Shopify has no active location named %1")
                    .arg(missing.join(QStringLiteral(", ")))));
        else
            done(Outcome {});
    });
}

void ShopifyStock::read(const QStringList &skus, std::function<void(Outcome, ShopifyLevels)> done)
{
    auto run = std::make_shared<ReadRun>();
    run->done = std::move(done);
    for (const auto &l : m_settings.locations) {
        if (skus.isEmpty()) {
            run->tasks << ReadRun::Task { l.key, {} };
            continue;
        }
        for (int i = 0; i < skus.size(); i += kSkusPerQuery)
            run->tasks << ReadRun::Task { l.key, skus.mid(i, kSkusPerQuery) };
    }
    resolveLocations([this, run](Outcome o) {
        if (!o.ok) {
            run->done(o, {});
            return;
        }
        readNext(run);
    });
}

void ShopifyStock::readNext(std::shared_ptr<ReadRun> run)
{
    if (run->index >= run->tasks.size()) {
        for (auto it = run->variantsBySku.cbegin(); it != run->variantsBySku.cend(); ++it)
            if (it.value().size() > 1) {
                run->levels.bySku.remove(it.key());
                run->levels.duplicateSkus << it.key();
            }
        run->levels.duplicateSkus.sort();
        run->levels.variantsWithoutSku = int(run->withoutSku.size());
        run->done(Outcome {}, run->levels);
        return;
    }
    const ReadRun::Task &task = run->tasks.at(run->index);
    // Ask for no more than the filter can match: Shopify charges the requested size up front.
    const int first = task.skus.isEmpty() ? kPageSize : int(qMin<qsizetype>(kPageSize, task.skus.size()));
    QJsonObject variables { { QStringLiteral("first"), first },
        { QStringLiteral("loc"), m_locationGid.value(task.location) } };
    if (!task.skus.isEmpty())
        variables.insert(QStringLiteral("q"), skuQuery(task.skus));
    if (!run->after.isEmpty())
        variables.insert(QStringLiteral("after"), run->after);
    m_client->query(m_pageDocument, variables, 2 + first * 5, [this, run](ShopifyResult r) {
        if (!r.ok) {
            run->done(fromResult(r, QStringLiteral("Reading stock levels in Shopify")), {});
            return;
        }
        const ReadRun::Task &task = run->tasks.at(run->index);
        const QSet<QString> wanted(task.skus.cbegin(), task.skus.cend());
        const QJsonObject variants = r.data.value(QStringLiteral("productVariants")).toObject();
        for (const auto &v : variants.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject node = v.toObject();
            const QString sku = node.value(QStringLiteral("sku")).toString().trimmed();
            const QString variantId = node.value(QStringLiteral("id")).toString();
            if (sku.isEmpty()) {
                run->withoutSku.insert(variantId);
                continue;
            }
            if (!wanted.isEmpty() && !wanted.contains(sku))
                continue; // the search matched more loosely than we asked
            run->variantsBySku[sku].insert(variantId);
            const QJsonObject item = node.value(QStringLiteral("inventoryItem")).toObject();
            ShopifyLevel level;
            level.variantId = variantId;
            level.inventoryItemId = item.value(QStringLiteral("id")).toString();
            const QJsonValue at = item.value(QStringLiteral("inventoryLevel"));
            level.stocked = at.isObject();
            for (const auto &q : at.toObject().value(QStringLiteral("quantities")).toArray()) {
                const QString name = q.toObject().value(QStringLiteral("name")).toString();
                if (name == QLatin1String("available"))
                    level.available = q.toObject().value(QStringLiteral("quantity")).toInt();
                else if (name == QLatin1String("on_hand"))
                    level.onHand = q.toObject().value(QStringLiteral("quantity")).toInt();
            }
            run->levels.bySku[sku].insert(task.location, level);
        }
        const QJsonObject info = variants.value(QStringLiteral("pageInfo")).toObject();
        if (info.value(QStringLiteral("hasNextPage")).toBool()) {
            run->after = info.value(QStringLiteral("endCursor")).toString();
        } else {
            run->after.clear();
            ++run->index;
        }
        readNext(run);
    });
}

void ShopifyStock::write(
    const Targets &targets, const ShopifyLevels &current, const QString &keyBase, std::function<void(Outcome)> done)
{
    auto run = std::make_shared<WriteRun>();
    run->targets = targets;
    run->current = current;
    run->keyBase = keyBase;
    run->done = std::move(done);
    resolveLocations([this, run](Outcome o) {
        if (!o.ok) {
            run->done(o);
            return;
        }
        run->pending.clear();
        for (auto s = run->targets.cbegin(); s != run->targets.cend(); ++s) {
            if (run->current.duplicateSkus.contains(s.key()))
                continue;
            const auto levels = run->current.bySku.value(s.key());
            for (auto l = s.value().cbegin(); l != s.value().cend(); ++l) {
                const ShopifyLevel level = levels.value(l.key());
                if (level.stocked && level.available != l.value() && m_locationGid.contains(l.key()))
                    run->pending << WriteRun::Change { s.key(), l.key(), l.value(), level };
            }
        }
        writeRound(run);
    });
}

void ShopifyStock::writeRound(std::shared_ptr<WriteRun> run)
{
    if (run->pending.isEmpty()) {
        run->done(run->outcome);
        return;
    }
    const QList<WriteRun::Change> chunk = run->pending.mid(0, run->chunkSize);
    QJsonArray quantities;
    QStringList names;
    for (const auto &c : chunk) {
        quantities.append(QJsonObject { { QStringLiteral("inventoryItemId"), c.level.inventoryItemId },
            { QStringLiteral("locationId"), m_locationGid.value(c.location) },
            { QStringLiteral("quantity"), c.quantity },
            { QStringLiteral("changeFromQuantity"), c.level.available } });
        names << c.sku + QLatin1Char('@') + c.location;
    }
    const QJsonObject input { { QStringLiteral("name"), QStringLiteral("available") },
        { QStringLiteral("reason"), QStringLiteral("correction") },
        { QStringLiteral("referenceDocumentUri"), QString(QStringLiteral("gid://quayside/StockSync/") + run->keyBase) },
        { QStringLiteral("quantities"), quantities } };
    // The same input under the same key is one logical write: a resend replays Shopify's first answer. A
    // stale round gets a new key (Shopify remembers failed attempts under theirs).
    const QByteArray digest
        = QCryptographicHash::hash(QJsonDocument(input).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
              .toHex()
              .left(24);
    const QJsonObject variables { { QStringLiteral("input"), input },
        { QStringLiteral("key"),
            QStringLiteral("%1-r%2-%3").arg(run->keyBase).arg(run->round).arg(QString::fromLatin1(digest)) } };
    m_client->query(m_setDocument, variables, 10, [this, run, chunk, names](ShopifyResult r) {
        if (!r.ok) {
            run->done(
                fromResult(r, QStringLiteral("Setting stock of %1 in Shopify").arg(names.join(QStringLiteral(", ")))));
            return;
        }
        const QJsonArray errors = r.userErrors(QStringLiteral("inventorySetQuantities"));
        if (errors.isEmpty()) {
            for (const auto &c : chunk) {
                run->current.bySku[c.sku][c.location].available = c.quantity;
                ++run->outcome.written;
            }
            run->pending = run->pending.mid(chunk.size());
            writeRound(run);
            return;
        }
        QStringList codes, messages;
        for (const auto &e : errors) {
            codes << e.toObject().value(QStringLiteral("code")).toString();
            messages << e.toObject().value(QStringLiteral("message")).toString();
        }
        // Shopify's figure moved since it was read (an order, someone's edit), or the item left the location
        // meanwhile: read again (a level that is gone is then skipped), and retry.
        static const QStringList refreshable { QStringLiteral("CHANGE_FROM_QUANTITY_STALE"),
            QStringLiteral("ITEM_NOT_STOCKED_AT_LOCATION"),
            QStringLiteral("INVALID_INVENTORY_ITEM") };
        const bool refresh
            = std::all_of(codes.cbegin(), codes.cend(), [](const QString &c) { return refreshable.contains(c); });
        if (refresh) {
            if (++run->round > kStaleRounds) {
                run->done(Outcome::failure(ErrorClass::Conflict,
                    QStringLiteral("Stock of %1 kept changing in Shopify while it was being set; will retry")
                        .arg(names.join(QStringLiteral(", ")))));
                return;
            }
            ++run->outcome.staleRetries;
            QStringList skus;
            for (const auto &c : std::as_const(run->pending))
                if (!skus.contains(c.sku))
                    skus << c.sku;
            read(skus, [this, run, skus](Outcome o, ShopifyLevels fresh) {
                if (!o.ok) {
                    run->done(o);
                    return;
                }
                for (const QString &sku : skus) {
                    if (fresh.bySku.contains(sku))
                        run->current.bySku.insert(sku, fresh.bySku.value(sku));
                    else
                        run->current.bySku.remove(sku); // gone, or now on several variants: left alone
                }
                QList<WriteRun::Change> again;
                for (const auto &c : std::as_const(run->pending)) {
                    const ShopifyLevel level = run->current.bySku.value(c.sku).value(c.location);
                    if (level.stocked && level.available != c.quantity)
                        again << WriteRun::Change { c.sku, c.location, c.quantity, level };
                }
                run->pending = again;
                writeRound(run);
            });
            return;
        }
        if (codes.contains(QLatin1String("IDEMPOTENCY_CONCURRENT_REQUEST"))) {
            run->done(Outcome::failure(
                ErrorClass::Transient, QStringLiteral("Shopify is still applying an earlier identical stock update")));
            return;
        }
        // Shopify refuses the whole group for one bad item: find it by writing one at a time, and set the rest.
        if (chunk.size() > 1) {
            run->chunkSize = 1;
            writeRound(run);
            return;
        }
        run->outcome.rejected << Outcome::Rejection { chunk.first().sku,
            chunk.first().location,
            QStringLiteral("Shopify refused the stock update: %1 (%2)")
                .arg(messages.join(QStringLiteral("; ")), codes.join(QLatin1Char(','))) };
        run->pending = run->pending.mid(1);
        writeRound(run);
    });
}

} // namespace Quayside
