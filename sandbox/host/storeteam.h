#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Quayside::Sandbox {

class OdooEmulator;

// The people at the retailer's own warehouse, which is also its shop counter, as the console's sandbox
// shows them: on each round they validate the deliveries they picked three rounds before (a parcel
// handed to the carrier, or a buyer collecting), then pick the next few deliveries Odoo has reserved
// there, in Odoo's own screens. Without them the sandbox's internal and pickup orders would wait forever.
class StoreTeam final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreTeam)

public:
    StoreTeam(OdooEmulator *odoo, QString warehouseCode, QObject *parent = nullptr);

    void start(int everyMs);
    void round();
    int picked() const { return m_picked; }
    int validated() const { return m_validated; }

private:
    OdooEmulator *m_odoo;
    QString m_warehouseCode;
    QTimer m_timer;
    QHash<int, int> m_pickedInRound; // picking id -> the round its moves were picked in
    int m_round = 0;
    int m_picked = 0;
    int m_validated = 0;
};

} // namespace Quayside::Sandbox
