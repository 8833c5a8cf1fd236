#include "core/security/roles.h"

namespace Quayside {

namespace {
const QLatin1String kDeniedPrefix("permission: ");
}

Role requiredRole(OperatorAction action)
{
    switch (action) {
    case OperatorAction::Replay:
    case OperatorAction::Resolve:
    case OperatorAction::Skip:
    case OperatorAction::Reopen:
    case OperatorAction::ResumeLane:
    case OperatorAction::RevealCustomerData:
    case OperatorAction::Enqueue:
    // A draft changes nothing that runs; operators may prepare one for an admin to publish.
    case OperatorAction::SaveMappingDraft:
        return Role::Operator;
    case OperatorAction::PublishMapping:
    case OperatorAction::RollbackMapping:
    case OperatorAction::ImportMapping:
    case OperatorAction::ChangeSchedule:
    // Irreversible, and about a person rather than an order.
    case OperatorAction::ForgetCustomer:
    case OperatorAction::ChangeConnections:
    case OperatorAction::ChangeAlertThresholds:
    case OperatorAction::ChangeRetention:
    case OperatorAction::ChangeSandbox:
        return Role::Admin;
    }
    return Role::Admin;
}

QString toString(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromString(const QString &name)
{
    for (Role r : { Role::Viewer, Role::Operator, Role::Admin })
        if (toString(r) == name)
            return r;
    return std::nullopt;
}

QString toString(OperatorAction action)
{
    switch (action) {
    case OperatorAction::Replay:
        return QStringLiteral("replay");
    case OperatorAction::Resolve:
        return QStringLiteral("resolve");
    case OperatorAction::Skip:
        return QStringLiteral("skip");
    case OperatorAction::Reopen:
        return QStringLiteral("reopen");
    case OperatorAction::ResumeLane:
        return QStringLiteral("lane.resume");
    case OperatorAction::RevealCustomerData:
        return QStringLiteral("reveal");
    case OperatorAction::SaveMappingDraft:
        return QStringLiteral("mapping.draft");
    case OperatorAction::PublishMapping:
        return QStringLiteral("mapping.publish");
    case OperatorAction::RollbackMapping:
        return QStringLiteral("mapping.rollback");
    case OperatorAction::ImportMapping:
        return QStringLiteral("mapping.import");
    case OperatorAction::ChangeSchedule:
        return QStringLiteral("schedule.change");
    case OperatorAction::ForgetCustomer:
        return QStringLiteral("forget");
    case OperatorAction::ChangeConnections:
        return QStringLiteral("connections.change");
    case OperatorAction::ChangeAlertThresholds:
        return QStringLiteral("alerts.change");
    case OperatorAction::ChangeRetention:
        return QStringLiteral("retention.change");
    case OperatorAction::ChangeSandbox:
        return QStringLiteral("sandbox.change");
    case OperatorAction::Enqueue:
        return QStringLiteral("enqueue");
    }
    return {};
}

QString permissionDeniedError(OperatorAction action)
{
    return kDeniedPrefix + QStringLiteral("needs the %1 role").arg(toString(requiredRole(action)));
}

bool isPermissionDenied(const QString &error)
{
    return error.startsWith(kDeniedPrefix);
}

} // namespace Quayside
