// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the exports for a 2,000-card journey (PDF fit, PDF A4 poster, PNG A1 at 300 dpi
// with its peak memory, XLSX), and that every export of a 10,000-card journey finishes.
// Prints one JSON line per figure.
#include "benchutil.h"
#include "document/templates.h"
#include "io/mapexport.h"
#include "io/tableexport.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <sys/resource.h>

using namespace waymark;
using namespace waymark::bench;

namespace {

Project journeyWith(int stages, int lanes, int perCell)
{
    Project p = makeProject(Template::Blank, QStringLiteral("Bench"), QStringLiteral("en"));
    Journey &j = p.journeys.first();
    j.stages.clear();
    j.lanes.clear();
    for (int s = 0; s < stages; ++s)
        j.stages.append({newId(), QStringLiteral("Stage %1").arg(s), {}, {}, false, 0});
    for (int l = 0; l < lanes; ++l)
        j.lanes.append(
            {newId(), allLaneKinds()[l % 12], displayName(allLaneKinds()[l % 12]), {}, 0});
    for (int s = 0; s < stages; ++s)
        for (int l = 0; l < lanes; ++l)
            for (int k = 0; k < perCell; ++k) {
                Card c;
                c.id = newId();
                c.stageId = j.stages[s].id;
                c.laneId = j.lanes[l].id;
                c.order = k;
                c.text = QStringLiteral("Card %1 in stage %2: a realistic sentence of card text")
                             .arg(k)
                             .arg(s);
                if (allLaneKinds()[l % 12] == LaneKind::Feelings) c.emotion = (k + s) % 7 - 3;
                j.cards.append(c);
            }
    return p;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

template <typename F> double timed(F f)
{
    QElapsedTimer t;
    t.start();
    if (!f()) qFatal("export failed");
    return ms(t);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;
    const Project two = journeyWith(20, 10, 10); // 2,000 cards
    const Id id = two.journeys.first().id;
    MapExportOptions fit;
    report("pdf_fit_2k", timed([&] {
               return MapExport::writePdf(two, {id}, dir.filePath(QStringLiteral("fit.pdf")), fit,
                                          &error);
           }),
           1000);
    MapExportOptions tiles;
    tiles.page = QPageSize::A4;
    tiles.scalePercent = 100;
    report("pdf_a4_tiles_2k", timed([&] {
               return MapExport::writePdf(two, {id}, dir.filePath(QStringLiteral("tiles.pdf")),
                                          tiles, &error);
           }),
           2000);
    report("xlsx_2k", timed([&] {
               return TableExport::writeXlsx(two, {id}, dir.filePath(QStringLiteral("a.xlsx")),
                                             &error);
           }),
           1000);
    MapExportOptions a1;
    a1.pngOnPage = true;
    a1.page = QPageSize::A1;
    a1.dpi = 300;
    report("png_a1_300dpi_2k", timed([&] {
               return MapExport::writePng(two, id, dir.filePath(QStringLiteral("a1.png")), a1,
                                          &error);
           }),
           2000);
    report("png_a1_300dpi_peak_memory", peakMegabytes(), 600, "mb");

    // 10,000 cards: every export finishes.
    const Project ten = journeyWith(40, 12, 21);
    const Id big = ten.journeys.first().id;
    report("pdf_fit_10k", timed([&] {
               return MapExport::writePdf(ten, {big}, dir.filePath(QStringLiteral("10k.pdf")), fit,
                                          &error);
           }),
           5000);
    report("xlsx_10k", timed([&] {
               return TableExport::writeXlsx(ten, {big}, dir.filePath(QStringLiteral("10k.xlsx")),
                                             &error);
           }),
           5000);
    report("csv_10k", timed([&] {
               return TableExport::writeCsv(ten, {big}, dir.filePath(QStringLiteral("10k.csv")), {},
                                            &error);
           }),
           5000);
    report("svg_10k", timed([&] {
               return MapExport::writeSvg(ten, big, dir.filePath(QStringLiteral("10k.svg")),
                                          &error);
           }),
           5000);
    MapExportOptions png;
    png.dpi = 96;
    report("png_10k_natural_size", timed([&] {
               return MapExport::writePng(ten, big, dir.filePath(QStringLiteral("10k.png")), png,
                                          &error);
           }),
           10000); // 176 megapixels: it only has to finish
    return 0;
}
