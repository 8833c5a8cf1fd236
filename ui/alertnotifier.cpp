#include "ui/alertnotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Quayside::Ui {

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(tr("Quayside"));
    m_tray->show();
}

void AlertNotifier::notify(const QString &title, const QString &message)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    Q_EMIT notified(title, message);
}

} // namespace Quayside::Ui
