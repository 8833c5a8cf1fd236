#pragma once

#include <QList>
#include <QSortFilterProxyModel>

#include <functional>

class QCheckBox;
class QLineEdit;

namespace Quayside::Ui {

// The rows still open (when asked) whose text columns contain what the user typed: the filter of the
// pages that list findings a later run may resolve (stock mismatches, unmatched payout items).
class OpenRowsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRowsFilter)

public:
    OpenRowsFilter(int openRole, QList<int> textColumns, QObject *parent = nullptr);

    void setOpenOnly(bool on);
    void setText(const QString &text);
    // Follows a page's text field and "Open only" box; `changed` runs after each change (the page's summary).
    void followControls(QLineEdit *text, QCheckBox *openOnly, std::function<void()> changed);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_openRole;
    QList<int> m_textColumns;
    bool m_openOnly = true;
    QString m_text;
};

} // namespace Quayside::Ui
