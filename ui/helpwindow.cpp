#include "ui/helpwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Quayside::Ui {

GuideBrowser::GuideBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("guideBrowser"));
    setOpenExternalLinks(true);
    document()->setDocumentMargin(16);
}

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource || resource.typeId() != QMetaType::QByteArray)
        return resource;
    QImage image = QImage::fromData(resource.toByteArray());
    if (image.width() > MaxImageWidth)
        image = image.scaledToWidth(MaxImageWidth, Qt::SmoothTransformation);
    return image;
}

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new GuideBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Quayside user guide"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    resize(GuideBrowser::MaxImageWidth + 100, 700);
}

QUrl HelpWindow::guideUrl(const QLocale &locale)
{
    const QString translated
        = QStringLiteral(":/help/user-guide.%1.md").arg(QLocale::languageToCode(locale.language()));
    if (QFile::exists(translated))
        return QUrl(QLatin1String("qrc") + translated);
    return QUrl(QStringLiteral("qrc:/help/user-guide.md"));
}

void addHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(HelpWindow::tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(HelpWindow::tr("&User guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QObject::connect(guide, &QAction::triggered, window, [window] {
        // One guide window per console, kept while the console lives so it reopens where it was.
        auto *guideWindow = window->findChild<HelpWindow *>();
        if (!guideWindow)
            guideWindow = new HelpWindow(window);
        guideWindow->show();
        guideWindow->raise();
        guideWindow->activateWindow();
    });
    help->addSeparator();
    QAction *about = help->addAction(HelpWindow::tr("&About Quayside"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        auto *box = new QMessageBox(QMessageBox::NoIcon,
            HelpWindow::tr("About Quayside"),
            HelpWindow::tr("<h3>Quayside %1</h3>"
                           "<p>Keeps a shop's orders, stock and shipments in sync between Shopify, Odoo and "
                           "ShipBob.</p><p>Built with Qt %2, running on Qt %3.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                    QStringLiteral(QT_VERSION_STR),
                    QString::fromLatin1(qVersion())),
            QMessageBox::Ok,
            window);
        box->setObjectName(QStringLiteral("aboutBox"));
        box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): the console keeps running behind it
    });
    QAction *aboutQt = help->addAction(HelpWindow::tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, window, [window] { QMessageBox::aboutQt(window); });
}

} // namespace Quayside::Ui
