#pragma once

#include <QLineEdit>
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

} // namespace UiTestSupport
