#include "core/engine/circuitbreaker.h"
#include "core/engine/errorclass.h"
#include "core/engine/retrypolicy.h"
#include "core/engine/tokenbucket.h"
#include "core/telemetry/latencyhistogram.h"

#include <QTest>

using namespace Quayside;

class TestPolicies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffCeilingDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("1st") << 1 << qint64(500);
        QTest::newRow("2nd") << 2 << qint64(1000);
        QTest::newRow("3rd") << 3 << qint64(2000);
        QTest::newRow("6th") << 6 << qint64(16000);
        QTest::newRow("capped") << 12 << qint64(60000);
        QTest::newRow("huge") << 200 << qint64(60000);
    }

    void backoffCeilingDoublesUpToTheCap()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        RetryPolicy policy(500, 60000);
        QCOMPARE(policy.ceilingMs(attempt), ceiling);
        // Full jitter: the delay spans the whole window [0, ceiling].
        policy.setRandomSource([] { return 0.0; });
        QCOMPARE(policy.delayMs(ErrorClass::Transient, attempt), 0);
        policy.setRandomSource([] { return 0.999999; });
        QVERIFY(policy.delayMs(ErrorClass::Transient, attempt) <= ceiling);
        QVERIFY(policy.delayMs(ErrorClass::Transient, attempt) >= ceiling * 99 / 100);
        policy.setRandomSource([] { return 0.5; });
        QCOMPARE(policy.delayMs(ErrorClass::Transient, attempt), ceiling / 2);
    }

    void retryAfterIsHonoured()
    {
        RetryPolicy policy(500, 60000);
        policy.setRandomSource([] { return 0.0; });
        QCOMPARE(policy.delayMs(ErrorClass::RateLimited, 1, 7000), 7000);
        policy.setRandomSource([] { return 0.999; });
        const qint64 d = policy.delayMs(ErrorClass::RateLimited, 9, 7000);
        QVERIFY(d >= 7000 && d < 7500); // never earlier than the server asked, jitter below one base step
    }

    void attemptBudgetsPerClass_data()
    {
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("retry");
        QTest::newRow("transient 1") << int(ErrorClass::Transient) << 1 << true;
        QTest::newRow("transient 49") << int(ErrorClass::Transient) << 49 << true;
        QTest::newRow("transient 50") << int(ErrorClass::Transient) << 50 << false;
        QTest::newRow("rate limited 29") << int(ErrorClass::RateLimited) << 29 << true;
        QTest::newRow("rate limited 30") << int(ErrorClass::RateLimited) << 30 << false;
        QTest::newRow("conflict 5") << int(ErrorClass::Conflict) << 5 << false;
        QTest::newRow("auth never burns") << int(ErrorClass::Auth) << 1000 << true;
        QTest::newRow("validation") << int(ErrorClass::Validation) << 1 << false;
        QTest::newRow("business") << int(ErrorClass::Business) << 1 << false;
    }

    void attemptBudgetsPerClass()
    {
        QFETCH(int, errorClass);
        QFETCH(int, attempts);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy().shouldRetry(ErrorClass(errorClass), attempts), retry);
    }

    void httpStatusClassification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no response") << 0 << QStringLiteral("transient");
        QTest::newRow("400") << 400 << QStringLiteral("validation");
        QTest::newRow("401") << 401 << QStringLiteral("auth");
        QTest::newRow("403") << 403 << QStringLiteral("auth");
        QTest::newRow("404") << 404 << QStringLiteral("validation");
        QTest::newRow("408") << 408 << QStringLiteral("transient");
        QTest::newRow("409") << 409 << QStringLiteral("conflict");
        QTest::newRow("422") << 422 << QStringLiteral("validation");
        QTest::newRow("429") << 429 << QStringLiteral("rate_limited");
        QTest::newRow("500") << 500 << QStringLiteral("transient");
        QTest::newRow("503") << 503 << QStringLiteral("transient");
    }

    void httpStatusClassification()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        QCOMPARE(toString(classifyHttpStatus(status)), expected);
        QVERIFY(errorClassFromString(expected) == classifyHttpStatus(status));
    }

    void circuitBreakerTransitions()
    {
        CircuitBreaker breaker(3, 1000, 8000);
        QVERIFY(breaker.allowRequest(0));
        breaker.recordFailure(0);
        breaker.recordFailure(0);
        QCOMPARE(toString(breaker.state()), toString(CircuitBreaker::State::Closed));
        breaker.recordSuccess(); // a success resets the count
        breaker.recordFailure(10);
        breaker.recordFailure(10);
        breaker.recordFailure(10);
        QCOMPARE(toString(breaker.state()), toString(CircuitBreaker::State::Open));
        QCOMPARE(breaker.openUntilMs(), 1010);
        QVERIFY(!breaker.allowRequest(500));
        QVERIFY(breaker.allowRequest(1010)); // the probe
        QCOMPARE(toString(breaker.state()), toString(CircuitBreaker::State::HalfOpen));
        QVERIFY(!breaker.allowRequest(1011)); // only one probe at a time
        breaker.recordFailure(1100); // probe failed: open again, twice as long
        QCOMPARE(toString(breaker.state()), toString(CircuitBreaker::State::Open));
        QCOMPARE(breaker.openUntilMs(), 3100);
        QVERIFY(breaker.allowRequest(3100));
        breaker.recordSuccess();
        QCOMPARE(toString(breaker.state()), toString(CircuitBreaker::State::Closed));
        QVERIFY(breaker.allowRequest(3101));
    }

    void tokenBucketArithmetic()
    {
        TokenBucket bucket(10, 5); // 10 tokens, 5 per second
        QVERIFY(bucket.tryTake(10, 0));
        QVERIFY(!bucket.tryTake(1, 0));
        QCOMPARE(bucket.msUntilAvailable(1, 0), 200);
        QVERIFY(!bucket.tryTake(1, 199));
        QVERIFY(bucket.tryTake(1, 200));
        QCOMPARE(bucket.available(100000), 10.0); // never above capacity
        bucket.holdUntil(101000); // Retry-After: nothing until then
        QCOMPARE(bucket.available(100500), 0.0);
        QCOMPARE(bucket.msUntilAvailable(1, 100500), 500 + 200);
        QVERIFY(bucket.tryTake(1, 101200));
        bucket.syncAvailable(3, 101200);
        QCOMPARE(bucket.available(101200), 3.0);
    }

    void histogramQuantiles()
    {
        LatencyHistogram h;
        QCOMPARE(h.quantileMs(0.5), 0);
        for (int i = 0; i < 90; ++i)
            h.record(8); // bucket <= 10
        for (int i = 0; i < 9; ++i)
            h.record(180); // <= 200
        h.record(4000); // <= 5000
        QCOMPARE(h.count(), 100);
        QCOMPARE(h.quantileMs(0.5), 10);
        QCOMPARE(h.quantileMs(0.95), 200);
        QCOMPARE(h.quantileMs(0.99), 200);
        QCOMPARE(h.quantileMs(1.0), 5000);
        LatencyHistogram other;
        other.record(500000); // beyond the largest bound
        h.merge(other);
        QCOMPARE(h.count(), 101);
        QCOMPARE(h.quantileMs(1.0), LatencyHistogram::upperBoundMs(LatencyHistogram::kBucketCount - 1));
    }
};

QTEST_APPLESS_MAIN(TestPolicies)
#include "tst_policies.moc"
