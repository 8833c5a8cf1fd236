#include "core/engine/job.h"

namespace Quayside {

QString toString(JobState s)
{
    switch (s) {
    case JobState::Ready:
        return QStringLiteral("ready");
    case JobState::Leased:
        return QStringLiteral("leased");
    case JobState::Done:
        return QStringLiteral("done");
    case JobState::Dead:
        return QStringLiteral("dead");
    case JobState::Resolved:
        return QStringLiteral("resolved");
    case JobState::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("ready");
}

std::optional<JobState> jobStateFromString(const QString &name)
{
    for (auto s :
        { JobState::Ready, JobState::Leased, JobState::Done, JobState::Dead, JobState::Resolved, JobState::Skipped })
        if (toString(s) == name)
            return s;
    return std::nullopt;
}

} // namespace Quayside
