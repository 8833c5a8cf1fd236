#include "core/schemas/apischemas.h"

#include <QFile>

#include <zlib.h>

namespace Quayside::Schemas {

namespace {
QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QString shopifyAdminIntrospectionPath()
{
    return QStringLiteral(":/quayside/schemas/shopify/admin_2026-10.introspection.json.gz");
}

QString shipBobOpenApiPath()
{
    return QStringLiteral(":/quayside/schemas/shipbob/shipbob-2026-01.openapi.json");
}

QByteArray shopifyAdminIntrospection()
{
    return gunzip(readResource(shopifyAdminIntrospectionPath()));
}

QByteArray shipBobOpenApi()
{
    return readResource(shipBobOpenApiPath());
}

QByteArray gunzip(const QByteArray &compressed)
{
    z_stream stream {};
    if (compressed.isEmpty() || inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    char buffer[1 << 16];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int rc = Z_OK;
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return {};
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (rc != Z_STREAM_END);
    inflateEnd(&stream);
    return out;
}

} // namespace Quayside::Schemas
