#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace Quayside::Ui {

// Tells the operator about a new alert outside the window: a desktop notification through the system
// tray where there is one. Where there is none (some Linux desktops, offscreen tests) the red tile and the
// status bar carry the alert alone.
class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    explicit AlertNotifier(QObject *parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }

public Q_SLOTS:
    void notify(const QString &title, const QString &message);

Q_SIGNALS:
    void notified(const QString &title, const QString &message);

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Quayside::Ui
