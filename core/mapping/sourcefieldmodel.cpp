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
            m_fields << SourceField { path, type, seen };
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

// Just enough of GraphQL's lexer for selection sets: names, punctuators, strings skipped, comments dropped.
QStringList tokens(const QString &text)
{
    QStringList out;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#')) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('"')) {
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i)
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
            ++i;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = i;
            while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('_')))
                ++i;
            out << text.mid(start, i - start);
        } else if (text.mid(i, 3) == QLatin1String("...")) {
            out << QStringLiteral("...");
            i += 3;
        } else {
            if (!c.isSpace() && c != QLatin1Char(','))
                out << QString(c);
            ++i;
        }
    }
    return out;
}

class SelectionWalker
{
public:
    explicit SelectionWalker(QStringList tokens)
        : m_t(std::move(tokens))
    { }
    QList<SourceField> walk()
    {
        while (m_i < m_t.size() && m_t.at(m_i) != QLatin1String("{"))
            ++m_i;
        if (m_i < m_t.size())
            selectionSet(QString(), true);
        return m_fields.fields();
    }

private:
    QString peek() const { return m_i < m_t.size() ? m_t.at(m_i) : QString(); }
    void skipBalanced(const QString &open, const QString &close)
    {
        int depth = 0;
        do {
            if (peek() == open)
                ++depth;
            else if (peek() == close)
                --depth;
            ++m_i;
        } while (depth > 0 && m_i < m_t.size());
    }
    void skipArgumentsAndDirectives()
    {
        for (;;) {
            if (peek() == QLatin1String("("))
                skipBalanced(QStringLiteral("("), QStringLiteral(")"));
            else if (peek() == QLatin1String("@")) {
                m_i += 2;
            } else
                return;
        }
    }
    // `root`: the operation's own fields (order, nodes) hold the record, so they are not part of paths.
    void selectionSet(const QString &prefix, bool root)
    {
        ++m_i; // {
        while (m_i < m_t.size() && peek() != QLatin1String("}")) {
            if (peek() == QLatin1String("...")) {
                ++m_i;
                if (peek() == QLatin1String("on"))
                    m_i += 2;
                else {
                    ++m_i; // a named fragment: its fields are not in this document's walk
                    continue;
                }
                skipArgumentsAndDirectives();
                if (peek() == QLatin1String("{"))
                    selectionSet(prefix, root);
                continue;
            }
            QString name = m_t.at(m_i++);
            if (peek() == QLatin1String(":")) {
                ++m_i;
                name = m_t.value(m_i++); // the alias is what the response carries, but we store by name
            }
            skipArgumentsAndDirectives();
            const QString path = root ? QString() : prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
            const bool nested = peek() == QLatin1String("{");
            if (!root)
                m_fields.add(path, nested ? QStringLiteral("object") : QString(), false);
            if (nested)
                selectionSet(path, false);
        }
        ++m_i; // }
    }

    QStringList m_t;
    qsizetype m_i = 0;
    FieldCollector m_fields;
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

QList<SourceField> SourceFieldModel::fromQuery(const QString &document)
{
    return SelectionWalker(tokens(document)).walk();
}

QList<SourceField> SourceFieldModel::merge(const QList<SourceField> &seen, const QList<SourceField> &query)
{
    QHash<QString, QString> typeByKey;
    for (const SourceField &f : seen)
        typeByKey.insert(keyOf(f.path), f.type);
    QList<SourceField> out = seen;
    for (const SourceField &q : query) {
        if (typeByKey.contains(q.path))
            continue;
        QString path;
        QString key;
        for (const QString &segment : q.path.split(QLatin1Char('.'))) {
            if (!path.isEmpty()) {
                if (typeByKey.value(key) == QLatin1String("list"))
                    path += kItem;
                path += QLatin1Char('.');
                key += QLatin1Char('.');
            }
            path += segment;
            key += segment;
        }
        typeByKey.insert(q.path, q.type);
        out << SourceField { path, q.type, false };
    }
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
                made->field = SourceField { nodePath, QString(), false };
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

QVariant SourceFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n->name;
        if (n->field.type == QLatin1String("string"))
            return tr("text");
        if (n->field.type == QLatin1String("number"))
            return tr("number");
        if (n->field.type == QLatin1String("bool"))
            return tr("yes/no");
        if (n->field.type == QLatin1String("object"))
            return tr("object");
        if (n->field.type == QLatin1String("list"))
            return tr("list");
        if (n->field.type == QLatin1String("null"))
            return tr("empty");
        return QString();
    case Qt::ToolTipRole:
        return n->field.seenInData ? tr("%1 (seen in recent orders)").arg(n->field.path)
                                   : tr("%1 (asked for by the order query; not in recent orders)").arg(n->field.path);
    case PathRole:
        return n->field.path;
    case SeenRole:
        return n->field.seenInData;
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
