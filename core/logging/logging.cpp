#include "core/logging/logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

Q_LOGGING_CATEGORY(lcEngine, "quayside.engine")
Q_LOGGING_CATEGORY(lcStore, "quayside.store")
Q_LOGGING_CATEGORY(lcSync, "quayside.sync")
Q_LOGGING_CATEGORY(lcConnector, "quayside.connector")
Q_LOGGING_CATEGORY(lcApp, "quayside.app")

namespace Quayside::Logging {

namespace {
std::shared_ptr<spdlog::logger> g_logger;

spdlog::level::level_enum toLevel(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (auto logger = g_logger) {
        const char *category = context.category ? context.category : "default";
        logger->log(toLevel(type), "[{}] {}", category, message.toStdString());
        if (type >= QtWarningMsg)
            logger->flush();
    }
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

bool install(const Options &options, QString *error)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    bool ok = true;
    if (!options.directory.isEmpty()) {
        try {
            QDir().mkpath(options.directory);
            const auto path = QDir(options.directory).filePath(QStringLiteral("quayside.log")).toStdString();
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path, size_t(options.maxFileBytes), size_t(options.maxFiles)));
        } catch (const spdlog::spdlog_ex &e) {
            ok = false;
            if (error)
                *error = QStringLiteral("Cannot write the log file in %1: %2")
                             .arg(options.directory, QString::fromUtf8(e.what()));
        }
    }
    g_logger = std::make_shared<spdlog::logger>("quayside", sinks.begin(), sinks.end());
    g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    g_logger->set_level(spdlog::level::debug);
    g_logger->flush_on(spdlog::level::warn);
    qInstallMessageHandler(handler);
    return ok;
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
}

} // namespace Quayside::Logging
