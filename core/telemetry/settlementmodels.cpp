#include "core/telemetry/settlementmodels.h"

#include "core/flows/settlement/settlementjobs.h"

#include <QJsonArray>
#include <QLocale>

namespace Quayside {

namespace {
QDateTime stamp(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

qint64 cents(const QJsonObject &v, const char *field)
{
    return qint64(v.value(QLatin1String(field)).toDouble());
}

// 1234.5 as the user's locale writes money, with the currency's code when it is known.
QString money(qint64 cents, const QString &currency = {})
{
    const QString amount = QLocale().toString(double(cents) / 100.0, 'f', 2);
    return currency.isEmpty() ? amount : amount + QLatin1Char(' ') + currency;
}

} // namespace

PayoutModel::PayoutModel(QString connectionName, QObject *parent)
    : FlowStateTableModel(std::move(connectionName), SettlementJobs::PayoutKind, ColumnCount, parent)
{ }

int PayoutModel::countWithStatus(const QString &status) const
{
    return countWhere(
        [&status](const QJsonObject &v) { return v.value(QStringLiteral("status")).toString() == status; });
}

QDateTime PayoutModel::newestIssued() const
{
    QDateTime newest;
    for (int row = 0; row < rowCount(); ++row) {
        const QDateTime issued
            = QDateTime::fromString(entry(row).value(QStringLiteral("issuedAt")).toString(), Qt::ISODate);
        if (issued.isValid() && (!newest.isValid() || issued > newest))
            newest = issued;
    }
    return newest;
}

QVariant PayoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IssuedColumn:
        return tr("Paid out");
    case PayoutColumn:
        return tr("Payout");
    case ShopColumn:
        return tr("Shop");
    case NetColumn:
        return tr("Net");
    case ChargesColumn:
        return tr("Matched charges");
    case RefundsColumn:
        return tr("Matched refunds");
    case FeesColumn:
        return tr("Fees");
    case DifferenceColumn:
        return tr("Difference");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QVariant PayoutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject &v = entry(index.row());
    const QString status = v.value(QStringLiteral("status")).toString();
    if (role == StatusRole)
        return status;
    if (role == Qt::TextAlignmentRole && index.column() >= NetColumn && index.column() <= DifferenceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QDateTime issued = QDateTime::fromString(v.value(QStringLiteral("issuedAt")).toString(), Qt::ISODate);
    if (role == SortRole) {
        switch (index.column()) {
        case IssuedColumn:
            return issued.toMSecsSinceEpoch();
        case NetColumn:
            return cents(v, "net");
        case ChargesColumn:
            return cents(v, "matchedCharges");
        case RefundsColumn:
            return cents(v, "matchedRefunds");
        case FeesColumn:
            return cents(v, "fees");
        case DifferenceColumn:
            return cents(v, "difference");
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        const int unmatched = v.value(QStringLiteral("unmatched")).toInt();
        const int waiting = v.value(QStringLiteral("waiting")).toInt();
        return tr("%1 transactions: %2 unmatched, %3 waiting for an invoice; %4 rounding between Shopify's charges "
                  "and Odoo's invoices")
            .arg(v.value(QStringLiteral("items")).toArray().size())
            .arg(unmatched)
            .arg(waiting)
            .arg(money(cents(v, "rounding")));
    }
    if (role != Qt::DisplayRole)
        return {};
    const bool matched = v.contains(QStringLiteral("matchedAt"));
    const QString currency = v.value(QStringLiteral("currency")).toString();
    switch (index.column()) {
    case IssuedColumn:
        return QLocale().toString(issued.toLocalTime().date(), QLocale::ShortFormat);
    case PayoutColumn:
        return v.value(QStringLiteral("legacyId")).toString();
    case ShopColumn:
        return v.value(QStringLiteral("shop")).toString();
    case NetColumn:
        return money(cents(v, "net"), currency);
    case ChargesColumn:
        return matched ? money(cents(v, "matchedCharges")) : QString();
    case RefundsColumn:
        return matched ? money(cents(v, "matchedRefunds")) : QString();
    case FeesColumn:
        return matched ? money(cents(v, "fees")) : QString();
    case DifferenceColumn:
        return matched ? money(cents(v, "difference")) : QString();
    case StatusColumn:
        if (status == QLatin1String("reconciled"))
            return cents(v, "rounding") == 0 ? tr("Reconciled")
                                             : tr("Reconciled (rounding %1)").arg(money(cents(v, "rounding")));
        if (status == QLatin1String("waiting"))
            return tr("Waiting for invoices (%n)", nullptr, v.value(QStringLiteral("waiting")).toInt());
        if (status == QLatin1String("unmatched")) {
            // The waiting charges too: they are most of a fresh payout's difference.
            const int waiting = v.value(QStringLiteral("waiting")).toInt();
            const int items = v.value(QStringLiteral("unmatched")).toInt();
            if (items == 0 && waiting == 0) // every transaction matched, yet money is missing
                return tr("Difference not explained");
            const QString unmatched = tr("%n unmatched", nullptr, items);
            return waiting > 0 ? unmatched + QStringLiteral(", ") + tr("%n waiting", nullptr, waiting) : unmatched;
        }
        return tr("Being read");
    }
    return {};
}

SettlementItemModel::SettlementItemModel(QString connectionName, QObject *parent)
    : FlowStateTableModel(std::move(connectionName), SettlementJobs::ItemKind, ColumnCount, parent)
{ }

int SettlementItemModel::openCount() const
{
    return countWhere([](const QJsonObject &v) { return !v.value(QStringLiteral("resolved")).toBool(); });
}

QVariant SettlementItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case TypeColumn:
        return tr("Transaction");
    case AmountColumn:
        return tr("Amount");
    case PayoutColumn:
        return tr("Payout");
    case ReasonColumn:
        return tr("Why it is not matched");
    case SinceColumn:
        return tr("Since");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QVariant SettlementItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject &v = entry(index.row());
    const bool open = !v.value(QStringLiteral("resolved")).toBool();
    if (role == OpenRole)
        return open;
    if (role == OrderNameRole)
        return v.value(QStringLiteral("orderName")).toString();
    if (role == Qt::ToolTipRole)
        return v.value(QStringLiteral("reason")).toString();
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        if (index.column() == AmountColumn)
            return cents(v, "amount");
        if (index.column() == SinceColumn)
            return stamp(v.value(QStringLiteral("firstSeenAt"))).toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OrderColumn:
        return v.value(QStringLiteral("orderName")).toString();
    case TypeColumn: {
        const QString type = v.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("CHARGE"))
            return tr("Charge");
        if (type == QLatin1String("REFUND"))
            return tr("Refund");
        if (type == QLatin1String("ADJUSTMENT"))
            return tr("Adjustment");
        return type;
    }
    case AmountColumn:
        return money(cents(v, "amount"));
    case PayoutColumn:
        return v.value(QStringLiteral("payoutId")).toString();
    case ReasonColumn:
        return v.value(QStringLiteral("reason")).toString();
    case SinceColumn:
        return QLocale().toString(stamp(v.value(QStringLiteral("firstSeenAt"))).toLocalTime(), QLocale::ShortFormat);
    case StatusColumn:
        return open ? tr("Open") : tr("Resolved");
    }
    return {};
}

} // namespace Quayside
