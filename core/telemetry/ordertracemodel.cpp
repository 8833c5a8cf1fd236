#include "core/telemetry/ordertracemodel.h"

#include "core/engine/errorclass.h"
#include "core/engine/job.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace Quayside {

OrderTraceModel::OrderTraceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int OrderTraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OrderTraceModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).key == key)
            return row;
    return -1;
}

void OrderTraceModel::clear()
{
    setTimeline(QString(), {});
}

void OrderTraceModel::setTimeline(const QString &orderGid, const QList<TraceEntry> &entries)
{
    if (orderGid != m_orderGid) {
        beginResetModel();
        m_orderGid = orderGid;
        m_rows = entries;
        endResetModel();
        return;
    }
    // Merge the two lists (both in traceOrder): remove what left, insert what came, update what changed.
    int row = 0;
    int i = 0;
    while (row < m_rows.size() || i < entries.size()) {
        if (i >= entries.size() || (row < m_rows.size() && traceOrder(m_rows.at(row), entries.at(i)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (row >= m_rows.size() || traceOrder(entries.at(i), m_rows.at(row))) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, entries.at(i));
            endInsertRows();
            ++row;
            ++i;
        } else {
            if (!m_rows.at(row).sameContent(entries.at(i))) {
                m_rows[row] = entries.at(i);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++i;
        }
    }
}

QString OrderTraceModel::systemLabel(const QString &system)
{
    if (system == QLatin1String("shopify"))
        return QStringLiteral("Shopify");
    if (system == QLatin1String("odoo"))
        return QStringLiteral("Odoo");
    if (system == QLatin1String("shipbob"))
        return QStringLiteral("ShipBob");
    if (system == QLatin1String("quayside"))
        return QStringLiteral("Quayside");
    if (system == QLatin1String("operator"))
        return tr("Operator");
    return system;
}

QString OrderTraceModel::whatLabel(const TraceEntry &e)
{
    using Kind = TraceEntry::Kind;
    switch (e.kind) {
    case Kind::Event: {
        static const QHash<QString, const char *> topics {
            { QStringLiteral("orders/updated"), QT_TR_NOOP("Order received") },
            { QStringLiteral("webhook"), QT_TR_NOOP("Webhook: order changed") },
            { QStringLiteral("orders/cancelled"), QT_TR_NOOP("Cancellation received") },
            { QStringLiteral("orders/paid"), QT_TR_NOOP("Paid and fulfilled in Shopify") },
            { QStringLiteral("refunds/create"), QT_TR_NOOP("Refund received") },
            { QStringLiteral("returns/approve"), QT_TR_NOOP("Return approved") },
            { QStringLiteral("shipment/status"), QT_TR_NOOP("Shipment status received") },
            { QStringLiteral("picking/done"), QT_TR_NOOP("Delivery done in Odoo") },
            { QStringLiteral("pickup/ready"), QT_TR_NOOP("Picked in the store (Odoo)") },
        };
        const char *label = topics.value(e.what);
        return label ? tr(label) : e.what;
    }
    case Kind::Job:
    case Kind::Attempt: {
        static const QHash<QString, const char *> steps {
            { QStringLiteral("fetch_order"), QT_TR_NOOP("Read the order") },
            { QStringLiteral("create_sale_order"), QT_TR_NOOP("Create the sale order") },
            { QStringLiteral("route_order"), QT_TR_NOOP("Route the order") },
            { QStringLiteral("create_3pl_order"), QT_TR_NOOP("Send to the warehouse") },
            { QStringLiteral("apply_shipment"), QT_TR_NOOP("Apply the shipment") },
            { QStringLiteral("fulfill_in_shopify"), QT_TR_NOOP("Fulfil in Shopify") },
            { QStringLiteral("cancel_at_3pl"), QT_TR_NOOP("Cancel at the warehouse") },
            { QStringLiteral("cancel_sale_order"), QT_TR_NOOP("Cancel the sale order") },
            { QStringLiteral("invoice_sale_order"), QT_TR_NOOP("Invoice the sale order") },
            { QStringLiteral("credit_refund"), QT_TR_NOOP("Credit note for the refund") },
            { QStringLiteral("return_picking"), QT_TR_NOOP("Book the return") },
            { QStringLiteral("create_3pl_return"), QT_TR_NOOP("Announce the return to the warehouse") },
            { QStringLiteral("mark_ready_for_pickup"), QT_TR_NOOP("Ready for pickup in Shopify") },
        };
        if (e.kind == Kind::Attempt)
            return QStringLiteral("    ↳ ") + tr("attempt %1").arg(e.attempt);
        const char *label = steps.value(e.what);
        return label ? tr(label) : e.what;
    }
    case Kind::State:
        if (e.what == QLatin1String("order"))
            return tr("Order links now");
        if (e.what == QLatin1String("shipment"))
            return tr("Shipment %1 now").arg(e.status);
        if (e.what == QLatin1String("return"))
            return tr("Return now");
        if (e.what == QLatin1String("pickup"))
            return tr("Pickup now");
        return tr("%1 state now").arg(e.what);
    case Kind::Audit:
        if (e.what == QLatin1String("job.replay"))
            return tr("Replayed");
        if (e.what == QLatin1String("job.resolve"))
            return tr("Resolved");
        if (e.what == QLatin1String("job.skip"))
            return tr("Skipped");
        if (e.what == QLatin1String("job.reopen"))
            return tr("Reopened");
        return e.what;
    }
    return e.what;
}

QString OrderTraceModel::outcomeLabel(const TraceEntry &e)
{
    using Kind = TraceEntry::Kind;
    switch (e.kind) {
    case Kind::Event:
        return e.status == QLatin1String("webhook") ? tr("webhook") : tr("polled");
    case Kind::Job:
        switch (jobStateFromString(e.status).value_or(JobState::Ready)) {
        case JobState::Ready:
            return tr("waiting");
        case JobState::Leased:
            return tr("running");
        case JobState::Done:
            return tr("done");
        case JobState::Dead:
            return tr("exception");
        case JobState::Resolved:
            return tr("resolved");
        case JobState::Skipped:
            return tr("skipped");
        }
        break;
    case Kind::Attempt:
        if (e.status == QLatin1String("done"))
            return tr("succeeded");
        if (e.status == QLatin1String("retry"))
            return tr("failed, retried");
        if (e.status == QLatin1String("dead"))
            return tr("failed, stopped");
        if (e.status == QLatin1String("paused"))
            return tr("lane paused");
        if (e.status == QLatin1String("lease_lost"))
            return tr("lease lost");
        break;
    case Kind::State:
        return tr("current");
    case Kind::Audit:
        return e.status; // who
    }
    return e.status;
}

QString OrderTraceModel::errorLabel(const QString &errorClass)
{
    // Words for one attempt: the exception queue's "kept failing" would overstate a single transient failure.
    const auto c = errorClassFromString(errorClass);
    if (!c)
        return errorClass;
    switch (*c) {
    case ErrorClass::Transient:
        return tr("temporary failure");
    case ErrorClass::RateLimited:
        return tr("rate limited");
    case ErrorClass::Auth:
        return tr("access denied");
    case ErrorClass::Conflict:
        return tr("conflict");
    case ErrorClass::Validation:
        return tr("invalid data");
    case ErrorClass::Business:
        return tr("refused by the target");
    }
    return errorClass;
}

QString OrderTraceModel::durationLabel(qint64 ms)
{
    if (ms < 0)
        return {};
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 2 * 3600000)
        return tr("%1 min").arg(locale.toString(double(ms) / 60000.0, 'f', 1));
    return tr("%1 h").arg(locale.toString(double(ms) / 3600000.0, 'f', 1));
}

QString OrderTraceModel::timeLabel(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
}

QVariant OrderTraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TraceEntry &e = m_rows.at(index.row());
    const QString kind = errorLabel(e.errorClass);
    const QString details
        = kind.isEmpty() ? e.message : (e.message.isEmpty() ? kind : kind + QStringLiteral(": ") + e.message);
    switch (role) {
    case KindRole:
        return static_cast<int>(e.kind);
    case KeyRole:
        return e.key;
    case AtRole:
        return e.at;
    case JobIdRole:
        return e.jobId;
    case StatusRole:
        return e.status;
    case ErrorClassRole:
        return e.errorClass;
    case DetailRole:
        return e.detail;
    case Qt::ToolTipRole:
        if (index.column() == WhatColumn)
            return e.what;
        if (index.column() == DetailsColumn && !details.isEmpty())
            return details;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return timeLabel(e.at);
    case SystemColumn:
        return systemLabel(e.system);
    case WhatColumn:
        return whatLabel(e);
    case OutcomeColumn:
        return outcomeLabel(e);
    case DurationColumn:
        return durationLabel(e.durationMs);
    case DetailsColumn:
        return details;
    }
    return {};
}

QVariant OrderTraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SystemColumn:
        return tr("System");
    case WhatColumn:
        return tr("What");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Took");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

// --- matches ----------------------------------------------------------------------------------------------

OrderMatchModel::OrderMatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int OrderMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OrderMatchModel::rowOfOrder(const QString &orderGid) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).orderGid == orderGid)
            return row;
    return -1;
}

void OrderMatchModel::setMatches(const QList<OrderMatch> &matches)
{
    beginResetModel();
    m_rows = matches;
    endResetModel();
}

QVariant OrderMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OrderMatch &m = m_rows.at(index.row());
    if (role == OrderGidRole)
        return m.orderGid;
    if (role == Qt::ToolTipRole && index.column() == OrderColumn)
        return m.orderGid;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OrderColumn:
        return m.orderName.isEmpty() ? m.orderGid : m.orderName;
    case MatchedByColumn:
        return OrderTrace::describe(m.matchedBy);
    case CustomerColumn:
        return m.customer;
    case FirstSeenColumn:
        return m.firstSeenAt > 0
            ? QDateTime::fromMSecsSinceEpoch(m.firstSeenAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QString();
    case JobsColumn:
        return m.stuck > 0 ? tr("%n step(s)", nullptr, m.jobs) + QStringLiteral(", ") + tr("%n stuck", nullptr, m.stuck)
                           : tr("%n step(s)", nullptr, m.jobs);
    }
    return {};
}

QVariant OrderMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case MatchedByColumn:
        return tr("Found by");
    case CustomerColumn:
        return tr("Customer");
    case FirstSeenColumn:
        return tr("First seen");
    case JobsColumn:
        return tr("Steps");
    }
    return {};
}

} // namespace Quayside
