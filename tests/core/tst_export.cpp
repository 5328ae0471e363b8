// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "document/templates.h"
#include "io/filewrite.h"
#include "io/htmlviewer.h"
#include "io/mapexport.h"
#include "io/tableexport.h"
#include "io/xlsxwriter.h"
#include "layout/maplayout.h"
#include "render/maprenderer.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <QXmlStreamReader>

using namespace waymark;

namespace {

// Parses CSV as RFC 4180 describes it: quotes, doubled quotes, line breaks inside quotes.
QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                cell += c, ++i;
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            row.append(cell), cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(cell), cell.clear(), rows.append(row), row.clear(), ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QByteArray unzipped(const QString &path, const QString &entry)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry)) return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

// Cells of a sheet as "B3" -> text, through the shared strings.
QHash<QString, QString> sheetCells(const QString &path, int sheet)
{
    QStringList shared;
    QXmlStreamReader ss(unzipped(path, QStringLiteral("xl/sharedStrings.xml")));
    while (!ss.atEnd())
        if (ss.readNext() == QXmlStreamReader::StartElement && ss.name() == u"t")
            shared.append(ss.readElementText());
    QHash<QString, QString> cells;
    QXmlStreamReader xml(unzipped(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    QString ref, type;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == u"c") {
            ref = xml.attributes().value(QStringLiteral("r")).toString();
            type = xml.attributes().value(QStringLiteral("t")).toString();
        } else if (xml.name() == u"v") {
            const QString v = xml.readElementText();
            cells.insert(ref, type == u"s" ? shared.value(v.toInt()) : v);
        }
    }
    if (xml.hasError()) cells.insert(QStringLiteral("error"), xml.errorString());
    return cells;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Project m_project;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    const Journey &journey() const { return m_project.journeys.first(); }
    QList<Id> first() const { return {journey().id}; }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY(sampleProject(QStringLiteral("en"), &m_project, &error));
        // Edge cases in one card: umlauts, emoji, a line break, a formula, a very long text.
        Journey &j = m_project.journeys.first();
        Card tricky;
        tricky.id = newId();
        tricky.stageId = j.stages[0].id;
        tricky.laneId = j.lanes[10].id;
        tricky.order = j.cellSize(tricky.stageId, tricky.laneId);
        tricky.text = QStringLiteral("=SUM(A1) Grüße 😀\nzweite Zeile; \"quoted\"\x01");
        j.cards.append(tricky);
        Card longCard = tricky;
        longCard.id = newId();
        longCard.order += 1;
        longCard.text = QStringLiteral("lang ").repeated(2000);
        j.cards.append(longCard);
    }

    void pdfFitHasEveryCardsText()
    {
        MapExportOptions o;
        QString error;
        QVERIFY2(
            MapExport::writePdf(m_project, first(), path(QStringLiteral("fit.pdf")), o, &error),
            qPrintable(error));
        QPdfDocument doc;
        QCOMPARE(doc.load(path(QStringLiteral("fit.pdf"))), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 1);
        const QSizeF a3 = doc.pagePointSize(0);
        QVERIFY2(std::abs(a3.width() - 1190.55) < 2 && std::abs(a3.height() - 841.89) < 2,
                 qPrintable(QStringLiteral("%1 x %2").arg(a3.width()).arg(a3.height())));
        // A reader's search ignores where lines break. How an emoji comes out depends on the
        // fonts installed, so a text is compared up to its first emoji.
        auto searchable = [](QString s) {
            for (qsizetype k = 0; k < s.size(); ++k)
                if (s[k].isSurrogate()) {
                    s.truncate(k);
                    break;
                }
            s.removeIf([](QChar c) { return c.isSpace() || c.unicode() < 0x20; });
            return s;
        };
        const QString text = searchable(doc.getAllText(0).text());
        int found = 0;
        for (const Card &c : journey().cards) {
            if (text.contains(searchable(c.text)))
                ++found;
            else
                qWarning("missing: %s", qPrintable(c.text.left(80)));
        }
        QCOMPARE(found, int(journey().cards.size()));
        QVERIFY(text.contains(searchable(m_project.info.title))); // the title block
    }

    void pdfPosterTilesAndPersonaPages()
    {
        MapExportOptions o;
        o.page = QPageSize::A4;
        o.tilesX = 3;
        o.tilesY = 2;
        o.personaSheets = true;
        QString error;
        QVERIFY2(
            MapExport::writePdf(m_project, first(), path(QStringLiteral("tiles.pdf")), o, &error),
            qPrintable(error));
        QPdfDocument doc;
        QCOMPARE(doc.load(path(QStringLiteral("tiles.pdf"))), QPdfDocument::Error::None);
        // Persona sheets are portrait: two to a landscape page.
        QCOMPARE(doc.pageCount(), 6 + (int(m_project.personas.size()) + 1) / 2);
        QVERIFY(doc.getAllText(4).text().contains(QStringLiteral("B2 of 3x2")));
        QVERIFY(doc.getAllText(6).text().contains(m_project.personas[0].name));
        QVERIFY(doc.getAllText(6).text().contains(m_project.personas[1].name));
        // On portrait pages, one each.
        o.landscape = false;
        o.tilesX = o.tilesY = 1;
        QVERIFY(MapExport::writePdf(m_project, first(), path(QStringLiteral("portrait.pdf")), o,
                                    &error));
        QCOMPARE(doc.load(path(QStringLiteral("portrait.pdf"))), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 1 + int(m_project.personas.size()));
        o.landscape = true;
        o.tilesX = 3;
        o.tilesY = 2;
        QCOMPARE(MapExport::posterPages(m_project, journey().id, o), QSize(3, 2));
        // At a scale, as many pages as it takes.
        o.tilesX = o.tilesY = 0;
        o.scalePercent = 100;
        const QSize pages = MapExport::posterPages(m_project, journey().id, o);
        QVERIFY(pages.width() * pages.height() > 2);
        // Every journey of the project, one page each.
        MapExportOptions fit;
        QList<Id> all;
        for (const Journey &j : m_project.journeys)
            all.append(j.id);
        QCOMPARE(MapExport::pageCount(m_project, all, fit), int(all.size()));
    }

    // Where a page shows ink: the box around everything that is not white.
    static QRect inked(const QImage &page)
    {
        QRect box;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                if (page.pixel(x, y) != qRgb(255, 255, 255)) box |= QRect(x, y, 2, 2);
        return box;
    }

    void fitUsesThePageAndCentres_data()
    {
        QTest::addColumn<int>("stages");
        QTest::addColumn<bool>("landscape");
        QTest::newRow("tall map, landscape A3") << 5 << true;
        QTest::newRow("wide map, portrait A3") << 14 << false;
    }

    void fitUsesThePageAndCentres()
    {
        QFETCH(int, stages);
        QFETCH(bool, landscape);
        Project p = m_project;
        Journey &j = p.journeys.first();
        while (j.stages.size() < stages)
            j.stages.append(
                {newId(), QStringLiteral("Stage %1").arg(j.stages.size() + 1), {}, {}, false, 0});
        MapExportOptions o;
        o.titleBlock = false;
        o.landscape = landscape;
        QString error;
        const QImage page = [&] {
            MapExportOptions png = o;
            png.pngOnPage = true;
            png.dpi = 40;
            return MapExport::renderImage(p, j.id, png, &error);
        }();
        QVERIFY2(!page.isNull(), qPrintable(error));
        const QRect ink = inked(page);
        const double margin = o.marginMm / 25.4 * 40;
        const QRectF content = QRectF(page.rect()).adjusted(margin, margin, -margin, -margin);
        // Both dimensions: the map takes (nearly) all the width and all the height...
        QVERIFY2(ink.width() > content.width() * 0.95 || ink.height() > content.height() * 0.95,
                 qPrintable(QStringLiteral("%1x%2 of %3x%4")
                                .arg(ink.width())
                                .arg(ink.height())
                                .arg(content.width())
                                .arg(content.height())));
        // ...a tall map is widened to the page instead of leaving half of it empty...
        if (landscape) QVERIFY(ink.width() > content.width() * 0.95);
        // ...and what it does not fill is shared out on both sides.
        QVERIFY(std::abs(ink.left() - (page.width() - ink.right())) < 6);
        QVERIFY(std::abs(ink.top() - (page.height() - ink.bottom())) < 6);
    }

    void posterUsesEveryPage()
    {
        // A tall map over 3 x 2 landscape pages: every column carries map, and a wide one over
        // 3 x 3 needs fewer rows, so none is printed empty.
        MapExportOptions o;
        o.page = QPageSize::A4;
        o.tilesX = 3;
        o.tilesY = 2;
        o.cropMarks = false;
        const QImage last = [&] {
            QImage image(QSize(842, 595) / 2, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            MapExport::paintPage(&painter, image.rect(), 0.5, m_project, first(), o, 2);
            return image;
        }();
        const QRect ink = inked(last);
        QVERIFY2(ink.width() > last.width() * 0.6, qPrintable(QString::number(ink.width())));
        // A wide map (twelve stages) over 3 x 4: it needs three rows, the fourth is left out.
        Project p = m_project;
        Journey &j = p.journeys.first();
        while (j.stages.size() < 12)
            j.stages.append(
                {newId(), QStringLiteral("Stage %1").arg(j.stages.size() + 1), {}, {}, false, 0});
        MapExportOptions wide = o;
        wide.tilesY = 4;
        QCOMPARE(MapExport::posterPages(p, j.id, wide), QSize(3, 3));
        QCOMPARE(MapExport::pageCount(p, {j.id}, wide), 9);
    }

    // Comments as numbered notes on a poster too: the number sits on the commented card on the
    // page that shows it, and the threads follow the poster's pages.
    void posterCarriesCommentNumbers()
    {
        Project p = m_project;
        Journey &j = p.journeys.first();
        const Card *top = j.cellCards(j.stages[0].id, j.lanes[0].id).value(0);
        QVERIFY(top);
        j.comments.append({newId(), top->id, {}, QStringLiteral("Anna"), QStringLiteral("Is this right?"),
                           QDateTime::currentDateTimeUtc(), {}, {}});
        MapExportOptions o;
        o.page = QPageSize::A4;
        o.tilesX = 2;
        o.tilesY = 1;
        o.cropMarks = false;
        const QSize pages = MapExport::posterPages(p, j.id, o);
        QCOMPARE(MapExport::pageCount(p, {j.id}, o), pages.width() * pages.height());
        // The open thread's mark is light blue; count its pixels on the first page.
        auto marked = [&](bool comments) {
            MapExportOptions with = o;
            with.commentsPage = comments;
            QImage image(QSize(842, 595) * 3, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            MapExport::paintPage(&painter, image.rect(), 3, p, {j.id}, with, 0);
            painter.end();
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixel(x, y) == qRgb(0xe3, 0xee, 0xff);
            return n;
        };
        const int without = marked(false), with = marked(true);
        QVERIFY2(with > without + 20, qPrintable(QStringLiteral("%1 vs %2").arg(with).arg(without)));
        o.commentsPage = true;
        QCOMPARE(MapExport::pageCount(p, {j.id}, o), pages.width() * pages.height() + 1);
        QString error;
        const QString file = path(QStringLiteral("poster-comments.pdf"));
        QVERIFY(MapExport::writePdf(p, {j.id}, file, o, &error));
        QPdfDocument doc;
        QCOMPARE(doc.load(file), QPdfDocument::Error::None);
        const QString notes = doc.getAllText(doc.pageCount() - 1).text();
        QVERIFY2(notes.contains(QStringLiteral("Is this right?")), qPrintable(notes));
    }

    // The HTML viewer is one file that fetches nothing, carries every chosen journey with its
    // cards' places and details, and keeps card text from ending its script or markup.
    void htmlViewerIsSelfContained()
    {
        Project p = m_project;
        Journey &j = p.journeys.first();
        j.cards.first().text = QStringLiteral("</script><script>alert(1)</script> & <b>bold</b>");
        QList<Id> ids;
        for (const Journey &k : p.journeys)
            ids.append(k.id);
        const QString html = QString::fromUtf8(HtmlViewer::html(p, ids));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy\" content=\"default-src 'none'")));
        // No address but the SVG namespaces; no external script, style or picture.
        static const QRegularExpression url(QStringLiteral("https?://[^\"' <)]*"));
        QSet<QString> urls;
        for (auto it = url.globalMatch(html); it.hasNext();)
            urls.insert(it.next().captured());
        QCOMPARE(urls, QSet<QString>({QStringLiteral("http://www.w3.org/2000/svg"),
                                      QStringLiteral("http://www.w3.org/1999/xlink")}));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")) && !html.contains(QStringLiteral("@import")));
        QCOMPARE(html.count(QStringLiteral("<section class=\"journey\"")), p.journeys.size());
        QCOMPARE(html.count(QStringLiteral("<svg ")), p.journeys.size());
        // Two scripts: the data and the viewer; the hostile text closes neither.
        QCOMPARE(html.count(QStringLiteral("</script>")), 2);
        QVERIFY(!html.contains(QStringLiteral("<b>bold</b>")));
        const int start = html.indexOf(QStringLiteral("id=\"waymark-data\">")) + 18;
        const QString json = html.mid(start, html.indexOf(QStringLiteral("</script>"), start) - start);
        const QJsonObject data = QJsonDocument::fromJson(json.toUtf8()).object();
        const QJsonArray journeys = data[QStringLiteral("journeys")].toArray();
        QCOMPARE(journeys.size(), p.journeys.size());
        const QJsonArray cards = journeys[0].toObject()[QStringLiteral("cards")].toArray();
        QCOMPARE(cards.size(), j.cards.size());
        // Each card where the map draws it.
        const MapLayout layout = MapLayout::compute(j);
        for (const QJsonValue &v : cards) {
            const QJsonObject c = v.toObject();
            const QRectF r = layout.cards.value(idFromString(c[QStringLiteral("id")].toString()));
            QVERIFY(qAbs(c[QStringLiteral("x")].toDouble() - (r.x() - layout.bounds.x())) < 0.1);
            QVERIFY(qAbs(c[QStringLiteral("w")].toDouble() - r.width()) < 0.1);
        }
        QCOMPARE(cards[0].toObject()[QStringLiteral("text")].toString(), j.cards.first().text);
        // The personas the journeys show, with their photos inline.
        QVERIFY(html.contains(QStringLiteral("<article class=\"persona\">")));
        // In the project's language.
        Project de;
        QString error;
        QVERIFY(sampleProject(QStringLiteral("de"), &de, &error));
        const QString german = QString::fromUtf8(HtmlViewer::html(de, {de.journeys[0].id}));
        QVERIFY(german.contains(QStringLiteral("<html lang=\"de\">")));
        QVERIFY2(german.contains(QStringLiteral(">Einpassen</button>")), qPrintable(german.left(3000)));
        // Into a folder that does not exist: refused with the reason, nothing written.
        QVERIFY(!HtmlViewer::write(p, ids, path(QStringLiteral("no/such/viewer.html")), {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void emptyPersonaSectionsAreLeftOut()
    {
        Project p = m_project;
        Persona &x = p.personas.first();
        x.frustrations.clear();
        x.values.clear();
        x.channels.clear();
        QString error;
        const QString file = path(QStringLiteral("persona.pdf"));
        MapExportOptions o;
        o.personaSheets = true;
        o.landscape = false;
        QVERIFY(MapExport::writePdf(p, first(), file, o, &error));
        QPdfDocument doc;
        QCOMPARE(doc.load(file), QPdfDocument::Error::None);
        const QString text = doc.getAllText(1).text();
        QVERIFY2(text.contains(QStringLiteral("GOALS")), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QStringLiteral("FRUSTRATIONS")));
        QVERIFY(!text.contains(QStringLiteral("VALUES")));
        QVERIFY(!text.contains(QStringLiteral("PREFERRED CHANNELS")));
        QVERIFY(text.contains(QStringLiteral("TRAITS")));
    }

    void pdfTextHasPlainLetters()
    {
        // "flags", "first", "offers": copied or searched, the letters are letters, not the
        // ligatures fl, fi, ff (U+FB00-FB06) a font would draw.
        QString error;
        const QString file = path(QStringLiteral("letters.pdf"));
        MapExportOptions o;
        o.personaSheets = true;
        QVERIFY(MapExport::writePdf(m_project, first(), file, o, &error));
        QPdfDocument doc;
        QCOMPARE(doc.load(file), QPdfDocument::Error::None);
        QString text;
        for (int i = 0; i < doc.pageCount(); ++i)
            text += doc.getAllText(i).text();
        QVERIFY(text.contains(QStringLiteral("flags")));
        QVERIFY(text.contains(QStringLiteral("First bill")));
        QVERIFY(text.contains(QStringLiteral("offers")));
        for (QChar c : std::as_const(text))
            QVERIFY2(c.unicode() < 0xfb00 || c.unicode() > 0xfb06,
                     qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    }

    void cancelledPdfLeavesNoFile()
    {
        QString error;
        const QString file = path(QStringLiteral("cancelled.pdf"));
        QVERIFY(!MapExport::writePdf(m_project, first(), file, {}, &error,
                                     [](int, int) { return false; }));
        QVERIFY(!QFile::exists(file));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
    }

    void severalFilesAllOrNothing()
    {
        // Older exports of three journeys; the new export fails at the second picture.
        QTemporaryDir dir;
        const QStringList paths =
            MapExport::numberedPaths(dir.filePath(QStringLiteral("out.png")), 3);
        for (const QString &path : paths) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QString error;
        QStringList staged;
        const bool ok = FileWrite::writeAllOrNothing(
            paths,
            [&](int i, const QString &staging) {
                staged.append(staging);
                if (i == 1) {
                    error = QStringLiteral("disk full");
                    return false;
                }
                QFile f(staging);
                return f.open(QIODevice::WriteOnly) && f.write("new") == 3;
            },
            &error);
        QVERIFY(!ok);
        QCOMPARE(error, QStringLiteral("disk full"));
        QCOMPARE(staged.size(), 2);
        for (const QString &s : std::as_const(staged))
            QVERIFY2(!paths.contains(s), qPrintable(s)); // never written to a target directly
        for (const QString &path : paths) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("old"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
        // When every part is written, all are replaced.
        QVERIFY(FileWrite::writeAllOrNothing(
            paths,
            [](int, const QString &staging) {
                QFile f(staging);
                return f.open(QIODevice::WriteOnly) && f.write("new") == 3;
            },
            &error));
        for (const QString &path : paths) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("new"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    void pngSizeDpiAndLimits()
    {
        MapExportOptions o;
        o.dpi = 192; // twice the map's natural size
        o.titleBlock = false;
        QString error;
        const QString file = path(QStringLiteral("map.png"));
        QVERIFY2(MapExport::writePng(m_project, journey().id, file, o, &error), qPrintable(error));
        const QImage image(file);
        const QRectF bounds = MapLayout::compute(journey()).bounds;
        QCOMPARE(image.size(), (bounds.size() * 2).toSize());
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 37)
            for (int x = 0; x < image.width(); x += 37)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20); // not blank
        // A pixel width; a transparent background.
        o.widthPx = 800;
        o.transparent = true;
        const QImage slide = MapExport::renderImage(m_project, journey().id, o, &error);
        QCOMPARE(slide.width(), 800);
        QVERIFY(slide.hasAlphaChannel());
        QCOMPARE(qAlpha(slide.pixel(3, 3)), 0); // the paper above the lane titles
        QVERIFY(qAlpha(slide.pixel(slide.width() / 2, slide.height() / 2)) > 0);
        // With its title block and, with an overlay, its legend: a picture for a slide that
        // explains itself.
        Project measured = m_project;
        MetricDefinition csat;
        csat.id = newId();
        csat.key = csat.name = QStringLiteral("CSAT");
        csat.warning = 3.5;
        csat.critical = 3;
        measured.metrics.append(csat);
        measured.observations.append(
            {csat.id, TargetKind::Card, journey().cards.first().id, {}, {}, 2.2, Id()});
        MapExportOptions framed;
        framed.dpi = 96;
        const QImage plain = MapExport::renderImage(measured, journey().id, framed, &error);
        framed.overlayMetric = csat.id;
        const QImage titled = MapExport::renderImage(measured, journey().id, framed, &error);
        QCOMPARE(titled.width(), int(bounds.width()));
        QVERIFY(plain.height() > int(bounds.height()) + 40); // the title block
        QVERIFY(titled.height() > plain.height() + 20);      // and the legend
        QVERIFY(inked(titled.copy(0, 0, titled.width(), 40)).width() > 100);
        QVERIFY(inked(titled.copy(0, titled.height() - 30, titled.width(), 30)).width() > 100);
        // On a page: A1 at 100 dpi.
        MapExportOptions page;
        page.pngOnPage = true;
        page.page = QPageSize::A1;
        page.dpi = 100;
        QCOMPARE(MapExport::renderImage(m_project, journey().id, page, &error).size(),
                 QSize(3311, 2339));
        // Past the safe limit: a clear message, no file.
        o.widthPx = 100000;
        QVERIFY(!MapExport::writePng(m_project, journey().id, path(QStringLiteral("huge.png")), o,
                                     &error));
        QVERIFY2(error.contains(QStringLiteral("megapixels")), qPrintable(error));
        QVERIFY(!QFile::exists(path(QStringLiteral("huge.png"))));
    }

    void svgKeepsTextAsText()
    {
        QString error;
        const QString file = path(QStringLiteral("map.svg"));
        QVERIFY2(MapExport::writeSvg(m_project, journey().id, file, &error), qPrintable(error));
        QVERIFY(QSvgRenderer(file).isValid());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString texts;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
                texts += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u' ';
        QVERIFY(!xml.hasError());
        QVERIFY(texts.contains(journey().stages[1].name));
        QVERIFY(texts.contains(QStringLiteral("Tariff page")));
    }

    void xlsxRoundTrips()
    {
        QList<Id> all;
        for (const Journey &j : m_project.journeys)
            all.append(j.id);
        QString error;
        const QString file = path(QStringLiteral("map.xlsx"));
        QVERIFY2(TableExport::writeXlsx(m_project, all, file, &error), qPrintable(error));
        // The journey sheet: stages across, lanes down, a cell's cards as lines.
        const QHash<QString, QString> sheet = sheetCells(file, 1);
        QVERIFY(!sheet.contains(QStringLiteral("error")));
        QCOMPARE(sheet.value(QStringLiteral("B1")), journey().stages[0].name);
        QCOMPARE(sheet.value(QStringLiteral("A2")), journey().lanes[0].title);
        QStringList firstCell;
        for (const Card *c : journey().cellCards(journey().stages[0].id, journey().lanes[0].id))
            firstCell.append(c->text);
        QCOMPARE(sheet.value(QStringLiteral("B2")), firstCell.join(QLatin1Char('\n')));
        // The cards sheet: a row per card; tricky texts survive (less the control character).
        const QHash<QString, QString> cards = sheetCells(file, 3);
        int rows = 0;
        for (const Journey &j : m_project.journeys)
            rows += int(j.cards.size());
        QVERIFY(cards.contains(QStringLiteral("A%1").arg(rows + 1)));
        QVERIFY(!cards.contains(QStringLiteral("A%1").arg(rows + 2)));
        const QStringList texts = cards.values();
        QVERIFY(texts.contains(QStringLiteral("=SUM(A1) Grüße 😀\nzweite Zeile; \"quoted\"")));
        QVERIFY(texts.contains(QStringLiteral("lang ").repeated(2000)));
        // Frozen panes, widths and styles are there.
        const QByteArray xml = unzipped(file, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(xml.contains("state=\"frozen\""));
        QVERIFY(xml.contains("<col min=\"1\""));
        QVERIFY(unzipped(file, QStringLiteral("xl/styles.xml")).contains("wrapText=\"1\""));
        QCOMPARE(XlsxWriter::safeSheetName(QStringLiteral("Q1/Q2: [draft]?"), {}),
                 QStringLiteral("Q1 Q2 draft"));
        QCOMPARE(XlsxWriter::safeSheetName(QStringLiteral("Cards"), {QStringLiteral("cards")}),
                 QStringLiteral("Cards (2)"));
        QCOMPARE(XlsxWriter::safeSheetName(QString(40, u'x'), {}).size(), 31);
    }

    void voteResultsGoIntoEveryExport()
    {
        // A round on two cards: 3 dots for the second, 1 for the first.
        Project p = m_project;
        Journey &j = p.journeys.first();
        VoteRound round;
        round.id = newId();
        round.question = QStringLiteral("Which pain points hurt most?");
        round.cards = {j.cards[0].id, j.cards[1].id};
        round.opened = QDateTime::currentDateTimeUtc();
        round.closed = round.opened;
        j.rounds.append(round);
        for (int k = 0; k < 4; ++k)
            j.votes.append({newId(), round.id, round.cards[k == 0 ? 0 : 1],
                            QStringLiteral("p%1").arg(k), 1, round.opened});
        QString error;
        // CSV: the last column has each card's dots, as numbers; other cards stay empty.
        const QString csvFile = path(QStringLiteral("votes.csv"));
        QVERIFY(TableExport::writeCsv(p, {j.id}, csvFile, {QLatin1Char(','), false}, &error));
        QFile f(csvFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()), u',');
        QCOMPARE(rows[0].value(10), QStringLiteral("Votes"));
        QHash<QString, QString> byText;
        for (const QStringList &row : rows)
            byText.insert(row.value(3), row.value(10));
        QCOMPARE(byText.value(j.cards[0].text), QStringLiteral("1"));
        QCOMPARE(byText.value(j.cards[1].text), QStringLiteral("3"));
        QCOMPARE(byText.value(j.cards[2].text), QString());
        // XLSX: the Votes sheet ranks the round (sheets: the journey, Cards, Votes).
        const QString xlsx = path(QStringLiteral("votes.xlsx"));
        QVERIFY2(TableExport::writeXlsx(p, {j.id}, xlsx, &error), qPrintable(error));
        const QHash<QString, QString> sheet = sheetCells(xlsx, 3);
        QCOMPARE(sheet.value(QStringLiteral("B2")), round.question);
        QCOMPARE(sheet.value(QStringLiteral("E2")), j.cards[1].text);
        QCOMPARE(sheet.value(QStringLiteral("F2")), QStringLiteral("3"));
        QCOMPARE(sheet.value(QStringLiteral("F3")), QStringLiteral("1"));
        QCOMPARE(sheetCells(xlsx, 2).value(QStringLiteral("K1")), QStringLiteral("Votes"));
        // PDF: a results page after the map, unless turned off.
        MapExportOptions o;
        const QString pdf = path(QStringLiteral("votes.pdf"));
        QVERIFY2(MapExport::writePdf(p, {j.id}, pdf, o, &error), qPrintable(error));
        QPdfDocument doc;
        QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 2);
        const QString text = doc.getAllText(1).text();
        QVERIFY2(text.contains(QStringLiteral("voting results")), qPrintable(text));
        QVERIFY(text.contains(round.question));
        QVERIFY(text.indexOf(j.cards[1].text.left(15)) < text.indexOf(j.cards[0].text.left(15)));
        doc.close();
        o.votesPage = false;
        QVERIFY(MapExport::writePdf(p, {j.id}, pdf, o, &error));
        QCOMPARE(doc.load(pdf), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 1);
    }

    void csvQuotesAndNeutralisesFormulas()
    {
        QString error;
        const QString file = path(QStringLiteral("cards.csv"));
        QVERIFY(TableExport::writeCsv(m_project, first(), file, {QLatin1Char(';'), true}, &error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), u';');
        QCOMPARE(rows.size(), journey().cards.size() + 1);
        QCOMPARE(rows[0].value(1), QStringLiteral("Stage"));
        bool trickyFound = false;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 11);
            if (row[3].contains(QStringLiteral("Grüße"))) {
                trickyFound = true;
                QVERIFY(row[3].startsWith(QStringLiteral("'=SUM"))); // not run as a formula
                QVERIFY(row[3].contains(QStringLiteral("\nzweite Zeile; \"quoted\"")));
            }
        }
        QVERIFY(trickyFound);
        // Negative emotions stay numbers; text starting with - + @ is neutralised.
        const QByteArray plain =
            TableExport::csv({{QStringLiteral("-2"), QStringLiteral("-2"), QStringLiteral("@x"),
                               QStringLiteral("+1"), QStringLiteral("a,b")}},
                             {QLatin1Char(','), false}, {0});
        QCOMPARE(plain, QByteArray("-2,'-2,'@x,'+1,\"a,b\"\r\n"));
    }

    void markdownOutline()
    {
        const QString md = TableExport::markdown(m_project, journey());
        QVERIFY(md.startsWith(QStringLiteral("# Renew an internet contract\n")));
        QVERIFY(md.contains(QStringLiteral("## ") + journey().stages[0].name));
        QVERIFY(md.contains(QStringLiteral("### ") + journey().lanes[0].title));
        QVERIFY(md.contains(QStringLiteral("- Reads the letter about the contract end")));
        QVERIFY(md.contains(QStringLiteral("★")));       // the moment of truth
        QVERIFY(!md.contains(QStringLiteral("\n=SUM"))); // line breaks in cards are joined
    }

    void overlayMarksTheWorstFrictionPoints()
    {
        Project p = m_project;
        Journey &j = p.journeys.first();
        MetricDefinition drop;
        drop.id = newId();
        drop.key = QStringLiteral("drop-off");
        drop.name = QStringLiteral("Drop-off");
        drop.unit = QStringLiteral("%");
        drop.higherIsBetter = false;
        drop.warning = 20;
        drop.critical = 30;
        p.metrics.append(drop);
        const Card *target = nullptr;
        for (const Card &c : j.cards)
            if (!target && j.lanes[j.laneIndex(c.laneId)].kind == LaneKind::Touchpoints)
                target = &c;
        QVERIFY(target);
        p.observations.append({drop.id, TargetKind::Card, target->id, {}, {}, 38, Id()});
        const FrictionMarks marks = Friction::marks(Friction::rank(p, j));
        QCOMPARE(marks.value(target->id).rank, 1);
        QVERIFY(marks.size() <= Friction::MarkedOnMap);
        QCOMPARE(Friction::marks(Friction::rank(p, j), 1).size(), 1);

        const MapLayout layout = MapLayout::compute(j);
        const QRectF rect = layout.cards.value(target->id);
        QVERIFY(!rect.isEmpty());
        const auto paint = [&](const MetricOverlay *overlay, const FrictionMarks *m) {
            QImage image(rect.size().toSize() + QSize(8, 8), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(4 - rect.left(), 4 - rect.top());
            MapRenderer r(p, j, layout);
            r.setOverlay(overlay);
            r.setFrictionMarks(m);
            r.paintCard(&painter, *target, rect, 1);
            return image;
        };
        const MetricOverlay overlay(p, drop.id);
        const QImage plain = paint(&overlay, nullptr), marked = paint(&overlay, &marks);
        QVERIFY(plain != marked);
        // The disc sits on the card's top left corner, dark red.
        const QColor disc = marked.pixelColor(1, 5); // left of the white digit
        QVERIFY2(disc.red() > 2 * disc.green() && disc.red() > 2 * disc.blue(),
                 qPrintable(disc.name()));
        // Without an overlay the map shows no marks.
        QCOMPARE(paint(nullptr, &marks), paint(nullptr, nullptr));
        // The PDF legend says what the discs mean.
        MapExportOptions o;
        o.overlayMetric = drop.id;
        QString error;
        QVERIFY2(MapExport::writePdf(p, {j.id}, path(QStringLiteral("marks.pdf")), o, &error),
                 qPrintable(error));
        QPdfDocument doc;
        QCOMPARE(doc.load(path(QStringLiteral("marks.pdf"))), QPdfDocument::Error::None);
        QVERIFY2(doc.getAllText(0).text().contains(QStringLiteral("the worst friction points")),
                 qPrintable(doc.getAllText(0).text().right(200)));
        QVERIFY(doc.getAllText(0).text().contains(QStringLiteral("critical !!")));
        // A volume overlay has grey values: its legend explains no colours.
        MetricDefinition calls;
        calls.id = newId();
        calls.key = QStringLiteral("calls");
        calls.name = QStringLiteral("Calls");
        calls.kind = QStringLiteral("volume");
        p.metrics.append(calls);
        p.observations.append({calls.id, TargetKind::Card, target->id, {}, {}, 8740, Id()});
        o.overlayMetric = calls.id;
        QVERIFY2(MapExport::writePdf(p, {j.id}, path(QStringLiteral("calls.pdf")), o, &error),
                 qPrintable(error));
        QCOMPARE(doc.load(path(QStringLiteral("calls.pdf"))), QPdfDocument::Error::None);
        const QString text = doc.getAllText(0).text();
        QVERIFY2(text.contains(QStringLiteral("the worst friction points")),
                 qPrintable(text.right(200)));
        QVERIFY(!text.contains(QStringLiteral("critical !!")));
        QVERIFY(!text.contains(QStringLiteral("good")));
    }

    void nothingToExport()
    {
        QString error;
        QVERIFY(
            !TableExport::writeXlsx(m_project, {newId()}, path(QStringLiteral("x.xlsx")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("x.xlsx"))));
        QVERIFY(!MapExport::writePdf(m_project, {}, path(QStringLiteral("x.pdf")), {}, &error));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
