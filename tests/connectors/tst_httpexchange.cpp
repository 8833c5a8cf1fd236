#include "core/connectors/common/httpexchange.h"
#include "sandbox/common/emulatorserver.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Quayside;
using namespace Quayside::Connectors;
using namespace Quayside::Sandbox;

namespace {
// The smallest real server: answers {"ok":true} and counts what it handled.
class EchoServer final : public EmulatorServer
{
public:
    int handled = 0;

protected:
    HttpResponse handle(const HttpRequest &) override
    {
        ++handled;
        return HttpResponse::json(200, R"({"ok":true})");
    }
};
} // namespace

class TestHttpExchange : public QObject
{
    Q_OBJECT

    EchoServer m_server;
    QNetworkAccessManager m_network;

    HttpOutcome send(const HttpRequestSpec &spec)
    {
        std::optional<HttpOutcome> result;
        sendHttp(&m_network, spec, this, [&](HttpOutcome o) { result = o; });
        QDeadlineTimer deadline(10000);
        while (!result && !deadline.hasExpired())
            QTest::qWait(5);
        return result.value_or(HttpOutcome {});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listenLocal() > 0); }
    void init() { m_server.faults()->clear(); }

    void outcomesAreClassified_data()
    {
        QTest::addColumn<int>("fault"); // -1: none
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("errorClass");
        QTest::newRow("answer") << -1 << 200 << true << QString();
        QTest::newRow("server error") << int(FaultKind::ServerError) << 503 << false << QStringLiteral("transient");
        QTest::newRow("rate limited") << int(FaultKind::RateLimited) << 429 << false << QStringLiteral("rate_limited");
        QTest::newRow("unauthorized") << int(FaultKind::Unauthorized) << 401 << false << QStringLiteral("auth");
        QTest::newRow("reset") << int(FaultKind::Reset) << 0 << false << QStringLiteral("transient");
        QTest::newRow("timeout") << int(FaultKind::Timeout) << 0 << false << QStringLiteral("transient");
    }

    void outcomesAreClassified()
    {
        QFETCH(int, fault);
        QFETCH(int, status);
        QFETCH(bool, success);
        QFETCH(QString, errorClass);
        if (fault >= 0) {
            FaultRule rule;
            rule.kind = FaultKind(fault);
            rule.latencyMs = 2000; // the Retry-After hint for 429
            m_server.faults()->addRule(rule);
        }
        HttpRequestSpec spec;
        spec.url = m_server.baseUrl().resolved(QUrl(QStringLiteral("/api")));
        spec.body = "{}";
        spec.timeoutMs = 500;
        const HttpOutcome out = send(spec);
        QCOMPARE(out.status, status);
        QCOMPARE(out.isSuccess(), success);
        if (!success)
            QCOMPARE(toString(out.errorClass()), errorClass);
        if (fault == int(FaultKind::RateLimited))
            QCOMPARE(out.retryAfterMs(), std::optional<qint64>(2000));
        if (fault == int(FaultKind::Timeout)) {
            QVERIFY(out.timedOut);
            QVERIFY(out.summary().contains(QLatin1String("timeout")));
        }
        QVERIFY(!out.summary().contains(QLatin1String("ok\":true"))); // bodies never reach summaries
    }

    // A wait too long to mean anything (found by fuzz_shopify_response: 1e300 seconds overflowed qint64)
    // becomes the longest wait an answer can impose; what is not a wait is ignored.
    void retryAfterIsReadAndBounded_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: no hint
        QTest::newRow("seconds") << QByteArray("Retry-After") << QByteArray("2") << qint64(2000);
        QTest::newRow("fraction") << QByteArray("Retry-After") << QByteArray(" 0.25 ") << qint64(250);
        QTest::newRow("ShipBob's header") << QByteArray("x-retry-after") << QByteArray("7") << qint64(7000);
        QTest::newRow("a day and a second")
            << QByteArray("Retry-After") << QByteArray("86401") << HttpOutcome::kMaxWaitMs;
        QTest::newRow("1e300 seconds") << QByteArray("retry-after") << QByteArray("1e300") << HttpOutcome::kMaxWaitMs;
        QTest::newRow("date long past") << QByteArray("Retry-After") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
                                        << qint64(0);
        QTest::newRow("date far ahead") << QByteArray("Retry-After") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT")
                                        << HttpOutcome::kMaxWaitMs;
        QTest::newRow("negative") << QByteArray("Retry-After") << QByteArray("-3") << qint64(-1);
        QTest::newRow("not a wait") << QByteArray("Retry-After") << QByteArray("soon") << qint64(-1);
    }

    void retryAfterIsReadAndBounded()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        HttpOutcome out;
        out.status = 429;
        out.headers = { { header, value } };
        QCOMPARE(out.retryAfterMs().value_or(-1), expectedMs);
    }

    void truncatedBodyIsNotASuccess()
    {
        FaultRule rule;
        rule.kind = FaultKind::Truncated;
        rule.phase = FaultPhase::After;
        m_server.faults()->addRule(rule);
        HttpRequestSpec spec;
        spec.url = m_server.baseUrl();
        const HttpOutcome out = send(spec);
        QVERIFY(!out.isSuccess());
        QCOMPARE(toString(out.errorClass()), QStringLiteral("transient"));
    }

    void endpointPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://demo.myshopify.com/admin/api/2026-10/graphql.json") << true;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8069/jsonrpc") << true;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:8069/jsonrpc") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8069/jsonrpc") << true;
        QTest::newRow("remote http") << QStringLiteral("http://erp.example.com/jsonrpc") << false;
        QTest::newRow("lan http") << QStringLiteral("http://10.1.2.3/jsonrpc") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void endpointPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString why;
        QCOMPARE(EndpointPolicy::isAllowed(QUrl(url), &why), allowed);
        QCOMPARE(why.isEmpty(), allowed);
    }

    void plainHttpToARemoteHostIsRefusedWithoutSending()
    {
        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("http://erp.example.com/jsonrpc"));
        const HttpOutcome out = send(spec);
        QVERIFY(out.tlsFailure);
        QCOMPARE(toString(out.errorClass()), QStringLiteral("auth"));
        QVERIFY2(out.summary().contains(QLatin1String("must use https")), qPrintable(out.summary()));
    }

    void tlsFailuresAreNeverIgnored()
    {
        // A TLS client meeting a server that does not speak TLS: the handshake fails and stays failed.
        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_server.port()));
        spec.timeoutMs = 3000;
        const int before = m_server.handled;
        const HttpOutcome out = send(spec);
        QVERIFY(!out.isSuccess());
        QCOMPARE(m_server.handled, before);
        QVERIFY2(out.tlsFailure || out.status == 0, qPrintable(out.summary()));
    }
};

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "tst_httpexchange.moc"
