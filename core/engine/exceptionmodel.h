#pragma once

#include "core/engine/job.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QVariantList>

#include <optional>

namespace Quayside {

// The exception queue (jobs in state "dead"), read on the GUI's own read-only connection. refresh()
// first compares a one-row signature of the queue (count, id sum, latest change), so the steady state
// costs one indexed aggregate; when the queue changed it re-reads the rows without their payloads (the
// detail pane reads the one it shows) and applies the difference (insert, remove, change) so selection
// and scroll position survive. A first load or a large change resets the model instead: one signal
// rather than one per row, which is what keeps 100,000 exceptions quick.
class ExceptionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionModel)

public:
    enum Column { OrderColumn, CauseColumn, ClassColumn, StepColumn, AttemptsColumn, SinceColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, ErrorClassRole, SinceRole, CauseRole, LaneRole, FlowRole };

    explicit ExceptionModel(QString connectionName, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What an operator calls each kind of failure; the filter offers the same words.
    static QString kindLabel(ErrorClass c);
    static QList<ErrorClass> filterableKinds();
    // The cause without the order it is about ("Order #1001: unknown SKU X" -> "unknown SKU X"), so the
    // exceptions of one cause group together.
    static QString causeOf(const JobRecord &job);
    // Above this many differing rows a refresh resets the model instead of moving rows one by one.
    static constexpr int kResetThreshold = 500;

    JobRecord job(int row) const { return m_rows.value(row); } // without its payload
    int rowOfJob(qint64 id) const;
    void setNow(const QDateTime &now) { m_now = now; }

public Q_SLOTS:
    bool refresh();

private:
    std::optional<QList<JobRecord>> readRows(const QString &condition, const QVariantList &values) const;
    std::optional<QList<JobRecord>> readAll() const;
    std::optional<QList<JobRecord>> readChanges() const;

    QString m_connectionName;
    QList<JobRecord> m_rows; // ordered by job id
    QStringList m_causes; // causeOf(m_rows[i])
    QString m_signature; // of the rows held
    qint64 m_heldLatestChange = 0; // the newest updated_at among them (from the signature)
    QDateTime m_now;
};

} // namespace Quayside
