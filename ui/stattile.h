#pragma once

#include <QFrame>

class QLabel;

namespace Quayside::Ui {

// `tint` mixed into the palette's window colour: a background that reads as that colour on a light and on
// a dark palette while the palette's own text colour keeps its contrast.
QColor tintedWindowColour(const QPalette &palette, const QColor &tint);
// The background of anything that needs attention (a crossed tile, a problem banner).
QColor alertWindowColour(const QPalette &palette);

// A dashboard number with its title and a short caption; turns red when its alert threshold is crossed.
class StatTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    StatTile(const QString &title, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setCaption(const QString &caption);
    void setAlert(bool alert);
    QString value() const;
    QString caption() const;
    bool isAlert() const { return m_alert; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyAlertColours();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
    bool m_alert = false;
    bool m_applyingPalette = false;
};

} // namespace Quayside::Ui
