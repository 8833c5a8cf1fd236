#pragma once

#include "core/store/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace Quayside {

// Moves a whole store to another database (`quayside --migrate-store SRC DEST`: a SQLite store to
// PostgreSQL for team mode). The target must be new or empty; the copy is one transaction there, so a
// failed copy leaves nothing behind. Then it is checked: the same number of rows in every table, the same
// last audit hash, and the target's audit chain verifies.
class StoreCopier
{
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Report
    {
        QList<TableCount> tables;
        qint64 auditEntries = 0;
    };

    static std::optional<StoreError> copy(const DatabaseConfig &source, const DatabaseConfig &target, Report *report);
    // The tables copied, parents before children.
    static const QStringList &tables();
};

} // namespace Quayside
