#pragma once

#include "core/store/database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Quayside {
class AuditLogModel;
} // namespace Quayside

namespace Quayside::Ui {

class StatusLine;

// Who did what, newest first: operator actions on the exception queue, schedule changes. Filters run in
// the store and rows are read a page at a time as the table scrolls, so a large log opens at once.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    AuditPage(DatabaseConfig database, const QString &connectionName, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditLogModel *model() const { return m_model; }
    // Writes what the filter matches to `path` on a worker thread; exportFinished() tells how it went.
    void exportTo(const QString &path);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void applyFilter();
    void updateChoices();
    void updateCount();
    void chooseExportFile();

    DatabaseConfig m_database;
    QString m_connectionName;
    AuditLogModel *m_model;
    QComboBox *m_action;
    QComboBox *m_actor;
    QLineEdit *m_text;
    QTimer *m_typing;
    QTableView *m_view;
    QPushButton *m_export;
    QLabel *m_count;
    StatusLine *m_status;
    QThread *m_exportThread = nullptr;
};

} // namespace Quayside::Ui
