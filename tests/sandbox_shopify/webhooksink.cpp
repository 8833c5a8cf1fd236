#include "webhooksink.h"

#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>

QByteArray WebhookSink::Delivery::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

WebhookSink::WebhookSink(QObject *parent)
    : QAbstractHttpServer(parent)
{
    auto *tcp = new QTcpServer(this);
    if (tcp->listen(QHostAddress::LocalHost, 0)) {
        bind(tcp);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/shopify").arg(tcp->serverPort()));
    }
}

QList<WebhookSink::Delivery> WebhookSink::deliveriesFor(const QByteArray &topic) const
{
    QList<Delivery> out;
    for (const auto &d : m_deliveries)
        if (d.header("X-Shopify-Topic") == topic)
            out << d;
    return out;
}

bool WebhookSink::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Delivery delivery;
    for (const auto &[key, value] : request.headers())
        delivery.headers.append({ key, value });
    delivery.body = request.body();
    m_deliveries << delivery;
    const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\n\r\n");
    Q_EMIT received();
    return true;
}

void WebhookSink::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
}
