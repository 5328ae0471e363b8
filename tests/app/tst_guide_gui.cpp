// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide and the tour as a user meets them: F1 opens the guide, its contents list
// every chapter and a click scrolls there, the search keeps the sections holding every word
// and marks them, Enter goes on, Escape clears; every picture is made by the application and
// the English and German guides show the same ones in the same chapters; every menu command
// the guide names in bold exists under that name in that language; the PDF holds every
// chapter and picture; `waymark --export-guide` writes it all and refuses bad arguments. The
// tour starts from the start page with the sample, follows what the user does (a card added
// with Insert, moved with Alt+Right, example data imported, an export), can go back, be
// skipped with Escape and reopened from Help, and its bubble stays inside a 1280 x 720 window.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "guiutil.h"

#include "canvas/mapview.h"
#include "document/document.h"
#include "fileactions.h"
#include "document/gallery.h"
#include "preferencesdialog.h"
#include "guide.h"
#include "helpwindow.h"
#include "i18n.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "overlaybar.h"
#include "startpage.h"
#include "tour.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPdfDocument>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTreeWidget>

using namespace waymark;
using namespace waymark::test;

namespace {

QString stripped(QString text)
{
    return text.remove(u'&').trimmed();
}

// The "**Menu > Command**" paths of `markdown`.
QStringList menuPaths(const QString &markdown)
{
    QStringList paths;
    static const QRegularExpression bold(QStringLiteral(R"(\*\*([^*]+? > [^*]+?)\*\*)"));
    for (const auto &m : bold.globalMatch(markdown))
        paths.append(m.captured(1).simplified());
    return paths;
}

// Whether `path` ("Menu > Command") is a command of `window`'s menus: the menu by its title,
// the command by its text or (Undo, Redo: "Undo Add Card") the start of it.
bool hasMenuPath(MainWindow &window, const QString &path)
{
    const QStringList parts = path.split(QStringLiteral(" > "));
    if (parts.size() != 2) return false;
    for (QAction *title : window.menuBar()->actions()) {
        if (!title->menu() || stripped(title->text()) != parts[0]) continue;
        QMenu *menu = title->menu();
        emit menu->aboutToShow(); // menus that fill themselves when opened
        for (QAction *a : menu->actions())
            if (!a->isSeparator() && stripped(a->text()).startsWith(parts[1])) return true;
    }
    return false;
}

int headingsAt(const QString &markdown, int level)
{
    const QString mark = QString(level, u'#') + u' ';
    int n = 0;
    bool code = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(QStringLiteral("```"))) code = !code;
        if (!code && line.startsWith(mark)) ++n;
    }
    return n;
}

QStringList shotsOf(const QString &markdown)
{
    QStringList names;
    static const QRegularExpression image(QStringLiteral(R"(\(shot:([a-z-]+)\))"));
    for (const auto &m : image.globalMatch(markdown))
        names.append(m.captured(1));
    return names;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &text)
{
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return items.value(0);
}

struct AppRun
{
    int code = -1;
    QString err;
};

AppRun app(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WAYMARK_APP_PATH), args);
    if (!p.waitForFinished(120000)) p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestGuideGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { installTranslations(qApp, QStringLiteral("en")); }

    void f1OpensTheGuideWithItsContents()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_F1);
        HelpWindow *help = HelpWindow::instance();
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->windowTitle(), QStringLiteral("Waymark User Guide"));
        // It opens at its beginning.
        QVERIFY(QTest::qWaitForWindowExposed(help));
        QCOMPARE(help->browser()->verticalScrollBar()->value(), 0);
        QCOMPARE(help->currentSection(), QStringLiteral("Waymark User Guide"));
        QTRY_VERIFY(help->contents()->currentItem());
        QCOMPARE(help->contents()->currentItem()->text(0), QStringLiteral("Waymark User Guide"));
        // The title at the top, every chapter ("##") under it, sections under those.
        const QString md = Guide::markdown(QStringLiteral("en"));
        QCOMPARE(help->contents()->topLevelItemCount(), 1);
        QTreeWidgetItem *top = help->contents()->topLevelItem(0);
        QCOMPARE(top->text(0), QStringLiteral("Waymark User Guide"));
        QCOMPARE(top->childCount(), headingsAt(md, 2));
        QVERIFY(top->childCount() >= 9);
        int sections = 0;
        for (int i = 0; i < top->childCount(); ++i)
            sections += top->child(i)->childCount();
        QCOMPARE(sections, headingsAt(md, 3));

        // A click on a chapter scrolls it to the top; the contents follow the scrolling.
        QTreeWidgetItem *workshops = findItem(help->contents(), QStringLiteral("Workshops"));
        QVERIFY(workshops);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        const QRect at = help->contents()->visualItemRect(workshops);
        QTest::mouseClick(help->contents()->viewport(), Qt::LeftButton, {}, at.center());
        QVERIFY(help->browser()->verticalScrollBar()->value() > 0);
        QCOMPARE(help->currentSection(), QStringLiteral("Workshops"));
        QVERIFY(help->showSection(QStringLiteral("Personas")));
        QCOMPARE(help->currentSection(), QStringLiteral("Personas"));
        QCOMPARE(help->contents()->currentItem()->text(0), QStringLiteral("Personas"));
        QVERIFY(!help->showSection(QStringLiteral("No such chapter")));
        help->close();
    }

    void searchKeepsTheSectionsWithEveryWord()
    {
        HelpWindow help;
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        QTest::keySequence(&help, QKeySequence::Find);
        QTRY_VERIFY(help.searchField()->hasFocus());
        QTest::keyClicks(help.searchField(), QStringLiteral("QR code"));
        auto visible = [&](const QString &title) {
            QTreeWidgetItem *item = findItem(help.contents(), title);
            return item && !item->isHidden();
        };
        QVERIFY(visible(QStringLiteral("Workshops")));
        QVERIFY(!visible(QStringLiteral("Personas")));
        QVERIFY(!visible(QStringLiteral("Exporting")));
        QVERIFY(visible(QStringLiteral("Waymark User Guide"))); // the parent stays
        QVERIFY(help.searchResult()->text().contains(QStringLiteral("place")));
        // Each place is marked, and the first is selected and in view.
        const auto marks = help.browser()->extraSelections();
        QVERIFY(marks.size() >= 2);
        const QString selected = help.browser()->textCursor().selectedText().toLower();
        QVERIFY2(selected == u"qr" || selected == u"code", qPrintable(selected));
        QCOMPARE(help.browser()->textCursor().selectionStart(),
                 std::min_element(marks.begin(), marks.end(), [](const auto &a, const auto &b) {
                     return a.cursor.selectionStart() < b.cursor.selectionStart();
                 })->cursor.selectionStart());
        if (const QString dir = qEnvironmentVariable("WAYMARK_SHOTS"); !dir.isEmpty())
            help.grab().save(dir + QStringLiteral("/help-search.png"));
        const int first = help.browser()->textCursor().position();
        QTest::keyClick(help.searchField(), Qt::Key_Return);
        QVERIFY(help.browser()->textCursor().position() > first);
        QTest::keyClick(help.searchField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(help.browser()->textCursor().position(), first);

        // A word that is nowhere: said, and nothing kept.
        help.searchField()->clear();
        QTest::keyClicks(help.searchField(), QStringLiteral("xylophone"));
        QCOMPARE(help.searchResult()->text(), QStringLiteral("Not found"));
        QVERIFY(!visible(QStringLiteral("Workshops")));
        QVERIFY(help.browser()->extraSelections().isEmpty());
        // Escape clears the search and brings every section back.
        QTest::keyClick(help.searchField(), Qt::Key_Escape);
        QVERIFY(help.searchField()->text().isEmpty());
        QVERIFY(visible(QStringLiteral("Workshops")));
        QVERIFY(visible(QStringLiteral("Personas")));
    }

    // The same chapters and pictures in both languages, each picture made and shown.
    void everyPictureIsMadeInBothLanguages()
    {
        const QString en = Guide::markdown(QStringLiteral("en"));
        const QString de = Guide::markdown(QStringLiteral("de"));
        QVERIFY(en.contains(QStringLiteral("# Waymark User Guide")));
        QVERIFY(de.contains(QStringLiteral("# Waymark Benutzerhandbuch")));
        for (int level = 1; level <= 3; ++level)
            QCOMPARE(headingsAt(de, level), headingsAt(en, level));
        QCOMPARE(shotsOf(de), shotsOf(en));
        QCOMPARE(menuPaths(de).size(), menuPaths(en).size());
        QVERIFY(shotsOf(en).size() >= 8);
        for (const QString &name : shotsOf(en))
            QVERIFY2(Guide::shotNames().contains(name), qPrintable(name));
        for (const QString &language : Guide::languages()) {
            installTranslations(qApp, language);
            for (const QString &name : shotsOf(en)) {
                const QImage image = Guide::shot(name, language);
                QVERIFY2(image.width() >= 500 && image.height() >= 300,
                         qPrintable(language + u'/' + name));
                QVERIFY2(distinctColours(image) > 40, qPrintable(language + u'/' + name));
            }
            // In the window every picture is there, no wider than the text.
            QTextDocument doc;
            Guide::load(&doc, language, 700);
            int images = 0;
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
                for (auto it = b.begin(); !it.atEnd(); ++it)
                    if (it.fragment().charFormat().isImageFormat()) {
                        const auto format = it.fragment().charFormat().toImageFormat();
                        const QVariant res =
                            doc.resource(QTextDocument::ImageResource, QUrl(format.name()));
                        QVERIFY2(res.canConvert<QImage>() && !res.value<QImage>().isNull(),
                                 qPrintable(format.name()));
                        QVERIFY(format.width() > 0 && format.width() <= 700);
                        ++images;
                    }
            QCOMPARE(images, int(shotsOf(en).size()));
        }
        QVERIFY(Guide::shot(QStringLiteral("nothing"), QStringLiteral("en")).isNull());
        // The German window picture speaks German (its menu bar differs from the English one).
        const QImage enWindow = Guide::shot(QStringLiteral("window"), QStringLiteral("en"));
        const QImage deWindow = Guide::shot(QStringLiteral("window"), QStringLiteral("de"));
        QVERIFY(enWindow.copy(0, 0, 400, 24) != deWindow.copy(0, 0, 400, 24));
    }

    // What the guide tells the user to choose is there, by that name, in that language.
    void everyMenuCommandNamedExists()
    {
        for (const QString &language : Guide::languages()) {
            installTranslations(qApp, language);
            MainWindow w;
            const QStringList paths = menuPaths(Guide::markdown(language));
            QVERIFY(paths.size() >= 30);
            QStringList missing;
            for (const QString &path : paths)
                if (!hasMenuPath(w, path)) missing.append(path);
            QVERIFY2(missing.isEmpty(), qPrintable(language + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
            // The check itself can fail.
            QVERIFY(!hasMenuPath(w, QStringLiteral("File > No Such Command")));
        }
    }

    void pdfHoldsEveryChapterAndPicture()
    {
        QTemporaryDir dir;
        for (const QString &language : Guide::languages()) {
            installTranslations(qApp, language);
            const QString path = dir.filePath(language + QStringLiteral(".pdf"));
            QString error;
            QVERIFY2(Guide::writePdf(language, path, &error), qPrintable(error));
            QPdfDocument pdf;
            QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
            QVERIFY(pdf.pageCount() >= 6);
            QString text;
            for (int i = 0; i < pdf.pageCount(); ++i)
                text += pdf.getAllText(i).text() + u'\n';
            text = text.simplified();
            QTextDocument doc;
            doc.setMarkdown(Guide::markdown(language));
            for (const Guide::Section &s : Guide::sections(doc))
                QVERIFY2(text.contains(s.title), qPrintable(language + QStringLiteral(": ") + s.title));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(int(file.readAll().count("/Subtype /Image")),
                     int(shotsOf(Guide::markdown(language)).size()));
        }
        // An unwritable place: the reason, naming it.
        QString error;
        QVERIFY(!Guide::writePdf(QStringLiteral("en"), QStringLiteral("/proc/no/guide.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/proc/no/guide.pdf")), qPrintable(error));
    }

    // `waymark --export-guide DIR --lang de`, as the docs target runs it.
    void exportGuideFromTheCommandLine()
    {
        QTemporaryDir dir;
        const AppRun run = app({QStringLiteral("--export-guide"), dir.path(),
                                QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile md(dir.filePath(QStringLiteral("de/guide.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Waymark Benutzerhandbuch")));
        QVERIFY(!text.contains(QStringLiteral("shot:")));
        for (const QString &name : shotsOf(Guide::markdown(QStringLiteral("de")))) {
            QVERIFY(text.contains(QStringLiteral("(%1.png)").arg(name)));
            QImage image(dir.filePath(QStringLiteral("de/%1.png").arg(name)));
            QVERIFY2(!image.isNull(), qPrintable(name));
        }
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("de/guide.pdf"))).size() > 100000);

        const AppRun unknown = app({QStringLiteral("--export-guide"), dir.path(),
                                    QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("Unknown language \"fr\"")), qPrintable(unknown.err));
        const AppRun unwritable = app({QStringLiteral("--export-guide"), QStringLiteral("/proc/guide")});
        QCOMPARE(unwritable.code, 1);
        QVERIFY2(unwritable.err.contains(QStringLiteral("/proc/guide")), qPrintable(unwritable.err));
    }

    void tourFollowsWhatTheUserDoes()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // From the start page: the sample opens and the first step points at the palette.
        auto *take = w.startPage()->findChild<QPushButton *>(QStringLiteral("startTour"));
        QVERIFY(take && take->isVisible());
        QTest::mouseClick(take, Qt::LeftButton);
        QVERIFY(w.document());
        Tour *tour = w.tour();
        QVERIFY(tour->isRunning());
        QCOMPARE(tour->step(), int(Tour::AddCard));
        QCOMPARE(tour->findChild<QLabel *>(QStringLiteral("tourCounter"))->text(),
                 QStringLiteral("Step 1 of 6"));
        auto *palette = w.findChild<QDockWidget *>(QStringLiteral("paletteDock"));
        QCOMPARE(tour->targetRect(), QRect(palette->mapTo(&w, QPoint()), palette->size()));
        auto *highlight = w.findChild<QWidget *>(QStringLiteral("tourHighlight"));
        QVERIFY(highlight->isVisible());
        QVERIFY(highlight->geometry().contains(tour->targetRect()));
        QVERIFY(!tour->geometry().intersects(tour->targetRect()));

        // Insert adds a card; Ctrl+Enter keeps its text: the step is done, the next follows.
        const int cards = int(w.document()->project().journeys.first().cards.size());
        w.mapView()->setFocus();
        QTest::keyClick(w.mapView(), Qt::Key_Insert);
        QApplication::processEvents();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Tour card"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(int(w.document()->project().journeys.first().cards.size()), cards + 1);
        QVERIFY(tour->findChild<QLabel *>(QStringLiteral("tourTitle"))->text().startsWith(u"✓"));
        QTRY_COMPARE(tour->step(), int(Tour::MoveCard));
        // Back returns to a step, Next goes on without doing it.
        QTest::mouseClick(tour->backButton(), Qt::LeftButton);
        QCOMPARE(tour->step(), int(Tour::AddCard));
        QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
        QCOMPARE(tour->step(), int(Tour::MoveCard));
        // Alt+Right moves the selected card to the next stage.
        QVERIFY(!w.document()->selectedCards().isEmpty());
        w.mapView()->setFocus();
        QTest::keyClick(w.mapView(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(tour->step(), int(Tour::DrawFeeling));
        QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
        QCOMPARE(tour->step(), int(Tour::ImportData));
        QCOMPARE(tour->targetRect(),
                 QRect(w.overlayStrip()->mapTo(&w, QPoint()), w.overlayStrip()->size()));

        // Example Data opens the import with figures for this journey's stages; importing
        // them is the step.
        QVERIFY(tour->exampleDataButton()->isVisible());
        bool importable = false;
        whenShown<ImportDialog>([&](ImportDialog *dialog) {
            auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
            importable = button->isEnabled();
            if (importable) QTest::mouseClick(button, Qt::LeftButton);
            else dialog->reject();
        });
        QTest::mouseClick(tour->exampleDataButton(), Qt::LeftButton);
        QVERIFY(importable);
        QVERIFY(w.document()->project().observations.size() >=
                2 * w.document()->project().journeys.first().stages.size());
        QTRY_COMPARE(tour->step(), int(Tour::Export));
        // The step points at the File menu; an export is the step.
        QVERIFY(tour->targetRect().intersects(
            QRect(w.menuBar()->mapTo(&w, QPoint()), w.menuBar()->size())));
        QVERIFY(!tour->exampleDataButton()->isVisible());
        emit w.exported({QStringLiteral("/tmp/map.pdf")});
        QTRY_COMPARE(tour->step(), int(Tour::Workshop));

        // Escape skips; Help > Tour of the Canvas starts again at the first step.
        tour->nextButton()->setFocus();
        QTest::keyClick(tour->nextButton(), Qt::Key_Escape);
        QVERIFY(!tour->isRunning());
        QVERIFY(!highlight->isVisible());
        w.findChild<QAction *>(QStringLiteral("tourAction"))->trigger();
        QVERIFY(tour->isRunning());
        QCOMPARE(tour->step(), int(Tour::AddCard));
        QTest::mouseClick(tour->skipButton(), Qt::LeftButton);
        QVERIFY(!tour->isRunning());
        QVERIFY(QSettings().value(QStringLiteral("tour/taken")).toBool());
    }

    // Every step's bubble inside a 1280 x 720 window, beside what it points at, in German too.
    void bubbleFitsTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void bubbleFitsTheWindow()
    {
        QFETCH(QString, language);
        installTranslations(qApp, language);
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Tour *tour = w.tour();
        tour->start();
        QVERIFY(tour->isRunning());
        for (int step = Tour::AddCard; step <= Tour::Finished; ++step) {
            QCOMPARE(tour->step(), step);
            QApplication::processEvents();
            const QRect bubble = tour->geometry();
            QVERIFY2(w.rect().contains(bubble), qPrintable(QString::number(step)));
            QVERIFY(bubble.height() < 400);
            // Its text is not cut: the label has the height its words need.
            QLabel *text = tour->textLabel();
            QVERIFY(text->height() >= text->heightForWidth(text->width()));
            const QRect target = tour->targetRect();
            if (target.width() < w.width() / 2)
                QVERIFY2(!bubble.intersects(target), qPrintable(QString::number(step)));
            if (const QString dir = qEnvironmentVariable("WAYMARK_SHOTS"); !dir.isEmpty())
                w.grab().save(QStringLiteral("%1/tour-%2-%3.png").arg(dir, language).arg(step));
            QTest::mouseClick(tour->nextButton(), Qt::LeftButton);
        }
        QVERIFY(!tour->isRunning()); // Finish ends it
    }

    // The sample and the template names speak the language on screen, also when it was
    // chosen for one run (`waymark --lang de`, the German guide's pictures) rather than in
    // the preferences.
    void theLanguageOnScreenDecides()
    {
        QSettings().remove(QStringLiteral("language"));
        installTranslations(qApp, QStringLiteral("de"));
        MainWindow w;
        QVERIFY(w.fileActions()->openSample());
        QCOMPARE(w.document()->project().info.language, QStringLiteral("de"));
        PreferencesDialog preferences;
        auto *templates = preferences.findChild<QComboBox *>(QStringLiteral("preferencesTemplate"));
        QCOMPARE(templates->itemText(0), Gallery::all().first().name(QStringLiteral("de")));
        QVERIFY(templates->itemText(0) != Gallery::all().first().name(QStringLiteral("en")));
    }

    // The window picture of the German guide showed a card's text in a sliver beside its
    // label: in a narrow Properties dock the text now goes below the label, readable.
    void cardTextIsReadableInANarrowDock()
    {
        installTranslations(qApp, QStringLiteral("de"));
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openSample());
        const Journey &journey = w.document()->project().journeys.first();
        w.document()->setSelectedCards({journey.cards.first().id});
        QApplication::processEvents();
        auto *text = w.findChild<QWidget *>(QStringLiteral("cardText"));
        QVERIFY(text && text->isVisible());
        QVERIFY2(text->width() >= 170, qPrintable(QString::number(text->width())));
    }

    void exampleDataFitsTheJourney()
    {
        MainWindow w;
        QVERIFY(w.fileActions()->openSample());
        QString error;
        const QString path = Tour::writeExampleData(*w.document(), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
        const Journey &journey = w.document()->project().journeys.first();
        QCOMPARE(lines.size(), journey.stages.size() + 1);
        QCOMPARE(lines[0], QStringLiteral("\"Stage\",\"Drop-off rate (%)\",\"CSAT (1-5)\""));
        QVERIFY(lines[1].startsWith(u'"' + journey.stages[0].name + u'"'));
    }
};

QTEST_MAIN(TestGuideGui)
#include "tst_guide_gui.moc"
