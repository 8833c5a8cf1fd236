#pragma once

#include "core/engine/errorclass.h"

#include <QString>

namespace Quayside::Connectors {

// Maps Odoo's exception names (error.data.name over JSON-RPC, name over JSON-2) to the engine's classes:
// access problems pause the lane, refusals by Odoo's business rules go to the exception queue with
// Odoo's own message, lock and serialization failures are retried.
ErrorClass classifyOdooError(const QString &exceptionName, const QString &message, int httpStatus = 200);

} // namespace Quayside::Connectors
