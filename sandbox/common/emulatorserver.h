#pragma once

#include "sandbox/common/faultinjector.h"
#include "sandbox/common/httpmessage.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Quayside::Sandbox {

// Round-trip time an emulator adds before answering, so demos and benchmarks see realistic latency.
struct LatencyProfile
{
    int baseMs = 0;
    int jitterMs = 0;
    bool connectionClose = false; // answer with "Connection: close", as Odoo's werkzeug server does
    std::function<int(const HttpRequest &)> extraMs; // per-call cost on top (e.g. Odoo's per-method cost)

    static LatencyProfile zero() { return {}; }
};

// Base of the three emulators: listens on 127.0.0.1, turns each request into an HttpRequest, applies the
// shared FaultInjector and the latency profile, and writes the response on the raw socket, which is
// what makes resets, truncated bodies and silent timeouts possible. Subclasses implement handle() and
// shape faults as their real service does.
class EmulatorServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit EmulatorServer(QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Binds to 127.0.0.1 (port 0 = any free port). Returns the port, or 0 on failure.
    quint16 listenLocal(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    void setFaultInjector(std::shared_ptr<FaultInjector> faults) { m_faults = std::move(faults); }
    FaultInjector *faults() const { return m_faults.get(); }
    void setLatencyProfile(LatencyProfile profile) { m_latency = std::move(profile); }
    void setRandomSeed(quint64 seed) { m_random = SeededRandom(seed); }
    qint64 requestCount() const { return m_requestCount; }
    // Latency added by the profile over all requests so far (what a benchmark divides by concurrency).
    qint64 addedLatencyMs() const { return m_addedLatencyMs; }

Q_SIGNALS:
    void requestHandled(const QString &endpoint, int status);

protected:
    // The emulator's behaviour for one request. Runs on the server's thread; the emulator's state needs
    // no locking as long as it is touched only there.
    virtual HttpResponse handle(const HttpRequest &request) = 0;
    // The name fault rules match against; by default the URL path.
    virtual QString endpointName(const HttpRequest &request) const;
    // How this service says "server error", "throttled" and "unauthorized"; the defaults are plain JSON.
    virtual HttpResponse serverErrorResponse(const HttpRequest &request, int status) const;
    virtual HttpResponse rateLimitedResponse(const HttpRequest &request, int retryAfterMs) const;
    virtual HttpResponse unauthorizedResponse(const HttpRequest &request) const;

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void deliver(QTcpSocket *socket, const QByteArray &bytes, int delayMs, bool closeAfter);

    std::shared_ptr<FaultInjector> m_faults;
    LatencyProfile m_latency;
    SeededRandom m_random { 1 };
    QTcpServer *m_tcp = nullptr;
    quint16 m_port = 0;
    qint64 m_requestCount = 0;
    qint64 m_addedLatencyMs = 0;
};

} // namespace Quayside::Sandbox
