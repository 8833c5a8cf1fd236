#include "sandbox/host/sandboxrunner.h"

#include "sandbox/host/trafficgenerator.h"

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

} // namespace Quayside::Sandbox
