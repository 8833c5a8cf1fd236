#pragma once

#include <QAbstractHttpServer>
#include <QList>
#include <QPair>
#include <QUrl>

// A webhook receiver on 127.0.0.1 that records every delivery and answers with the next scripted status
// (200 once the script is used up).
class WebhookSink : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Delivery
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit WebhookSink(QObject *parent = nullptr);
    QUrl url() const { return m_url; }
    void scriptStatuses(QList<int> statuses) { m_statuses = std::move(statuses); }
    const QList<Delivery> &deliveries() const { return m_deliveries; }
    QList<Delivery> deliveriesFor(const QByteArray &topic) const;

Q_SIGNALS:
    void received();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QUrl m_url;
    QList<int> m_statuses;
    QList<Delivery> m_deliveries;
};
