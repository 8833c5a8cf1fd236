#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Quayside {
struct JobRecord;
class Engine;
class ExceptionCauseModel;
class ExceptionFilterProxy;
class ExceptionModel;
class JobStore;
} // namespace Quayside

namespace Quayside::Ui {

// The exception queue: what is stuck, why, for which order; and the decision, in one click: replay
// (run again with today's data), resolve (handled elsewhere; a note says how), or skip.
class ExceptionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionsPage)

public:
    // connectionName: the GUI's own read-only store connection.
    ExceptionsPage(Engine *engine, const QString &connectionName, QWidget *parent = nullptr);
    ~ExceptionsPage() override;

    ExceptionModel *model() const { return m_model; }
    int visibleCount() const;

public Q_SLOTS:
    void refresh();
    // The engine's role changed: actions the role may not take are greyed with the reason.
    void applyRole();

Q_SIGNALS:
    void countChanged(int count);
    // The operator wants the whole story of the selected exception's order (a Shopify order gid or name).
    void traceRequested(const QString &order);

private:
    QList<qint64> selectedJobIds() const;
    void showDetail();
    // "Replay will:" for the selected jobs (ReplayPlan), as HTML.
    QString replayPreview(const QList<JobRecord> &jobs, bool oneJob) const;
    void updateActions();
    void act(const QString &action);
    void requestTrace();

    Engine *m_engine;
    QString m_connectionName;
    ExceptionModel *m_model;
    ExceptionFilterProxy *m_proxy;
    ExceptionCauseModel *m_causes;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_system;
    QComboBox *m_flow;
    QComboBox *m_age;
    QListView *m_causeView;
    QWidget *m_causesBox = nullptr; // hidden with the table while nothing is stuck
    QTableView *m_view;
    QTextBrowser *m_detail;
    QLineEdit *m_note;
    QPushButton *m_undo;
    QList<qint64> m_undoable; // the jobs the last resolve or skip changed
    QList<qint64> m_acting; // the jobs of the action on its way
    bool m_firstShown = false; // the first exception was selected for the operator once
    qint64 m_shown = 0; // the job in the detail pane
    qint64 m_revealing = 0; // its customer details were asked for; shown once the audit log has the request
    qint64 m_revealed = 0; // the job whose customer details are shown
    QPushButton *m_replay;
    QPushButton *m_resolve;
    QPushButton *m_skip;
    QPushButton *m_trace;
    QLabel *m_status;
    QLabel *m_empty;
};

} // namespace Quayside::Ui
