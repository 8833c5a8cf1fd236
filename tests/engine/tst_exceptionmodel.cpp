#include "core/engine/exceptioncausemodel.h"
#include "core/engine/exceptionfilterproxy.h"
#include "core/engine/exceptionmodel.h"
#include "core/store/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/teststore.h"

using namespace Quayside;

// The exception queue's models on a store written as the engine writes it: cheap refreshes, one reset for
// a large change, rows moved one by one for a small one, and the grouping by cause. Also on PostgreSQL,
// whose driver loses a streamed result when another query runs on the connection before it is read.
class TestExceptionModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_connection;

    void addDead(int count, const QString &cause, int from)
    {
        QSqlDatabase db = Database::connection(m_connection);
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO jobs (flow, step, lane, partition_key, correlation_id, payload, state,"
                                 " attempts, next_attempt_at, error_class, error_message, created_at, updated_at)"
                                 " VALUES ('orders', 'create_sale_order', 'odoo', ?, ?, '{}', 'dead', 1, 0,"
                                 " 'business', ?, 1, 1)"));
        for (int i = from; i < from + count; ++i) {
            const QString name = QStringLiteral("#%1").arg(i);
            q.addBindValue(QStringLiteral("order:%1").arg(i));
            q.addBindValue(name);
            q.addBindValue(QStringLiteral("Order %1: %2").arg(name, cause));
            QVERIFY(q.exec());
        }
        db.commit();
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(Database::connection(m_connection));
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private Q_SLOTS:
    void init()
    {
        m_connection = QStringLiteral("exceptions%1").arg(++m_n);
        DatabaseConfig config;
        QUAYSIDE_FRESH_STORE(config, m_dir, m_connection);
        QVERIFY(!Database::openAndMigrate(config, m_connection));
    }
    void cleanup() { Database::close(m_connection); }

    void causeLeavesTheOrderOut_data()
    {
        QTest::addColumn<QString>("correlation");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("cause");
        QTest::newRow("order prefix") << "#1001"
                                      << "Order #1001: unknown SKU QS-1"
                                      << "unknown SKU QS-1";
        QTest::newRow("correlation prefix") << "catalog:sync"
                                            << "catalog:sync: Shopify refused"
                                            << "Shopify refused";
        QTest::newRow("another order's name stays") << "#1001"
                                                    << "Order #1002: x"
                                                    << "Order #1002: x";
        QTest::newRow("no prefix") << "#1001"
                                   << "Odoo is down"
                                   << "Odoo is down";
    }
    void causeLeavesTheOrderOut()
    {
        QFETCH(QString, correlation);
        QFETCH(QString, message);
        QFETCH(QString, cause);
        JobRecord job;
        job.correlationId = correlation;
        job.errorMessage = message;
        QCOMPARE(ExceptionModel::causeOf(job), cause);
    }

    void largeChangesResetSmallOnesMoveRows()
    {
        ExceptionModel model(m_connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ExceptionCauseModel causes(&model);
        QAbstractItemModelTester causeTester(&causes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        addDead(ExceptionModel::kResetThreshold + 200, QStringLiteral("unknown SKU QS-1"), 1);
        addDead(5, QStringLiteral("price is not a number"), 5000);
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), ExceptionModel::kResetThreshold + 205);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(model.job(0).payload.isEmpty()); // the list holds no payloads

        // Nothing changed: no signal at all.
        QVERIFY(model.refresh());
        QCOMPARE(resets.size() + inserted.size() + removed.size() + changed.size(), 1);

        // A few resolved, a few new, one failed again: rows move one by one.
        exec(QStringLiteral("UPDATE jobs SET state = 'resolved', updated_at = 2 WHERE id IN (3, 4)"));
        addDead(2, QStringLiteral("price is not a number"), 6000);
        exec(QStringLiteral("UPDATE jobs SET attempts = 2, updated_at = 3 WHERE id = 10"));
        QVERIFY(model.refresh());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(model.rowOfJob(10), ExceptionModel::AttemptsColumn)).toInt(), 2);

        // The groups follow, largest first, after one row for all.
        QTRY_COMPARE(causes.rowCount(), 3);
        QCOMPARE(causes.index(0, 0).data(ExceptionCauseModel::CountRole).toInt(), model.rowCount());
        QCOMPARE(
            causes.index(1, 0).data(ExceptionCauseModel::CauseRole).toString(), QStringLiteral("unknown SKU QS-1"));
        QCOMPARE(
            causes.index(1, 0).data(ExceptionCauseModel::CountRole).toInt(), ExceptionModel::kResetThreshold + 198);
        QCOMPARE(causes.index(2, 0).data(ExceptionCauseModel::CountRole).toInt(), 7);

        ExceptionFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setCauseFilter(QStringLiteral("price is not a number"));
        QCOMPARE(proxy.rowCount(), 7);
        proxy.setLaneFilter(QStringLiteral("shopify"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setLaneFilter({});
        proxy.setCauseFilter({});
        proxy.setMinimumAge(1000, 3); // stuck a second by 3 ms: none (they date from 1-3 ms)
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setMinimumAge(1, 3); // stuck since 2 ms or earlier: all but the one that failed again at 3
        QCOMPARE(proxy.rowCount(), model.rowCount() - 1);
        proxy.setMinimumAge(0);
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }
};

QTEST_GUILESS_MAIN(TestExceptionModel)
#include "tst_exceptionmodel.moc"
