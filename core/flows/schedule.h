#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <functional>
#include <optional>

namespace Quayside {

// When a recurring flow runs: "real-time" (every few seconds) or "batch" (at fixed times of the local day).
// Kept in the store (flow state kind "schedule", key = the flow), so a change made in the console or the
// config file reaches the running poll on its next turn without a restart.
struct FlowSchedule
{
    enum class Mode { RealTime, Batch };
    Mode mode = Mode::RealTime;
    qint64 intervalMs = 5000; // RealTime
    QList<QTime> timesOfDay; // Batch, local time, sorted

    static FlowSchedule every(qint64 intervalMs);
    static FlowSchedule at(QList<QTime> timesOfDay);

    // The earliest moment after `nowMs` at which the flow runs next.
    qint64 nextRunMs(qint64 nowMs) const;

    // {"every": "5s"} or {"at": ["02:00", "14:30"]}; durations take ms, s, m, h.
    QJsonObject toJson() const;
    static std::optional<FlowSchedule> fromJson(const QJsonObject &json, QString *error);

    // Flow names with a schedule, and the defaults of design.md: real-time for orders, stock and
    // shipments; batch for catalog and reconciliation.
    static const QStringList &flowNames();
    static FlowSchedule defaultFor(const QString &flow);
    // The partitions of the recurring jobs `flow`'s schedule times (their waiting run is the next one).
    static QStringList partitionsOf(const QString &flow);
    // Reads a schedule as an operator types it: "5s", "every 2m", or times "02:00, 14:30". The same
    // limits as fromJson, whose messages it returns.
    static std::optional<FlowSchedule> fromText(const QString &text, QString *error);
    // "every 5s" or "at 02:00, 14:00": what fromText reads back.
    QString toText() const;
    // The stored schedule of `flow`; when none is stored (or it is unreadable), `fallback` or the default.
    static FlowSchedule current(const std::function<QJsonObject(const QString &, const QString &)> &readState,
        const QString &flow,
        const std::optional<FlowSchedule> &fallback = std::nullopt);

    // What a recurring step asks after each run: the stored schedule of `flow`, else every
    // `overrideMs` when that is > 0 (tests), else the default.
    static std::function<FlowSchedule()> source(
        std::function<QJsonObject(const QString &, const QString &)> readState, QString flow, qint64 overrideMs = 0);

    // The fields to store for `flow`: both keys, the unused one null, so a stored schedule is replaced
    // rather than merged with the previous mode's.
    QJsonObject toStateFields() const;

    static inline const QString StateKind = QStringLiteral("schedule");

    bool operator==(const FlowSchedule &other) const = default;
};

} // namespace Quayside
