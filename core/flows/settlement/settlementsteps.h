#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/connectors/shopify/shopifyclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/schedule.h"
#include "core/flows/settlement/settlementsettings.h"

#include <functional>
#include <memory>

namespace Quayside {

// poll_payouts: the shop's paid payouts issued since (the newest seen − lookback), a page a job. Each
// payout is an event (topic payouts/paid, version its status), so it is read once whatever the overlap,
// and starts a read_payout. The first page also hands every payout still open (waiting, or unmatched within
// the waiting period) to match_payout again: an invoice posted or a credit note made since may match it.
class PollPayoutsStep final : public StepHandler
{
public:
    PollPayoutsStep(Connectors::ShopifyClient *client,
        SettlementSettings settings,
        StepEnvironment env,
        std::function<FlowSchedule()> schedule);
    void run(const JobRecord &job, StepCallback done) override;

private:
    QList<NewJob> rematches(qint64 nowMs) const;

    Connectors::ShopifyClient *m_client; // shared by the lane's steps
    SettlementSettings m_settings;
    StepEnvironment m_env;
    std::function<FlowSchedule()> m_schedule;
};

// read_payout: a payout's balance transactions, 50 a page, the next page as a follow-up carrying what was
// read. The last page checks that the transactions add up to the payout (else the payout is a business
// exception at once: nothing can be matched against a wrong list), stores them as flow state "payout" and
// hands over to match_payout.
class ReadPayoutStep final : public StepHandler
{
public:
    explicit ReadPayoutStep(Connectors::ShopifyClient *client);
    void run(const JobRecord &job, StepCallback done) override;

private:
    Connectors::ShopifyClient *m_client;
};

// match_payout: the payout's transactions against the posted invoices and credit notes of their orders'
// sale orders (PayoutMatcher). Records the figures on the payout's state and each item left unmatched as
// "settlement_item" (resolved when a later run matches it). It changes nothing in Odoo.
class MatchPayoutStep final : public StepHandler
{
public:
    MatchPayoutStep(Connectors::OdooClient *client, SettlementSettings settings, StepEnvironment env);
    void run(const JobRecord &job, StepCallback done) override;

private:
    Connectors::OdooClient *m_client;
    SettlementSettings m_settings;
    StepEnvironment m_env;
};

} // namespace Quayside
