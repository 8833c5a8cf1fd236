#include "core/flows/fulfilment/threeplsteps.h"

#include "core/flows/fulfilment/fulfilmentjobs.h"
#include "core/flows/fulfilment/routingrules.h"
#include "core/flows/fulfilment/shipmentstate.h"
#include "core/flows/orders/orderjobs.h"
#include "core/mapping/mappingcatalog.h"
#include "core/mapping/mappingengine.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Quayside {

using Connectors::ProviderResult;

namespace {
StepResult failed(const ProviderResult &r, const QString &name, const QString &what)
{
    ErrorClass c = r.errorClass;
    if (r.ambiguous)
        c = ErrorClass::Transient; // it may have been applied: the retry looks first
    return StepResult::failure(c, QStringLiteral("Order %1: %2: %3").arg(name, what, r.message), r.retryAfterMs);
}
// Done, noting the 3PL's id for the entity in flow state.
StepResult doneRecording(const QString &kind, const QString &key, const QString &field, qint64 id)
{
    StepResult result = StepResult::done();
    result.state << StateWrite { kind, key, QJsonObject { { field, id } } };
    return result;
}
} // namespace

// --- create_3pl_order -------------------------------------------------------------------------------------

Create3plOrderStep::Create3plOrderStep(
    std::unique_ptr<Connectors::FulfilmentProvider> provider, StateReader readState, MappingSource mappings)
    : m_provider(std::move(provider))
    , m_readState(std::move(readState))
    , m_mappings(orShippedDefaults(std::move(mappings)))
{ }

Connectors::ProviderOrderRequest Create3plOrderStep::requestFor(const QJsonObject &order)
{
    Connectors::ProviderOrderRequest request;
    request.referenceId = FulfilmentJobs::numericId(order.value(QStringLiteral("id")).toString());
    for (const auto &l : order.value(QStringLiteral("lineItems")).toObject().value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject line = l.toObject();
        const int quantity
            = line.value(QStringLiteral("currentQuantity")).toInt(line.value(QStringLiteral("quantity")).toInt());
        if (quantity > 0)
            request.lines << Connectors::ProviderLine { line.value(QStringLiteral("sku")).toString(), {}, quantity };
    }
    return request;
}

void Create3plOrderStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject order = QJsonDocument::fromJson(job.payload).object();
    const QString gid = order.value(QStringLiteral("id")).toString();
    const QString name = order.value(QStringLiteral("name")).toString();
    if (gid.isEmpty()) {
        done(StepResult::failure(
            ErrorClass::Validation, QStringLiteral("The job's Shopify order payload is unreadable")));
        return;
    }
    const QJsonObject state = m_readState(FulfilmentJobs::OrderKind, gid);
    if (state.value(QStringLiteral("cancelled")).toBool() || state.contains(QStringLiteral("shipbobOrderId"))) {
        done(StepResult::done());
        return;
    }
    if (const auto pickup = RoutingRules::pickupLocation(order)) {
        done(StepResult::failure(ErrorClass::Business,
            QStringLiteral("Order %1: the buyer collects it at %2; a pickup order is never sent to the 3PL")
                .arg(name, pickup->name)));
        return;
    }
    Connectors::ProviderOrderRequest request = requestFor(order);
    if (request.lines.isEmpty()) {
        done(StepResult::done()); // nothing left to ship (removed or refunded before routing)
        return;
    }
    const auto mapping = applyFlowMapping(m_mappings, Mapping::MappingCatalog::shipBobOrder(), order, name, done);
    if (!mapping)
        return;
    request.fields = mapping->values;
    const auto noAddress = Mapping::MappingEngine::missingRequired(
        request.fields, { QStringLiteral("recipient.address.address1"), QStringLiteral("recipient.address.country") });
    if (!noAddress.isEmpty()) {
        done(StepResult::failure(ErrorClass::Business,
            QStringLiteral("Order %1: the order has no shipping address, so ShipBob cannot ship it").arg(name)));
        return;
    }
    auto record = [gid](qint64 id) {
        return doneRecording(FulfilmentJobs::OrderKind, gid, QStringLiteral("shipbobOrderId"), id);
    };
    auto *provider = m_provider.get();
    provider->createOrder(
        request, [provider, request, name, record, done](ProviderResult r, QList<Connectors::ProviderOrder> created) {
            if (r.ok && !created.isEmpty()) {
                done(record(created.first().id));
                return;
            }
            if (!r.duplicate) {
                done(failed(r, name, QStringLiteral("creating the ShipBob order")));
                return;
            }
            // Already there (an earlier attempt whose answer was lost): find it by reference id.
            provider->ordersByReference(request.referenceId,
                [name, record, done](ProviderResult found, QList<Connectors::ProviderOrder> orders) {
                    if (!found.ok) {
                        done(failed(found, name, QStringLiteral("looking up the existing ShipBob order")));
                        return;
                    }
                    if (orders.isEmpty()) {
                        done(StepResult::failure(ErrorClass::Transient,
                            QStringLiteral(
                                "Order %1: ShipBob reports the order as a duplicate but does not list it yet")
                                .arg(name)));
                        return;
                    }
                    done(record(orders.first().id));
                });
        });
}

// --- cancel_at_3pl ----------------------------------------------------------------------------------------

struct CancelAt3plStep::Run
{
    JobRecord job;
    QString gid;
    QString name;
    StepCallback done;

    StepResult handOn() const
    {
        return StepResult::done({ FulfilmentJobs::jobFor(FulfilmentJobs::CancelSaleOrderStep,
            OrderJobs::OdooLane,
            gid,
            job.correlationId,
            QJsonObject { { QStringLiteral("orderGid"), gid }, { QStringLiteral("name"), name } }) });
    }
};

CancelAt3plStep::CancelAt3plStep(std::unique_ptr<Connectors::FulfilmentProvider> provider)
    : m_provider(std::move(provider))
{ }

void CancelAt3plStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    auto run = std::make_shared<Run>();
    run->job = job;
    run->gid = payload.value(QStringLiteral("orderGid")).toString();
    run->name = payload.value(QStringLiteral("name")).toString();
    run->done = std::move(done);
    if (run->gid.isEmpty()) {
        run->done(StepResult::failure(ErrorClass::Validation, QStringLiteral("The cancellation job names no order")));
        return;
    }
    check(run, false);
}

void CancelAt3plStep::check(std::shared_ptr<Run> run, bool afterCancel)
{
    m_provider->ordersByReference(FulfilmentJobs::numericId(run->gid),
        [this, run, afterCancel](ProviderResult r, QList<Connectors::ProviderOrder> orders) {
            if (!r.ok) {
                run->done(failed(r, run->name, QStringLiteral("looking up the ShipBob order to cancel")));
                return;
            }
            bool open = false;
            for (const auto &order : orders)
                for (const auto &s : order.shipments) {
                    const auto state = shipmentStateFromString(s.state);
                    if (state && ShipmentStateMachine::hasShipped(*state)) {
                        run->done(StepResult::failure(ErrorClass::Business,
                            QStringLiteral("Order %1 was cancelled in Shopify after ShipBob shipped it: shipment %2 is "
                                           "%3 (%4 %5); handle it as a return")
                                .arg(run->name)
                                .arg(s.id)
                                .arg(s.state, s.carrier, s.trackingNumber)));
                        return;
                    }
                    open = open || s.state != QLatin1String("cancelled");
                }
            if (!open) {
                run->done(run->handOn()); // nothing at ShipBob, or all of it cancelled
                return;
            }
            if (afterCancel) {
                run->done(StepResult::failure(ErrorClass::Transient,
                    QStringLiteral("Order %1: ShipBob still shows open shipments after the cancellation")
                        .arg(run->name)));
                return;
            }
            const qint64 orderId = orders.first().id;
            m_provider->cancelOrder(orderId, [this, run](ProviderResult c) {
                if (!c.ok && (c.ambiguous || c.status == 422)) {
                    check(run, true); // see what happened: cancelled meanwhile, or shipped
                    return;
                }
                if (!c.ok) {
                    run->done(failed(c, run->name, QStringLiteral("cancelling the ShipBob order")));
                    return;
                }
                check(run, true);
            });
        });
}

// --- create_3pl_return ------------------------------------------------------------------------------------

Create3plReturnStep::Create3plReturnStep(std::unique_ptr<Connectors::FulfilmentProvider> provider)
    : m_provider(std::move(provider))
{ }

void Create3plReturnStep::run(const JobRecord &job, StepCallback done)
{
    const QJsonObject payload = QJsonDocument::fromJson(job.payload).object();
    const QString name = payload.value(QStringLiteral("name")).toString();
    const QString returnGid = payload.value(QStringLiteral("returnGid")).toString();
    Connectors::ProviderReturnRequest request;
    request.referenceId = FulfilmentJobs::numericId(returnGid);
    for (const auto &l : payload.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = l.toObject();
        if (line.value(QStringLiteral("quantity")).toInt() > 0)
            request.lines << Connectors::ProviderLine {
                line.value(QStringLiteral("sku")).toString(), {}, line.value(QStringLiteral("quantity")).toInt()
            };
    }
    if (returnGid.isEmpty() || request.lines.isEmpty()) {
        done(StepResult::failure(
            ErrorClass::Validation, QStringLiteral("Order %1: the return job names no return or no lines").arg(name)));
        return;
    }
    auto record = [returnGid](qint64 id) {
        return doneRecording(FulfilmentJobs::ReturnKind, returnGid, QStringLiteral("shipbobReturnId"), id);
    };
    // Look first; create only if absent; after a duplicate answer, look again.
    auto *provider = m_provider.get();
    auto find = std::make_shared<std::function<void(bool)>>();
    *find = [provider, request, name, record, done, find](bool thenCreate) {
        provider->returnsByReference(request.referenceId,
            [provider, request, name, record, done, find, thenCreate](
                ProviderResult r, QList<Connectors::ProviderReturn> found) {
                auto again = *find;
                *find = nullptr; // each call below starts from a copy; break the cycle
                if (!r.ok) {
                    done(failed(r, name, QStringLiteral("looking up the ShipBob return")));
                } else if (!found.isEmpty()) {
                    done(record(found.first().id));
                } else if (!thenCreate) {
                    done(StepResult::failure(ErrorClass::Transient,
                        QStringLiteral("Order %1: ShipBob reports the return as a duplicate but does not list it yet")
                            .arg(name)));
                } else {
                    provider->createReturn(
                        request, [name, record, done, again](ProviderResult c, QList<Connectors::ProviderReturn> made) {
                            if (c.ok && !made.isEmpty())
                                done(record(made.first().id));
                            else if (c.duplicate)
                                again(false);
                            else
                                done(failed(c, name, QStringLiteral("creating the ShipBob return")));
                        });
                }
            });
    };
    auto start = *find;
    start(true);
}

} // namespace Quayside
