// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "document/templates.h"
#include "exportdialog.h"
#include "i18n.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QPdfDocument>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        format->setCurrentIndex(ExportDialog::Pdf);
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
        const char *names[] = {"all.pdf", "all.png", "all.svg", "all.xlsx", "all.csv", "all.md"};
        for (int f = ExportDialog::Pdf; f <= ExportDialog::Markdown; ++f) {
            format->setCurrentIndex(f);
            QVERIFY(!dialog.grab().isNull());
            const QString path = m_dir.filePath(QString::fromLatin1(names[f]));
            QString error;
            QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
            // PNG and SVG: one file per journey.
            if (f == ExportDialog::Png || f == ExportDialog::Svg)
                QVERIFY(QFile::exists(m_dir.filePath(
                    QStringLiteral("all-2.%1")
                        .arg(QLatin1String(f == ExportDialog::Png ? "png" : "svg")))));
            else
                QVERIFY(QFileInfo(path).size() > 100);
        }
    }

    void settingsAreRemembered()
    {
        {
            ExportDialog dialog(m_doc.get());
            dialog.findChild<QComboBox *>(QStringLiteral("format"))
                ->setCurrentIndex(ExportDialog::Csv);
            dialog.findChild<QComboBox *>(QStringLiteral("page"))->setCurrentIndex(4); // A0
            dialog.saveSettings(); // as an export does
        }
        ExportDialog again(m_doc.get());
        QCOMPARE(again.format(), ExportDialog::Csv);
        QCOMPARE(again.mapOptions().page, QPageSize::A0);
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
