#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

namespace Quayside::Sandbox {

// Where a shipment is, on ShipBob's floor and then with the carrier. The API shows it through the shipment
// `status` (Orders.OrderStatusEnum), the timeline and the tracking status.
enum class ShipBobStage { Processing, Picked, Packed, Labeled, InTransit, Delivered, OnHold, Exception, Cancelled };

// A return order's life: "Awaiting Arrival" -> "Arrived" -> "Processing" -> "Completed", or "Cancelled".
enum class ShipBobReturnStage { AwaitingArrival, Arrived, Processing, Completed, Cancelled };

struct ShipBobLine
{
    int productId = 0;
    int inventoryId = 0;
    QString referenceId;
    QString sku;
    QString name;
    int quantity = 0;
    std::optional<double> unitPrice;
    QString gtin;
    QString upc;
    std::optional<int> externalLineId;
};

struct ShipBobLogEntry
{
    int typeId = 0;
    QString name;
    QString text;
    qint64 atMs = 0;
};

struct ShipBobTrackingEvent
{
    QString status; // Tracking.ShipmentTrackingResponse.status, e.g. "InTransit"
    QString message;
    qint64 atMs = 0;
};

struct ShipBobShipment
{
    int id = 0;
    int orderId = 0;
    QString referenceId;
    ShipBobStage stage = ShipBobStage::Processing;
    ShipBobStage stageBeforeHold = ShipBobStage::Processing;
    QString statusDetail; // why it is on hold or in exception, e.g. "Out of Stock"
    qint64 createdMs = 0;
    qint64 lastUpdateMs = 0;
    qint64 nextStepAtMs = 0; // 0 = nothing scheduled
    qint64 labeledMs = 0;
    qint64 deliveredMs = 0;
    qint64 lastTrackingUpdateMs = 0;
    bool committed = false; // inventory committed for it
    bool failNextDelivery = false;
    bool trackingUploaded = false;
    QString shipOption;
    QString carrier;
    QString carrierService;
    QString trackingNumber;
    QString trackingUrl;
    QList<ShipBobLine> lines;
    QList<ShipBobLogEntry> logs;
    QList<ShipBobTrackingEvent> tracking;
};

struct ShipBobOrder
{
    int id = 0;
    int channelId = 0;
    QString referenceId;
    QString orderNumber;
    QString type; // Orders.OrderType
    QString shippingMethod;
    qint64 createdMs = 0;
    qint64 lastUpdateMs = 0;
    nlohmann::json purchaseDate; // string or null, as given
    nlohmann::json recipient; // Orders.RecipientInfoViewModel, known fields only
    nlohmann::json financials; // object or null
    nlohmann::json giftMessage; // string or null
    nlohmann::json tags; // array or null
    QList<ShipBobLine> lines;
    QList<int> shipmentIds;
};

struct ShipBobReturnLine
{
    int inventoryId = 0;
    int quantity = 0;
    QString action; // Returns.ReturnAction
    QString sku;
    QString name;
};

struct ShipBobReturn
{
    int id = 0;
    int channelId = 0;
    QString referenceId;
    int fulfillmentCenterId = 0;
    std::optional<int> originalShipmentId;
    QString trackingNumber;
    ShipBobReturnStage stage = ShipBobReturnStage::AwaitingArrival;
    qint64 insertMs = 0;
    qint64 nextStepAtMs = 0;
    QList<QPair<ShipBobReturnStage, qint64>> history;
    QList<ShipBobReturnLine> lines;
};

struct ShipBobInventoryItem
{
    int inventoryId = 0;
    int productId = 0;
    QString sku;
    QString name;
    QString barcode;
    int onHand = 0;
    int committed = 0;
    int fulfillable() const { return std::max(0, onHand - committed); }
};

// One action of a sandbox simulation (POST /simulate/shipment): "ShipOrder" or "DeliverOrder", after a delay.
struct ShipBobSimulationStep
{
    QString action;
    int delayMinutes = 0; // 0..2880
    QString status = QStringLiteral("Pending"); // Pending, Success, Failed, Skipped
    QString message;
    qint64 scheduleMs = 0;
};

// A chain of up to five actions on one shipment, run in order on the simulated clock.
struct ShipBobSimulation
{
    QString id;
    int shipmentId = 0;
    QList<ShipBobSimulationStep> steps;
    int current = 0; // the next step to run
};

// Simulated durations between stages, in simulated milliseconds.
struct ShipBobProgressionPlan
{
    qint64 pickMs = 10 * 60 * 1000;
    qint64 packMs = 10 * 60 * 1000;
    qint64 labelMs = 10 * 60 * 1000;
    qint64 inTransitMs = 2 * 60 * 60 * 1000;
    qint64 deliverMs = 24 * 60 * 60 * 1000;
    qint64 returnArriveMs = 48 * 60 * 60 * 1000;
    qint64 returnProcessMs = 4 * 60 * 60 * 1000;
    qint64 returnCompleteMs = 4 * 60 * 60 * 1000;
};

// Something a webhook subscriber may hear about; drained by the emulator after each change.
struct ShipBobEvent
{
    QByteArray topic; // Webhooks.Topics, e.g. "order.shipped"
    int shipmentId = 0;
    int returnId = 0;
};

QString toApiStatus(ShipBobStage stage); // Orders.OrderStatusEnum
QString toApiStatus(ShipBobReturnStage stage); // "Awaiting Arrival", ...

} // namespace Quayside::Sandbox
