#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcConnector)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace Quayside::Logging {

struct Options
{
    QString directory; // empty: stderr only
    bool toStderr = true;
    int maxFileBytes = 5 * 1024 * 1024;
    int maxFiles = 5;
};

// Routes every qDebug/qCInfo/... through spdlog (a rotating file and stderr). Returns false with a
// message when the log directory cannot be written; logging to stderr still works then.
bool install(const Options &options, QString *error = nullptr);
void shutdown();

} // namespace Quayside::Logging
