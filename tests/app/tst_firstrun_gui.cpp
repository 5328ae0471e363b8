// SPDX-License-Identifier: GPL-3.0-or-later
// A new user's first minutes: the start page's New button opens the template gallery, the
// arrow keys pick a template, the preview shows exactly what the template makes, the content
// language switches names and previews, Enter creates the project (each template, both
// languages), Escape creates nothing; on the map an empty lane shows its hint, the header's
// tooltip says it, and Lane Hint... changes it in one undo step.
#undef QT_NO_CAST_FROM_ASCII
#include "../testutil.h"
#include "guiutil.h"

#include "canvas/mapitems.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvasactions.h"
#include "document/document.h"
#include "document/gallery.h"
#include "fileactions.h"
#include "i18n.h"
#include "io/mapexport.h"
#include "mainwindow.h"
#include "startpage.h"
#include "templategallery.h"
#include "exportdialog.h"
#include "preferencesdialog.h"
#include "thumbnails.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTest>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::test;

namespace {

// WAYMARK_SHOTS=DIR: saves what the user sees, for looking at.
void shoot(QWidget *w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("WAYMARK_SHOTS"); !dir.isEmpty())
        w->grab().save(dir + "/" + name + ".png");
}

} // namespace

class TestFirstRunGui : public QObject
{
    Q_OBJECT

    // Clicks New on the start page of `w` and runs `step` in the gallery.
    static void newFromStartPage(MainWindow &w, const std::function<void(TemplateGallery *)> &step)
    {
        bool ran = false;
        whenShown<TemplateGallery>([&](TemplateGallery *g) {
            ran = true;
            step(g);
        });
        QTest::mouseClick(w.startPage()->findChild<QPushButton *>("startNew"), Qt::LeftButton);
        QVERIFY(ran);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove("defaultTemplate");
    }

    void galleryCreatesEveryTemplate_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("language");
        for (int i = 0; i < Gallery::all().size(); ++i)
            QTest::newRow(qPrintable(Gallery::all()[i].id)) << i << (i % 2 ? "de" : "en");
    }

    void galleryCreatesEveryTemplate()
    {
        QFETCH(int, index);
        QFETCH(QString, language);
        const GalleryTemplate &chosen = Gallery::all()[index];
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.startPage()->isVisible());
        newFromStartPage(w, [&](TemplateGallery *g) {
            QListWidget *list = g->list();
            // The default is the first, five phases; the arrow keys walk the gallery.
            QCOMPARE(g->templateId(), QString("five-phases"));
            QCOMPARE(list->count(), Gallery::all().size());
            QTest::keyClick(list, Qt::Key_Home);
            for (int i = 0; i < index; ++i)
                QTest::keyClick(list, Qt::Key_Right);
            QCOMPARE(g->templateId(), chosen.id);
            auto *combo = g->findChild<QComboBox *>("templateLanguage");
            combo->setFocus();
            QTest::keyClick(combo, language == "en" ? Qt::Key_Home : Qt::Key_End);
            QCOMPARE(g->language(), language);
            // Names and the description follow the content language; the choice stays.
            QCOMPARE(g->templateId(), chosen.id);
            QCOMPARE(list->currentItem()->text(), chosen.name(language));
            QVERIFY(g->findChild<QLabel *>("templateDescription")
                        ->text()
                        .contains(chosen.description(language).toHtmlEscaped()));
            auto *title = g->findChild<QLineEdit *>("templateTitle");
            title->setFocus();
            title->selectAll();
            QTest::keyClicks(title, "Workshop " + QString::number(index));
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Return);
        });
        QVERIFY(w.document());
        QVERIFY(!w.startPage()->isVisible());
        const Project &p = w.document()->project();
        QCOMPARE(p.info.title, "Workshop " + QString::number(index));
        QCOMPARE(p.info.language, language);
        Project expected;
        QString error;
        QVERIFY(Gallery::create(chosen.id, "x", language, &expected, &error));
        QCOMPARE(p.journeys.size(), expected.journeys.size());
        QCOMPARE(journeyTexts(p.journeys[0]), journeyTexts(expected.journeys[0]));
        QTest::qWait(20);
        shoot(&w, "template-" + chosen.id);
        // Saved as it is shown.
        QCOMPARE(journeyTexts(reopenProject(w.document()->filePath()).journeys[0]),
                 journeyTexts(expected.journeys[0]));
    }

    void previewIsWhatTheTemplateMakes()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        newFromStartPage(w, [&](TemplateGallery *g) {
            for (const QString id : {"patient-journey", "service-blueprint"}) {
                for (int i = 0; i < g->list()->count(); ++i)
                    if (g->list()->item(i)->data(Qt::UserRole) == id) g->list()->setCurrentRow(i);
                const Project &p = TemplateGallery::preview(id, g->language());
                MapExportOptions options;
                options.widthPx = 460;
                options.titleBlock = false;
                QString error;
                const QImage exported = MapExport::renderImage(p, p.journeys[0].id, options, &error);
                QVERIFY2(!exported.isNull(), qPrintable(error));
                const QImage shown = g->findChild<QLabel *>("templatePreview")->pixmap().toImage();
                QCOMPARE(shown.convertToFormat(QImage::Format_ARGB32),
                         exported.convertToFormat(QImage::Format_ARGB32));
            }
            shoot(g, "gallery");
            QTest::keyClick(g->list(), Qt::Key_Escape);
        });
        // Escape: nothing was made, the start page stays.
        QVERIFY(!w.document());
        QVERIFY(w.startPage()->isVisible());
    }

    void recentProjectsShowTheirMap()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("Renewal workshop.waymark");
        Project p;
        QString error;
        QVERIFY(Gallery::create("onboarding", "Renewal", "en", &p, &error));
        QVERIFY(Store::create(file, p, &error));
        QFile::remove(Thumbnails::pathFor(file));
        QSettings().setValue("recentFiles", QStringList{file});
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QListWidget *recent = w.startPage()->recentList();
        QCOMPARE(recent->count(), 1);
        const QImage before = recent->item(0)->icon().pixmap(Thumbnails::Width, Thumbnails::Height).toImage();
        // Opened from the list (Enter), changed, closed: the list shows the map as left.
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QVERIFY(w.document());
        QVERIFY(QFile::exists(Thumbnails::pathFor(file)));
        const QImage opened = Thumbnails::load(file).toImage();
        Stage s = w.document()->project().journeys[0].stages[0];
        s.colour = QColor("#c0392b");
        QVERIFY(w.document()->changeStage(w.document()->project().journeys[0].id, s));
        QVERIFY(w.fileActions()->closeDocument());
        QVERIFY(w.startPage()->isVisible());
        const QImage closed = Thumbnails::load(file).toImage();
        QVERIFY(!closed.isNull());
        QVERIFY(closed != opened); // the red stage
        const QImage shown =
            recent->item(0)->icon().pixmap(Thumbnails::Width, Thumbnails::Height).toImage();
        QVERIFY(shown != before);
        QCOMPARE(shown.size(), QSize(Thumbnails::Width, Thumbnails::Height));
        QTest::qWait(100);
        shoot(&w, "start-page");
        QFile::remove(Thumbnails::pathFor(file));
    }

    void preferencesSetWhatNewWorkStartsWith()
    {
        for (const QString &k : PreferencesDialog::keys())
            QSettings().remove(k);
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Edit > Preferences, changed by keyboard, OK with Enter.
        bool shown = false;
        whenShown<PreferencesDialog>([&](PreferencesDialog *d) {
            shown = true;
            shoot(d, "preferences");
            auto pick = [](QComboBox *box, const QVariant &value) {
                box->setFocus();
                QTest::keyClick(box, Qt::Key_Home);
                for (int i = 0; i < box->count() && box->currentData() != value; ++i)
                    QTest::keyClick(box, Qt::Key_Down);
                QCOMPARE(box->currentData(), value);
            };
            pick(d->findChild<QComboBox *>("preferencesTemplate"), "patient-journey");
            pick(d->findChild<QComboBox *>("preferencesContent"), "de");
            pick(d->findChild<QComboBox *>("preferencesPage"), int(QPageSize::A4));
            pick(d->findChild<QComboBox *>("preferencesCsv"), ";");
            auto *port = d->findChild<QSpinBox *>("preferencesPort");
            QCOMPARE(port->value(), 8470);
            port->setFocus();
            port->selectAll();
            QTest::keyClicks(port, "9123");
            auto *author = d->findChild<QLineEdit *>("preferencesAuthor");
            author->setFocus();
            QTest::keyClicks(author, "Mara Jansen");
            QTest::keyClick(author, Qt::Key_Return);
        });
        QAction *prefs = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->menuRole() == QAction::PreferencesRole) prefs = a;
        QVERIFY(prefs);
        prefs->trigger();
        QVERIFY(shown);
        QSettings s;
        QCOMPARE(s.value("defaultTemplate").toString(), QString("patient-journey"));
        QCOMPARE(s.value("contentLanguage").toString(), QString("de"));
        QCOMPARE(s.value("export/page").toInt(), int(QPageSize::A4));
        QCOMPARE(s.value("export/delimiter").toString(), QString(";"));
        QCOMPARE(s.value("workshop/port").toInt(), 9123);
        QCOMPARE(s.value("author").toString(), QString("Mara Jansen"));
        // New work starts with them: the gallery, the export dialog, the workshop panel.
        newFromStartPage(w, [&](TemplateGallery *g) {
            QCOMPARE(g->templateId(), QString("patient-journey"));
            QCOMPARE(g->language(), QString("de"));
            QTest::keyClick(g->list(), Qt::Key_Return);
        });
        QVERIFY(w.document());
        QCOMPARE(w.document()->project().info.language, QString("de"));
        {
            ExportDialog e(w.document(), &w);
            QCOMPARE(e.findChild<QComboBox *>("page")->currentData().toInt(), int(QPageSize::A4));
        }
        MainWindow second;
        QCOMPARE(second.findChild<QSpinBox *>("workshopPort")->value(), 9123);
        // Restore Defaults shows the defaults; Cancel keeps what was saved.
        QString shownTemplate, shownAuthor = "?";
        int shownPort = 0;
        whenShown<PreferencesDialog>([&](PreferencesDialog *d) {
            QTest::mouseClick(d->findChild<QPushButton *>("restoreDefaults"), Qt::LeftButton);
            shownTemplate = d->findChild<QComboBox *>("preferencesTemplate")->currentData().toString();
            shownPort = d->findChild<QSpinBox *>("preferencesPort")->value();
            shownAuthor = d->findChild<QLineEdit *>("preferencesAuthor")->text();
            QTest::keyClick(d, Qt::Key_Escape);
        });
        prefs->trigger();
        QCOMPARE(shownTemplate, QString("five-phases"));
        QCOMPARE(shownPort, 8470);
        QCOMPARE(shownAuthor, QString());
        QCOMPARE(QSettings().value("workshop/port").toInt(), 9123);
        QCOMPARE(QSettings().value("author").toString(), QString("Mara Jansen"));
        // Restore Defaults and OK: the defaults are saved.
        whenShown<PreferencesDialog>([&](PreferencesDialog *d) {
            QTest::mouseClick(d->findChild<QPushButton *>("restoreDefaults"), Qt::LeftButton);
            // Enter would press Restore Defaults again (it has the focus): OK by mouse.
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        prefs->trigger();
        QCOMPARE(QSettings().value("workshop/port").toInt(), 8470);
        QCOMPARE(QSettings().value("defaultTemplate").toString(), QString("five-phases"));
        QVERIFY(QSettings().value("author").toString().isEmpty());
        for (const QString &k : PreferencesDialog::keys())
            QSettings().remove(k);
        w.document()->undoStack()->clear();
    }

    void toolbarHasIconsAndTipsWithKeys()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *bar = w.findChild<QToolBar *>("mapToolBar");
        QVERIFY(bar);
        int checked = 0;
        for (QAction *a : bar->actions()) {
            if (a->isSeparator()) continue;
            // The theme's icon or Waymark's own: never a text-only button.
            QVERIFY2(!a->icon().pixmap(24, 24).isNull(), qPrintable(a->text()));
            QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->text()));
            ++checked;
        }
        QCOMPARE(checked, 10);
        auto tipOf = [&](const QString &text) {
            for (QAction *a : bar->actions())
                if (a->text() == text) return a->toolTip();
            return QString("none");
        };
        const auto keys = [](QKeySequence k) { return k.toString(QKeySequence::NativeText); };
        QCOMPARE(tipOf("Zoom In"), "Zoom In (" + keys(QKeySequence::ZoomIn) + ")");
        QCOMPARE(tipOf("Fit Map"), "Fit Map (" + keys(QKeySequence(Qt::CTRL | Qt::Key_9)) + ")");
        QCOMPARE(tipOf("Find"), "Find (" + keys(QKeySequence::Find) + ")");
        QCOMPARE(tipOf("Add &Card"), "Add Card (" + keys(QKeySequence(Qt::Key_Insert)) + ")");
        QCOMPARE(tipOf("Undo"), "Undo (" + keys(QKeySequence::Undo) + ")");
        // Undo says what it would undo.
        newFromStartPage(w, [&](TemplateGallery *g) { QTest::keyClick(g->list(), Qt::Key_Return); });
        QVERIFY(w.document());
        Stage s = w.document()->project().journeys[0].stages[0];
        s.name = "Discover";
        QVERIFY(w.document()->changeStage(w.document()->project().journeys[0].id, s));
        QVERIFY2(tipOf("Undo").startsWith("Undo Edit stage") &&
                     tipOf("Undo").endsWith("(" + keys(QKeySequence::Undo) + ")"),
                 qPrintable(tipOf("Undo")));
        w.resize(1280, 720);
        QTest::qWait(50);
        shoot(&w, "toolbar");
        w.document()->undoStack()->clear();
    }

    void laneHintOnTheMap()
    {
        MainWindow w;
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        newFromStartPage(w, [&](TemplateGallery *g) {
            for (int i = 0; i < g->list()->count(); ++i)
                if (g->list()->item(i)->data(Qt::UserRole) == "blank") g->list()->setCurrentRow(i);
            QTest::keyClick(g->list(), Qt::Key_Return);
        });
        QVERIFY(w.document());
        Document &doc = *w.document();
        const QString hint = doc.project().journeys[0].lanes[0].hint;
        QVERIFY(!hint.isEmpty());
        QTest::qWait(50);
        LaneHeaderItem *header = w.mapView()->mapScene()->laneHeader(0);
        QVERIFY(header);
        QVERIFY2(header->toolTip().contains(hint), qPrintable(header->toolTip()));
        shoot(&w, "blank-with-hint");
        // Lane Hint... on the current lane: typed, Enter, one undo step.
        w.mapView()->setFocus();
        w.mapView()->setCurrentCell(0, 0);
        doc.undoStack()->clear();
        whenShown<QInputDialog>([](QInputDialog *d) {
            auto *edit = d->findChild<QLineEdit *>();
            edit->selectAll();
            QTest::keyClicks(edit, "Each step the guest takes");
            QTest::keyClick(edit, Qt::Key_Return);
        });
        w.canvasActions()->laneHint->trigger();
        QCOMPARE(doc.project().journeys[0].lanes[0].hint, QString("Each step the guest takes"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(reopenProject(doc.filePath()).journeys[0].lanes[0].hint,
                 QString("Each step the guest takes"));
        QTest::qWait(50); // the headers are made anew
        header = w.mapView()->mapScene()->laneHeader(0);
        QVERIFY(header->toolTip().contains("Each step the guest takes"));
        doc.undoStack()->undo();
        QCOMPARE(doc.project().journeys[0].lanes[0].hint, hint);
        // Cancel changes nothing.
        whenShown<QInputDialog>([](QInputDialog *d) { QTest::keyClick(d, Qt::Key_Escape); });
        w.canvasActions()->laneHint->trigger();
        QCOMPARE(doc.project().journeys[0].lanes[0].hint, hint);
        QCOMPARE(doc.undoStack()->index(), 0);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("WAYMARK_SHOTS_LANG"))
        installTranslations(&app, qEnvironmentVariable("WAYMARK_SHOTS_LANG"));
    TestFirstRunGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firstrun_gui.moc"
