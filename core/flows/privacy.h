#pragma once

#include "core/engine/job.h"
#include "core/engine/stephandler.h"

#include <QStringList>

namespace Quayside::Privacy {

// Shopify's customers/data_request asks the merchant for what the app holds about a customer. Quayside
// cannot send it to anyone by itself, so the request becomes a task in the exception queue: a job whose
// step only says what to do (find the customer's orders in the trace, show and export their details,
// give them to the merchant), for the operator to resolve when done. Its payload holds ids, never the
// e-mail or phone of the request.
inline const QString Flow = QStringLiteral("privacy");
inline const QString DataRequestStep = QStringLiteral("data_request");

NewJob dataRequestTask(const QString &customerId, const QStringList &orderIds, const QString &deliveryId);
void registerPrivacyFlow(StepRegistry &registry);

} // namespace Quayside::Privacy
