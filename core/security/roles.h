#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Quayside {

// Who may do what at the console. Ordered: each role may do everything the one below it may.
enum class Role {
    Viewer, // looks: every page, customer data masked, no action
    Operator, // runs the day: replay, resolve, skip, reopen, resume a lane, reveal customer data
    Admin, // changes how Quayside runs: connections, mappings, schedules, retention, erasure, alerts
};

// Everything the console can ask for that a role decides. The headless worker has no console and runs
// as Admin (roles do not apply to it).
enum class OperatorAction {
    Replay,
    Resolve,
    Skip,
    Reopen,
    ResumeLane,
    RevealCustomerData,
    SaveMappingDraft,
    PublishMapping,
    RollbackMapping,
    ImportMapping,
    ChangeSchedule, // Engine::editState: flow state the operator edits, schedules today
    ForgetCustomer,
    ChangeConnections,
    ChangeAlertThresholds,
    ChangeRetention,
    ChangeSandbox,
    Enqueue, // the engine's own follow-ups and the sandbox; an Operator's tool, never a viewer's
};

Role requiredRole(OperatorAction action);
inline bool permits(Role have, OperatorAction action)
{
    return int(have) >= int(requiredRole(action));
}
QString toString(Role role); // "viewer", "operator", "admin"
std::optional<Role> roleFromString(const QString &name);
QString toString(OperatorAction action); // the action's name in actionFinished and the audit log
// The classified refusal an operator action answers with: "permission: needs the admin role".
QString permissionDeniedError(OperatorAction action);
bool isPermissionDenied(const QString &error);

} // namespace Quayside

Q_DECLARE_METATYPE(Quayside::Role)
Q_DECLARE_METATYPE(Quayside::OperatorAction)
