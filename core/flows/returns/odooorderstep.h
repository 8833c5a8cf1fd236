#pragma once

#include "core/connectors/odoo/odooclient.h"
#include "core/engine/stephandler.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace Quayside {

// What the after-sales steps on the Odoo lane share: the job's order (payload {"orderGid","name",…}),
// its flow state, the connection, calls that end the job with a classified error naming the order, and
// the lookup of the sale orders made from the Shopify order (by origin, as CreateSaleOrderStep writes it).
class OdooOrderStep : public StepHandler
{
public:
    using StateReader = std::function<QJsonObject(const QString &kind, const QString &key)>;

    OdooOrderStep(Connectors::OdooClient *client, StateReader readState);
    void run(const JobRecord &job, StepCallback done) final;

protected:
    struct Run
    {
        JobRecord job;
        QJsonObject payload;
        QString orderGid;
        QString name; // "#1001"
        QJsonObject state; // flow state "order" of this order, read at the start
        StepCallback done;

        // Ends the job: "Order #1001: <what>: <Odoo's message>", classified as the call failed.
        void fail(const Connectors::OdooResult &r, const QString &what) const;
        // Ends the job with a business exception: "Order #1001: <message>".
        void business(const QString &message) const;
    };
    using RunPtr = std::shared_ptr<Run>;
    using Next = std::function<void(const QJsonValue &)>;

    virtual void start(RunPtr run) = 0;

    using OnFailure = std::function<void(const Connectors::OdooResult &)>;
    // One Odoo call; a failure ends the job (an ambiguous write is retried: every step looks first),
    // unless `onFailure` takes it (to look at the target before giving up: a resent request may have
    // failed only because its first copy succeeded).
    void call(RunPtr run,
        const QString &model,
        const QString &method,
        const QJsonArray &ids,
        const QJsonObject &kwargs,
        const QString &what,
        Next next,
        OnFailure onFailure = {});
    void searchRead(RunPtr run,
        const QString &model,
        const QJsonArray &domain,
        const QJsonArray &fields,
        const QString &what,
        std::function<void(const QJsonArray &)> next);
    // Every sale order made from this Shopify order, cancelled ones included, oldest first.
    void saleOrders(RunPtr run, const QJsonArray &fields, std::function<void(const QJsonArray &)> next);
    // The sale order the flow keeps: the oldest one not cancelled (CreateSaleOrderStep's rule); else empty.
    static QJsonObject liveOrder(const QJsonArray &orders);

    Connectors::OdooClient &odoo() { return *m_client; }

private:
    Connectors::OdooClient *m_client; // the lane's, shared by all its steps
    StateReader m_readState;
};

} // namespace Quayside
