#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/engine/stephandler.h"
#include "core/flows/flowmapping.h"
#include "core/flows/fulfilment/routeorderstep.h"

#include <memory>

namespace Quayside {

// apply_shipment (lane odoo): moves the canonical shipment state (flow state "shipment", key = the 3PL's
// shipment id) through ShipmentStateMachine, so a late or repeated report changes nothing. Once the shipment
// has shipped, validates the Odoo delivery of the sale order with the shipped quantities and the tracking
// reference, driving button_validate's wizards to the end (SMS skipped, backorder created for a split
// shipment), then hands on to fulfill_in_shopify. The tracking reference is written on the picking before it
// is validated, so a re-run recognises its own picking and never validates a second one for the same
// shipment.
// Further values for the delivery (a custom x_ field, a note...) come from the published
// odoo/stock.picking/outbound mapping applied to the job's payload once the shipment has shipped, and are
// written with the tracking reference; a mapping error is a validation exception naming the order, and the
// job records the version. carrier_tracking_ref stays in code (MappingCatalog reserves it).
class ApplyShipmentStep final : public StepHandler
{
public:
    ApplyShipmentStep(Connectors::OdooClient *client, StateReader readState, MappingSource mappings = {});
    void run(const JobRecord &job, StepCallback done) override;

private:
    struct Run;
    void findSaleOrder(std::shared_ptr<Run> run);
    void findPicking(std::shared_ptr<Run> run);
    void readMoves(std::shared_ptr<Run> run);
    void setQuantities(std::shared_ptr<Run> run, QList<QPair<int, double>> moves);
    void validate(std::shared_ptr<Run> run);
    void followWizard(std::shared_ptr<Run> run, const QJsonValue &answer, int round);
    void checkDone(std::shared_ptr<Run> run);
    void finish(std::shared_ptr<Run> run);

    Connectors::OdooClient *m_client; // the lane's, shared by all its steps
    StateReader m_readState;
    MappingSource m_mappings;
};

} // namespace Quayside
