#pragma once

#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QWidget>

class QMainWindow;

namespace Quayside::Ui {

// Shows the user guide's screenshots no wider than the text, so the guide reads without scrolling
// sideways; the pictures themselves are full-size for docs/user-guide.md.
class GuideBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideBrowser)

public:
    static constexpr int MaxImageWidth = 720;
    explicit GuideBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

// The user guide (docs/user-guide.md, built into the program) in a window of its own.
class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    explicit HelpWindow(QWidget *parent = nullptr);
    GuideBrowser *browser() const { return m_browser; }
    // The guide in the locale's language when there is one, in English otherwise.
    static QUrl guideUrl(const QLocale &locale = QLocale());

private:
    GuideBrowser *m_browser;
};

// Help in the window's menu bar: the user guide (F1), About Quayside and About Qt.
void addHelpMenu(QMainWindow *window);

} // namespace Quayside::Ui
