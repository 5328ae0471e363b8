// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <functional>
#include <QImage>
#include <QPageSize>

class QPainter;

namespace waymark {

// Maps as PDF, PNG and SVG, drawn by core/render like the canvas. Files appear complete or
// not at all; a progress callback may cancel.
struct MapExportOptions
{
    QPageSize::PageSizeId page = QPageSize::A3;
    bool landscape = true;
    double marginMm = 10;
    // PDF: fit each journey on one page, or a poster over several pages.
    int tilesX = 0, tilesY = 0; // e.g. 3 x 2 pages; 0 = fit on one page
    double scalePercent = 0;    // a poster at this scale (pages as needed); 0 = use tiles
    double overlapMm = 10;
    bool cropMarks = true;
    bool titleBlock = true;     // pages, and PNGs at the map's size
    bool personaSheets = false; // portrait: one per page; landscape: two per page
    bool stageSlides = false;   // PPTX: a slide per stage after each journey's map
    // PNG: dots per inch of the map's natural size (96 dpi = 100 %), or a pixel width, or a
    // page at `dpi` when `pngOnPage` is set.
    int dpi = 150;
    int widthPx = 0;
    bool pngOnPage = false;
    bool transparent = false;
    // A metric overlay (id of the metric; null: none), its period and segment; with it, the
    // worst friction points' numbered discs and (PDF) a page of charts after each map.
    Id overlayMetric;
    QString overlayPeriod, overlaySegment;
    bool frictionMarks = true;
    bool chartsPage = true;
    bool votesPage = true; // a page of dot-voting results after each journey that has rounds
    bool flowPage = true;  // a page with the flow of the event log imported onto a journey
    // Comments as numbered notes: a number on each commented card and stage (on the fitted
    // page or the poster's pages) and a page of the threads after the journey's map.
    bool commentsPage = false;
    // A page of research coverage after each journey's map (io/coveragepage.h).
    bool coveragePage = false;
    // A page with the opportunity matrix after each journey that has opportunities.
    bool matrixPage = false;
};

namespace MapExport {

// Returns false to cancel.
using Progress = std::function<bool(int done, int total)>;

// Pixels beyond this are refused with a message instead of risking memory.
constexpr qint64 MaxPixels = 200'000'000;

bool writePdf(const Project &project, const QList<Id> &journeys, const QString &path,
              const MapExportOptions &options, QString *error, const Progress &progress = {});
bool writePng(const Project &project, const Id &journey, const QString &path,
              const MapExportOptions &options, QString *error);
// With the overlay of `options` (values, colours, friction discs) when it names one.
bool writeSvg(const Project &project, const Id &journey, const QString &path, QString *error,
              const MapExportOptions &options = {});
// The SVG that writeSvg() writes, or empty with a reason.
QByteArray svgBytes(const Project &project, const Id &journey, const MapExportOptions &options,
                    QString *error);
// The map as a picture (for the clipboard), or a null image with a reason.
QImage renderImage(const Project &project, const Id &journey, const MapExportOptions &options,
                   QString *error);
// How many pages a poster at `options` takes (columns x rows).
QSize posterPages(const Project &project, const Id &journey, const MapExportOptions &options);
// Paints page `index` (0-based, counting every journey's pages, then persona sheets) into
// `painter` over a `pageRect` in device units, with `dotsPerPoint` device units per point.
// For previews; returns the number of pages.
int paintPage(QPainter *painter, const QRectF &pageRect, double dotsPerPoint,
              const Project &project, const QList<Id> &journeys, const MapExportOptions &options,
              int index);
int pageCount(const Project &project, const QList<Id> &journeys, const MapExportOptions &options);
QString tileLabel(int column, int row, int columns, int rows); // "B2 of 3x2"
// OUT.ext for one file; OUT-1.ext, OUT-2.ext, ... for several.
QStringList numberedPaths(const QString &path, int count);
// PNG or SVG files of `journeys` at numberedPaths(path), all or nothing; *written lists them.
bool writeJourneyPictures(const Project &project, const QList<Id> &journeys, const QString &path,
                          bool png, const MapExportOptions &options, QStringList *written,
                          QString *error);

} // namespace MapExport

} // namespace waymark
