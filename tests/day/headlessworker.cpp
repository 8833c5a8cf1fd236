#include "tests/day/headlessworker.h"

#include "sandbox/host/sandboxhost.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTcpServer>

#include <csignal>

namespace Quayside::Testing {

HeadlessWorker::HeadlessWorker(Sandbox::SandboxHost *host, QString dataDir, QString configPath)
    : m_host(host)
    , m_dataDir(std::move(dataDir))
    , m_configPath(std::move(configPath))
{ }

HeadlessWorker::~HeadlessWorker()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool HeadlessWorker::writeConfig(const QJsonObject &schedules, QString *error, const Limits &limits)
{
    quint16 webhookPort = 0;
    {
        QTcpServer probe; // a free port for the worker's webhook receiver, the same across its restarts
        probe.listen(QHostAddress::LocalHost, 0);
        webhookPort = probe.serverPort();
    }
    const QJsonObject endpoints = m_host->endpoints();
    const QJsonObject shopify = endpoints.value(QStringLiteral("shopify")).toObject();
    const QJsonObject odoo = endpoints.value(QStringLiteral("odoo")).toObject();
    const QJsonObject shipbob = endpoints.value(QStringLiteral("shipbob")).toObject();
    const auto env = [](const char *name) { return QJsonObject { { QStringLiteral("env"), QLatin1String(name) } }; };
    const QJsonObject config {
        { QStringLiteral("shopify"),
            QJsonObject { { QStringLiteral("shop"), shopify.value(QStringLiteral("shop")) },
                { QStringLiteral("url"), shopify.value(QStringLiteral("url")) },
                { QStringLiteral("accessToken"), env("QS_DAY_SHOPIFY") } } },
        { QStringLiteral("odoo"),
            QJsonObject { { QStringLiteral("url"), odoo.value(QStringLiteral("url")) },
                { QStringLiteral("database"), odoo.value(QStringLiteral("db")) },
                { QStringLiteral("login"), odoo.value(QStringLiteral("user")) },
                { QStringLiteral("apiKey"), env("QS_DAY_ODOO") },
                { QStringLiteral("maxConcurrent"), limits.odooConcurrency } } },
        { QStringLiteral("shipbob"),
            QJsonObject { { QStringLiteral("url"), shipbob.value(QStringLiteral("url")) },
                { QStringLiteral("channelId"), shipbob.value(QStringLiteral("channelId")) },
                { QStringLiteral("token"), env("QS_DAY_SHIPBOB") },
                { QStringLiteral("requestsPerMinute"), limits.shipbobRequestsPerMinute } } },
        // Shopify's webhooks bring orders in at once; the poll is the safety net.
        { QStringLiteral("webhooks"),
            QJsonObject { { QStringLiteral("port"), webhookPort },
                { QStringLiteral("callbackUrl"),
                    QStringLiteral("http://127.0.0.1:%1/webhooks/shopify").arg(webhookPort) },
                { QStringLiteral("secret"), env("QS_DAY_WEBHOOKS") } } },
        { QStringLiteral("schedules"), schedules },
    };
    QFile f(m_configPath);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(config).toJson());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QS_DAY_SHOPIFY"), shopify.value(QStringLiteral("token")).toString());
    environment.insert(QStringLiteral("QS_DAY_ODOO"), odoo.value(QStringLiteral("apiKey")).toString());
    environment.insert(QStringLiteral("QS_DAY_SHIPBOB"), shipbob.value(QStringLiteral("token")).toString());
    environment.insert(QStringLiteral("QS_DAY_WEBHOOKS"), QString::fromUtf8(m_host->shopify()->appSecret()));
    m_process.setProcessEnvironment(environment);
    return true;
}

bool HeadlessWorker::start()
{
    QStringList arguments {
        QStringLiteral("--headless"), QStringLiteral("--config"), m_configPath, QStringLiteral("--data-dir"), m_dataDir
    };
    if (!m_database.isEmpty())
        arguments << QStringLiteral("--database") << m_database;
    m_process.start(QStringLiteral(QUAYSIDE_BINARY), arguments);
    return m_process.waitForStarted();
}

bool HeadlessWorker::kill()
{
    ::kill(pid_t(m_process.processId()), SIGKILL);
    const bool gone = m_process.waitForFinished(10000);
    m_log += m_process.readAllStandardError();
    return gone && m_process.exitStatus() == QProcess::CrashExit;
}

bool HeadlessWorker::terminate(int exitCode)
{
    ::kill(pid_t(m_process.processId()), SIGTERM);
    const bool gone = m_process.waitForFinished(30000);
    m_log += m_process.readAllStandardError();
    return gone && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == exitCode;
}

QString HeadlessWorker::storePath() const
{
    return m_dataDir + QStringLiteral("/quayside.sqlite");
}

QByteArray HeadlessWorker::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

} // namespace Quayside::Testing
