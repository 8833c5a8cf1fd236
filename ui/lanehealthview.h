#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace Quayside {
class LaneStatusModel;
}

namespace Quayside::Ui {

// Draws a lane's rate-limit headroom (LaneStatusModel::HeadroomRole, 0..1) as a small gauge with its
// percentage, in the style's own progress bar, so it follows the platform and palette.
class HeadroomDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadroomDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Per-lane health: state, circuit, headroom gauge, last success, counts. Sized to its rows so the
// dashboard never scrolls inside it.
class LaneHealthView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneHealthView)

public:
    explicit LaneHealthView(LaneStatusModel *model, QWidget *parent = nullptr);
    // Shown in the empty table, e.g. by a console attached to a team store, whose lanes run elsewhere.
    void setEmptyText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyText;
};

} // namespace Quayside::Ui
