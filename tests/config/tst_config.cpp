#include "core/config/quaysideconfig.h"
#include "core/flows/connections.h"
#include "core/flows/fulfilment/routingrules.h"
#include "core/flows/schedule.h"
#include "core/platform/appconfig.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Quayside;

namespace {
QJsonObject validConfig()
{
    return QJsonDocument::fromJson(
        "{"
        "\"version\": 1,"
        "\"shopify\": { \"shop\": \"demo.myshopify.com\", \"accessToken\": { \"env\": \"QS_TEST_SHOPIFY\" } },"
        "\"odoo\": { \"url\": \"https://erp.example.com\", \"database\": \"prod\", \"login\": \"sync@example.com\","
        "\"apiKey\": { \"env\": \"QS_TEST_ODOO\" }, \"maxConcurrent\": 3 },"
        "\"shipbob\": { \"channelId\": 4711, \"token\": { \"env\": \"QS_TEST_SHIPBOB\" }, \"requestsPerMinute\": 600 },"
        "\"schedules\": { \"orders\": { \"every\": \"10s\" }, \"reconciliation\": { \"at\": [\"14:30\", \"02:00\"] } },"
        "\"routing\": { \"internalCountries\": [\"DE\"] }"
        "}")
        .object();
}

// Sets path.to.key = value inside a JSON object (creating objects on the way).
QJsonObject with(QJsonObject o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            o.remove(path.first());
        else
            o.insert(path.first(), value);
        return o;
    }
    o.insert(path.first(), with(o.value(path.first()).toObject(), path.mid(1), value));
    return o;
}

qint64 localMs(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toMSecsSinceEpoch();
}
} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The lanes take the connections' limits: an Odoo with more workers gets more calls in flight, a
    // ShipBob account with a larger window gets a faster lane; the defaults are ShipBob's 150/min.
    void lanesFollowTheConnectionLimits()
    {
        const auto lane = [](const QList<LaneConfig> &lanes, const char *name) {
            for (const LaneConfig &l : lanes)
                if (l.name == QLatin1String(name))
                    return l;
            return LaneConfig {};
        };
        const QList<LaneConfig> small = defaultLanes();
        QCOMPARE(lane(small, "odoo").maxInFlight, 4);
        QCOMPARE(lane(small, "shipbob").ratePerSecond, 2.5);
        QCOMPARE(lane(small, "shipbob").maxInFlight, 2);
        const QList<LaneConfig> large = defaultLanes(12, 600);
        QCOMPARE(lane(large, "odoo").maxInFlight, 12);
        QCOMPARE(lane(large, "shipbob").ratePerSecond, 10.0);
        QVERIFY(lane(large, "shipbob").maxInFlight > 2);
        QVERIFY(lane(large, "shopify").maxInFlight > 0);
    }

    void aValidFileReadsCompletely()
    {
        QString error;
        const auto c = QuaysideConfig::fromJson(validConfig(), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->shopify.url, QUrl(QStringLiteral("https://demo.myshopify.com")));
        QCOMPARE(c->shipbob.url, QUrl(QStringLiteral("https://api.shipbob.com")));
        QCOMPARE(c->odoo.maxConcurrent, 3);
        QCOMPARE(c->schedules.value(QStringLiteral("orders")), FlowSchedule::every(10'000));
        QCOMPARE(c->schedules.value(QStringLiteral("reconciliation")).timesOfDay,
            QList<QTime>({ QTime(2, 0), QTime(14, 30) }));
        QVERIFY(!c->schedules.contains(QStringLiteral("catalog")));
        QCOMPARE(c->payloadRetentionDays, 90); // not in the file: the default
        const auto kept = QuaysideConfig::fromJson(
            with(validConfig(), QStringLiteral("retention.payloadDays").split(QLatin1Char('.')), 0), &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->payloadRetentionDays, 0);
        QCOMPARE(c->flowSettings.value(QStringLiteral("routing")).toObject().value(QStringLiteral("internalCountries")),
            QJsonValue(QJsonArray { QStringLiteral("DE") }));
    }

    void badFilesAreRefusedWithTheSettingNamed_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // part of the message

        QTest::newRow("secret written into the file")
            << QStringLiteral("odoo.apiKey").split(QLatin1Char('.')) << QJsonValue(QStringLiteral("hunter2"))
            << QStringLiteral("odoo.apiKey: secrets are never read from the configuration file");
        QTest::newRow("two places for one secret")
            << QStringLiteral("shipbob.token").split(QLatin1Char('.'))
            << QJsonValue(QJsonObject {
                   { QStringLiteral("env"), QStringLiteral("A") }, { QStringLiteral("file"), QStringLiteral("/b") } })
            << QStringLiteral("shipbob.token: expected exactly one of");
        QTest::newRow("no ShipBob requests at all")
            << QStringLiteral("shipbob.requestsPerMinute").split(QLatin1Char('.')) << QJsonValue(0)
            << QStringLiteral("shipbob.requestsPerMinute must be at least 1");
        QTest::newRow("misspelt section")
            << QStringLiteral("schedule").split(QLatin1Char('.')) << QJsonValue(QJsonObject())
            << QStringLiteral("unknown setting \"schedule\"");
        QTest::newRow("misspelt odoo key")
            << QStringLiteral("odoo.databse").split(QLatin1Char('.')) << QJsonValue(QStringLiteral("x"))
            << QStringLiteral("odoo: unknown setting \"databse\"");
        QTest::newRow("plain http to a remote host")
            << QStringLiteral("odoo.url").split(QLatin1Char('.'))
            << QJsonValue(QStringLiteral("http://erp.example.com")) << QStringLiteral("odoo.url:");
        QTest::newRow("not a url") << QStringLiteral("odoo.url").split(QLatin1Char('.'))
                                   << QJsonValue(QStringLiteral("erp example")) << QStringLiteral("odoo.url:");
        QTest::newRow("missing login") << QStringLiteral("odoo.login").split(QLatin1Char('.'))
                                       << QJsonValue(QJsonValue::Undefined) << QStringLiteral("odoo.login is required");
        QTest::newRow("no shopify credentials")
            << QStringLiteral("shopify.accessToken").split(QLatin1Char('.')) << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("shopify needs either accessToken, or clientId with clientSecret");
        QTest::newRow("no channel") << QStringLiteral("shipbob.channelId").split(QLatin1Char('.'))
                                    << QJsonValue(QJsonValue::Undefined)
                                    << QStringLiteral("shipbob.channelId is required");
        QTest::newRow("unknown flow") << QStringLiteral("schedules.invoices").split(QLatin1Char('.'))
                                      << QJsonValue(QJsonObject { { QStringLiteral("every"), QStringLiteral("5s") } })
                                      << QStringLiteral("schedules: unknown setting \"invoices\"");
        QTest::newRow("bad duration") << QStringLiteral("schedules.orders").split(QLatin1Char('.'))
                                      << QJsonValue(QJsonObject { { QStringLiteral("every"), QStringLiteral("soon") } })
                                      << QStringLiteral("schedules.orders: \"every\" must be a duration");
        QTest::newRow("too fast") << QStringLiteral("schedules.orders").split(QLatin1Char('.'))
                                  << QJsonValue(QJsonObject { { QStringLiteral("every"), QStringLiteral("10ms") } })
                                  << QStringLiteral("between 500ms and 24h");
        QTest::newRow("bad time") << QStringLiteral("schedules.catalog").split(QLatin1Char('.'))
                                  << QJsonValue(QJsonObject {
                                         { QStringLiteral("at"), QJsonArray { QStringLiteral("25:00") } } })
                                  << QStringLiteral("\"25:00\" is not a time of day");
        QTest::newRow("both modes") << QStringLiteral("schedules.catalog").split(QLatin1Char('.'))
                                    << QJsonValue(QJsonObject {
                                           { QStringLiteral("at"), QJsonArray { QStringLiteral("02:00") } },
                                           { QStringLiteral("every"), QStringLiteral("5s") } })
                                    << QStringLiteral("exactly one of \"every\"");
        QTest::newRow("routing typo") << QStringLiteral("routing.internalCountry").split(QLatin1Char('.'))
                                      << QJsonValue(QJsonArray { QStringLiteral("DE") })
                                      << QStringLiteral("routing.internalCountry is unknown");
        QTest::newRow("negative safety stock") << QStringLiteral("inventory.safetyStock").split(QLatin1Char('.'))
                                               << QJsonValue(-2) << QStringLiteral("inventory: safetyStock");
        QTest::newRow("webhooks without a port")
            << QStringLiteral("webhooks.listen").split(QLatin1Char('.')) << QJsonValue(QStringLiteral("127.0.0.1"))
            << QStringLiteral("webhooks.port is required");
        QTest::newRow("webhooks without their secret") // a static token: nothing signs the deliveries
            << QStringLiteral("webhooks.port").split(QLatin1Char('.')) << QJsonValue(8788)
            << QStringLiteral("webhooks need the secret that signs them");
        QTest::newRow("webhooks on a host name")
            << QStringLiteral("webhooks.listen").split(QLatin1Char('.')) << QJsonValue(QStringLiteral("localhost"))
            << QStringLiteral("webhooks.listen: \"localhost\" is not an IP address");
        QTest::newRow("negative retention") << QStringLiteral("retention.payloadDays").split(QLatin1Char('.'))
                                            << QJsonValue(-1) << QStringLiteral("retention.payloadDays must be 0");
        QTest::newRow("retention typo") << QStringLiteral("retention.days").split(QLatin1Char('.')) << QJsonValue(30)
                                        << QStringLiteral("unknown setting \"days\"");
        QTest::newRow("newer version") << QStringLiteral("version").split(QLatin1Char('.')) << QJsonValue(2)
                                       << QStringLiteral("version 2 is not understood");
    }

    void badFilesAreRefusedWithTheSettingNamed()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!QuaysideConfig::fromJson(with(validConfig(), path, value), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void unreadableFilesAreReported()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!QuaysideConfig::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(QLatin1String("Cannot read the configuration file")), qPrintable(error));
        QFile f(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"odoo\": ");
        f.close();
        QVERIFY(!QuaysideConfig::load(f.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("is not a JSON object")), qPrintable(error));
    }

    void routingNamesItsWarehouses()
    {
        QString why;
        const RoutingRules defaults = RoutingRules::fromJson({}, &why);
        QVERIFY(why.isEmpty());
        QCOMPARE(defaults.shipBobWarehouse, QStringLiteral("SBCIC"));
        QCOMPARE(defaults.internalWarehouse, QStringLiteral("WH"));
        QVERIFY(!defaults.byStock);
        QVERIFY(RoutingRules::fromJson(QJsonObject { { QStringLiteral("byStock"), true } }, &why).byStock);
        QVERIFY(why.isEmpty());
        RoutingRules::fromJson(QJsonObject { { QStringLiteral("byStock"), QStringLiteral("yes") } }, &why);
        QVERIFY2(why.contains(QLatin1String("routing.byStock")), qPrintable(why));
        why.clear();
        const RoutingRules rules
            = RoutingRules::fromJson(QJsonObject { { QStringLiteral("shipBobWarehouse"), QStringLiteral("SB2") },
                                         { QStringLiteral("internalWarehouse"), QStringLiteral("MAIN") },
                                         { QStringLiteral("internalCountries"), QJsonArray { QStringLiteral("ca") } } },
                &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(rules.warehouseFor(QStringLiteral("shipbob")), QStringLiteral("SB2"));
        QCOMPARE(rules.warehouseFor(QStringLiteral("internal")), QStringLiteral("MAIN"));
        const QJsonObject toCanada { { QStringLiteral("shippingAddress"),
            QJsonObject { { QStringLiteral("countryCodeV2"), QStringLiteral("CA") } } } };
        QCOMPARE(rules.warehouseFor(rules.decide(toCanada).route), QStringLiteral("MAIN"));
        RoutingRules::fromJson(QJsonObject { { QStringLiteral("shipBobWarehouse"), QStringLiteral(" ") } }, &why);
        QVERIFY2(why.contains(QLatin1String("routing.shipBobWarehouse")), qPrintable(why));
    }

    void webhooksReadTheirSection()
    {
        QJsonObject json = with(validConfig(),
            { QStringLiteral("webhooks") },
            QJsonObject { { QStringLiteral("port"), 8788 },
                { QStringLiteral("callbackUrl"), QStringLiteral("https://hooks.example.com/webhooks/shopify") },
                { QStringLiteral("secret"),
                    QJsonObject { { QStringLiteral("env"), QStringLiteral("QS_TEST_HOOKS") } } } });
        QString error;
        const auto c = QuaysideConfig::fromJson(json, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->webhooks.enabled);
        QCOMPARE(c->webhooks.listen, QStringLiteral("127.0.0.1")); // loopback unless the user says otherwise
        QCOMPARE(c->webhooks.port, quint16(8788));
        qputenv("QS_TEST_SHOPIFY", "shpat_abc");
        qputenv("QS_TEST_ODOO", "odoo-key");
        qputenv("QS_TEST_SHIPBOB", "sb");
        qputenv("QS_TEST_HOOKS", "app-secret");
        const auto connections = c->connections(&error);
        QVERIFY2(connections, qPrintable(error));
        QCOMPARE(
            connections->shopifyWebhookCallback, QUrl(QStringLiteral("https://hooks.example.com/webhooks/shopify")));
        QCOMPARE(c->webhookSecret(&error), std::optional<QByteArray>("app-secret"));
        qunsetenv("QS_TEST_HOOKS");
        QVERIFY(!c->webhookSecret(&error));
        QVERIFY2(error.contains(QLatin1String("webhooks.secret: The environment variable QS_TEST_HOOKS is not set")),
            qPrintable(error));
        // Without the section nothing listens and nothing subscribes.
        const auto plain = QuaysideConfig::fromJson(validConfig(), &error);
        QVERIFY(plain && !plain->webhooks.enabled);
        QVERIFY(plain->connections(&error)->shopifyWebhookCallback.isEmpty());
        qunsetenv("QS_TEST_SHOPIFY");
        qunsetenv("QS_TEST_ODOO");
        qunsetenv("QS_TEST_SHIPBOB");
    }

    void secretsComeFromTheEnvironmentAndFiles()
    {
        QTemporaryDir dir;
        QFile secret(dir.filePath(QStringLiteral("shipbob.token")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("sb-token-from-file\n");
        secret.close();
        QJsonObject json = with(validConfig(),
            { QStringLiteral("shipbob"), QStringLiteral("token") },
            QJsonObject { { QStringLiteral("file"), secret.fileName() } });
        qputenv("QS_TEST_SHOPIFY", "shpat_abc");
        qputenv("QS_TEST_ODOO", "odoo-key ");
        QString error;
        const auto c = QuaysideConfig::fromJson(json, &error);
        QVERIFY2(c, qPrintable(error));
        const auto connections = c->connections(&error);
        QVERIFY2(connections, qPrintable(error));
        QCOMPARE(connections->shopify.accessToken, QStringLiteral("shpat_abc"));
        QCOMPARE(connections->odoo.apiKey, QStringLiteral("odoo-key"));
        QCOMPARE(connections->shipbobToken, QStringLiteral("sb-token-from-file"));
        QCOMPARE(connections->shipbobChannelId, 4711);
        QCOMPARE(connections->odoo.maxConcurrent, 3);
        QCOMPARE(connections->shipbobRequestsPerMinute, 600);

        // A missing secret names its setting and its place, and never a value.
        qunsetenv("QS_TEST_ODOO");
        QVERIFY(!c->connections(&error));
        QVERIFY2(error.contains(QLatin1String("odoo.apiKey: The environment variable QS_TEST_ODOO is not set")),
            qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("shpat_abc")));
        qputenv("QS_TEST_ODOO", "odoo-key");
        secret.remove();
        QVERIFY(!c->connections(&error));
        QVERIFY2(error.contains(QLatin1String("shipbob.token: The secret file")), qPrintable(error));
        qunsetenv("QS_TEST_SHOPIFY");
        qunsetenv("QS_TEST_ODOO");
    }

    void schedulesComputeTheirNextRun_data()
    {
        QTest::addColumn<QJsonObject>("schedule");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("expected");
        const qint64 noon = localMs(2026, 11, 27, 12, 0);
        QTest::newRow("every 5 s") << QJsonObject { { QStringLiteral("every"), QStringLiteral("5s") } } << noon
                                   << noon + 5000;
        QTest::newRow("every 2 min") << QJsonObject { { QStringLiteral("every"), QStringLiteral("2m") } } << noon
                                     << noon + 120'000;
        QTest::newRow("later today") << QJsonObject {
            { QStringLiteral("at"), QJsonArray { QStringLiteral("02:00"), QStringLiteral("14:30") } }
        } << noon << localMs(2026, 11, 27, 14, 30);
        QTest::newRow("tomorrow's first")
            << QJsonObject { { QStringLiteral("at"), QJsonArray { QStringLiteral("14:30"), QStringLiteral("02:00") } } }
            << localMs(2026, 11, 27, 15, 0) << localMs(2026, 11, 28, 2, 0);
        QTest::newRow("exactly at a time runs the next one")
            << QJsonObject { { QStringLiteral("at"), QJsonArray { QStringLiteral("02:00"), QStringLiteral("14:30") } } }
            << localMs(2026, 11, 27, 14, 30) << localMs(2026, 11, 28, 2, 0);
        QTest::newRow("month end") << QJsonObject { { QStringLiteral("at"), QJsonArray { QStringLiteral("03:00") } } }
                                   << localMs(2026, 11, 30, 23, 59) << localMs(2026, 12, 1, 3, 0);
    }

    void schedulesComputeTheirNextRun()
    {
        QFETCH(QJsonObject, schedule);
        QFETCH(qint64, now);
        QFETCH(qint64, expected);
        QString error;
        const auto s = FlowSchedule::fromJson(schedule, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->nextRunMs(now), expected);
        // The JSON form round-trips.
        QCOMPARE(FlowSchedule::fromJson(s->toJson(), &error), s);
    }

    void storedSchedulesReplaceDefaults()
    {
        QHash<QString, QJsonObject> stored;
        const auto read = [&stored](const QString &kind, const QString &key) {
            return kind == FlowSchedule::StateKind ? stored.value(key) : QJsonObject();
        };
        QCOMPARE(
            FlowSchedule::current(read, QStringLiteral("orders")), FlowSchedule::defaultFor(QStringLiteral("orders")));
        QCOMPARE(
            FlowSchedule::current(read, QStringLiteral("orders"), FlowSchedule::every(700)), FlowSchedule::every(700));
        QCOMPARE(FlowSchedule::defaultFor(QStringLiteral("catalog")).mode, FlowSchedule::Mode::Batch);
        QCOMPARE(FlowSchedule::defaultFor(QStringLiteral("shipments")).mode, FlowSchedule::Mode::RealTime);

        // What the store holds after a switch from real-time to batch: the null key was removed by the merge.
        QJsonObject fields = FlowSchedule::at({ QTime(6, 0) }).toStateFields();
        QVERIFY(fields.value(QStringLiteral("every")).isNull());
        fields.remove(QStringLiteral("every"));
        stored.insert(QStringLiteral("orders"), fields);
        QCOMPARE(FlowSchedule::current(read, QStringLiteral("orders"), FlowSchedule::every(700)),
            FlowSchedule::at({ QTime(6, 0) }));
        // An unreadable stored schedule falls back rather than stopping the flow.
        stored.insert(QStringLiteral("orders"), QJsonObject { { QStringLiteral("every"), QStringLiteral("never") } });
        QCOMPARE(
            FlowSchedule::current(read, QStringLiteral("orders")), FlowSchedule::defaultFor(QStringLiteral("orders")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
