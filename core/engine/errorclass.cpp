#include "core/engine/errorclass.h"

namespace Quayside {

QString toString(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Transient:
        return QStringLiteral("transient");
    case ErrorClass::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorClass::Auth:
        return QStringLiteral("auth");
    case ErrorClass::Conflict:
        return QStringLiteral("conflict");
    case ErrorClass::Validation:
        return QStringLiteral("validation");
    case ErrorClass::Business:
        return QStringLiteral("business");
    }
    return QStringLiteral("transient");
}

std::optional<ErrorClass> errorClassFromString(const QString &name)
{
    for (auto c : { ErrorClass::Transient,
             ErrorClass::RateLimited,
             ErrorClass::Auth,
             ErrorClass::Conflict,
             ErrorClass::Validation,
             ErrorClass::Business })
        if (toString(c) == name)
            return c;
    return std::nullopt;
}

ErrorClass classifyHttpStatus(int status)
{
    if (status == 401 || status == 403)
        return ErrorClass::Auth;
    if (status == 429)
        return ErrorClass::RateLimited;
    if (status == 409)
        return ErrorClass::Conflict;
    if (status == 400 || status == 404 || status == 413 || status == 415 || status == 422)
        return ErrorClass::Validation;
    return ErrorClass::Transient; // 0 (no response), 408, 5xx and anything unexpected
}

bool isTerminal(ErrorClass c)
{
    return c == ErrorClass::Validation || c == ErrorClass::Business;
}

} // namespace Quayside
