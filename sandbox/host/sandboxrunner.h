#pragma once

#include "sandbox/host/sandboxhost.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

namespace Quayside::Sandbox {

// Runs a SandboxHost in a thread of its own, so the emulators never compete with the console's GUI
// thread. Talks through queued signals and slots only.
class SandboxRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxRunner)

public:
    explicit SandboxRunner(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxRunner() override;

    void start();
    QJsonObject endpoints() const { return m_endpoints; }
    bool isReady() const { return !m_endpoints.isEmpty(); }

public Q_SLOTS:
    void setOrdersPerMinute(double rate);

Q_SIGNALS:
    void ready(const QJsonObject &endpoints);
    void failed(const QString &message);
    void orderPlaced(const QString &orderId);

private:
    SandboxOptions m_options;
    QThread m_thread;
    SandboxHost *m_host = nullptr;
    QJsonObject m_endpoints;
};

} // namespace Quayside::Sandbox
