#include "core/flows/returns/odooorderstep.h"

#include "core/flows/odooquery.h"
#include "core/flows/orders/createsaleorderstep.h"
#include "core/flows/returns/aftersalesjobs.h"

#include <QJsonDocument>

namespace Quayside {

using Connectors::OdooResult;
using namespace OdooQuery;

void OdooOrderStep::Run::fail(const OdooResult &r, const QString &what) const
{
    done(StepResult::failure(r.errorClass, QStringLiteral("Order %1: %2: %3").arg(name, what, r.message)));
}

void OdooOrderStep::Run::business(const QString &message) const
{
    done(StepResult::failure(ErrorClass::Business, QStringLiteral("Order %1: %2").arg(name, message)));
}

OdooOrderStep::OdooOrderStep(Connectors::OdooClient *client, StateReader readState)
    : m_client(client)
    , m_readState(std::move(readState))
{ }

void OdooOrderStep::run(const JobRecord &job, StepCallback done)
{
    auto run = std::make_shared<Run>();
    run->job = job;
    run->payload = QJsonDocument::fromJson(job.payload).object();
    run->orderGid = run->payload.value(QStringLiteral("orderGid")).toString();
    run->name = run->payload.value(QStringLiteral("name")).toString();
    run->done = std::move(done);
    if (run->orderGid.isEmpty() || run->name.isEmpty()) {
        run->done(StepResult::failure(
            ErrorClass::Validation, QStringLiteral("The %1 job's payload names no Shopify order").arg(job.step)));
        return;
    }
    if (m_readState)
        run->state = m_readState(AfterSalesJobs::StateKind, run->orderGid);
    start(run);
}

void OdooOrderStep::call(RunPtr run,
    const QString &model,
    const QString &method,
    const QJsonArray &ids,
    const QJsonObject &kwargs,
    const QString &what,
    Next next,
    OnFailure onFailure)
{
    m_client->call(model, method, ids, kwargs, [run, what, next, onFailure](OdooResult r) {
        if (!r.ok) {
            if (r.ambiguous)
                r.errorClass = ErrorClass::Transient; // the retry looks before it writes again
            if (onFailure)
                onFailure(r);
            else
                run->fail(r, what);
            return;
        }
        next(r.value);
    });
}

void OdooOrderStep::searchRead(RunPtr run,
    const QString &model,
    const QJsonArray &domain,
    const QJsonArray &fields,
    const QString &what,
    std::function<void(const QJsonArray &)> next)
{
    call(run,
        model,
        QStringLiteral("search_read"),
        {},
        OdooQuery::searchRead(domain, fields, QStringLiteral("id asc")),
        what,
        [next](const QJsonValue &v) { next(v.toArray()); });
}

void OdooOrderStep::saleOrders(RunPtr run, const QJsonArray &fields, std::function<void(const QJsonArray &)> next)
{
    searchRead(run,
        QStringLiteral("sale.order"),
        domain({ term(QStringLiteral("origin"), QStringLiteral("="), CreateSaleOrderStep::originFor(run->orderGid)) }),
        fields,
        QStringLiteral("finding the sale order in Odoo"),
        std::move(next));
}

QJsonObject OdooOrderStep::liveOrder(const QJsonArray &orders)
{
    for (const auto &o : orders)
        if (o.toObject().value(QStringLiteral("state")).toString() != QLatin1String("cancel"))
            return o.toObject();
    return {};
}

} // namespace Quayside
