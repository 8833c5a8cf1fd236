#include "sandbox/shipbob/shipbobcall.h"

namespace Quayside::Sandbox {

QString ShipBobCall::query(const QString &name) const
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return QString();
}

QStringList ShipBobCall::queryList(const QString &name) const
{
    QStringList out;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            for (const auto &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                out << part.trimmed();
    return out;
}

namespace ShipBobReply {
HttpResponse jsonReply(int status, const nlohmann::json &body)
{
    return HttpResponse::json(status, QByteArray::fromStdString(body.dump()));
}

HttpResponse empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse modelError(int status, const std::string &field, const std::string &message)
{
    return jsonReply(status, nlohmann::json { { field, nlohmann::json::array({ message }) } });
}

HttpResponse problem(int status, const std::string &title, const std::string &detail)
{
    auto r = jsonReply(status,
        { { "type", "https://tools.ietf.org/html/rfc9110#section-15.5." + std::to_string(status - 399) },
            { "title", title },
            { "status", status },
            { "detail", detail },
            { "instance", nullptr } });
    r.setHeader("Content-Type", "application/problem+json; charset=utf-8");
    return r;
}
} // namespace ShipBobReply

std::optional<int> parseId(const QString &segment)
{
    bool ok = false;
    const int id = segment.toInt(&ok);
    return ok ? std::optional<int>(id) : std::nullopt;
}

std::optional<int> parseBounded(const QString &text, int fallback, int min, int max, std::string &error)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        error = "The value '" + text.toStdString() + "' is not valid.";
        return std::nullopt;
    }
    if (value < min || value > max) {
        error = "The field must be between " + std::to_string(min) + " and " + std::to_string(max) + ".";
        return std::nullopt;
    }
    return value;
}

} // namespace Quayside::Sandbox
