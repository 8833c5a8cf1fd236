#pragma once

#include "core/telemetry/dashboardalerts.h"

#include <QWidget>

#include <array>

namespace Quayside::Ui {

class StatTile;

// The dashboard's headline figures, one tile each; a tile watched by an alert turns red while it is
// crossed. Retries have no tile: the retries chart right below names the period's totals.
class DashboardTiles final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTiles)

public:
    explicit DashboardTiles(QWidget *parent = nullptr);

    void showSnapshot(const DashboardSnapshot &s, DashboardRange range);
    void setAlert(DashboardAlert alert, bool active);
    StatTile *tile(DashboardAlert alert) const { return m_alertTiles.at(size_t(alert)); }

private:
    StatTile *m_orders;
    std::array<StatTile *, kDashboardAlerts.size()> m_alertTiles {};
};

} // namespace Quayside::Ui
