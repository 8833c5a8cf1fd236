#include "ui/helpwindow.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Quayside;

namespace {

QStringList headings(const QTextDocument *document)
{
    QStringList found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2)
            found.append(block.text());
    return found;
}

QStringList imageNames(const QTextDocument *document)
{
    QStringList found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                found.append(it.fragment().charFormat().toImageFormat().name());
    return found;
}

QAction *action(QMainWindow &window, const char *name)
{
    auto *found = window.menuBar()->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

} // namespace

class TestHelpWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theGuideFollowsTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("guide");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                 << QStringLiteral("qrc:/help/user-guide.md");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                                << QStringLiteral("qrc:/help/user-guide.de.md");
        QTest::newRow("Austrian German") << QLocale(QLocale::German, QLocale::Austria)
                                         << QStringLiteral("qrc:/help/user-guide.de.md");
        QTest::newRow("French: no guide, so English")
            << QLocale(QLocale::French, QLocale::France) << QStringLiteral("qrc:/help/user-guide.md");
    }

    void theGuideFollowsTheLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, guide);
        QCOMPARE(Ui::HelpWindow::guideUrl(locale).toString(), guide);
    }

    // Both guides render from the resource with every section and every picture, pictures no wider than
    // the text.
    void bothGuidesRenderWithTheirPictures_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("English") << QLocale(QLocale::English)
                                 << QStringList { QStringLiteral("Getting started on the sandbox"),
                                        QStringLiteral("Connecting real systems"),
                                        QStringLiteral("Triaging exceptions"),
                                        QStringLiteral("Tracing an order"),
                                        QStringLiteral("Orders collected in store"),
                                        QStringLiteral("Matching payouts to the books"),
                                        QStringLiteral("Editing mappings"),
                                        QStringLiteral("Who may do what: viewer, operator, admin"),
                                        QStringLiteral("More") };
        QTest::newRow("German") << QLocale(QLocale::German)
                                << QStringList { QStringLiteral("Erste Schritte in der Sandbox"),
                                       QStringLiteral("Echte Systeme verbinden"),
                                       QStringLiteral("Ausnahmen bearbeiten"),
                                       QStringLiteral("Eine Bestellung verfolgen"),
                                       QStringLiteral("Abholung im Geschäft"),
                                       QStringLiteral("Auszahlungen mit der Buchhaltung abgleichen"),
                                       QStringLiteral("Zuordnungen bearbeiten"),
                                       QStringLiteral("Wer was darf: Betrachter, Bediener, Admin"),
                                       QStringLiteral("Mehr") };
    }

    void bothGuidesRenderWithTheirPictures()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, sections);
        Ui::GuideBrowser browser;
        browser.setSource(Ui::HelpWindow::guideUrl(locale), QTextDocument::MarkdownResource);
        QCOMPARE(headings(browser.document()), sections);
        const QStringList images = imageNames(browser.document());
        QCOMPARE(images.size(), 7);
        for (const QString &name : images) {
            const QVariant loaded = browser.loadResource(QTextDocument::ImageResource, QUrl(name));
            QVERIFY2(loaded.canConvert<QImage>(), qPrintable(name));
            const QImage image = loaded.value<QImage>();
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY(image.width() <= Ui::GuideBrowser::MaxImageWidth);
            QVERIFY(image.width() >= Ui::GuideBrowser::MaxImageWidth / 2); // scaled, not a thumbnail
        }
    }

    void f1OpensOneGuideWindow()
    {
        QMainWindow window;
        Ui::addHelpMenu(&window);
        window.show();
        QAction *guide = action(window, "userGuideAction");
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(!window.findChild<Ui::HelpWindow *>());
        guide->trigger();
        auto *help = window.findChild<Ui::HelpWindow *>();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QVERIFY(help->isWindow());
        QVERIFY(help->browser()->toPlainText().contains(QLatin1String("exception")));
        help->close();
        guide->trigger();
        QCOMPARE(window.findChildren<Ui::HelpWindow *>().size(), 1);
        QVERIFY(help->isVisible());
    }

    void aboutNamesTheVersionWithoutBlocking()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3~dev4.gabc"));
        QMainWindow window;
        Ui::addHelpMenu(&window);
        window.show();
        action(window, "aboutAction")->trigger(); // returns: the box is window-modal, not a nested loop
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("Quayside 1.2.3~dev4.gabc")));
        QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
        box->accept();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("aboutBox")));
    }
};

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
