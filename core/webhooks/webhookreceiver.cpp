#include "core/webhooks/webhookreceiver.h"

#include "core/connectors/shipbob/shipbobwebhook.h"
#include "core/connectors/shopify/shopifywebhook.h"
#include "core/engine/jobstore.h"
#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/orders/orderjobs.h"
#include "core/flows/privacy.h"
#include "core/security/customereraser.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QUuid>

namespace Quayside {

Q_LOGGING_CATEGORY(lcWebhooks, "quayside.webhooks")

WebhookReceiver::WebhookReceiver(Settings settings, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_settings(std::move(settings))
    , m_connectionName(QStringLiteral("webhooks-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

WebhookReceiver::~WebhookReceiver()
{
    m_store.reset();
    Database::close(m_connectionName);
}

quint16 WebhookReceiver::start(QString *error)
{
    if (m_settings.secret.isEmpty() && m_settings.shipbobSecret.isEmpty()) {
        if (error)
            *error = tr("No webhook secret: Shopify signs deliveries with the app's client secret, ShipBob with "
                        "the subscription's secret");
        return 0;
    }
    if (auto e = Database::open(m_settings.database, m_connectionName)) {
        if (error)
            *error = e->message;
        return 0;
    }
    m_store = std::make_unique<JobStore>(m_connectionName, m_settings.database.dialect);
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(m_settings.address, m_settings.port)) {
        if (error)
            *error = tr("Cannot listen for webhooks on %1:%2: %3")
                         .arg(m_settings.address.toString())
                         .arg(m_settings.port)
                         .arg(tcp->errorString());
        delete tcp;
        return 0;
    }
    bind(tcp);
    qCInfo(lcWebhooks) << "Receiving webhooks on" << m_settings.address.toString() << tcp->serverPort()
                       << (m_settings.secret.isEmpty() ? "" : Path)
                       << (m_settings.shipbobSecret.isEmpty() ? "" : ShipBobPath);
    return tcp->serverPort();
}

void WebhookReceiver::answer(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QString &reason)
{
    if (status >= 400) {
        qCWarning(lcWebhooks) << "Refused a webhook delivery:" << status << reason;
        Q_EMIT refused(status, reason);
    }
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode(status));
}

bool WebhookReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool toShopify = path == QLatin1String(Path) && !m_settings.secret.isEmpty();
    const bool toShipBob = path == QLatin1String(ShipBobPath) && !m_settings.shipbobSecret.isEmpty();
    if (!toShopify && !toShipBob)
        return false;
    if (request.method() != QHttpServerRequest::Method::Post) {
        answer(request, socket, 405, tr("Only POST is accepted"));
        return true;
    }
    if (request.body().size() > m_settings.maxBodyBytes) {
        answer(request, socket, 413, tr("Body of %1 bytes is over the limit").arg(request.body().size()));
        return true;
    }
    if (toShopify)
        shopify(request, socket);
    else
        shipbob(request, socket);
    return true;
}

std::optional<QJsonObject> WebhookReceiver::jsonObject(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answer(request, socket, 400, tr("Body is not a JSON object: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

void WebhookReceiver::shopify(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray body = request.body();
    if (!Connectors::ShopifyWebhookVerifier::verify(m_settings.secret, request.value("X-Shopify-Hmac-Sha256"), body)) {
        answer(request, socket, 401, tr("Signature does not match"));
        return;
    }
    const QByteArray shop = request.value("X-Shopify-Shop-Domain");
    if (!m_settings.shopDomain.isEmpty() && QString::fromUtf8(shop) != m_settings.shopDomain) {
        answer(request, socket, 403, tr("Delivery for another shop (%1)").arg(QString::fromUtf8(shop)));
        return;
    }
    const QByteArray webhookId = request.value("X-Shopify-Webhook-Id");
    const QByteArray topic = request.value("X-Shopify-Topic");
    if (webhookId.isEmpty() || topic.isEmpty()) {
        answer(request, socket, 400, tr("Delivery without X-Shopify-Webhook-Id or X-Shopify-Topic"));
        return;
    }
    const auto document = jsonObject(request, socket);
    if (!document)
        return;
    if (topic == "customers/redact" || topic == "shop/redact") {
        forgetCustomer(request, socket, *document, webhookId, topic == "shop/redact");
        return;
    }
    if (topic == "customers/data_request") {
        dataRequest(request, socket, *document, webhookId, QString::fromUtf8(shop));
        return;
    }
    const QString gid = Connectors::ShopifyWebhookDelivery::orderGid(topic, *document);
    if (gid.isEmpty()) {
        answer(request, socket, 200); // a topic that names no order: nothing to do, and no reason to resend
        return;
    }
    InboundEvent event;
    event.source
        = OrderJobs::eventSource(m_settings.shopDomain.isEmpty() ? QString::fromUtf8(shop) : m_settings.shopDomain);
    event.topic = QStringLiteral("webhook");
    event.entityId = QString::fromUtf8(webhookId);
    event.sourceVersion = QStringLiteral("delivery"); // the webhook id alone is the key: retries keep it
    event.correlationId = gid;
    // What is kept is what was acted on, not the customer data in the body.
    event.payload = QJsonDocument(
        QJsonObject { { QStringLiteral("topic"), QString::fromUtf8(topic) },
            { QStringLiteral("order"), gid },
            { QStringLiteral("triggeredAt"), QString::fromUtf8(request.value("X-Shopify-Triggered-At")) } })
                        .toJson(QJsonDocument::Compact);
    record(request, socket, event, OrderJobs::fetch(gid), OrderJobs::ShopifyLane);
}

namespace {
QString idText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString();
}
} // namespace

void WebhookReceiver::dataRequest(const QHttpServerRequest &request,
    QTcpSocket *socket,
    const QJsonObject &body,
    const QByteArray &webhookId,
    const QString &shop)
{
    // {"customer": {"id", "email", "phone"}, "orders_requested": [ids], "data_request": {"id"}}: a task for
    // the operator and an audit entry, keyed on the delivery so Shopify's retries add neither twice.
    const QString customerId = idText(body.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")));
    if (customerId.isEmpty()) {
        answer(request, socket, 400, tr("customers/data_request names no customer"));
        return;
    }
    QStringList orders;
    for (const QJsonValue &id : body.value(QStringLiteral("orders_requested")).toArray())
        if (!idText(id).isEmpty())
            orders << idText(id);
    InboundEvent event;
    event.source = OrderJobs::eventSource(m_settings.shopDomain.isEmpty() ? shop : m_settings.shopDomain);
    event.topic = QStringLiteral("webhook");
    event.entityId = QString::fromUtf8(webhookId);
    event.sourceVersion = QStringLiteral("delivery");
    event.correlationId = QStringLiteral("customer:") + customerId;
    event.payload = QJsonDocument(QJsonObject { { QStringLiteral("topic"), QStringLiteral("customers/data_request") },
                                      { QStringLiteral("customer"), customerId } })
                        .toJson(QJsonDocument::Compact);
    bool duplicate = false;
    if (auto e = m_store->ingest(event, { Privacy::dataRequestTask(customerId, orders, event.entityId) }, &duplicate)) {
        answer(request, socket, 503, tr("Could not record the delivery: %1").arg(e->message));
        return;
    }
    if (!duplicate) {
        if (auto e = m_store->recordAudit(QStringLiteral("customer.data_request"),
                QStringLiteral("customer:") + customerId,
                QStringLiteral("Shopify customers/data_request"),
                QStringLiteral("Shopify delivery %1; %2 order(s) named; a task waits in the exception queue")
                    .arg(event.entityId)
                    .arg(orders.size())))
            qCWarning(lcWebhooks) << "The data request was recorded but not audited:" << e->message;
    }
    answer(request, socket, 200);
    if (!duplicate)
        Q_EMIT recorded(OrderJobs::ShopifyLane);
}

void WebhookReceiver::forgetCustomer(const QHttpServerRequest &request,
    QTcpSocket *socket,
    const QJsonObject &body,
    const QByteArray &webhookId,
    bool wholeShop)
{
    // Shopify's mandatory privacy topics: customers/redact {"customer": {"id", "email", "phone"},
    // "orders_to_redact": [ids]}, and shop/redact {"shop_id", "shop_domain"} 48 hours after an uninstall.
    // Erasing twice changes nothing, so a resent delivery needs no bookkeeping of its own.
    CustomerErasure who;
    who.reason = QStringLiteral("Shopify delivery %1").arg(QString::fromUtf8(webhookId));
    if (wholeShop) {
        who.wholeShop = true;
        who.shop = body.value(QStringLiteral("shop_domain")).toString();
        who.actor = QStringLiteral("Shopify shop/redact");
    } else {
        const QJsonObject customer = body.value(QStringLiteral("customer")).toObject();
        who.email = customer.value(QStringLiteral("email")).toString();
        who.shopifyCustomerId = idText(customer.value(QStringLiteral("id")));
        for (const QJsonValue &id : body.value(QStringLiteral("orders_to_redact")).toArray())
            if (!idText(id).isEmpty())
                who.orderIds << idText(id);
        who.actor = QStringLiteral("Shopify customers/redact");
        if (who.email.isEmpty() && who.orderIds.isEmpty()) {
            answer(request, socket, 400, tr("customers/redact names neither an e-mail nor an order"));
            return;
        }
    }
    ErasureResult result;
    if (auto e = CustomerEraser(m_connectionName, m_settings.database.dialect).erase(who, &result)) {
        answer(request, socket, 503, tr("The customer's data could not be erased yet: %1").arg(e->message));
        return;
    }
    answer(request, socket, 200);
    Q_EMIT customerErased(result.orders);
}

void WebhookReceiver::shipbob(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray body = request.body();
    const QByteArray webhookId = request.value("webhook-id");
    if (!Connectors::ShipBobWebhookVerifier::verify(m_settings.shipbobSecret,
            webhookId,
            request.value("webhook-timestamp"),
            request.value("webhook-signature"),
            body,
            QDateTime::currentSecsSinceEpoch())) {
        answer(request, socket, 401, tr("Signature does not match, or the delivery is too old"));
        return;
    }
    const QByteArray topic = request.value("x-webhook-topic");
    if (webhookId.isEmpty() || topic.isEmpty()) {
        answer(request, socket, 400, tr("Delivery without webhook-id or x-webhook-topic"));
        return;
    }
    const auto document = jsonObject(request, socket);
    if (!document)
        return;
    const QString referenceId = Connectors::ShipBobWebhookDelivery::orderReference(topic, *document);
    if (referenceId.isEmpty()) {
        answer(request, socket, 200);
        return;
    }
    InboundEvent event;
    event.source = m_settings.shipbobSource;
    event.topic = QStringLiteral("webhook");
    event.entityId = QString::fromUtf8(webhookId);
    event.sourceVersion = QStringLiteral("delivery");
    event.correlationId = referenceId;
    event.payload
        = QJsonDocument(QJsonObject { { QStringLiteral("topic"), QString::fromUtf8(topic) },
                            { QStringLiteral("referenceId"), referenceId },
                            { QStringLiteral("timestamp"), QString::fromUtf8(request.value("webhook-timestamp")) } })
              .toJson(QJsonDocument::Compact);
    record(request, socket, event, FulfilmentJobs::fetchThreePlOrder(referenceId), FulfilmentJobs::ShipBobLane);
}

void WebhookReceiver::record(const QHttpServerRequest &request,
    QTcpSocket *socket,
    const InboundEvent &event,
    const NewJob &job,
    const QString &lane)
{
    bool duplicate = false;
    if (auto e = m_store->ingest(event, { job }, &duplicate)) {
        // Not recorded: a 5xx makes the sender deliver it again later; the poll catches it meanwhile.
        answer(request, socket, 503, tr("Could not record the delivery: %1").arg(e->message));
        return;
    }
    answer(request, socket, 200);
    if (!duplicate)
        Q_EMIT recorded(lane);
}

void WebhookReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Quayside
