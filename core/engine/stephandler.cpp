#include "core/engine/stephandler.h"

namespace Quayside {

StepResult StepResult::done(QList<NewJob> followUps)
{
    StepResult r;
    r.ok = true;
    r.followUps = std::move(followUps);
    return r;
}

StepResult StepResult::failure(ErrorClass c, QString message, qint64 retryAfterMs)
{
    StepResult r;
    r.ok = false;
    r.errorClass = c;
    r.message = std::move(message);
    r.retryAfterMs = retryAfterMs;
    return r;
}

void StepRegistry::add(const QString &flow, const QString &step, Factory factory)
{
    m_factories.insert(flow + QLatin1Char('/') + step, std::move(factory));
}

StepRegistry::Factory StepRegistry::find(const QString &flow, const QString &step) const
{
    return m_factories.value(flow + QLatin1Char('/') + step);
}

} // namespace Quayside
