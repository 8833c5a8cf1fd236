#include "core/mapping/mappingtargetsmodel.h"

#include "core/mapping/sourcefieldmodel.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace Quayside::Mapping {

namespace {

bool sameRule(const MappingRule &a, const MappingRule &b)
{
    return a.toJson() == b.toJson();
}

// A top-level rule sets the field its target path starts with ("partner.name" sets "partner").
QString fieldOfTarget(const QString &target)
{
    return target.section(QLatin1Char('.'), 0, 0);
}

} // namespace

RuleEdit RuleEdit::inverse() const
{
    RuleEdit inv = *this;
    switch (kind) {
    case Kind::Insert:
        inv.kind = Kind::Remove;
        break;
    case Kind::Remove:
        inv.kind = Kind::Insert;
        break;
    case Kind::Replace:
        std::swap(inv.rule, inv.previous);
        break;
    case Kind::Move:
        std::swap(inv.row, inv.toRow);
        break;
    }
    return inv;
}

MappingTargetsModel::MappingTargetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MappingTargetsModel::setDocument(const MappingDocument &document)
{
    beginResetModel();
    m_document = document;
    rebuild();
    endResetModel();
    Q_EMIT documentChanged();
}

void MappingTargetsModel::setTargetFields(const QList<TargetField> &fields)
{
    beginResetModel();
    m_fields = fields;
    rebuild();
    endResetModel();
}

void MappingTargetsModel::setReservedTargets(const QStringList &targets)
{
    beginResetModel();
    m_reserved = targets;
    rebuild();
    endResetModel();
}

void MappingTargetsModel::rebuild()
{
    m_rows.clear();
    QSet<QString> mapped;
    QStringList targets;
    for (int i = 0; i < m_document.rules.size(); ++i) {
        m_rows << Row { m_document.rules.at(i).target, i, false };
        mapped.insert(fieldOfTarget(m_document.rules.at(i).target));
        targets << m_document.rules.at(i).target;
    }
    // A dotted field (ShipBob's recipient.address.city) is set by a rule for it or for an object holding it.
    const auto ruled = [&](const QString &field) {
        return mapped.contains(field) || std::any_of(targets.cbegin(), targets.cend(), [&field](const QString &t) {
            return field == t || field.startsWith(t + QLatin1Char('.'));
        });
    };
    QList<TargetField> open;
    for (const TargetField &f : std::as_const(m_fields))
        if (!ruled(f.name) && !m_reserved.contains(f.name))
            open << f;
    std::stable_sort(open.begin(), open.end(), [](const TargetField &a, const TargetField &b) {
        return a.required != b.required ? a.required : a.name < b.name;
    });
    for (const TargetField &f : std::as_const(open))
        m_rows << Row { f.name, -1, false };
    for (const QString &r : std::as_const(m_reserved))
        if (!mapped.contains(r))
            m_rows << Row { r, -1, true };
}

const TargetField *MappingTargetsModel::fieldOf(const QString &target) const
{
    for (const TargetField &f : m_fields)
        if (f.name == target)
            return &f;
    const QString name = fieldOfTarget(target);
    for (const TargetField &f : m_fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

QStringList MappingTargetsModel::unmappedRequired() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (r.rule < 0 && !r.reserved)
            if (const TargetField *f = fieldOf(r.target); f && f->required)
                out << r.target;
    return out;
}

int MappingTargetsModel::ruleRowOf(const QString &target) const
{
    for (int i = 0; i < m_document.rules.size(); ++i)
        if (m_document.rules.at(i).target == target)
            return i;
    return -1;
}

int MappingTargetsModel::rowOfTarget(const QString &target) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).target == target)
            return i;
    return -1;
}

QString MappingTargetsModel::targetAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).target : QString();
}

std::optional<RuleEdit> MappingTargetsModel::mapEdit(const QString &source, int row) const
{
    if (source.isEmpty() || row < 0 || row >= m_rows.size() || m_rows.at(row).reserved)
        return std::nullopt;
    const Row &r = m_rows.at(row);
    RuleEdit edit;
    edit.text = tr("Map %1 to %2").arg(source, r.target);
    if (r.rule >= 0) {
        edit.kind = RuleEdit::Kind::Replace;
        edit.row = r.rule;
        edit.previous = m_document.rules.at(r.rule);
        edit.rule = edit.previous;
        edit.rule.source = source;
        // A value that read no field now reads the dropped one.
        if (edit.rule.op == MappingOp::Constant || edit.rule.op == MappingOp::Template) {
            edit.rule.op = MappingOp::Copy;
            edit.rule.templateText.clear();
        }
        if (sameRule(edit.rule, edit.previous))
            return std::nullopt;
    } else {
        edit.kind = RuleEdit::Kind::Insert;
        edit.row = int(m_document.rules.size());
        edit.rule.id = r.target;
        edit.rule.target = r.target;
        edit.rule.op = MappingOp::Copy;
        edit.rule.source = source;
        const TargetField *f = fieldOf(r.target);
        edit.rule.required = f && f->required;
        // Start from the conversion the target's type needs; the inspector can change it.
        const QString type = f ? f->type : QString();
        if (type == QLatin1String("datetime")) {
            edit.rule.op = MappingOp::Date;
        } else if (type == QLatin1String("date")) {
            edit.rule.op = MappingOp::Date;
            edit.rule.format = QStringLiteral("yyyy-MM-dd");
        } else if (type == QLatin1String("float") || type == QLatin1String("monetary")) {
            edit.rule.op = MappingOp::Number;
        } else if (type == QLatin1String("integer")) {
            edit.rule.op = MappingOp::Number;
            edit.rule.integer = true;
        }
    }
    return edit;
}

void MappingTargetsModel::request(const RuleEdit &edit)
{
    if (m_handler)
        m_handler(edit);
    else
        apply(edit);
}

void MappingTargetsModel::apply(const RuleEdit &edit)
{
    QList<MappingRule> &rules = m_document.rules;
    QString touched = edit.rule.target;
    if (edit.kind == RuleEdit::Kind::Replace && edit.row >= 0 && edit.row < rules.size()
        && rules.at(edit.row).target == edit.rule.target) {
        rules[edit.row] = edit.rule; // the rows stay where they are
        Q_EMIT dataChanged(index(edit.row, 0), index(edit.row, ColumnCount - 1));
    } else {
        beginResetModel();
        switch (edit.kind) {
        case RuleEdit::Kind::Insert:
            rules.insert(std::clamp(edit.row, 0, int(rules.size())), edit.rule);
            break;
        case RuleEdit::Kind::Remove:
            if (edit.row >= 0 && edit.row < rules.size())
                rules.removeAt(edit.row);
            break;
        case RuleEdit::Kind::Replace:
            if (edit.row >= 0 && edit.row < rules.size())
                rules[edit.row] = edit.rule;
            break;
        case RuleEdit::Kind::Move:
            if (edit.row >= 0 && edit.row < rules.size() && edit.toRow >= 0 && edit.toRow < rules.size()) {
                touched = rules.at(edit.row).target;
                rules.move(edit.row, edit.toRow);
            }
            break;
        }
        rebuild();
        endResetModel();
    }
    Q_EMIT documentChanged();
    Q_EMIT edited(edit.kind == RuleEdit::Kind::Insert || edit.kind == RuleEdit::Kind::Replace ? edit.row
            : edit.kind == RuleEdit::Kind::Move                                               ? edit.toRow
                                                                                              : rowOfTarget(touched));
}

QString MappingTargetsModel::parametersText(const MappingRule &rule)
{
    QStringList parts;
    switch (rule.op) {
    case MappingOp::Copy:
        break;
    case MappingOp::Constant:
        parts << QStringLiteral("= %1").arg(describeValue(rule.value));
        break;
    case MappingOp::Template:
        parts << QStringLiteral("\u201c%1\u201d").arg(rule.templateText);
        break;
    case MappingOp::Lookup:
        parts << tr("%n entries", nullptr, int(rule.table.size()));
        break;
    case MappingOp::Number:
        if (rule.scale != 1)
            parts << QStringLiteral("\u00d7 %1").arg(rule.scale);
        if (rule.decimals)
            parts << tr("%n decimals", nullptr, *rule.decimals);
        if (rule.integer)
            parts << tr("whole number");
        break;
    case MappingOp::Currency:
        if (!rule.currency.isEmpty())
            parts << rule.currency;
        if (rule.decimals)
            parts << tr("%n decimals", nullptr, *rule.decimals);
        break;
    case MappingOp::Date:
        if (!rule.format.isEmpty())
            parts << rule.format;
        if (!rule.timezone.isEmpty())
            parts << rule.timezone;
        break;
    case MappingOp::Each:
        parts << tr("%n rules per item", nullptr, int(rule.rules.size()));
        break;
    }
    switch (rule.when.kind) {
    case MappingCondition::Kind::Always:
        break;
    case MappingCondition::Kind::Equals:
        parts << tr("when %1 = %2").arg(rule.when.field, describeValue(rule.when.value));
        break;
    case MappingCondition::Kind::In:
        parts << tr("when %1 in %2").arg(rule.when.field, describeValue(rule.when.value));
        break;
    case MappingCondition::Kind::Exists:
        parts << (rule.when.value.toBool(true) ? tr("when %1 exists") : tr("when %1 is absent")).arg(rule.when.field);
        break;
    }
    if (rule.defaultValue)
        parts << tr("default %1").arg(describeValue(*rule.defaultValue));
    return parts.join(QStringLiteral(" · "));
}

int MappingTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const MappingRule *rule = row.rule >= 0 ? &m_document.rules.at(row.rule) : nullptr;
    const TargetField *field = fieldOf(row.target);
    const bool needsMapping = !rule && !row.reserved && field && field->required;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn:
            return row.target;
        case OperationColumn:
            return rule ? toString(rule->op) : row.reserved ? tr("reserved") : QString();
        case SourceColumn:
            return rule ? rule->source : needsMapping ? tr("drop a field here") : QString();
        case ParametersColumn:
            return rule ? parametersText(*rule) : QString();
        case RequiredColumn:
            return (rule && rule->required) || (field && field->required) ? QStringLiteral("\u2713") : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (row.reserved)
            return tr("%1 is set by the order flow itself; a mapping cannot change it.").arg(row.target);
        if (field) {
            QString tip = QStringLiteral("<b>%1</b> (%2, <code>%3</code>)")
                              .arg((field->label.isEmpty() ? field->name : field->label).toHtmlEscaped(),
                                  field->name.toHtmlEscaped(),
                                  field->type.toHtmlEscaped());
            if (!field->relation.isEmpty())
                tip += QStringLiteral("<br>") + tr("Refers to %1").arg(field->relation.toHtmlEscaped());
            if (field->required)
                tip += QStringLiteral("<br>") + tr("Required");
            if (!field->help.isEmpty())
                tip += QStringLiteral("<br>") + field->help.toHtmlEscaped();
            return tip;
        }
        return {};
    case TargetRole:
        return row.target;
    case RuleIndexRole:
        return row.rule;
    case NeedsMappingRole:
        return needsMapping;
    case ReservedRole:
        return row.reserved;
    default:
        return {};
    }
}

QVariant MappingTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case OperationColumn:
        return tr("Operation");
    case SourceColumn:
        return tr("Source");
    case ParametersColumn:
        return tr("Parameters");
    case RequiredColumn:
        return tr("Required");
    }
    return {};
}

Qt::ItemFlags MappingTargetsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return m_rows.at(index.row()).reserved ? base : base | Qt::ItemIsDropEnabled;
}

QStringList MappingTargetsModel::mimeTypes() const
{
    return { SourceFieldModel::mimeType() };
}

Qt::DropActions MappingTargetsModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

int MappingTargetsModel::dropRow(int row, const QModelIndex &parent) const
{
    // On an item (parent) or, with drop indicators, before a row: either way that row's target.
    const int r = parent.isValid() ? parent.row() : row;
    return r >= 0 && r < m_rows.size() ? r : -1;
}

bool MappingTargetsModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(SourceFieldModel::mimeType()) || !(action & (Qt::CopyAction | Qt::MoveAction)))
        return false;
    const int r = dropRow(row, parent);
    return r >= 0 && !m_rows.at(r).reserved;
}

bool MappingTargetsModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString source = QString::fromUtf8(data->data(SourceFieldModel::mimeType()));
    const auto edit = mapEdit(source, dropRow(row, parent));
    if (!edit)
        return false;
    request(*edit);
    return true;
}

} // namespace Quayside::Mapping
