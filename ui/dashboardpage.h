#pragma once

#include "core/engine/controlworker.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Quayside {
class LaneStatusModel;
}

namespace Quayside::Ui {

class StatTile;

// The first page an ops lead sees: are jobs flowing, is anything stuck, is every endpoint healthy.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(LaneStatusModel *lanes, QWidget *parent = nullptr);

    void showStats(const Quayside::EngineStats &stats);
    void showProblem(const QString &message); // empty hides the banner

private:
    QLabel *m_banner;
    StatTile *m_waiting;
    StatTile *m_exceptions;
    StatTile *m_completed;
    StatTile *m_events;
    QTableView *m_lanesView;
};

} // namespace Quayside::Ui
