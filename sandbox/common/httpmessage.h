#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace Quayside::Sandbox {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty if absent
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &body);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
    // The whole HTTP/1.1 message; Content-Length is always set from the body.
    QByteArray serialize(bool connectionClose) const;
};

QByteArray reasonPhrase(int status);

} // namespace Quayside::Sandbox
