#include "core/connectors/shipbob/shipbobinventoryreader.h"

#include "core/connectors/common/httpexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Quayside::Connectors {

namespace {
constexpr int kMaxPages = 1000; // a malformed "next" loop must end
}

ShipBobInventoryReader::ShipBobInventoryReader(
    QNetworkAccessManager *network, QUrl baseUrl, QString token, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
{ }

void ShipBobInventoryReader::readAll(std::function<void(ShipBobInventoryResult)> done)
{
    page(QStringLiteral("/2026-01/inventory-level/locations?PageSize=250"),
        std::make_shared<ShipBobInventoryResult>(),
        1,
        std::move(done));
}

void ShipBobInventoryReader::page(const QString &pathAndQuery,
    std::shared_ptr<ShipBobInventoryResult> result,
    int number,
    std::function<void(ShipBobInventoryResult)> done)
{
    HttpRequestSpec spec;
    spec.verb = "GET";
    QString base = m_baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    spec.url = QUrl(base + pathAndQuery);
    spec.headers = { { "Authorization", "Bearer " + m_token.toUtf8() }, { "Accept", "application/json" } };
    sendHttp(m_network, spec, this, [this, result, number, done](HttpOutcome o) {
        if (!o.isSuccess()) {
            ShipBobInventoryResult failed;
            failed.errorClass = o.errorClass();
            failed.retryAfterMs = o.retryAfterMs().value_or(-1);
            failed.message = QStringLiteral("Reading ShipBob inventory: %1").arg(o.summary());
            done(failed);
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(o.body).object();
        for (const auto &v : body.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = v.toObject();
            for (const auto &l : item.value(QStringLiteral("locations")).toArray()) {
                const QJsonObject at = l.toObject();
                ShipBobStockLevel level;
                level.inventoryId = item.value(QStringLiteral("inventory_id")).toInt();
                level.sku = item.value(QStringLiteral("sku")).toString().trimmed();
                level.fulfillmentCenterId = at.value(QStringLiteral("location_id")).toInt();
                level.onHand = at.value(QStringLiteral("on_hand_quantity")).toInt();
                level.committed = at.value(QStringLiteral("committed_quantity")).toInt();
                level.fulfillable = at.value(QStringLiteral("fulfillable_quantity")).toInt();
                result->levels << level;
            }
        }
        const QString next = body.value(QStringLiteral("next")).toString();
        if (next.isEmpty() || number >= kMaxPages) {
            result->ok = true;
            done(*result);
            return;
        }
        page(next, result, number + 1, done);
    });
}

} // namespace Quayside::Connectors
