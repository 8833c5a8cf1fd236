#include "ui/stattile.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace Quayside::Ui {

QColor tintedWindowColour(const QPalette &palette, const QColor &tint)
{
    const QColor window = palette.color(QPalette::Window);
    const float share = window.lightnessF() > 0.5f ? 0.18f : 0.45f;
    const auto mix = [share](float a, float b) { return a * (1 - share) + b * share; };
    return QColor::fromRgbF(
        mix(window.redF(), tint.redF()), mix(window.greenF(), tint.greenF()), mix(window.blueF(), tint.blueF()));
}

QColor alertWindowColour(const QPalette &palette)
{
    return tintedWindowColour(palette, QColor(0xd9, 0x2d, 0x2d));
}

StatTile::StatTile(const QString &title, const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(caption, this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setMinimumWidth(170);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addStretch();
}

void StatTile::setValue(const QString &value)
{
    m_value->setText(value);
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::caption() const
{
    return m_caption->text();
}

void StatTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void StatTile::setAlert(bool alert)
{
    if (m_alert == alert)
        return;
    m_alert = alert;
    applyAlertColours();
}

void StatTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A palette change (light to dark) must also re-tint a red tile; our own setPalette below sends one too.
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyAlertColours();
}

void StatTile::applyAlertColours()
{
    m_applyingPalette = true;
    QPalette p; // sets only the window colour; every other role follows the parent
    if (m_alert)
        p.setColor(QPalette::Window,
            alertWindowColour(parentWidget() ? parentWidget()->palette() : QGuiApplication::palette()));
    setPalette(p);
    m_applyingPalette = false;
}

} // namespace Quayside::Ui
