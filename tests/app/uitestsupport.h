#pragma once

#include "core/security/accesssession.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

// Shared by the console's page tests: widgets found by object name, text typed as a user types it.
namespace UiTestSupport {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// Replaces what the field holds, key by key.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Makes the console admin as a first run does: the first passphrase chosen (the window needs a MemoryVault).
inline bool becomeAdmin(Quayside::AccessSession *access)
{
    if (!access->isLoaded()) {
        QSignalSpy loaded(access, &Quayside::AccessSession::loaded);
        if (!loaded.wait(5000))
            return false;
    }
    QSignalSpy done(access, &Quayside::AccessSession::elevationFinished);
    access->setPassphrase(QStringLiteral("test-admin-passphrase"));
    return (!done.isEmpty() || done.wait(15000)) && done.first().at(0).toBool();
}

} // namespace UiTestSupport
