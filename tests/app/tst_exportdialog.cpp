// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "document/templates.h"
#include "exportdialog.h"
#include "fileactions.h"
#include "i18n.h"
#include "io/metricimport.h"
#include "mainwindow.h"
#include "overlaybar.h"
#include "storage/projectjson.h"

#include <QApplication>
#include <QCheckBox>
#include <quazip/quazip.h>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace waymark;

class TestExportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(qApp, QStringLiteral("en"));
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        m_doc = Document::create(m_dir.filePath(QStringLiteral("e.waymark")), p, &error);
        QVERIFY(m_doc);
    }
    void cleanupTestCase() { m_doc.reset(); }

    void posterOptionsChangeThePages()
    {
        ExportDialog dialog(m_doc.get());
        dialog.show();
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
        auto *page = dialog.findChild<QComboBox *>(QStringLiteral("page"));
        page->setCurrentIndex(page->findText(QStringLiteral("A4")));
        QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("tiles")), Qt::LeftButton,
                          {}, QPoint(5, 5));
        auto *columns = dialog.findChild<QSpinBox *>(QStringLiteral("columns"));
        auto *rows = dialog.findChild<QSpinBox *>(QStringLiteral("rows"));
        columns->setValue(3);
        rows->setValue(2);
        QCOMPARE(dialog.pageCount(), 6);
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("previewPage"))->maximum(), 6);
        QVERIFY(dialog.grab().save(QStringLiteral("export-dialog.png"))); // the preview paints
        const QString pdf = m_dir.filePath(QStringLiteral("poster.pdf"));
        QString error;
        QVERIFY2(dialog.exportTo(pdf, &error), qPrintable(error));
        QPdfDocument doc;
        QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 6);
        QCOMPARE(dialog.suggestedFileName(), QStringLiteral("Renew an internet contract.pdf"));
    }

    void everyFormatWritesAFile()
    {
        ExportDialog dialog(m_doc.get());
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        dialog.findChild<QComboBox *>(QStringLiteral("scope"))->setCurrentIndex(1); // all
        // The dialog offers the registry's formats, in its order, by their names.
        QCOMPARE(format->count(), ExportFormats::all().size());
        for (int f = 0; f < format->count(); ++f) {
            const ExportFormat *expected = ExportFormats::all()[f];
            format->setCurrentIndex(f);
            QCOMPARE(dialog.format(), expected);
            QCOMPARE(format->currentText(), expected->name());
            QVERIFY(!dialog.grab().isNull());
            const QString path = m_dir.filePath(QStringLiteral("all.") + expected->suffix());
            QString error;
            QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
            // PNG and SVG: one file per journey.
            if (expected->has(ExportFormat::FilePerJourney)) {
                const QString second = m_dir.filePath(QStringLiteral("all-2.") + expected->suffix());
                QVERIFY(QFile::exists(second));
                QCOMPARE(dialog.writtenFiles().size(), 2);
                QCOMPARE(dialog.writtenFiles().last(), second);
            } else {
                QVERIFY(QFileInfo(path).size() > 100);
                QCOMPARE(dialog.writtenFiles(), QStringList{path});
            }
            QCOMPARE(dialog.suggestedFileName().section(QLatin1Char('.'), -1), expected->suffix());
        }
        QVERIFY(!dialog.setFormat(QStringLiteral("doc")));
    }

    // Chosen with the keyboard, Mermaid shows the text it will write; the HTML viewer shows
    // the map (drawn as its page draws it), with the overlay choice and nothing of pages.
    void mermaidAndHtmlPreviews()
    {
        ExportDialog dialog(m_doc.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        format->setFocus();
        while (dialog.format()->id() != QStringLiteral("mermaid"))
            QTest::keyClick(format, Qt::Key_Down);
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("textPreview"));
        QVERIFY(text->isVisible());
        const Journey &j = m_doc->project().journeys.first();
        QVERIFY2(text->toPlainText().startsWith(QStringLiteral("journey\n    title ") + j.name),
                 qPrintable(text->toPlainText().left(200)));
        QVERIFY(text->toPlainText().contains(QStringLiteral("    section ") + j.stages.first().name));
        QCOMPARE(dialog.suggestedFileName(), j.name + QStringLiteral(".mmd"));
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("overlay"))->isVisible());
        while (dialog.format()->id() != QStringLiteral("html"))
            QTest::keyClick(format, Qt::Key_Up);
        QVERIFY(!text->isVisible());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("exportPreview"))->isVisible());
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("overlay"))->isVisible());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("page"))->isVisible());
        QCOMPARE(dialog.suggestedFileName(), j.name + QStringLiteral(".html"));
        if (const QString shots = qEnvironmentVariable("WAYMARK_SHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/export-html.png"));
        const QString html = m_dir.filePath(QStringLiteral("viewer.html"));
        QString error;
        QVERIFY2(dialog.exportTo(html, &error), qPrintable(error));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg "));
    }

    // JSON holds the whole project whatever journey is chosen: the scope is off, the preview is
    // the start of the very file the export writes, and that file makes the same project.
    void jsonIsTheWholeProject()
    {
        ExportDialog dialog(m_doc.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("scope"));
        scope->setCurrentIndex(0); // the current journey only
        format->setFocus();
        while (dialog.format()->id() != QStringLiteral("json"))
            QTest::keyClick(format, Qt::Key_Down);
        QVERIFY(!scope->isEnabled());
        auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("textPreview"));
        QVERIFY(text->isVisible());
        QVERIFY2(text->toPlainText().startsWith(QStringLiteral("{\n  \"waymark\": \"project\"")),
                 qPrintable(text->toPlainText().left(200)));
        for (const Journey &j : m_doc->project().journeys)
            QVERIFY(text->toPlainText().contains(QStringLiteral("\"name\": \"") + j.name));
        QCOMPARE(dialog.suggestedFileName(), m_doc->project().info.title + QStringLiteral(".json"));
        const QString path = m_dir.filePath(QStringLiteral("project.json"));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QCOMPARE(QString::fromUtf8(written), text->toPlainText());
        const QString copy = m_dir.filePath(QStringLiteral("from-json.waymark"));
        QVERIFY2(ProjectJson::create(written, copy, &error), qPrintable(error));
        OpenResult opened;
        auto store = Store::open(copy, Store::Access::ReadOnly, &opened);
        Project p;
        QVERIFY(store && store->load(&p, &error));
        QCOMPARE(p.journeys.size(), m_doc->project().journeys.size());
        QCOMPARE(p.journeys.last().cards.size(), m_doc->project().journeys.last().cards.size());
        // Back to a map format: the scope is the user's choice again.
        QTest::keyClick(format, Qt::Key_Home);
        QVERIFY(scope->isEnabled());
    }

    // PowerPoint offers a slide per stage (and nothing of pages); ticked with the keyboard, the
    // deck has one more slide per stage.
    void pptxOffersStageSlides()
    {
        ExportDialog dialog(m_doc.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *stageSlides = dialog.findChild<QCheckBox *>(QStringLiteral("stageSlides"));
        QVERIFY(dialog.setFormat(QStringLiteral("pdf")));
        QVERIFY(!stageSlides->isVisible());
        QVERIFY(dialog.setFormat(QStringLiteral("pptx")));
        QVERIFY(stageSlides->isVisible());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("page"))->isVisible());
        dialog.findChild<QComboBox *>(QStringLiteral("scope"))->setCurrentIndex(0);
        auto slides = [&](const QString &path) {
            QString error;
            if (!dialog.exportTo(path, &error)) qFatal("%s", qPrintable(error));
            QuaZip zip(path);
            zip.open(QuaZip::mdUnzip);
            int n = 0;
            for (const QString &name : zip.getFileNameList())
                n += name.startsWith(QStringLiteral("ppt/slides/slide"));
            return n;
        };
        stageSlides->setChecked(false);
        const int without = slides(m_dir.filePath(QStringLiteral("deck.pptx")));
        stageSlides->setFocus();
        QTest::keyClick(stageSlides, Qt::Key_Space);
        QVERIFY(stageSlides->isChecked());
        const int with = slides(m_dir.filePath(QStringLiteral("deck-stages.pptx")));
        QCOMPARE(with - without,
                 int(m_doc->project().journey(m_doc->currentJourneyId())->stages.size()));
        stageSlides->setChecked(false);
    }

    void settingsAreRemembered()
    {
        {
            ExportDialog dialog(m_doc.get());
            QVERIFY(dialog.setFormat(QStringLiteral("csv")));
            dialog.findChild<QComboBox *>(QStringLiteral("page"))->setCurrentIndex(4); // A0
            dialog.saveSettings(); // as an export does
        }
        ExportDialog again(m_doc.get());
        QCOMPARE(again.format()->id(), QStringLiteral("csv"));
        QCOMPARE(again.mapOptions().page, QPageSize::A0);
        // An older version kept the format's place in the list: 4 was CSV, 5 Markdown.
        QSettings().setValue(QStringLiteral("export/format"), 5);
        QCOMPARE(ExportDialog(m_doc.get()).format()->id(), QStringLiteral("md"));
    }

    // The export starts from what the map shows: the overlay the user looks at lands in the
    // PDF with its legend, discs and charts, and the window says where the file went.
    void exportCarriesTheOverlay()
    {
        Project p;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &p, &error));
        const QString file = m_dir.filePath(QStringLiteral("overlay.waymark"));
        QVERIFY(Store::create(file, p, &error));
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(file));
        const QString table = QStringLiteral(WAYMARK_TESTDATA "/tables/kpis-en-wide-units.csv");
        Table head;
        int n = 0;
        const auto read = TableReader::read(table, {}, &error, [&](const QStringList &r, qint64) {
            head.rows.append(r);
            return ++n < 200;
        });
        QVERIFY(read);
        head.columns = read->columns;
        QVERIFY(w.document()->importMetrics(*MetricImporter::plan(
            w.document()->project(), table, {}, MetricMapping::guess(head), &error)));
        QComboBox *metric = w.overlayBar()->metricBox();
        const int csat = metric->findText(QStringLiteral("CSAT (1-5)"));
        QVERIFY(csat > 0);
        metric->setCurrentIndex(csat);
        emit metric->activated(csat);
        const QString pdf = m_dir.filePath(QStringLiteral("overlay.pdf"));
        bool checked = false;
        QTimer::singleShot(0, [&] {
            ExportDialog *dialog = w.findChild<ExportDialog *>();
            if (!dialog) return;
            QVERIFY(dialog->setFormat(QStringLiteral("pdf")));
            // By default what the map shows.
            auto *overlay = dialog->findChild<QComboBox *>(QStringLiteral("overlay"));
            checked = overlay->currentText() == QStringLiteral("CSAT (1-5)");
            QCOMPARE(dialog->mapOptions().overlayMetric, w.overlayBar()->metric());
            QCOMPARE(dialog->pageCount(), 2); // the map and its charts
            // The preview shows the overlay: its first page differs from one without.
            auto *preview = dialog->findChild<QWidget *>(QStringLiteral("exportPreview"));
            QVERIFY(preview);
            const QImage shown = preview->grab().toImage();
            overlay->setCurrentIndex(0);
            const QImage plain = preview->grab().toImage();
            QVERIFY(shown != plain);
            QCOMPARE(dialog->pageCount(), 1);
            overlay->setCurrentIndex(csat);
            QString why;
            QVERIFY2(dialog->exportTo(pdf, &why), qPrintable(why));
            dialog->accept();
        });
        w.showExport();
        QVERIFY(checked);
        QPdfDocument doc;
        QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 2);
        const QString text = doc.getAllText(0).text();
        QVERIFY2(text.contains(QStringLiteral("CSAT (1-5)")), qPrintable(text.right(300)));
        QVERIFY(text.contains(QStringLiteral("the worst friction points")));
        QVERIFY(text.contains(QStringLiteral("2.2")));
        QVERIFY(doc.getAllText(1).text().contains(QStringLiteral("Contacts by stage")));
        // Done: the status bar says so, with Open and Show in Folder.
        QWidget *notice = w.exportedNotice();
        QVERIFY(notice);
        QVERIFY(notice->findChild<QPushButton *>(QStringLiteral("openExported")));
        QVERIFY(notice->findChild<QPushButton *>(QStringLiteral("showExportedFolder")));
        bool named = false;
        for (QLabel *l : notice->findChildren<QLabel *>())
            named = named || l->text().contains(QStringLiteral("overlay.pdf"));
        QVERIFY(named);
    }

    void copyMapAsImage()
    {
        QString error;
        QVERIFY2(ExportDialog::copyMapAsImage(m_doc.get(), &error), qPrintable(error));
        const QImage image = QApplication::clipboard()->image();
        QVERIFY(image.width() > 1000);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
