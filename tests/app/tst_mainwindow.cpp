// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"
#include "guiutil.h"
#include "analytics/friction.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "document/templates.h"
#include "eventlogdialog.h"
#include "fileactions.h"
#include "flowpanel.h"
#include "frictionpanel.h"
#include "i18n.h"
#include "importdialog.h"
#include "io/xlsxwriter.h"
#include "journeypanel.h"
#include "mainwindow.h"
#include "menutext.h"
#include "mergedialog.h"
#include "overlaybar.h"
#include "palettepanel.h"
#include "personastrip.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "surveydialog.h"
#include "storage/checker.h"
#include "storage/projectjson.h"
#include "untitled.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace waymark;
using namespace waymark::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString sampleFile()
    {
        Project p;
        QString error;
        sampleProject(QStringLiteral("en"), &p, &error);
        const QString file = m_dir.filePath(QStringLiteral("s%1.waymark").arg(++m_n));
        Store::create(file, p, &error);
        return file;
    }
    static QToolButton *buttonNamed(QWidget *w, const QString &accessibleName)
    {
        for (QToolButton *b : w->findChildren<QToolButton *>())
            if (b->accessibleName() == accessibleName) return b;
        return nullptr;
    }
    // The English KPI file of the tests, planned for the window's project.
    static MetricImportPlan importKpis(MainWindow &w)
    {
        const QString file = QStringLiteral(WAYMARK_TESTDATA "/tables/kpis-en-wide-units.csv");
        QString error;
        Table head;
        int n = 0;
        const auto read = TableReader::read(file, {}, &error, [&](const QStringList &r, qint64) {
            head.rows.append(r);
            return ++n < 200;
        });
        head.columns = read ? read->columns : QStringList();
        return *MetricImporter::plan(w.document()->project(), file, {}, MetricMapping::guess(head),
                                     &error);
    }
    static QString statusText(MainWindow &w)
    {
        QStringList texts;
        for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
            texts.append(l->text());
        return texts.join(QLatin1Char('|'));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensFileAndShowsJourneys()
    {
        const QString file = sampleFile();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(file));
        QCOMPARE(w.document()->filePath(), file);
        QVERIFY(w.windowTitle().startsWith(QFileInfo(file).fileName()));
        QVERIFY2(statusText(w).contains(QStringLiteral("All changes saved")),
                 qPrintable(statusText(w)));
        QListWidget *list = w.journeyPanel()->list();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("future state")));

        // Clicking the second journey shows it.
        const QRect rect = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(w.document()->currentJourneyId(), w.document()->project().journeys[1].id);
    }

    void fitsAProjectorScreen_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    // A 1280 x 720 projector: the whole window fits, with a project and the overlay on,
    // in English and in German.
    void fitsAProjectorScreen()
    {
        QFETCH(QString, lang);
        installTranslations(qApp, lang);
        const auto restore = qScopeGuard([] { installTranslations(qApp, QStringLiteral("en")); });
        const QString file = sampleFile();
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(file));
        const QSize limit(1280, 720 - 30); // a title bar
        const auto fits = [&] {
            const QSize min = w.minimumSizeHint();
            return min.width() <= limit.width() && min.height() <= limit.height();
        };
        const auto size = [&] {
            return QStringLiteral("%1 x %2")
                .arg(w.minimumSizeHint().width())
                .arg(w.minimumSizeHint().height());
        };
        QVERIFY2(fits(), qPrintable(size()));
        // The overlay's long legend wraps under the map instead of widening the window.
        QVERIFY(w.document()->importMetrics(importKpis(w)));
        QComboBox *metric = w.overlayBar()->metricBox();
        metric->setCurrentIndex(metric->count() - 1);
        emit metric->activated(metric->count() - 1);
        QVERIFY(w.overlayBar()->legend()->isVisibleTo(&w));
        QVERIFY(!w.overlayBar()->legend()->text().isEmpty());
        QVERIFY2(fits(), qPrintable(size()));
        QVERIFY(w.overlayBar()->legend()->minimumSizeHint().width() < 300);
        // The toolbar keeps Zoom, Fit and Find out of its overflow.
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mapToolBar"));
        QVERIFY(bar);
        w.resize(1280, 690);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (QAction *a : bar->actions())
            if (!a->isSeparator())
                QVERIFY2(bar->widgetForAction(a) && bar->widgetForAction(a)->isVisible(),
                         qPrintable(a->text()));
        // On such a screen the window fills it, maximised; on a large one it is not.
        bool maximize = false;
        QCOMPARE(MainWindow::firstGeometry(QRect(0, 0, 1280, 720), &maximize),
                 QRect(0, 0, 1280, 720));
        QVERIFY(maximize);
        // QT_SCALE_FACTOR=2 on a 1920 x 1080 screen leaves 960 x 540 to lay out.
        QCOMPARE(MainWindow::firstGeometry(QRect(0, 0, 960, 540), &maximize).size(),
                 QSize(960, 540));
        QVERIFY(maximize);
        const QRect large = MainWindow::firstGeometry(QRect(0, 0, 2560, 1440), &maximize);
        QVERIFY(!maximize);
        QVERIFY(QRect(0, 0, 2560, 1440).contains(large));
        QVERIFY(large.width() < 2560);
    }

    // The legend sits beside the overlay's choosers when there is room for it, else on a row
    // of its own under them, never squeezed into a narrow column.
    void legendBesideOrUnderChoosers()
    {
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(sampleFile()));
        QVERIFY(w.document()->importMetrics(importKpis(w)));
        QComboBox *metric = w.overlayBar()->metricBox();
        metric->setCurrentIndex(metric->count() - 1);
        emit metric->activated(metric->count() - 1);
        w.resize(1280, 690);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QLabel *legend = w.overlayBar()->legend();
        const auto legendRect = [&] { return QRect(legend->mapTo(&w, QPoint()), legend->size()); };
        const auto metricRect = [&] { return QRect(metric->mapTo(&w, QPoint()), metric->size()); };
        // The map alone in the window: one row.
        // (Layouts settle on later events; a loaded machine needs more than a moment.)
        w.focusAction()->trigger();
        QTRY_VERIFY2(
            legendRect().left() > metricRect().right(),
            qPrintable(QStringLiteral("%1 %2").arg(legendRect().left()).arg(metricRect().right())));
        QVERIFY(legendRect().top() < metricRect().bottom());
        // With the docks back in a narrow window: the legend under the choosers, full width.
        w.focusAction()->trigger();
        w.resize(900, 690);
        QTRY_VERIFY2(
            legendRect().top() >= metricRect().bottom(),
            qPrintable(QStringLiteral("%1 %2").arg(legendRect().top()).arg(metricRect().bottom())));
        QVERIFY(legend->width() > w.overlayStrip()->width() / 2);
    }

    void focusOnMapAndBack()
    {
        MainWindow w;
        w.resize(1280, 690);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(sampleFile()));
        QTest::qWait(20);
        const int mapWidth = w.mapView()->width();
        // Docks start narrow: the map has most of the window.
        QVERIFY2(mapWidth > 1280 / 2, qPrintable(QString::number(mapWidth)));
        QList<QDockWidget *> shown;
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            if (dock->isVisible()) shown.append(dock);
        QVERIFY(shown.size() >= 3);
        // One shortcut hides them all...
        QCOMPARE(w.focusAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(20);
        for (QDockWidget *dock : std::as_const(shown))
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        QVERIFY(w.mapView()->width() > mapWidth + 300);
        // ...and brings the same ones back.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(20);
        for (QDockWidget *dock : std::as_const(shown))
            QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
        QCOMPARE(w.mapView()->width(), mapWidth);
        QVERIFY(!w.focusAction()->isChecked());
    }

    void startPageWithoutAProject()
    {
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList{sampleFile()});
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // No project: the start page alone, and nothing that needs a map can be used.
        QVERIFY(w.startPage()->isVisible());
        QVERIFY(!w.mapView()->isVisible());
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        for (QAction *a : w.projectActions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(w.projectActions().size() >= 10);
        QVERIFY(!w.palettePanel()->isEnabled());
        // The recent project opens with a double-click (here: Enter on it).
        QListWidget *recent = w.startPage()->recentList();
        QCOMPARE(recent->count(), 1);
        recent->setCurrentRow(0);
        emit recent->itemActivated(recent->item(0));
        QVERIFY(w.document());
        QVERIFY(w.mapView()->isVisible());
        QVERIFY(!w.startPage()->isVisible());
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("propertiesDock"))->isVisible());
        for (QAction *a : w.projectActions())
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        // Closing the project brings the start page back.
        QVERIFY(w.fileActions()->closeDocument());
        QVERIFY(w.startPage()->isVisible());
        QVERIFY(!w.focusAction()->isEnabled());
    }

    void duplicateThenUndoWithKeyboard()
    {
        const QString file = sampleFile();
        const QStringList before = dumpFile(file);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(file));
        QToolButton *dup =
            buttonNamed(w.journeyPanel(), QStringLiteral("Duplicate as future state"));
        QVERIFY(dup);
        QTest::mouseClick(dup, Qt::LeftButton);
        QCOMPARE(w.journeyPanel()->list()->count(), 3);
        QCOMPARE(w.document()->currentJourneyId(), w.document()->project().journeys[1].id);
        QVERIFY(dumpFile(file) != before);
        // The Edit menu's undo action names the step.
        QAction *undo = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo)) undo = a;
        QVERIFY(undo);
        QCOMPARE(undo->text(),
                 QStringLiteral("&Undo Duplicate journey \"Renew an internet contract\""));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.journeyPanel()->list()->count(), 2);
        QCOMPARE(dumpFile(file), before);
        const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0];
        QTest::keyClick(&w, redo.key(), redo.keyboardModifiers());
        QCOMPARE(w.journeyPanel()->list()->count(), 3);
    }

    void ampersandsInNamesStayAmpersands()
    {
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(sampleFile()));
        Document *doc = w.document();
        Stage s = doc->project().journeys[0].stages[2];
        s.name = QStringLiteral("Download & install");
        QVERIFY(doc->changeStage(doc->currentJourneyId(), s));
        QVERIFY(doc->moveStage(doc->currentJourneyId(), 2, 3));
        QAction *undo = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo)) undo = a;
        QVERIFY(undo);
        // "&&" is shown as "&" (a single "&" would underline the "i" and hide itself).
        QCOMPARE(undo->text(), QStringLiteral("&Undo Move stage \"Download && install\""));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Move stage \"Download & install\""));
        doc->undoStack()->undo();
        QAction *redo = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Redo)) redo = a;
        QVERIFY(redo);
        QCOMPARE(redo->text(), QStringLiteral("&Redo Move stage \"Download && install\""));
        // Persona names in the strip's menu too.
        Persona p = doc->project().personas[0];
        p.name = QStringLiteral("Anna & Tom");
        QVERIFY(doc->changePersona(p));
        QMenu *menu = w.personaStrip()->linkButton()->menu();
        emit menu->aboutToShow(); // the menu is made when it opens
        QVERIFY(!menu->actions().isEmpty());
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("Anna && Tom"));
    }

    void keyboardShortcutsListEveryShortcut()
    {
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(sampleFile()));
        ShortcutsDialog dialog(w.menuBar(), &w);
        const auto entries = dialog.entries();
        QStringList listed;
        for (const auto &[name, keys] : entries)
            listed.append(keys);
        // Every shortcut of every menu is there, with its command.
        int checked = 0;
        std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->menu()) walk(a->menu());
                if (a->shortcut().isEmpty()) continue;
                ++checked;
                const QString keys = a->shortcut().toString(QKeySequence::NativeText);
                QVERIFY2(std::any_of(entries.begin(), entries.end(),
                                     [&](const auto &e) { return e.second.contains(keys); }),
                         qPrintable(a->text() + QStringLiteral(" ") + keys));
            }
        };
        for (QAction *top : w.menuBar()->actions())
            if (top->menu()) walk(top->menu());
        QVERIFY(checked >= 25);
        const auto has = [&](const QString &name, const QKeySequence &keys) {
            return std::any_of(entries.begin(), entries.end(), [&](const auto &e) {
                return e.first == name &&
                       e.second.contains(keys.toString(QKeySequence::NativeText));
            });
        };
        QVERIFY(has(QStringLiteral("Edit > Find and Filter..."), QKeySequence::Find));
        QVERIFY(has(QStringLiteral("View > Focus on Map"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)));
        QVERIFY(has(QStringLiteral("Stage > Move Stage Left"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left)));
        // The map's own keys too.
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const auto &e) {
            return e.first.startsWith(QStringLiteral("On the map > ")) &&
                   e.second == QStringLiteral("Alt+Arrows");
        }));
        // The filter keeps what matches.
        auto *filter = dialog.findChild<QLineEdit *>();
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("zoom"));
        int shown = 0;
        for (int g = 0; g < dialog.list()->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = dialog.list()->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i)
                if (!group->child(i)->isHidden() && !group->isHidden()) {
                    ++shown;
                    QVERIFY(group->child(i)->text(0).contains(QStringLiteral("Zoom"),
                                                              Qt::CaseInsensitive));
                }
        }
        QVERIFY(shown >= 3);
    }

    void zoomWithKeyboardAndScreenshot()
    {
        const QString file = sampleFile();
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(file));
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(w.mapView()->zoom(), 1.25);
        QVERIFY(statusText(w).contains(QStringLiteral("125 %")));
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(w.mapView()->zoom(), 1.0);
        const QImage full = w.grab().toImage();
        QVERIFY(full.save(QDir::current().filePath(QStringLiteral("mainwindow-100.png"))));
        QTest::keyClick(&w, Qt::Key_9, Qt::ControlModifier);
        QVERIFY(w.mapView()->zoom() < 0.9); // the whole map fits the view
        const QImage fit = w.grab().toImage();
        QVERIFY(fit.save(QDir::current().filePath(QStringLiteral("mainwindow-fit.png"))));
        QVERIFY(fit != full);
    }

    void dropOpensProject()
    {
        const QString file = sampleFile();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&w, &drop);
        QVERIFY(w.document());
        QCOMPARE(w.document()->filePath(), file);

        // A table is welcome on an open project (its metrics are imported); other files not.
        QMimeData table;
        table.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/table.csv"))});
        QDragEnterEvent welcome(QPoint(10, 10), Qt::CopyAction, &table, Qt::LeftButton, {});
        welcome.setAccepted(false);
        QApplication::sendEvent(&w, &welcome);
        QVERIFY(welcome.isAccepted());
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/letter.docx"))});
        QDragEnterEvent refuse(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, {});
        refuse.setAccepted(false);
        QApplication::sendEvent(&w, &refuse);
        QVERIFY(!refuse.isAccepted());
    }

    // A consultant drops the raw click log on the sample: Waymark sees an event log, suggests
    // the columns, analyzes it off the UI thread, shows the figures, and the figures shown
    // are the values the touchpoint cards get, in one undo step. Then the survey file.
    // A Mermaid journey dropped on the window (or chosen in File > Import Mermaid Journey...)
    // becomes a new journey in one step, which Ctrl+Z takes back whole; a broken one says
    // which line and changes nothing.
    void consultantDropsMermaidJourney()
    {
        const QString file = sampleFile();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(file));
        QAction *menu = w.findChild<QAction *>(QStringLiteral("importMermaid"));
        QVERIFY(menu && menu->isEnabled());
        QCOMPARE(menu->text(), QStringLiteral("Import &Mermaid Journey..."));
        const Project before = w.document()->project();
        const QString mmd = m_dir.filePath(QStringLiteral("day.mmd"));
        QFile f(mmd);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n"
                "    Do work: 1: Me, Anna Keller\n  section Go home\n    Sit down: 4\n");
        f.close();
        QVERIFY(dropFile(&w, mmd));
        const Project &p = w.document()->project();
        QCOMPARE(p.journeys.size(), before.journeys.size() + 1);
        const Journey *j = p.journey(w.document()->currentJourneyId());
        QVERIFY(j);
        QCOMPARE(j->name, QStringLiteral("My working day"));
        QCOMPARE(j->stages.size(), 2);
        // "Anna Keller" is the sample's persona; "Me" is new.
        QCOMPARE(p.personas.size(), before.personas.size() + 1);
        QCOMPARE(p.personas.last().name, QStringLiteral("Me"));
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Imported \"My working day\": 2 stages, 3 tasks, 1 new persona"));
        // One step back with the keyboard: journey and persona gone; and forward again.
        QTest::keySequence(&w, QKeySequence(QKeySequence::Undo));
        QCOMPARE(w.document()->project().journeys.size(), before.journeys.size());
        QCOMPARE(w.document()->project().personas.size(), before.personas.size());
        QTest::keySequence(&w, QKeySequence(QKeySequence::Redo));
        QCOMPARE(w.document()->project().journeys.size(), before.journeys.size() + 1);
        w.document()->undoStack()->undo();

        // A score of 7: the message names the file and the line; nothing changes.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("journey\n  section A\n    Make tea: 7\n");
        f.close();
        QString shown;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        QVERIFY(!w.importMermaid(mmd));
        QVERIFY2(shown.contains(QStringLiteral("day.mmd: line 3: the score of \"Make tea\" is 7; it must be from 1 to 5")),
                 qPrintable(shown));
        QCOMPARE(normalized(w.document()->project()), normalized(before));
    }

    // A project's JSON form (from git, say) dropped on the window, or chosen in File > New
    // Project from JSON..., opens as an untitled project equal to the one exported; a JSON
    // from a newer Waymark says so and opens nothing.
    void jsonFormOpensAsNewProject()
    {
        const QString file = sampleFile();
        QByteArray json;
        QString error;
        QVERIFY2(ProjectJson::writeFile(file, &json, &error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("from-git.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        OpenResult opened;
        Project expected;
        QVERIFY(Store::open(file, Store::Access::ReadOnly, &opened)->load(&expected, &error));

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *menu = w.findChild<QAction *>(QStringLiteral("newFromJson"));
        QVERIFY(menu && menu->isEnabled());
        QVERIFY(dropFile(&w, path));
        QVERIFY(w.document());
        QVERIFY(isUntitledPath(w.document()->filePath()));
        QCOMPARE(normalized(w.document()->project()), normalized(expected));
        const QString untitled = w.document()->filePath();
        QVERIFY(w.fileActions()->closeDocument()); // untouched: closes without asking
        QVERIFY(!QFile::exists(untitled));

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json.replace("\"format\": 1", "\"format\": 5"));
        f.close();
        QString shown;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        QVERIFY(!w.fileActions()->newFromJson(path));
        QVERIFY2(shown.contains(QStringLiteral("from-git.json")) &&
                     shown.contains(QStringLiteral("newer version of Waymark")),
                 qPrintable(shown));
        QVERIFY(!w.document());
    }

    // File > Merge Copies... with the user's copy open: the other copy and the base typed in,
    // Compare lists the two conflicts with both sides; the card is kept both ways and the
    // stage order taken from theirs with the keyboard; the merged file opens in a new window
    // and holds exactly what the list said.
    void consultantMergesTwoCopies()
    {
        const QString base = sampleFile();
        const QString mine = m_dir.filePath(QStringLiteral("mine%1.waymark").arg(++m_n));
        const QString theirs = m_dir.filePath(QStringLiteral("theirs%1.waymark").arg(m_n));
        const QString out = m_dir.filePath(QStringLiteral("merged%1.waymark").arg(m_n));
        QVERIFY(QFile::copy(base, mine) && QFile::copy(base, theirs));
        for (const QString &f : {mine, theirs})
            QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
        const Project start = reopenProject(base);
        const Journey &j = start.journeys[0];
        auto edit = [](const QString &file, const QString &text, int from, int to) {
            OpenResult opened;
            auto doc = Document::open(file, Store::Access::ReadWrite, &opened);
            QVERIFY(doc);
            Card c = doc->project().journeys[0].cards[0];
            c.text = text;
            QVERIFY(doc->changeCard(doc->project().journeys[0].id, c));
            QVERIFY(doc->moveStage(doc->project().journeys[0].id, from, to));
            doc->close();
        };
        edit(mine, QStringLiteral("Mine text"), 0, 2);
        edit(theirs, QStringLiteral("Theirs text"), 0, 4);
        const Project theirProject = reopenProject(theirs);

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(mine));
        QAction *action = w.findChild<QAction *>(QStringLiteral("mergeCopies"));
        QVERIFY(action && action->isEnabled());
        bool done = false;
        whenShown<MergeDialog>([&](MergeDialog *d) {
            auto finish = qScopeGuard([&] { d->reject(); });
            QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("mine"))->text(), mine);
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("base")), base);
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("theirs")), theirs);
            auto *merge = d->findChild<QPushButton *>(QStringLiteral("merge"));
            QVERIFY(!merge->isEnabled());
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("compare")), Qt::LeftButton);
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty()) {
                d->resize(1000, 520); // as it opens on a 1280 x 720 screen
                d->grab().save(shots + QStringLiteral("/merge-dialog.png"));
            }
            QVERIFY(merge->isEnabled());
            auto *list = d->findChild<QTreeWidget *>(QStringLiteral("conflicts"));
            QCOMPARE(list->topLevelItemCount(), 2);
            QTreeWidgetItem *card = list->topLevelItem(0);
            QCOMPARE(card->text(0), QStringLiteral("card \"%1\"").arg(j.cards[0].text.left(59)));
            QCOMPARE(card->text(1), QStringLiteral("changed in both copies"));
            QCOMPARE(card->text(2), QStringLiteral("text: \"Mine text\""));
            QCOMPARE(card->text(3), QStringLiteral("text: \"Theirs text\""));
            QTreeWidgetItem *order = list->topLevelItem(1);
            QCOMPARE(order->text(0), QStringLiteral("the order of the stages"));
            auto *keepCard = qobject_cast<QComboBox *>(list->itemWidget(card, 4));
            auto *keepOrder = qobject_cast<QComboBox *>(list->itemWidget(order, 4));
            QCOMPARE(keepCard->count(), 3); // a card can be kept both ways
            QCOMPARE(keepOrder->count(), 2);
            keepCard->setFocus();
            QTest::keyClick(keepCard, Qt::Key_End);
            QCOMPARE(keepCard->currentText(), QStringLiteral("Both"));
            keepOrder->setFocus();
            QTest::keyClick(keepOrder, Qt::Key_Down);
            QCOMPARE(keepOrder->currentText(), QStringLiteral("Theirs"));
            QString error;
            QVERIFY(!d->mergeInto(mine, &error)); // never over one of the copies
            QVERIFY2(error.contains(QStringLiteral("choose a new file")), qPrintable(error));
            QVERIFY2(d->mergeInto(out, &error), qPrintable(error));
            finish.dismiss();
            d->accept();
            done = true;
        });
        action->trigger();
        QVERIFY(done);
        MainWindow *merged = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *other = qobject_cast<MainWindow *>(top);
                other && other->document() && other->document()->filePath() == out)
                merged = other;
        QVERIFY(merged);
        auto closeMerged = qScopeGuard([&] { merged->close(); });
        const Journey &m = merged->document()->project().journeys[0];
        QCOMPARE(m.cards.size(), j.cards.size() + 1);
        QStringList names, expected;
        for (const Stage &s : m.stages)
            names << s.name;
        for (const Stage &s : theirProject.journeys[0].stages)
            expected << s.name;
        QCOMPARE(names, expected);
        QStringList texts;
        for (const Card *c : m.cellCards(j.cards[0].stageId, j.cards[0].laneId))
            texts << c->text;
        QVERIFY2(texts.indexOf(QStringLiteral("Theirs text")) ==
                     texts.indexOf(QStringLiteral("Mine text")) + 1,
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(checkProjectFile(out).problems.isEmpty());
    }

    void consultantDropsEventLogAndSurvey()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        const QString file = m_dir.filePath(QStringLiteral("events%1.waymark").arg(++m_n));
        QVERIFY(Store::create(file, p, &error));
        OpenResult opened;
        auto doc = Document::open(file, Store::Access::ReadWrite, &opened);
        QVERIFY(doc);
        MainWindow w;
        w.setDocument(std::move(doc));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString dir = QStringLiteral(WAYMARK_TESTDATA "/eventlogs/");
        const auto drop = [&w](const QString &path) { QVERIFY(dropFile(&w, path)); };
        QString caseColumn;
        int figureRows = -1;
        double shownHotlineEvents = -1;
        MetricImportPlan plan;
        bool importEnabled = false;
        whenShown<EventLogDialog>([&](EventLogDialog *dialog) {
            QDialog *d = dialog;
            caseColumn = d->findChild<QComboBox *>(QStringLiteral("caseColumn"))->currentText();
            auto *period = d->findChild<QComboBox *>(QStringLiteral("periodCut"));
            period->setCurrentIndex(period->findData(QStringLiteral("month")));
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("analyzeButton")),
                              Qt::LeftButton);
            if (!QTest::qWaitFor([dialog] { return !dialog->isRunning(); })) return d->reject();
            QTableWidget *figures = dialog->figuresView();
            figureRows = figures->rowCount();
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty()) {
                d->resize(1152, 648); // 90 % of a 1280 x 720 projector
                d->grab().save(shots + QStringLiteral("/eventlog-dialog.png"));
            }
            for (int r = 0; r < figures->rowCount(); ++r)
                if (figures->item(r, 0)->text() == QStringLiteral("hotline"))
                    shownHotlineEvents = figures->item(r, 1)->data(Qt::UserRole).toDouble();
            auto *next = d->findChild<QPushButton *>(QStringLiteral("nextButton"));
            if (!next->isEnabled()) return d->reject();
            whenShown<ImportDialog>([&](ImportDialog *import) {
                QDialog *i = import;
                plan = import->plan();
                if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
                    i->grab().save(shots + QStringLiteral("/eventlog-import.png"));
                auto *button = i->findChild<QPushButton *>(QStringLiteral("importButton"));
                importEnabled = button->isEnabled();
                if (importEnabled)
                    QTest::mouseClick(button, Qt::LeftButton);
                else
                    i->reject();
            });
            QTest::mouseClick(next, Qt::LeftButton);
        });
        drop(dir + QStringLiteral("renewal-events.csv"));
        QCOMPARE(caseColumn, QStringLiteral("customer_id"));
        QCOMPARE(figureRows, 12);
        QVERIFY(importEnabled);
        QVERIFY(plan.unmatched.isEmpty());
        QCOMPARE(w.document()->undoStack()->count(), 1);
        // The number shown for the hotline is the value its card got.
        const Project &now = w.document()->project();
        Id eventCount, hotline;
        for (const MetricDefinition &m : now.metrics)
            if (m.key == QStringLiteral("event-count")) eventCount = m.id;
        for (const Card &c : now.journeys.first().cards)
            if (c.touchpointKey == QStringLiteral("hotline")) hotline = c.id;
        double stored = -1, monthly = 0;
        QStringList periods;
        for (const Observation &o : now.observations)
            if (o.metricId == eventCount && o.targetId == hotline && o.segment.isEmpty()) {
                if (o.period.isEmpty()) {
                    stored = o.value;
                } else {
                    periods.append(o.period);
                    monthly += o.value;
                }
            }
        QVERIFY(shownHotlineEvents > 0);
        QCOMPARE(stored, shownHotlineEvents);
        // Cut by month: each event in its own month, the months add up to the whole.
        periods.sort();
        QCOMPARE(periods.first(), QStringLiteral("2026-07"));
        QVERIFY(periods.size() >= 3);
        QCOMPARE(monthly, stored);

        // The survey file goes to its own dialog, then the same import.
        QString scale;
        plan = MetricImportPlan();
        whenShown<SurveyDialog>([&](SurveyDialog *d) {
            scale = d->findChild<QComboBox *>(QStringLiteral("scale"))->currentText();
            whenShown<ImportDialog>([&](ImportDialog *i) {
                plan = i->plan();
                QTest::mouseClick(i->findChild<QPushButton *>(QStringLiteral("importButton")),
                                  Qt::LeftButton);
            });
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("nextButton")),
                              Qt::LeftButton);
        });
        drop(dir + QStringLiteral("renewal-survey.csv"));
        QVERIFY(!scale.isEmpty());
        QVERIFY(plan.added.size() > 50);
        QCOMPARE(w.document()->undoStack()->count(), 2);
        w.document()->undoStack()->undo();
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->project().observations.isEmpty());
    }

    // Contact records dropped on the window: the dialog shows the segment column it found,
    // the user picks "By month" with the keyboard, and what is imported is cut that way.
    void contactsDroppedAndCutByMonth()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        const QString file = m_dir.filePath(QStringLiteral("contacts%1.waymark").arg(++m_n));
        QVERIFY(Store::create(file, p, &error));
        const QString csv = m_dir.filePath(QStringLiteral("contacts.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("customer,time,channel,reason,segment\n"
                    "c1,2026-03-30 09:00,phone,billing,Retail\n"
                    "c1,2026-04-02 09:00,phone,billing,Retail\n"
                    "c2,2026-04-01 09:00,phone,move,Business\n");
        }
        OpenResult opened;
        MainWindow w;
        w.setDocument(Document::open(file, Store::Access::ReadWrite, &opened));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString segmentShown, cutChosen;
        MetricImportPlan plan;
        whenShown<SurveyDialog>([&](SurveyDialog *d) {
            auto *cut = d->findChild<QComboBox *>(QStringLiteral("contactCut"));
            if (!cut->isVisible()) return d->reject(); // the survey rows instead
            // Alt+P (Cut by period), then Down twice: No -> By week -> By month.
            QApplication::setActiveWindow(d); // a modal dialog is not active at once offscreen
            QTest::keyClick(d, Qt::Key_P, Qt::AltModifier);
            if (QApplication::focusWidget() == cut) {
                QTest::keyClick(cut, Qt::Key_Down);
                QTest::keyClick(cut, Qt::Key_Down);
            }
            cutChosen = cut->currentData().toString();
            if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
                d->grab().save(shots + QStringLiteral("/contacts-dialog.png"));
            for (QComboBox *box : d->findChildren<QComboBox *>())
                if (box->isVisible() && box->currentText() == QLatin1String("segment"))
                    segmentShown = box->currentText();
            whenShown<ImportDialog>([&](ImportDialog *i) {
                plan = i->plan();
                QTest::mouseClick(i->findChild<QPushButton *>(QStringLiteral("importButton")),
                                  Qt::LeftButton);
            });
            QTest::keyClick(d->findChild<QPushButton *>(QStringLiteral("nextButton")),
                            Qt::Key_Space);
        });
        QVERIFY(dropFile(&w, csv));
        QCOMPARE(segmentShown, QStringLiteral("segment"));
        QCOMPARE(cutChosen, QStringLiteral("month"));
        QVERIFY(!plan.added.isEmpty());
        // What the plan showed is what the project holds: per month and segment too.
        QMap<QString, double> rate;
        Id rateId;
        for (const MetricDefinition &m : w.document()->project().metrics)
            if (m.name == QLatin1String("Repeat contact rate")) rateId = m.id;
        for (const Observation &o : w.document()->project().observations)
            if (o.metricId == rateId) rate[o.period + u'/' + o.segment] = o.value;
        QCOMPARE(rate.value(QStringLiteral("/"), -1), 100.0 / 3);
        QCOMPARE(rate.value(QStringLiteral("2026-03/"), -1), 0.0);
        QCOMPARE(rate.value(QStringLiteral("2026-04/"), -1), 50.0);
        QCOMPARE(rate.value(QStringLiteral("2026-04/Retail"), -1), 100.0);
        QCOMPARE(w.document()->project().observations.size(), plan.added.size());
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->project().observations.isEmpty());
    }

    // Draft a Journey by a column of the log: a stage for each of its values, as
    // `waymark-cli new --from-events --stage-column` makes it.
    void draftJourneyByColumnFromEventLog()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        const QString file = m_dir.filePath(QStringLiteral("bycol%1.waymark").arg(++m_n));
        QVERIFY(Store::create(file, p, &error));
        const QString log = m_dir.filePath(QStringLiteral("staged.csv"));
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("case,time,activity,step\n1,2026-01-01T10:00:00Z,Ad,Look\n"
                    "1,2026-01-01T10:03:00Z,Cart,Buy\n2,2026-01-01T10:00:00Z,Ad,Look\n"
                    "2,2026-01-01T10:05:00Z,Pay,Buy\n");
        }
        OpenResult opened;
        MainWindow w;
        w.setDocument(Document::open(file, Store::Access::ReadWrite, &opened));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qsizetype journeys = w.document()->project().journeys.size();
        bool stagesDisabled = false;
        whenShown<EventLogDialog>([&](EventLogDialog *d) {
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("analyzeButton")),
                              Qt::LeftButton);
            if (!QTest::qWaitFor([d] { return !d->isRunning(); })) return d->reject();
            auto *column = d->findChild<QComboBox *>(QStringLiteral("draftStageColumn"));
            column->setCurrentIndex(column->findText(QStringLiteral("step")));
            stagesDisabled = !d->findChild<QSpinBox *>(QStringLiteral("draftStages"))->isEnabled();
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("draftButton")),
                              Qt::LeftButton);
            // Two more readings (by the column, then the funnel) end the dialog by itself.
            if (!QTest::qWaitFor([d] { return !d->isVisible(); }, 20000)) d->reject();
        });
        w.importEventLog(log);
        QVERIFY(stagesDisabled);
        const Project &now = w.document()->project();
        QCOMPARE(now.journeys.size(), journeys + 1);
        const Journey &draft = now.journeys.last();
        QCOMPARE(draft.stages.size(), 2);
        QCOMPARE(draft.stages[0].name, QStringLiteral("Look"));
        QCOMPARE(draft.stages[1].name, QStringLiteral("Buy"));
        QStringList inBuy;
        for (const Card &c : draft.cards)
            if (c.stageId == draft.stages[1].id) inBuy.append(c.text);
        inBuy.sort();
        QCOMPARE(inBuy, QStringList({QStringLiteral("Cart"), QStringLiteral("Pay")}));
        int values = 0;
        for (const Observation &o : now.observations)
            values += draft.card(o.targetId) != nullptr;
        QVERIFY(values >= 3 * 3);
        QCOMPARE(w.document()->undoStack()->count(), 1);
    }

    // Draft a Journey: a new journey with the log's touchpoints and figures, one undo step.
    void draftJourneyFromEventLog()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        const QString file = m_dir.filePath(QStringLiteral("draft%1.waymark").arg(++m_n));
        QVERIFY(Store::create(file, p, &error));
        OpenResult opened;
        MainWindow w;
        w.setDocument(Document::open(file, Store::Access::ReadWrite, &opened));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qsizetype journeys = w.document()->project().journeys.size();
        bool clicked = false;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<EventLogDialog *>(top); d && d->isVisible()) {
                    d->findChild<QSpinBox *>(QStringLiteral("draftStages"))->setValue(4);
                    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("analyzeButton")),
                                      Qt::LeftButton);
                    if (!QTest::qWaitFor([d] { return !d->isRunning(); })) return d->reject();
                    auto *draft = d->findChild<QPushButton *>(QStringLiteral("draftButton"));
                    clicked = draft->isEnabled();
                    QTest::mouseClick(draft, Qt::LeftButton);
                    // The second reading ends the dialog by itself.
                    if (!QTest::qWaitFor([d] { return !d->isVisible(); })) d->reject();
                    return;
                }
        });
        w.importEventLog(QStringLiteral(WAYMARK_TESTDATA "/eventlogs/renewal-events.csv"));
        QVERIFY(clicked);
        const Project &now = w.document()->project();
        QCOMPARE(now.journeys.size(), journeys + 1);
        const Journey &draft = now.journeys.last();
        QCOMPARE(w.document()->currentJourneyId(), draft.id);
        QCOMPARE(draft.stages.size(), 4);
        QCOMPARE(draft.cards.size(), 12);
        int onDraft = 0;
        for (const Observation &o : now.observations)
            for (const Card &c : draft.cards)
                onDraft += o.targetId == c.id;
        QVERIFY(onDraft >= 12 * 3);
        QCOMPARE(w.document()->undoStack()->count(), 1);
        // The Flow panel shows the draft's log; a click on a box selects its card, and a
        // card selected on the map marks its box.
        FlowPanel *flow = w.flowPanel();
        if (auto *dock = qobject_cast<QDockWidget *>(flow->parentWidget())) dock->raise();
        QVERIFY(QTest::qWaitFor([flow] { return flow->isVisible(); }));
        QVERIFY(flow->flow().has_value());
        QCOMPARE(flow->flow()->nodes.size(), 12);
        QVERIFY(QTest::qWaitFor([flow] { return !flow->nodeRect(0).isEmpty(); }));
        auto *canvas = flow->findChild<QWidget *>(QStringLiteral("flowCanvas"));
        canvas->repaint(); // the boxes where they are now drawn
        const QString first = flow->flow()->nodes[0].name;
        QTest::mouseClick(canvas, Qt::LeftButton, {},
                          canvas->mapFrom(flow, flow->nodeRect(0).center()));
        QCOMPARE(w.document()->selectedCards().size(), 1);
        QCOMPARE(draft.card(w.document()->selectedCards().first())->text, first);
        Id last;
        for (const Card &c : draft.cards)
            if (c.text == flow->flow()->nodes[5].name) last = c.id;
        w.document()->setSelectedCards({last});
        QCOMPARE(flow->highlighted(), 5);
        QVERIFY2(flow->save(m_dir.filePath(QStringLiteral("flow.png")), &error), qPrintable(error));
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("flow.png"))).isNull());
        if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/flow-panel.png"));
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->project().journeys.size(), journeys);
        QVERIFY(!flow->flow().has_value());
        QVERIFY(w.document()->project().observations.isEmpty());
    }

    // The "done when": a consultant drops the client's Excel export of KPIs on the
    // German sample, maps the columns once, sees the three worst friction points marked and
    // explained, and next month's file updates them in one step.
    void consultantImportsMonthlyKpisFromExcel()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("de"), &p, &error));
        const QString file = m_dir.filePath(QStringLiteral("kunde%1.waymark").arg(++m_n));
        QVERIFY(Store::create(file, p, &error));
        OpenResult opened;
        auto doc = Document::open(file, Store::Access::ReadWrite, &opened);
        QVERIFY2(doc, qPrintable(opened.error));
        MainWindow w;
        w.setDocument(std::move(doc));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto writeKpis = [&](const QString &name, const QString &month, double formDropOff,
                                   double tariffCsat) {
            XlsxWriter::Sheet sheet;
            sheet.name = QStringLiteral("KPIs");
            sheet.rows = {
                {QStringLiteral("Touchpoint"), QStringLiteral("Kennzahl"), QStringLiteral("Monat"),
                 QStringLiteral("Wert")},
                {QStringLiteral("renewal-form"), QStringLiteral("Abbruchrate"), month, formDropOff},
                {QStringLiteral("tariff-page"), QStringLiteral("CSAT"), month, tariffCsat}};
            XlsxWriter book;
            book.addSheet(sheet);
            const QString path = m_dir.filePath(name);
            QString writeError;
            return book.write(path, &writeError) ? path : QString();
        };
        // Drops a table on the window and clicks Import in the dialog, or Cancel when the
        // button is off because the table brings nothing new.
        const auto dropAndImport = [&w](const QString &path) {
            MetricImportPlan shown;
            std::function<void()> accept;
            accept = [&] {
                for (QWidget *top : QApplication::topLevelWidgets())
                    if (auto *d = qobject_cast<ImportDialog *>(top); d && d->isVisible()) {
                        shown = d->plan();
                        auto *button = d->findChild<QPushButton *>(QStringLiteral("importButton"));
                        if (button && button->isEnabled())
                            QTest::mouseClick(button, Qt::LeftButton);
                        else
                            d->reject();
                        return;
                    }
                QTimer::singleShot(10, accept);
            };
            QTimer::singleShot(0, accept);
            dropFile(&w, path);
            // The Friction panel ranks again once the edits pause.
            if (!QTest::qWaitFor([&w] { return !w.frictionPanel()->isRebuildPending(); }))
                shown = MetricImportPlan(); // fails the caller's checks
            return shown;
        };
        const auto marked = [&w] {
            QList<std::pair<int, QString>> marks;
            const Journey *j = w.document()->project().journey(w.document()->currentJourneyId());
            for (const Card &c : j->cards)
                if (const FrictionMark *m = w.mapView()->mapScene()->frictionMark(c.id))
                    marks.append({m->rank, c.text});
            for (const Stage &s : j->stages)
                if (const FrictionMark *m = w.mapView()->mapScene()->frictionMark(s.id))
                    marks.append({m->rank, s.name});
            std::sort(marks.begin(), marks.end());
            return marks;
        };

        const QString september =
            writeKpis(QStringLiteral("kpis-2026-09.xlsx"), QStringLiteral("2026-09"), 0.385, 3.4);
        QVERIFY(!september.isEmpty());
        const MetricImportPlan first = dropAndImport(september);
        QCOMPARE(first.added.size(), 2);
        QVERIFY(first.unmatched.isEmpty());
        QCOMPARE(w.document()->undoStack()->count(), 1);
        // The overlay on: the map marks the three worst points, the worst is the form.
        QComboBox *metric = w.overlayBar()->metricBox();
        QVERIFY(metric->count() == 3); // none, drop-off, CSAT
        metric->setCurrentIndex(1);
        emit metric->activated(1);
        QList<std::pair<int, QString>> marks = marked();
        QCOMPARE(marks.size(), 3);
        QCOMPARE(marks[0].second, QStringLiteral("Verlängerungsformular"));
        QListWidget *friction = w.frictionPanel();
        QVERIFY2(friction->item(0)->text().contains(QStringLiteral("Verlängerungsformular")) &&
                     friction->item(0)->text().contains(QStringLiteral("38")),
                 qPrintable(friction->item(0)->text()));

        // October: the form is fixed, the tariff page got worse. One drop, one step.
        const QString october =
            writeKpis(QStringLiteral("kpis-2026-10.xlsx"), QStringLiteral("2026-10"), 0.12, 2.6);
        const MetricImportPlan second = dropAndImport(october);
        QCOMPARE(second.added.size(), 2);
        QCOMPARE(w.document()->undoStack()->count(), 2);
        marks = marked();
        QCOMPARE(marks.size(), 3);
        QCOMPARE(marks[0].second, QStringLiteral("Tarifseite"));
        for (const auto &[rank, text] : marks)
            QVERIFY(text != QStringLiteral("Verlängerungsformular"));
        QVERIFY2(friction->item(0)->text().contains(QStringLiteral("Tarifseite")),
                 qPrintable(friction->item(0)->text()));
        // The same month again changes nothing and adds no step.
        const MetricImportPlan again = dropAndImport(october);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(w.document()->undoStack()->count(), 2);
        // The Friction tab to the front, as the consultant would look at it.
        if (auto *dock = qobject_cast<QDockWidget *>(friction->parentWidget())) dock->raise();
        w.resize(1600, 1000);
        QTest::qWait(50);
        QVERIFY(w.grab().save(QStringLiteral("consultant-friction.png")));
    }

    void readOnlyFileShowsItAndDisablesEditing()
    {
        const QString file = sampleFile();
        OpenResult result;
        auto doc = Document::open(file, Store::Access::ReadOnly, &result);
        MainWindow w;
        w.setDocument(std::move(doc));
        QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(statusText(w).contains(QStringLiteral("Read-only")));
        QVERIFY(!buttonNamed(w.journeyPanel(), QStringLiteral("Add a journey"))->isEnabled());
    }

    void untitledWorkIsRecoverable()
    {
        for (const QString &f : recoverableUntitledFiles())
            QFile::remove(f);
        const QString path = newUntitledPath();
        QVERIFY(isUntitledPath(path));
        QString error;
        {
            auto doc = Document::create(
                path,
                makeProject(Template::FivePhases, QStringLiteral("Crash"), QStringLiteral("en")),
                &error);
            QVERIFY(doc);
            QVERIFY(recoverableUntitledFiles().isEmpty()); // held by this window
            MainWindow w;
            w.setDocument(std::move(doc));
            QVERIFY(w.windowTitle().contains(QStringLiteral("not saved to a file yet")));
            // Simulate a crash: the window goes, the file stays.
            auto kept = w.takeDocument();
            kept->close();
        }
        QCOMPARE(recoverableUntitledFiles(), QStringList{path});
        QFile::remove(path);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Keep the test's settings (window geometry, recent files) away from the user's.
    QApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    installTranslations(&app, QStringLiteral("en"));
    // WAYMARK_SHOTS_LANG=de: the screenshots (WAYMARK_SHOTS) in German; only for looking.
    if (qEnvironmentVariableIsSet("WAYMARK_SHOTS_LANG"))
        installTranslations(&app, qEnvironmentVariable("WAYMARK_SHOTS_LANG"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
