#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

// `quayside --sandbox-only` prints, as its first stdout line, one JSON object with what a client needs,
// serves the three emulators until stopped, and stops cleanly on SIGTERM.
class TestSandboxOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsEndpointsServesAndStops()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(QUAYSIDE_BINARY),
            { QStringLiteral("--sandbox-only"), QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 15000);
        const QByteArray line = sandbox.readLine();
        QJsonParseError error;
        const QJsonObject info = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());

        const QJsonObject shopify = info.value(QStringLiteral("shopify")).toObject();
        const QJsonObject odoo = info.value(QStringLiteral("odoo")).toObject();
        const QJsonObject shipbob = info.value(QStringLiteral("shipbob")).toObject();
        for (const auto &key : { "url", "shop", "token", "apiVersion" })
            QVERIFY2(!shopify.value(QLatin1String(key)).toString().isEmpty(), key);
        for (const auto &key : { "url", "db", "user", "apiKey" })
            QVERIFY2(!odoo.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(odoo.value(QStringLiteral("version")).toInt(), 18);
        QVERIFY(!shipbob.value(QStringLiteral("url")).toString().isEmpty());
        QVERIFY(!shipbob.value(QStringLiteral("token")).toString().isEmpty());
        QVERIFY(shipbob.value(QStringLiteral("channelId")).toInt() > 0);
        QCOMPARE(shopify.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("2026-10"));
        for (const auto &system : { shopify, odoo, shipbob })
            QVERIFY(QUrl(system.value(QStringLiteral("url")).toString()).host() == QLatin1String("127.0.0.1"));

        // It really serves: ShipBob answers its channel list to the token it printed.
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(shipbob.value(QStringLiteral("url")).toString() + QStringLiteral("/2026-01/channel")));
        request.setRawHeader("Authorization", "Bearer " + shipbob.value(QStringLiteral("token")).toString().toUtf8());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        ::kill(pid_t(sandbox.processId()), SIGTERM);
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOnly)
#include "tst_sandboxonly.moc"
