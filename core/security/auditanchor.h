#pragma once

#include "core/store/database.h"

#include <QString>

namespace Quayside {

// The hash chain shows an edited or removed entry *inside* the audit log, but not the newest entries
// removed: what is left still chains. So the head of the log (its newest id and hash) is also kept
// outside the store, in the OS keychain, and compared at start. Someone who can edit the database file
// but not the keychain of the account the console runs under (a copy of the store, a shared folder, a
// backup) cannot cut the tail without it showing. The account itself can edit both: nothing on one PC
// resists its own administrator; an off-site copy of the export is the answer to that.
class AuditAnchor
{
public:
    // The keychain entry of one store, so two stores on one PC do not overwrite each other's head.
    static QString vaultEntry(const DatabaseConfig &database);
    // "<newest id>:<its hash>", or "0:" for an empty log; empty if the log cannot be read.
    static QString current(QSqlDatabase db);
    // Checks the log against an anchor written earlier. Returns 0 when the anchored entry is still there,
    // unchanged (newer entries may follow); else the first entry id that is missing or altered, with
    // `problem` naming it. A malformed anchor is reported as entry -1.
    static qint64 check(QSqlDatabase db, const QString &anchor, QString *problem = nullptr);
};

} // namespace Quayside
