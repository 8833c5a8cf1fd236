#include "ui/accessgate.h"

#include "core/security/accesssession.h"
#include "core/security/adminpassphrase.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Quayside::Ui {

PassphraseDialog::PassphraseDialog(AccessSession *access, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_access(access)
    , m_settingPassphrase(!access->hasPassphrase())
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_retry(new QTimer(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setMinimumWidth(480); // wide enough for the wrapped explanation to keep its height
    setWindowTitle(m_settingPassphrase ? tr("Set the admin passphrase") : tr("Admin passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    QStringList text;
    if (!why.isEmpty())
        text << tr("%1 needs the admin role.").arg(why);
    text << (m_settingPassphrase
            ? tr("No admin passphrase has been set on this computer yet: choose one now (at least %1 characters). "
                 "Whoever knows it can change connections, mappings, schedules and erase customers; keep it from "
                 "the people who only run the day.")
                  .arg(AdminPassphrase::kMinimumLength)
            : tr("Admin rights last until the console has been idle for %1 minutes or you lock it.")
                  .arg(AccessSession::kIdleMs / 60000));
    intro->setText(text.join(QLatin1Char(' ')));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (m_settingPassphrase) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("passphraseConfirm"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_confirm);
    }
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01818"));
    // Room for the answer from the start, so the dialog never has to grow (and squeeze the wrapped text).
    m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_settingPassphrase ? tr("&Set and continue") : tr("&Unlock"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_access, &AccessSession::elevationFinished, this, &PassphraseDialog::finished);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        m_ok->setEnabled(true);
        m_error->clear();
    });
    if (m_access->lockedOutUntil() > 0) {
        m_access->elevate(QString()); // says how long to wait, and is audited as an attempt
    }
}

QString PassphraseDialog::errorText() const
{
    return m_error->text();
}

void PassphraseDialog::submit()
{
    if (m_access->isBusy())
        return;
    if (m_settingPassphrase && m_passphrase->text() != m_confirm->text()) {
        m_error->setText(tr("The two passphrases differ."));
        return;
    }
    m_ok->setEnabled(false);
    m_error->setText(tr("Checking…"));
    if (m_settingPassphrase)
        m_access->setPassphrase(m_passphrase->text());
    else
        m_access->elevate(m_passphrase->text());
}

void PassphraseDialog::finished(bool ok, const QString &error, qint64 retryAfterMs)
{
    if (ok) {
        accept();
        return;
    }
    m_passphrase->clear();
    if (m_confirm)
        m_confirm->clear();
    m_error->setText(error);
    if (retryAfterMs > 0) {
        m_ok->setEnabled(false);
        m_retry->start(int(std::min<qint64>(retryAfterMs, AccessSession::kMaxLockoutMs)));
    } else {
        m_ok->setEnabled(true);
    }
    m_passphrase->setFocus();
}

AccessGate::AccessGate(AccessSession *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
{ }

void AccessGate::run(AccessGate *gate, QWidget *parent, OperatorAction action, std::function<void()> then)
{
    if (gate)
        gate->run(parent, action, std::move(then));
    else
        then();
}

void AccessGate::run(QWidget *parent, OperatorAction action, std::function<void()> then)
{
    if (permits(m_access->role(), action)) {
        m_access->touch();
        then();
        return;
    }
    if (requiredRole(action) != Role::Admin || !m_access->isLoaded()) {
        QMessageBox::information(parent,
            tr("Not in this role"),
            m_access->isLoaded() ? tr("This needs the operator role; this console is in viewer mode.")
                                 : tr("The keychain has not answered yet; try again in a moment."));
        return;
    }
    QString why;
    switch (action) {
    case OperatorAction::ChangeConnections:
        why = tr("Changing connections");
        break;
    case OperatorAction::PublishMapping:
    case OperatorAction::RollbackMapping:
    case OperatorAction::ImportMapping:
        why = tr("Changing the mappings in use");
        break;
    case OperatorAction::ChangeSchedule:
        why = tr("Changing a schedule");
        break;
    case OperatorAction::ForgetCustomer:
        why = tr("Erasing a customer");
        break;
    case OperatorAction::ChangeAlertThresholds:
        why = tr("Changing the alert thresholds");
        break;
    default:
        break;
    }
    ask(parent, why, [this, action, then = std::move(then)] {
        if (permits(m_access->role(), action))
            then();
    });
}

void AccessGate::unlock(QWidget *parent)
{
    if (m_access->role() != Role::Admin)
        ask(parent, QString(), [] {});
}

void AccessGate::ask(QWidget *parent, const QString &why, std::function<void()> then)
{
    if (m_dialog)
        return; // one question at a time
    m_dialog = new PassphraseDialog(m_access, why, parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, std::move(then));
    m_dialog->open();
}

AccessIndicator::AccessIndicator(AccessGate *gate, QWidget *parent)
    : QWidget(parent)
    , m_gate(gate)
    , m_label(new QLabel(this))
    , m_unlock(new QPushButton(tr("Admin…"), this))
    , m_lock(new QPushButton(tr("Lock"), this))
{
    setObjectName(QStringLiteral("accessIndicator"));
    m_label->setObjectName(QStringLiteral("accessRole"));
    m_unlock->setObjectName(QStringLiteral("accessUnlock"));
    m_lock->setObjectName(QStringLiteral("accessLock"));
    m_unlock->setFlat(true);
    m_lock->setFlat(true);
    m_unlock->setToolTip(tr("Enter the admin passphrase to change connections, mappings and schedules"));
    m_lock->setToolTip(tr("Give up admin rights now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0); // apart from the counts beside it
    layout->addWidget(m_label);
    layout->addWidget(m_unlock);
    layout->addWidget(m_lock);
    AccessSession *access = gate->session();
    connect(access, &AccessSession::roleChanged, this, &AccessIndicator::update);
    connect(access, &AccessSession::loaded, this, &AccessIndicator::update);
    connect(m_lock, &QPushButton::clicked, access, &AccessSession::lock);
    connect(m_unlock, &QPushButton::clicked, this, [this] { m_gate->unlock(window()); });
    update();
}

QString AccessIndicator::text() const
{
    return m_label->text();
}

void AccessIndicator::update()
{
    const Role role = m_gate->session()->role();
    const QString names[] = { tr("Viewer"), tr("Operator"), tr("Admin") };
    m_label->setText(role == Role::Admin
            ? tr("%1 · locks after %2 min idle").arg(names[int(role)]).arg(AccessSession::kIdleMs / 60000)
            : names[int(role)]);
    m_unlock->setVisible(role != Role::Admin);
    m_lock->setVisible(role == Role::Admin);
}

} // namespace Quayside::Ui
