// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/coverage.h"

class QPainter;
class QRectF;

namespace waymark {

// Research coverage drawn as a page: a title, a summary, the grid of stages x claim lanes
// shaded by how much rests on evidence (with each stage's and lane's share in its header),
// and the assumptions with most friction attached. The PDF page and the Research Coverage
// window draw the same thing; the text is in the project's content language.
namespace CoveragePage {

constexpr int ListedAssumptions = 10;

void draw(QPainter *p, const QRectF &r, const Project &project, const Journey &j);
// The height `draw` needs at width `width` (for a scrolling view).
double heightFor(double width, const Project &project, const Journey &j);

} // namespace CoveragePage

} // namespace waymark
