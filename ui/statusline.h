#pragma once

#include <QWidget>

class QLabel;

namespace Quayside::Ui {

// One line of outcome (a test, a save, an export): an icon and text in a colour derived from the
// palette, so it reads in light and dark themes and does not rely on colour alone.
class StatusLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLine)

public:
    enum class Tone { Neutral, Good, Warning, Bad };

    explicit StatusLine(QWidget *parent = nullptr);
    void setStatus(Tone tone, const QString &text);
    void clear();
    QString text() const;
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_icon;
    QLabel *m_text;
    Tone m_tone = Tone::Neutral;
};

} // namespace Quayside::Ui
