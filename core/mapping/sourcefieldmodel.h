#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Quayside::Mapping {

// A field a mapping can read: its path in the record, its JSON type when data showed one, whether recent
// payloads carried it, and what the system's schema says of it (a field only the schema names may be absent
// in every real order; a field only data showed has no schema entry).
struct SourceField
{
    QString path; // "customer.firstName", "lineItems.nodes[0].sku"
    QString type; // JSON kind: "string", "number", "bool", "object", "list", "null", "" when unknown
    bool seenInData = false;
    bool inSchema = false;
    QString schemaType; // as the schema writes it: "String!", "[LineItem!]!", "integer (int32)"
    QString description;
    bool list = false;
    bool nullable = true;
    bool deprecated = false;
    QString deprecationReason;

    bool operator==(const SourceField &) const = default;
};

// The source side of the mapping editor: a tree of the record's fields, draggable onto a target as
// "application/x-quayside-field-path" (the path, UTF-8) and text/plain.
class SourceFieldModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceFieldModel)

public:
    enum Column { NameColumn, TypeColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SeenRole, DeprecatedRole, DescriptionRole, InSchemaRole };
    static QString mimeType() { return QStringLiteral("application/x-quayside-field-path"); }

    explicit SourceFieldModel(QObject *parent = nullptr);
    ~SourceFieldModel() override;

    // Replaces the tree; fields seen in data and fields only the query names are merged by path.
    void setFields(const QList<SourceField> &fields);
    QList<SourceField> fields() const;
    QString pathAt(const QModelIndex &index) const;
    QModelIndex indexOfPath(const QString &path) const;

    // Every field of the records, with list items read through their first item ("nodes[0].sku").
    static QList<SourceField> fromPayloads(const QList<QJsonObject> &records);
    // The schema's fields (FieldCatalog) in their order, marked seen where the records had them, then the
    // fields only the records had. Paths are compared without list item markers.
    static QList<SourceField> merge(const QList<SourceField> &seen, const QList<SourceField> &schema);

    // The Type column: the schema's type, else the JSON type data showed; "· deprecated" when it is.
    static QString typeText(const SourceField &field);
    // Rich text: path, schema type, deprecation, description, and whether data or the schema had it.
    static QString toolTip(const SourceField &field);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace Quayside::Mapping
