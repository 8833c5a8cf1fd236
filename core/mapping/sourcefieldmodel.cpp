#include "core/mapping/sourcefieldmodel.h"

#include <QHash>
#include <QJsonArray>
#include <QMimeData>

#include <functional>

namespace Quayside::Mapping {

namespace {

const QLatin1String kItem("[0]");

// The path without list item markers: "a.nodes[0].b" -> "a.nodes.b", how a field is recognised.
QString keyOf(const QString &path)
{
    QString key = path;
    return key.remove(kItem);
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("list");
    default:
        return QStringLiteral("null");
    }
}

// Fields in first-seen order, one per path; a typed sighting beats a null one.
class FieldCollector
{
public:
    void add(const QString &path, const QString &type, bool seen)
    {
        const auto it = m_at.constFind(path);
        if (it == m_at.cend()) {
            m_at.insert(path, m_fields.size());
            SourceField f;
            f.path = path;
            f.type = type;
            f.seenInData = seen;
            m_fields << f;
        } else if (m_fields[*it].type.isEmpty() || m_fields[*it].type == QLatin1String("null")) {
            m_fields[*it].type = type;
        }
    }
    void walk(const QJsonObject &object, const QString &prefix)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            add(path, typeOf(it.value()), true);
            if (it.value().isObject())
                walk(it.value().toObject(), path);
            else if (it.value().isArray())
                for (const QJsonValue &item : it.value().toArray())
                    if (item.isObject())
                        walk(item.toObject(), path + kItem);
        }
    }
    QList<SourceField> fields() const { return m_fields; }

private:
    QList<SourceField> m_fields;
    QHash<QString, qsizetype> m_at;
};

} // namespace

struct SourceFieldModel::Node
{
    QString name;
    SourceField field;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

SourceFieldModel::SourceFieldModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

SourceFieldModel::~SourceFieldModel() = default;

QList<SourceField> SourceFieldModel::fromPayloads(const QList<QJsonObject> &records)
{
    FieldCollector c;
    for (const QJsonObject &r : records)
        c.walk(r, QString());
    return c.fields();
}

QList<SourceField> SourceFieldModel::merge(const QList<SourceField> &seen, const QList<SourceField> &schema)
{
    QHash<QString, qsizetype> seenAt;
    for (qsizetype i = 0; i < seen.size(); ++i)
        seenAt.insert(keyOf(seen.at(i).path), i);
    QList<SourceField> out;
    QList<bool> used(seen.size(), false);
    for (SourceField f : schema) {
        if (const auto it = seenAt.constFind(keyOf(f.path)); it != seenAt.cend()) {
            const SourceField &s = seen.at(*it);
            f.seenInData = true;
            if (s.type != QLatin1String("null") || f.type.isEmpty())
                f.type = s.type;
            used[*it] = true;
        }
        out << f;
    }
    for (qsizetype i = 0; i < seen.size(); ++i)
        if (!used.at(i))
            out << seen.at(i);
    return out;
}

void SourceFieldModel::setFields(const QList<SourceField> &fields)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    QHash<QString, Node *> byKey;
    const auto nodeFor = [&](const QString &path) {
        Node *parent = m_root.get();
        QString key;
        QString prefix;
        for (const QString &segment : path.split(QLatin1Char('.'))) {
            const QString name = QString(segment).remove(kItem);
            key += (key.isEmpty() ? QString() : QStringLiteral(".")) + name;
            const QString nodePath = prefix + name;
            prefix += segment + QLatin1Char('.');
            Node *&node = byKey[key];
            if (!node) {
                auto made = std::make_unique<Node>();
                made->name = name;
                made->field.path = nodePath;
                made->parent = parent;
                made->row = int(parent->children.size());
                node = made.get();
                parent->children.push_back(std::move(made));
            }
            parent = node;
        }
        return parent;
    };
    for (const SourceField &f : fields)
        nodeFor(f.path)->field = f;
    endResetModel();
}

QList<SourceField> SourceFieldModel::fields() const
{
    QList<SourceField> out;
    const std::function<void(const Node *)> collect = [&](const Node *n) {
        for (const auto &c : n->children) {
            out << c->field;
            collect(c.get());
        }
    };
    collect(m_root.get());
    return out;
}

SourceFieldModel::Node *SourceFieldModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QString SourceFieldModel::pathAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->field.path : QString();
}

QModelIndex SourceFieldModel::indexOfPath(const QString &path) const
{
    const std::function<QModelIndex(const Node *)> find = [&](const Node *n) -> QModelIndex {
        for (const auto &c : n->children) {
            if (c->field.path == path)
                return createIndex(c->row, 0, c.get());
            if (path.startsWith(c->field.path))
                if (const QModelIndex found = find(c.get()); found.isValid())
                    return found;
        }
        return {};
    };
    return find(m_root.get());
}

QModelIndex SourceFieldModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SourceFieldModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!child.isValid() || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int SourceFieldModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SourceFieldModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SourceFieldModel::typeText(const SourceField &f)
{
    QString text = f.schemaType;
    if (text.isEmpty()) {
        if (f.type == QLatin1String("string"))
            text = tr("text");
        else if (f.type == QLatin1String("number"))
            text = tr("number");
        else if (f.type == QLatin1String("bool"))
            text = tr("yes/no");
        else if (f.type == QLatin1String("object"))
            text = tr("object");
        else if (f.type == QLatin1String("list"))
            text = tr("list");
        else if (f.type == QLatin1String("null"))
            text = tr("empty");
    }
    return f.deprecated ? tr("%1 · deprecated").arg(text) : text;
}

QString SourceFieldModel::toolTip(const SourceField &f)
{
    QStringList lines { QStringLiteral("<b>%1</b>").arg(f.path.toHtmlEscaped()) };
    if (!f.schemaType.isEmpty())
        lines << QStringLiteral("<code>%1</code>").arg(f.schemaType.toHtmlEscaped());
    if (f.deprecated)
        lines << (f.deprecationReason.isEmpty() ? tr("Deprecated.")
                                                : tr("Deprecated: %1").arg(f.deprecationReason.toHtmlEscaped()));
    if (!f.description.isEmpty())
        lines << f.description.toHtmlEscaped();
    lines << (!f.inSchema  ? tr("Seen in recent payloads; not in the schema of what we read.")
            : f.seenInData ? tr("In the schema; seen in recent payloads.")
                           : tr("In the schema; not in recent payloads."));
    return lines.join(QStringLiteral("<br>"));
}

QVariant SourceFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? n->name : typeText(n->field);
    case Qt::ToolTipRole:
        return toolTip(n->field);
    case PathRole:
        return n->field.path;
    case SeenRole:
        return n->field.seenInData;
    case DeprecatedRole:
        return n->field.deprecated;
    case DescriptionRole:
        return n->field.description;
    case InSchemaRole:
        return n->field.inSchema;
    default:
        return {};
    }
}

QVariant SourceFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Source field") : section == TypeColumn ? tr("Type") : QVariant();
}

Qt::ItemFlags SourceFieldModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList SourceFieldModel::mimeTypes() const
{
    return { mimeType(), QStringLiteral("text/plain") };
}

QMimeData *SourceFieldModel::mimeData(const QModelIndexList &indexes) const
{
    // One field per drag: a rule reads one source.
    for (const QModelIndex &i : indexes) {
        if (!i.isValid())
            continue;
        auto *mime = new QMimeData;
        const QString path = pathAt(i);
        mime->setData(mimeType(), path.toUtf8());
        mime->setText(path);
        return mime;
    }
    return nullptr;
}

Qt::DropActions SourceFieldModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Quayside::Mapping
