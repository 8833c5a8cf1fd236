#include "ui/statusline.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Quayside::Ui {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("statusText"));
    clear();
}

void StatusLine::setStatus(Tone tone, const QString &text)
{
    m_tone = tone;
    m_text->setText(text);
    restyle();
    setVisible(!text.isEmpty());
}

void StatusLine::clear()
{
    setStatus(Tone::Neutral, QString());
}

QString StatusLine::text() const
{
    return m_text->text();
}

void StatusLine::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
}

void StatusLine::restyle()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    int hue = -1;
    switch (m_tone) {
    case Tone::Neutral:
        break;
    case Tone::Good:
        icon = QStyle::SP_DialogApplyButton;
        hue = 130;
        break;
    case Tone::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        hue = 35;
        break;
    case Tone::Bad:
        icon = QStyle::SP_MessageBoxCritical;
        hue = 0;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    QPalette p = palette();
    if (hue >= 0) {
        // The theme's text lightness keeps the contrast the theme chose; only the hue says good or bad.
        const bool darkTheme = p.color(QPalette::Window).lightness() < 128;
        p.setColor(QPalette::WindowText, QColor::fromHsl(hue, 170, darkTheme ? 175 : 75));
    }
    m_text->setPalette(hue >= 0 ? p : palette());
}

} // namespace Quayside::Ui
