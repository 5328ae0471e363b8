// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/flow.h"
#include "analytics/friction.h"
#include "analytics/overlay.h"
#include "io/mapexport.h"
#include "layout/maplayout.h"

#include <optional>

class QPainter;

// The pages of a map export, planned once and painted one by one, for the PDF writer, the PNG
// of a page and the export dialog's preview alike (what the preview shows is what is
// written).
namespace waymark::MapExport::Pages {

constexpr double PointsPerMm = 72.0 / 25.4;
constexpr double PointsPerMapUnit = 0.75; // map units are pixels at 96 dpi
constexpr double TitleHeight = 44;        // points
constexpr double LegendHeight = 20;       // points, with its gap above

struct PageSpec
{
    int journey = -1;                // index into Job::journeys; -1 = persona sheets
    int persona = -1, persona2 = -1; // two sheets side by side on a landscape page
    int column = 0, row = 0, columns = 1, rows = 1;
    bool charts = false; // the overlay's charts for the journey
    bool votes = false;  // the journey's dot-voting results
    bool flow = false;   // the flow of the event log imported onto the journey
    bool comments = false; // the journey's comment threads as numbered notes
    bool coverage = false; // how much of the journey rests on evidence
    bool matrix = false;   // the opportunity matrix
};

// The map's scale (points per map unit) on a poster, its grid of pages and where the map
// starts on it (centred on the pages it uses).
struct Poster
{
    double scale = 1;
    int columns = 1, rows = 1;
    double stepX = 0, stepY = 0;
    QPointF offset;
};

// The metric overlay an export asked for, with the marks on a journey's worst friction
// points: worked out once per journey.
struct OverlayLayer
{
    std::optional<MetricOverlay> overlay;
    FrictionMarks marks;
    OverlayLayer(const Project &project, const Journey &j, const MapExportOptions &o);
};

struct Job
{
    const Project &project;
    MapExportOptions options;
    // Copies of the journeys, their stages widened where that lets the map use the page.
    QList<Journey> journeys;
    QList<MapLayout> layouts;
    QList<OverlayLayer> overlays;
    QList<Poster> posters; // per journey (poster modes)
    QList<PageSpec> pages;
};

bool isPoster(const MapExportOptions &o);
QSizeF pagePoints(const MapExportOptions &o);
QRectF contentPoints(const MapExportOptions &o);
Job plan(const Project &project, const QList<Id> &ids, const MapExportOptions &o);
// Paints one page; the painter works in points.
void paintSpec(QPainter *p, const Job &job, const PageSpec &spec);

// The title block: project and journey, then state, personas, client and date. `ui` scales
// its type (a PNG at the map's own size is larger than a page).
void drawTitle(QPainter *p, const QRectF &r, const Project &project, const Journey &j,
               double ui = 1);
// The flow of the event log imported onto a journey, with a title.
void drawFlowPage(QPainter *p, const QRectF &r, const Project &project, const Journey &j,
                  const FlowGraph &flow);
// A journey's voting rounds, newest first, each ranked with a bar per card.
void drawVoteResults(QPainter *p, const QRectF &r, const Project &project, const Journey &j);
// The journey's comment threads, numbered as on its map, with their replies.
void drawComments(QPainter *p, const QRectF &r, const Project &project, const Journey &j);
// The numbers of the comment threads on the cards and stage headers of a laid-out map, in map
// units.
void drawCommentMarks(QPainter *p, const Journey &j, const MapLayout &layout);
// What the colours, marks and discs mean, on one line.
void drawLegend(QPainter *p, const QRectF &r, const MetricOverlay &overlay, bool marks,
                double ui = 1);

} // namespace waymark::MapExport::Pages
