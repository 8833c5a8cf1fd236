#pragma once

#include "core/mapping/mappingdocument.h"
#include "core/mapping/mappingpreview.h"
#include "core/mapping/mappingversion.h"
#include "core/store/database.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Quayside::Mapping {

// The versioned mapping documents in the store, on one connection of one thread. Each key has at most one
// draft (the one being edited) and one published version (the one the flows run); publishing and rolling
// back archive the previous published version and are audited in the same transaction. Version numbers
// only grow: a rollback publishes a new version with an old version's document.
class MappingRepository
{
public:
    MappingRepository(QString connectionName, Dialect dialect);

    // Every shipped default (MappingCatalog) whose key has no version yet becomes its published version 1,
    // authored by "quayside". Idempotent; run at every start.
    std::optional<StoreError> seedDefaults(int *seeded = nullptr);

    std::optional<MappingVersion> published(const MappingKey &key);
    std::optional<MappingVersion> draft(const MappingKey &key);
    std::optional<MappingVersion> version(const MappingKey &key, int version);
    // Newest first.
    QList<MappingVersion> versions(const MappingKey &key);
    QList<MappingKey> keys();

    // Saves the key's draft (replacing the document of an existing draft). A document that does not parse
    // or breaks its key's rules (MappingCatalog::check) is refused, with every problem in `problems`.
    std::optional<StoreError> saveDraft(const MappingDocument &document,
        const QString &author,
        QList<MappingError> *problems = nullptr,
        int *version = nullptr);
    std::optional<StoreError> saveDraft(const QJsonObject &document,
        const QString &author,
        QList<MappingError> *problems = nullptr,
        int *version = nullptr);
    std::optional<StoreError> discardDraft(const MappingKey &key);
    // The draft becomes the published version ("mapping.publish" in the audit log, with the comment).
    std::optional<StoreError> publish(
        const MappingKey &key, const QString &author, const QString &comment, int *version = nullptr);
    // A new published version whose document is `toVersion`'s ("mapping.rollback"); a pending draft stays.
    std::optional<StoreError> rollback(
        const MappingKey &key, int toVersion, const QString &author, const QString &comment, int *version = nullptr);

    // A mapping file: the document and where it came from (key, version, state, author, comment, times).
    static QByteArray exportJson(const MappingVersion &version);
    // Writes one version to `path` whole or not at all.
    bool exportFile(const MappingKey &key, int version, const QString &path, QString *error);
    // Reads a mapping file (or a bare document) and saves it as the key's draft, validated like saveDraft.
    std::optional<StoreError> importFile(
        const QString &path, const QString &author, QList<MappingError> *problems = nullptr, int *version = nullptr);

    // The records of the `limit` newest jobs that carried this key's records (MappingCatalog::sampleStep),
    // newest first, labelled with the job's correlation id (the Shopify order name): a preview's payloads.
    QList<PreviewPayload> recentPayloads(const MappingKey &key, int limit);
    // The draft on the key's `limit` most recent records, next to the published version: per record the
    // results, the errors (with `requiredTargets`, the fields the target system requires) and the diff.
    QList<PreviewRow> preview(const MappingDocument &draft, int limit, const QStringList &requiredTargets = {});

private:
    QSqlDatabase db() const;
    std::optional<MappingVersion> one(const MappingKey &key, const QString &where, const QVariant &value);
    // Inside an open transaction: the published row becomes archived, `document` is published as a new
    // version (or the draft row `draftVersion` is), and the action is audited.
    std::optional<StoreError> publishInTransaction(const MappingKey &key,
        const std::optional<MappingVersion> &draft,
        const MappingDocument &document,
        const QString &author,
        const QString &comment,
        const QString &action,
        int *version);

    QString m_connectionName;
    Dialect m_dialect;
};

} // namespace Quayside::Mapping
