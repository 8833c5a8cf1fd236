#include "sandbox/shipbob/shipboborderroutes.h"

#include "sandbox/shipbob/shipbobjson.h"
#include "sandbox/shipbob/shipbobordervalidator.h"

#include <QDateTime>

namespace Quayside::Sandbox {

using nlohmann::json;
using namespace ShipBobReply;

namespace {

HttpResponse badId(const char *field, const QString &value)
{
    return modelError(400, field, "The value '" + value.toStdString() + "' is not valid.");
}

std::optional<qint64> parseDate(const QString &text, bool &bad)
{
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        bad = true;
        return std::nullopt;
    }
    return t.toMSecsSinceEpoch();
}

std::optional<bool> parseBool(const QString &text, bool &bad)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0)
        return false;
    bad = true;
    return std::nullopt;
}

bool hasTracking(const ShipBobOrder &order, const ShipBobState &state)
{
    for (int id : order.shipmentIds)
        if (const auto *s = state.shipment(id); s && !s->trackingNumber.isEmpty())
            return true;
    return false;
}

bool trackingUploaded(const ShipBobOrder &order, const ShipBobState &state)
{
    for (int id : order.shipmentIds)
        if (const auto *s = state.shipment(id); s && !s->trackingUploaded)
            return false;
    return !order.shipmentIds.isEmpty();
}

qint64 lastTrackingUpdate(const ShipBobOrder &order, const ShipBobState &state)
{
    qint64 last = 0;
    for (int id : order.shipmentIds)
        if (const auto *s = state.shipment(id))
            last = std::max(last, s->lastTrackingUpdateMs);
    return last;
}

const ShipBobShipment *shipmentOfOrder(const ShipBobCall &call, int orderId, int shipmentId)
{
    const auto *order = call.state.order(orderId);
    if (!order || order->channelId != call.channelId || !order->shipmentIds.contains(shipmentId))
        return nullptr;
    return call.state.shipment(shipmentId);
}

} // namespace

std::optional<HttpResponse> ShipBobOrderRoutes::route(const ShipBobCall &call)
{
    const QStringList &seg = call.segments;
    if (seg.isEmpty())
        return std::nullopt;
    if (seg.at(0) == QStringLiteral("order")) {
        if (call.is("POST", 1))
            return create(call);
        if (call.is("GET", 1))
            return list(call);
        if (seg.size() < 2)
            return std::nullopt;
        const auto orderId = parseId(seg.at(1));
        if (!orderId)
            return badId("orderId", seg.at(1));
        const auto *order = call.state.order(*orderId);
        if (!order || order->channelId != call.channelId)
            return empty(404);
        if (call.is("GET", 2))
            return jsonReply(200, ShipBobJson::order(*order, call.state));
        if (call.is("POST", 2, QStringLiteral("cancel")))
            return cancelOrder(call, *orderId);
        if (call.is("GET", 3) && seg.at(2) == QStringLiteral("shipment")) {
            json out = json::array();
            for (int id : order->shipmentIds)
                if (const auto *s = call.state.shipment(id))
                    out.push_back(ShipBobJson::shipment(*s, call.state));
            return jsonReply(200, out);
        }
        if (seg.size() >= 4 && seg.at(2) == QStringLiteral("shipment")) {
            const auto shipmentId = parseId(seg.at(3));
            if (!shipmentId)
                return badId("shipmentId", seg.at(3));
            const auto *s = shipmentOfOrder(call, *orderId, *shipmentId);
            if (!s)
                return empty(404);
            if (call.is("GET", 4))
                return jsonReply(200, ShipBobJson::shipment(*s, call.state));
            if (call.is("POST", 4, QStringLiteral("cancel")))
                return cancelShipment(call, *shipmentId);
            if (call.is("GET", 5) && seg.at(4) == QStringLiteral("timeline"))
                return jsonReply(200, ShipBobJson::timeline(*s));
            if (call.is("GET", 5) && seg.at(4) == QStringLiteral("logs"))
                return jsonReply(200, ShipBobJson::timeline(*s));
        }
        return std::nullopt;
    }
    if (seg.at(0) == QStringLiteral("shipments-tracking") && call.is("GET", 1))
        return tracking(call);
    if (seg.at(0) != QStringLiteral("shipment"))
        return std::nullopt;
    if (call.is("POST", 1, QStringLiteral("batchCancel")))
        return batchCancel(call);
    if (call.is("POST", 1, QStringLiteral("batchUpdateTrackingUpload")))
        return batchTrackingUpload(call);
    if (seg.size() < 2)
        return std::nullopt;
    const auto shipmentId = parseId(seg.at(1));
    if (!shipmentId)
        return badId("shipmentId", seg.at(1));
    const auto *s = call.state.shipment(*shipmentId);
    const auto *order = s ? call.state.order(s->orderId) : nullptr;
    if (!s || !order || order->channelId != call.channelId)
        return empty(404);
    if (call.is("GET", 2))
        return jsonReply(200, ShipBobJson::shipment(*s, call.state));
    if (call.is("POST", 2, QStringLiteral("cancel")))
        return cancelShipment(call, *shipmentId);
    if (call.is("GET", 3) && (seg.at(2) == QStringLiteral("timeline") || seg.at(2) == QStringLiteral("logs")))
        return jsonReply(200, ShipBobJson::timeline(*s));
    return std::nullopt;
}

HttpResponse ShipBobOrderRoutes::create(const ShipBobCall &call)
{
    ShipBobModelErrors errors;
    ShipBobOrder order = ShipBobOrderValidator::parse(call.request.body, errors);
    if (!errors.empty())
        return jsonReply(400, ShipBobJson::modelErrors(errors));
    order.channelId = call.channelId;
    if (call.state.orderByReference(call.channelId, order.referenceId)) {
        // Idempotent creation: the same reference_id on the same channel is refused (422).
        errors["reference_id"].push_back(
            "Order with reference_id '" + order.referenceId.toStdString() + "' already exists for this channel.");
        return jsonReply(422, ShipBobJson::modelErrors(errors));
    }
    const int id = call.state.createOrder(order, errors);
    if (!errors.empty())
        return jsonReply(422, ShipBobJson::modelErrors(errors));
    return jsonReply(201, ShipBobJson::order(*call.state.order(id), call.state));
}

HttpResponse ShipBobOrderRoutes::list(const ShipBobCall &call)
{
    std::string error;
    const auto page = parseBounded(call.query(QStringLiteral("Page")), 1, 1, 2147483647, error);
    if (!page)
        return modelError(400, "Page", error);
    const auto limit = parseBounded(call.query(QStringLiteral("Limit")), 50, 1, 250, error);
    if (!limit)
        return modelError(400, "Limit", error);
    bool bad = false;
    const auto start = parseDate(call.query(QStringLiteral("StartDate")), bad);
    const auto end = parseDate(call.query(QStringLiteral("EndDate")), bad);
    const auto updatedFrom = parseDate(call.query(QStringLiteral("LastUpdateStartDate")), bad);
    const auto updatedTo = parseDate(call.query(QStringLiteral("LastUpdateEndDate")), bad);
    const auto trackingFrom = parseDate(call.query(QStringLiteral("LastTrackingUpdateStartDate")), bad);
    const auto trackingTo = parseDate(call.query(QStringLiteral("LastTrackingUpdateEndDate")), bad);
    if (bad)
        return modelError(400, "StartDate", "The value is not a valid date-time.");
    const auto withTracking = parseBool(call.query(QStringLiteral("HasTracking")), bad);
    const auto uploaded = parseBool(call.query(QStringLiteral("IsTrackingUploaded")), bad);
    if (bad)
        return modelError(400, "HasTracking", "The value is not a valid boolean.");
    const QString sort = call.query(QStringLiteral("SortOrder"));
    if (!sort.isEmpty() && sort != QStringLiteral("Newest") && sort != QStringLiteral("Oldest"))
        return modelError(400, "SortOrder", "The value '" + sort.toStdString() + "' is not valid.");
    QList<int> ids;
    for (const auto &text : call.queryList(QStringLiteral("IDs"))) {
        const auto id = parseId(text);
        if (!id)
            return modelError(400, "IDs", "The value '" + text.toStdString() + "' is not valid.");
        ids << *id;
    }
    const QStringList references = call.queryList(QStringLiteral("ReferenceIds"));

    QList<const ShipBobOrder *> matched;
    for (const auto *o : call.state.orders()) {
        if (o->channelId != call.channelId)
            continue;
        if (!ids.isEmpty() && !ids.contains(o->id))
            continue;
        if (!references.isEmpty() && !references.contains(o->referenceId))
            continue;
        if ((start && o->createdMs < *start) || (end && o->createdMs > *end))
            continue;
        const qint64 updated = call.state.orderLastUpdate(*o);
        if ((updatedFrom && updated < *updatedFrom) || (updatedTo && updated > *updatedTo))
            continue;
        const qint64 tracked = lastTrackingUpdate(*o, call.state);
        if ((trackingFrom && tracked < *trackingFrom) || (trackingTo && (tracked == 0 || tracked > *trackingTo)))
            continue;
        if (withTracking && hasTracking(*o, call.state) != *withTracking)
            continue;
        if (uploaded && trackingUploaded(*o, call.state) != *uploaded)
            continue;
        matched << o;
    }
    if (sort != QStringLiteral("Oldest"))
        std::reverse(matched.begin(), matched.end()); // Newest first, the default

    const int total = int(matched.size());
    const int pages = std::max(1, (total + *limit - 1) / *limit);
    json out = json::array();
    for (int i = (*page - 1) * *limit; i < total && i < *page * *limit; ++i)
        out.push_back(ShipBobJson::order(*matched.at(i), call.state));
    auto r = jsonReply(200, out);
    r.setHeader("Page-Number", QByteArray::number(*page));
    r.setHeader("Page-Size", QByteArray::number(*limit));
    r.setHeader("Total-Count", QByteArray::number(total));
    r.setHeader("Total-Pages", QByteArray::number(pages));
    if (*page < pages) {
        QUrlQuery next = call.request.query;
        next.removeAllQueryItems(QStringLiteral("Page"));
        next.addQueryItem(QStringLiteral("Page"), QString::number(*page + 1));
        r.setHeader("Next-Page", QByteArray("/2026-01/order?") + next.toString(QUrl::FullyEncoded).toUtf8());
    }
    return r;
}

HttpResponse ShipBobOrderRoutes::cancelOrder(const ShipBobCall &call, int orderId)
{
    const auto shipmentIds = call.state.order(orderId)->shipmentIds;
    json results = json::array();
    int cancelled = 0;
    for (int id : shipmentIds) {
        QString reason;
        const bool ok = call.state.cancelShipment(id, &reason);
        cancelled += ok;
        results.push_back({ { "shipment_id", id },
            { "action", "Cancel" },
            { "is_success", ok },
            { "reason", reason.toStdString() } });
    }
    if (cancelled == 0)
        return modelError(422, "orderId", "The order cannot be cancelled: none of its shipments can be cancelled.");
    const auto *order = call.state.order(orderId);
    return jsonReply(200,
        { { "order_id", orderId },
            { "status", cancelled == int(shipmentIds.size()) ? "Success" : "PartialSuccess" },
            { "order", ShipBobJson::order(*order, call.state) },
            { "canceled_shipment_results", results } });
}

HttpResponse ShipBobOrderRoutes::cancelShipment(const ShipBobCall &call, int shipmentId)
{
    QString reason;
    if (!call.state.cancelShipment(shipmentId, &reason))
        return modelError(422, "shipmentId", reason.toStdString());
    return jsonReply(200, ShipBobJson::shipment(*call.state.shipment(shipmentId), call.state));
}

namespace {
std::optional<QList<int>> shipmentIdsOf(const QByteArray &body)
{
    const json doc = json::parse(body.toStdString(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("shipment_ids") || !doc["shipment_ids"].is_array())
        return std::nullopt;
    QList<int> ids;
    for (const auto &v : doc["shipment_ids"]) {
        if (!v.is_number_integer())
            return std::nullopt;
        ids << v.get<int>();
    }
    return ids;
}
} // namespace

HttpResponse ShipBobOrderRoutes::batchCancel(const ShipBobCall &call)
{
    const auto ids = shipmentIdsOf(call.request.body);
    if (!ids || ids->isEmpty())
        return modelError(422, "shipment_ids", "The shipment_ids field is required.");
    json results = json::array();
    for (int id : *ids) {
        const auto *s = call.state.shipment(id);
        const auto *order = s ? call.state.order(s->orderId) : nullptr;
        QString reason = QStringLiteral("Shipment not found");
        const bool ok = order && order->channelId == call.channelId && call.state.cancelShipment(id, &reason);
        results.push_back({ { "shipment_id", id },
            { "action", "Cancel" },
            { "is_success", ok },
            { "reason", reason.toStdString() } });
    }
    return jsonReply(200, { { "results", results } });
}

HttpResponse ShipBobOrderRoutes::batchTrackingUpload(const ShipBobCall &call)
{
    const json doc = json::parse(call.request.body.toStdString(), nullptr, false);
    const auto ids = shipmentIdsOf(call.request.body);
    if (!ids || !doc.contains("is_tracking_uploaded") || !doc["is_tracking_uploaded"].is_boolean()) {
        auto r = jsonReply(400, "shipment_ids and is_tracking_uploaded are required");
        return r;
    }
    const bool uploaded = doc["is_tracking_uploaded"].get<bool>();
    json results = json::array();
    int ok = 0;
    for (int id : *ids) {
        const auto *s = call.state.shipment(id);
        const auto *order = s ? call.state.order(s->orderId) : nullptr;
        const bool success
            = order && order->channelId == call.channelId && call.state.setTrackingUploaded(id, uploaded);
        ok += success;
        json result = { { "shipmentId", id }, { "isSuccess", success } };
        if (!success)
            result["error"] = { { "code", "NotFound" }, { "message", "Shipment not found" } };
        results.push_back(result);
    }
    return jsonReply(200,
        { { "results", results },
            { "summary", { { "total", ids->size() }, { "successful", ok }, { "failed", int(ids->size()) - ok } } } });
}

HttpResponse ShipBobOrderRoutes::tracking(const ShipBobCall &call)
{
    json out = json::array();
    for (const auto &text : call.queryList(QStringLiteral("ShipmentIds"))) {
        const auto id = parseId(text);
        if (!id)
            return jsonReply(400, "Invalid shipment id '" + text.toStdString() + "'");
        const auto *s = call.state.shipment(*id);
        const auto *order = s ? call.state.order(s->orderId) : nullptr;
        if (order && order->channelId == call.channelId)
            out.push_back(ShipBobJson::tracking(*s));
    }
    return jsonReply(200, out);
}

} // namespace Quayside::Sandbox
