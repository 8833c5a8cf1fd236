#pragma once

#include "core/telemetry/ordertrace.h"

#include <QAbstractTableModel>
#include <QList>

namespace Quayside {

// One order's timeline as a table. setTimeline() for the same order applies the difference (rows that
// came, went or changed), so the selection and scroll position survive the console's refreshes.
class OrderTraceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTraceModel)

public:
    enum Column { TimeColumn, SystemColumn, WhatColumn, OutcomeColumn, DurationColumn, DetailsColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, KeyRole, AtRole, JobIdRole, StatusRole, ErrorClassRole, DetailRole };

    explicit OrderTraceModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString orderGid() const { return m_orderGid; }
    const TraceEntry &entry(int row) const { return m_rows.at(row); }
    int rowOfKey(const QString &key) const;

    void setTimeline(const QString &orderGid, const QList<TraceEntry> &entries);
    void clear();

    // How the console words the raw names the store keeps.
    static QString systemLabel(const QString &system);
    static QString whatLabel(const TraceEntry &entry);
    static QString outcomeLabel(const TraceEntry &entry);
    static QString errorLabel(const QString &errorClass);
    static QString durationLabel(qint64 ms);
    static QString timeLabel(qint64 ms);

private:
    QString m_orderGid;
    QList<TraceEntry> m_rows; // in traceOrder
};

// The orders a search found, when there is more than one to choose from.
class OrderMatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderMatchModel)

public:
    enum Column { OrderColumn, MatchedByColumn, CustomerColumn, FirstSeenColumn, JobsColumn, ColumnCount };
    enum Role { OrderGidRole = Qt::UserRole + 1 };

    explicit OrderMatchModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMatches(const QList<OrderMatch> &matches);
    int rowOfOrder(const QString &orderGid) const;

private:
    QList<OrderMatch> m_rows;
};

} // namespace Quayside
