// SPDX-License-Identifier: GPL-3.0-or-later
// The PowerPoint export (io/pptxwriter.h): the package has the structure PresentationML
// requires (every part typed, every relationship resolving, slides listed in order, notes
// pages with their master), the text is real text; and LibreOffice Impress opens it, converts
// it to PDF without complaint, and the text read back from the PDF is the deck's
// (readsBackInLibreOffice, its own CTest entry, skipped with a message without soffice).
#undef QT_NO_CAST_FROM_ASCII
#include "analytics/friction.h"
#include "document/templates.h"
#include "io/exportformat.h"
#include "io/pptxwriter.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace waymark;

namespace {

QHash<QString, QByteArray> unzip(const QString &path)
{
    QHash<QString, QByteArray> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        parts.insert(zip.getCurrentFileName(), f.readAll());
    }
    return parts;
}

// The sample with a CSAT on some touchpoints, so that the overlay has friction points.
Project sampleWithCsat()
{
    Project p;
    QString error;
    sampleProject("de", &p, &error);
    MetricDefinition csat;
    csat.id = newId();
    csat.key = csat.kind = "csat";
    csat.name = "CSAT";
    csat.unit = "%";
    csat.higherIsBetter = true;
    csat.directionKnown = true;
    csat.warning = 75;
    csat.critical = 65;
    p.metrics.append(csat);
    const Journey &j = p.journeys[0];
    for (int i = 0; i < 4; ++i)
        p.observations.append({csat.id, TargetKind::Card, j.cards[i].id, {}, {}, 40.0 + 10 * i, {}});
    return p;
}

} // namespace

class TestPptx : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Project m_project = sampleWithCsat();

    QString writeDeck(bool stageSlides)
    {
        MapExportOptions o;
        o.overlayMetric = m_project.metrics[0].id;
        o.stageSlides = stageSlides;
        const QString path = m_dir.filePath(stageSlides ? "stages.pptx" : "deck.pptx");
        QString error;
        if (!PptxExport::write(m_project, {m_project.journeys[0].id, m_project.journeys[1].id},
                               path, o, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private slots:
    void packageHasTheRequiredStructure()
    {
        const QHash<QString, QByteArray> parts = unzip(writeDeck(false));
        QVERIFY(parts.contains("[Content_Types].xml"));
        // Every XML part is well-formed.
        for (auto it = parts.begin(); it != parts.end(); ++it) {
            if (!it.key().endsWith(".xml") && !it.key().endsWith(".rels")) continue;
            QXmlStreamReader r(it.value());
            while (!r.atEnd())
                r.readNext();
            QVERIFY2(!r.hasError(), qPrintable(it.key() + ": " + r.errorString()));
        }
        // Every part but the relationships has a content type (an override or its extension's).
        const QByteArray types = parts["[Content_Types].xml"];
        for (const QString &name : parts.keys()) {
            if (name.endsWith(".rels") || name == "[Content_Types].xml") continue;
            QVERIFY2(types.contains("PartName=\"/" + name.toUtf8() + "\"") || name.endsWith(".png"),
                     qPrintable(name));
        }
        // Every relationship resolves to a part of the package.
        for (auto it = parts.begin(); it != parts.end(); ++it) {
            if (!it.key().endsWith(".rels")) continue;
            const QString folder = QString(it.key()).remove(QRegularExpression("_rels/[^/]*$"));
            const QRegularExpression target("Target=\"([^\"]+)\"");
            for (auto m = target.globalMatch(QString::fromUtf8(it.value())); m.hasNext();) {
                const QString resolved = QDir::cleanPath(folder + m.next().captured(1));
                QVERIFY2(parts.contains(resolved), qPrintable(it.key() + " -> " + resolved));
            }
        }
        // The slides in order: title, a journey with its friction table and charts, the other
        // journey with its own, then one per linked persona.
        const int personas = 2;
        const int slides = 1 + 2 * 3 + personas;
        QCOMPARE(QString::fromUtf8(parts["ppt/presentation.xml"]).count("<p:sldId "), slides);
        QVERIFY(parts["ppt/presentation.xml"].contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"));
        for (int i = 1; i <= slides; ++i) {
            QVERIFY(parts.contains(QString("ppt/slides/slide%1.xml").arg(i)));
            QVERIFY(parts.contains(QString("ppt/notesSlides/notesSlide%1.xml").arg(i)));
        }
        const Journey &j = m_project.journeys[0];
        QVERIFY(parts["ppt/slides/slide1.xml"].contains(m_project.info.title.toUtf8()));
        QVERIFY(parts["ppt/slides/slide2.xml"].contains("<a:t>" + j.name.toUtf8() + "</a:t>"));
        QVERIFY(parts["ppt/slides/slide2.xml"].contains("descr=\"Journey-Map: " + j.name.toUtf8()));
        QVERIFY(parts["ppt/slides/slide2.xml"].contains("lang=\"de-DE\""));
        // The stages' text in the speaker notes.
        for (const Stage &s : j.stages)
            QVERIFY2(parts["ppt/notesSlides/notesSlide2.xml"].contains(s.name.toUtf8()), qPrintable(s.name));
        // The friction top list is a table with the worst card first.
        const QList<FrictionPoint> ranked = Friction::rank(m_project, j);
        QVERIFY(!ranked.isEmpty());
        const QByteArray friction = parts["ppt/slides/slide3.xml"];
        QVERIFY(friction.contains("<a:tbl>"));
        QVERIFY(friction.contains(ranked[0].label.toUtf8()));
        QVERIFY(friction.indexOf(ranked[0].label.toUtf8()) < friction.indexOf(ranked.last().label.toUtf8()) ||
                ranked.size() == 1);
        QVERIFY(parts["ppt/slides/slide4.xml"].contains("CSAT"));
        QVERIFY(parts["ppt/slides/slide8.xml"].contains(m_project.persona(j.personaIds[0])->name.toUtf8()));
        QVERIFY(parts.contains("ppt/media/image1.png"));
        // Crisp: at least 200 pixels per inch where the slide shows it (6.1 in high, 12.3 wide).
        const QImage map = QImage::fromData(parts["ppt/media/image1.png"]);
        QVERIFY2(map.height() >= 1220 || map.width() >= 2460,
                 qPrintable(QString("%1x%2").arg(map.width()).arg(map.height())));
    }

    void stageSlidesListTheCards()
    {
        const QHash<QString, QByteArray> parts = unzip(writeDeck(true));
        const Journey &j = m_project.journeys[0];
        // Slide 2 the map, then a slide per stage with its cards as a table, lane by lane.
        for (int s = 0; s < j.stages.size(); ++s) {
            const QByteArray xml = parts[QString("ppt/slides/slide%1.xml").arg(3 + s)];
            QVERIFY2(xml.contains(j.stages[s].name.toUtf8()), qPrintable(j.stages[s].name));
            for (const Card &c : j.cards)
                if (c.stageId == j.stages[s].id && !c.text.isEmpty() && !c.emotion)
                    QVERIFY2(xml.contains(c.text.simplified().toHtmlEscaped().toUtf8()),
                             qPrintable(c.text));
        }
    }

    void unwritableTargetIsReported()
    {
        QString error;
        QVERIFY(!PptxExport::write(m_project, {m_project.journeys[0].id},
                                   m_dir.filePath("no/such/deck.pptx"), {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!PptxExport::write(m_project, {}, m_dir.filePath("empty.pptx"), {}, &error));
        QVERIFY(!QFile::exists(m_dir.filePath("empty.pptx")));
    }

    // LibreOffice Impress opens the deck and converts it; the PDF has a page per slide with
    // the deck's text. Its own CTest entry (tst_pptx runs the others); exits 77 (skipped, with
    // the reason) without soffice.
    void readsBackInLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable("soffice");
        if (soffice.isEmpty()) {
            qWarning("SKIP: readsBackInLibreOffice needs LibreOffice Impress (soffice); "
                     "packaging/dev.sh test installs libreoffice-impress");
            std::exit(77);
        }
        const QString deck = writeDeck(true);
        QProcess p;
        p.start(soffice, {"-env:UserInstallation=file://" + m_dir.filePath("lo-profile"),
                          "--headless", "--convert-to", "pdf", "--outdir", m_dir.path(), deck});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(m_dir.filePath("stages.pdf")), QPdfDocument::Error::None);
        const Journey &j = m_project.journeys[0];
        const int slides = 1 + (1 + int(j.stages.size()) + 2) +
                           (1 + int(m_project.journeys[1].stages.size()) + 2) + 2;
        QCOMPARE(pdf.pageCount(), slides);
        QCOMPARE(pdf.pagePointSize(0).toSize(), QSize(960, 540)); // 16:9
        auto page = [&](int i) { return pdf.getAllText(i).text().simplified(); };
        QVERIFY2(page(0).contains(m_project.info.title), qPrintable(page(0)));
        QVERIFY2(page(1).contains(j.name), qPrintable(page(1)));
        const Stage &first = j.stages[0];
        QVERIFY2(page(2).contains(first.name), qPrintable(page(2)));
        for (const Card *c : j.cellCards(first.id, j.lanes[0].id))
            QVERIFY2(page(2).contains(c->text.simplified()), qPrintable(c->text + " | " + page(2)));
        const QString friction = page(2 + int(j.stages.size()));
        QVERIFY2(friction.contains(Friction::rank(m_project, j)[0].label), qPrintable(friction));
        QVERIFY2(page(slides - 1).contains(m_project.persona(j.personaIds.value(1, j.personaIds[0]))->name) ||
                     page(slides - 2).contains(m_project.persona(j.personaIds[0])->name),
                 qPrintable(page(slides - 1)));
    }
};

QTEST_MAIN(TestPptx)
#include "tst_pptx.moc"
