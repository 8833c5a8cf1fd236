#pragma once

#include "core/mapping/mappingdocument.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Quayside::Mapping {

// A mapping document's rules as a tree (an `each` rule's nested rules are its children), for an editor:
// target, op, source and required are edited in place; anything else through setRule (an inspector).
// document() is always the edited document. Errors of a preview or a save (setErrors) show on the rules
// they name.
class MappingRulesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingRulesModel)

public:
    enum Column { TargetColumn, OpColumn, SourceColumn, DetailsColumn, ConditionColumn, RequiredColumn, ColumnCount };
    enum Role {
        RuleJsonRole = Qt::UserRole + 1, // QJsonObject: the rule as in the document
        RulePathRole, // "rules[2].rules[0]", as errors name it
        ErrorsRole, // QStringList: the texts of the errors naming this rule
    };

    explicit MappingRulesModel(QObject *parent = nullptr);
    ~MappingRulesModel() override;

    void setDocument(const MappingDocument &document);
    MappingDocument document() const;

    MappingRule rule(const QModelIndex &index) const;
    // Replaces the rule (and, for an each, its nested rules).
    bool setRule(const QModelIndex &index, const MappingRule &rule);
    // Under `parent` (invalid: the top level; else an each rule) at `row`.
    bool insertRule(const QModelIndex &parent, int row, const MappingRule &rule);
    QModelIndex indexForPath(const QString &rulePath) const;
    void setErrors(const QList<MappingError> &errors);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void documentChanged();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QString pathOf(const Node *node) const;
    static std::unique_ptr<Node> build(const MappingRule &rule, Node *parent);
    static MappingRule assemble(const Node &node);

    MappingDocument m_document; // key and description; the rules live in the tree
    std::unique_ptr<Node> m_root;
    QHash<QString, QStringList> m_errors; // rule path -> error texts
};

} // namespace Quayside::Mapping
