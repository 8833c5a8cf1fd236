#include "core/mapping/mappingrulesmodel.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace Quayside::Mapping {

struct MappingRulesModel::Node
{
    MappingRule rule; // its nested rules are the children, not rule.rules
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto it = std::find_if(parent->children.cbegin(),
            parent->children.cend(),
            [this](const std::unique_ptr<Node> &c) { return c.get() == this; });
        return int(it - parent->children.cbegin());
    }
};

MappingRulesModel::MappingRulesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

MappingRulesModel::~MappingRulesModel() = default;

std::unique_ptr<MappingRulesModel::Node> MappingRulesModel::build(const MappingRule &rule, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->rule = rule;
    node->rule.rules.clear();
    node->parent = parent;
    for (const MappingRule &nested : rule.rules)
        node->children.push_back(build(nested, node.get()));
    return node;
}

MappingRule MappingRulesModel::assemble(const Node &node)
{
    MappingRule r = node.rule;
    for (const auto &child : node.children)
        r.rules << assemble(*child);
    return r;
}

void MappingRulesModel::setDocument(const MappingDocument &document)
{
    beginResetModel();
    m_document = document;
    m_document.rules.clear();
    m_root = std::make_unique<Node>();
    for (const MappingRule &r : document.rules)
        m_root->children.push_back(build(r, m_root.get()));
    m_errors.clear();
    endResetModel();
}

MappingDocument MappingRulesModel::document() const
{
    MappingDocument d = m_document;
    for (const auto &child : m_root->children)
        d.rules << assemble(*child);
    return d;
}

MappingRulesModel::Node *MappingRulesModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QString MappingRulesModel::pathOf(const Node *node) const
{
    QString path;
    for (const Node *n = node; n && n->parent; n = n->parent)
        path.prepend(QStringLiteral(".rules[%1]").arg(n->row()));
    return path.mid(1);
}

MappingRule MappingRulesModel::rule(const QModelIndex &index) const
{
    return index.isValid() ? assemble(*nodeOf(index)) : MappingRule {};
}

bool MappingRulesModel::setRule(const QModelIndex &index, const MappingRule &rule)
{
    if (!index.isValid())
        return false;
    Node *node = nodeOf(index);
    const QModelIndex first = index.siblingAtColumn(0);
    if (!node->children.empty()) {
        beginRemoveRows(first, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    node->rule = rule;
    node->rule.rules.clear();
    if (rule.op == MappingOp::Each && !rule.rules.isEmpty()) {
        beginInsertRows(first, 0, int(rule.rules.size()) - 1);
        for (const MappingRule &nested : rule.rules)
            node->children.push_back(build(nested, node));
        endInsertRows();
    }
    Q_EMIT dataChanged(first, index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT documentChanged();
    return true;
}

bool MappingRulesModel::insertRule(const QModelIndex &parent, int row, const MappingRule &rule)
{
    Node *p = nodeOf(parent);
    if (parent.isValid() && p->rule.op != MappingOp::Each)
        return false;
    if (row < 0 || row > int(p->children.size()))
        return false;
    beginInsertRows(parent.siblingAtColumn(0), row, row);
    p->children.insert(p->children.begin() + row, build(rule, p));
    endInsertRows();
    Q_EMIT documentChanged();
    return true;
}

bool MappingRulesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    Node *p = nodeOf(parent);
    if (row < 0 || count <= 0 || row + count > int(p->children.size()))
        return false;
    beginRemoveRows(parent.siblingAtColumn(0), row, row + count - 1);
    p->children.erase(p->children.begin() + row, p->children.begin() + row + count);
    endRemoveRows();
    Q_EMIT documentChanged();
    return true;
}

QModelIndex MappingRulesModel::indexForPath(const QString &rulePath) const
{
    QModelIndex at;
    for (const QString &part : rulePath.split(QLatin1Char('.'))) {
        if (!part.startsWith(QLatin1String("rules[")) || !part.endsWith(QLatin1Char(']')))
            return {};
        at = index(part.mid(6).chopped(1).toInt(), 0, at);
        if (!at.isValid())
            return {};
    }
    return at;
}

void MappingRulesModel::setErrors(const QList<MappingError> &errors)
{
    m_errors.clear();
    for (const MappingError &e : errors) {
        // A parse error names a part of the rule ("rules[2].op"): it belongs to the rule.
        QString path = e.rulePath;
        while (!path.isEmpty() && !path.endsWith(QLatin1Char(']')))
            path = path.section(QLatin1Char('.'), 0, -2);
        m_errors[path] << e.text();
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // Nested rules change too; a reset would lose the view's selection, so signal each level.
    std::function<void(const QModelIndex &)> nested = [&](const QModelIndex &parent) {
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex child = index(r, 0, parent);
            if (rowCount(child) > 0) {
                Q_EMIT dataChanged(index(0, 0, child), index(rowCount(child) - 1, ColumnCount - 1, child));
                nested(child);
            }
        }
    };
    nested({});
}

QModelIndex MappingRulesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex MappingRulesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row(), 0, const_cast<Node *>(p));
}

int MappingRulesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int MappingRulesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

namespace {

QString details(const MappingRule &r)
{
    switch (r.op) {
    case MappingOp::Copy:
        return r.defaultValue ? MappingRulesModel::tr("default %1").arg(describeValue(*r.defaultValue)) : QString();
    case MappingOp::Constant:
        return describeValue(r.value);
    case MappingOp::Template:
        return r.templateText;
    case MappingOp::Lookup:
        return MappingRulesModel::tr("%n entries", nullptr, int(r.table.size()));
    case MappingOp::Number:
        if (r.integer)
            return MappingRulesModel::tr("× %1, whole").arg(r.scale);
        if (r.decimals)
            return MappingRulesModel::tr("× %1, %n decimal(s)", nullptr, *r.decimals).arg(r.scale);
        return MappingRulesModel::tr("× %1").arg(r.scale);
    case MappingOp::Currency:
        return QStringLiteral("%1 %2").arg(r.currency).arg(r.decimals.value_or(2)).trimmed();
    case MappingOp::Date:
        return QStringLiteral("%1 %2").arg(r.format.isEmpty() ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : r.format,
            r.timezone.isEmpty() ? QStringLiteral("UTC") : r.timezone);
    case MappingOp::Each:
        return MappingRulesModel::tr("%n rule(s) per item", nullptr, int(r.rules.size()));
    }
    return {};
}

QString condition(const MappingCondition &c)
{
    switch (c.kind) {
    case MappingCondition::Kind::Always:
        return {};
    case MappingCondition::Kind::Equals:
        return QStringLiteral("%1 = %2").arg(c.field, describeValue(c.value));
    case MappingCondition::Kind::In:
        return QStringLiteral("%1 ∈ %2").arg(c.field, describeValue(c.value));
    case MappingCondition::Kind::Exists:
        return c.value.toBool() ? MappingRulesModel::tr("%1 is set").arg(c.field)
                                : MappingRulesModel::tr("%1 is not set").arg(c.field);
    }
    return {};
}

} // namespace

QVariant MappingRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const MappingRule &r = node->rule;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TargetColumn:
            return r.target;
        case OpColumn:
            return toString(r.op);
        case SourceColumn:
            return r.source;
        case DetailsColumn:
            return details(assemble(*node));
        case ConditionColumn:
            return condition(r.when);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        return index.column() == RequiredColumn ? QVariant(r.required ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        return m_errors.value(pathOf(node)).join(QLatin1Char('\n'));
    case RuleJsonRole:
        return assemble(*node).toJson();
    case RulePathRole:
        return pathOf(node);
    case ErrorsRole:
        return m_errors.value(pathOf(node));
    default:
        return {};
    }
}

bool MappingRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    MappingRule &r = nodeOf(index)->rule;
    if (role == Qt::CheckStateRole && index.column() == RequiredColumn) {
        r.required = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role == Qt::EditRole && index.column() == TargetColumn) {
        r.target = value.toString().trimmed();
    } else if (role == Qt::EditRole && index.column() == SourceColumn) {
        r.source = value.toString().trimmed();
    } else if (role == Qt::EditRole && index.column() == OpColumn) {
        const auto op = mappingOpFromString(value.toString());
        // Nested rules belong to an each only; change such a rule's op through setRule.
        if (!op || (r.op == MappingOp::Each && *op != MappingOp::Each && rowCount(index.siblingAtColumn(0)) > 0))
            return false;
        r.op = *op;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT documentChanged();
    return true;
}

QVariant MappingRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target field");
    case OpColumn:
        return tr("Operation");
    case SourceColumn:
        return tr("Source field");
    case DetailsColumn:
        return tr("Details");
    case ConditionColumn:
        return tr("Condition");
    case RequiredColumn:
        return tr("Required");
    default:
        return {};
    }
}

Qt::ItemFlags MappingRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case TargetColumn:
    case OpColumn:
    case SourceColumn:
        return f | Qt::ItemIsEditable;
    case RequiredColumn:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

} // namespace Quayside::Mapping
