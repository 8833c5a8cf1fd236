#pragma once

#include <QDialog>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace Quayside {
class Engine;
class FlowScheduleModel;
struct FlowSchedule;
} // namespace Quayside

namespace Quayside::Ui {

class AccessGate;

class StatusLine;

// When each flow runs. Changes go through the engine's control thread, are audited, and move the
// flow's waiting run, so the running flows follow them without a restart.
class SchedulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulesPage)

public:
    SchedulesPage(Engine *engine, const QString &connectionName, QWidget *parent = nullptr);
    // Admin actions ask for the passphrase through `gate` first; without one they run directly.
    void setAccessGate(AccessGate *gate) { m_gate = gate; }

    FlowScheduleModel *model() const { return m_model; }
    // Applies `schedule` to the flow in `row` (what the dialog's OK does).
    void apply(int row, const FlowSchedule &schedule);

public Q_SLOTS:
    void refresh();
    void editCurrent();

private:
    AccessGate *m_gate = nullptr;
    Engine *m_engine;
    FlowScheduleModel *m_model;
    QTableView *m_view;
    QPushButton *m_edit;
    StatusLine *m_status;
};

// Edits one flow's schedule: real-time every N seconds, minutes or hours, or batch at times of the day,
// checked against FlowSchedule's own limits while it is typed.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    ScheduleDialog(const QString &flowLabel, const FlowSchedule &schedule, QWidget *parent = nullptr);

    // The schedule as entered; nullopt (with the reason) while it is not valid.
    std::optional<FlowSchedule> schedule(QString *error = nullptr) const;

private:
    void validate();

    QRadioButton *m_realTime;
    QRadioButton *m_batch;
    QSpinBox *m_every;
    QComboBox *m_unit;
    QLineEdit *m_times;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace Quayside::Ui
