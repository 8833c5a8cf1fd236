#include "core/flows/schedulemodel.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Quayside {

FlowScheduleModel::FlowScheduleModel(QString connectionName, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connectionName(std::move(connectionName))
{
    for (const QString &flow : FlowSchedule::flowNames())
        m_rows.append({ flow, FlowSchedule::defaultFor(flow) });
}

int FlowScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlowScheduleModel::flowLabel(const QString &flow)
{
    if (flow == QLatin1String("orders"))
        return tr("Orders");
    if (flow == QLatin1String("shipments"))
        return tr("Shipments");
    if (flow == QLatin1String("inventory"))
        return tr("Stock");
    if (flow == QLatin1String("catalog"))
        return tr("Catalog");
    if (flow == QLatin1String("reconciliation"))
        return tr("Reconciliation");
    return flow;
}

QString FlowScheduleModel::flowDescription(const QString &flow)
{
    if (flow == QLatin1String("orders"))
        return tr("New and changed Shopify orders to Odoo");
    if (flow == QLatin1String("shipments"))
        return tr("ShipBob shipments and internal deliveries to Odoo and Shopify");
    if (flow == QLatin1String("inventory"))
        return tr("Odoo stock changes to Shopify");
    if (flow == QLatin1String("catalog"))
        return tr("Product names and prices between Odoo and Shopify");
    if (flow == QLatin1String("reconciliation"))
        return tr("Compares stock in Shopify, Odoo and ShipBob");
    return {};
}

QString FlowScheduleModel::describe(const FlowSchedule &s)
{
    if (s.mode == FlowSchedule::Mode::RealTime) {
        const qint64 ms = s.intervalMs;
        if (ms % 3'600'000 == 0)
            return tr("every %n h", nullptr, int(ms / 3'600'000));
        if (ms % 60'000 == 0)
            return tr("every %n min", nullptr, int(ms / 60'000));
        if (ms % 1000 == 0)
            return tr("every %n s", nullptr, int(ms / 1000));
        return tr("every %1 ms").arg(ms);
    }
    QStringList times;
    for (const QTime &t : s.timesOfDay)
        times << QLocale().toString(t, QLocale::ShortFormat);
    return tr("at %1").arg(times.join(QLatin1String(", ")));
}

QVariant FlowScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == FlowNameRole)
        return r.flow;
    if (role == ScheduleTextRole)
        return r.schedule.toText();
    if (role == NextRunRole)
        return r.nextRunMs;
    if (role == Qt::ToolTipRole && index.column() == FlowColumn)
        return flowDescription(r.flow);
    if (role == Qt::ToolTipRole && index.column() == WhenColumn && !r.stored)
        return tr("The default; no schedule was set for this flow");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case FlowColumn:
        return flowLabel(r.flow);
    case ModeColumn:
        return r.schedule.mode == FlowSchedule::Mode::RealTime ? tr("Real-time") : tr("Batch");
    case WhenColumn:
        return r.stored ? describe(r.schedule) : tr("%1 (default)").arg(describe(r.schedule));
    case NextRunColumn: {
        if (r.running)
            return tr("running now");
        if (r.nextRunMs <= 0)
            return tr("not scheduled");
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
        const QDateTime next = QDateTime::fromMSecsSinceEpoch(r.nextRunMs);
        if (next <= now)
            return tr("due now");
        const qint64 inSeconds = now.secsTo(next);
        if (inSeconds < 1)
            return tr("due now");
        if (inSeconds < 120)
            return tr("in %n s", nullptr, int(inSeconds));
        const QLocale locale;
        const QString time = locale.toString(next.time(), QLocale::ShortFormat);
        if (next.date() == now.date())
            return time;
        if (next.date() == now.date().addDays(1))
            return tr("tomorrow, %1").arg(time);
        return locale.toString(next, QLocale::ShortFormat);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FlowScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case FlowColumn:
        return tr("Flow");
    case ModeColumn:
        return tr("Mode");
    case WhenColumn:
        return tr("Runs");
    case NextRunColumn:
        return tr("Next run");
    case ColumnCount:
        break;
    }
    return {};
}

bool FlowScheduleModel::refresh()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return false;
    QSqlQuery states(db);
    states.setForwardOnly(true);
    if (!states.exec(
            QStringLiteral("SELECT entity_key, value FROM flow_state WHERE kind = '%1'").arg(FlowSchedule::StateKind)))
        return false;
    QHash<QString, QJsonObject> stored;
    while (states.next())
        stored.insert(states.value(0).toString(), QJsonDocument::fromJson(states.value(1).toByteArray()).object());
    // One indexed look-up per partition (jobs_partition): the waiting or running job of each chain.
    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT state, next_attempt_at FROM jobs WHERE partition_key = ?"
                                " AND state IN ('ready', 'leased')"));
    for (int row = 0; row < m_rows.size(); ++row) {
        Row updated = m_rows.at(row);
        QString ignored;
        const auto fromStore = stored.contains(updated.flow)
            ? FlowSchedule::fromJson(stored.value(updated.flow), &ignored)
            : std::nullopt;
        updated.stored = fromStore.has_value();
        updated.schedule = fromStore.value_or(FlowSchedule::defaultFor(updated.flow));
        updated.nextRunMs = 0;
        updated.running = false;
        for (const QString &partition : FlowSchedule::partitionsOf(updated.flow)) {
            next.addBindValue(partition);
            if (!next.exec())
                return false;
            while (next.next()) {
                if (next.value(0).toString() == QLatin1String("leased"))
                    updated.running = true;
                const qint64 at = next.value(1).toLongLong();
                if (updated.nextRunMs == 0 || at < updated.nextRunMs)
                    updated.nextRunMs = at;
            }
        }
        Row &current = m_rows[row];
        const bool changed = current.schedule != updated.schedule || current.stored != updated.stored
            || current.nextRunMs != updated.nextRunMs || current.running != updated.running;
        current = updated;
        // "in 12 s" moves with the clock even when nothing in the store did.
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        else if (current.nextRunMs > 0)
            Q_EMIT dataChanged(index(row, NextRunColumn), index(row, NextRunColumn));
    }
    return true;
}

} // namespace Quayside
