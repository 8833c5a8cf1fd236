#pragma once

#include <QString>

#include <optional>

namespace Quayside {

// How a failed step is handled (design.md, "Failures are classified").
enum class ErrorClass {
    Transient, // network, timeout, 5xx: retry with backoff
    RateLimited, // 429 / THROTTLED: retry after the hint, the lane holds back
    Auth, // 401/403: pause the lane and alert, do not burn retries
    Conflict, // stale compare-and-set: refresh and retry soon
    Validation, // payload or mapping invalid: exception queue
    Business, // the target refused (unknown SKU, UserError): exception queue
};

QString toString(ErrorClass c);
std::optional<ErrorClass> errorClassFromString(const QString &name);
// Classification of an HTTP status when the body says nothing more specific.
ErrorClass classifyHttpStatus(int status);
// Whether a failure of this class goes straight to the exception queue.
bool isTerminal(ErrorClass c);

} // namespace Quayside
