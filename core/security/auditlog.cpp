#include "core/security/auditlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

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

// The WHERE clause of `filter` and its values, in order.
QString whereOf(const AuditFilter &filter, QVariantList *values)
{
    QStringList parts;
    if (!filter.action.isEmpty()) {
        parts << QStringLiteral("action = ?");
        *values << filter.action;
    }
    if (!filter.actor.isEmpty()) {
        parts << QStringLiteral("actor = ?");
        *values << filter.actor;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern.toLower() + QLatin1Char('%');
        QStringList any;
        for (const char *column : { "target", "note", "actor", "action", "before_state", "after_state" }) {
            any << QStringLiteral("LOWER(COALESCE(%1, '')) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            *values << pattern;
        }
        parts << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QLatin1String(" AND "));
}

QByteArray csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringView(u"=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QLatin1String("\"\""));
        v.prepend(QLatin1Char('"')).append(QLatin1Char('"'));
    }
    return v.toUtf8();
}
} // namespace

bool AuditLog::exportCsv(const DatabaseConfig &database, const AuditFilter &filter, const QString &path, QString *error)
{
    static std::atomic<int> exports { 0 };
    const QString name = QStringLiteral("audit-export-%1").arg(++exports);
    if (auto e = Database::open(database, name)) {
        *error = e->message;
        return false;
    }
    bool ok = false;
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            *error = file.errorString();
        else if (writeCsv(Database::connection(name), filter, &file, error) && !(ok = file.commit()))
            *error = file.errorString();
    }
    Database::close(name);
    return ok;
}

QList<AuditEntry> AuditLog::entries(
    QSqlDatabase db, const AuditFilter &filter, int limit, qint64 beforeId, qint64 afterId)
{
    QVariantList values;
    QString where = whereOf(filter, &values);
    if (beforeId > 0) {
        where += QStringLiteral(" AND id < ?");
        values << beforeId;
    }
    if (afterId > 0) {
        where += QStringLiteral(" AND id > ?");
        values << afterId;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log WHERE ") + where
        + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (q.exec())
        while (q.next())
            out << readEntry(q);
    return out;
}

QStringList AuditLog::distinctValues(QSqlDatabase db, const QString &column)
{
    QStringList out;
    if (column != QLatin1String("action") && column != QLatin1String("actor"))
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column)))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool AuditLog::writeCsv(QSqlDatabase db, const AuditFilter &filter, QIODevice *out, QString *error)
{
    QVariantList values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log WHERE ") + whereOf(filter, &values)
        + QStringLiteral(" ORDER BY id"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QByteArray chunk = "id,time,actor,action,target,note,before,after,hash\r\n";
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        const QString time = QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs);
        chunk += QByteArray::number(e.id) + ',' + csvField(time) + ',' + csvField(e.actor) + ',' + csvField(e.action)
            + ',' + csvField(e.target) + ',' + csvField(e.note) + ',' + csvField(e.before) + ',' + csvField(e.after)
            + ',' + csvField(e.hash) + "\r\n";
        if (chunk.size() > 64 * 1024) {
            if (out->write(chunk) != chunk.size())
                break;
            chunk.clear();
        }
    }
    if (out->write(chunk) != chunk.size()) {
        if (error)
            *error = out->errorString();
        return false;
    }
    return true;
}

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
    // One chain: two writers must not both extend the same last entry.
    if (auto e = Database::lockKey(db, kLockKey))
        return e;
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
    return entries(db, AuditFilter {}, limit, beforeId);
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
