// SPDX-License-Identifier: GPL-3.0-or-later
#include "../mapscene.h"
#include "../mapview.h"
#include "dragtools.h"

namespace waymark {

void HeaderMoveTool::move(const QPointF &scenePos, const QPoint &)
{
    // The border nearest to the pointer is where the stage or lane goes.
    const MapLayout &layout = scene()->mapLayout();
    m_border = 0;
    if (m_orientation == Qt::Horizontal) {
        for (int s = 0; s < layout.stageHeaders.size(); ++s)
            if (scenePos.x() > layout.stageHeaders[s].center().x()) m_border = s + 1;
        const double x =
            m_border < layout.columnX.size() ? layout.columnX[m_border] : layout.bounds.right();
        showDropIndicator(QRectF(x - 2, 0, 4, layout.bounds.height()));
    } else {
        for (int l = 0; l < layout.laneHeaders.size(); ++l)
            if (scenePos.y() > layout.laneHeaders[l].center().y()) m_border = l + 1;
        // In a blueprint a lane stays in its zone: the bar stops at the zone's lines.
        const Journey *j = journey();
        const int from = press().index;
        if (j && j->blueprint && from >= 0 && from < j->lanes.size()) {
            const auto [first, last] = j->zoneRange(zoneOf(j->lanes[from]));
            m_border = std::clamp(m_border, first, last + 1);
        }
        // Between two lanes, or below the last one of its zone (above a line).
        const double y = m_border > 0 ? layout.laneHeaders[m_border - 1].bottom()
                                      : layout.rowY.value(0, layout.bounds.bottom());
        showDropIndicator(QRectF(0, y - 2, layout.bounds.width(), 4));
    }
}

void HeaderMoveTool::cancel()
{
    hideIndicators();
}

void HeaderMoveTool::finish(const QPointF &)
{
    cancel();
    const int from = press().index;
    if (m_border < 0 || from < 0) return;
    const int to = m_border > from ? m_border - 1 : m_border;
    if (to == from) return;
    if (m_orientation == Qt::Horizontal) {
        if (document()->moveStage(journeyId(), from, to))
            view()->setCurrentCell(to, view()->currentLane());
    } else {
        if (document()->moveLane(journeyId(), from, to))
            view()->setCurrentCell(view()->currentStage(), to);
    }
}

} // namespace waymark
