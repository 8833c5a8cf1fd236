#include "core/connectors/odoo/odooerrors.h"

namespace Quayside::Connectors {

ErrorClass classifyOdooError(const QString &name, const QString &message, int httpStatus)
{
    if (name == QLatin1String("odoo.exceptions.AccessDenied") || name == QLatin1String("odoo.exceptions.AccessError")
        || name == QLatin1String("odoo.http.SessionExpiredException") || name.endsWith(QLatin1String(".Unauthorized"))
        || name.endsWith(QLatin1String(".Forbidden")))
        return ErrorClass::Auth;
    if (name == QLatin1String("odoo.exceptions.UserError") || name == QLatin1String("odoo.exceptions.ValidationError")
        || name == QLatin1String("odoo.exceptions.MissingError")
        || name == QLatin1String("odoo.exceptions.RedirectWarning"))
        return ErrorClass::Business;
    if (name == QLatin1String("odoo.exceptions.LockError") || httpStatus == 409)
        return ErrorClass::Conflict;
    if (name.startsWith(QLatin1String("psycopg2."))) {
        const QString m = message.toLower();
        if (m.contains(QLatin1String("does not exist")) || m.contains(QLatin1String("password authentication")))
            return ErrorClass::Auth; // wrong database name: configuration, not luck
        if (m.contains(QLatin1String("serialize")) || m.contains(QLatin1String("deadlock"))
            || m.contains(QLatin1String("lock")))
            return ErrorClass::Conflict;
        return ErrorClass::Transient;
    }
    if (name == QLatin1String("builtins.ValueError") || name == QLatin1String("builtins.AttributeError")
        || name == QLatin1String("builtins.TypeError") || name == QLatin1String("builtins.KeyError")
        || name.endsWith(QLatin1String(".NotFound")) || name.endsWith(QLatin1String(".UnprocessableEntity"))
        || name.endsWith(QLatin1String(".BadRequest")))
        return ErrorClass::Validation; // what we sent does not fit this Odoo: a mapping or version problem
    if (httpStatus == 401 || httpStatus == 403)
        return ErrorClass::Auth;
    if (httpStatus == 422)
        return ErrorClass::Business;
    return ErrorClass::Transient;
}

} // namespace Quayside::Connectors
