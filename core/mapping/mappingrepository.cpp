#include "core/mapping/mappingrepository.h"

#include "core/mapping/mappingcatalog.h"
#include "core/security/auditlog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace Quayside::Mapping {

namespace {

const QString kColumns = QStringLiteral("system, entity, direction, version, state, document, author, comment,"
                                        " created_at, published_at");
const QString kKeyClause = QStringLiteral(" WHERE system = ? AND entity = ? AND direction = ?");
// The author of the shipped defaults' first versions.
const QString kShippedAuthor = QStringLiteral("quayside");
// Marks a mapping file, so an import can tell one from any other JSON.
const QString kFileMarker = QStringLiteral("quaysideMapping");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Versions are numbered by reading the highest one: one writer per key at a time (Database::lockKey).
QString lockName(const MappingKey &key)
{
    return QStringLiteral("mapping:") + key.text();
}

void bindKey(QSqlQuery &q, const MappingKey &key)
{
    q.addBindValue(key.system);
    q.addBindValue(key.entity);
    q.addBindValue(key.direction);
}

std::optional<MappingState> stateFromString(const QString &s)
{
    for (MappingState state : { MappingState::Draft, MappingState::Published, MappingState::Archived })
        if (toString(state) == s)
            return state;
    return std::nullopt;
}

MappingVersion fromQuery(const QSqlQuery &q)
{
    MappingVersion v;
    v.key = { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    v.version = q.value(3).toInt();
    v.state = stateFromString(q.value(4).toString()).value_or(MappingState::Archived);
    // Stored documents were validated when saved; a row this version cannot read keeps its key and no rules.
    v.document = MappingDocument::fromJson(q.value(5).toString().toUtf8(), nullptr).value_or(MappingDocument {});
    v.document.key = v.key;
    v.author = q.value(6).toString();
    v.comment = q.value(7).toString();
    v.createdAt = q.value(8).toLongLong();
    v.publishedAt = q.value(9).toLongLong();
    return v;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

StoreError refused(const QString &what, const QList<MappingError> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines << p.text();
    return StoreError { StoreError::Kind::Query, QStringLiteral("%1: %2").arg(what, lines.join(QStringLiteral("; "))) };
}

} // namespace

MappingRepository::MappingRepository(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
{ }

QSqlDatabase MappingRepository::db() const
{
    return Database::connection(m_connectionName);
}

std::optional<StoreError> MappingRepository::seedDefaults(int *seeded)
{
    if (seeded)
        *seeded = 0;
    for (const MappingDocument &doc : MappingCatalog::shippedDefaults()) {
        QSqlDatabase database = db();
        WriteTransaction tx(database, m_dialect);
        if (auto e = tx.begin())
            return e;
        // Workers starting together on one database (team mode) seed each key once.
        if (auto e = Database::lockKey(database, lockName(doc.key)))
            return e;
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM mappings") + kKeyClause);
        bindKey(q, doc.key);
        if (!q.exec() || !q.next())
            return StoreError::fromSql(q.lastError(), QStringLiteral("Reading mapping %1").arg(doc.key.text()));
        const bool empty = q.value(0).toInt() == 0;
        q.finish();
        if (!empty)
            continue;
        const qint64 t = now();
        q.prepare(QStringLiteral("INSERT INTO mappings (") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, 1, 'published', ?, ?, ?, ?, ?)"));
        bindKey(q, doc.key);
        q.addBindValue(compact(doc.toJson()));
        q.addBindValue(kShippedAuthor);
        q.addBindValue(QStringLiteral("Shipped default"));
        q.addBindValue(t);
        q.addBindValue(t);
        if (!q.exec())
            return StoreError::fromSql(q.lastError(), QStringLiteral("Seeding mapping %1").arg(doc.key.text()));
        if (auto e = tx.commit())
            return e;
        if (seeded)
            ++*seeded;
    }
    return std::nullopt;
}

std::optional<MappingVersion> MappingRepository::one(const MappingKey &key, const QString &where, const QVariant &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM mappings") + kKeyClause
        + QStringLiteral(" AND ") + where + QStringLiteral(" = ? ORDER BY version DESC"));
    bindKey(q, key);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<MappingVersion> MappingRepository::published(const MappingKey &key)
{
    return one(key, QStringLiteral("state"), toString(MappingState::Published));
}

std::optional<MappingVersion> MappingRepository::draft(const MappingKey &key)
{
    return one(key, QStringLiteral("state"), toString(MappingState::Draft));
}

std::optional<MappingVersion> MappingRepository::version(const MappingKey &key, int version)
{
    return one(key, QStringLiteral("version"), version);
}

QList<MappingVersion> MappingRepository::versions(const MappingKey &key)
{
    QList<MappingVersion> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM mappings") + kKeyClause
        + QStringLiteral(" ORDER BY version DESC"));
    bindKey(q, key);
    if (q.exec())
        while (q.next())
            out << fromQuery(q);
    return out;
}

QList<MappingKey> MappingRepository::keys()
{
    QList<MappingKey> out;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT DISTINCT system, entity, direction FROM mappings"
                              " ORDER BY system, entity, direction")))
        while (q.next())
            out << MappingKey { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    return out;
}

std::optional<StoreError> MappingRepository::saveDraft(
    const QJsonObject &document, const QString &author, QList<MappingError> *problems, int *version)
{
    QList<MappingError> found;
    const auto doc = MappingDocument::fromJson(document, &found);
    if (!doc) {
        if (problems)
            *problems = found;
        return refused(QStringLiteral("The mapping was not saved"), found);
    }
    return saveDraft(*doc, author, problems, version);
}

std::optional<StoreError> MappingRepository::saveDraft(
    const MappingDocument &document, const QString &author, QList<MappingError> *problems, int *version)
{
    // Re-read what will be stored, so a document built in code meets the same checks as a file.
    QList<MappingError> found;
    const auto reparsed = MappingDocument::fromJson(document.toJson(), &found);
    if (reparsed)
        found << MappingCatalog::check(*reparsed);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return refused(QStringLiteral("The mapping was not saved"), found);
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    const MappingKey &key = document.key;
    if (auto e = Database::lockKey(database, lockName(key)))
        return e;
    QSqlQuery q(database);
    q.prepare(QStringLiteral("SELECT MAX(version), MAX(CASE WHEN state = 'draft' THEN version END) FROM mappings")
        + kKeyClause);
    bindKey(q, key);
    if (!q.exec() || !q.next())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Reading mapping %1").arg(key.text()));
    const int latest = q.value(0).toInt();
    const int draftVersion = q.value(1).isNull() ? 0 : q.value(1).toInt();
    q.finish();
    const qint64 t = now();
    const int saved = draftVersion ? draftVersion : latest + 1;
    if (draftVersion) {
        q.prepare(QStringLiteral("UPDATE mappings SET document = ?, author = ?, created_at = ?") + kKeyClause
            + QStringLiteral(" AND version = ?"));
        q.addBindValue(compact(reparsed->toJson()));
        q.addBindValue(author);
        q.addBindValue(t);
        bindKey(q, key);
        q.addBindValue(draftVersion);
    } else {
        q.prepare(QStringLiteral("INSERT INTO mappings (") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, 'draft', ?, ?, NULL, ?, NULL)"));
        bindKey(q, key);
        q.addBindValue(saved);
        q.addBindValue(compact(reparsed->toJson()));
        q.addBindValue(author);
        q.addBindValue(t);
    }
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Saving the draft of mapping %1").arg(key.text()));
    if (auto e = tx.commit())
        return e;
    if (version)
        *version = saved;
    return std::nullopt;
}

std::optional<StoreError> MappingRepository::discardDraft(const MappingKey &key)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM mappings") + kKeyClause + QStringLiteral(" AND state = 'draft'"));
    bindKey(q, key);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Discarding the draft of mapping %1").arg(key.text()));
    return std::nullopt;
}

std::optional<StoreError> MappingRepository::publishInTransaction(const MappingKey &key,
    const std::optional<MappingVersion> &draft,
    const MappingDocument &document,
    const QString &author,
    const QString &comment,
    const QString &action,
    int *version)
{
    QSqlDatabase database = db();
    const auto before = published(key);
    const qint64 t = now();
    QSqlQuery q(database);
    q.prepare(QStringLiteral("UPDATE mappings SET state = 'archived'") + kKeyClause
        + QStringLiteral(" AND state = 'published'"));
    bindKey(q, key);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Archiving mapping %1").arg(key.text()));
    int published = 0;
    if (draft) {
        published = draft->version;
        q.prepare(QStringLiteral("UPDATE mappings SET state = 'published', author = ?, comment = ?, published_at = ?")
            + kKeyClause + QStringLiteral(" AND version = ?"));
        q.addBindValue(author);
        q.addBindValue(comment);
        q.addBindValue(t);
        bindKey(q, key);
        q.addBindValue(published);
    } else {
        q.prepare(QStringLiteral("SELECT MAX(version) FROM mappings") + kKeyClause);
        bindKey(q, key);
        if (!q.exec() || !q.next())
            return StoreError::fromSql(q.lastError(), QStringLiteral("Reading mapping %1").arg(key.text()));
        published = q.value(0).toInt() + 1;
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO mappings (") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, 'published', ?, ?, ?, ?, ?)"));
        bindKey(q, key);
        q.addBindValue(published);
        q.addBindValue(compact(document.toJson()));
        q.addBindValue(author);
        q.addBindValue(comment);
        q.addBindValue(t);
        q.addBindValue(t);
    }
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("Publishing mapping %1").arg(key.text()));
    AuditEntry entry;
    entry.at = t;
    entry.actor = author;
    entry.action = action;
    entry.target = QStringLiteral("mapping:") + key.text();
    entry.before = before ? compact({ { QStringLiteral("version"), before->version } }) : QString();
    entry.after
        = compact({ { QStringLiteral("version"), published }, { QStringLiteral("document"), document.toJson() } });
    entry.note = comment;
    if (auto e = AuditLog::append(database, entry))
        return e;
    if (version)
        *version = published;
    return std::nullopt;
}

std::optional<StoreError> MappingRepository::publish(
    const MappingKey &key, const QString &author, const QString &comment, int *version)
{
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    if (auto e = Database::lockKey(database, lockName(key)))
        return e;
    const auto pending = draft(key);
    if (!pending)
        return StoreError { StoreError::Kind::Query,
            QStringLiteral("Mapping %1 has no draft to publish").arg(key.text()) };
    if (auto e = publishInTransaction(
            key, pending, pending->document, author, comment, QStringLiteral("mapping.publish"), version))
        return e;
    return tx.commit();
}

std::optional<StoreError> MappingRepository::rollback(
    const MappingKey &key, int toVersion, const QString &author, const QString &comment, int *version)
{
    QSqlDatabase database = db();
    WriteTransaction tx(database, m_dialect);
    if (auto e = tx.begin())
        return e;
    if (auto e = Database::lockKey(database, lockName(key)))
        return e;
    const auto old = this->version(key, toVersion);
    if (!old || old->state == MappingState::Draft)
        return StoreError { StoreError::Kind::Query,
            QStringLiteral("Mapping %1 has no version %2 to roll back to").arg(key.text()).arg(toVersion) };
    const QString note = comment.isEmpty()
        ? QStringLiteral("Rolled back to version %1").arg(toVersion)
        : QStringLiteral("Rolled back to version %1: %2").arg(toVersion).arg(comment);
    if (auto e = publishInTransaction(
            key, std::nullopt, old->document, author, note, QStringLiteral("mapping.rollback"), version))
        return e;
    return tx.commit();
}

QByteArray MappingRepository::exportJson(const MappingVersion &version)
{
    QJsonObject file { { kFileMarker, 1 },
        { QStringLiteral("version"), version.version },
        { QStringLiteral("state"), toString(version.state) },
        { QStringLiteral("author"), version.author },
        { QStringLiteral("createdAt"),
            QDateTime::fromMSecsSinceEpoch(version.createdAt, Qt::UTC).toString(Qt::ISODate) },
        { QStringLiteral("document"), version.document.toJson() } };
    if (!version.comment.isEmpty())
        file.insert(QStringLiteral("comment"), version.comment);
    if (version.publishedAt)
        file.insert(QStringLiteral("publishedAt"),
            QDateTime::fromMSecsSinceEpoch(version.publishedAt, Qt::UTC).toString(Qt::ISODate));
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

bool MappingRepository::exportFile(const MappingKey &key, int version, const QString &path, QString *error)
{
    const auto v = this->version(key, version);
    if (!v) {
        if (error)
            *error = QStringLiteral("Mapping %1 has no version %2").arg(key.text()).arg(version);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportJson(*v)) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<StoreError> MappingRepository::importFile(
    const QString &path, const QString &author, QList<MappingError> *problems, int *version)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError { StoreError::Kind::Query,
            QStringLiteral("Could not read %1: %2").arg(path, file.errorString()) };
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        const QList<MappingError> notJson { MappingError { MappingError::Kind::Parse,
            QStringLiteral("$"),
            {},
            {},
            {},
            std::nullopt,
            QStringLiteral("%1 is not a mapping file (%2)").arg(path, parseError.errorString()) } };
        if (problems)
            *problems = notJson;
        return refused(QStringLiteral("The mapping was not imported"), notJson);
    }
    const QJsonObject o = json.object();
    // A mapping file wraps the document with its history; a bare document is accepted as well.
    const QJsonObject document = o.contains(kFileMarker) ? o.value(QStringLiteral("document")).toObject() : o;
    return saveDraft(document, author, problems, version);
}

QList<PreviewRow> MappingRepository::preview(
    const MappingDocument &draft, int limit, const QStringList &requiredTargets)
{
    const auto live = published(draft.key);
    return MappingPreview::run(draft,
        live ? std::optional<MappingDocument>(live->document) : std::nullopt,
        recentPayloads(draft.key, limit),
        requiredTargets);
}

QList<PreviewPayload> MappingRepository::recentPayloads(const MappingKey &key, int limit)
{
    QList<PreviewPayload> out;
    const auto [flow, step] = MappingCatalog::sampleStep(key);
    if (flow.isEmpty())
        return out;
    // The newest job of each entity: an order polled five times is one sample, as it is now.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, correlation_id, payload FROM jobs WHERE id IN"
                             " (SELECT MAX(id) FROM jobs WHERE flow = ? AND step = ? GROUP BY partition_key)"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(flow);
    q.addBindValue(step);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << PreviewPayload { QStringLiteral("job:%1").arg(q.value(0).toLongLong()),
            q.value(1).toString(),
            QJsonDocument::fromJson(q.value(2).toByteArray()).object() };
    return out;
}

} // namespace Quayside::Mapping
