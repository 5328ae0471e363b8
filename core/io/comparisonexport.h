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
// The overlaid view: the "to" journey with what left its place drawn where it was in
// "from", so that one map shows both states. A removed card comes back as a ghost in its old
// cell, at its old position; a moved card leaves a ghost where it was, with an arrow to where
// it went; stages and lanes that are gone come back as ghosts too, between their old
// neighbours. Ghost cards have ids of their own.
struct Overlaid
{
    Journey journey;
    QHash<Id, Id> ghostOf;    // card of "from" -> its ghost in `journey`
    QHash<Id, Id> fromOfGhost; // and back
    QSet<Id> removedGhosts;   // the ghosts of removed cards; the others are moved cards' old places
    QSet<Id> ghostStages, ghostLanes;
    // The card a ghost left for (null for a removed card's ghost).
    QHash<Id, Id> movedTo;
    bool isGhost(const Id &cardId) const { return fromOfGhost.contains(cardId); }
};
Overlaid overlay(const Journey &from, const Journey &to, const JourneyDiff &diff);

// The overlaid map fitted into `target` like paintMarkedMap: the "to" side's cards marked, the
// ghosts faded with a dashed outline (red removed, blue moved) and an arrow from each moved
// card's ghost to its new place. `highlight` may name a card of either side.
void paintOverlaidMap(QPainter *painter, const QRectF &target, const Project &project,
                      const Overlaid &overlaid, const JourneyDiff &diff, const Id &highlight = {});

enum class View
{
    SideBySide,
    Overlaid
};

// A landscape A3 PDF: a page with both maps (or the overlaid map), then the feelings and every
// change in sections.
bool writePdf(const DiffSource &from, const DiffSource &to, const JourneyDiff &diff,
              const QString &path, QString *error, View view = View::SideBySide);

} // namespace ComparisonExport

} // namespace waymark
