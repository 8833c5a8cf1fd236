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
        m_heldBack = delivery; // goes out right after the next delivery, so the receiver sees them swapped
        return;
    }
    post(delivery);
    if (duplicate)
        post(delivery);
    if (m_heldBack) {
        const auto held = *m_heldBack;
        m_heldBack.reset();
        post(held);
    }
}

void WebhookDispatcher::post(const WebhookDelivery &delivery)
{
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : delivery.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(5000);
    ++m_inFlight;
    QNetworkReply *reply = m_network.post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const int attempt = delivery.attempt + 1;
        Q_EMIT delivered(delivery.topic, status, attempt);
        if (status >= 200 && status < 300)
            return;
        if (attempt > m_retryDelaysMs.size()) {
            Q_EMIT givenUp(delivery.topic);
            return;
        }
        WebhookDelivery retry = delivery;
        retry.attempt = attempt;
        QTimer::singleShot(m_retryDelaysMs.at(attempt - 1), this, [this, retry] { post(retry); });
    });
}

} // namespace Quayside::Sandbox
