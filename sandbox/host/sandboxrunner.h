#pragma once

#include "sandbox/host/sandboxhost.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <functional>

namespace Quayside::Sandbox {

class FaultInjector;

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
    // The console's sandbox panel: faults on one emulator ("shopify", "odoo", "shipbob"), replacing what
    // the panel set before (other rules stay). Percentages of requests; latency added to each answer.
    void setPanelFaults(const QString &system, double errorPercent, double throttlePercent, int latencyMs);
    // That emulator answers 503 to everything for this long.
    void takeDown(const QString &system, int seconds);

Q_SIGNALS:
    void ready(const QJsonObject &endpoints);
    void failed(const QString &message);
    void orderPlaced(const QString &orderId);

private:
    // Runs on the emulators' thread with the named emulator's fault injector.
    void onFaults(const QString &system, std::function<void(FaultInjector *)> change);

    SandboxOptions m_options;
    QThread m_thread;
    SandboxHost *m_host = nullptr;
    QJsonObject m_endpoints;
};

} // namespace Quayside::Sandbox
