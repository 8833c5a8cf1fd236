#pragma once

#include "sandbox/common/httpmessage.h"
#include "sandbox/shipbob/shipbobstate.h"

#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>

namespace Quayside::Sandbox {

class ShipBobWebhooks;

// One authenticated API call, its path split after "/2026-01/" ("order/12:cancel" -> segments {"order",
// "12"}, action "cancel"), and what the routes share: the state, the webhooks and the merchant's channel.
struct ShipBobCall
{
    const HttpRequest &request;
    QStringList segments;
    QString action;
    ShipBobState &state;
    ShipBobWebhooks &webhooks;
    int channelId;

    QByteArray method() const { return request.method; }
    bool is(const char *method, int segmentCount, const QString &action = QString()) const
    {
        return request.method == method && segments.size() == segmentCount && this->action == action;
    }
    QString query(const QString &name) const; // case-insensitive, as ASP.NET binds
    QStringList queryList(const QString &name) const; // repeated or comma-separated
};

// Response builders in ShipBob's shapes.
namespace ShipBobReply {
HttpResponse jsonReply(int status, const nlohmann::json &body);
HttpResponse empty(int status);
HttpResponse modelError(int status, const std::string &field, const std::string &message); // { field: [message] }
HttpResponse problem(int status, const std::string &title, const std::string &detail); // ProblemDetails
} // namespace ShipBobReply

// Parses an id path segment; std::nullopt if it is not an int32.
std::optional<int> parseId(const QString &segment);
// Parses a query integer within [min, max]; std::nullopt and an error message if out of range or not a number.
std::optional<int> parseBounded(const QString &text, int fallback, int min, int max, std::string &error);

} // namespace Quayside::Sandbox
