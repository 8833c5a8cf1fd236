#pragma once

#include "core/store/database.h"

#include <QStringList>

#include <optional>

namespace Quayside {

// Whose data to forget: Shopify's customers/redact names the customer and the orders to redact; an
// operator names an e-mail address.
struct CustomerErasure
{
    QString email;
    QString shopifyCustomerId; // numeric; empty when unknown
    QStringList orderIds; // Shopify order ids (numeric or gid)
    QString actor; // "Shopify customers/redact" or the operator
    QString reason;
    // Shopify's shop/redact (48 hours after the shop uninstalled the app): every order's customer data,
    // whoever the customer; `shop` names the shop in the audit entry.
    bool wholeShop = false;
    QString shop;
};

struct ErasureResult
{
    int orders = 0;
    int jobs = 0; // payloads that held the customer's details
    int events = 0;
    int skipped = 0; // exceptions of those orders taken out of the queue: their data is gone
};

// Removes one customer's personal data (names, e-mails, phones, addresses) from the store: the payloads
// of every job and event of their orders, found by e-mail and by the order ids given, and the e-mails in
// those jobs' attempt messages. Each order keeps its name, ids and amounts, so the trace and the links
// to Odoo and ShipBob stay whole. Their exceptions are skipped (audited): replaying an order whose
// customer is gone would book it without one. The audit entry names the Shopify customer id, never the
// e-mail. Ready and running jobs keep their data until they finish; the retention purge takes it then.
class CustomerEraser
{
public:
    CustomerEraser(QString connectionName, Dialect dialect);

    std::optional<StoreError> erase(const CustomerErasure &who, ErasureResult *result = nullptr);

private:
    QString m_connectionName;
    Dialect m_dialect;
};

} // namespace Quayside
