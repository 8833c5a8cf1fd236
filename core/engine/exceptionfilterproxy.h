#pragma once

#include <QSortFilterProxyModel>

namespace Quayside {

// Filters the exception queue by kind (error class) and by text in the order or the cause.
class ExceptionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExceptionFilterProxy)

public:
    explicit ExceptionFilterProxy(QObject *parent = nullptr);

    void setErrorClassFilter(const QString &errorClass); // empty: all
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_errorClass;
    QString m_text;
};

} // namespace Quayside
