#include "core/flows/settlement/settlementsettings.h"

namespace Quayside {

QJsonObject SettlementSettings::toJson() const
{
    return { { QStringLiteral("enabled"), enabled },
        { QStringLiteral("waitDays"), waitDays },
        { QStringLiteral("lookbackDays"), lookbackDays },
        { QStringLiteral("roundingToleranceCents"), roundingToleranceCents },
        { QStringLiteral("adjustmentAccount"), adjustmentAccount },
        { QStringLiteral("pollIntervalMs"), pollIntervalMs } };
}

SettlementSettings SettlementSettings::fromJson(const QJsonObject &json, QString *error)
{
    SettlementSettings s;
    QStringList problems;
    s.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    const auto days = [&](const char *name, int fallback, int max) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined())
            return fallback;
        const int d = v.toInt(-1);
        if (!v.isDouble() || d < 0 || d > max) {
            problems
                << QStringLiteral("%1 must be a whole number of days from 0 to %2").arg(QLatin1String(name)).arg(max);
            return fallback;
        }
        return d;
    };
    s.waitDays = days("waitDays", s.waitDays, 90);
    s.lookbackDays = days("lookbackDays", s.lookbackDays, 30);
    const QJsonValue tolerance = json.value(QStringLiteral("roundingToleranceCents"));
    if (!tolerance.isUndefined()) {
        const int cents = tolerance.toInt(-1);
        if (!tolerance.isDouble() || cents < 0 || cents > 100)
            problems << QStringLiteral("roundingToleranceCents must be a whole number of cents from 0 to 100");
        else
            s.roundingToleranceCents = cents;
    }
    s.adjustmentAccount = json.value(QStringLiteral("adjustmentAccount")).toString().trimmed();
    s.pollIntervalMs = qint64(json.value(QStringLiteral("pollIntervalMs")).toDouble(0));
    if (s.pollIntervalMs < 0) {
        problems << QStringLiteral("pollIntervalMs must not be negative");
        s.pollIntervalMs = 0;
    }
    if (error)
        *error = problems.join(QLatin1String("; "));
    return s;
}

} // namespace Quayside
