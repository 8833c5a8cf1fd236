#include "sandbox/shipbob/shipbobreturnroutes.h"

#include "sandbox/shipbob/shipbobjson.h"

namespace Quayside::Sandbox {

using nlohmann::json;
using namespace ShipBobReply;

namespace {
HttpResponse invalid(const std::string &detail)
{
    return problem(400, "One or more validation errors occurred.", detail);
}

HttpResponse apiError(const QString &message)
{
    return jsonReply(422,
        { { "message", message.toStdString() },
            { "errors", json::array({ message.toStdString() }) },
            { "details", nullptr },
            { "stackTrace", nullptr } });
}

const QStringList &returnActions()
{
    static const QStringList actions {
        QStringLiteral("Default"), QStringLiteral("Restock"), QStringLiteral("Quarantine"), QStringLiteral("Dispose")
    };
    return actions;
}
} // namespace

std::optional<HttpResponse> ShipBobReturnRoutes::route(const ShipBobCall &call)
{
    if (call.segments.at(0) != QStringLiteral("return"))
        return std::nullopt;
    if (call.is("POST", 1))
        return create(call);
    if (call.is("GET", 1))
        return list(call);
    if (call.segments.size() != 2)
        return std::nullopt;
    const auto id = parseId(call.segments.at(1));
    if (!id)
        return invalid("The value '" + call.segments.at(1).toStdString() + "' is not valid for id.");
    const auto *ret = call.state.returnOrder(*id);
    if (!ret || ret->channelId != call.channelId)
        return problem(404, "Not Found", "Return " + std::to_string(*id) + " was not found.");
    if (call.is("GET", 2))
        return jsonReply(200, ShipBobJson::returnOrder(*ret, call.state, false));
    if (call.is("POST", 2, QStringLiteral("cancel")))
        return call.state.cancelReturn(*id) ? empty(200) : empty(400);
    return std::nullopt;
}

HttpResponse ShipBobReturnRoutes::create(const ShipBobCall &call)
{
    const json doc = json::parse(call.request.body.toStdString(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return invalid("The request body is not valid JSON.");
    ShipBobReturn ret;
    ret.channelId = call.channelId;
    if (!doc.contains("reference_id") || !doc["reference_id"].is_string()
        || doc["reference_id"].get<std::string>().empty())
        return invalid("The reference_id field is required.");
    ret.referenceId = QString::fromStdString(doc["reference_id"].get<std::string>());
    if (ret.referenceId.size() > 50)
        return invalid("The field reference_id must be a string with a maximum length of 50.");
    if (!doc.contains("fulfillment_center") || !doc["fulfillment_center"].is_object()
        || !doc["fulfillment_center"].contains("id") || !doc["fulfillment_center"]["id"].is_number_integer())
        return invalid("The fulfillment_center field is required.");
    ret.fulfillmentCenterId = doc["fulfillment_center"]["id"].get<int>();
    if (doc.contains("original_shipment_id") && !doc["original_shipment_id"].is_null()) {
        if (!doc["original_shipment_id"].is_number_integer())
            return invalid("The JSON value could not be converted to System.Int32. Path: $.original_shipment_id.");
        ret.originalShipmentId = doc["original_shipment_id"].get<int>();
    }
    if (doc.contains("tracking_number") && doc["tracking_number"].is_string())
        ret.trackingNumber = QString::fromStdString(doc["tracking_number"].get<std::string>());
    if (!doc.contains("inventory") || !doc["inventory"].is_array() || doc["inventory"].empty())
        return invalid("The inventory field is required.");
    for (const auto &item : doc["inventory"]) {
        if (!item.is_object() || !item.contains("id") || !item["id"].is_number_integer() || !item.contains("quantity")
            || !item["quantity"].is_number_integer() || !item.contains("requested_action")
            || !item["requested_action"].is_string())
            return invalid("Each inventory item needs an integer id, an integer quantity and a requested_action.");
        const QString action = QString::fromStdString(item["requested_action"].get<std::string>());
        if (!returnActions().contains(action))
            return invalid("The value '" + action.toStdString() + "' is not valid for requested_action.");
        if (item["quantity"].get<int>() <= 0)
            return invalid("The field quantity must be greater than 0.");
        ret.lines << ShipBobReturnLine { item["id"].get<int>(), item["quantity"].get<int>(), action, {}, {} };
    }
    QString error;
    const int id = call.state.createReturn(ret, error);
    if (id == 0)
        return apiError(error);
    return jsonReply(201, ShipBobJson::returnOrder(*call.state.returnOrder(id), call.state, true));
}

HttpResponse ShipBobReturnRoutes::list(const ShipBobCall &call)
{
    std::string error;
    const auto limit = parseBounded(call.query(QStringLiteral("Limit")), 50, 1, 250, error);
    if (!limit)
        return invalid("Limit: " + error);
    const auto page = parseBounded(call.query(QStringLiteral("Cursor")), 1, 1, 2147483647, error);
    if (!page)
        return invalid("Cursor: " + error);
    const QStringList ids = call.queryList(QStringLiteral("Ids"));
    const QStringList references = call.queryList(QStringLiteral("ReferenceIds"));
    const QStringList statuses = call.queryList(QStringLiteral("Status"));
    const QStringList shipments = call.queryList(QStringLiteral("OriginalShipmentIds"));
    QList<const ShipBobReturn *> matched;
    for (const auto *r : call.state.returns()) {
        if (r->channelId != call.channelId)
            continue;
        if (!ids.isEmpty() && !ids.contains(QString::number(r->id)))
            continue;
        if (!references.isEmpty() && !references.contains(r->referenceId))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(toApiStatus(r->stage), Qt::CaseInsensitive)
            && !statuses.contains(toApiStatus(r->stage).remove(QLatin1Char(' ')), Qt::CaseInsensitive))
            continue;
        if (!shipments.isEmpty()
            && (!r->originalShipmentId || !shipments.contains(QString::number(*r->originalShipmentId))))
            continue;
        matched << r;
    }
    if (call.query(QStringLiteral("SortOrder")) == QStringLiteral("Desc"))
        std::reverse(matched.begin(), matched.end());
    const int total = int(matched.size());
    const int pages = std::max(1, (total + *limit - 1) / *limit);
    json items = json::array();
    for (int i = (*page - 1) * *limit; i < total && i < *page * *limit; ++i)
        items.push_back(ShipBobJson::returnOrder(*matched.at(i), call.state, false));
    auto url
        = [&](int p) { return "/2026-01/return?Limit=" + std::to_string(*limit) + "&Cursor=" + std::to_string(p); };
    auto r = jsonReply(200,
        { { "items", items },
            { "first", *page > 1 ? json(url(1)) : json(nullptr) },
            { "prev", *page > 1 ? json(url(*page - 1)) : json(nullptr) },
            { "next", *page < pages ? json(url(*page + 1)) : json(nullptr) },
            { "last", *page < pages ? json(url(pages)) : json(nullptr) } });
    r.setHeader("Page-Number", QByteArray::number(*page));
    r.setHeader("Page-Size", QByteArray::number(*limit));
    r.setHeader("Total-Count", QByteArray::number(total));
    r.setHeader("Total-Pages", QByteArray::number(pages));
    return r;
}

} // namespace Quayside::Sandbox
