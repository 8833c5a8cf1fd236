#pragma once

#include "core/connectors/common/httpexchange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Quayside::Connectors {

struct OdooConfig
{
    QUrl baseUrl; // https://erp.example.com
    QString database;
    QString login;
    QString apiKey; // from the keychain; never logged
    int timeoutMs = 60000;
    int maxConcurrent = 4; // Odoo's workers are few; more parallel calls only queue there
};

struct OdooResult
{
    bool ok = false;
    QJsonValue value; // the method's return value (JSON-RPC omits it for None: then Undefined)
    ErrorClass errorClass = ErrorClass::Transient;
    QString exceptionName; // "odoo.exceptions.UserError"
    QString message; // Odoo's own message, meant for the operator
    bool ambiguous = false; // the request may have been applied (no answer after sending): re-read first

    static OdooResult failure(ErrorClass c, QString message, QString name = {}, bool ambiguous = false);
};

using OdooCallback = std::function<void(OdooResult)>;

// Odoo's external API: JSON-RPC (`/jsonrpc`, 17 and 18) or JSON-2 (`/json/2/<model>/<method>`, 19+),
// chosen from the server's version. Every call uses named arguments, which both transports accept:
// `ids` for record methods, the rest as keyword arguments. At most maxConcurrent calls are in flight.
class OdooClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OdooClient)

public:
    OdooClient(QNetworkAccessManager *network, OdooConfig config, QObject *parent = nullptr);

    // Reads the version, picks the transport, and (JSON-RPC) logs in for the uid. call() does this itself
    // on first use; calling it directly is a connection test.
    void connectToServer(OdooCallback done);
    bool isConnected() const { return m_majorVersion > 0 && (m_json2 || m_uid > 0); }
    int majorVersion() const { return m_majorVersion; }
    bool usesJson2() const { return m_json2; }
    int uid() const { return m_uid; }
    const OdooConfig &config() const { return m_config; }

    // Connects first when not connected (calls made meanwhile wait; a failed connection fails them all).
    void call(const QString &model,
        const QString &method,
        const QJsonArray &ids,
        const QJsonObject &kwargs,
        OdooCallback done);

    // The context key that restricts stock quantities to one warehouse; Odoo silently ignores the wrong one.
    QString warehouseContextKey() const;

    // An answer of either transport as the call's result; public for the fuzz target (fuzz/).
    static OdooResult parseJsonRpc(const HttpOutcome &outcome, bool wasWrite);
    static OdooResult parseJson2(const HttpOutcome &outcome, bool wasWrite);

private:
    struct Pending
    {
        QString model;
        QString method;
        QJsonArray ids;
        QJsonObject kwargs;
        OdooCallback done;
    };
    void start(Pending call);
    void connectThenRun();
    void finished();
    void jsonRpc(const QString &service, const QString &method, const QJsonArray &args, OdooCallback done);
    static bool isWrite(const QString &method);

    QNetworkAccessManager *m_network;
    OdooConfig m_config;
    int m_majorVersion = 0;
    bool m_json2 = false;
    int m_uid = 0;
    int m_inFlight = 0;
    int m_nextId = 1;
    QQueue<Pending> m_queue;
    QList<Pending> m_awaitingConnection;
};

} // namespace Quayside::Connectors
