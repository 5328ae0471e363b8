// SPDX-License-Identifier: GPL-3.0-or-later
// The folder of an open project turns read-only mid-session. The kernel refuses a read-only
// remount while a file on it is open for writing, so the test takes write permission away the
// way a real file system does it to open files: the immutable attribute (chattr +i) on the
// folder and on every file in it, after which the kernel refuses each write(2) with EPERM, to
// root too. Where the file system has no such attribute the test says so and skips.
// SQLite's shared-memory index (`-shm`) stays writable: ext4 answers a store to a memory-mapped
// page of an immutable file with SIGBUS, which kills any program that maps files; a process
// killed at any moment is the kill test's case (the file keeps its last commit).
//
// Expected: a clear message (the document's save error, "Not saved: ..." in the status bar,
// the question when closing), the last good state kept in the file, nothing half-written,
// and the session continues elsewhere with Save As.
#include "../testutil.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "document/templates.h"
#include "fileactions.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "storage/checker.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::test;

class TestReadOnlyMedia : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_media;
    QStringList m_locked;

    // Takes write permission from the folder and everything in it; false when the file system
    // lets a write through anyway.
    bool turnReadOnly()
    {
        const QFileInfoList files = QDir(m_media).entryInfoList(QDir::Files | QDir::Hidden);
        for (const QFileInfo &f : files) {
            if (f.fileName().endsWith(QLatin1String("-shm"))) continue;
            m_locked.append(f.filePath());
            if (!makeUnwritable(f.filePath())) return false;
        }
        m_locked.append(m_media);
        if (!makeUnwritable(m_media)) return false;
        QFile probe(files.value(0).filePath());
        return !files.isEmpty() && !probe.open(QIODevice::ReadWrite);
    }
    void turnWritable()
    {
        while (!m_locked.isEmpty())
            makeWritable(m_locked.takeLast());
    }
    QString newProject(const QString &name)
    {
        Project p;
        QString error;
        sampleProject(QStringLiteral("en"), &p, &error);
        const QString file = m_media + QLatin1Char('/') + name;
        Store::create(file, p, &error);
        return file;
    }
    static QString statusText(MainWindow &w)
    {
        QStringList texts;
        for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
            texts.append(l->text());
        return texts.join(QLatin1Char('|'));
    }
    static QAction *action(QWidget &w, const QString &text)
    {
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == text) return a;
        return nullptr;
    }
    static const Card &firstCard(const Document &doc)
    {
        return doc.project().journeys.first().cards.first();
    }
    static bool holdsText(const QString &file, const QString &text)
    {
        return dumpFile(file).join(u'\n').contains(text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_media = m_dir.filePath(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(m_media));
    }
    // The permissions come back even when a case failed.
    void cleanup()
    {
        turnWritable();
        for (const QString &name : QDir(m_media).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(m_media + QLatin1Char('/') + name);
    }

    void documentKeepsLastGoodStateAndSavesElsewhere()
    {
        const QString file = newProject(QStringLiteral("plan.waymark"));
        OpenResult opened;
        auto doc = Document::open(file, Store::Access::ReadWrite, &opened);
        QVERIFY2(doc && !doc->isReadOnly(), qPrintable(opened.error));
        const Id journeyId = doc->project().journeys.first().id;
        Card card = firstCard(*doc);
        card.text = QStringLiteral("Written before");
        QVERIFY(doc->changeCard(journeyId, card));
        QVERIFY(doc->isSaved());

        if (!turnReadOnly())
            QSKIP("SKIPPED: this file system cannot take write permission from open files "
                  "(chattr +i); the read-only media cases did not run");
        QSignalSpy failed(doc.get(), &Document::saveFailed);
        card.text = QStringLiteral("Written while read-only");
        QVERIFY(doc->changeCard(journeyId, card));
        QVERIFY(!doc->isSaved());
        QCOMPARE(failed.size(), 1);
        QVERIFY(doc->refusalReason().isEmpty()); // not refused: done, but not in the file
        QVERIFY2(doc->saveError().contains(QStringLiteral("writing there is no longer permitted")),
                 qPrintable(doc->saveError()));
        // Undo and redo work on the model while the file cannot follow.
        doc->undoStack()->undo();
        QCOMPARE(firstCard(*doc).text, QStringLiteral("Written before"));
        doc->undoStack()->redo();
        QCOMPARE(firstCard(*doc).text, QStringLiteral("Written while read-only"));
        QVERIFY(!doc->isSaved());
        // Saving to the same folder fails with the reason; the session stays as it was.
        QString error;
        QVERIFY(!doc->saveAs(m_media + QStringLiteral("/copy.waymark"), &error));
        QVERIFY2(!error.isEmpty(), "no reason given");
        QVERIFY(!QFileInfo::exists(m_media + QStringLiteral("/copy.waymark")));
        QVERIFY(!doc->isSaved());

        // Save As elsewhere takes everything, the edit the old file missed included.
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.waymark"));
        QVERIFY2(doc->saveAs(elsewhere, &error), qPrintable(error));
        QVERIFY2(doc->isSaved(), qPrintable(doc->saveError()));
        QCOMPARE(QFileInfo(doc->filePath()).canonicalFilePath(),
                 QFileInfo(elsewhere).canonicalFilePath());
        QVERIFY(holdsText(elsewhere, QStringLiteral("Written while read-only")));
        card.text = QStringLiteral("Written elsewhere");
        QVERIFY(doc->changeCard(journeyId, card));
        QVERIFY(doc->isSaved());
        QVERIFY(holdsText(elsewhere, QStringLiteral("Written elsewhere")));
        doc.reset();
        QCOMPARE(checkProjectFile(elsewhere).problems, QStringList());

        // When the folder is writable again the old file holds its last good state.
        turnWritable();
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        QVERIFY(holdsText(file, QStringLiteral("Written before")));
        QVERIFY(!holdsText(file, QStringLiteral("Written while read-only")));
        // Nothing half-written beside it: SQLite's log and index, and the lock file that could
        // not be removed (the next open in this process knows it as its own leftover).
        for (const QString &name : QDir(m_media).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(QStringList(
                         {QStringLiteral("plan.waymark"), QStringLiteral("plan.waymark-wal"),
                          QStringLiteral("plan.waymark-shm"), QStringLiteral("plan.waymark.lock")})
                         .contains(name),
                     qPrintable(name));
        auto again = Document::open(file, Store::Access::ReadWrite, &opened);
        QVERIFY2(again && !again->isReadOnly(), qPrintable(opened.error + opened.readOnlyReason));
        QCOMPARE(firstCard(*again).text, QStringLiteral("Written before"));
    }

    void windowSaysNotSavedAndSaveAsContinues()
    {
        const QString file = newProject(QStringLiteral("workshop.waymark"));
        MainWindow w;
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.fileActions()->openFile(file));
        w.mapView()->setFocus();
        Document *doc = w.document();
        const int cards = doc->project().journeys.first().cards.size();
        doc->setSelectedCards({firstCard(*doc).id});
        QTest::keyClick(w.mapView(), Qt::Key_Delete);
        QCOMPARE(doc->project().journeys.first().cards.size(), cards - 1);
        QVERIFY2(statusText(w).contains(QStringLiteral("All changes saved")),
                 qPrintable(statusText(w)));

        if (!turnReadOnly())
            QSKIP("SKIPPED: this file system cannot take write permission from open files "
                  "(chattr +i); the read-only media cases did not run");
        doc->setSelectedCards({firstCard(*doc).id});
        QTest::keyClick(w.mapView(), Qt::Key_Delete);
        QCOMPARE(doc->project().journeys.first().cards.size(), cards - 2); // the map shows it
        QVERIFY2(statusText(w).contains(
                     QStringLiteral("Not saved: writing there is no longer permitted")),
                 qPrintable(statusText(w)));
        QVERIFY(w.isWindowModified());

        // Closing asks, naming the file and the reason; Cancel keeps the window and the edit.
        QString question;
        whenShown<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!w.close());
        QVERIFY2(question.contains(QStringLiteral("could not be written")) &&
                     question.contains(QStringLiteral("workshop.waymark")) &&
                     question.contains(QStringLiteral("no longer permitted")),
                 qPrintable(question));
        QVERIFY(w.document());
        QCOMPARE(w.document()->project().journeys.first().cards.size(), cards - 2);

        // File > Save As... to another folder: saved, and the title names the new file.
        const QString elsewhere = m_dir.filePath(QStringLiteral("workshop-copy.waymark"));
        QAction *saveAs = action(w, QStringLiteral("Save &As..."));
        QVERIFY(saveAs);
        whenShown<QFileDialog>([&](QFileDialog *dialog) {
            dialog->selectFile(elsewhere);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which checks the name
        });
        saveAs->trigger();
        QVERIFY2(statusText(w).contains(QStringLiteral("All changes saved")),
                 qPrintable(statusText(w)));
        QVERIFY(!w.isWindowModified());
        QVERIFY2(w.windowTitle().contains(QStringLiteral("workshop-copy.waymark")),
                 qPrintable(w.windowTitle()));
        QCOMPARE(reopenProject(elsewhere).journeys.first().cards.size(), cards - 2);
        // Editing goes on in the new file.
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.mapView()->setFocus();
        doc = w.document();
        doc->setSelectedCards({firstCard(*doc).id});
        QTest::keyClick(w.mapView(), Qt::Key_Delete);
        QVERIFY(doc->isSaved());
        QCOMPARE(reopenProject(elsewhere).journeys.first().cards.size(), cards - 3);
        QVERIFY(w.close()); // saved: no question

        turnWritable();
        QCOMPARE(checkProjectFile(file).problems, QStringList());
        QCOMPARE(reopenProject(file).journeys.first().cards.size(), cards - 1);
    }
};

QTEST_MAIN(TestReadOnlyMedia)
#include "tst_readonly_gui.moc"
