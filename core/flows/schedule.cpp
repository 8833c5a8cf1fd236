#include "core/flows/schedule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Quayside {

namespace {
std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*(ms|s|m|h)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("ms"))
        return n;
    if (unit == QLatin1String("s"))
        return n * 1000;
    if (unit == QLatin1String("m"))
        return n * 60'000;
    return n * 3'600'000;
}

QString formatDuration(qint64 ms)
{
    if (ms % 3'600'000 == 0)
        return QStringLiteral("%1h").arg(ms / 3'600'000);
    if (ms % 60'000 == 0)
        return QStringLiteral("%1m").arg(ms / 60'000);
    if (ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(ms);
}

// Polling faster than this only spends the APIs' rate limits; slower than a day is not "real-time".
constexpr qint64 kMinIntervalMs = 500;
constexpr qint64 kMaxIntervalMs = 24 * 3'600'000LL;
} // namespace

FlowSchedule FlowSchedule::every(qint64 intervalMs)
{
    FlowSchedule s;
    s.mode = Mode::RealTime;
    s.intervalMs = intervalMs;
    return s;
}

FlowSchedule FlowSchedule::at(QList<QTime> timesOfDay)
{
    FlowSchedule s;
    s.mode = Mode::Batch;
    std::sort(timesOfDay.begin(), timesOfDay.end());
    timesOfDay.erase(std::unique(timesOfDay.begin(), timesOfDay.end()), timesOfDay.end());
    s.timesOfDay = timesOfDay;
    return s;
}

qint64 FlowSchedule::nextRunMs(qint64 nowMs) const
{
    if (mode == Mode::RealTime || timesOfDay.isEmpty())
        return nowMs + std::max(intervalMs, kMinIntervalMs);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    // Today's remaining times, else tomorrow's first; computed as local date-times so a DST change
    // moves the run with the wall clock, as a shop owner expects of "at 02:00".
    for (int dayOffset = 0; dayOffset <= 2; ++dayOffset) {
        const QDate day = now.date().addDays(dayOffset);
        for (const QTime &t : timesOfDay) {
            const QDateTime candidate(day, t, Qt::LocalTime);
            if (candidate.isValid() && candidate.toMSecsSinceEpoch() > nowMs)
                return candidate.toMSecsSinceEpoch();
        }
    }
    return nowMs + kMaxIntervalMs;
}

QJsonObject FlowSchedule::toJson() const
{
    if (mode == Mode::RealTime)
        return { { QStringLiteral("every"), formatDuration(intervalMs) } };
    QJsonArray times;
    for (const QTime &t : timesOfDay)
        times.append(t.toString(QStringLiteral("HH:mm")));
    return { { QStringLiteral("at"), times } };
}

std::function<FlowSchedule()> FlowSchedule::source(
    std::function<QJsonObject(const QString &, const QString &)> readState, QString flow, qint64 overrideMs)
{
    return [read = std::move(readState), flow = std::move(flow), overrideMs] {
        return current(read, flow, overrideMs > 0 ? std::optional(every(overrideMs)) : std::nullopt);
    };
}

QJsonObject FlowSchedule::toStateFields() const
{
    QJsonObject fields { { QStringLiteral("every"), QJsonValue::Null }, { QStringLiteral("at"), QJsonValue::Null } };
    const QJsonObject own = toJson();
    for (auto it = own.begin(); it != own.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

std::optional<FlowSchedule> FlowSchedule::fromJson(const QJsonObject &json, QString *error)
{
    const bool hasEvery = json.contains(QStringLiteral("every"));
    const bool hasAt = json.contains(QStringLiteral("at"));
    if (hasEvery == hasAt) {
        *error = QStringLiteral("a schedule needs exactly one of \"every\" (e.g. \"5s\") or \"at\" (e.g. [\"02:00\"])");
        return std::nullopt;
    }
    if (hasEvery) {
        const auto ms = parseDuration(json.value(QStringLiteral("every")).toString());
        if (!ms) {
            *error = QStringLiteral("\"every\" must be a duration such as \"500ms\", \"5s\", \"2m\" or \"1h\"");
            return std::nullopt;
        }
        if (*ms < kMinIntervalMs || *ms > kMaxIntervalMs) {
            *error = QStringLiteral("\"every\" must be between 500ms and 24h");
            return std::nullopt;
        }
        return every(*ms);
    }
    const QJsonArray list = json.value(QStringLiteral("at")).toArray();
    if (list.isEmpty()) {
        *error = QStringLiteral("\"at\" must list at least one time of day, such as [\"02:00\"]");
        return std::nullopt;
    }
    QList<QTime> times;
    for (const QJsonValue &v : list) {
        const QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
        if (!t.isValid()) {
            *error = QStringLiteral("\"%1\" is not a time of day (HH:MM, 24-hour)").arg(v.toString());
            return std::nullopt;
        }
        times << t;
    }
    return at(times);
}

const QStringList &FlowSchedule::flowNames()
{
    static const QStringList names { QStringLiteral("orders"),
        QStringLiteral("shipments"),
        QStringLiteral("inventory"),
        QStringLiteral("catalog"),
        QStringLiteral("reconciliation"),
        QStringLiteral("settlement") };
    return names;
}

FlowSchedule FlowSchedule::defaultFor(const QString &flow)
{
    if (flow == QLatin1String("catalog"))
        return at({ QTime(3, 0) });
    if (flow == QLatin1String("reconciliation"))
        return at({ QTime(2, 0), QTime(14, 0) });
    if (flow == QLatin1String("settlement"))
        return at({ QTime(6, 0) }); // yesterday's payouts are paid by then
    if (flow == QLatin1String("shipments"))
        return every(30'000);
    if (flow == QLatin1String("inventory"))
        return every(5000);
    return every(5000);
}

QStringList FlowSchedule::partitionsOf(const QString &flow)
{
    if (flow == QLatin1String("orders"))
        return { QStringLiteral("poll:shopify:orders") };
    if (flow == QLatin1String("shipments"))
        return { QStringLiteral("poll:shipbob:shipments"),
            QStringLiteral("poll:odoo:deliveries"),
            QStringLiteral("poll:odoo:pickups") };
    if (flow == QLatin1String("inventory"))
        return { QStringLiteral("poll:odoo:stock") };
    if (flow == QLatin1String("catalog"))
        return { QStringLiteral("catalog:sync") };
    if (flow == QLatin1String("reconciliation"))
        return { QStringLiteral("inventory:reconcile") };
    if (flow == QLatin1String("settlement"))
        return { QStringLiteral("poll:shopify:payouts") };
    return {};
}

std::optional<FlowSchedule> FlowSchedule::fromText(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("every "), Qt::CaseInsensitive))
        return fromJson({ { QStringLiteral("every"), t.mid(6).trimmed().remove(QLatin1Char(' ')) } }, error);
    const bool batch = t.startsWith(QLatin1String("at "), Qt::CaseInsensitive)
        || t.compare(QLatin1String("at"), Qt::CaseInsensitive) == 0;
    if (batch)
        t = t.mid(2);
    else if (!t.contains(QLatin1Char(':')))
        return fromJson({ { QStringLiteral("every"), QString(t).remove(QLatin1Char(' ')) } }, error);
    QJsonArray times;
    for (const QString &part : t.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        times.append(part);
    return fromJson({ { QStringLiteral("at"), times } }, error);
}

QString FlowSchedule::toText() const
{
    if (mode == Mode::RealTime)
        return QStringLiteral("every ") + toJson().value(QStringLiteral("every")).toString();
    QStringList times;
    for (const QTime &time : timesOfDay)
        times << time.toString(QStringLiteral("HH:mm"));
    return QStringLiteral("at ") + times.join(QLatin1String(", "));
}

FlowSchedule FlowSchedule::current(const std::function<QJsonObject(const QString &, const QString &)> &readState,
    const QString &flow,
    const std::optional<FlowSchedule> &fallback)
{
    if (readState) {
        const QJsonObject stored = readState(StateKind, flow);
        QString ignored;
        if (!stored.isEmpty())
            if (auto s = fromJson(stored, &ignored))
                return *s;
    }
    return fallback ? *fallback : defaultFor(flow);
}

} // namespace Quayside
