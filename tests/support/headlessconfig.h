#pragma once

#include <QJsonObject>
#include <QString>

namespace Quayside::TestSupport {

// A configuration file for `quayside --headless --config` on the sandbox's endpoints, as a real shop's
// would be: the Shopify and ShipBob tokens named by environment variable (QS_SHOPIFY, QS_SHIPBOB), the
// Odoo key by file; orders polled every 500 ms.
inline QJsonObject headlessConfig(const QJsonObject &endpoints, const QString &odooKeyFile)
{
    const QJsonObject shopify = endpoints.value(QStringLiteral("shopify")).toObject();
    const QJsonObject odoo = endpoints.value(QStringLiteral("odoo")).toObject();
    const QJsonObject shipbob = endpoints.value(QStringLiteral("shipbob")).toObject();
    return QJsonObject {
        { QStringLiteral("shopify"),
            QJsonObject { { QStringLiteral("shop"), shopify.value(QStringLiteral("shop")) },
                { QStringLiteral("url"), shopify.value(QStringLiteral("url")) },
                { QStringLiteral("accessToken"),
                    QJsonObject { { QStringLiteral("env"), QStringLiteral("QS_SHOPIFY") } } } } },
        { QStringLiteral("odoo"),
            QJsonObject { { QStringLiteral("url"), odoo.value(QStringLiteral("url")) },
                { QStringLiteral("database"), odoo.value(QStringLiteral("db")) },
                { QStringLiteral("login"), odoo.value(QStringLiteral("user")) },
                { QStringLiteral("apiKey"), QJsonObject { { QStringLiteral("file"), odooKeyFile } } } } },
        { QStringLiteral("shipbob"),
            QJsonObject { { QStringLiteral("url"), shipbob.value(QStringLiteral("url")) },
                { QStringLiteral("channelId"), shipbob.value(QStringLiteral("channelId")) },
                { QStringLiteral("token"),
                    QJsonObject { { QStringLiteral("env"), QStringLiteral("QS_SHIPBOB") } } } } },
        { QStringLiteral("schedules"),
            QJsonObject {
                { QStringLiteral("orders"), QJsonObject { { QStringLiteral("every"), QStringLiteral("500ms") } } } } },
    };
}

} // namespace Quayside::TestSupport
