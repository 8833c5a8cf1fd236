#include "core/flows/inventory/odoostock.h"

#include <memory>

namespace Quayside {

using Connectors::OdooResult;

namespace {
OdooStock::Outcome failed(OdooResult r, const QString &what)
{
    r.message = QStringLiteral("%1: %2").arg(what, r.message);
    return { false, r };
}
} // namespace

OdooStock::OdooStock(Connectors::OdooClient *client, InventorySettings settings)
    : m_client(client)
    , m_settings(std::move(settings))
{ }

void OdooStock::ready(std::function<void(Outcome)> done)
{
    if (m_warehouseId.size() == m_settings.locations.size()) {
        done({});
        return;
    }
    m_client->call(QStringLiteral("stock.warehouse"),
        QStringLiteral("search_read"),
        {},
        { { QStringLiteral("domain"), QJsonArray() },
            { QStringLiteral("fields"),
                QJsonArray { QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name") } } },
        [this, done](OdooResult r) {
            if (!r.ok) {
                done(failed(r, QStringLiteral("Reading Odoo's warehouses")));
                return;
            }
            QStringList missing;
            for (const auto &l : m_settings.locations) {
                for (const auto &w : r.value.toArray()) {
                    const QJsonObject wh = w.toObject();
                    if (wh.value(QStringLiteral("code")).toString() == l.odooWarehouse
                        || wh.value(QStringLiteral("name")).toString() == l.odooWarehouse)
                        m_warehouseId.insert(l.key, wh.value(QStringLiteral("id")).toInt());
                }
                if (!m_warehouseId.contains(l.key))
                    missing << l.odooWarehouse;
            }
            if (!missing.isEmpty()) {
                done(failed(OdooResult::failure(ErrorClass::Validation,
                                QStringLiteral("no warehouse with code or name %1 (inventory settings)")
                                    .arg(missing.join(QStringLiteral(", ")))),
                    QStringLiteral("Inventory settings")));
                return;
            }
            done({});
        });
}

void OdooStock::read(const QJsonArray &domain, std::function<void(Outcome, Levels)> done)
{
    ready([this, domain, done](Outcome o) {
        if (!o.ok) {
            done(o, {});
            return;
        }
        readWarehouse(0, domain, std::make_shared<Levels>(), done);
    });
}

void OdooStock::readWarehouse(
    int index, const QJsonArray &domain, std::shared_ptr<Levels> out, std::function<void(Outcome, Levels)> done)
{
    if (index >= m_settings.locations.size()) {
        done({}, *out);
        return;
    }
    const QString location = m_settings.locations.at(index).key;
    QJsonArray full = domain;
    full.append(QJsonArray { QStringLiteral("default_code"), QStringLiteral("!="), false });
    // Storable goods only: 17 marks them with type "product", 18+ with is_storable (odoo.md §3.2).
    if (m_client->majorVersion() >= 18)
        full.append(QJsonArray { QStringLiteral("is_storable"), QStringLiteral("="), true });
    else
        full.append(QJsonArray { QStringLiteral("type"), QStringLiteral("="), QStringLiteral("product") });
    const QJsonObject context { { m_client->warehouseContextKey(), m_warehouseId.value(location) } };
    m_client->call(QStringLiteral("product.product"),
        QStringLiteral("search_read"),
        {},
        { { QStringLiteral("domain"), full },
            { QStringLiteral("fields"),
                QJsonArray { QStringLiteral("id"),
                    QStringLiteral("default_code"),
                    QStringLiteral("free_qty"),
                    QStringLiteral("qty_available") } },
            { QStringLiteral("context"), context } },
        [this, index, domain, out, done, location](OdooResult r) {
            if (!r.ok) {
                done(failed(r, QStringLiteral("Reading stock of warehouse %1 in Odoo").arg(location)), {});
                return;
            }
            for (const auto &p : r.value.toArray()) {
                const QJsonObject product = p.toObject();
                const QString sku = product.value(QStringLiteral("default_code")).toString().trimmed();
                if (sku.isEmpty())
                    continue;
                OdooLevel level;
                level.productId = product.value(QStringLiteral("id")).toInt();
                level.free = product.value(QStringLiteral("free_qty")).toDouble();
                level.onHand = product.value(QStringLiteral("qty_available")).toDouble();
                (*out)[sku].insert(location, level);
            }
            readWarehouse(index + 1, domain, out, done);
        });
}

} // namespace Quayside
