#pragma once

#include "sandbox/common/faultinjector.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Quayside::Sandbox {

struct WebhookDelivery
{
    QUrl url;
    QByteArray topic; // used as the fault endpoint name: "webhook:<topic>"
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // signature headers are the caller's job
    int attempt = 0;
};

// Delivers webhooks the way the real services do: POST, retried with backoff until a 2xx arrives (up to
// maxAttempts), and, when the fault injector says so, delivered twice or held back behind the next one.
class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    explicit WebhookDispatcher(std::shared_ptr<FaultInjector> faults, QObject *parent = nullptr);

    void setRetrySchedule(QList<int> delaysMs) { m_retryDelaysMs = std::move(delaysMs); }
    // How long a held-back (out-of-order) delivery waits for a next one before it goes out anyway.
    void setHoldBackLimit(int ms) { m_holdBackLimitMs = ms; }
    void send(WebhookDelivery delivery);
    // Deliveries not finished yet: on the wire, waiting for a retry, or held back.
    int pendingCount() const { return m_inFlight + m_retriesScheduled + (m_heldBack ? 1 : 0); }

Q_SIGNALS:
    void delivered(const QByteArray &topic, int status, int attempt);
    void givenUp(const QByteArray &topic);

private:
    void post(const WebhookDelivery &delivery, std::function<void()> afterFirstAttempt = {});
    void releaseHeldBack();

    std::shared_ptr<FaultInjector> m_faults;
    QNetworkAccessManager m_network;
    QList<int> m_retryDelaysMs { 1000, 5000, 30000, 120000 };
    std::optional<WebhookDelivery> m_heldBack;
    bool m_heldBackTwice = false; // it was also to be duplicated
    quint64 m_holdGeneration = 0;
    int m_holdBackLimitMs = 2000;
    int m_inFlight = 0;
    int m_retriesScheduled = 0;
};

} // namespace Quayside::Sandbox
