// SPDX-License-Identifier: GPL-3.0-or-later
#include "../mapview.h"
#include "dragtools.h"

#include <QScrollBar>

namespace waymark {

void PanTool::begin()
{
    m_last = press().viewport;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void PanTool::move(const QPointF &, const QPoint &viewportPos)
{
    const QPoint d = viewportPos - m_last;
    m_last = viewportPos;
    view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value() - d.x());
    view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->value() - d.y());
}

void PanTool::finish(const QPointF &)
{
    viewport()->unsetCursor();
}

} // namespace waymark
