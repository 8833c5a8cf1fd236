#include "sandbox/shipbob/shipbobwebhookroutes.h"

#include "sandbox/shipbob/shipbobjson.h"
#include "sandbox/shipbob/shipbobwebhooks.h"

namespace Quayside::Sandbox {

using nlohmann::json;
using namespace ShipBobReply;

namespace {
json topicsJson(const QStringList &topics)
{
    json out = json::array();
    for (const auto &t : topics)
        out.push_back(t.toStdString());
    return out;
}
} // namespace

std::optional<HttpResponse> ShipBobWebhookRoutes::route(const ShipBobCall &call)
{
    if (call.segments.at(0) != QStringLiteral("webhook"))
        return std::nullopt;
    if (call.is("POST", 1))
        return create(call);
    if (call.is("GET", 1))
        return list(call);
    if (call.is("DELETE", 2))
        return call.webhooks.remove(call.segments.at(1)) ? empty(204) : empty(404);
    return std::nullopt;
}

HttpResponse ShipBobWebhookRoutes::create(const ShipBobCall &call)
{
    const json doc = json::parse(call.request.body.toStdString(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return modelError(422, "$", "The request body is not valid JSON.");
    if (!doc.contains("url") || !doc["url"].is_string())
        return modelError(422, "url", "The url field is required.");
    const QUrl url(QString::fromStdString(doc["url"].get<std::string>()), QUrl::StrictMode);
    // ShipBob requires HTTPS; the emulator also accepts plain HTTP to a loopback receiver.
    const bool loopback = url.host() == QStringLiteral("127.0.0.1") || url.host() == QStringLiteral("localhost");
    if (!url.isValid()
        || (url.scheme() != QStringLiteral("https") && !(url.scheme() == QStringLiteral("http") && loopback)))
        return modelError(422, "url", "The url must be a valid HTTPS URL.");
    if (!doc.contains("topics") || !doc["topics"].is_array() || doc["topics"].empty())
        return modelError(422, "topics", "At least one topic is required.");
    QStringList topics;
    for (const auto &t : doc["topics"]) {
        const QString topic = t.is_string() ? QString::fromStdString(t.get<std::string>()) : QString();
        if (!ShipBobWebhooks::topics().contains(topic))
            return modelError(422, "topics", "'" + t.dump() + "' is not a valid topic.");
        topics << topic;
    }
    QByteArray secret;
    if (doc.contains("secret") && !doc["secret"].is_null()) {
        secret
            = doc["secret"].is_string() ? QByteArray::fromStdString(doc["secret"].get<std::string>()) : QByteArray("?");
        if (!ShipBobWebhooks::isValidSecret(secret))
            return modelError(422, "secret", "The secret must match ^whsec_[a-zA-Z0-9+/]{32}$.");
    }
    const QString description = doc.contains("description") && doc["description"].is_string()
        ? QString::fromStdString(doc["description"].get<std::string>())
        : QString();
    const auto s = call.webhooks.subscribe(topics, url, description, secret);
    return jsonReply(200,
        { { "id", s.id.toStdString() },
            { "created_at", ShipBobJson::time(s.createdMs) },
            { "description", description.isEmpty() ? json(nullptr) : json(description.toStdString()) },
            { "secret", s.secret.toStdString() },
            { "topics", topicsJson(s.topics) },
            { "url", s.url.toString().toStdString() } });
}

HttpResponse ShipBobWebhookRoutes::list(const ShipBobCall &call)
{
    std::string error;
    const auto perPage = parseBounded(call.query(QStringLiteral("RecordsPerPage")), 50, 1, 250, error);
    if (!perPage)
        return modelError(400, "RecordsPerPage", error);
    const auto cursor = parseBounded(call.query(QStringLiteral("Cursor")), 0, 0, 2147483647, error);
    if (!cursor)
        return modelError(400, "Cursor", error);
    const auto &all = call.webhooks.subscriptions();
    json items = json::array();
    for (int i = *cursor; i < all.size() && i < *cursor + *perPage; ++i) {
        const auto &s = all.at(i);
        items.push_back({ { "id", s.id.toStdString() },
            { "created_at", ShipBobJson::time(s.createdMs) },
            { "description", s.description.isEmpty() ? json(nullptr) : json(s.description.toStdString()) },
            { "enabled", true },
            { "topics", topicsJson(s.topics) },
            { "url", s.url.toString().toStdString() } });
    }
    auto url = [&](int at) {
        return "/2026-01/webhook?RecordsPerPage=" + std::to_string(*perPage) + "&Cursor=" + std::to_string(at);
    };
    return jsonReply(200,
        { { "items", items },
            { "next", *cursor + *perPage < all.size() ? json(url(*cursor + *perPage)) : json(nullptr) },
            { "prev", *cursor > 0 ? json(url(std::max(0, *cursor - *perPage))) : json(nullptr) } });
}

} // namespace Quayside::Sandbox
