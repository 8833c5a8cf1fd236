#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Quayside {

// One change a step makes outside Quayside when it runs, in the operator's words.
struct PlannedWrite
{
    QString system; // "Shopify", "Odoo", "ShipBob", or "Quayside" for decisions kept in the store
    QString change; // what it creates, changes or cancels
    QString guard; // why running it again cannot make it twice
};

// What replaying a step will write, read from its payload before the operator clicks Replay. It is the
// step's contract, not a dry run against the live systems: the steps look before they write, so a write
// already made is found and not made again (the guard says how). An empty list: the step only reads.
// Customer details never appear; orders are named by their Shopify name.
class ReplayPlan
{
    Q_DECLARE_TR_FUNCTIONS(Quayside::ReplayPlan)

public:
    static QList<PlannedWrite> forStep(const QString &step, const QJsonObject &payload);
};

} // namespace Quayside
