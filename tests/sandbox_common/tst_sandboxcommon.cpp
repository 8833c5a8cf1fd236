// Tests of the shared sandbox base: fault injection seen by a real HTTP client over 127.0.0.1, determinism
// of the seeded pieces, the generated world, and webhook delivery (retries, duplicates, reordering).

#include "sandbox/common/emulatorserver.h"
#include "sandbox/common/faultinjector.h"
#include "sandbox/common/webhookdispatcher.h"
#include "sandbox/common/world.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Quayside::Sandbox;

namespace {

// Counts the requests that reached it (its "state"), answers a JSON body large enough to be cut in half,
// and, as a webhook receiver, records what arrived and fails the first `failFirst` calls with 500.
class RecordingServer : public EmulatorServer
{
public:
    int handled = 0;
    int failFirst = 0;
    QList<HttpRequest> received;

protected:
    HttpResponse handle(const HttpRequest &request) override
    {
        ++handled;
        received << request;
        if (failFirst > 0) {
            --failFirst;
            return HttpResponse::json(500, R"({"error":"receiver down"})");
        }
        return HttpResponse::json(200, R"({"ok":true,"padding":"0123456789012345678901234567890123456789"})");
    }
};

struct ClientResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;
};

ClientResult fetch(const QUrl &url, int transferTimeoutMs = 5000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ClientResult r;
    r.elapsedMs = clock.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return r;
}

bool isJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

bool validEan13(const QString &code)
{
    if (code.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        if (!code.at(i).isDigit())
            return false;
        sum += code.at(i).digitValue() * (i % 2 ? 3 : 1);
    }
    return code.at(12).digitValue() == (10 - sum % 10) % 10;
}

QList<FaultKind> kindsOf(const QList<FaultDecision> &decisions)
{
    QList<FaultKind> kinds;
    for (const auto &d : decisions)
        kinds << d.kind;
    return kinds;
}

} // namespace

class TestSandboxCommon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultReachesClient_data();
    void faultReachesClient();
    void outageWindowEnds();
    void noFaultMeansHandlerAnswers();
    void faultInjectorIsDeterministicForASeed();
    void faultInjectorHonoursRemainingAndPatterns();
    void faultKindNamesRoundTrip();
    void worldIsDeterministic();
    void worldHasTheExpectedShape();
    void webhookRetriesUntilSuccess();
    void webhookGivesUpAfterSchedule();
    void webhookDuplicateDelivery();
    void webhookOutOfOrderDelivery();
    void webhookHeldBackAloneStillGoesOut();
};

void TestSandboxCommon::faultReachesClient_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<FaultPhase>("phase");
    QTest::addColumn<bool>("handlerRuns");

    const struct
    {
        const char *name;
        FaultKind kind;
    } kinds[] = {
        { "latency", FaultKind::Latency },
        { "server_error", FaultKind::ServerError },
        { "rate_limited", FaultKind::RateLimited },
        { "timeout", FaultKind::Timeout },
        { "reset", FaultKind::Reset },
        { "malformed", FaultKind::Malformed },
        { "truncated", FaultKind::Truncated },
        { "unauthorized", FaultKind::Unauthorized },
        { "outage", FaultKind::Outage },
    };
    for (const auto &k : kinds) {
        // Latency never stops the handler; outage, 401 and 429 are refusals, so always Before.
        const bool alwaysBefore
            = k.kind == FaultKind::Outage || k.kind == FaultKind::Unauthorized || k.kind == FaultKind::RateLimited;
        const bool latency = k.kind == FaultKind::Latency;
        QTest::addRow("%s/before", k.name) << k.kind << FaultPhase::Before << latency;
        QTest::addRow("%s/after", k.name) << k.kind << FaultPhase::After << !alwaysBefore;
    }
}

void TestSandboxCommon::faultReachesClient()
{
    QFETCH(FaultKind, kind);
    QFETCH(FaultPhase, phase);
    QFETCH(bool, handlerRuns);

    RecordingServer server;
    QVERIFY(server.listenLocal() != 0);
    FaultRule rule;
    rule.endpoint = QStringLiteral("/thing");
    rule.kind = kind;
    rule.phase = phase;
    rule.latencyMs = kind == FaultKind::Latency ? 300 : (kind == FaultKind::RateLimited ? 2500 : 0);
    rule.status = kind == FaultKind::ServerError ? 502 : 0;
    server.faults()->addRule(rule);

    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/thing"));
    const ClientResult r = fetch(url, kind == FaultKind::Timeout ? 400 : 5000);

    // QNetworkAccessManager resends an idempotent request once when the connection drops before any
    // answer, so a reset may be seen (and, After, handled) twice.
    const int tries = kind == FaultKind::Reset ? server.faults()->injectedCount(kind) : 1;
    QVERIFY(tries == 1 || (kind == FaultKind::Reset && tries == 2));
    QCOMPARE(server.handled, handlerRuns ? tries : 0);
    QCOMPARE(server.faults()->injectedCount(kind), tries);
    switch (kind) {
    case FaultKind::Latency:
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 280, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY(isJson(r.body));
        break;
    case FaultKind::ServerError:
        QCOMPARE(r.status, 502);
        break;
    case FaultKind::RateLimited:
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("3")); // 2500 ms rounds up to whole seconds
        break;
    case FaultKind::Timeout:
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
            qPrintable(QString::number(int(r.error))));
        QVERIFY(r.elapsedMs >= 350); // the transfer timer is coarse (±5 %)
        break;
    case FaultKind::Reset:
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError || r.error == QNetworkReply::ConnectionRefusedError
                || r.error == QNetworkReply::UnknownNetworkError,
            qPrintable(QString::number(int(r.error))));
        break;
    case FaultKind::Malformed:
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!isJson(r.body));
        break;
    case FaultKind::Truncated:
        // Content-Length promised more than arrived before the connection closed: the client sees an error.
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(int(r.error))));
        QVERIFY(!isJson(r.body));
        break;
    case FaultKind::Unauthorized:
        QCOMPARE(r.status, 401);
        break;
    case FaultKind::Outage:
        QCOMPARE(r.status, 503);
        break;
    default:
        QFAIL("unexpected kind");
    }
}

void TestSandboxCommon::outageWindowEnds()
{
    RecordingServer server;
    QVERIFY(server.listenLocal() != 0);
    FaultRule rule;
    rule.kind = FaultKind::Outage;
    rule.activeUntilMs = QDateTime::currentMSecsSinceEpoch() + 300;
    server.faults()->addRule(rule);
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/x"));

    QCOMPARE(fetch(url).status, 503);
    QCOMPARE(server.handled, 0);
    QTest::qWait(350); // past the window's end (a lower bound only)
    QCOMPARE(fetch(url).status, 200);
    QCOMPARE(server.handled, 1);
    QVERIFY(server.faults()->rules().isEmpty());
}

void TestSandboxCommon::noFaultMeansHandlerAnswers()
{
    RecordingServer server;
    QVERIFY(server.listenLocal() != 0);
    FaultRule rule;
    rule.endpoint = QStringLiteral("/other");
    server.faults()->addRule(rule);
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/thing"));
    const auto r = fetch(url);
    QCOMPARE(r.status, 200);
    QVERIFY(isJson(r.body));
    QCOMPARE(server.requestCount(), 1);
}

void TestSandboxCommon::faultInjectorIsDeterministicForASeed()
{
    auto run = [](quint64 seed) {
        FaultInjector faults(seed);
        FaultRule a;
        a.kind = FaultKind::ServerError;
        a.probability = 0.3;
        FaultRule b;
        b.kind = FaultKind::Latency;
        b.probability = 0.5;
        faults.addRule(a);
        faults.addRule(b);
        QList<QList<FaultKind>> sequence;
        for (int i = 0; i < 200; ++i)
            sequence << kindsOf(faults.decide(QStringLiteral("/p"), 0));
        return sequence;
    };
    const auto first = run(7);
    QVERIFY(run(7) == first);
    QVERIFY(run(8) != first);
    int errors = 0;
    for (const auto &d : first)
        errors += d.contains(FaultKind::ServerError);
    QVERIFY2(errors > 30 && errors < 90, qPrintable(QString::number(errors))); // ~60 of 200 at p = 0.3
}

void TestSandboxCommon::faultInjectorHonoursRemainingAndPatterns()
{
    FaultInjector faults(1);
    FaultRule rule;
    rule.endpoint = QStringLiteral("POST /order*");
    rule.kind = FaultKind::Reset;
    rule.remaining = 2;
    faults.addRule(rule);
    QVERIFY(faults.decide(QStringLiteral("GET /order"), 0).isEmpty());
    QVERIFY(kindsOf(faults.decide(QStringLiteral("POST /order"), 0)) == QList<FaultKind> { FaultKind::Reset });
    QVERIFY(kindsOf(faults.decide(QStringLiteral("POST /order/1:cancel"), 0)) == QList<FaultKind> { FaultKind::Reset });
    QVERIFY(faults.decide(QStringLiteral("POST /order"), 0).isEmpty());
    QCOMPARE(faults.injectedCount(FaultKind::Reset), 2);

    FaultRule windowed;
    windowed.kind = FaultKind::Outage;
    windowed.activeUntilMs = 1000;
    faults.addRule(windowed);
    QCOMPARE(faults.decide(QStringLiteral("/a"), 999).size(), 1);
    QVERIFY(faults.decide(QStringLiteral("/a"), 1001).isEmpty());
    QVERIFY(faults.rules().isEmpty());
}

void TestSandboxCommon::faultKindNamesRoundTrip()
{
    for (int k = int(FaultKind::Latency); k <= int(FaultKind::OutOfOrderWebhook); ++k) {
        const auto kind = FaultKind(k);
        QVERIFY(!toString(kind).isEmpty());
        QVERIFY(faultKindFromString(toString(kind)) == std::optional<FaultKind>(kind));
    }
    QVERIFY(!faultKindFromString(QStringLiteral("nope")).has_value());
}

void TestSandboxCommon::worldIsDeterministic()
{
    const World a = World::generate(42);
    const World b = World::generate(42);
    QCOMPARE(a.variants().size(), b.variants().size());
    for (int i = 0; i < a.variants().size(); ++i) {
        QCOMPARE(a.variants().at(i).sku, b.variants().at(i).sku);
        QCOMPARE(a.variants().at(i).barcode, b.variants().at(i).barcode);
        QCOMPARE(a.variants().at(i).costCents, b.variants().at(i).costCents);
        for (int l = 0; l < a.locations().size(); ++l)
            QCOMPARE(a.openingStock(i, l), b.openingStock(i, l));
    }
    for (int p = 0; p < a.products().size(); ++p)
        QCOMPARE(a.products().at(p).vendor, b.products().at(p).vendor);

    const World c = World::generate(43);
    bool differs = false;
    for (int i = 0; i < a.variants().size() && i < c.variants().size(); ++i)
        differs |= a.openingStock(i, 0) != c.openingStock(i, 0);
    QVERIFY(differs);

    SeededRandom r1(5);
    SeededRandom r2(5);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(r1.next(), r2.next());
}

void TestSandboxCommon::worldHasTheExpectedShape()
{
    const World w = World::generate(7);
    QVERIFY2(w.products().size() >= 45 && w.products().size() <= 55, qPrintable(QString::number(w.products().size())));
    QSet<QString> skus;
    QSet<QString> barcodes;
    for (const auto &v : w.variants()) {
        QVERIFY(!v.sku.isEmpty());
        skus.insert(v.sku);
        QVERIFY2(validEan13(v.barcode), qPrintable(v.barcode));
        barcodes.insert(v.barcode);
        QVERIFY(v.priceCents > 0);
        QVERIFY(v.costCents > 0 && v.costCents < v.priceCents);
        QCOMPARE(w.variantIndexBySku(v.sku), int(skus.size() - 1));
    }
    QCOMPARE(skus.size(), w.variants().size());
    QCOMPARE(barcodes.size(), w.variants().size());
    int variantRefs = 0;
    for (const auto &p : w.products()) {
        QVERIFY(!p.variantIndexes.isEmpty());
        variantRefs += int(p.variantIndexes.size());
    }
    QCOMPARE(variantRefs, int(w.variants().size()));

    QCOMPARE(w.locations().size(), 2);
    int shipbobLocations = 0;
    for (const auto &l : w.locations())
        if (l.key == QStringLiteral("shipbob-cicero")) {
            ++shipbobLocations;
            QCOMPARE(l.shipbobFulfillmentCenterId, 10);
        } else {
            QCOMPARE(l.shipbobFulfillmentCenterId, 0);
        }
    QCOMPARE(shipbobLocations, 1);
    for (int i = 0; i < w.variants().size(); ++i)
        for (int l = 0; l < w.locations().size(); ++l)
            QVERIFY(w.openingStock(i, l) >= 0 && w.openingStock(i, l) < 120);
    QCOMPARE(w.openingStock(-1, 0), 0);
    QCOMPARE(w.variantIndexBySku(QStringLiteral("NOPE")), -1);
    QVERIFY(!w.customers().isEmpty());
    QVERIFY(!w.carriers().isEmpty());
}

namespace {
std::shared_ptr<FaultInjector> oneWebhookFault(FaultKind kind, const QString &endpoint)
{
    auto faults = std::make_shared<FaultInjector>();
    FaultRule rule;
    rule.endpoint = endpoint;
    rule.kind = kind;
    rule.remaining = 1;
    faults->addRule(rule);
    return faults;
}

WebhookDelivery deliveryTo(const RecordingServer &receiver, const QByteArray &topic, const QByteArray &body)
{
    WebhookDelivery d;
    d.url = receiver.baseUrl();
    d.url.setPath(QStringLiteral("/hook"));
    d.topic = topic;
    d.body = body;
    d.headers << qMakePair(QByteArrayLiteral("x-test"), body);
    return d;
}
} // namespace

void TestSandboxCommon::webhookRetriesUntilSuccess()
{
    RecordingServer receiver;
    QVERIFY(receiver.listenLocal() != 0);
    receiver.failFirst = 2;
    WebhookDispatcher dispatcher(std::make_shared<FaultInjector>());
    dispatcher.setRetrySchedule({ 20, 20, 20 });
    QSignalSpy delivered(&dispatcher, &WebhookDispatcher::delivered);
    dispatcher.send(deliveryTo(receiver, "order.shipped", R"({"id":1})"));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 5000);
    QCOMPARE(delivered.at(0).at(1).toInt(), 500);
    QCOMPARE(delivered.at(2).at(1).toInt(), 200);
    QCOMPARE(delivered.at(2).at(2).toInt(), 3);
    QCOMPARE(receiver.handled, 3);
    QCOMPARE(receiver.received.last().body, QByteArray(R"({"id":1})"));
    QCOMPARE(receiver.received.last().header("x-test"), QByteArray(R"({"id":1})"));
    QTRY_COMPARE(dispatcher.pendingCount(), 0);
}

void TestSandboxCommon::webhookGivesUpAfterSchedule()
{
    RecordingServer receiver;
    QVERIFY(receiver.listenLocal() != 0);
    receiver.failFirst = 100;
    WebhookDispatcher dispatcher(std::make_shared<FaultInjector>());
    dispatcher.setRetrySchedule({ 10, 10 });
    QSignalSpy givenUp(&dispatcher, &WebhookDispatcher::givenUp);
    dispatcher.send(deliveryTo(receiver, "order.shipped", "{}"));
    QVERIFY(dispatcher.pendingCount() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(givenUp.size(), 1, 5000);
    QCOMPARE(receiver.handled, 3); // the first attempt and two retries
    QCOMPARE(dispatcher.pendingCount(), 0);
}

void TestSandboxCommon::webhookDuplicateDelivery()
{
    RecordingServer receiver;
    QVERIFY(receiver.listenLocal() != 0);
    WebhookDispatcher dispatcher(oneWebhookFault(FaultKind::DuplicateWebhook, QStringLiteral("webhook:order.shipped")));
    dispatcher.send(deliveryTo(receiver, "order.shipped", R"({"n":1})"));
    dispatcher.send(deliveryTo(receiver, "order.shipped", R"({"n":2})"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handled, 3, 5000);
    QTRY_COMPARE(dispatcher.pendingCount(), 0);
    int ones = 0;
    for (const auto &r : receiver.received)
        ones += r.body == R"({"n":1})";
    QCOMPARE(ones, 2);
}

void TestSandboxCommon::webhookOutOfOrderDelivery()
{
    RecordingServer receiver;
    QVERIFY(receiver.listenLocal() != 0);
    WebhookDispatcher dispatcher(oneWebhookFault(FaultKind::OutOfOrderWebhook, QStringLiteral("webhook:*")));
    dispatcher.send(deliveryTo(receiver, "order.shipped", R"({"n":1})"));
    QCOMPARE(dispatcher.pendingCount(), 1); // held back
    dispatcher.send(deliveryTo(receiver, "order.shipment.delivered", R"({"n":2})"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handled, 2, 5000);
    QCOMPARE(receiver.received.at(0).body, QByteArray(R"({"n":2})"));
    QCOMPARE(receiver.received.at(1).body, QByteArray(R"({"n":1})"));
    QTRY_COMPARE(dispatcher.pendingCount(), 0);
}

void TestSandboxCommon::webhookHeldBackAloneStillGoesOut()
{
    RecordingServer receiver;
    QVERIFY(receiver.listenLocal() != 0);
    WebhookDispatcher dispatcher(oneWebhookFault(FaultKind::OutOfOrderWebhook, QStringLiteral("*")));
    dispatcher.setHoldBackLimit(50);
    dispatcher.send(deliveryTo(receiver, "return.created", R"({"n":1})"));
    QCOMPARE(receiver.handled, 0);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handled, 1, 5000);
    QTRY_COMPARE(dispatcher.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCommon)
#include "tst_sandboxcommon.moc"
