// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/opportunity.h"

#include <QPointF>
#include <QRectF>

class QPainter;

namespace waymark::MatrixChart {

// Where the scores go in a plot: effort 1..5 from left to right, value 1..5 from bottom to
// top. The view that lets a dot be dragged and the pictures and pages that show it use this
// one mapping, so a dot lands where it is dropped.
struct Geometry
{
    QRectF plot; // the square of the scores, inside the axis labels
    double ui = 1;
    QPointF pointFor(double effort, double value) const;
    // The scores under a point, snapped to halves and held within 1..5.
    std::pair<double, double> scoresAt(const QPointF &p) const; // effort, value
};
Geometry geometry(const QRectF &area);

// The scores an opportunity gets when its dot goes to (effort, value): effort as dropped,
// and both values moved by the same amount (held within 1..5); the dot is then drawn at what
// the scores give.
struct Scores
{
    double customer = 0, business = 0, effort = 0;
};
Scores rescored(const OpportunityRow &row, double effort, double value);

// Where each ranked opportunity's dot is drawn (dots on the same scores fan out around it).
QList<QPointF> dotCentres(const Geometry &g, const OpportunityMatrix &m);
double dotRadius(const Geometry &g);

// The plot: quadrants tinted and named, axes, a numbered dot per ranked opportunity (its rank)
// coloured by quadrant. `highlight`: the card drawn with a ring (selected); `moving` and
// `movedTo`: a dot being dragged, drawn at its new place. Text in `language`.
void paintPlot(QPainter *p, const Geometry &g, const OpportunityMatrix &m, const QString &language,
               const Id &highlight = {}, const Id &moving = {}, QPointF movedTo = {});

// A page: title, the plot and the ranked list beside it with priority, quadrant and the
// friction addressed, then the formula and the unscored opportunities.
void paintPage(QPainter *p, const QRectF &r, const Project &project, const Journey &j);

// The page as a PNG (at `width` pixels), an SVG or a one-page PDF, by the path's suffix.
bool write(const Project &project, const Journey &j, const QString &path, QString *error);
// The ranked list as a workbook: rank, opportunity, stage, scores, priority, quadrant,
// friction addressed, what it addresses; the unscored ones after.
bool writeXlsx(const Project &project, const Journey &j, const QString &path, QString *error);

} // namespace waymark::MatrixChart
