#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace Quayside {

// Filters the exception queue by kind (error class), system (lane), cause, age and text in the order, the
// cause or the step.
class ExceptionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionFilterProxy)

public:
    explicit ExceptionFilterProxy(QObject *parent = nullptr);

    void setErrorClassFilter(const QString &errorClass); // empty: all
    void setTextFilter(const QString &text);
    void setLaneFilter(const QString &lane); // empty: all
    void setFlowFilter(const QString &flow); // empty: all
    void setCauseFilter(const QString &cause); // ExceptionModel::causeOf; empty: all
    QString causeFilter() const { return m_cause; }
    void setMinimumAge(qint64 ms, qint64 nowMs = 0); // stuck for at least this long; 0: any; nowMs 0: now

private:
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_errorClass;
    QString m_text;
    QString m_lane;
    QString m_flow;
    QString m_cause;
    std::optional<qint64> m_olderThanMs; // rows updated after this epoch ms are hidden
};

} // namespace Quayside
