#include "core/flows/inventory/reconcilesteps.h"

#include "core/flows/inventory/inventoryjobs.h"
#include "core/flows/inventory/stockmath.h"
#include "core/flows/inventory/stocksteps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace Quayside {

using Connectors::OdooResult;

namespace {
const QString Partition = QStringLiteral("inventory:reconcile");

QJsonValue orNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> number(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
} // namespace

ReconcileOdooStep::ReconcileOdooStep(Connectors::OdooClient *client, InventorySettings settings, StepEnvironment env)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_env(std::move(env))
    , m_stock(m_client, m_settings)
{ }

void ReconcileOdooStep::run(const JobRecord &, StepCallback done)
{
    // The orders first, then Odoo (as in the stock poll): an order confirmed in between counts twice, not never.
    const QHash<QString, int> unconfirmed = unconfirmedNow(m_env);
    m_stock.read({}, [done, unconfirmed](OdooStock::Outcome o, OdooStock::Levels levels) {
        if (!o.ok) {
            done(StepResult::failure(o.error.ambiguous ? ErrorClass::Transient : o.error.errorClass, o.error.message));
            return;
        }
        QJsonObject odoo;
        for (auto s = levels.cbegin(); s != levels.cend(); ++s) {
            QJsonObject perLocation;
            for (auto l = s.value().cbegin(); l != s.value().cend(); ++l)
                perLocation.insert(l.key(),
                    QJsonObject {
                        { QStringLiteral("free"), l.value().free }, { QStringLiteral("onHand"), l.value().onHand } });
            odoo.insert(s.key(), perLocation);
        }
        QJsonObject counted;
        for (auto it = unconfirmed.cbegin(); it != unconfirmed.cend(); ++it)
            counted.insert(it.key(), it.value());
        done(StepResult::done({ InventoryJobs::job(InventoryJobs::ReconcileThreePlStep,
            Partition,
            { { QStringLiteral("odoo"), odoo }, { QStringLiteral("unconfirmed"), counted } }) }));
    });
}

ReconcileThreePlStep::ReconcileThreePlStep(
    std::unique_ptr<Connectors::ShipBobInventoryReader> reader, InventorySettings settings)
    : m_reader(std::move(reader))
    , m_settings(std::move(settings))
{ }

void ReconcileThreePlStep::run(const JobRecord &job, StepCallback done)
{
    QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    QHash<int, QString> locationByCenter;
    for (const auto &l : m_settings.locations)
        if (l.shipbobFulfillmentCenterId > 0)
            locationByCenter.insert(l.shipbobFulfillmentCenterId, l.key);
    const auto next = [](const QJsonObject &p) {
        return StepResult::done({ InventoryJobs::job(InventoryJobs::ReconcileShopifyStep, Partition, p) });
    };
    if (locationByCenter.isEmpty()) {
        done(next(payload));
        return;
    }
    m_reader->readAll([done, payload, locationByCenter, next](Connectors::ShipBobInventoryResult r) mutable {
        if (!r.ok) {
            done(StepResult::failure(r.errorClass, r.message, r.retryAfterMs));
            return;
        }
        QJsonObject threepl; // SKU -> location key -> on hand
        for (const auto &level : r.levels) {
            const QString location = locationByCenter.value(level.fulfillmentCenterId);
            if (location.isEmpty() || level.sku.isEmpty())
                continue;
            QJsonObject perLocation = threepl.value(level.sku).toObject();
            perLocation.insert(location, perLocation.value(location).toInt() + level.onHand);
            threepl.insert(level.sku, perLocation);
        }
        payload.insert(QStringLiteral("threepl"), threepl);
        done(next(payload));
    });
}

ReconcileShopifyStep::ReconcileShopifyStep(Connectors::ShopifyClient *client,
    InventorySettings settings,
    StepEnvironment env,
    std::function<FlowSchedule()> schedule)
    : m_client(client)
    , m_settings(std::move(settings))
    , m_env(std::move(env))
    , m_schedule(std::move(schedule))
    , m_stock(m_client, m_settings)
{ }

void ReconcileShopifyStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    m_stock.read({}, [this, job, payload, done](ShopifyStock::Outcome o, ShopifyLevels shopify) {
        if (!o.ok) {
            done(StepResult::failure(o.errorClass, o.message, o.retryAfterMs));
            return;
        }
        const QJsonObject odoo = payload.value(QStringLiteral("odoo")).toObject();
        const QJsonObject threepl = payload.value(QStringLiteral("threepl")).toObject();
        const bool threeplRead = payload.contains(QStringLiteral("threepl"));
        QHash<QString, int> unconfirmed;
        const QJsonObject counted = payload.value(QStringLiteral("unconfirmed")).toObject();
        for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
            unconfirmed.insert(it.key(), it.value().toInt());
        unconfirmed = StockMath::larger(unconfirmed, unconfirmedNow(m_env));

        QSet<QString> skus(shopify.duplicateSkus.cbegin(), shopify.duplicateSkus.cend());
        for (auto it = shopify.bySku.cbegin(); it != shopify.bySku.cend(); ++it)
            skus.insert(it.key());
        for (const QString &sku : odoo.keys())
            skus.insert(sku);
        for (const QString &sku : threepl.keys())
            skus.insert(sku);

        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QHash<QString, QJsonObject> known = m_env.readStatesOfKind
            ? m_env.readStatesOfKind(InventoryJobs::MismatchKind)
            : QHash<QString, QJsonObject>();
        StepResult result = StepResult::done();
        ShopifyStock::Targets corrections;
        QHash<QString, QJsonObject> found; // key -> fields
        QSet<QString> onlyShopifyFigure; // keys whose single problem is a correctable Shopify figure

        for (const QString &sku : std::as_const(skus)) {
            const bool duplicate = shopify.duplicateSkus.contains(sku);
            const bool inShopify = duplicate || shopify.bySku.contains(sku);
            const QJsonObject odooSku = odoo.value(sku).toObject();
            for (const auto &location : m_settings.locations) {
                const ShopifyLevel level = shopify.bySku.value(sku).value(location.key);
                const std::optional<double> shopifyAvailable
                    = level.stocked ? std::optional<double>(level.available) : std::nullopt;
                const QJsonObject odooAt = odooSku.value(location.key).toObject();
                const std::optional<double> free = number(odooAt.value(QStringLiteral("free")));
                const std::optional<double> onHand = number(odooAt.value(QStringLiteral("onHand")));
                const bool atShipBob = location.shipbobFulfillmentCenterId > 0 && threeplRead;
                const std::optional<double> threeplOnHand = number(threepl.value(sku).toObject().value(location.key));
                std::optional<double> expected;
                if (free)
                    expected
                        = StockMath::shopifyAvailable(*free, unconfirmed.value(sku), m_settings.safetyStockFor(sku));

                QStringList problems;
                if (duplicate)
                    problems << QStringLiteral("the SKU is on more than one Shopify variant");
                else if (!inShopify && free)
                    problems << QStringLiteral("no Shopify variant has this SKU");
                else if (inShopify && !level.stocked && free)
                    problems << QStringLiteral("not stocked at this Shopify location");
                if (!free && (inShopify || threeplOnHand))
                    problems << QStringLiteral("no storable Odoo product has this internal reference");
                const bool shopifyWrong = shopifyAvailable && expected && *shopifyAvailable != *expected;
                if (shopifyWrong)
                    problems << QStringLiteral("Shopify shows %1 available, expected %2")
                                    .arg(*shopifyAvailable)
                                    .arg(*expected);
                if (atShipBob && onHand) {
                    if (!threeplOnHand && *onHand != 0)
                        problems << QStringLiteral("ShipBob does not stock this SKU");
                    else if (threeplOnHand && *threeplOnHand != *onHand)
                        problems << QStringLiteral("ShipBob has %1 on hand, Odoo %2").arg(*threeplOnHand).arg(*onHand);
                }
                if (problems.isEmpty())
                    continue;
                const QString key = InventoryJobs::mismatchKey(sku, location.key);
                QJsonObject fields { { QStringLiteral("sku"), sku },
                    { QStringLiteral("location"), location.key },
                    { QStringLiteral("shopify"), orNull(shopifyAvailable) },
                    { QStringLiteral("odoo"), orNull(free) },
                    { QStringLiteral("odooOnHand"), orNull(onHand) },
                    { QStringLiteral("threepl"), orNull(atShipBob ? threeplOnHand : std::nullopt) },
                    { QStringLiteral("expected"), orNull(expected) },
                    { QStringLiteral("unconfirmed"), unconfirmed.value(sku) },
                    { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
                    { QStringLiteral("lastSeenAt"), now },
                    { QStringLiteral("resolved"), false },
                    { QStringLiteral("resolvedAt"), QJsonValue::Null } };
                const QJsonObject before = known.value(key);
                if (before.isEmpty() || before.value(QStringLiteral("resolved")).toBool())
                    fields.insert(QStringLiteral("firstSeenAt"), now);
                found.insert(key, fields);
                if (shopifyWrong && !duplicate) {
                    corrections[sku][location.key] = int(*expected);
                    if (problems.size() == 1)
                        onlyShopifyFigure.insert(key);
                }
            }
        }
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            if (!found.contains(it.key()) && !it.value().value(QStringLiteral("resolved")).toBool())
                result.state << StateWrite { InventoryJobs::MismatchKind,
                    it.key(),
                    { { QStringLiteral("resolved"), true },
                        { QStringLiteral("resolvedAt"), now },
                        { QStringLiteral("lastCheckedAt"), now } } };

        const auto finish = [this, found, done, now](StepResult result, const QSet<QString> &corrected) {
            for (auto it = found.cbegin(); it != found.cend(); ++it) {
                QJsonObject fields = it.value();
                if (corrected.contains(it.key())) {
                    fields.insert(QStringLiteral("resolved"), true);
                    fields.insert(QStringLiteral("resolvedAt"), now);
                    fields.insert(QStringLiteral("correctedTo"), fields.value(QStringLiteral("expected")));
                }
                result.state << StateWrite { InventoryJobs::MismatchKind, it.key(), fields };
            }
            result.followUps << InventoryJobs::job(InventoryJobs::ReconcileOdooStep,
                Partition,
                {},
                m_schedule().nextRunMs(QDateTime::currentMSecsSinceEpoch()));
            done(result);
        };
        if (m_settings.reconcileMode == InventorySettings::ReconcileMode::Report || corrections.isEmpty()) {
            finish(result, {});
            return;
        }
        const QString key = QStringLiteral("reconcile-%1-a%2").arg(job.id).arg(job.attempts);
        m_stock.write(corrections, shopify, key, [result, finish, onlyShopifyFigure, done](ShopifyStock::Outcome o) {
            if (!o.ok) {
                done(StepResult::failure(o.errorClass, o.message, o.retryAfterMs));
                return;
            }
            QSet<QString> corrected = onlyShopifyFigure;
            for (const auto &r : o.rejected)
                corrected.remove(InventoryJobs::mismatchKey(r.sku, r.location)); // stays open, for a person
            finish(result, corrected);
        });
    });
}

} // namespace Quayside
