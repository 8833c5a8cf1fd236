#pragma once

#include "sandbox/odoo/odootypes.h"

#include <vector>

namespace Quayside::Sandbox {

class OdooDatabase;
class OdooMethodTable;
class OdooRules;
struct OdooCall;

// Sales and stock workflows (odoo.md §3.4-3.6, §3.9): order confirmation with delivery pickings and
// reservation, cancellation and its wizard, locking, button_validate with the backorder and SMS wizards,
// inventory application, shipping lines, returns of done deliveries (stock.return.picking).
class OdooWorkflows
{
public:
    OdooWorkflows(OdooDatabase &database, OdooRules &rules, OdooVersion version);

    void registerMethods(OdooMethodTable &table);

    Json confirmOrders(const std::vector<int> &ids);
    Json cancelOrders(const std::vector<int> &ids, const Json &context);
    Json validatePickings(const std::vector<int> &ids, const Json &context);
    // Reserves what the source location can give; updates move and picking states.
    void reserve(int pickingId);
    // stock.return.picking: create_returns (17) / action_create_returns(_all) (18+). Returns the new picking's action.
    Json createReturns(const std::vector<int> &wizardIds, bool all);

private:
    void createDelivery(int orderId);
    // Reserves up to `wanted` more from the quants under the move's source location; returns what it got.
    double takeReservation(int moveId, double wanted);
    void unreserve(int moveId, double quantity);
    void finishPicking(int pickingId, bool createBackorder);
    void updatePickingState(int pickingId);
    void cancelPicking(int pickingId);
    Json writeMoves(const OdooCall &call);
    Json createQuant(const OdooCall &call);
    Json applyInventory(const std::vector<int> &ids);
    Json confirmCarrier(const std::vector<int> &ids);
    Json backorderWizard(const OdooCall &call, bool createBackorder);
    Json smsWizard(const OdooCall &call, bool send);

    OdooDatabase &m_database;
    OdooRules &m_rules;
    OdooVersion m_version;
};

} // namespace Quayside::Sandbox
