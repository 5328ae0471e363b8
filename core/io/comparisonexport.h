// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/journeydiff.h"

class QPainter;

namespace waymark {

// A comparison of two journeys drawn for people: each map with its changes marked (green
// added, red removed, amber changed, blue moved), the feelings of both as two curves, and
// the changes as sentences. The compare window and the PDF use the same painting.
namespace ComparisonExport {

enum class Mark
{
    None,
    Added,
    Removed,
    Changed,
    Moved
};
QColor markColour(Mark mark);
// How a card of the "from" map (`isFrom`) or of the "to" map is marked.
Mark markOf(const JourneyDiff &diff, const Id &cardId, bool isFrom);

// The map of `journey` fitted into `target` (centred across, at its top) with the diff's marks on it; `highlight` (a card
// id) gets a heavier outline.
void paintMarkedMap(QPainter *painter, const QRectF &target, const Project &project,
                    const Journey &journey, const JourneyDiff &diff, bool isFrom,
                    const Id &highlight = {});
// The average feeling per stage of both sides as two curves, with a legend naming them.
void paintFeelings(QPainter *painter, const QRectF &target, const JourneyDiff &diff,
                   const QString &fromLabel, const QString &toLabel);
// A landscape A3 PDF: a page with both maps, then the feelings and every change in sections.
bool writePdf(const DiffSource &from, const DiffSource &to, const JourneyDiff &diff,
              const QString &path, QString *error);

} // namespace ComparisonExport

} // namespace waymark
