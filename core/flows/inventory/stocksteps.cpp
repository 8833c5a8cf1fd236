#include "core/flows/inventory/stocksteps.h"

#include "core/flows/inventory/inventoryjobs.h"
#include "core/flows/inventory/stockmath.h"
#include "core/flows/odooquery.h"
#include "core/flows/orders/orderjobs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Quayside {

using Connectors::OdooResult;
using OdooQuery::fromOdooStamp;
using OdooQuery::odooStamp;

namespace {
// Odoo stamps write_date in whole seconds, and a transaction may commit a little after its stamp: each
// poll looks this far back and skips the quants it has already seen in exactly that state.
constexpr qint64 kOverlapMs = 5000;

QJsonObject toJson(const QHash<QString, int> &h)
{
    QJsonObject o;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
QHash<QString, int> fromJson(const QJsonObject &o)
{
    QHash<QString, int> h;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        h.insert(it.key(), it.value().toInt());
    return h;
}
StepResult odooFailure(const OdooResult &r)
{
    return StepResult::failure(r.ambiguous ? ErrorClass::Transient : r.errorClass, r.message);
}
} // namespace

QHash<QString, int> unconfirmedNow(const StepEnvironment &env)
{
    if (!env.openJobPayloads)
        return {};
    return StockMath::unconfirmedBySku(env.openJobPayloads(OrderJobs::Flow, OrderJobs::CreateSaleOrderStep));
}

PollOdooStockStep::PollOdooStockStep(Connectors::OdooClient *client,
    InventorySettings settings,
    StepEnvironment env,
    std::function<FlowSchedule()> schedule)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_env(std::move(env))
    , m_schedule(std::move(schedule))
    , m_stock(m_client, m_settings)
{ }

void PollOdooStockStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    const QString since = payload.value(QStringLiteral("since")).toString();
    const QJsonObject seenBefore = payload.value(QStringLiteral("seen")).toObject();
    const QHash<QString, int> previous = fromJson(payload.value(QStringLiteral("unconfirmed")).toObject());
    // First the orders Odoo has not confirmed yet, then Odoo's figures (see the class comment).
    const QHash<QString, int> unconfirmed = unconfirmedNow(m_env);
    QSet<QString> changed;
    for (auto it = unconfirmed.cbegin(); it != unconfirmed.cend(); ++it)
        if (previous.value(it.key()) != it.value())
            changed << it.key();
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        if (!unconfirmed.contains(it.key()))
            changed << it.key();
    // A push that held back more than this chain had counted must be repeated once that figure is stale,
    // even when the figure this chain saw did not change (the order came and went between two polls).
    const QHash<QString, QJsonObject> overrides = m_env.readStatesOfKind
        ? m_env.readStatesOfKind(InventoryJobs::HoldOverrideKind)
        : QHash<QString, QJsonObject>();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        if (it.value().contains(QStringLiteral("unconfirmed"))
            && it.value().value(QStringLiteral("unconfirmed")).toInt() != unconfirmed.value(it.key()))
            changed << it.key();
    QStringList changedSkus(changed.cbegin(), changed.cend());
    changedSkus.sort();

    const auto finish = [this, done, unconfirmed](
                            const OdooStock::Levels &levels, const QString &watermark, const QJsonObject &seen) {
        StepResult result = StepResult::done();
        // Small pushes, in order: a failure repeats one batch, not the whole catalogue.
        QStringList skus = levels.keys();
        skus.sort();
        for (qsizetype i = 0; i < skus.size(); i += ShopifyStock::kSkusPerQuery) {
            QJsonArray items;
            for (const QString &sku : skus.mid(i, ShopifyStock::kSkusPerQuery))
                for (const auto &l : m_settings.locations)
                    items.append(QJsonObject { { QStringLiteral("sku"), sku },
                        { QStringLiteral("location"), l.key },
                        { QStringLiteral("free"), levels.value(sku).value(l.key).free },
                        { QStringLiteral("unconfirmed"), unconfirmed.value(sku) } });
            result.followUps << InventoryJobs::push({ { QStringLiteral("items"), items } });
        }
        NewJob next = InventoryJobs::job(InventoryJobs::PollOdooStep,
            InventoryJobs::firstStockPoll().partitionKey,
            { { QStringLiteral("since"), watermark },
                { QStringLiteral("seen"), seen },
                { QStringLiteral("unconfirmed"), toJson(unconfirmed) } },
            m_schedule().nextRunMs(QDateTime::currentMSecsSinceEpoch()));
        result.followUps << next;
        if (!watermark.isEmpty())
            result.cursors << qMakePair(cursorName(), watermark);
        done(result);
    };

    m_stock.ready([this, since, seenBefore, changedSkus, finish, done](OdooStock::Outcome o) {
        if (!o.ok) {
            done(odooFailure(o.error));
            return;
        }
        QJsonArray quantDomain;
        if (!since.isEmpty())
            quantDomain.append(QJsonArray { QStringLiteral("write_date"),
                QStringLiteral(">="),
                odooStamp(fromOdooStamp(since).addMSecs(-kOverlapMs)) });
        QJsonObject kwargs { { QStringLiteral("domain"), quantDomain },
            { QStringLiteral("fields"),
                QJsonArray { QStringLiteral("product_id"),
                    QStringLiteral("write_date"),
                    QStringLiteral("quantity"),
                    QStringLiteral("reserved_quantity") } },
            { QStringLiteral("order"), QStringLiteral("write_date desc, id desc") } };
        if (since.isEmpty())
            kwargs.insert(QStringLiteral("limit"), 1); // the first poll reads everything; only the watermark matters
        m_client->call(QStringLiteral("stock.quant"),
            QStringLiteral("search_read"),
            {},
            kwargs,
            [this, since, seenBefore, changedSkus, finish, done](OdooResult r) {
                if (!r.ok) {
                    done(odooFailure(r));
                    return;
                }
                QString watermark = since;
                for (const auto &q : r.value.toArray())
                    watermark = qMax(watermark, q.toObject().value(QStringLiteral("write_date")).toString());
                const QString windowStart = odooStamp(fromOdooStamp(watermark).addMSecs(-kOverlapMs));
                QJsonObject seen; // quant id -> its state, for the quants the next poll's window will include
                QSet<int> productIds;
                for (const auto &q : r.value.toArray()) {
                    const QJsonObject quant = q.toObject();
                    const QString id = QString::number(quant.value(QStringLiteral("id")).toInt());
                    const QString stamp = quant.value(QStringLiteral("write_date")).toString();
                    const QString state = QStringLiteral("%1|%2|%3")
                                              .arg(stamp)
                                              .arg(quant.value(QStringLiteral("quantity")).toDouble())
                                              .arg(quant.value(QStringLiteral("reserved_quantity")).toDouble());
                    if (stamp >= windowStart)
                        seen.insert(id, state);
                    if (seenBefore.value(id).toString() != state)
                        productIds.insert(quant.value(QStringLiteral("product_id")).toArray().at(0).toInt());
                }
                QJsonArray domain;
                if (since.isEmpty()) {
                    // First poll: every product.
                } else {
                    QJsonArray ids;
                    for (int id : productIds)
                        ids.append(id);
                    const QJsonArray byId { QStringLiteral("id"), QStringLiteral("in"), ids };
                    const QJsonArray bySku {
                        QStringLiteral("default_code"), QStringLiteral("in"), QJsonArray::fromStringList(changedSkus)
                    };
                    if (ids.isEmpty() && changedSkus.isEmpty()) {
                        finish({}, watermark, seen);
                        return;
                    }
                    if (!ids.isEmpty() && !changedSkus.isEmpty())
                        domain = QJsonArray { QStringLiteral("|"), byId, bySku };
                    else
                        domain = OdooQuery::listOf(ids.isEmpty() ? bySku : byId);
                }
                m_stock.read(domain, [finish, watermark, seen, done](OdooStock::Outcome o, OdooStock::Levels levels) {
                    if (!o.ok) {
                        done(odooFailure(o.error));
                        return;
                    }
                    finish(levels, watermark, seen);
                });
            });
    });
}

PushStockStep::PushStockStep(Connectors::ShopifyClient *client, InventorySettings settings, StepEnvironment env)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_env(std::move(env))
    , m_stock(m_client, m_settings)
{ }

void PushStockStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonArray items = QJsonDocument::fromJson(job.payload).object().value(QStringLiteral("items")).toArray();
    const QHash<QString, int> now = unconfirmedNow(m_env);
    ShopifyStock::Targets targets;
    QList<StateWrite> holds; // what this push held back beyond its poll's count, or that it did not
    for (const auto &v : items) {
        const QJsonObject item = v.toObject();
        const QString sku = item.value(QStringLiteral("sku")).toString();
        const QString location = item.value(QStringLiteral("location")).toString();
        if (sku.isEmpty() || !m_settings.location(location))
            continue; // a location no longer mapped
        const int counted = item.value(QStringLiteral("unconfirmed")).toInt();
        // An order that arrived since the poll is held back at once: it is already sold in Shopify.
        const int unconfirmed = qMax(counted, now.value(sku));
        if (!targets.contains(sku))
            holds << StateWrite { InventoryJobs::HoldOverrideKind,
                sku,
                { { QStringLiteral("unconfirmed"), unconfirmed > counted ? QJsonValue(unconfirmed) : QJsonValue() } } };
        targets[sku][location] = StockMath::shopifyAvailable(
            item.value(QStringLiteral("free")).toDouble(), unconfirmed, m_settings.safetyStockFor(sku));
    }
    if (targets.isEmpty()) {
        done(StepResult::done());
        return;
    }
    const QString key = QStringLiteral("push-%1-a%2").arg(job.id).arg(job.attempts);
    m_stock.read(targets.keys(), [this, targets, holds, key, done](ShopifyStock::Outcome o, ShopifyLevels levels) {
        if (!o.ok) {
            done(StepResult::failure(o.errorClass, o.message, o.retryAfterMs));
            return;
        }
        m_stock.write(targets, levels, key, [holds, done](ShopifyStock::Outcome o) {
            if (!o.ok) {
                done(StepResult::failure(o.errorClass, o.message, o.retryAfterMs));
                return;
            }
            // Refused items are noted where the reconciliation and the console look, not retried blindly.
            StepResult result = StepResult::done();
            result.state = holds;
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            for (const auto &r : o.rejected)
                result.state << StateWrite { InventoryJobs::MismatchKind,
                    InventoryJobs::mismatchKey(r.sku, r.location),
                    { { QStringLiteral("sku"), r.sku },
                        { QStringLiteral("location"), r.location },
                        { QStringLiteral("problems"), QJsonArray { r.reason } },
                        { QStringLiteral("lastSeenAt"), now },
                        { QStringLiteral("resolved"), false } } };
            done(result);
        });
    });
}

} // namespace Quayside
