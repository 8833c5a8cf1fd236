#pragma once

#include "sandbox/odoo/odootypes.h"

#include <string>
#include <vector>

namespace Quayside::Sandbox {

class OdooDatabase;
class OdooMethodTable;
struct OdooCall;

// Invoicing (odoo.md §3.7-3.8): sale.advance.payment.inv, account.move posting, account.payment.register
// and account.move.reversal (credit notes).
class OdooAccounting
{
public:
    OdooAccounting(OdooDatabase &database, OdooVersion version);

    void registerMethods(OdooMethodTable &table);

    Json createInvoices(const std::vector<int> &wizardIds);
    Json post(const std::vector<int> &moveIds);
    Json registerPayments(const std::vector<int> &wizardIds);
    // mode: "refund" (refund_moves / reverse_moves) or "modify" (reverse, post, new draft copy).
    Json reverse(const std::vector<int> &wizardIds, const std::string &mode);

private:
    int copyMove(int moveId, const Json &overrides);
    void reconcile(int invoiceId, double amount);

    OdooDatabase &m_database;
    OdooVersion m_version;
};

} // namespace Quayside::Sandbox
