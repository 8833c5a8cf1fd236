#include "sandbox/shipbob/shipbobjson.h"

#include <QDateTime>

namespace Quayside::Sandbox::ShipBobJson {

using nlohmann::json;

namespace {
json str(const QString &s)
{
    return s.isEmpty() ? json(nullptr) : json(s.toStdString());
}

json productsOf(const QList<ShipBobLine> &lines, const ShipBobShipment *shipment)
{
    json out = json::array();
    for (const auto &line : lines) {
        if (shipment) { // Orders.ShipmentProductViewModel
            out.push_back({ { "id", line.productId },
                { "name", str(line.name) },
                { "reference_id", str(line.referenceId) },
                { "sku", str(line.sku) },
                { "inventory_items",
                    json::array({ { { "id", line.inventoryId },
                        { "name", str(line.name) },
                        { "quantity", line.quantity },
                        { "quantity_committed", shipment->committed ? line.quantity : 0 },
                        { "is_dangerous_goods", false },
                        { "lot", nullptr },
                        { "expiration_date", nullptr },
                        { "serial_numbers", json::array() } } }) } });
        } else { // Orders.ProductInfoViewModel
            out.push_back({ { "id", line.productId },
                { "reference_id", str(line.referenceId) },
                { "sku", str(line.sku) },
                { "quantity", line.quantity },
                { "unit_price", line.unitPrice ? json(*line.unitPrice) : json(nullptr) },
                { "gtin", str(line.gtin) },
                { "upc", str(line.upc) },
                { "external_line_id", line.externalLineId ? json(*line.externalLineId) : json(nullptr) } });
        }
    }
    return out;
}

QString trackingStatus(const ShipBobShipment &s)
{
    if (s.stage == ShipBobStage::Cancelled)
        return QStringLiteral("Cancelled");
    return s.tracking.isEmpty() ? QString() : s.tracking.last().status;
}
} // namespace

json time(qint64 ms)
{
    if (ms <= 0)
        return nullptr;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}

json order(const ShipBobOrder &o, const ShipBobState &state)
{
    json shipments = json::array();
    for (int id : o.shipmentIds)
        if (const auto *s = state.shipment(id))
            shipments.push_back(shipment(*s, state));
    json out = { { "id", o.id },
        { "channel", { { "id", o.channelId }, { "name", "Quayside" } } },
        { "created_date", time(o.createdMs) },
        { "purchase_date", o.purchaseDate.is_null() ? json(nullptr) : o.purchaseDate },
        { "reference_id", o.referenceId.toStdString() },
        { "order_number", str(o.orderNumber) },
        { "status", state.orderStatus(o).toStdString() },
        { "type", o.type.toStdString() },
        { "shipping_method", str(o.shippingMethod) },
        { "recipient", o.recipient },
        { "products", productsOf(o.lines, nullptr) },
        { "shipments", shipments },
        { "gift_message", o.giftMessage.is_null() ? json(nullptr) : o.giftMessage },
        { "tags", o.tags.is_null() ? json(nullptr) : o.tags } };
    if (o.financials.is_object())
        out["financials"] = o.financials;
    return out;
}

json shipment(const ShipBobShipment &s, const ShipBobState &state)
{
    const auto *o = state.order(s.orderId);
    json recipient = o ? o->recipient : json::object();
    if (recipient.contains("name"))
        recipient["full_name"] = recipient["name"];
    json statusDetails = json::array();
    if (!s.statusDetail.isEmpty())
        statusDetails.push_back({ { "id", s.stage == ShipBobStage::OnHold ? 1 : 2 },
            { "name", s.statusDetail.toStdString() },
            { "description", s.statusDetail.toStdString() },
            { "inventory_id", nullptr },
            { "exception_fulfillment_center_id", nullptr } });
    int weightOz = 0;
    for (const auto &line : s.lines)
        weightOz += line.quantity * 8;
    const qint64 estimated = s.createdMs + 24LL * 60 * 60 * 1000;
    const bool fulfilled = s.labeledMs > 0;
    QString efdStatus = QStringLiteral("PendingOnTime");
    if (s.stage == ShipBobStage::Exception)
        efdStatus = QStringLiteral("AwaitingInventoryAllocation");
    else if (s.stage == ShipBobStage::Cancelled)
        efdStatus = QStringLiteral("Unavailable");
    else if (fulfilled)
        efdStatus = s.labeledMs <= estimated ? QStringLiteral("FulfilledOnTime") : QStringLiteral("FulfilledLate");
    else if (state.now() > estimated)
        efdStatus = QStringLiteral("PendingLate");

    json out = { { "id", s.id },
        { "order_id", s.orderId },
        { "reference_id", str(s.referenceId) },
        { "status", toApiStatus(s.stage).toStdString() },
        { "status_details", statusDetails },
        { "created_date", time(s.createdMs) },
        { "last_update_at", time(s.lastUpdateMs) },
        { "last_tracking_update_at", time(s.lastTrackingUpdateMs) },
        { "actual_fulfillment_date", time(s.labeledMs) },
        { "estimated_fulfillment_date", time(estimated) },
        { "estimated_fulfillment_date_status", efdStatus.toStdString() },
        { "delivery_date", time(s.deliveredMs) },
        { "is_tracking_uploaded", s.trackingUploaded },
        { "location",
            { { "id", state.fulfillmentCenterId() }, { "name", state.fulfillmentCenterName().toStdString() } } },
        { "ship_option", str(s.shipOption) },
        { "require_signature", false },
        { "recipient", recipient },
        { "products", productsOf(s.lines, &s) },
        { "measurements",
            { { "depth_in", 4 }, { "length_in", 10 }, { "width_in", 8 }, { "total_weight_oz", weightOz } } },
        { "package_material_type", fulfilled ? "Box" : "Unknown" },
        { "gift_message", o && !o->giftMessage.is_null() ? o->giftMessage : json(nullptr) },
        { "insurance_value", nullptr },
        { "invoice_amount", nullptr },
        { "invoice_currency_code", nullptr },
        { "parent_cartons", nullptr } };
    if (!s.trackingNumber.isEmpty())
        out["tracking"] = { { "carrier", s.carrier.toStdString() },
            { "carrier_service", s.carrierService.toStdString() },
            { "tracking_number", s.trackingNumber.toStdString() },
            { "tracking_url", s.trackingUrl.toStdString() },
            { "shipping_date", time(s.labeledMs) },
            { "bol", nullptr },
            { "pro_number", nullptr },
            { "scac", nullptr } };
    return out;
}

json timeline(const ShipBobShipment &s)
{
    json out = json::array();
    for (const auto &entry : s.logs)
        out.push_back({ { "log_type_id", entry.typeId },
            { "log_type_name", entry.name.toStdString() },
            { "log_type_text", entry.text.toStdString() },
            { "timestamp", time(entry.atMs) },
            { "metadata", nullptr } });
    return out;
}

json tracking(const ShipBobShipment &s)
{
    json history = json::array();
    for (const auto &event : s.tracking)
        history.push_back({ { "status", event.status.toStdString() },
            { "substatus", nullptr },
            { "message", event.message.toStdString() },
            { "carrier_message", event.message.toStdString() },
            { "location", nullptr },
            { "timestamp", time(event.atMs) } });
    const QString status = trackingStatus(s);
    return { { "shipment_id", s.id },
        { "tracking_id", str(s.trackingNumber) },
        { "carrier_tracking_number", str(s.trackingNumber) },
        { "carrier", str(s.carrier) },
        { "service", str(s.carrierService) },
        { "public_tracking_url", str(s.trackingUrl) },
        { "status", str(status) },
        { "substatus", nullptr },
        { "message", s.tracking.isEmpty() ? json(nullptr) : json(s.tracking.last().message.toStdString()) },
        { "carrier_message", nullptr },
        { "location", nullptr },
        { "eta", s.deliveredMs > 0 || s.labeledMs == 0 ? json(nullptr) : time(s.labeledMs + 3LL * 86400000) },
        { "last_updated", time(std::max(s.lastTrackingUpdateMs, s.lastUpdateMs)) },
        { "history", history } };
}

json returnOrder(const ShipBobReturn &r, const ShipBobState &state, bool v1)
{
    json inventory = json::array();
    for (const auto &line : r.lines) {
        json item = { { "id", line.inventoryId },
            { "name", line.name.toStdString() },
            { "quantity", line.quantity },
            { "action_requested", { { "action", line.action.toStdString() } } },
            { "action_taken", json::array() } };
        if (!v1) {
            item["sku"] = line.sku.toStdString();
            if (const auto *inv = state.inventoryById(line.inventoryId))
                item["barcodes"] = json::array({ inv->barcode.toStdString() });
        }
        inventory.push_back(item);
    }
    json out = { { "id", r.id },
        { "reference_id", r.referenceId.toStdString() },
        { "status", toApiStatus(r.stage).toStdString() },
        { "return_type", "Regular" },
        { "insert_date", time(r.insertMs) },
        { "channel", { { "id", r.channelId }, { "name", "Quayside" } } },
        { "fulfillment_center",
            { { "id", r.fulfillmentCenterId }, { "name", state.fulfillmentCenterName().toStdString() } } },
        { "original_shipment_id", r.originalShipmentId ? json(*r.originalShipmentId) : json(nullptr) },
        { "tracking_number", str(r.trackingNumber) },
        { "customer_name", "Quayside" },
        { "store_order_id", nullptr },
        { "inventory", inventory },
        { "transactions", json::array() } };
    qint64 completed = 0;
    qint64 arrived = 0;
    qint64 processing = 0;
    qint64 cancelled = 0;
    json history = json::array();
    for (const auto &[stage, at] : r.history) {
        history.push_back({ { "status", toApiStatus(stage).toStdString() }, { "timestamp", time(at) } });
        completed = stage == ShipBobReturnStage::Completed ? at : completed;
        arrived = stage == ShipBobReturnStage::Arrived ? at : arrived;
        processing = stage == ShipBobReturnStage::Processing ? at : processing;
        cancelled = stage == ShipBobReturnStage::Cancelled ? at : cancelled;
    }
    out["completed_date"] = time(completed);
    if (v1) {
        out["invoice_amount"] = nullptr;
    } else {
        out["status_history"] = history;
        out["arrived_date"] = time(arrived);
        out["processing_date"] = time(processing);
        out["cancelled_date"] = time(cancelled);
        out["awaiting_arrival_date"] = time(r.insertMs);
        out["shipment_tracking_number"] = nullptr;
        if (r.originalShipmentId)
            if (const auto *s = state.shipment(*r.originalShipmentId))
                out["shipment_tracking_number"] = str(s->trackingNumber);
    }
    return out;
}

json inventoryTotals(const ShipBobInventoryItem &item)
{
    return { { "inventory_id", item.inventoryId },
        { "name", item.name.toStdString() },
        { "sku", item.sku.toStdString() },
        { "total_on_hand_quantity", item.onHand },
        { "total_committed_quantity", item.committed },
        { "total_fulfillable_quantity", item.fulfillable() },
        { "total_sellable_quantity", item.fulfillable() },
        { "total_awaiting_quantity", 0 },
        { "total_backordered_quantity", 0 },
        { "total_exception_quantity", 0 },
        { "total_internal_transfer_quantity", 0 } };
}

json inventoryByLocation(const ShipBobInventoryItem &item, const ShipBobState &state)
{
    return { { "inventory_id", item.inventoryId },
        { "name", item.name.toStdString() },
        { "sku", item.sku.toStdString() },
        { "locations",
            json::array({ { { "location_id", state.fulfillmentCenterId() },
                { "name", state.fulfillmentCenterName().toStdString() },
                { "on_hand_quantity", item.onHand },
                { "committed_quantity", item.committed },
                { "fulfillable_quantity", item.fulfillable() },
                { "awaiting_quantity", 0 },
                { "internal_transfer_quantity", 0 } } }) } };
}

json fulfillmentCenter(const ShipBobState &state)
{
    const auto &fc = state.fulfillmentCenter();
    return { { "id", state.fulfillmentCenterId() },
        { "name", state.fulfillmentCenterName().toStdString() },
        { "address1", fc.address.line1.toStdString() },
        { "address2", nullptr },
        { "city", fc.address.city.toStdString() },
        { "state", fc.address.province.toStdString() },
        { "zip_code", fc.address.zip.toStdString() },
        { "country", fc.address.countryCode.toStdString() },
        { "email", nullptr },
        { "phone_number", nullptr },
        { "timezone", "Central Standard Time" } };
}

json modelErrors(const ShipBobModelErrors &errors)
{
    json out = json::object();
    for (const auto &[key, messages] : errors)
        out[key] = messages;
    return out;
}

} // namespace Quayside::Sandbox::ShipBobJson
