#include "ui/schedulespage.h"

#include "core/engine/engine.h"
#include "core/flows/schedule.h"
#include "core/flows/schedulemodel.h"
#include "ui/accessgate.h"
#include "ui/statusline.h"
#include "ui/tableviews.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Quayside::Ui {

namespace {
const QString kAction = QStringLiteral("schedule.change");
} // namespace

SchedulesPage::SchedulesPage(Engine *engine, const QString &connectionName, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new FlowScheduleModel(connectionName, this))
    , m_view(new QTableView(this))
    , m_edit(new QPushButton(tr("&Change schedule…"), this))
    , m_status(new StatusLine(this))
{
    setObjectName(QStringLiteral("schedulesPage"));
    auto *intro = new QLabel(tr("Real-time flows look for changes every few seconds; batch flows run at set times "
                                "of the day. A change applies at once, to the running flows too, and is "
                                "recorded in the audit log."),
        this);
    intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("schedulesView"));
    m_view->setModel(m_model);
    setUpListView(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setCurrentIndex(m_model->index(0, 0));
    m_edit->setObjectName(QStringLiteral("editScheduleButton"));
    m_edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_status->setObjectName(QStringLiteral("scheduleStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addStretch(0); // keeps the button at the right while there is no status to show
    row->addWidget(m_edit, 0, Qt::AlignTop);
    layout->addLayout(row);

    // Asking for the passphrase before the dialog, so nobody fills in a schedule only to be refused.
    const auto edit
        = [this] { AccessGate::run(m_gate, this, OperatorAction::ChangeSchedule, [this] { editCurrent(); }); };
    connect(m_edit, &QPushButton::clicked, this, edit);
    connect(m_view, &QTableView::activated, this, edit);
    connect(m_engine,
        &Engine::operatorActionFinished,
        this,
        [this](const QString &action, int changed, const QString &error) {
            if (action != kAction)
                return;
            if (!error.isEmpty())
                m_status->setStatus(StatusLine::Tone::Bad, tr("The schedule was not changed: %1").arg(error));
            else if (changed > 0)
                m_status->setStatus(StatusLine::Tone::Good, tr("Schedule changed; the flow follows it from now on."));
            else
                m_status->setStatus(StatusLine::Tone::Neutral, tr("That is already the schedule; nothing changed."));
            refresh();
        });
    refresh();
}

void SchedulesPage::refresh()
{
    m_model->refresh();
}

void SchedulesPage::editCurrent()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    ScheduleDialog dialog(FlowScheduleModel::flowLabel(m_model->flow(row)), m_model->schedule(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto schedule = dialog.schedule())
        apply(row, *schedule);
}

void SchedulesPage::apply(int row, const FlowSchedule &schedule)
{
    if (m_engine->state() != Engine::State::Running) {
        m_status->setStatus(
            StatusLine::Tone::Bad, tr("The engine is not running, so the schedule cannot be changed now."));
        return;
    }
    const QString flow = m_model->flow(row);
    m_status->setStatus(
        StatusLine::Tone::Neutral, tr("Changing the schedule of %1…").arg(FlowScheduleModel::flowLabel(flow)));
    m_engine->editState({ FlowSchedule::StateKind, flow, schedule.toStateFields() },
        kAction,
        FlowSchedule::partitionsOf(flow),
        schedule.nextRunMs(QDateTime::currentMSecsSinceEpoch()));
}

ScheduleDialog::ScheduleDialog(const QString &flowLabel, const FlowSchedule &schedule, QWidget *parent)
    : QDialog(parent)
    , m_realTime(new QRadioButton(tr("&Real-time, every"), this))
    , m_batch(new QRadioButton(tr("&Batch, at"), this))
    , m_every(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_times(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Schedule of %1").arg(flowLabel));
    setObjectName(QStringLiteral("scheduleDialog"));
    m_every->setObjectName(QStringLiteral("everyValue"));
    m_every->setRange(1, 999);
    m_unit->setObjectName(QStringLiteral("everyUnit"));
    m_unit->addItem(tr("seconds"), QStringLiteral("s"));
    m_unit->addItem(tr("minutes"), QStringLiteral("m"));
    m_unit->addItem(tr("hours"), QStringLiteral("h"));
    m_times->setObjectName(QStringLiteral("batchTimes"));
    m_times->setPlaceholderText(tr("02:00, 14:00"));
    m_times->setToolTip(tr("Times of the day, 24-hour clock, separated by commas"));
    m_problem->setObjectName(QStringLiteral("scheduleProblem"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *grid = new QGridLayout;
    grid->addWidget(m_realTime, 0, 0);
    grid->addWidget(m_every, 0, 1);
    grid->addWidget(m_unit, 0, 2);
    grid->addWidget(m_batch, 1, 0);
    grid->addWidget(m_times, 1, 1, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (schedule.mode == FlowSchedule::Mode::RealTime) {
        m_realTime->setChecked(true);
        const qint64 ms = schedule.intervalMs;
        const int unit = ms % 3'600'000 == 0 ? 2 : ms % 60'000 == 0 ? 1 : 0;
        m_unit->setCurrentIndex(unit);
        m_every->setValue(int(ms / (unit == 2 ? 3'600'000 : unit == 1 ? 60'000 : 1000)));
    } else {
        m_batch->setChecked(true);
        m_every->setValue(5);
        QStringList times;
        for (const QTime &t : schedule.timesOfDay)
            times << t.toString(QStringLiteral("HH:mm"));
        m_times->setText(times.join(QLatin1String(", ")));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b : { m_realTime, m_batch })
        connect(b, &QRadioButton::toggled, this, &ScheduleDialog::validate);
    connect(m_every, &QSpinBox::valueChanged, this, &ScheduleDialog::validate);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ScheduleDialog::validate);
    connect(m_times, &QLineEdit::textChanged, this, &ScheduleDialog::validate);
    validate();
}

std::optional<FlowSchedule> ScheduleDialog::schedule(QString *error) const
{
    QString ignored;
    QString *why = error ? error : &ignored;
    if (m_realTime->isChecked())
        return FlowSchedule::fromJson(
            { { QStringLiteral("every"),
                QString(QString::number(m_every->value()) + m_unit->currentData().toString()) } },
            why);
    return FlowSchedule::fromText(QStringLiteral("at ") + m_times->text(), why);
}

void ScheduleDialog::validate()
{
    m_every->setEnabled(m_realTime->isChecked());
    m_unit->setEnabled(m_realTime->isChecked());
    m_times->setEnabled(m_batch->isChecked());
    QString error;
    const bool ok = schedule(&error).has_value();
    m_ok->setEnabled(ok);
    m_problem->setText(ok ? QString() : error);
}

} // namespace Quayside::Ui
