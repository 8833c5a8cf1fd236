#pragma once

#include "sandbox/odoo/odoomodels.h"
#include "sandbox/odoo/odootypes.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace Quayside::Sandbox {

// The in-memory ORM: records per model with ids and create/write dates, generic create/write/unlink with
// x2many commands, search with domains and order, read with Odoo's value formatting, and fields_get.
// Business rules (defaults, computed fields, constraints) are plugged in through hooks.
class OdooDomain;

class OdooDatabase
{
public:
    struct Hooks
    {
        // Fills defaults into vals before a create (sequence names, states, dates, ...).
        std::function<void(const std::string &model, Json &vals, const Json &context)> defaults;
        // The value of a non-stored field (raw form: many2one as id or false, x2many as id list).
        std::function<Json(const std::string &model, const Json &record, const std::string &field, const Json &context)>
            compute;
        // Checks constraints after create or write; throws OdooError.
        std::function<void(const std::string &model, const std::vector<int> &ids)> constrain;
        // Runs after a create, once the x2many commands are applied (e.g. a template creates its variant).
        std::function<void(const std::string &model, int id, const Json &context)> created;
        // Runs after a write: the inverses of computed fields and the related fields Odoo writes through.
        std::function<void(const std::string &model, const std::vector<int> &ids, const Json &vals)> written;
        // Refuses an unlink (e.g. a confirmed sales order); throws OdooError.
        std::function<void(const std::string &model, const std::vector<int> &ids)> unlinkCheck;
    };

    OdooDatabase(OdooModels *models, int uid);

    void setHooks(Hooks hooks) { m_hooks = std::move(hooks); }
    const OdooModels &models() const { return *m_models; }
    OdooModels &models() { return *m_models; }
    // Throws "Object X doesn't exist" for unknown models.
    const OdooModel &model(const std::string &name) const;
    // "YYYY-MM-DD HH:MM:SS" in UTC, as Odoo writes datetimes.
    static std::string now();
    static std::string today();

    // One RPC call is one transaction: every change records the record's prior state in an undo log,
    // so a failed call is rolled back to the savepoint taken before it. Like PostgreSQL sequences,
    // ids and sequence numbers are not given back.
    size_t savepoint() const { return m_undo.size(); }
    void rollbackTo(size_t savepoint);
    // Forgets the undo log once the outermost call has succeeded.
    void commit() { m_undo.clear(); }
    // The next number of a named sequence (S00001, WH/OUT/00001, ...).
    int nextSequence(const std::string &name) { return ++m_lastId["seq:" + name]; }

    // Raw storage, without validation: seeding and workflows.
    int insert(const std::string &model, Json vals, int forcedId = 0);
    void update(const std::string &model, int id, const Json &vals);
    void remove(const std::string &model, int id);
    bool exists(const std::string &model, int id) const;
    const Json *record(const std::string &model, int id) const;
    std::vector<int> allIds(const std::string &model) const;
    int nextId(const std::string &model) const;
    // The records whose stored `field` is `value` (for a stored id list: contains it), in id order. The
    // business rules use it where Odoo would run an indexed SQL query.
    std::vector<int> idsWhere(const std::string &model, const std::string &field, const Json &value) const;
    // Raw value of any field: stored, one2many through its inverse, or computed.
    Json value(const std::string &model, int id, const std::string &field, const Json &context = Json::object()) const;
    // A value straight from the record as stored, or false.
    Json stored(const std::string &model, int id, const std::string &field) const;
    std::string displayName(const std::string &model, int id) const;

    // The ORM as RPC sees it.
    int create(const std::string &model, const Json &vals, const Json &context);
    void write(const std::string &model, const std::vector<int> &ids, const Json &vals, const Json &context);
    void unlink(const std::string &model, const std::vector<int> &ids);
    std::vector<int> search(const std::string &model,
        const Json &domain,
        const Json &context,
        int offset = 0,
        int limit = -1,
        const std::string &order = {}) const;
    // classicRead false is read(load=None): many2one values come back as bare ids.
    Json read(const std::string &model,
        const std::vector<int> &ids,
        const Json &fields,
        const Json &context,
        bool classicRead = true) const;
    Json formatValue(const OdooField &field, const Json &raw) const;
    Json fieldsGet(const std::string &model, const Json &allfields, const Json &attributes) const;
    // Throws MissingError for ids that do not exist.
    void ensureExist(const std::string &model, const std::vector<int> &ids) const;

private:
    void applyCommands(
        const OdooModel &model, int id, const OdooField &field, const Json &commands, const Json &context);
    Json normalizeValue(const OdooModel &model, const OdooField &field, const Json &value) const;
    void checkRequired(const OdooModel &model, const Json &record) const;
    void sortIds(const OdooModel &model,
        std::vector<int> &ids,
        const std::string &order,
        const Json &context,
        bool strict) const;

    OdooModels *m_models;
    int m_uid;
    Hooks m_hooks;
    std::map<std::string, std::map<int, Json>> m_records;
    std::map<std::string, int> m_lastId;
    struct Undo
    {
        std::string model;
        int id = 0;
        std::optional<Json> before; // nullopt: the record did not exist
    };
    std::vector<Undo> m_undo;
    void remember(const std::string &model, int id);

    // Equality indexes over stored fields, so that one2many reads and the '=' / 'in' searches a sync
    // makes per order stay cheap as the sandbox fills up over a long run. An index is built the first
    // time a (model, field) is asked for and kept in step with every insert, update, remove and rollback.
    using Index = std::map<Json, std::set<int>>;
    const Index &index(const std::string &model, const std::string &field) const;
    void unindexRecord(const std::string &model, int id);
    void indexRecord(const std::string &model, int id);
    void forEachIndexKey(const std::string &model, int id, const std::function<void(Index &, const Json &)> &visit);
    // The ids a search has to look at: all of them, or those an indexed top-level term allows.
    std::vector<int> searchCandidates(const OdooModel &model, const OdooDomain &domain) const;
    mutable std::map<std::string, std::map<std::string, Index>> m_indexes;
};

} // namespace Quayside::Sandbox
