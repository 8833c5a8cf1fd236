#pragma once

#include "core/mapping/mappingdocument.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace Quayside::Mapping {

// A field of the target system (Odoo's fields_get, ShipBob's OpenAPI; FieldCatalog): what the right-hand
// side offers to map onto.
struct TargetField
{
    QString name; // "client_order_ref", "recipient.address.city"
    QString type; // "char", "many2one", "string (date-time)", …
    QString label; // "Customer Reference"
    bool required = false;
    QString help; // the schema's description or Odoo's help
    QString relation; // a relational field's model: "res.partner"
};

// One change to a draft's top-level rules, undoable by its inverse().
struct RuleEdit
{
    enum class Kind { Insert, Replace, Remove, Move };
    Kind kind = Kind::Insert;
    int row = 0; // the rule's index in the document
    int toRow = 0; // Move: where it goes
    MappingRule rule; // Insert/Remove: the rule; Replace: the new rule
    MappingRule previous; // Replace: the rule before
    QString text; // for the undo menu: "Map name to client_order_ref"

    RuleEdit inverse() const;
};

// The target side of the mapping editor: the draft's rules in order, then the target system's fields no
// rule sets yet (required ones first), then the targets the flow reserves (read-only). Dropping a source
// field (SourceFieldModel's MIME type) on a row maps it: a rule's source changes, an unmapped field gets a
// new rule (a copy, or the conversion its type needs: date, number). Every change is a RuleEdit; with an edit handler
// set (the editor's undo stack) changes go there, which calls apply(), so drops and inspector edits share one undoable
// path.
class MappingTargetsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTargetsModel)

public:
    enum Column { TargetColumn, OperationColumn, SourceColumn, ParametersColumn, RequiredColumn, ColumnCount };
    enum Role {
        TargetRole = Qt::UserRole + 1,
        RuleIndexRole, // the rule's index in the document, -1 for an unmapped or reserved field
        NeedsMappingRole, // the target system requires the field and no rule sets it
        ReservedRole,
    };

    explicit MappingTargetsModel(QObject *parent = nullptr);

    void setDocument(const MappingDocument &document);
    const MappingDocument &document() const { return m_document; }
    void setTargetFields(const QList<TargetField> &fields);
    QList<TargetField> targetFields() const { return m_fields; }
    void setReservedTargets(const QStringList &targets);
    // Required by the target system and set by no rule.
    QStringList unmappedRequired() const;

    int ruleRowOf(const QString &target) const;
    int rowOfTarget(const QString &target) const;
    QString targetAt(int row) const;

    // The edit that maps `source` onto the target at `row`; nullopt for a reserved target or no row.
    std::optional<RuleEdit> mapEdit(const QString &source, int row) const;
    // Sends `edit` to the edit handler, or applies it when there is none.
    void request(const RuleEdit &edit);
    void setEditHandler(std::function<void(const RuleEdit &)> handler) { m_handler = std::move(handler); }
    void apply(const RuleEdit &edit);

    // One line describing a rule's parameters, as the table shows it.
    static QString parametersText(const MappingRule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    void documentChanged();
    // After an edit, the row it touched (for the editor to select it).
    void edited(int row);

private:
    struct Row
    {
        QString target;
        int rule = -1;
        bool reserved = false;
    };
    void rebuild();
    int dropRow(int row, const QModelIndex &parent) const;
    const TargetField *fieldOf(const QString &target) const;

    MappingDocument m_document;
    QList<TargetField> m_fields;
    QStringList m_reserved;
    QList<Row> m_rows;
    std::function<void(const RuleEdit &)> m_handler;
};

} // namespace Quayside::Mapping
