#pragma once

#include "core/store/database.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Quayside {

struct Migration
{
    int version;
    QString description;
    QStringList statements; // portable SQL; {{id}}, {{bigint}} and {{order_email}} are filled in per dialect
};

// The schema's history. A migration, once released, is never edited: changes are new migrations.
class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
    // Also for queries that must name an index expression exactly as the index does ({{order_email}}).
    static QString render(const QString &statement, Dialect dialect);

    // Current version of the schema in db (0 for an empty database).
    static std::optional<StoreError> currentVersion(QSqlDatabase db, int *version);
    static std::optional<StoreError> migrate(QSqlDatabase db, Dialect dialect);
};

} // namespace Quayside
