#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace Quayside {

class ExceptionModel;

// The exception queue grouped by cause ("37 × unknown SKU ABC-1"), largest group first, after a first
// row for all of them: what an operator fixes once for many orders. Recounted once per burst of changes
// of the queue (queued), not once per row.
class ExceptionCauseModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionCauseModel)

public:
    enum Role { CauseRole = Qt::UserRole + 1, CountRole };

    explicit ExceptionCauseModel(ExceptionModel *exceptions, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Recounts now (also what the queued recount runs).
    void recount();

private:
    void scheduleRecount();

    struct Group
    {
        QString cause;
        int count = 0;
    };
    QPointer<ExceptionModel> m_exceptions;
    QList<Group> m_groups;
    int m_total = 0;
    bool m_scheduled = false;
};

} // namespace Quayside
