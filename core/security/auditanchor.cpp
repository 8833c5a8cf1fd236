#include "core/security/auditanchor.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace Quayside {

QString AuditAnchor::vaultEntry(const DatabaseConfig &database)
{
    const QByteArray where = QCryptographicHash::hash(database.describe().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("audit-anchor-") + QString::fromLatin1(where.toHex().left(16));
}

QString AuditAnchor::current(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return {};
    if (!q.next())
        return QStringLiteral("0:");
    return QStringLiteral("%1:%2").arg(q.value(0).toLongLong()).arg(q.value(1).toString());
}

qint64 AuditAnchor::check(QSqlDatabase db, const QString &anchor, QString *problem)
{
    const qsizetype colon = anchor.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 id = colon > 0 ? anchor.left(colon).toLongLong(&ok) : 0;
    if (!ok || id < 0) {
        if (problem)
            *problem = QStringLiteral("The audit log's anchor in the keychain is not readable");
        return -1;
    }
    if (id == 0)
        return 0; // anchored while the log was empty: anything since is new
    const QString hash = anchor.mid(colon + 1);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (problem)
            *problem = QStringLiteral("The audit log could not be read");
        return -1;
    }
    if (q.next()) {
        if (q.value(0).toString() == hash)
            return 0;
        if (problem)
            *problem = QStringLiteral("Audit entry %1 is not the entry that was last recorded as the log's newest; "
                                      "entries were removed and others written in their place")
                           .arg(id);
        return id;
    }
    QSqlQuery newest(db);
    const qint64 last = newest.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) && newest.next()
        ? newest.value(0).toLongLong()
        : 0;
    if (problem)
        *problem = last < id ? QStringLiteral("The newest audit entries were removed: the log ends at entry %1, but "
                                              "entry %2 had been written")
                                   .arg(last)
                                   .arg(id)
                             : QStringLiteral("Audit entry %1 was removed").arg(id);
    return last < id ? last + 1 : id;
}

} // namespace Quayside
