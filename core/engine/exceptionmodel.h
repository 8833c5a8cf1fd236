#pragma once

#include "core/engine/job.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Quayside {

// The exception queue (jobs in state "dead"), read on the GUI's own read-only connection. refresh()
// applies the difference to the rows (insert, remove, change) so selection and scroll position survive.
class ExceptionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionModel)

public:
    enum Column { OrderColumn, CauseColumn, ClassColumn, StepColumn, AttemptsColumn, SinceColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, ErrorClassRole, SinceRole };

    explicit ExceptionModel(QString connectionName, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What an operator calls each kind of failure; the filter offers the same words.
    static QString kindLabel(ErrorClass c);
    static QList<ErrorClass> filterableKinds();

    JobRecord job(int row) const { return m_rows.value(row); }
    int rowOfJob(qint64 id) const;
    void setNow(const QDateTime &now) { m_now = now; }

public Q_SLOTS:
    bool refresh();

private:
    QString m_connectionName;
    QList<JobRecord> m_rows; // ordered by job id
    QDateTime m_now;
};

} // namespace Quayside
