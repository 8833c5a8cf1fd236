#pragma once

#include "core/engine/errorclass.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Quayside::Connectors {

// One SKU's stock at one ShipBob fulfilment centre.
struct ShipBobStockLevel
{
    int inventoryId = 0;
    QString sku;
    int fulfillmentCenterId = 0;
    int onHand = 0;
    int committed = 0;
    int fulfillable = 0;
};

struct ShipBobInventoryResult
{
    bool ok = false;
    ErrorClass errorClass = ErrorClass::Transient;
    QString message;
    qint64 retryAfterMs = -1;
    QList<ShipBobStockLevel> levels;
};

// Reads ShipBob's inventory per fulfilment centre: GET /2026-01/inventory-level/locations, every page
// (threepl.md §1.2). Small on purpose: the lead folds it into the ShipBob client.
class ShipBobInventoryReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipBobInventoryReader)

public:
    ShipBobInventoryReader(QNetworkAccessManager *network, QUrl baseUrl, QString token, QObject *parent = nullptr);

    void readAll(std::function<void(ShipBobInventoryResult)> done);

private:
    void page(const QString &pathAndQuery,
        std::shared_ptr<ShipBobInventoryResult> result,
        int number,
        std::function<void(ShipBobInventoryResult)> done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token; // never logged
};

} // namespace Quayside::Connectors
