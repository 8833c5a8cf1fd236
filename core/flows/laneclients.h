#pragma once

#include "core/engine/stephandler.h"

#include <QObject>

namespace Quayside {

// The lane's one client of a kind, created on first use as a child of the lane's context. Every step of
// a lane talks to a system through it, so they share one model of Shopify's cost bucket and one Odoo
// concurrency cap, instead of each believing it has them to itself.
template <typename Client, typename Config>
Client *laneClient(const StepEnvironment &env, const Config &config, const QString &system)
{
    const QString name = sharedClientName(system);
    if (auto *existing = env.context->findChild<Client *>(name, Qt::FindDirectChildrenOnly))
        return existing;
    auto *client = new Client(env.network, config, env.context);
    client->setObjectName(name);
    return client;
}

} // namespace Quayside
