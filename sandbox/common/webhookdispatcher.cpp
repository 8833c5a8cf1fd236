#include "sandbox/common/webhookdispatcher.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Quayside::Sandbox {

WebhookDispatcher::WebhookDispatcher(std::shared_ptr<FaultInjector> faults, QObject *parent)
    : QObject(parent)
    , m_faults(std::move(faults))
{ }

void WebhookDispatcher::send(WebhookDelivery delivery)
{
    const auto faults = m_faults ? m_faults->decide(QStringLiteral("webhook:") + QString::fromUtf8(delivery.topic),
                            QDateTime::currentMSecsSinceEpoch())
                                 : QList<FaultDecision> {};
    bool duplicate = false;
    bool holdBack = false;
    for (const auto &f : faults) {
        duplicate |= f.kind == FaultKind::DuplicateWebhook;
        holdBack |= f.kind == FaultKind::OutOfOrderWebhook;
    }
    if (holdBack && !m_heldBack) {
        // Goes out once the next delivery has been answered, so the receiver surely sees them swapped; if no
        // next delivery comes within the hold-back limit, it goes out alone rather than never.
        m_heldBack = delivery;
        m_heldBackTwice = duplicate;
        const quint64 generation = ++m_holdGeneration;
        QTimer::singleShot(m_holdBackLimitMs, this, [this, generation] {
            if (m_heldBack && generation == m_holdGeneration)
                releaseHeldBack();
        });
        return;
    }
    std::function<void()> releaseHeld;
    if (m_heldBack)
        releaseHeld = [this] { releaseHeldBack(); }; // still counted as pending while it waits
    post(delivery, std::move(releaseHeld));
    if (duplicate)
        post(delivery);
}

void WebhookDispatcher::releaseHeldBack()
{
    if (!m_heldBack)
        return;
    const WebhookDelivery held = *m_heldBack;
    const bool twice = m_heldBackTwice;
    m_heldBack.reset();
    m_heldBackTwice = false;
    post(held);
    if (twice)
        post(held);
}

void WebhookDispatcher::post(const WebhookDelivery &delivery, std::function<void()> afterFirstAttempt)
{
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : delivery.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(5000);
    ++m_inFlight;
    QNetworkReply *reply = m_network.post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery, afterFirstAttempt] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const int attempt = delivery.attempt + 1;
        Q_EMIT delivered(delivery.topic, status, attempt);
        if (afterFirstAttempt)
            afterFirstAttempt();
        if (status >= 200 && status < 300)
            return;
        if (attempt > m_retryDelaysMs.size()) {
            Q_EMIT givenUp(delivery.topic);
            return;
        }
        WebhookDelivery retry = delivery;
        retry.attempt = attempt;
        ++m_retriesScheduled;
        QTimer::singleShot(m_retryDelaysMs.at(attempt - 1), this, [this, retry] {
            --m_retriesScheduled;
            post(retry);
        });
    });
}

} // namespace Quayside::Sandbox
