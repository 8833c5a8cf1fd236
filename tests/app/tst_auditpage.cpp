#include "core/security/auditlog.h"
#include "core/security/auditlogmodel.h"
#include "core/store/database.h"
#include "ui/auditpage.h"
#include "ui/statusline.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Quayside;

namespace {
const QString kConnection = QStringLiteral("gui");
constexpr int kEntries = 20'000;

// Entry i: every third a resolve by ada with a note, the others replays by bob.
AuditEntry entryNumber(int i)
{
    AuditEntry e;
    e.at = 1'700'000'000'000LL + i * 1000LL;
    const bool resolve = i % 3 == 0;
    e.actor = resolve ? QStringLiteral("ada@example.com") : QStringLiteral("bob@example.com");
    e.action = resolve ? QStringLiteral("job.resolve") : QStringLiteral("job.replay");
    e.target = QStringLiteral("job:%1").arg(i);
    e.before = QStringLiteral("{\"state\":\"dead\"}");
    e.after = resolve ? QStringLiteral("{\"state\":\"resolved\"}") : QStringLiteral("{\"state\":\"ready\"}");
    if (resolve)
        e.note = i == 9 ? QStringLiteral("=cmd|' /C calc'!A0, \"quoted\"\nsecond line")
                        : QStringLiteral("refunded by hand %1").arg(i);
    return e;
}
} // namespace

// The audit log page on a store of 20,000 entries: it reads a page at a time, newest first, filters in the
// store, and exports what the filter shows as CSV.
class TestAuditPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseConfig m_database;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(!Database::openAndMigrate(m_database, kConnection));
        QSqlDatabase db = Database::connection(kConnection);
        QVERIFY(db.transaction());
        for (int i = 1; i <= kEntries; ++i)
            QVERIFY(!AuditLog::append(db, entryNumber(i)));
        QVERIFY(db.commit());
    }

    void cleanupTestCase() { Database::close(kConnection); }

    void pagesNewestFirst()
    {
        AuditLogModel model(kConnection, 200);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.entry(0).target, QStringLiteral("job:%1").arg(kEntries));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.entry(r).id < model.entry(r - 1).id);
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Replay"));
        QCOMPARE(model.index(0, AuditLogModel::ChangeColumn).data().toString(), QStringLiteral("state: dead → ready"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("matching");
        QTest::newRow("action") << QStringLiteral("job.resolve") << QString() << QString() << kEntries / 3;
        QTest::newRow("actor") << QString() << QStringLiteral("bob@example.com") << QString()
                               << kEntries - kEntries / 3;
        QTest::newRow("text in a note") << QString() << QString() << QStringLiteral("BY HAND 1234") << 3;
        QTest::newRow("text in a target") << QString() << QString() << QStringLiteral("job:19999") << 1;
        QTest::newRow("a wildcard is only text") << QString() << QString() << QStringLiteral("%") << 0;
        QTest::newRow("all parts") << QStringLiteral("job.resolve") << QStringLiteral("bob@example.com") << QString()
                                   << 0;
    }

    void filters()
    {
        QFETCH(QString, action);
        QFETCH(QString, actor);
        QFETCH(QString, text);
        QFETCH(int, matching);
        AuditLogModel model(kConnection, 500);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({ action, actor, text });
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), matching);
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!action.isEmpty())
                QCOMPARE(model.entry(r).action, action);
            if (!actor.isEmpty())
                QCOMPARE(model.entry(r).actor, actor);
        }
    }

    void refreshAddsNewEntriesOnTop()
    {
        AuditLogModel model(kConnection, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({ QStringLiteral("job.skip"), QString(), QString() });
        QCOMPARE(model.rowCount(), 0);
        AuditEntry skip = entryNumber(kEntries + 1);
        skip.action = QStringLiteral("job.skip");
        QVERIFY(!AuditLog::append(Database::connection(kConnection), skip));
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        skip.target = QStringLiteral("job:%1").arg(kEntries + 2);
        QVERIFY(!AuditLog::append(Database::connection(kConnection), skip));
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).target, skip.target);
        QCOMPARE(AuditLog::verify(Database::connection(kConnection)), 0);
    }

    void pageFiltersAndExports()
    {
        Ui::AuditPage page(m_database, kConnection);
        page.show();
        QCOMPARE(page.model()->rowCount(), 200); // the first page only: it opens at once
        auto *action = page.findChild<QComboBox *>(QStringLiteral("auditAction"));
        action->setCurrentIndex(action->findData(QStringLiteral("job.resolve")));
        auto *text = page.findChild<QLineEdit *>(QStringLiteral("auditText"));
        QTest::keyClicks(text, QStringLiteral("calc"));
        QTRY_COMPARE(page.model()->filter().text, QStringLiteral("calc"));
        QCOMPARE(page.model()->rowCount(), 1);

        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy exported(&page, &Ui::AuditPage::exportFinished);
        page.exportTo(path);
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const QByteArray header = "id,time,actor,action,target,note,before,after,hash\r\n";
        QVERIFY(csv.startsWith(header));
        // The note: quoted (comma, quotes, line break), doubled quotes, and defused as a formula.
        QVERIFY2(csv.contains(",2023-11-14T22:13:29.000Z,ada@example.com,job.resolve,job:9,"
                              "\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\nsecond line\","
                              "\"{\"\"state\"\":\"\"dead\"\"}\",\"{\"\"state\"\":\"\"resolved\"\"}\","),
            csv.constData());
        QCOMPARE(csv.count("\r\n"), 2); // the header and the one entry the filter shows
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
