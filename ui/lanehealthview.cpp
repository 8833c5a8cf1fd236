#include "ui/lanehealthview.h"

#include "core/engine/lanestatusmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>

#include <algorithm>

namespace Quayside::Ui {

void HeadroomDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear(); // the gauge carries the figure
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const double headroom = std::clamp(index.data(LaneStatusModel::HeadroomRole).toDouble(), 0.0, 1.0);
    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qRound(headroom * 100);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize HeadroomDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) * 3));
    return size;
}

LaneHealthView::LaneHealthView(LaneStatusModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("lanesView"));
    setModel(model);
    setItemDelegateForColumn(LaneStatusModel::HeadroomColumn, new HeadroomDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(LaneStatusModel::LaneColumn, QHeaderView::Stretch);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    // The tiles and charts count successes, retries and failures over time; totals since start would
    // only crowd out the lane names here.
    for (int column :
        { LaneStatusModel::SucceededColumn, LaneStatusModel::RetriedColumn, LaneStatusModel::FailedColumn })
        setColumnHidden(column, true);
}

void LaneHealthView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void LaneHealthView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(viewport()->rect().adjusted(16, 8, -16, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

} // namespace Quayside::Ui
