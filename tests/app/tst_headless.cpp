#include "core/store/database.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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
