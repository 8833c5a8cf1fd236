#include "core/security/auditlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

namespace Quayside {

namespace {
const QString kGenesis = QStringLiteral("genesis");

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.target = q.value(4).toString();
    e.before = q.value(5).toString();
    e.after = q.value(6).toString();
    e.note = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

const QString kColumns
    = QStringLiteral("id, at, actor, action, target, before_state, after_state, note, prev_hash, hash");
} // namespace

QString AuditLog::computeHash(const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Length-prefixed fields, so no choice of field contents can make two entries hash alike.
    for (const QString &field :
        { e.prevHash, QString::number(e.at), e.actor, e.action, e.target, e.before, e.after, e.note }) {
        const QByteArray bytes = field.toUtf8();
        h.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

std::optional<StoreError> AuditLog::append(QSqlDatabase db, AuditEntry entry)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("Reading the audit log"));
    entry.prevHash = q.next() ? q.value(0).toString() : kGenesis;
    if (entry.at == 0)
        entry.at = QDateTime::currentMSecsSinceEpoch();
    entry.hash = computeHash(entry);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, target, before_state, after_state, note, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : { QVariant(entry.at),
             QVariant(entry.actor),
             QVariant(entry.action),
             QVariant(entry.target),
             QVariant(entry.before),
             QVariant(entry.after),
             QVariant(entry.note),
             QVariant(entry.prevHash),
             QVariant(entry.hash) })
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Writing the audit log"));
    return std::nullopt;
}

QList<AuditEntry> AuditLog::entries(QSqlDatabase db, int limit, qint64 beforeId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM audit_log WHERE (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId);
    q.addBindValue(beforeId);
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (q.exec())
        while (q.next())
            out << readEntry(q);
    return out;
}

qint64 AuditLog::verify(QSqlDatabase db, QString *problem)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY id"))) {
        if (problem)
            *problem = q.lastError().text();
        return -1;
    }
    QString expectedPrev = kGenesis;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        if (e.prevHash != expectedPrev || computeHash(e) != e.hash) {
            if (problem)
                *problem = QStringLiteral("Audit entry %1 was altered or an entry before it was removed").arg(e.id);
            return e.id;
        }
        expectedPrev = e.hash;
    }
    return 0;
}

} // namespace Quayside
