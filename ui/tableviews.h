#pragma once

#include <QHeaderView>
#include <QTableView>

namespace Quayside::Ui {

// The console's lists read as lists: whole rows, no grid, one line per row, no row numbers.
inline void setUpListView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
}

} // namespace Quayside::Ui
