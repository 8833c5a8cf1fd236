#pragma once

#include "sandbox/common/emulatorserver.h"
#include "sandbox/common/world.h"
#include "sandbox/odoo/odootypes.h"

#include <QList>
#include <QString>

#include <memory>

namespace Quayside::Sandbox {

class OdooAccounting;
class OdooDatabase;
class OdooDispatcher;
class OdooModels;
class OdooRules;
class OdooWorkflows;

// A local Odoo 17, 18 or 19 server for integration tests and demos: POST /jsonrpc (common, object, db),
// POST /xmlrpc/2/{common,object} and, on 19, JSON-2 POST /json/2/<model>/<method> with bearer API keys.
// Seeded from a World so it agrees with the Shopify and ShipBob emulators.
//
// Fault endpoints (FaultRule::endpoint): "jsonrpc:common.login", "jsonrpc:object.execute_kw:<model>.<method>",
// "json2:<model>/<method>", "xmlrpc:object.execute_kw:<model>.<method>", "http:<path>" for anything else;
// a prefix with '*' matches, e.g. "jsonrpc:object.execute_kw:sale.order.*".
class OdooEmulator final : public EmulatorServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OdooEmulator)

public:
    struct Credentials
    {
        QString database;
        QString login;
        QString password;
        QString apiKey; // accepted wherever the password is, and as the JSON-2 bearer token
        int uid = 2;
    };

    OdooEmulator(const World &world, OdooVersion version, quint64 seed = 1, QObject *parent = nullptr);
    ~OdooEmulator() override;

    OdooVersion version() const { return m_version; }
    Credentials credentials() const { return m_credentials; }

    // Inspection and set-up for tests and the traffic generator (all records, archived ones included).
    int recordCount(const QString &model) const;
    QList<int> saleOrdersByClientRef(const QString &clientOrderRef) const;
    int productIdBySku(const QString &sku) const; // product.product id, 0 if unknown
    int warehouseIdByCode(const QString &code) const;
    int partnerIdByEmail(const QString &email) const;
    double freeQty(const QString &sku, const QString &warehouseCode) const;
    double qtyAvailable(const QString &sku, const QString &warehouseCode) const;
    // Reads records as RPC would (many2one as [id, name]); a JSON array of objects.
    QByteArray readRecords(const QString &model, const QList<int> &ids, const QStringList &fields = {}) const;
    // Makes a field required (adding it as a custom char field if needed), e.g. ("sale.order",
    // "x_studio_channel"): creates without it then fail with Odoo's NOT NULL ValidationError.
    // `label`: the new field's string (its name if empty).
    void setRequiredField(const QString &model, const QString &field, bool required = true, const QString &label = {});
    // Odoo 18's measured per-call costs (odoo.md §8) with "Connection: close" on every answer.
    LatencyProfile realisticLatencyProfile() const;
    // Calls to the deprecated /jsonrpc and /xmlrpc endpoints on 19 (Odoo logs a warning for each).
    int deprecatedCallCount() const { return m_deprecatedCalls; }

    OdooDatabase &database() { return *m_database; }
    // A call by someone at Odoo's own screens (the sandbox's store team): execute_kw as the admin user,
    // without HTTP, faults or latency. Throws OdooError as the RPC would report it.
    Json callAsUser(const std::string &model, const std::string &method, const Json &args, const Json &kwargs);

protected:
    HttpResponse handle(const HttpRequest &request) override;
    QString endpointName(const HttpRequest &request) const override;
    HttpResponse serverErrorResponse(const HttpRequest &request, int status) const override;
    HttpResponse rateLimitedResponse(const HttpRequest &request, int retryAfterMs) const override;
    HttpResponse unauthorizedResponse(const HttpRequest &request) const override;

private:
    HttpResponse handleJsonRpc(const HttpRequest &request);
    HttpResponse handleJson2(const HttpRequest &request);
    HttpResponse handleXmlRpc(const HttpRequest &request);
    HttpResponse handleVersion(const HttpRequest &request) const;
    Json dispatchService(const std::string &service, const std::string &method, const Json &args);
    Json versionInfo() const;
    Json executeKw(const Json &args, bool executeForm);
    void checkDatabase(const Json &db) const;
    bool validPassword(const Json &password) const;
    HttpResponse jsonRpcError(const Json &id, const Json &errorData) const;
    // JSON-2 error: serialize_exception() as the body, the status from the exception unless given.
    HttpResponse json2Error(const class OdooError &error, int status = 0) const;
    Json serializeError(const class OdooError &error) const;
    int costMs(const HttpRequest &request) const;

    OdooVersion m_version;
    Credentials m_credentials;
    std::unique_ptr<OdooModels> m_models;
    std::unique_ptr<OdooDatabase> m_database;
    std::unique_ptr<OdooRules> m_rules;
    std::unique_ptr<OdooWorkflows> m_workflows;
    std::unique_ptr<OdooAccounting> m_accounting;
    std::unique_ptr<OdooDispatcher> m_dispatcher;
    int m_deprecatedCalls = 0;
};

} // namespace Quayside::Sandbox
