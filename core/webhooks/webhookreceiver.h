#pragma once

#include "core/engine/job.h"
#include "core/store/database.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Quayside {

class JobStore;

// The optional webhook receiver (design.md: an accelerator, the polls stay the safety net). Listens on
// 127.0.0.1 unless told otherwise. Every delivery is size-checked and its signature verified in constant
// time before the body is parsed; what it names is recorded as an inbound event keyed on the delivery id,
// with a job that reads the current state from the API, in one transaction. A repeated delivery is
// dropped by that key, and because the state is read rather than taken from the body, late and
// out-of-order deliveries are harmless.
// - POST /webhooks/shopify: HMAC of the body (X-Shopify-Hmac-Sha256), the shop checked, a fetch_order job.
// - POST /webhooks/shipbob: Standard Webhooks signature (webhook-id, webhook-timestamp, webhook-signature;
//   a timestamp outside five minutes is refused, so a captured delivery cannot be replayed), and for the
//   order topics a fetch_3pl_order job for the order's reference id.
// A route whose secret is not set answers 404. Lives in its own thread (start() there); never on the GUI
// thread.
class WebhookReceiver : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Settings
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port (tests)
        QByteArray secret; // the Shopify app's client secret, which signs its deliveries
        QString shopDomain; // deliveries for another shop are refused
        QByteArray shipbobSecret; // "whsec_…", chosen when subscribing at ShipBob
        QString shipbobSource; // the inbound event source of the ShipBob account, "shipbob:<channel>"
        DatabaseConfig database;
        qint64 maxBodyBytes = 1 << 20;
    };
    static constexpr auto Path = "/webhooks/shopify";
    static constexpr auto ShipBobPath = "/webhooks/shipbob";

    explicit WebhookReceiver(Settings settings, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Opens the store and listens; the port in use, or 0 with the reason in *error.
    quint16 start(QString *error = nullptr);

Q_SIGNALS:
    // A delivery was recorded (not a duplicate): the lane that has work now.
    void recorded(const QString &lane);
    // A delivery was refused: why, for the log and the console (never the body).
    void refused(int status, const QString &reason);
    // Shopify's customers/redact or shop/redact was carried out: the customer data in these orders is gone.
    void customerErased(int orders);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void shopify(const QHttpServerRequest &request, QTcpSocket *socket);
    void shipbob(const QHttpServerRequest &request, QTcpSocket *socket);
    void forgetCustomer(const QHttpServerRequest &request,
        QTcpSocket *socket,
        const QJsonObject &body,
        const QByteArray &webhookId,
        bool wholeShop);
    void dataRequest(const QHttpServerRequest &request,
        QTcpSocket *socket,
        const QJsonObject &body,
        const QByteArray &webhookId,
        const QString &shop);
    // The body as a JSON object; answers 400 and gives nothing when it is not one.
    std::optional<QJsonObject> jsonObject(const QHttpServerRequest &request, QTcpSocket *socket);
    // Records the event and its job; answers 200, or 503 when the store failed (the sender retries).
    void record(const QHttpServerRequest &request,
        QTcpSocket *socket,
        const InboundEvent &event,
        const NewJob &job,
        const QString &lane);
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QString &reason = {});

    Settings m_settings;
    QString m_connectionName;
    std::unique_ptr<JobStore> m_store;
};

} // namespace Quayside
