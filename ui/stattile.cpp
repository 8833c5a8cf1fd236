#include "ui/stattile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Quayside::Ui {

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

void StatTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void StatTile::setAlert(bool alert)
{
    if (m_alert == alert)
        return;
    m_alert = alert;
    QPalette p = palette();
    if (alert) {
        p.setColor(QPalette::Window, QColor(0xfd, 0xe8, 0xe8));
        p.setColor(QPalette::WindowText, QColor(0xa3, 0x12, 0x12));
    } else {
        p = QPalette();
    }
    setPalette(p);
}

} // namespace Quayside::Ui
