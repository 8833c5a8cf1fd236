#include "sandbox/shipbob/shipbobstate.h"

#include <QDateTime>

namespace Quayside::Sandbox {

namespace {
// Timeline log types, as the shipment timeline reports them.
enum LogType {
    LogPlaced = 1,
    LogPicked = 2,
    LogPacked = 3,
    LogLabeled = 4,
    LogInTransit = 5,
    LogDelivered = 6,
    LogOnHold = 7,
    LogException = 8,
    LogCancelled = 9,
    LogReleased = 10,
};

bool hasLeftTheBuilding(ShipBobStage stage)
{
    return stage == ShipBobStage::Labeled || stage == ShipBobStage::InTransit || stage == ShipBobStage::Delivered;
}
} // namespace

QString toApiStatus(ShipBobStage stage)
{
    switch (stage) {
    case ShipBobStage::Processing:
    case ShipBobStage::Picked:
    case ShipBobStage::Packed:
        return QStringLiteral("Processing");
    case ShipBobStage::Labeled:
        return QStringLiteral("LabeledCreated");
    case ShipBobStage::InTransit:
    case ShipBobStage::Delivered:
        return QStringLiteral("Completed");
    case ShipBobStage::OnHold:
        return QStringLiteral("OnHold");
    case ShipBobStage::Exception:
        return QStringLiteral("Exception");
    case ShipBobStage::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("None");
}

QString toApiStatus(ShipBobReturnStage stage)
{
    switch (stage) {
    case ShipBobReturnStage::AwaitingArrival:
        return QStringLiteral("Awaiting Arrival");
    case ShipBobReturnStage::Arrived:
        return QStringLiteral("Arrived");
    case ShipBobReturnStage::Processing:
        return QStringLiteral("Processing");
    case ShipBobReturnStage::Completed:
        return QStringLiteral("Completed");
    case ShipBobReturnStage::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QString();
}

ShipBobState::ShipBobState(const World &world, quint64 seed)
    : m_world(world)
    , m_random(seed ^ 0x5B0B5B0BULL)
    , m_nowMs(QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch())
{
    int fcIndex = -1;
    for (int l = 0; l < world.locations().size(); ++l)
        if (world.locations().at(l).shipbobFulfillmentCenterId != 0) {
            fcIndex = l;
            break;
        }
    if (fcIndex >= 0) {
        m_fc = world.locations().at(fcIndex);
        m_fcId = m_fc.shipbobFulfillmentCenterId;
        m_fcName = m_fc.address.city + QStringLiteral(" (") + m_fc.address.province + QLatin1Char(')');
    }
    m_inventory.seed(world, fcIndex);
    m_nextOrderId = 310000 + int(seed % 1000) * 100;
    m_nextShipmentId = 520000 + int(seed % 1000) * 100;
    m_nextReturnId = 41000 + int(seed % 1000) * 10;
}

QList<ShipBobEvent> ShipBobState::takeEvents()
{
    QList<ShipBobEvent> events;
    events.swap(m_events);
    return events;
}

void ShipBobState::emitEvent(const QByteArray &topic, int shipmentId, int returnId)
{
    m_events << ShipBobEvent { topic, shipmentId, returnId };
}

void ShipBobState::advance(qint64 ms)
{
    const qint64 target = m_nowMs + std::max<qint64>(0, ms);
    for (;;) {
        // The earliest due step, shipments before returns at the same instant, lower ids first.
        qint64 due = target + 1;
        ShipBobShipment *nextShipment = nullptr;
        ShipBobReturn *nextReturn = nullptr;
        for (auto &s : m_shipments)
            if (s.nextStepAtMs > 0 && s.nextStepAtMs < due) {
                due = s.nextStepAtMs;
                nextShipment = &s;
            }
        for (auto &r : m_returns)
            if (r.nextStepAtMs > 0 && r.nextStepAtMs < due) {
                due = r.nextStepAtMs;
                nextReturn = &r;
                nextShipment = nullptr;
            }
        ShipBobSimulation *nextSimulation = nullptr;
        for (auto &sim : m_simulations)
            if (sim.current < sim.steps.size() && sim.steps.at(sim.current).scheduleMs < due) {
                due = sim.steps.at(sim.current).scheduleMs;
                nextSimulation = &sim;
                nextShipment = nullptr;
                nextReturn = nullptr;
            }
        if (!nextShipment && !nextReturn && !nextSimulation)
            break;
        m_nowMs = std::max(m_nowMs, due);
        if (nextShipment)
            step(*nextShipment);
        else if (nextReturn)
            step(*nextReturn);
        else
            step(*nextSimulation);
    }
    m_nowMs = target;
}

qint64 ShipBobState::delayAfter(ShipBobStage stage) const
{
    switch (stage) {
    case ShipBobStage::Processing:
        return m_plan.pickMs;
    case ShipBobStage::Picked:
        return m_plan.packMs;
    case ShipBobStage::Packed:
        return m_plan.labelMs;
    case ShipBobStage::Labeled:
        return m_plan.inTransitMs;
    case ShipBobStage::InTransit:
        return m_plan.deliverMs;
    default:
        return 0;
    }
}

void ShipBobState::setStage(ShipBobShipment &shipment, ShipBobStage stage, qint64 nextInMs)
{
    shipment.stage = stage;
    shipment.lastUpdateMs = m_nowMs;
    shipment.nextStepAtMs = nextInMs > 0 ? m_nowMs + nextInMs : 0;
}

void ShipBobState::log(ShipBobShipment &shipment, int typeId, const QString &name, const QString &text)
{
    shipment.logs << ShipBobLogEntry { typeId, name, text, m_nowMs };
}

void ShipBobState::track(ShipBobShipment &shipment, const QString &status, const QString &message)
{
    shipment.tracking << ShipBobTrackingEvent { status, message, m_nowMs };
    shipment.lastTrackingUpdateMs = m_nowMs;
}

void ShipBobState::step(ShipBobShipment &s)
{
    switch (s.stage) {
    case ShipBobStage::Processing:
        setStage(s, ShipBobStage::Picked, m_plan.packMs);
        log(s, LogPicked, QStringLiteral("Picked"), QStringLiteral("Items picked"));
        break;
    case ShipBobStage::Picked:
        setStage(s, ShipBobStage::Packed, m_plan.labelMs);
        log(s, LogPacked, QStringLiteral("Packed"), QStringLiteral("Items packed"));
        break;
    case ShipBobStage::Packed:
        assignTracking(s);
        shipStock(s);
        s.labeledMs = m_nowMs;
        setStage(s, ShipBobStage::Labeled, m_plan.inTransitMs);
        log(s, LogLabeled, QStringLiteral("LabelGenerated"), QStringLiteral("Shipping label generated"));
        track(s, QStringLiteral("PreTransit"), QStringLiteral("Shipping label created"));
        emitEvent("order.shipped", s.id);
        break;
    case ShipBobStage::Labeled:
        setStage(s, ShipBobStage::InTransit, m_plan.deliverMs);
        log(s, LogInTransit, QStringLiteral("InTransit"), QStringLiteral("Picked up by carrier"));
        track(s, QStringLiteral("InTransit"), QStringLiteral("Accepted at carrier facility"));
        break;
    case ShipBobStage::InTransit:
        if (s.failNextDelivery) {
            s.failNextDelivery = false;
            s.lastUpdateMs = m_nowMs;
            s.nextStepAtMs = m_nowMs + m_plan.deliverMs; // the carrier tries again
            track(s, QStringLiteral("DeliveryException"), QStringLiteral("Delivery attempted, recipient unavailable"));
            emitEvent("order.shipment.exception", s.id);
            break;
        }
        s.deliveredMs = m_nowMs;
        setStage(s, ShipBobStage::Delivered, 0);
        log(s, LogDelivered, QStringLiteral("Delivered"), QStringLiteral("Delivered to recipient"));
        track(s, QStringLiteral("Delivered"), QStringLiteral("Delivered"));
        emitEvent("order.shipment.delivered", s.id);
        break;
    default:
        s.nextStepAtMs = 0;
        break;
    }
}

void ShipBobState::step(ShipBobReturn &r)
{
    auto move = [&](ShipBobReturnStage stage, qint64 nextInMs) {
        r.stage = stage;
        r.history << qMakePair(stage, m_nowMs);
        r.nextStepAtMs = nextInMs > 0 ? m_nowMs + nextInMs : 0;
    };
    switch (r.stage) {
    case ShipBobReturnStage::AwaitingArrival:
        move(ShipBobReturnStage::Arrived, m_plan.returnProcessMs);
        emitEvent("return.updated", 0, r.id);
        break;
    case ShipBobReturnStage::Arrived:
        move(ShipBobReturnStage::Processing, m_plan.returnCompleteMs);
        emitEvent("return.updated", 0, r.id);
        break;
    case ShipBobReturnStage::Processing:
        move(ShipBobReturnStage::Completed, 0);
        for (const auto &line : r.lines)
            if (line.action == QStringLiteral("Default") || line.action == QStringLiteral("Restock"))
                m_inventory.restock(line.inventoryId, line.quantity);
        emitEvent("return.completed", 0, r.id);
        break;
    default:
        r.nextStepAtMs = 0;
        break;
    }
}

void ShipBobState::assignTracking(ShipBobShipment &s)
{
    const auto &carriers = m_world.carriers();
    const WorldCarrier carrier = carriers.isEmpty() ? WorldCarrier { QStringLiteral("USPS"), QStringLiteral("usps") }
                                                    : carriers.at(m_random.bounded(0, int(carriers.size())));
    QString number;
    auto digits = [&](int n) {
        QString out;
        for (int i = 0; i < n; ++i)
            out += QChar(u'0' + m_random.bounded(0, 10));
        return out;
    };
    if (carrier.code == QStringLiteral("ups")) {
        number = QStringLiteral("1Z") + digits(16);
        s.carrierService = QStringLiteral("UPS Ground");
        s.trackingUrl = QStringLiteral("https://www.ups.com/track?tracknum=") + number;
    } else if (carrier.code == QStringLiteral("fedex")) {
        number = digits(12);
        s.carrierService = QStringLiteral("FedEx Ground");
        s.trackingUrl = QStringLiteral("https://www.fedex.com/fedextrack/?trknbr=") + number;
    } else {
        number = QStringLiteral("9400") + digits(18);
        s.carrierService = QStringLiteral("USPS Ground Advantage");
        s.trackingUrl = QStringLiteral("https://tools.usps.com/go/TrackConfirmAction?tLabels=") + number;
    }
    s.carrier = carrier.name;
    s.trackingNumber = number;
}

bool ShipBobState::commit(ShipBobShipment &s)
{
    // All or nothing: a shipment waits in exception until every line can be allocated.
    s.committed = m_inventory.commit(s.lines);
    return s.committed;
}

void ShipBobState::release(ShipBobShipment &s)
{
    if (s.committed)
        m_inventory.release(s.lines);
    s.committed = false;
}

void ShipBobState::shipStock(ShipBobShipment &s)
{
    m_inventory.ship(s.lines, s.committed);
    s.committed = false;
}

int ShipBobState::createOrder(ShipBobOrder order, ShipBobModelErrors &errors)
{
    for (int i = 0; i < order.lines.size(); ++i) {
        auto &line = order.lines[i];
        const std::string key = "products[" + std::to_string(i) + "]";
        const ShipBobInventoryItem *item = nullptr;
        if (line.productId > 0) {
            item = m_inventory.byProductId(line.productId);
            if (!item) {
                errors[key + ".id"].push_back("Product with id " + std::to_string(line.productId) + " does not exist");
                continue;
            }
        } else {
            item = m_inventory.bySku(line.referenceId);
            if (!item) {
                // ShipBob creates a product for an unknown reference id (the seller SKU); it has no stock yet.
                item = &m_inventory.addProduct(line.referenceId, line.name, line.gtin.isEmpty() ? line.upc : line.gtin);
            }
        }
        line.productId = item->productId;
        line.inventoryId = item->inventoryId;
        if (line.referenceId.isEmpty())
            line.referenceId = item->sku;
        if (line.sku.isEmpty())
            line.sku = item->sku;
        if (line.name.isEmpty())
            line.name = item->name;
    }
    if (!errors.empty())
        return 0;

    order.id = m_nextOrderId++;
    order.createdMs = m_nowMs;
    order.lastUpdateMs = m_nowMs;
    if (order.orderNumber.isEmpty())
        order.orderNumber = order.referenceId;

    ShipBobShipment s;
    s.id = m_nextShipmentId++;
    s.orderId = order.id;
    s.referenceId = order.referenceId;
    s.createdMs = m_nowMs;
    s.lastUpdateMs = m_nowMs;
    s.shipOption = order.shippingMethod;
    s.lines = order.lines;
    log(s, LogPlaced, QStringLiteral("OrderPlaced"), QStringLiteral("Order placed via API"));
    order.shipmentIds << s.id;

    const auto address = order.recipient.value("address", nlohmann::json::object());
    const bool usWithoutZip = address.value("country", std::string()) == "US"
        && (!address.contains("zip_code") || !address["zip_code"].is_string()
            || address["zip_code"].get<std::string>().empty());
    if (usWithoutZip) {
        s.statusDetail = QStringLiteral("Invalid Address");
        s.stageBeforeHold = ShipBobStage::Processing;
        setStage(s, ShipBobStage::OnHold, 0);
        log(s, LogOnHold, QStringLiteral("OnHold"), QStringLiteral("Address could not be validated"));
        emitEvent("order.shipment.on_hold", s.id);
    } else if (!commit(s)) {
        s.statusDetail = QStringLiteral("Out of Stock");
        setStage(s, ShipBobStage::Exception, 0);
        log(s, LogException, QStringLiteral("Exception"), QStringLiteral("Inventory is not available"));
        emitEvent("order.shipment.exception", s.id);
    } else {
        setStage(s, ShipBobStage::Processing, m_plan.pickMs);
    }
    m_shipments.insert(s.id, s);
    m_orders.insert(order.id, order);
    m_orderByReference.insert(qMakePair(order.channelId, order.referenceId), order.id);
    return order.id;
}

const ShipBobOrder *ShipBobState::order(int orderId) const
{
    const auto it = m_orders.constFind(orderId);
    return it == m_orders.cend() ? nullptr : &*it;
}

const ShipBobOrder *ShipBobState::orderByReference(int channelId, const QString &referenceId) const
{
    const auto it = m_orderByReference.constFind(qMakePair(channelId, referenceId));
    return it == m_orderByReference.cend() ? nullptr : order(*it);
}

QList<const ShipBobOrder *> ShipBobState::orders() const
{
    QList<const ShipBobOrder *> out;
    for (const auto &o : m_orders)
        out << &o;
    return out;
}

QString ShipBobState::orderStatus(const ShipBobOrder &order) const
{
    int cancelled = 0;
    int shipped = 0;
    int troubled = 0;
    for (int id : order.shipmentIds) {
        const auto *s = shipment(id);
        if (!s)
            continue;
        cancelled += s->stage == ShipBobStage::Cancelled;
        shipped += hasLeftTheBuilding(s->stage);
        troubled += s->stage == ShipBobStage::OnHold || s->stage == ShipBobStage::Exception;
    }
    const int total = int(order.shipmentIds.size());
    if (total > 0 && cancelled == total)
        return QStringLiteral("Cancelled");
    if (shipped > 0 && shipped == total - cancelled)
        return QStringLiteral("Fulfilled");
    if (shipped > 0)
        return QStringLiteral("PartiallyFulfilled");
    if (troubled > 0)
        return QStringLiteral("Exception");
    return QStringLiteral("Processing");
}

qint64 ShipBobState::orderLastUpdate(const ShipBobOrder &order) const
{
    qint64 last = order.lastUpdateMs;
    for (int id : order.shipmentIds)
        if (const auto *s = shipment(id))
            last = std::max(last, s->lastUpdateMs);
    return last;
}

const ShipBobShipment *ShipBobState::shipment(int shipmentId) const
{
    const auto it = m_shipments.constFind(shipmentId);
    return it == m_shipments.cend() ? nullptr : &*it;
}

ShipBobShipment *ShipBobState::mutableShipment(int shipmentId)
{
    const auto it = m_shipments.find(shipmentId);
    return it == m_shipments.end() ? nullptr : &*it;
}

bool ShipBobState::cancelShipment(int shipmentId, QString *reason)
{
    auto *s = mutableShipment(shipmentId);
    if (!s) {
        if (reason)
            *reason = QStringLiteral("Shipment not found");
        return false;
    }
    if (s->stage == ShipBobStage::Cancelled) {
        if (reason)
            *reason = QStringLiteral("Shipment is already cancelled");
        return false;
    }
    if (hasLeftTheBuilding(s->stage)) {
        if (reason)
            *reason = QStringLiteral("Shipment has already been shipped and cannot be cancelled");
        return false;
    }
    release(*s);
    setStage(*s, ShipBobStage::Cancelled, 0);
    log(*s, LogCancelled, QStringLiteral("Cancelled"), QStringLiteral("Shipment cancelled"));
    emitEvent("order.shipment.cancelled", s->id);
    if (reason)
        *reason = QStringLiteral("Shipment cancelled");
    return true;
}

bool ShipBobState::holdShipment(int shipmentId, const QString &detail)
{
    auto *s = mutableShipment(shipmentId);
    if (!s
        || (s->stage != ShipBobStage::Processing && s->stage != ShipBobStage::Picked
            && s->stage != ShipBobStage::Packed))
        return false;
    s->stageBeforeHold = s->stage;
    s->statusDetail = detail;
    setStage(*s, ShipBobStage::OnHold, 0);
    log(*s, LogOnHold, QStringLiteral("OnHold"), detail);
    emitEvent("order.shipment.on_hold", s->id);
    return true;
}

bool ShipBobState::releaseShipment(int shipmentId)
{
    auto *s = mutableShipment(shipmentId);
    if (!s || (s->stage != ShipBobStage::OnHold && s->stage != ShipBobStage::Exception))
        return false;
    if (!s->committed && !commit(*s))
        return false;
    const ShipBobStage resume = s->stage == ShipBobStage::OnHold ? s->stageBeforeHold : ShipBobStage::Processing;
    s->statusDetail.clear();
    setStage(*s, resume, delayAfter(resume));
    log(*s, LogReleased, QStringLiteral("Released"), QStringLiteral("Shipment released for fulfillment"));
    return true;
}

bool ShipBobState::failNextDelivery(int shipmentId)
{
    auto *s = mutableShipment(shipmentId);
    if (!s || s->stage == ShipBobStage::Delivered || s->stage == ShipBobStage::Cancelled)
        return false;
    s->failNextDelivery = true;
    return true;
}

int ShipBobState::splitShipment(int shipmentId, const QList<QPair<QString, int>> &moveOut, QString *reason)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return 0;
    };
    auto *s = mutableShipment(shipmentId);
    if (!s)
        return fail(QStringLiteral("Shipment not found"));
    if (hasLeftTheBuilding(s->stage) || s->stage == ShipBobStage::Cancelled)
        return fail(QStringLiteral("Shipment has already been shipped or cancelled and cannot be split"));
    QList<ShipBobLine> kept = s->lines;
    QList<ShipBobLine> moved;
    for (const auto &[sku, quantity] : moveOut) {
        const QString wanted = sku; // clang before 16 cannot capture a structured binding
        auto it = std::find_if(kept.begin(), kept.end(), [&](const ShipBobLine &l) { return l.sku == wanted; });
        if (quantity <= 0 || it == kept.end() || it->quantity < quantity)
            return fail(QStringLiteral("Shipment has no %1 x %2 to split off").arg(quantity).arg(sku));
        ShipBobLine part = *it;
        part.quantity = quantity;
        moved << part;
        it->quantity -= quantity;
        if (it->quantity == 0)
            kept.erase(it);
    }
    if (kept.isEmpty() || moved.isEmpty())
        return fail(QStringLiteral("A split must leave items in both shipments"));
    const bool wasCommitted = s->committed;
    release(*s);
    s->lines = kept;
    if (wasCommitted)
        commit(*s);
    log(*s, LogPlaced, QStringLiteral("ShipmentSplit"), QStringLiteral("Shipment split"));
    s->lastUpdateMs = m_nowMs;

    ShipBobShipment part;
    part.id = m_nextShipmentId++;
    part.orderId = s->orderId;
    part.referenceId = s->referenceId;
    part.createdMs = m_nowMs;
    part.shipOption = s->shipOption;
    part.lines = moved;
    log(part, LogPlaced, QStringLiteral("OrderPlaced"), QStringLiteral("Shipment split from %1").arg(s->id));
    if (commit(part)) {
        setStage(part, ShipBobStage::Processing, m_plan.pickMs);
    } else {
        part.statusDetail = QStringLiteral("Out of Stock");
        setStage(part, ShipBobStage::Exception, 0);
        log(part, LogException, QStringLiteral("Exception"), QStringLiteral("Inventory is not available"));
        emitEvent("order.shipment.exception", part.id);
    }
    const int id = part.id;
    m_shipments.insert(id, part);
    m_orders[part.orderId].shipmentIds << id;
    m_orders[part.orderId].lastUpdateMs = m_nowMs;
    return id;
}

bool ShipBobState::setTrackingUploaded(int shipmentId, bool uploaded)
{
    auto *s = mutableShipment(shipmentId);
    if (!s)
        return false;
    s->trackingUploaded = uploaded;
    s->lastUpdateMs = m_nowMs;
    return true;
}

int ShipBobState::createReturn(ShipBobReturn ret, QString &error)
{
    for (const auto &r : m_returns)
        if (r.channelId == ret.channelId && r.referenceId == ret.referenceId) {
            error = QStringLiteral("A return with reference id '%1' already exists").arg(ret.referenceId);
            return 0;
        }
    if (ret.fulfillmentCenterId != m_fcId) {
        error = QStringLiteral("Fulfillment center %1 is not available").arg(ret.fulfillmentCenterId);
        return 0;
    }
    if (ret.originalShipmentId && !shipment(*ret.originalShipmentId)) {
        error = QStringLiteral("Original shipment %1 was not found").arg(*ret.originalShipmentId);
        return 0;
    }
    for (auto &line : ret.lines) {
        const auto *item = inventoryById(line.inventoryId);
        if (!item) {
            error = QStringLiteral("Inventory item %1 was not found").arg(line.inventoryId);
            return 0;
        }
        line.sku = item->sku;
        line.name = item->name;
    }
    ret.id = m_nextReturnId++;
    ret.insertMs = m_nowMs;
    ret.stage = ShipBobReturnStage::AwaitingArrival;
    ret.history << qMakePair(ShipBobReturnStage::AwaitingArrival, m_nowMs);
    ret.nextStepAtMs = m_nowMs + m_plan.returnArriveMs;
    m_returns.insert(ret.id, ret);
    emitEvent("return.created", 0, ret.id);
    return ret.id;
}

QString ShipBobState::simulate(int shipmentId, QList<ShipBobSimulationStep> steps, QString &error)
{
    const auto *s = shipment(shipmentId);
    if (!s) {
        error = QStringLiteral("Shipment %1 was not found").arg(shipmentId);
        return QString();
    }
    if (s->stage == ShipBobStage::OnHold || s->stage == ShipBobStage::Exception
        || s->stage == ShipBobStage::Cancelled) {
        error = QStringLiteral("Shipment %1 is %2 and cannot be simulated").arg(shipmentId).arg(toApiStatus(s->stage));
        return QString();
    }
    ShipBobSimulation sim;
    sim.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(m_simulations.size() + 1, 12, 10, QLatin1Char('0'));
    sim.shipmentId = shipmentId;
    sim.steps = std::move(steps);
    sim.steps[0].scheduleMs = m_nowMs + sim.steps[0].delayMinutes * 60000LL;
    const QString id = sim.id;
    auto &stored = *m_simulations.insert(id, sim);
    if (stored.steps[0].delayMinutes == 0)
        step(stored);
    return id;
}

const ShipBobSimulation *ShipBobState::simulation(const QString &id) const
{
    const auto it = m_simulations.constFind(id);
    return it == m_simulations.cend() ? nullptr : &*it;
}

void ShipBobState::step(ShipBobSimulation &sim)
{
    while (sim.current < sim.steps.size()) {
        auto &current = sim.steps[sim.current];
        auto *s = mutableShipment(sim.shipmentId);
        const bool ship = current.action == QStringLiteral("ShipOrder");
        const ShipBobStage goal = ship ? ShipBobStage::Labeled : ShipBobStage::Delivered;
        const bool before = s
            && (ship ? (s->stage == ShipBobStage::Processing || s->stage == ShipBobStage::Picked
                    || s->stage == ShipBobStage::Packed)
                     : (s->stage == ShipBobStage::Labeled || s->stage == ShipBobStage::InTransit));
        const bool already = s && (s->stage == goal || (ship && hasLeftTheBuilding(s->stage)));
        if (before) {
            s->failNextDelivery = false;
            while (s->stage != goal)
                step(*s); // through every stage in between, with its log entries and webhooks
            current.status = QStringLiteral("Success");
            current.message
                = ship ? QStringLiteral("Shipment marked as shipped") : QStringLiteral("Shipment marked as delivered");
        } else if (already) {
            current.status = QStringLiteral("Skipped");
            current.message = QStringLiteral("Shipment is already %1")
                                  .arg(ship ? QStringLiteral("shipped") : QStringLiteral("delivered"));
        } else {
            current.status = QStringLiteral("Failed");
            current.message = QStringLiteral("Shipment is not in a state this action applies to");
            for (int i = sim.current + 1; i < sim.steps.size(); ++i)
                sim.steps[i].status = QStringLiteral("Skipped");
            sim.current = int(sim.steps.size());
            return;
        }
        ++sim.current;
        if (sim.current >= sim.steps.size())
            return;
        auto &next = sim.steps[sim.current];
        next.scheduleMs = m_nowMs + next.delayMinutes * 60000LL;
        if (next.delayMinutes > 0)
            return; // runs when the clock gets there
    }
}

const ShipBobReturn *ShipBobState::returnOrder(int returnId) const
{
    const auto it = m_returns.constFind(returnId);
    return it == m_returns.cend() ? nullptr : &*it;
}

QList<const ShipBobReturn *> ShipBobState::returns() const
{
    QList<const ShipBobReturn *> out;
    for (const auto &r : m_returns)
        out << &r;
    return out;
}

bool ShipBobState::cancelReturn(int returnId)
{
    const auto it = m_returns.find(returnId);
    if (it == m_returns.end() || it->stage != ShipBobReturnStage::AwaitingArrival)
        return false;
    it->stage = ShipBobReturnStage::Cancelled;
    it->history << qMakePair(ShipBobReturnStage::Cancelled, m_nowMs);
    it->nextStepAtMs = 0;
    emitEvent("return.updated", 0, it->id);
    return true;
}

} // namespace Quayside::Sandbox
