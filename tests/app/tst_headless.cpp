#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "sandbox/host/sandboxhost.h"
#include "sandbox/host/trafficgenerator.h"
#include "sandbox/odoo/odoodatabase.h"
#include "sandbox/odoo/odooemulator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "tests/support/headlessconfig.h"

using namespace Quayside;

class TestHeadless : public QObject
{
    Q_OBJECT

    static bool waitForOutput(QProcess &p, const QByteArray &needle, int timeoutMs, QByteArray *seen)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            p.waitForReadyRead(100);
            *seen += p.readAllStandardError();
            if (seen->contains(needle))
                return true;
            if (p.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }

private Q_SLOTS:
    void stopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QProcess quayside;
        quayside.start(QStringLiteral(QUAYSIDE_BINARY),
            { QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(quayside.waitForStarted());
        QByteArray log;
        QVERIFY2(waitForOutput(quayside, "Headless engine running", 15000, &log), log.constData());
        ::kill(pid_t(quayside.processId()), SIGTERM);
        QVERIFY(quayside.waitForFinished(15000));
        log += quayside.readAllStandardError();
        QCOMPARE(quayside.exitStatus(), QProcess::NormalExit);
        QCOMPARE(quayside.exitCode(), 0);
        QVERIFY2(log.contains("stopping"), log.constData());
        QVERIFY(log.contains("stopped"));

        // The log file went to the data folder and the store is intact and reusable.
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("logs/quayside.log"))));
        QVERIFY(!Database::open(
            DatabaseConfig::sqlite(dir.filePath(QStringLiteral("quayside.sqlite"))), QStringLiteral("check")));
        {
            QSqlQuery q(Database::connection(QStringLiteral("check")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        Database::close(QStringLiteral("check"));
    }

    // `--headless --config FILE` against the sandbox as if it were a real shop: the file names where each
    // secret lives (environment, file), and orders flow Shopify → Odoo over HTTP.
    void runsTheFlowsOfAConfigFile()
    {
        Quayside::Sandbox::SandboxOptions options;
        options.seed = 11;
        Quayside::Sandbox::SandboxHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        const QJsonObject endpoints = host.endpoints();
        const QJsonObject shopify = endpoints.value(QStringLiteral("shopify")).toObject();
        const QJsonObject odoo = endpoints.value(QStringLiteral("odoo")).toObject();
        const QJsonObject shipbob = endpoints.value(QStringLiteral("shipbob")).toObject();

        QTemporaryDir dir;
        QFile keyFile(dir.filePath(QStringLiteral("odoo.key")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(odoo.value(QStringLiteral("apiKey")).toString().toUtf8() + "\n");
        keyFile.close();
        const QJsonObject config = TestSupport::headlessConfig(endpoints, keyFile.fileName());
        QFile configFile(dir.filePath(QStringLiteral("quayside.json")));
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write(QJsonDocument(config).toJson());
        configFile.close();

        QStringList names;
        for (int i = 0; i < 3; ++i)
            names << host.traffic()->placeOne();

        QProcess quayside;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QS_SHOPIFY"), shopify.value(QStringLiteral("token")).toString());
        env.insert(QStringLiteral("QS_SHIPBOB"), shipbob.value(QStringLiteral("token")).toString());
        quayside.setProcessEnvironment(env);
        quayside.start(QStringLiteral(QUAYSIDE_BINARY),
            { QStringLiteral("--headless"),
                QStringLiteral("--config"),
                configFile.fileName(),
                QStringLiteral("--data-dir"),
                dir.filePath(QStringLiteral("data")) });
        QVERIFY(quayside.waitForStarted());
        QByteArray log;
        // The emulators live on this thread: keep its event loop turning while the worker talks to them.
        const auto allInOdoo = [&] {
            log += quayside.readAllStandardError();
            return std::all_of(names.cbegin(), names.cend(), [&](const QString &gid) {
                const auto domain = Quayside::Sandbox::Json::array(
                    { Quayside::Sandbox::Json::array({ "origin", "=", "Shopify " + gid.toStdString() }) });
                return host.odoo()->database().search("sale.order", domain, Quayside::Sandbox::Json::object()).size()
                    == 1;
            });
        };
        QTRY_VERIFY2_WITH_TIMEOUT(allInOdoo(), log.constData(), 30000);
        ::kill(pid_t(quayside.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(quayside.state() == QProcess::NotRunning, 15000);
        log += quayside.readAllStandardError();
        QCOMPARE(quayside.exitCode(), 0);

        // The secrets were used, and written nowhere: not in any file of the data folder (the store with its
        // WAL, the logs), not on the console, not in an export of the audit log.
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        QString exportError;
        QVERIFY2(Quayside::AuditLog::exportCsv(
                     Quayside::DatabaseConfig::sqlite(dir.filePath(QStringLiteral("data/quayside.sqlite"))),
                     {},
                     csv,
                     &exportError),
            qPrintable(exportError));
        QByteArray written = log;
        QStringList scanned;
        QDirIterator files(
            dir.filePath(QStringLiteral("data")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList paths { csv };
        while (files.hasNext())
            paths << files.next();
        for (const QString &path : std::as_const(paths)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            written += f.readAll();
            scanned << QFileInfo(path).fileName();
        }
        QVERIFY2(
            scanned.contains(QStringLiteral("quayside.sqlite")) && scanned.contains(QStringLiteral("quayside.log")),
            qPrintable(scanned.join(QLatin1Char(' '))));
        for (const QString &secret : { shopify.value(QStringLiteral("token")).toString(),
                 odoo.value(QStringLiteral("apiKey")).toString(),
                 shipbob.value(QStringLiteral("token")).toString() })
            QVERIFY2(!written.contains(secret.toUtf8()), qPrintable(secret.left(4)));
    }

    void aConfigFileWithASecretInItIsRefused()
    {
        QTemporaryDir dir;
        QFile configFile(dir.filePath(QStringLiteral("quayside.json")));
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write("{\"shopify\": {\"shop\": \"a.myshopify.com\", \"accessToken\": \"shpat_123\"},"
                         "\"odoo\": {\"url\": \"https://erp.example.com\", \"database\": \"d\", \"login\": \"l\","
                         "\"apiKey\": {\"env\": \"X\"}},"
                         "\"shipbob\": {\"channelId\": 1, \"token\": {\"env\": \"Y\"}}}");
        ;
        configFile.close();
        QProcess quayside;
        quayside.start(QStringLiteral(QUAYSIDE_BINARY),
            { QStringLiteral("--headless"),
                QStringLiteral("--config"),
                configFile.fileName(),
                QStringLiteral("--data-dir"),
                dir.path() });
        QVERIFY(quayside.waitForFinished(15000));
        const QByteArray err = quayside.readAllStandardError();
        QCOMPARE(quayside.exitCode(), 2);
        QVERIFY2(
            err.contains("shopify.accessToken: secrets are never read from the configuration file"), err.constData());
    }

    void unwritableDataDirectoryIsAClearError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QProcess quayside;
        quayside.start(QStringLiteral(QUAYSIDE_BINARY),
            { QStringLiteral("--headless"), QStringLiteral("--data-dir"), blocker.fileName() });
        QVERIFY(quayside.waitForFinished(15000));
        const QByteArray err = quayside.readAllStandardError();
        QCOMPARE(quayside.exitCode(), 2);
        QVERIFY2(err.contains("Cannot create the folder") && err.contains("--data-dir"), err.constData());
    }

    void corruptStoreIsAClearErrorAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quayside.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, 'x');
        f.write(garbage);
        f.close();
        QProcess quayside;
        quayside.start(QStringLiteral(QUAYSIDE_BINARY),
            { QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(quayside.waitForFinished(15000));
        const QByteArray err = quayside.readAllStandardError();
        QCOMPARE(quayside.exitCode(), 3);
        QVERIFY2(err.contains("damaged or not a database") && err.contains("left untouched"), err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
