#include "sandbox/host/sandboxrunner.h"

#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odooemulator.h"
#include "sandbox/shipbob/shipbobemulator.h"
#include "sandbox/shopify/shopifyemulator.h"

#include <QDateTime>

namespace Quayside::Sandbox {

SandboxRunner::SandboxRunner(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxRunner::~SandboxRunner()
{
    if (m_host)
        QMetaObject::invokeMethod(
            m_host, [host = m_host] { delete host; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SandboxRunner::start()
{
    m_thread.start();
    m_host = new SandboxHost(m_options);
    m_host->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_host,
        [this, host = m_host] {
            QString error;
            if (!host->start(&error)) {
                QMetaObject::invokeMethod(
                    this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
                return;
            }
            connect(host->traffic(), &TrafficGenerator::orderPlaced, this, &SandboxRunner::orderPlaced);
            const QJsonObject endpoints = host->endpoints();
            QMetaObject::invokeMethod(
                this,
                [this, endpoints] {
                    m_endpoints = endpoints;
                    Q_EMIT ready(endpoints);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SandboxRunner::setOrdersPerMinute(double rate)
{
    if (m_host)
        QMetaObject::invokeMethod(
            m_host,
            [host = m_host, rate] {
                if (host->traffic())
                    host->traffic()->setOrdersPerMinute(rate);
            },
            Qt::QueuedConnection);
}

void SandboxRunner::onFaults(const QString &system, std::function<void(FaultInjector *)> change)
{
    if (!m_host)
        return;
    QMetaObject::invokeMethod(
        m_host,
        [host = m_host, system, change] {
            FaultInjector *faults = system == QLatin1String("shopify") ? host->shopify()->faults()
                : system == QLatin1String("odoo")                      ? host->odoo()->faults()
                : system == QLatin1String("shipbob")                   ? host->shipbob()->faults()
                                                                       : nullptr;
            if (faults)
                change(faults);
        },
        Qt::QueuedConnection);
}

void SandboxRunner::setPanelFaults(const QString &system, double errorPercent, double throttlePercent, int latencyMs)
{
    const auto rule = [](FaultKind kind, double probability, int latency) {
        FaultRule r;
        r.kind = kind;
        r.probability = probability;
        r.latencyMs = latency;
        return r;
    };
    QList<FaultRule> rules;
    if (errorPercent > 0)
        rules << rule(FaultKind::ServerError, errorPercent / 100.0, 0);
    if (throttlePercent > 0)
        rules << rule(FaultKind::RateLimited, throttlePercent / 100.0, 2000); // a 2 s Retry-After hint
    if (latencyMs > 0)
        rules << rule(FaultKind::Latency, 1.0, latencyMs);
    onFaults(system, [rules](FaultInjector *faults) { faults->setRules(QStringLiteral("panel"), rules); });
}

void SandboxRunner::takeDown(const QString &system, int seconds)
{
    FaultRule outage;
    outage.kind = FaultKind::Outage;
    outage.activeUntilMs = QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000;
    onFaults(system, [outage](FaultInjector *faults) { faults->setRules(QStringLiteral("panel-outage"), { outage }); });
}

} // namespace Quayside::Sandbox
