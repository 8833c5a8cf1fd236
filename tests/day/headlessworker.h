#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Quayside::Sandbox {
class SandboxHost;
}

namespace Quayside::Testing {

// The product's own binary (`quayside --headless --config`) as a separate worker process against a
// sandbox the test serves: the long tests watch it from outside, as an operator's server would.
class HeadlessWorker
{
public:
    HeadlessWorker(Sandbox::SandboxHost *host, QString dataDir, QString configPath);
    ~HeadlessWorker();

    // Writes the configuration: the sandbox's endpoints, credentials through environment variables (never
    // in the file), a webhook receiver on a free port, the given schedules ({"orders":{"every":"5s"}}), and
    // the services' limits (the defaults are a small shop's: Odoo 4 calls in flight, ShipBob 150/min).
    struct Limits
    {
        int odooConcurrency = 4;
        int shipbobRequestsPerMinute = 150;
    };
    bool writeConfig(const QJsonObject &schedules, QString *error, const Limits &limits);
    // A store other than the SQLite file in the data folder (`--database`, e.g. a team's PostgreSQL).
    void setDatabase(const QString &url) { m_database = url; }
    bool start();
    bool kill(); // SIGKILL, as a power cut would
    bool terminate(int exitCode = 0); // SIGTERM and a clean exit with `exitCode`
    qint64 pid() const { return m_process.processId(); }
    QString dataDir() const { return m_dataDir; }
    QString storePath() const;
    // Everything the worker wrote to stderr so far (its log).
    QByteArray log();

private:
    Sandbox::SandboxHost *m_host;
    QString m_dataDir;
    QString m_configPath;
    QString m_database;
    QProcess m_process;
    QByteArray m_log;
};

} // namespace Quayside::Testing
