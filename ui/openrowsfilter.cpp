#include "ui/openrowsfilter.h"

#include <QCheckBox>
#include <QLineEdit>

namespace Quayside::Ui {

OpenRowsFilter::OpenRowsFilter(int openRole, QList<int> textColumns, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_openRole(openRole)
    , m_textColumns(std::move(textColumns))
{ }

void OpenRowsFilter::setOpenOnly(bool on)
{
    m_openOnly = on;
    invalidateFilter();
}

void OpenRowsFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void OpenRowsFilter::followControls(QLineEdit *text, QCheckBox *openOnly, std::function<void()> changed)
{
    connect(text, &QLineEdit::textChanged, this, [this, changed](const QString &t) {
        setText(t);
        changed();
    });
    connect(openOnly, &QCheckBox::toggled, this, [this, changed](bool on) {
        setOpenOnly(on);
        changed();
    });
}

bool OpenRowsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_openOnly && !m->index(row, 0, parent).data(m_openRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : m_textColumns)
        if (m->index(row, column, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace Quayside::Ui
