#pragma once

#include "core/store/database.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <memory>

namespace Quayside {

class JobStore;

// The optional webhook receiver (design.md: an accelerator, the poll stays the safety net). Listens on
// 127.0.0.1 unless told otherwise; a POST to /webhooks/shopify is size-checked, its HMAC verified in
// constant time before the body is parsed, and the order it names is recorded as an inbound event keyed on
// (shop, X-Shopify-Webhook-Id) with a fetch_order job, in one transaction. A repeated delivery is dropped by
// that key; the order itself is read from the API, so late and out-of-order deliveries are harmless.
// Lives in its own thread (start() there); never on the GUI thread.
class ShopifyWebhookReceiver : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Settings
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port (tests)
        QByteArray secret; // the app's client secret, which signs deliveries
        QString shopDomain; // deliveries for another shop are refused
        DatabaseConfig database;
        qint64 maxBodyBytes = 1 << 20;
    };
    static constexpr auto Path = "/webhooks/shopify";

    explicit ShopifyWebhookReceiver(Settings settings, QObject *parent = nullptr);
    ~ShopifyWebhookReceiver() override;

    // Opens the store and listens; the port in use, or 0 with the reason in *error.
    quint16 start(QString *error = nullptr);

Q_SIGNALS:
    // A delivery was recorded (not a duplicate): the lane that has work now.
    void recorded(const QString &lane);
    // A delivery was refused: why, for the log and the console (never the body).
    void refused(int status, const QString &reason);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QString &reason = {});

    Settings m_settings;
    QString m_connectionName;
    std::unique_ptr<JobStore> m_store;
};

} // namespace Quayside
