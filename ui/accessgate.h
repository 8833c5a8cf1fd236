#pragma once

#include "core/security/roles.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Quayside {
class AccessSession;
}

namespace Quayside::Ui {

// Asks for the admin passphrase (or, on first use, to choose one) and answers through the session; stays
// open on a wrong passphrase, saying so, and waits out a lock-out with the button greyed.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    PassphraseDialog(AccessSession *access, const QString &why, QWidget *parent = nullptr);
    bool isSettingPassphrase() const { return m_settingPassphrase; }
    QString errorText() const;

private:
    void submit();
    void finished(bool ok, const QString &error, qint64 retryAfterMs);

    AccessSession *m_access;
    bool m_settingPassphrase;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error;
    QPushButton *m_ok;
    QTimer *m_retry;
};

// Runs an action the current role permits at once; an admin action otherwise asks for the passphrase
// first and runs once it is accepted. Pages without a gate (tests of a page alone) run actions directly.
class AccessGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessGate)

public:
    explicit AccessGate(AccessSession *access, QObject *parent = nullptr);
    AccessSession *session() const { return m_access; }
    // `parent` is where the dialog opens; `then` runs at most once, on the GUI thread.
    void run(QWidget *parent, OperatorAction action, std::function<void()> then);
    static void run(AccessGate *gate, QWidget *parent, OperatorAction action, std::function<void()> then);
    // Asks for the passphrase without an action (the status bar's "Admin…").
    void unlock(QWidget *parent);
    // The open passphrase dialog, if any (for tests and the screenshot tool).
    PassphraseDialog *dialog() const { return m_dialog; }

private:
    void ask(QWidget *parent, const QString &why, std::function<void()> then);

    AccessSession *m_access;
    QPointer<PassphraseDialog> m_dialog;
};

// The role in the status bar, with "Admin…" to elevate and "Lock" to drop back.
class AccessIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessIndicator)

public:
    AccessIndicator(AccessGate *gate, QWidget *parent = nullptr);
    QString text() const;

private:
    void update();

    AccessGate *m_gate;
    QLabel *m_label;
    QPushButton *m_unlock;
    QPushButton *m_lock;
};

} // namespace Quayside::Ui
