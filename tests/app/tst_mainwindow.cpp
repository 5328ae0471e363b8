// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "document/templates.h"
#include "fileactions.h"
#include "i18n.h"
#include "journeypanel.h"
#include "mainwindow.h"
#include "untitled.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

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
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
