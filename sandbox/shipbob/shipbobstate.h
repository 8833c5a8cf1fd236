#pragma once

#include "sandbox/common/world.h"
#include "sandbox/shipbob/shipbobinventory.h"
#include "sandbox/shipbob/shipbobtypes.h"

#include <QHash>
#include <QMap>

#include <map>
#include <string>
#include <vector>

namespace Quayside::Sandbox {

// Field -> messages, the ASP.NET ModelState shape ShipBob's order endpoints answer 400/422 with.
using ShipBobModelErrors = std::map<std::string, std::vector<std::string>>;

// ShipBob's side of the world, without HTTP: the merchant's inventory at its fulfilment centre, orders and
// their shipments, returns, and a simulated clock that moves shipments and returns forward.
class ShipBobState
{
public:
    ShipBobState(const World &world, quint64 seed);

    qint64 now() const { return m_nowMs; }
    // Moves the simulated clock, applying every due step in time order; events go to takeEvents().
    void advance(qint64 ms);
    void setPlan(const ShipBobProgressionPlan &plan) { m_plan = plan; }
    const ShipBobProgressionPlan &plan() const { return m_plan; }
    QList<ShipBobEvent> takeEvents();

    int fulfillmentCenterId() const { return m_fcId; }
    QString fulfillmentCenterName() const { return m_fcName; }
    const WorldLocation &fulfillmentCenter() const { return m_fc; }

    // Inventory at the fulfilment centre.
    const QList<ShipBobInventoryItem> &inventory() const { return m_inventory.items(); }
    const ShipBobInventoryItem *inventoryBySku(const QString &sku) const { return m_inventory.bySku(sku); }
    const ShipBobInventoryItem *inventoryById(int inventoryId) const { return m_inventory.byId(inventoryId); }
    const ShipBobInventoryItem *inventoryByProductId(int productId) const { return m_inventory.byProductId(productId); }
    void adjustOnHand(const QString &sku, int delta) { m_inventory.adjustOnHand(sku, delta); } // drift for demos

    // Orders. createOrder() takes a validated order whose lines name products by reference_id or id;
    // it resolves them (creating unknown reference ids as new products, as ShipBob does), creates the
    // shipment and commits stock. Errors it finds are ShipBob's 422s.
    int createOrder(ShipBobOrder order, ShipBobModelErrors &errors);
    const ShipBobOrder *order(int orderId) const;
    const ShipBobOrder *orderByReference(int channelId, const QString &referenceId) const;
    QList<const ShipBobOrder *> orders() const;
    QString orderStatus(const ShipBobOrder &order) const; // Orders.OrderStatus
    qint64 orderLastUpdate(const ShipBobOrder &order) const;

    const ShipBobShipment *shipment(int shipmentId) const;
    // Cancels if it has not left the building; otherwise returns false with ShipBob's reason.
    bool cancelShipment(int shipmentId, QString *reason = nullptr);
    bool holdShipment(int shipmentId, const QString &detail);
    bool releaseShipment(int shipmentId); // from on hold or exception, if stock allows
    bool failNextDelivery(int shipmentId);
    // Splits a shipment that has not been labelled yet, as ShipBob does when part of an order ships from
    // later stock: the given (sku, quantity) move to a new shipment of the same order, which starts at
    // Processing. Returns the new shipment id, or 0 with ShipBob's reason.
    int splitShipment(int shipmentId, const QList<QPair<QString, int>> &moveOut, QString *reason = nullptr);
    bool setTrackingUploaded(int shipmentId, bool uploaded);

    // Sandbox simulations, as ShipBob's sandbox offers them: each step runs once its delay has passed on the
    // simulated clock (at once without a delay). Returns the simulation id, or an empty string and `error`.
    QString simulate(int shipmentId, QList<ShipBobSimulationStep> steps, QString &error);
    const ShipBobSimulation *simulation(const QString &id) const;

    // Returns. createReturn() takes validated input; 422 reasons go to `error`.
    int createReturn(ShipBobReturn ret, QString &error);
    const ShipBobReturn *returnOrder(int returnId) const;
    QList<const ShipBobReturn *> returns() const;
    bool cancelReturn(int returnId);

private:
    ShipBobShipment *mutableShipment(int shipmentId);
    void step(ShipBobShipment &shipment);
    void step(ShipBobReturn &ret);
    void step(ShipBobSimulation &simulation);
    void runDueSimulations();
    void setStage(ShipBobShipment &shipment, ShipBobStage stage, qint64 nextInMs);
    void log(ShipBobShipment &shipment, int typeId, const QString &name, const QString &text);
    void track(ShipBobShipment &shipment, const QString &status, const QString &message);
    bool commit(ShipBobShipment &shipment);
    void release(ShipBobShipment &shipment);
    void shipStock(ShipBobShipment &shipment);
    void assignTracking(ShipBobShipment &shipment);
    qint64 delayAfter(ShipBobStage stage) const;
    void emitEvent(const QByteArray &topic, int shipmentId, int returnId = 0);

    World m_world;
    SeededRandom m_random;
    ShipBobProgressionPlan m_plan;
    qint64 m_nowMs = 0;
    WorldLocation m_fc;
    int m_fcId = 0;
    QString m_fcName;
    ShipBobInventory m_inventory;
    QMap<int, ShipBobOrder> m_orders;
    QHash<QPair<int, QString>, int> m_orderByReference; // (channel, reference_id) -> order id
    QMap<int, ShipBobShipment> m_shipments;
    QMap<int, ShipBobReturn> m_returns;
    QMap<QString, ShipBobSimulation> m_simulations;
    int m_nextOrderId = 0;
    int m_nextShipmentId = 0;
    int m_nextReturnId = 0;
    QList<ShipBobEvent> m_events;
};

} // namespace Quayside::Sandbox
