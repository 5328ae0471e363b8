// SPDX-License-Identifier: GPL-3.0-or-later
#include "../mapscene.h"
#include "dragtools.h"

#include <QWidget>

#include <cmath>

namespace waymark {

void HeaderResizeTool::move(const QPointF &scenePos, const QPoint &)
{
    const MapLayout &layout = scene()->mapLayout();
    const int i = press().index;
    if (m_orientation == Qt::Horizontal) {
        if (i < 0 || i >= layout.stageHeaders.size()) return;
        const QRectF h = layout.stageHeaders[i];
        m_size = std::max(MinStageWidth, scenePos.x() - h.left());
        showDropIndicator(QRectF(h.left() + m_size - 1, 0, 2, layout.bounds.height()));
    } else {
        if (i < 0 || i >= layout.laneHeaders.size()) return;
        const QRectF h = layout.laneHeaders[i];
        m_size = std::max(MinLaneHeight, scenePos.y() - h.top());
        showDropIndicator(QRectF(0, h.top() + m_size - 1, layout.bounds.width(), 2));
    }
}

void HeaderResizeTool::cancel()
{
    hideIndicators();
}

void HeaderResizeTool::finish(const QPointF &)
{
    cancel();
    const Journey *j = journey();
    const int i = press().index;
    if (m_size < 0 || !j) return;
    if (m_orientation == Qt::Horizontal && i < j->stages.size()) {
        Stage s = j->stages[i];
        s.width = std::round(m_size);
        document()->changeStage(journeyId(), s);
    } else if (m_orientation == Qt::Vertical && i < j->lanes.size()) {
        Lane l = j->lanes[i];
        l.height = std::round(m_size);
        document()->changeLane(journeyId(), l);
    }
}

} // namespace waymark
